package answer

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"schemabot/bot/chat"
	"schemabot/corpus"
	"schemabot/retrieval"
)

// A categorical field is a label most fiches of a document carry with a
// short value that repeats among them: a status ("En cours", "À engager"),
// a priority ("Haute", "P1"), a level ("Niveau d'enjeu : 4"). Documents
// print them outside the known fields, so they are in Fiche.Other.
type categorical struct {
	label  string
	values []valued
}

type valued struct {
	f     *corpus.Fiche
	value string
}

// categoricalMaxWords bounds a value: longer text is content, not a category.
const categoricalMaxWords = 8

// categoricals returns the categorical fields of a document: labels that
// at least three fiches carry, with at least two distinct short values
// and at least one value shared by two fiches.
func categoricals(d *corpus.Document) []categorical {
	byLabel := map[string]*categorical{}
	var order []string
	for i := range d.Fiches {
		f := &d.Fiches[i]
		for _, o := range f.Other {
			var parts []string
			for _, it := range o.Items {
				parts = append(parts, strings.TrimSpace(it.Text))
			}
			value := strings.Join(parts, " ")
			if value == "" || len(strings.Fields(value)) > categoricalMaxWords {
				continue
			}
			key := corpus.Fold(o.Label)
			c := byLabel[key]
			if c == nil {
				c = &categorical{label: o.Label}
				byLabel[key] = c
				order = append(order, key)
			}
			c.values = append(c.values, valued{f: f, value: value})
		}
	}
	var out []categorical
	for _, k := range order {
		c := byLabel[k]
		distinct := map[string]bool{}
		for _, v := range c.values {
			distinct[valueKey(v.value)] = true
		}
		if len(c.values) >= 3 && len(distinct) >= 2 && len(distinct) < len(c.values) {
			out = append(out, *c)
		}
	}
	return out
}

var reLeadingNumber = regexp.MustCompile(`^\s*(\d{1,2})\b`)

// valueKey is what two values share when they are the same category:
// their leading number ("4 (sur une échelle de 1 à 4)"), or their terms.
func valueKey(value string) string {
	if m := reLeadingNumber.FindStringSubmatch(value); m != nil {
		return m[1]
	}
	return strings.Join(retrieval.Terms(value), " ")
}

// valueList answers "quelles fiches sont encore « à engager » ?", "les
// mesures classées en niveau d'enjeu prioritaire", "which fiches have
// niveau d'enjeu 4?": the fiches whose categorical field holds the value
// the question names.
func (e *Engine) valueList(q *question) (answer, bool) {
	asked := termSet(retrieval.Translate(q.Folded))
	for _, d := range e.docsFor(q) {
		// "Les fiches de la Haute-Savoie en priorité haute": the name of
		// the schéma names no value.
		for t := range termSet(d.Departement) {
			delete(asked, t)
		}
	}
	words := tokens(q.Folded)
	translated := tokens(strings.TrimPrefix(retrieval.Translate(q.Folded), q.Folded))
	var items []listed
	var label string
	for _, d := range e.docsFor(q) {
		for _, c := range categoricals(d) {
			lead := commonLead(c.values)
			// The field is named by its label or by the words its values
			// all start with (a label the layout left in the value).
			labelNamed := named(asked, termSet(c.label)) || named(asked, termSet(strings.Join(lead, " ")))
			for _, v := range c.values {
				value := tokens(v.value)[len(lead):]
				if !valueNamed(value, words, translated, asked, labelNamed) || slices.ContainsFunc(items, func(it listed) bool { return it.f == v.f }) {
					continue
				}
				items = append(items, listed{d: d, f: v.f, note: c.label + " : " + v.value})
				label = c.label
			}
		}
	}
	if len(items) == 0 {
		return answer{}, false
	}
	n := len(q.keep(items))
	lead := fmt.Sprintf("Fiches selon « %s » (%d) :", label, n)
	if q.Lang == chat.English {
		lead = fmt.Sprintf("Fiches by “%s” (%d):", label, n)
	}
	return e.renderList(q, lead, items, func(listed) string { return label }), true
}

// tokens are the folded words of a text, each reduced to its stem when it
// has one, stopwords kept: "en cours" stays two tokens, so that "des cours
// de soutien" does not hold it.
func tokens(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(corpus.Fold(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if t := retrieval.Terms(w); len(t) == 1 {
			w = t[0]
		}
		out = append(out, w)
	}
	return out
}

// commonLead is the words every value of a field starts with ("Niveau
// d'enjeu Prioritaire", "Niveau d'enjeu Important"): they name the field,
// not the value.
func commonLead(values []valued) []string {
	var lead []string
	for i, v := range values {
		t := tokens(v.value)
		if i == 0 {
			lead = t
			continue
		}
		n := 0
		for n < len(lead) && n < len(t) && lead[n] == t[n] {
			n++
		}
		lead = lead[:n]
	}
	// A value that is all lead leaves nothing to name.
	for _, v := range values {
		if len(tokens(v.value)) <= len(lead) {
			return nil
		}
	}
	return lead
}

// stateCue is a word after which a single-word value states what a fiche
// is ("sont réalisées", "already completed", "encore prioritaires"), as
// against an adjective of the topic ("la durée moyenne").
var stateCue = map[string]bool{
	"sont": true, "est": true, "etre": true, "deja": true, "encore": true, "toujours": true,
	"are": true, "is": true, "already": true, "still": true, "classe": true, "marque": true,
	"statut": true, "status": true, "etat": true, "state": true,
}

// valueNamed reports whether the question names a value. Numbers are
// common, so a numeric value is named only with its field; a value of
// several words is named as a phrase; one word is named with its field or
// after a word that states it.
func valueNamed(value, words, translated []string, asked map[string]bool, labelNamed bool) bool {
	if len(value) == 0 {
		return false
	}
	if _, err := strconv.Atoi(value[0]); err == nil {
		return labelNamed && slices.ContainsFunc(words, func(w string) bool { return strings.TrimLeft(w, "0") == strings.TrimLeft(value[0], "0") })
	}
	if labelNamed && coversAll(asked, termSet(strings.Join(value, " "))) {
		return true
	}
	if len(value) > 1 {
		return hasRun(words, value) || hasRun(translated, value)
	}
	if hasRun(translated, value) {
		return true
	}
	for i, w := range words {
		if w == value[0] && (i > 0 && stateCue[words[i-1]] || i > 1 && stateCue[words[i-2]]) {
			return true
		}
	}
	return false
}

// hasRun reports whether run occurs in words, contiguous.
func hasRun(words, run []string) bool {
	for i := 0; i+len(run) <= len(words); i++ {
		if slices.Equal(words[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

// named reports whether terms, at least one, are all in asked.
func named(asked, terms map[string]bool) bool {
	return len(terms) > 0 && coversAll(asked, terms)
}

func coversAll(set, terms map[string]bool) bool {
	for t := range terms {
		if !set[t] {
			return false
		}
	}
	return true
}
