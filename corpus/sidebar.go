package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A fiche page may print the fiche's fields in a band on the right of the
// main column: the title on the left with the fiche's code on the right,
// the main column's labelled blocks under the title, and the band's labels
// in capitals, each over its content:
//
//	Ouvrir deux relais parentalité                        B2-C
//	                                                      PILOTE
//	Enjeux      Les familles isolées…                     Cheffe du service
//	            …                                         PARTENAIRES
//	Actions     – Créer deux relais…                      CAF
//
// `pdftotext -layout` prints both columns side by side on the same lines,
// so no line holds one field. unfoldColumnTables cuts such a fiche at the
// band's column and writes it as a fiche heading, the main column's
// blocks as "Label : text" lines, then the band's fields, one item a line,
// which the parser reads like any labelled fiche.

// sidebarFiche is a fiche whose fields sit in a band on the right.
type sidebarFiche struct {
	code, title string
	main        []string   // the main column's lines, the title's left out
	fields      []bandItem // the band's fields in order
	next        int        // the index of the first line after the fiche
}

// bandItem is one field of the band: its label and its lines.
type bandItem struct {
	label string
	lines []string
}

// sidebarHead reads line as the head of a fiche with a band: a title at
// the left margin and, far to its right, a fiche code alone. It returns
// the title, the code and the code's column.
func sidebarHead(line string) (title, code string, col int, ok bool) {
	if strings.ContainsRune(line, '\f') {
		return "", "", 0, false
	}
	segs := segments(line)
	if len(segs) != 2 || segs[0].start > 4 || segs[1].start < 40 {
		return "", "", 0, false
	}
	c := segs[1].text
	if utf8.RuneCountInString(c) > 10 || strings.IndexFunc(c, unicode.IsDigit) < 0 || CanonicalFicheID(c) == "" {
		return "", "", 0, false
	}
	t := segs[0].text
	if len(strings.Fields(t)) < 2 || strings.HasSuffix(t, ".") || !unicode.IsUpper(firstRune(t)) {
		return "", "", 0, false
	}
	return t, c, segs[1].start, true
}

// bandLabel reports a line of the band that is a label alone: a field of
// the vocabulary, or a line in capitals (a label the vocabulary does not
// know, whose content is still not the previous field's); three words at
// most either way, as an item may open on a label's word ("Délai d’accès
// à une première…").
func bandLabel(t string) bool {
	if t == "" || utf8.RuneCountInString(t) > 40 || len(strings.Fields(t)) > 3 || strings.ContainsAny(t, ".:;,") {
		return false
	}
	if k, rest := labelKind(t); k != fNone && rest == "" {
		return true
	}
	return isCapitalHeading(t) && strings.IndexFunc(t, unicode.IsDigit) < 0
}

// knownBandLabel reports a band label of the vocabulary.
func knownBandLabel(t string) bool {
	k, rest := labelKind(t)
	return bandLabel(t) && k != fNone && rest == ""
}

// readSidebarFiche reads the fiche whose head is line i. It returns nil
// when the lines below hold no band of at least two labels the vocabulary
// knows, starting near the code's column.
func readSidebarFiche(lines []string, i int) *sidebarFiche {
	title, code, col, ok := sidebarHead(lines[i])
	if !ok {
		return nil
	}
	end := sidebarEnd(lines, i+1)
	band := bandColumn(lines[i+1:end], col)
	if band < 0 {
		return nil
	}
	f := &sidebarFiche{code: code, title: title, next: end}
	var left, right []string
	for _, l := range lines[i+1 : end] {
		lt, rt := cutBand(l, band)
		left = append(left, lt)
		right = append(right, rt)
	}
	f.title, left = titleLines(title, left)
	f.main = mainBlocks(left)
	f.fields = bandFields(right)
	known := 0
	for _, fd := range f.fields {
		if knownBandLabel(fd.label) {
			known++
		}
	}
	if known < 2 {
		return nil
	}
	return f
}

// sidebarEnd returns the index of the line that ends the fiche begun
// before line i: a page break, the page's number, two blank lines in a
// row, or the head of the next fiche.
func sidebarEnd(lines []string, i int) int {
	blank := 0
	for ; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if strings.ContainsRune(lines[i], '\f') || rePageNumber.MatchString(t) {
			return i
		}
		if t == "" {
			blank++
			if blank >= 2 {
				return i
			}
			continue
		}
		blank = 0
		if _, _, _, ok := sidebarHead(lines[i]); ok {
			return i
		}
	}
	return i
}

// bandColumn returns where the band's text starts: the column of its
// first label, which sits alone at the end of its line near the code's
// column (the code may be centred or set right in its box); -1 when no
// such label is found.
func bandColumn(lines []string, col int) int {
	for _, l := range lines {
		segs := segments(l)
		if len(segs) == 0 {
			continue
		}
		s := segs[len(segs)-1]
		if s.start >= col-20 && s.start <= col+10 && s.start >= 30 && knownBandLabel(s.text) {
			return s.start
		}
	}
	return -1
}

