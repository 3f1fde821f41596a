package understand

import (
	"regexp"
	"strings"

	"schemabot/corpus"
)

// ForAskersBody returns, for a partner who says where they work and asks
// what the schéma gives "us" ("Je suis à la CAF de Moselle. Le schéma nous
// engage sur quoi ?", "ARS colleague here - what are we down for?"), the
// question of the fiches that involve that body, in the asker's language
// and about the schémas the message names; false when the message names
// no body of the asker's that a fiche names, or asks nothing of "us".
func ForAskersBody(raw string, lib *corpus.Library) (string, bool) {
	folded := " " + fold(strings.ToLower(raw)) + " "
	// The one sentence that asks must ask it: "on intervient en Cour
	// d'appel. Quels indicateurs pour… ?" tells where the asker works and
	// asks of a topic; "on est cité sur les violences conjugales ? Et qui
	// d'autre ?" asks more than the list.
	asking := questionSentences(folded)
	if strings.Count(asking, "?") > 1 || !reAsksOfUs.MatchString(asking) {
		return "", false
	}
	body := askersBody(raw)
	if body == "" || !namedByAFiche(lib, body) {
		return "", false
	}
	// "Je suis en Moselle" says where the asker is, not their body.
	for _, d := range lib.Docs {
		if d.Departement != "" && strings.HasPrefix(fold(strings.ToLower(body)), fold(strings.ToLower(d.Departement))) {
			return "", false
		}
	}
	var places []string
	if docs, _, _ := findPlaces(folded, raw, lib); len(lib.Docs) > 1 {
		for _, id := range docs {
			if d := lib.Doc(id); d != nil && d.Departement != "" {
				places = append(places, d.Departement)
			}
		}
	}
	if DetectLang(raw) == "en" {
		q := "Which fiches involve " + body
		if len(places) > 0 {
			q += " in " + strings.Join(places, " and in ")
		}
		return q + "?", true
	}
	q := "Quelles fiches associent " + body
	if len(places) > 0 {
		q += " en " + strings.Join(places, " et en ")
	}
	return q + " ?", true
}

// reAsksOfUs asks, in folded text, what the schéma gives the asker's body:
// what concerns, engages or names "us", where "we" appear, what "we" are
// down for, "our" role or hospital.
var reAsksOfUs = regexp.MustCompile(`\b(?:nous|n')\s*(?:concerne\w*|engage\w*|implique\w*|mobilise\w*|cite\w*|mentionne\w*|attend\w*)\b|\bon (?:est|apparait|intervient|figure)\b[^?]*\?|\b(?:notre|nos) (?:role|roles|place|engagements?|missions?|hopital|service|institution|structure)\b|\b(?:concerns?|involves?|names?|mentions?|expects?) us\b|\b(?:expect\w*|want\w*|need\w*|ask\w*) (?:of|from) us\b|\bare we\b|\bwe (?:are|appear|feature|come)\b|\bour (?:role|roles|part|hospital|service|institution|organisation|organization|agency|commitments?)\b|\bwhat (?:are|is) we\b`)

// askersBody returns the body the asker says they work at, as written:
// "je suis à la CAF de Moselle" (CAF de Moselle), "conseillère en Mission
// locale" (Mission locale), "I'm at the Education nationale", "I work at
// CHAI", "ARS colleague here".
func askersBody(raw string) string {
	for _, re := range reAskersBody {
		if m := re.FindStringSubmatch(raw); m != nil {
			return strings.TrimSpace(m[1])
		}
	}
	return ""
}

// A body is written as a capitalised word or an acronym, with the words
// that go on naming it: more capitalised words, "de la", or one lower-case
// adjective ("Mission locale", "Éducation nationale").
const bodyName = `((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:de la |de l'|du |des |de |d')?\p{Lu}[\p{L}'’-]*)*(?:\s+(?:locale|locales|nationale|départementale|departementale|régionale|regionale|sociale|familiale|familiales|hospitalier|spécialisée|specialisee|judiciaire))?)`

var reAskersBody = []*regexp.Regexp{
	regexp.MustCompile(`(?i:\bje (?:suis|travaille|bosse|interviens)|\bj'(?:interviens|exerce|travaille)|\bi'?m|\bi am|\bi work)\b[^.?!:\n]{0,40}?\s(?i:à|a|au|aux|chez|pour|en|dans|at|for|with|from|in)\s+(?i:la |le |l'|l’|les |the )?` + bodyName),
	regexp.MustCompile(`\b(\p{Lu}{2,6})\s+(?i:colleague|colleagues|team|staff)\b`),
}

// namedByAFiche reports a body that some fiche names among its pilots,
// partners, actions or objectives.
func namedByAFiche(lib *corpus.Library, body string) bool {
	first := ""
	for _, w := range strings.Fields(fold(strings.ToLower(body))) {
		if len([]rune(w)) >= 3 {
			first = strings.TrimSuffix(w, "s")
			break
		}
	}
	if first == "" {
		return false
	}
	for _, d := range lib.Docs {
		for i := range d.Fiches {
			f := &d.Fiches[i]
			for _, fl := range []corpus.Field{f.Pilots, f.Partners, f.Actions, f.Objectives} {
				for _, it := range fl.Items {
					if IndexWord(" "+fold(strings.ToLower(it.Text))+" ", first) >= 0 || IndexWord(" "+fold(strings.ToLower(it.Text))+" ", first+"s") >= 0 {
						return true
					}
				}
			}
		}
	}
	return false
}
