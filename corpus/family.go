package corpus

import (
	"regexp"
	"strings"
	"unicode"
)

// A schéma numbers its fiches alike, whatever it calls them: "Fiche n° 7",
// "Action A-1 :", "[Fiche n° 1 — …]", "1.1.1 Renforcer…", "Engagement
// E4.", "Mesure 12 –". The parser knows many of these shapes; headFamily
// finds the others from the document itself: headings that share a word
// (or none) and the shape of a code, numbered three times or more with
// different codes, are the fiches' headings.

// headShape is a family of fiche headings: the word before the code
// (folded, "" when none), the code's shape ("A9" for "B-3" and "C-1"),
// and the level of the markdown heading the line is (0 when none). The
// level sets apart a document's numbered chapters ("## 1.1 Le territoire
// en quelques chiffres") from its fiches numbered alike one level down
// ("### 1.1 – Renforcer…"): a family's headings share their level.
type headShape struct {
	word  string
	shape string
	level int
}

// reHeadCandidate reads a short line as an optional word of up to three
// words, an optional "n°", a code, then a title after a separator (a
// middle dot, "PE-01 · …", in documents typed for the screen) or nothing.
var reHeadCandidate = regexp.MustCompile(`^(?:(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,2})\s+(?:n\s*[°º]\.?\s*|no\.?\s+|num[ée]ro\s+)?)?(` + labelPattern + `|[A-Z])\s*(?:[:.\-–—|)·]\s*(\S.*)|\s+(\p{Lu}.*))?$`)

// familyStops are words that number other things than fiches: parts of the
// document, axes, pages, dates.
var familyStops = map[string]bool{"orientation": true, "orientations": true, "axe": true, "axes": true, "objectif": true, "objectifs": true,
	"article": true, "chapitre": true, "partie": true, "titre": true, "page": true, "annexe": true, "section": true, "priorite": true,
	"enjeu": true, "ambition": true, "pilier": true, "etape": true, "phase": true, "tableau": true, "figure": true, "schema": true, "loi": true,
	"janvier": true, "fevrier": true, "mars": true, "avril": true, "mai": true, "juin": true, "juillet": true, "aout": true,
	"septembre": true, "octobre": true, "novembre": true, "decembre": true, "semestre": true, "trimestre": true}

// headCandidate reads t as a heading of a family: its shape, its code and
// its title.
func headCandidate(t string) (headShape, string, string, bool) {
	level := 0
	if m := reMDHead.FindStringSubmatch(strings.TrimSpace(t)); m != nil {
		level = len(m[1])
	}
	t = strings.TrimSpace(strings.TrimLeft(t, "#*>[-–• "))
	t = strings.TrimSpace(strings.TrimRight(t, "]"))
	if t == "" || len([]rune(t)) > 200 {
		return headShape{}, "", "", false
	}
	m := reHeadCandidate.FindStringSubmatch(t)
	// "Action Plan — Item 4 : …": the name of the template before a
	// dash, then the heading.
	if m == nil {
		if i := strings.IndexAny(t, "—–"); i > 0 && i < 40 {
			m = reHeadCandidate.FindStringSubmatch(strings.TrimSpace(strings.TrimLeft(t[i:], "—– ")))
		}
	}
	if m == nil {
		return headShape{}, "", "", false
	}
	word := Fold(strings.TrimSpace(m[1]))
	code := m[2]
	title := strings.TrimSpace(m[3] + m[4])
	if familyStops[word] || strings.Contains(word, " ") && familyStops[strings.Fields(word)[0]] {
		return headShape{}, "", "", false
	}
	// "Pilote 2 : …" is no heading; "Action C – …" is, the word naming
	// the unit of the plan, which a letter alone cannot be a list of.
	letter := len(code) == 1 && code[0] >= 'A' && code[0] <= 'Z'
	// "ACTION 07 Protéger…": a title bar whose separator is drawn, not
	// printed, so the title follows the code after spaces only; the
	// singular names one unit of the plan, where the label of a fiche's
	// actions is plural.
	barred := m[4] != "" && !strings.HasSuffix(word, "s")
	if k, _ := labelKind(word + " :"); word != "" && k != fNone && !((letter || barred) && reUnitWord.MatchString(word)) {
		return headShape{}, "", "", false
	}
	// Bare codes head fiches only with a title and two levels at least:
	// "1. Le contexte" is a list item or a chapter. A capital and a
	// number ("P3", "C12") is a code of its own when it opens a heading:
	// a web page's accordion of projects ("<summary><span>P3</span>
	// Prévenir…") sets the code apart from the title with a style, not a
	// word.
	lettered := level > 0 && reLetterCode.MatchString(code)
	if word == "" && (title == "" || !strings.ContainsAny(code, ".-") && !lettered || reYearCode.MatchString(code)) {
		return headShape{}, "", "", false
	}
	// A letter alone heads a fiche after its word and before its title
	// ("Action C – Prévenir…"): "catégorie B" and "Axe B – …" are no
	// fiche's.
	if letter && (word == "" || title == "" || matchAxis(t) != nil) {
		return headShape{}, "", "", false
	}
	return headShape{word: word, shape: codeShape(code), level: level}, code, title, true
}

