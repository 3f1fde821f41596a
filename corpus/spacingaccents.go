package corpus

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// A scanned page read by OCR, or a PDF made by an old typesetting tool,
// may print an accent as a character of its own beside its letter:
// "re´pe´te´es", "a` la", "bie^tre", "nai¨f". Such a word matches no word
// of a question; joinSpacingAccents puts each accent back on its letter.

// spacingAccents maps a spacing accent to the combining mark it stands
// for, with the letters French sets it on: an accent beside any other
// character (a markdown "`code`", a footnote "[^3]") is left alone.
var spacingAccents = map[rune]struct {
	mark    rune
	letters string
}{
	'\u00b4': {'\u0301', "eE"},         // acute: é
	'`':      {'\u0300', "aeuAEU"},     // grave: à, è, ù
	'^':      {'\u0302', "aeiouAEIOU"}, // circumflex: â, ê, î, ô, û
	'\u00a8': {'\u0308', "eiuyEIUY"},   // diaeresis: ë, ï, ü, ÿ
	'\u02c6': {'\u0302', "aeiouAEIOU"}, // modifier circumflex
	'\u02cb': {'\u0300', "aeuAEU"},     // modifier grave
	'\u02ca': {'\u0301', "eE"},         // modifier acute
	'\u00b8': {'\u0327', "cC"},         // cedilla: ç
}

// joinSpacingAccents returns text with the spacing accents that follow a
// letter French accents that way joined to it, and the result composed
// (NFC). Text without such accents is returned as it is.
func joinSpacingAccents(text string) string {
	if !strings.ContainsAny(text, "\u00b4`^\u00a8\u02c6\u02cb\u02ca\u00b8") {
		return text
	}
	rs := []rune(text)
	var b strings.Builder
	changed := false
	codeLine := false // the current line opens a code span: its backquotes are markup
	for i, r := range rs {
		if i == 0 || rs[i-1] == '\n' {
			codeLine = opensCode(rs[i:])
		}
		if r == '`' && codeLine {
			b.WriteRune(r)
			continue
		}
		if a, ok := spacingAccents[r]; ok && i > 0 && strings.ContainsRune(a.letters, rs[i-1]) && followsWord(rs, i) {
			b.WriteRune(a.mark)
			changed = true
			continue
		}
		b.WriteRune(r)
	}
	if !changed {
		return text
	}
	return norm.NFC.String(b.String())
}

// followsWord reports a spacing accent at rs[i] whose letter begins or
// continues a word, not an operator or a code span: the letter before it
// is preceded by a letter or a word boundary, and what follows is a
// letter, a space or punctuation.
func followsWord(rs []rune, i int) bool {
	if i+1 < len(rs) {
		next := rs[i+1]
		if next == '`' || next == '^' || next == '[' || next == '(' {
			return false
		}
	}
	return true
}

// opensCode reports a line (rs up to its end) with a backquote that no
// letter precedes: a markdown code span opens there.
func opensCode(rs []rune) bool {
	for i, r := range rs {
		if r == '\n' {
			return false
		}
		if r == '`' && (i == 0 || !unicode.IsLetter(rs[i-1])) {
			return true
		}
	}
	return false
}
