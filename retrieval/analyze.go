// Package retrieval cuts the documents into chunks, indexes them (a BM25
// index with French analysis and a chromem-go vector store) and searches
// them with both, fused by reciprocal rank.
package retrieval

import (
	"strings"
	"sync"
	"unicode"

	"github.com/kljensen/snowball/french"

	"schemabot/corpus"
)

// elisions are the French elided articles and pronouns glued to the next
// word by an apostrophe: l'enfance, d'accueil, qu'il.
var elisions = map[string]bool{"l": true, "d": true, "qu": true, "j": true, "m": true, "n": true, "s": true, "t": true, "c": true, "jusqu": true, "lorsqu": true, "puisqu": true, "quoiqu": true}

// extraStop are words too common in these documents or in questions to
// discriminate anything, beyond the French stop words of the stemmer.
var extraStop = map[string]bool{
	"quel": true, "quelle": true, "quels": true, "quelles": true, "quoi": true, "comment": true, "est-ce": true,
	"cela": true, "ceci": true, "ca": true, "cette": true, "cet": true, "ces": true, "dont": true, "ainsi": true,
	"les": true, "aussi": true, "plus": true, "tout": true, "tous": true, "toute": true, "toutes": true,
	"fiche": true, "fiches": true, "schema": true, "schemas": true, "action": true, "actions": false,
	"the": true, "of": true, "and": true, "a": true, "an": true, "in": true, "on": true, "to": true, "for": true,
	"is": true, "are": true, "what": true, "which": true, "who": true, "does": true, "do": true, "with": true,
	"by": true, "at": true, "be": true, "it": true, "that": true, "this": true, "from": true, "as": true,
	"faire": true, "fait": true, "etre": true, "avoir": true, "peut": true, "doit": true, "doivent": true,
	"there": true, "their": true, "they": true, "them": true, "its": true, "has": true, "have": true, "had": true,
	"been": true, "was": true, "were": true, "will": true, "would": true, "can": true, "could": true, "should": true,
	"may": true, "might": true, "say": true, "says": true, "said": true, "about": true, "into": true, "any": true,
	"all": true, "some": true, "such": true, "than": true, "then": true, "where": true, "why": true, "how": true,
	"much": true, "many": true, "very": true, "more": true, "most": true, "other": true, "did": true, "get": true,
	"give": true, "make": true, "made": true, "please": true, "tell": true, "me": true, "you": true, "your": true,
	"our": true, "we": true, "i": true, "my": true, "when": true, "whom": true, "whose": true, "or": true,
	"not": true, "no": true, "if": true, "so": true, "up": true, "out": true, "also": true, "one": true, "there's": true,
	"etais": true, "etait": true, "etions": true, "etiez": true, "etaient": true, "etee": true, "etees": true,
	"etes": true, "etant": true, "fumes": true, "futes": true, "fut": true, "eut": true, "meme": true, "deja": true,
	"tres": true, "apres": true, "des lors": true, "voila": true, "la-bas": true, "ou": true,
	"va": true, "vont": true, "aller": true, "sera": true, "seront": true, "ete": true, "fera": true, "feront": true,
	"entre": true, "sous": true, "vers": true, "chez": true, "sans": true, "selon": true, "afin": true,
	// Chat register: greetings, politeness and filler verbs carry no topic.
	"bonjour": true, "salut": true, "hello": true, "hi": true, "merci": true, "thanks": true, "thank": true,
	"stp": true, "svp": true, "pls": true, "plz": true, "bosse": true, "bosser": true, "bossent": true, "bossons": true,
	"cherche": true, "rappelle": true, "rappeler": true, "dis": true, "dire": true, "sais": true,
	"voudrais": true, "aimerais": true, "know": true, "need": true,
	// Words that say a question is about something, not what it is about.
	"concerne": true, "concernent": true, "concernant": true, "traitent": true, "parlent": true, "evoquent": true,
	"abordent": true, "touchent": true, "touchant": true, "traitant": true, "abordant": true, "deal": true, "deals": true,
	"dealing": true, "tackle": true, "tackles": true, "relative": true, "relatives": true, "relatif": true, "relatifs": true, "regarding": true, "concerning": true,
	"appear": true, "appears": true, "mentioned": true, "mentions": true, "mention": true, "apparait": true, "apparaissent": true,
	"figure": true, "figurent": true, "cite": true, "citee": true, "cites": true, "citees": true,
	"elles": true, "ils": true, "eux": true, "lui": true, "leur": true, "leurs": true,
	"whats": true, "rapide": true, "question": true, "questions": true, "petite": true,
	"looking": true, "want": true, "like": true, "remind": true, "wondering": true, "help": true,
}

// Words splits text into lowercase words, keeping letters and digits,
// dropping elided articles ("l'enfance" -> "enfance").
func Words(text string) []string {
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
	// Accents are folded before stemming, so that a word typed without
	// its accents ("confies", "sante") gets the same stem as in the text.
	s := french.Stem(corpus.Fold(w), true)
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
