package understand

import (
	"strings"
	"unicode"

	"schemabot/bot/chat"

	"schemabot/corpus"
)

// fold compares texts without case, accents or typographic variants.
func fold(s string) string { return corpus.Fold(s) }

// The words that tell a question's language (vocab/language.txt).
var (
	languageVocab      = loadLexicon("language")
	englishWords       = wordSet(languageVocab.phrases("english"))
	frenchWords        = wordSet(languageVocab.phrases("french"))
	otherWords         = wordSet(languageVocab.phrases("other"))
	questionWords      = wordSet(languageVocab.phrases("question"))
	otherQuestionWords = wordSet(languageVocab.phrases("other-question"))
)

// wordSet is the set of the one-word phrases of ps, as written.
func wordSet(ps []phrase) map[string]bool {
	m := map[string]bool{}
	for _, p := range ps {
		m[p.text] = true
	}
	return m
}

// langScores counts the English, French and other-language words of s,
// question words twice: they say most about a question's language.
func langScores(s string) (en, fr, other int) {
	for _, w := range strings.FieldsFunc(fold(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		w = strings.Trim(w, "'")
		if i := strings.LastIndexByte(w, '\''); i >= 0 {
			if w[i+1:] == "s" { // "users'", "Isère's"
				en++
			}
			w = w[i+1:]
		}
		n := 1
		if questionWords[w] || otherQuestionWords[w] {
			n = 2
		}
		if englishWords[w] {
			en += n
		}
		if frenchWords[w] {
			fr += n
		}
		if otherWords[w] {
			other += n
		}
	}
	return en, fr, other
}

// OtherLanguage reports a question written in neither French nor English.
func OtherLanguage(s string) bool {
	en, fr, other := langScores(s)
	return other >= 2 && other > en && other > fr
}

// DetectLang tells whether a question is English or French (the default).
func DetectLang(s string) string {
	en, fr, _ := langScores(s)
	if en > fr {
		return chat.English
	}
	return chat.French
}
