package corpus

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// An intranet or press article that announces an adopted schéma tells its
// fiches ("Engagement n°4 – …", "Fiche 7 – …") in paragraphs of running
// text, around an editorial signed by the Président, a box of figures, an
// interview and the staff's comments. The pilot, the co-pilot, the
// partners, the dates and the indicators are only said in sentences:
// "Avec la DSDEN, qui copilote cet engagement avec la DEF, un protocole…",
// "C'est le service … qui pilote cet engagement", "La fiche 5 confie au
// chef de service de la CRIP la mise en place…", "Le directeur … pilotera
// la création d'une plateforme…, qui doit ouvrir en septembre 2030".
// prose.go files those sentences; this file reads what such articles
// say their own way, and the editorial an article titles by a quote.

// reEditorialTail is the last part of a heading that names the word of
// the Président after a quote or a title: "… : le mot de la Présidente",
// "… – message du Président", "… : l'édito du Président", folded.
var reEditorialTail = regexp.MustCompile(`(?:^|[:–—-]\s*|»\s*)(?:le\s+|l'|un\s+)?(?:mot|message|lettre|edito|editorial)\s+(?:de\s+la\s+|du\s+|de\s+l'|d'|de\s+)[^:–—«»]{0,60}?\bpresident(?:e)?\b[^:–—]{0,80}$`)

// reHeadingSigner is the author a heading names with the role: "Le mot
// de Catherine Roux, Présidente du Département", the name group 1 and the
// role group 2.
var reHeadingSigner = regexp.MustCompile(`(?i)(?:^|[\s'’])(?:mot|message|lettre|[ée]dito|[ée]ditorial)\s+(?:de|d['’])\s*([^,:–—«»]{3,60}),\s*((?:la\s+|le\s+)?(?:vice-)?pr[ée]sident(?:e)?\b[^:–—«»]*)$`)

// headingSigner returns who a heading says signs the word it titles,
// "" when it names no one.
func headingSigner(heading string) (name, role string) {
	m := reHeadingSigner.FindStringSubmatch(strings.TrimSpace(strings.Trim(heading, "#* ")))
	if m == nil || !looksLikeName(strings.TrimSpace(m[1])) {
		return "", ""
	}
	return strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
}

// editorialTail reports a folded heading that ends on the word of the
// Président, whatever quote opens it.
func editorialTail(folded string) bool {
	return len(folded) < 200 && reEditorialTail.MatchString(strings.TrimSpace(folded))
}

// reNounPilot is the word "pilote" used as a noun for every fiche's
// pilot, which names none: "chaque pilote présentera…", "un comité
// réunissant les pilotes des engagements", folded.
var reNounPilot = regexp.MustCompile(`\b(?:chaque|les|des|aux|un|ses|leurs|nos|vos|quel|quels|autres)\s+(?:co-?)?pilotes?\b`)

// reRelativePilot is a pilot named by a relative clause, and a co-pilot
// after it: "Avec la DSDEN, qui copilote cet engagement avec la DEF, un
// protocole…", "…, la mission jeunesse, qui pilotera cette action". The
// pilot is group 1, the co-pilot group 2. "Aux côtés de la Direction
// académique, qui copilote cette action avec…" names it the same way.
var reRelativePilot = regexp.MustCompile(`(?i)(?:^|,\s+|\bavec\s+|\bpar\s+|\baux\s+c(?:ô|o)t(?:é|e)s\s+de\s+|\bauprès\s+de\s+|\baupres\s+de\s+)((?:le|la|les|l['’])\s?[^,;]{2,160}?),\s+qui\s+(?:co-?)?(?:pilot|anim|port|coordonn)\w*\s+(?:(?:cette|cet|ces|ce|le|la)\s+|l['’])(?:engagement|action|fiche|chantier|projet|programme|mesure|dispositif|démarche|demarche|volet|axe|objectif|travail|\p{Ll}+)\b(?:\s+(?:avec|aux\s+côtés\s+de|aux\s+cotes\s+de)\s+((?:le|la|les|l['’])\s?[^,;.]{2,120}))?`)

// reItIsPilot is a cleft sentence that names the pilot: "C'est le
// service de l'accueil familial de la DEF qui pilote cet engagement",
// the pilot group 1.
var reItIsPilot = regexp.MustCompile(`(?i)^c['’]est\s+(?:à\s+)?((?:le|la|les|l['’]|un|une)\s?.{2,160}?)\s+qui\s+(?:co-?)?(?:pilot|coordonn|condui|port|anim|assur)\w*\b`)

// reIsPilot names the pilot after the noun: "Le pilote est le Service
// prévention…, en partenariat avec…", "Son pilote sera la DEF"; the
// pilot starts at the end of the match.
var reIsPilot = regexp.MustCompile(`(?i)^(?:le|son|leur)\s+(?:co-?)?pilote\s+(?:est|sera|en\s+est|désigné\s+est)\s+`)

// reEntrusts is a fiche that entrusts itself to its pilot, in the active:
// "La fiche 5 confie au chef de service de la CRIP la mise en place…";
// the pilot starts at the end of the match.
var reEntrusts = regexp.MustCompile(`(?i)\bconfi(?:e|ent|era|eront)\s+(?:(?:à|a)\s+la\s+|(?:à|a)\s+l['’]|au\s+|aux\s+|(?:à|a)\s+)`)