// reUnitWord is the word a plan names its fiches with, folded.
var reUnitWord = regexp.MustCompile(`^(?:fiches?(?:[ -]actions?)?|` + actionWord + `)$`)

// reLetterCode is a code of a capital and a number: "P3", "C12".
var reLetterCode = regexp.MustCompile(`^[A-Z]\d{1,2}$`)

// reYearCode is a year, which a line may open with ("2025 : ouverture").
var reYearCode = regexp.MustCompile(`^(?:19|20)\d\d$`)

// codeShape returns the shape of a code: its letters as "A", its digits
// as "9", its separators as they are ("B-3" → "A-9", "1.2.3" → "9.9.9").
func codeShape(code string) string {
	var b strings.Builder
	last := rune(0)
	for _, r := range strings.ToUpper(code) {
		var c rune
		switch {
		case unicode.IsDigit(r):
			c = '9'
		case unicode.IsLetter(r):
			c = 'A'
		default:
			c = r
		}
		if c != last || c != '9' && c != 'A' {
			b.WriteRune(c)
		}
		last = c
	}
	return b.String()
}

// headFamily finds the family of fiche headings of a document: the shape
// with three distinct codes or more, the one with the most; nil when
// none. Codes of one letter make a family only when they run A, B, C…
// in the order of the document: "Action I" in a run from A to N is the
// ninth action, not a Roman one.
func headFamily(lines []string) *headShape {
	codes := map[headShape]map[string]bool{}
	order := map[headShape][]string{}
	for _, l := range lines {
		shape, code, _, ok := headCandidate(cleanText(l))
		if !ok {
			continue
		}
		if codes[shape] == nil {
			codes[shape] = map[string]bool{}
		}
		id := CanonicalFicheID(code)
		if !codes[shape][id] {
			order[shape] = append(order[shape], id)
		}
		codes[shape][id] = true
	}
	var best *headShape
	n := 0
	for shape, set := range codes {
		if shape.shape == "A" && !letterRun(order[shape]) {
			continue
		}
		if len(set) >= 3 && (len(set) > n || len(set) == n && best != nil && shape.word != "" && best.word == "") {
			s := shape
			best, n = &s, len(set)
		}
	}
	return best
}

// letterRun reports letters that run from A in order: "A", "B", "C".
func letterRun(ids []string) bool {
	for i, id := range ids {
		if id != string(rune('A'+i)) {
			return false
		}
	}
	return len(ids) > 0
}

// match reads t as a heading of the family: its code and title.
func (h *headShape) match(t string) (string, string, bool) {
	shape, code, title, ok := headCandidate(t)
	if !ok || shape != *h {
		return "", "", false
	}
	return code, title, true
}
