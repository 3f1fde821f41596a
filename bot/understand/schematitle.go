package understand

import (
	"strings"
	"unicode"

	"schemabot/corpus"
)

// schemaNouns are the words by which a question names the document itself.
var schemaNouns = map[string]bool{"schema": true, "schemas": true}

// titleLinks are the small words a document's title runs through ("de
// protection de l'enfance"): part of the title only between its words.
var titleLinks = map[string]bool{"de": true, "d'": true, "du": true, "des": true, "la": true, "le": true, "l'": true, "et": true}

// withoutSchemaTitle blanks out of folded the words that follow "schéma"
// and repeat the title of the schéma asked about (of docs, or of every
// loaded document when the question names none): "les objectifs pour la
// PMI dans le schéma enfance famille" asks about the PMI, and "enfance
// famille", the kind of the schéma, names no fiche's topic. The words are
// replaced by spaces, so that the text keeps the offsets of folded.
func withoutSchemaTitle(folded string, docs []string, lib *corpus.Library) string {
	words := titleWords(docs, lib)
	if len(words) == 0 {
		return folded
	}
	toks := wordSpans(folded)
	b := []byte(folded)
	for i := 0; i < len(toks); i++ {
		if !schemaNouns[folded[toks[i][0]:toks[i][1]]] {
			continue
		}
		end := titleRun(folded, toks, i+1, words)
		for _, t := range toks[i+1 : end] {
			for k := t[0]; k < t[1]; k++ {
				b[k] = ' '
			}
		}
		i = max(i, end-1)
	}
	return string(b)
}

// wordSpans returns the byte spans of the words of s, split at spaces.
func wordSpans(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		switch {
		case r == ' ' && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		case r != ' ' && start < 0:
			start = i
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// titleRun returns where the run of title words that starts at toks[from]
// ends: the last title word before a word of no title, links between
// title words included.
func titleRun(s string, toks [][2]int, from int, words map[string]bool) int {
	end := from
	for j := from; j < len(toks); j++ {
		w := s[toks[j][0]:toks[j][1]]
		if words[w] {
			end = j + 1
			continue
		}
		if !titleLinks[w] {
			break
		}
	}
	return end
}

// titleWords returns the folded words of the titles of docs, or of every
// document of lib when docs is empty, without their figures and links.
func titleWords(docs []string, lib *corpus.Library) map[string]bool {
	if lib == nil {
		return nil
	}
	var titles []string
	for _, d := range lib.Docs {
		if len(docs) == 0 || containsString(docs, d.ID) {
			titles = append(titles, d.Title)
		}
	}
	words := map[string]bool{}
	for _, t := range titles {
		for _, w := range strings.FieldsFunc(corpus.Fold(t), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if len(w) > 2 && !titleLinks[w] && !schemaNouns[w] {
				words[w] = true
			}
		}
	}
	return words
}

// containsString reports s among list.
func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
