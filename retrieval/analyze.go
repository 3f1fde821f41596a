// Package retrieval cuts the documents into chunks, indexes them (a BM25
// index with French analysis and a chromem-go vector store) and searches
// them with both, fused by reciprocal rank.
package retrieval

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/kljensen/snowball/french"

	"schemabot/corpus"
)

// elisions are the French elided articles and pronouns glued to the next
// word by an apostrophe: l'enfance, d'accueil, qu'il, quelqu'un.
var elisions = map[string]bool{"l": true, "d": true, "qu": true, "j": true, "m": true, "n": true, "s": true, "t": true, "c": true, "jusqu": true, "lorsqu": true, "puisqu": true, "quoiqu": true, "quelqu": true}

// extraStop are words too common in these documents or in questions to
// discriminate anything, beyond the French stop words of the stemmer
// (vocab/stopwords.txt), the chat register included.
var extraStop = loadWords("stopwords")

// reDottedAcronym is an acronym printed with a dot after each letter
// ("P.I.P.P.I", "A.S.E."): one word, as when printed without dots.
var reDottedAcronym = regexp.MustCompile(`\b(?:\p{Lu}\.){2,}\p{Lu}?\b`)

// Words splits text into lowercase words, keeping letters and digits,
// dropping elided articles ("l'enfance" -> "enfance").
func Words(text string) []string {
	if strings.Contains(text, ".") {
		text = reDottedAcronym.ReplaceAllStringFunc(text, func(m string) string { return strings.ReplaceAll(m, ".", "") })
	}
	text = strings.ToLower(strings.ReplaceAll(text, "’", "'"))
	var out []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	}) {
		w = strings.Trim(w, "'")
		if i := strings.IndexByte(w, '\''); i > 0 && elisions[w[:i]] {
			w = w[i+1:]
		}
		for _, part := range strings.Split(w, "'") {
			if part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

// stems caches Stem: the same few thousand words come back in every
// question and passage.
var stems sync.Map

// Stem returns the French stem of a lowercase word, without accents.
func Stem(w string) string {
	if isNumber(w) {
		return w
	}
	if s, ok := stems.Load(w); ok {
		return s.(string)
	}
	// "trois priorités" and "les 3 priorités" count the same thing.
	if n := corpus.NumberWord(w); n > 0 {
		s := strconv.Itoa(n)
		stems.Store(w, s)
		return s
	}
	// Accents are folded before stemming, so that a word typed without
	// its accents ("confies", "sante") gets the same stem as in the text.
	f := corpus.Fold(w)
	// Folded, the feminine "-ée(s)" of a participle or noun is "-ee(s)",
	// which the stemmer does not strip as it strips "-é(s)": "confiées"
	// and "confiés", "renforcée" and "renforcés" must meet.
	if len(f) > 4 {
		if b, ok := strings.CutSuffix(f, "ees"); ok {
			f = b + "es"
		} else if b, ok := strings.CutSuffix(f, "ee"); ok {
			f = b + "e"
		}
	}
	// The stemmer keeps the "-ent" of a verb's third person plural
	// ("accompagnent", "évaluent"): a form that is no word of its own,
	// whose infinitive in "-er" is, stems as that infinitive. "Parent",
	// "agent" and "précédent" are words of their own and stay.
	if b, ok := strings.CutSuffix(f, "ent"); ok && len(b) >= 4 {
		if fr := frenchLemmas(); !fr[f] && fr[b+"er"] {
			f = b + "er"
		}
	}
	// The stemmer reads "-eux" as an adjective's ending ("heureux") and
	// leaves "-aux" from "-ail" alone: the plural of a noun in "-eu"
	// ("lieux", "enjeux", "milieux") or "-ail" ("travaux", "baux") stems as
	// its singular, which the French word list holds.
	if b, ok := strings.CutSuffix(f, "eux"); ok && len(b) >= 1 {
		if frenchLemmas()[b+"eu"] {
			f = b + "eu"
		}
	} else if b, ok := strings.CutSuffix(f, "aux"); ok && len(b) >= 1 {
		if fr := frenchLemmas(); fr[b+"ail"] && !fr[b+"al"] {
			f = b + "ail"
		}
	}
	s := french.Stem(f, true)
	stems.Store(w, s)
	return s
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// IsStop reports whether a lowercase word carries no meaning for search.
func IsStop(w string) bool {
	return french.IsStopWord(w) || extraStop[corpus.Fold(w)] || len([]rune(w)) < 2 && !isNumber(w)
}

// Terms analyses text for the lexical index: words, elisions removed, stop
// words dropped, stemmed, accents folded.
func Terms(text string) []string {
	words := Words(text)
	out := make([]string, 0, len(words))
	for _, w := range words {
		if IsStop(w) {
			continue
		}
		out = append(out, Stem(w))
	}
	return out
}