// reObjectArticle is an article in a noun phrase; one that no preposition
// precedes opens the object after the pilot ("au chef de service de la
// CRIP | la mise en place").
var reObjectArticle = regexp.MustCompile(`\s(?:la|le|les|l['’]|un|une|des)\s?\p{L}`)

// entrustedPilot returns the pilot of a sentence in which the fiche
// entrusts its work to it, "" when it says none.
func entrustedPilot(sent string) string {
	l := reEntrusts.FindStringIndex(sent)
	if l == nil {
		return ""
	}
	cue := strings.ToLower(strings.TrimSpace(sent[l[0]:l[1]]))
	rest := sent[l[1]:]
	end := len(rest)
	for _, m := range reObjectArticle.FindAllStringIndex(rest, -1) {
		before := strings.Fields(rest[:m[0]])
		if len(before) == 0 {
			continue
		}
		switch strings.ToLower(before[len(before)-1]) {
		case "de", "à", "a", "et", "par", "pour", "sur", "avec", "en", "dans", "ou", "entre", "chez", "vers":
			continue
		}
		end = m[0]
		break
	}
	v := nounPhrase(strings.TrimSpace(rest[:end]))
	if v == "" {
		return ""
	}
	switch {
	case strings.HasSuffix(cue, " au"):
		return "le " + v
	case strings.HasSuffix(cue, " aux"):
		return "les " + v
	case strings.HasSuffix(cue, " la"):
		return "la " + v
	case strings.HasSuffix(cue, "l'"), strings.HasSuffix(cue, "l’"):
		return "l'" + v
	}
	return v
}

// articlePilots returns the pilots a sentence of an article names in its
// own ways (a relative clause with its co-pilot, a cleft sentence, a fiche
// that entrusts its work), nil when it names none so.
func articlePilots(sent string) []string {
	if m := reRelativePilot.FindStringSubmatch(sent); m != nil {
		out := []string{strings.TrimSpace(m[1])}
		if c := nounPhrase(strings.TrimSpace(m[2])); c != "" {
			out = append(out, c)
		}
		return out
	}
	if l := reIsPilot.FindStringIndex(sent); l != nil {
		if v := nounPhrase(sent[l[1]:]); v != "" {
			return []string{v}
		}
	}
	if m := reItIsPilot.FindStringSubmatch(sent); m != nil {
		return []string{strings.TrimSpace(m[1])}
	}
	if v := entrustedPilot(sent); v != "" {
		return []string{v}
	}
	return nil
}

// reWorkObject is a sentence whose pilot's verb, or the fiche's, has
// work as its object: "… pilotera la création de 80 places", "La fiche,
// pilotée par…, prévoit le recrutement de six infirmières", "… confie au
// chef de service la mise en place d'une ligne", folded. Such a sentence
// says what the fiche does as well as who leads it.
var reWorkObject = regexp.MustCompile(`\b(?:pilot|condui|coordonn|confi|port|prevoi|prevoit|lance|engage)\w*\b[^.;]{0,200}?\b(?:la|le|l'|les|un|une|des|d')\s?(?:creation|mise en place|mise en oeuvre|mise en œuvre|deploiement|ouverture|recrutement|generalisation|developpement|transformation|installation|elaboration|lancement|extension|refonte|renovation|signature|redaction|construction|experimentation|formation|organisation|systematisation|adaptation|amelioration|renforcement|structuration|diffusion)\b`)

// pilotAlsoKinds returns the other fields a sentence that names a pilot
// fills: its actions when the pilot's verb has work as its object, its
// calendar when it states a deadline ("…, qui doit ouvrir en septembre
// 2030").
func pilotAlsoKinds(text, folded string) []fieldKind {
	var out []fieldKind
	if reWorkObject.MatchString(folded) {
		out = append(out, fActions)
	}
	if _, _, ok := statedDeadline(text, 0, 0); ok {
		out = append(out, fCalendar)
	}
	return out
}

// pilotToldOnly reports a fiche that labels some of its fields
// ("Indicateurs : …") but names its pilot only in the sentences of its
// presentation ("Le médecin référent … pilotera le déploiement…"): the
// presentation is prose to file by its cues all the same.
func pilotToldOnly(f *Fiche) bool {
	if !f.Pilots.Empty() || !f.Partners.Empty() || len(f.Other) != 1 {
		return false
	}
	for _, it := range f.Other[0].Items {
		for _, sent := range Sentences(it.Text) {
			folded := reNounPilot.ReplaceAllString(Fold(sent), " ")
			if !slices.Contains(cuedKinds(folded), fPilots) && articlePilots(sent) == nil {
				continue
			}
			if pilot, _ := proseValues(sent, nil); pilot != "" || articlePilots(sent) != nil {
				return true
			}
		}
	}
	return false
}

// saysMore reports a sentence that says more than the values read out of
// it: "Le médecin référent pilote l'action." is all in its pilot, "… pilote
// cet engagement : tutorat des nouveaux arrivants, plan de formation…"
// is not.
func saysMore(sent string, values map[fieldKind][]Item) bool {
	n := utf8.RuneCountInString(sent)
	for _, items := range values {
		for _, it := range items {
			n -= utf8.RuneCountInString(it.Text)
		}
	}
	return n > 60
}
