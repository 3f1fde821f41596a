package corpus

import (
	"strings"
)

// Exports written as JSON, and some XML ones, give a record's values as
// attributes only: an action is {"libelle", "echeance",
// "echeance_libelle", "statut"}, a pilot {"role", "direction",
// "service"}, an acronym {"sigle", "definition"}. These helpers read such
// records for the renderer of xmlexport.go.

// xmlExpansionNames are the names of the attribute that spells out an
// acronym when no text does, folded.
var xmlExpansionNames = map[string]bool{"definition": true, "signification": true, "expansion": true, "developpement": true, "libelle": true, "intitule": true, "meaning": true, "description": true, "sens": true}

// xmlWordingNames end the name of an attribute that words another one
// for readers: "echeance_libelle" words "echeance", folded.
var xmlWordingNames = []string{"libelle", "texte", "text", "label", "lisible", "affichage"}

// isProse reports a value written as sentences, not an identifier or a
// name: a preamble, a finding, a committee's remit.
func isProse(v string) bool {
	return len(v) > 80 && strings.Count(v, " ") >= 8
}

// proseAttrs reports an element with an attribute written as prose.
func proseAttrs(n *xmlNode) bool {
	for _, a := range n.attrs {
		if isProse(a.Value) {
			return true
		}
	}
	return false
}

// periodOf returns the first and last years an element's attributes give
// ("debut", "fin"), "" when it gives none.
func periodOf(n *xmlNode) (start, end string) {
	for _, a := range n.attrs {
		switch v := strings.TrimSpace(a.Value); xmlName(a.Name.Local) {
		case "debut", "start", "annee debut":
			start = v
		case "fin", "end", "annee fin":
			end = v
		}
	}
	if start == "" || end == "" {
		return "", ""
	}
	return start, end
}

// expansionOf returns what an acronym's element says it stands for: its
// text, or the attribute that defines it.
func expansionOf(n *xmlNode) string {
	if n.text != "" {
		return n.text
	}
	_, v := n.attr(xmlExpansionNames)
	return v
}

// dueOf returns the due date an element's attributes give, as written
// ("2027-09-30"), and its wording when an attribute words it ("septembre
// 2027"); the names of both attributes are returned too, to be left out
// of the element's notes.
func dueOf(n *xmlNode) (date, wording, dateKey, wordingKey string) {
	for _, a := range n.attrs {
		if k := xmlName(a.Name.Local); xmlDateNames[k] && strings.TrimSpace(a.Value) != "" {
			date, dateKey = strings.TrimSpace(a.Value), k
			break
		}
	}
	if date == "" {
		return "", "", "", ""
	}
	for _, a := range n.attrs {
		k := xmlName(a.Name.Local)
		for _, w := range xmlWordingNames {
			if k == dateKey+" "+w && strings.TrimSpace(a.Value) != "" {
				wording, wordingKey = strings.TrimSpace(a.Value), k
			}
		}
	}
	return date, wording, dateKey, wordingKey
}

// when writes a due date for a calendar: its wording when a reader's time
// expression, the date otherwise, with the wording beside it.
func when(date, wording string) string {
	if wording == "" {
		return date
	}
	if _, ok := ParsePeriod(wording); ok {
		return wording
	}
	return date + " (" + wording + ")"
}

// record reads an element made of attributes alone as an item: its title
// ("libelle") is the text, or, when it has none, its descriptive values
// joined ("Direction de l'enfance – Service de l'ASE"); its role, type
// and other values are the notes beside it ("copilote", "Échéance :
// juin 2026", "Cible : 95 %").
func record(n *xmlNode) (string, []string) {
	title := n.title()
	date, wording, dateKey, wordingKey := dueOf(n)
	var values, notes []string
	for _, a := range n.attrs {
		k := xmlName(a.Name.Local)
		v := strings.TrimSpace(a.Value)
		switch {
		case v == "" || xmlQuietNames[k] || xmlCodeNames[k] || k == wordingKey:
		case title != "" && xmlTitleNames[k] && v == title:
		case k == dateKey:
			notes = append(notes, xmlLabel(k)+" : "+when(date, wording))
		case k == "type" || k == "nature" || k == "kind" || k == "role":
			notes = append(notes, strings.ReplaceAll(v, "_", " "))
		case title == "":
			values = append(values, v)
		default:
			notes = append(notes, xmlLabel(k)+" : "+v)
		}
	}
	if title == "" {
		title = strings.Join(values, " – ")
	}
	return title, notes
}

// dueItem returns the calendar entry an item of another field gives when
// it carries a due date ("Ouvrir le village d'enfants : septembre 2027"),
// "" otherwise.
func dueItem(n *xmlNode, k fieldKind) string {
	if k == fCalendar {
		return ""
	}
	date, wording, _, _ := dueOf(n)
	if date == "" {
		return ""
	}
	text := n.text
	if text == "" && len(n.children) == 0 {
		text, _ = record(n)
	}
	if text == "" {
		return when(date, wording)
	}
	return text + " : " + when(date, wording)
}
