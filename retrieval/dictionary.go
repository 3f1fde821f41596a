package retrieval

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"strings"
	"sync"

	"schemabot/corpus"
)

// dictFS holds word lists made by internal/mkwords from lists Debian
// packages: French (the LibreOffice French thesaurus, mythes-fr,
// LGPL-2.1+) and English (wamerican, SCOWL: public domain and permissive
// licences). Their licences are recorded in the README.
//
//go:embed dict/*.txt.gz
var dictFS embed.FS

// readDict returns the folded words of dict/<name>.txt.gz.
func readDict(name string) map[string]bool {
	data, err := dictFS.ReadFile("dict/" + name + ".txt.gz")
	if err != nil {
		panic("word list " + name + ": " + err.Error()) // embedded: a build error
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		panic("word list " + name + ": " + err.Error())
	}
	m := map[string]bool{}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		if w := sc.Text(); w != "" && !strings.HasPrefix(w, "#") {
			m[w] = true
		}
	}
	if err := sc.Err(); err != nil {
		panic("word list " + name + ": " + err.Error())
	}
	return m
}

var (
	frenchLemmas = sync.OnceValue(func() map[string]bool { return readDict("french") })
	englishWords = sync.OnceValue(func() map[string]bool { return readDict("english") })
	frenchStems  = sync.OnceValue(func() map[string]bool {
		m := map[string]bool{}
		for w := range frenchLemmas() {
			m[Stem(w)] = true
		}
		return m
	})
)

// FrenchWord reports whether an analysed term is the stem of a French
// word: such a word is meant as written, where a term no dictionary
// knows ("prév", "conj", "régul") is a word cut short or mistyped.
func FrenchWord(term string) bool { return frenchStems()[term] }

// KnownWord reports whether a folded word is a French or English word as
// typed, or the stem of a French one: a word no dictionary knows may be
// a typo.
func KnownWord(word string) bool {
	return frenchLemmas()[word] || englishWords()[word] || frenchStems()[Stem(word)]
}

// KnownForm reports whether a folded word is a French or English word as
// typed: "orientatons" is none, though its stem is a French word's.
func KnownForm(word string) bool {
	return frenchLemmas()[word] || englishWords()[word]
}

// EnglishOnly reports whether word, as typed, is an English word that is
// not also a French one ("based", "teams", but not "prevention" or
// "actions"): in an English question it is English the vocabulary lacks,
// not a French term of the documents.
func EnglishOnly(word string) bool {
	w := corpus.Fold(word)
	if !englishWords()[w] {
		return false
	}
	fr := frenchLemmas()
	return !fr[w] && !fr[strings.TrimSuffix(w, "s")]
}

// verbEndings are the endings of French finite verb forms and past
// participles ("affichées"), longest first.
var verbEndings = []string{"issaient", "issait", "issent", "issons", "issez", "eraient", "erait", "eront", "iront", "aient", "ions", "iez", "ait", "ais", "ent", "ons", "era", "ira", "ees", "ies", "ez", "ee", "es", "ie", "is", "e", "i"}

// VerbForm reports whether word, as typed, is an infinitive ("obtenir")
// or a conjugated form of a French verb ("restent", "démarrent",
// "accueillent"): in a question it tells what people do, not what they
// ask for, so a document that never uses it can still answer.
func VerbForm(word string) bool {
	w := corpus.Fold(strings.ToLower(word))
	if frenchLemmas()[w] {
		// An infinitive ("obtenir", "monter"), but not a noun of the
		// same ending ("métier", "foyer", "couloir").
		return (strings.HasSuffix(w, "er") && !strings.HasSuffix(w, "ier") && !strings.HasSuffix(w, "yer")) ||
			(strings.HasSuffix(w, "ir") && !strings.HasSuffix(w, "oir"))
	}
	fr := frenchLemmas()
	for _, end := range verbEndings {
		base, ok := strings.CutSuffix(w, end)
		if !ok || len(base) < 2 {
			continue
		}
		for _, inf := range []string{"er", "ir", "re"} {
			if fr[base+inf] {
				return true
			}
		}
	}
	// The singular of a verb in -ir or -re drops the consonant before
	// its ending: "sert" (servir), "vit" (vivre), "dort" (dormir), "dit"
	// (dire), "met" (mettre).
	if base, ok := strings.CutSuffix(w, "t"); ok && len(base) >= 2 {
		for _, inf := range []string{"re", "tre", "vir", "vre", "mir", "tir"} {
			if fr[base+inf] {
				return true
			}
		}
	}
	return false
}
