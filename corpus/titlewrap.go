package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleCutBeforeName reports a fiche title that a table's title row
// wrapped mid-phrase just before a name, which goes on in a capital on
// the next line: "… les visites à domicile de la" / "PMI", "… une
// maison des familles à La Roche-sur-" / "Yon". The title ends on a word
// no title ends on or on a word cut at its hyphen, and the next line is a
// few words that end no sentence and are neither a label, a list item nor
// a heading.
func (p *parser) titleCutBeforeName(title, raw string) bool {
	next := cleanText(raw)
	if next == "" || !cutMidPhrase(title) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsUpper(first) || len(strings.Fields(next)) > 4 || utf8.RuneCountInString(next) > 40 || strings.ContainsAny(next, ".:;!?") {
		return false
	}
	if _, ok := bulletItem(raw); ok || p.matchFiche(next) != nil || matchAxis(next) != nil {
		return false
	}
	k, _ := p.label(raw)
	return k == fNone
}

// cutMidPhrase reports a title that stops where no title stops: on an
// article or a preposition ("de la"), or on a compound cut at its hyphen
// ("Roche-sur-").
func cutMidPhrase(title string) bool {
	words := strings.Fields(title)
	if len(words) < 3 {
		return false
	}
	last := words[len(words)-1]
	if wrapWords[strings.ToLower(last)] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(last)
	return strings.HasSuffix(last, "-") && utf8.RuneCountInString(last) > 2 && unicode.IsLetter(r)
}