// cutBand splits a line into the text left of column band and the band's,
// each trimmed. A run of words that starts before the band's column is
// the main column's, even when it runs past it.
func cutBand(line string, band int) (left, right string) {
	var l, r []string
	for _, s := range segments(line) {
		if s.start >= band-2 {
			r = append(r, s.text)
		} else {
			l = append(l, strings.Repeat(" ", s.start)+s.text)
		}
	}
	return joinSegments(l), strings.Join(r, " ")
}

// joinSegments puts the runs of words of one column back on a line,
// keeping where the first starts and two spaces between them, so that a
// label stays apart from its text.
func joinSegments(segs []string) string {
	if len(segs) == 0 {
		return ""
	}
	out := segs[0]
	for _, s := range segs[1:] {
		out += "  " + strings.TrimSpace(s)
	}
	return out
}

// titleLines takes the title's next lines from the main column: the
// lines right under the head that start at the title's margin, in lower
// case or not a label, before the first blank one.
func titleLines(title string, left []string) (string, []string) {
	k := 0
	for ; k < len(left); k++ {
		t := strings.TrimSpace(left[k])
		if t == "" || len(segments(left[k])) != 1 || bandLabel(t) {
			break
		}
		if kd, _ := labelKind(t); kd != fNone {
			break
		}
		title += " " + t
	}
	return title, left[k:]
}

// mainBlocks writes the main column's labelled blocks: a line that opens
// with a short label at the margin and its text further right becomes
// "Label : text"; the lines under it keep their text, trimmed.
func mainBlocks(left []string) []string {
	var out []string
	for _, l := range left {
		segs := segments(l)
		if len(segs) == 0 {
			continue
		}
		if len(segs) >= 2 && segs[0].start <= 4 && mainLabel(segs[0].text) {
			rest := make([]string, 0, len(segs)-1)
			for _, s := range segs[1:] {
				rest = append(rest, s.text)
			}
			out = append(out, segs[0].text+" : "+strings.Join(rest, " "))
			continue
		}
		out = append(out, strings.TrimSpace(l))
	}
	return out
}

// mainLabel reports the short head of a block of the main column:
// three words at most, opening with a capital, ending no sentence.
func mainLabel(t string) bool {
	if utf8.RuneCountInString(t) > 30 || len(strings.Fields(t)) > 3 || strings.ContainsAny(t, ".;,") {
		return false
	}
	return unicode.IsUpper(firstRune(t))
}

// bandFields groups the band's lines under their labels and mends the
// items the band's width wrapped. Lines before the first label are left
// out: the band's title or the code's box.
func bandFields(right []string) []bandItem {
	var out []bandItem
	for _, t := range right {
		if t == "" {
			continue
		}
		if bandLabel(t) {
			out = append(out, bandItem{label: t})
			continue
		}
		if len(out) == 0 {
			continue
		}
		f := &out[len(out)-1]
		if n := len(f.lines); n > 0 && wrapsOn(f.lines[n-1], t) {
			f.lines[n-1] += " " + t
			continue
		}
		f.lines = append(f.lines, t)
	}
	return out
}

// wrapsOn reports whether next goes on the item of the band's line prev
// rather than starting an item: next opens in lower case or with a
// bracket, or is a lone year or two words after a number, or prev ends on
// a comma, a hyphen, an apostrophe or a word that cannot end a phrase
// ("de", "et", "avec", a month).
func wrapsOn(prev, next string) bool {
	r := firstRune(next)
	if unicode.IsLower(r) || r == '(' {
		return true
	}
	if unicode.IsDigit(r) && len(strings.Fields(next)) <= 2 {
		return true
	}
	if strings.HasSuffix(prev, ",") || strings.HasSuffix(prev, "-") || strings.HasSuffix(prev, "’") || strings.HasSuffix(prev, "'") {
		return true
	}
	return openWords[Fold(lastWord(prev))]
}

// openWords are the words after which a phrase goes on: articles,
// prepositions, conjunctions and the months, which a year follows.
var openWords = map[string]bool{
	"de": true, "du": true, "des": true, "d": true, "la": true, "le": true, "les": true, "l": true,
	"et": true, "ou": true, "en": true, "au": true, "aux": true, "a": true, "avec": true, "par": true,
	"pour": true, "sur": true, "dans": true, "entre": true, "chez": true, "un": true, "une": true,
	"of": true, "the": true, "and": true, "for": true, "with": true, "in": true,
	"janvier": true, "fevrier": true, "mars": true, "avril": true, "mai": true, "juin": true, "juillet": true,
	"aout": true, "septembre": true, "octobre": true, "novembre": true, "decembre": true,
	"trimestre": true, "semestre": true,
}

// lines writes the fiche as the parser reads a labelled fiche.
func (f *sidebarFiche) lines() []string {
	out := []string{"", "Fiche action n°" + f.code + " : " + f.title}
	out = append(out, f.main...)
	for _, fd := range f.fields {
		if len(fd.lines) == 0 {
			continue
		}
		out = append(out, "", fd.label+" :")
		for _, l := range fd.lines {
			out = append(out, "- "+l)
		}
	}
	return append(out, "")
}

// hasSidebarFiche reports lines that hold a fiche with a band of fields.
func hasSidebarFiche(lines []string) bool {
	for i := range lines {
		if readSidebarFiche(lines, i) != nil {
			return true
		}
	}
	return false
}
