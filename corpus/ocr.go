package corpus

import (
	"strings"
	"unicode"
)

// repairOCR undoes the confusions an OCR engine makes between letters of
// one shape when it reads a scanned schéma: a capital I for an l inside a
// word ("PiIote", "déIai", "ConseiI"), "Ie", "Ia", "Ies" and "I'enfance"
// for the articles, a word-initial l for an I ("lntitulé", "lndicateurs"),
// a letter O for a zero inside a number ("2O23") and an l or an I for a
// one in a figure ("l42", "2l4", "Page l0"). Each rule only touches a
// spelling that no correct French text has, so a document typed by hand
// reads as it did: "Île", "IA", "III", "Isère", "l'enfant" stay. Telling
// "rn" from "m" ("farnilles") would need a dictionary, which this package
// does not have; those words stay as the engine read them.
func repairOCR(s string) string {
	if !mayHaveOCRConfusion(s) {
		return s
	}
	r := []rune(s)
	changed := false
	for i, c := range r {
		var to rune
		switch c {
		case 'I':
			to = repairCapitalI(r, i)
		case 'l':
			to = repairSmallL(r, i)
		case 'O':
			if digitAt(r, i-1) && digitAt(r, i+1) {
				to = '0'
			}
		}
		if to != 0 {
			r[i], changed = to, true
		}
	}
	if !changed {
		return s
	}
	return string(r)
}

// mayHaveOCRConfusion is a quick test that s holds a letter the rules of
// repairOCR could change: most lines have none, and cleaning is hot.
func mayHaveOCRConfusion(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 'I', 'O':
			return true
		case 'l':
			if i+1 < len(s) && (s[i+1] >= '0' && s[i+1] <= '9' || s[i+1] == 'n') {
				return true
			}
		}
	}
	return false
}

// repairCapitalI returns the letter a capital I at r[i] stands for, or 0
// when it is an I.
func repairCapitalI(r []rune, i int) rune {
	switch {
	case lowerAt(r, i-1) && lowerAt(r, i+1) && !camelCaseWord(r, i) && !camelTail(r, i):
		// "PiIote", "famiIiaux": a capital between small letters.
		return 'l'
	case lowerAt(r, i-1) && !letterAt(r, i+1) && !digitAt(r, i+1) && !camelCaseWord(r, i) && smallLettersBefore(r, i) >= 2:
		// "ConseiI", "départementaI": a word's last letter.
		return 'l'
	case wordStart(r, i) && i+2 < len(r) && r[i+1] == 'i' && unicode.IsLower(r[i+2]):
		// "Iieux", "Iien": no word opens on "Ii".
		return 'l'
	case wordStart(r, i) && isArticleTail(r, i+1):
		// "Ie", "Ia", "Ies" alone: the articles.
		return 'l'
	case wordStart(r, i) && apostropheAt(r, i+1) && elidedAt(r, i+2):
		// "I'enfance": the elided article.
		return 'l'
	case wordStart(r, i) && figureAt(r, i+1):
		// "I42": a one.
		return '1'
	}
	return 0
}

// repairSmallL returns the letter a small l at r[i] stands for, or 0 when
// it is an l.
func repairSmallL(r []rune, i int) rune {
	switch {
	case wordStart(r, i) && figureAt(r, i+1), digitAt(r, i-1) && digitAt(r, i+1):
		// "l42 mineurs", "Page l0", "2l4 jeunes": a one.
		return '1'
	case wordStart(r, i) && i+2 < len(r) && r[i+1] == 'n' && unicode.IsLower(r[i+2]):
		// "lntitulé", "lndicateurs": no French word opens on "ln".
		return 'I'
	}
	return 0
}

// camelCaseWord reports a word with a capital inside it other than an I:
// "getElementById" is code, not a misread word.
func camelCaseWord(r []rune, i int) bool {
	start, end := i, i
	for start > 0 && unicode.IsLetter(r[start-1]) {
		start--
	}
	for end < len(r) && unicode.IsLetter(r[end]) {
		end++
	}
	for k := start + 1; k < end; k++ {
		if unicode.IsUpper(r[k]) && r[k] != 'I' {
			return true
		}
	}
	return false
}

// camelTail reports an I that opens a word inside a compound name
// ("LinkedIn", "SignIn", "UserId"): French words do not end in "ln",
// "ld", "lf" or "lt" after a small letter.
//
// Nor does a French word hold "ln" before a consonant, as the names in
// code do ("leftIndent", "getInput", "parseInt").
func camelTail(r []rune, i int) bool {
	if i+1 >= len(r) {
		return false
	}
	if r[i+1] == 'n' && (!letterAt(r, i+2) || !strings.ContainsRune("aeiouyàâéèêëîïôûù", r[i+2])) {
		return true
	}
	return !letterAt(r, i+2) && strings.ContainsRune("dft", r[i+1])
}

// isArticleTail reports "e", "a" or "es" ending a word at r[i]: with the
// I before it, "Ie", "Ia", "Ies".
func isArticleTail(r []rune, i int) bool {
	for _, tail := range []string{"e", "a", "es"} {
		n := len(tail)
		if i+n <= len(r) && string(r[i:i+n]) == tail && !letterAt(r, i+n) && !digitAt(r, i+n) {
			return true
		}
	}
	return false
}

// elidedAt reports a small vowel or h at r[i], which an elided article
// stands before.
func elidedAt(r []rune, i int) bool {
	return i < len(r) && strings.ContainsRune("aeiouyhàâéèêëîïôûù", r[i])
}

// figureAt reports digits from r[i] to the end of a word: "42" in "l42",
// "0" in "l0", not "2tp".
func figureAt(r []rune, i int) bool {
	if !digitAt(r, i) {
		return false
	}
	for i < len(r) && digitAt(r, i) {
		i++
	}
	return !letterAt(r, i)
}

// smallLettersBefore counts the small letters that run up to r[i].
func smallLettersBefore(r []rune, i int) int {
	n := 0
	for k := i - 1; k >= 0 && lowerAt(r, k); k-- {
		n++
	}
	return n
}

// wordStart reports r[i] at the start of a word: no letter, digit or
// apostrophe, nor a hyphen that joins words, before it.
func wordStart(r []rune, i int) bool {
	if i == 0 {
		return true
	}
	p := r[i-1]
	return !unicode.IsLetter(p) && !unicode.IsDigit(p) && p != '\'' && p != '’' && p != '-' && p != '.'
}

func lowerAt(r []rune, i int) bool { return i >= 0 && i < len(r) && unicode.IsLower(r[i]) }

func letterAt(r []rune, i int) bool { return i >= 0 && i < len(r) && unicode.IsLetter(r[i]) }

func digitAt(r []rune, i int) bool { return i >= 0 && i < len(r) && r[i] >= '0' && r[i] <= '9' }

func apostropheAt(r []rune, i int) bool {
	return i >= 0 && i < len(r) && (r[i] == '\'' || r[i] == '’')
}
