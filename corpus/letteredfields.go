package corpus

import (
	"regexp"
	"strings"
	"unicode"
)

// A plan typeset as a report (groff, LaTeX) may number its actions 1 to N
// straight through under lettered orientations, and describe each action
// in lettered sub-paragraphs whose label runs in before a full stop or a
// colon:
//
//	A. Prévenir et repérer plus tôt
//	3. Accompagner les familles de travailleurs saisonniers
//	a) Niveau d'enjeu. 2 sur une échelle de 1 à 4.
//	d) Pilotage. Le chef du service de prévention…
//	e) Partenaires. Maisons des saisonniers…
//
// A bare number ("3. …") heads a list item or a chapter in most documents;
// it heads an action only where a lettered field follows it, three times
// at least in the document. The letter of a sub-paragraph is no part of
// its label.

// reLetterItem is the letter of a sub-paragraph: "a) ", "h) ".
var reLetterItem = regexp.MustCompile(`^[a-l]\)\s+`)

// reBareHead is a heading numbered by one bare number: "3. Accompagner les
// familles…", "12) Faire de l'ODPE…".
var reBareHead = regexp.MustCompile(`^(\d{1,2})[.)]\s+(\p{Lu}.{3,150})$`)

// letteredLabel reads a lettered sub-paragraph as a field label and its
// value; fNone when the line is no lettered item or what follows the
// letter is no label.
func letteredLabel(t string, repeated map[string]bool) (fieldKind, string) {
	m := reLetterItem.FindStringIndex(t)
	if m == nil {
		return fNone, ""
	}
	t = t[m[1]:]
	if k, rest := labelKindIn(t, repeated); k != fNone {
		return k, rest
	}
	// "a) Niveau d'enjeu. 3 sur 4.": a rubric of the plan's own, run
	// in before its full stop, is a field outside the vocabulary.
	head, rest, ok := strings.Cut(t, ". ")
	w := strings.Fields(head)
	if !ok || len(w) == 0 || len(w) > 4 || strings.TrimSpace(rest) == "" || strings.ContainsAny(head, "0123456789,;:") {
		return fNone, ""
	}
	if r := []rune(head); !unicode.IsUpper(r[0]) {
		return fNone, ""
	}
	return fOther, strings.TrimSpace(rest)
}

// bareHeadings returns the lines, cleaned, that head actions numbered by a
// bare number: those a lettered field follows within the next lines of
// the action, when three of them do at least; nil otherwise.
func (p *parser) bareHeadings() map[string]bool {
	heads := map[string]bool{}
	for i, l := range p.lines {
		t := cleanText(l)
		if len(t) > 200 || !reBareHead.MatchString(t) || !p.letteredFieldNext(i) {
			continue
		}
		heads[t] = true
	}
	if len(heads) < 3 {
		return nil
	}
	return heads
}

// letteredFieldNext reports that a lettered sub-paragraph labelled as a
// field follows line i, among the first lines after it: the first may be
// a level or a note ("a) Niveau d'enjeu. 3 sur 4.").
func (p *parser) letteredFieldNext(i int) bool {
	seen := 0
	for j := i + 1; j < len(p.lines) && seen < 4; j++ {
		t := cleanText(p.lines[j])
		if t == "" || p.furniture[j] {
			continue
		}
		seen++
		if reBareHead.MatchString(t) {
			return false
		}
		if k, _ := letteredLabel(t, p.repeated); k != fNone {
			return true
		}
	}
	return false
}

// bareAxis reports that a lettered heading ("B. Adapter l'offre…") is the
// axis of the actions numbered by bare numbers after it: one of them
// follows before any other lettered heading.
func (p *parser) bareAxis(i int) bool {
	for j := i + 1; j < len(p.lines) && j <= i+60; j++ {
		t := cleanText(p.lines[j])
		if p.bareHeads[t] {
			return true
		}
		if m := reNumberedChapter.FindStringSubmatch(t); m != nil && strings.HasSuffix(m[1], ".") && len(m[1]) == 2 && m[1][0] >= 'A' && m[1][0] <= 'H' {
			return false
		}
	}
	return false
}
