package retrieval

import (
	"embed"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"

	"schemabot/corpus"
)

// english maps English words and phrases of child-welfare planning to the
// French terms the documents use (vocab/english.txt), abbreviations
// included.
var english = loadTable("english")

//go:embed vocab/*.txt
var vocabFS embed.FS

// loadTable reads vocab/<name>.txt: "key = value" lines, "#" comments. A
// malformed embedded file is a programming error, caught by the tests.
func loadTable(name string) map[string]string {
	data, err := vocabFS.ReadFile("vocab/" + name + ".txt")
	if err != nil {
		panic(fmt.Sprintf("vocabulary %s: %v", name, err))
	}
	m, err := parseTable(string(data))
	if err != nil {
		panic(fmt.Sprintf("vocabulary %s: %v", name, err))
	}
	return m
}

// loadWords reads vocab/<name>.txt: one word a line, "#" comments.
func loadWords(name string) map[string]bool {
	data, err := vocabFS.ReadFile("vocab/" + name + ".txt")
	if err != nil {
		panic(fmt.Sprintf("vocabulary %s: %v", name, err))
	}
	m := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			m[line] = true
		}
	}
	return m
}

// parseTable reads "key = value" lines; keys are lower case and unique.
func parseTable(text string) (map[string]string, error) {
	m := map[string]string{}
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if !ok || k == "" {
			return nil, fmt.Errorf("line %d: want \"english = français\", got %q", n+1, line)
		}
		if _, dup := m[k]; dup {
			return nil, fmt.Errorf("line %d: %q is listed twice", n+1, k)
		}
		m[k] = v
	}
	return m, nil
}

// synonyms are the trade's words and the schémas' words for the same
// thing (vocab/synonyms.txt).
var synonyms = loadTable("synonyms")

// withTyped returns a synonym's alternatives v with the words typed, k,
// among them: a schéma that never says "majorité" may still say "18 ans".
func withTyped(k, v string) string {
	if !slices.Contains(strings.Split(corpus.Fold(v), " | "), corpus.Fold(k)) {
		v += " | " + k
	}
	return v
}

// stemKey is a synonym's key as the stems of its words, so that a verb or
// noun of a phrase is found in any of its forms ("retournent chez" for
// "retourner chez"), with the key's value.
type stemKey struct {
	stems []string
	value string
}

// synonymStems are the synonyms' keys of several words by stems, longest
// first. A key of one word is matched as written: its stem alone would
// take in other words of its family ("répondant" for "réponses").
var synonymStems = sync.OnceValue(func() []stemKey {
	var out []stemKey
	for _, k := range sortedKeys(synonyms) {
		if len(strings.Fields(keyNeedle(k))) < 2 {
			continue
		}
		v := withTyped(k, synonyms[k])
		var stems []string
		for _, w := range strings.Fields(keyNeedle(k)) {
			stems = append(stems, Stem(w))
		}
		out = append(out, stemKey{stems: stems, value: v})
	}
	return out
})

// stemSynonyms finds among words, by their stems, the synonyms that were
// not found as written, blanks the words it reads and returns their
// values.
func stemSynonyms(words []string) []string {
	stems := make([]string, len(words))
	for i, w := range words {
		if w != "" {
			stems[i] = Stem(w)
		}
	}
	var found []string
	for _, k := range synonymStems() {
		for i := 0; i+len(k.stems) <= len(stems); i++ {
			if !slices.Equal(stems[i:i+len(k.stems)], k.stems) {
				continue
			}
			found = append(found, k.value)
			for j := i; j < i+len(k.stems); j++ {
				words[j], stems[j] = "", ""
			}
			break
		}
	}
	return found
}

// abbreviations are the French chat abbreviations of the trade and the
// trade's synonyms, read in questions of either language
// (vocab/abbreviations.txt, vocab/synonyms.txt).
var abbreviations = func() map[string]string {
	m := loadTable("abbreviations")
	for k, v := range synonyms {
		m[k] = withTyped(k, v)
	}
	return m
}()

func init() {
	for k, v := range abbreviations {
		english[k] = v
	}
}

// Abbreviations returns the expansions of the trade abbreviations of a
// question ("prev spé" → "prévention spécialisée") and its other words.
func Abbreviations(question string) (expanded []string, rest string) {
	expanded, rest = lookup(question, abbreviations, abbreviationKeys)
	words := strings.Fields(rest)
	if more := stemSynonyms(words); len(more) > 0 {
		expanded = append(expanded, more...)
		rest = " " + strings.Join(strings.Fields(strings.Join(words, " ")), " ") + " "
	}
	return expanded, rest
}

var abbreviationKeys = sortedKeys(abbreviations)

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	// Longest phrases first, so "young adults" wins over "young".
	sort.Slice(keys, func(i, j int) bool {
		return len(keys[i]) > len(keys[j]) || len(keys[i]) == len(keys[j]) && keys[i] < keys[j]
	})
	return keys
}

// englishKeys are the keys of english (abbreviations included), longest
// first; computed on first use, after init has merged the abbreviations.
var englishKeys = sync.OnceValue(func() []string { return sortedKeys(english) })

// Translate appends to an English question the French terms of the
// domain words it contains. French text passes through unchanged.
func Translate(question string) string {
	add, _ := Translations(question)
	if len(add) == 0 {
		return question
	}
	return question + " " + strings.Join(add, " ")
}

// Translations returns the French equivalents of the English domain words
// and phrases of a question, one string of alternatives per English word or
// phrase, and the question's words that were not translated.
func Translations(question string) (french []string, rest string) {
	french, rest = lookup(question, english, englishKeys())
	// A plural the vocabulary lists in the singular only ("doctors",
	// "agencies") is the singular's word: the vocabulary lists no form by
	// hand.
	// A possessive ("our council's legal team") is no plural.
	possessive := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(question)) {
		if p, ok := strings.CutSuffix(strings.TrimRight(w, ".,;:!?"), "'s"); ok {
			possessive[p+"s"] = true
		}
	}
	words := strings.Fields(rest)
	for i, w := range words {
		if v := english[singular(w)]; v != "" && !possessive[w] {
			french = append(french, v)
			words[i] = ""
			continue
		}
		// A participle ("launched", "steered") is its verb's word, as a
		// plural is its singular's.
		for _, b := range verbBases(w) {
			if v := english[b]; v != "" {
				french = append(french, v)
				words[i] = ""
				break
			}
		}
	}
	if len(words) > 0 && slices.Contains(words, "") {
		rest = " " + strings.Join(strings.Fields(strings.Join(words, " ")), " ") + " "
	}
	return french, rest
}

// verbBases returns the base forms an English participle in -ed may be
// looked up as ("launched" → "launch", "steered" → "steer", "hired" →
// "hire", "planned" → "plan"). A form in -ing is left alone: "placing a
// child" is no "place" (a "lieu"), and the vocabulary's own -ing entries
// say what they mean.
func verbBases(w string) []string {
	stem, ok := strings.CutSuffix(w, "ed")
	if !ok || len(w) < 5 {
		return nil
	}
	out := []string{stem, stem + "e"}
	if n := len(stem); n >= 3 && stem[n-1] == stem[n-2] {
		out = append(out, stem[:n-1])
	}
	if b, ok := strings.CutSuffix(stem, "i"); ok {
		out = append(out, b+"y")
	}
	return out
}

// singular returns an English plural's singular ("agencies" → "agency",
// "doctors" → "doctor"), or "" when w is no regular plural.
func singular(w string) string {
	switch {
	case len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
		return ""
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	}
	return w[:len(w)-1]
}

// lookup replaces the words and phrases of question found in table (keys
// longest first) by their values.
func lookup(question string, table map[string]string, keys []string) (found []string, rest string) {
	low := " " + strings.Join(Words(strings.ReplaceAll(question, "'s ", "s ")), " ") + " "
	whole := low
	for _, k := range keys {
		needle := keyNeedle(k)
		if strings.Contains(low, needle) {
			if _, synonym := synonyms[k]; synonym && namesAlternative(whole, k, table[k]) {
				continue
			}
			if table[k] != "" {
				found = append(found, table[k])
			}
			low = strings.ReplaceAll(low, needle, " ")
		}
	}
	return found, low
}

// reContrast is a word that tells two things apart.
var reContrast = regexp.MustCompile(`\b(?:difference|differences|differencier|distinguer|distinguish|distinction|versus|vs|compare|comparer|pas pareil|pas la meme chose|not the same)\b`)

// namesAlternative reports a question that names, besides a synonym k,
// one of the words v gives for it: "la différence entre une information
// préoccupante et un signalement" tells the two apart, and neither stands
// for the other. (An English word glossed in French, "school bullying
// (harcèlement scolaire)", names one thing twice: the English table is
// not asked.)
func namesAlternative(low, k, v string) bool {
	folded := corpus.Fold(low)
	// Only a question that tells things apart: "les educs de rue
	// (prévention spécialisée)" glosses one word by the other.
	if !reContrast.MatchString(folded) {
		return false
	}
	for _, alt := range strings.Split(v, " | ") {
		alt = strings.TrimSpace(alt)
		if alt == "" || corpus.Fold(alt) == corpus.Fold(k) {
			continue
		}
		if n := corpus.Fold(keyNeedle(alt)); strings.Contains(folded, n) && !strings.Contains(corpus.Fold(keyNeedle(k)), n) {
			return true
		}
	}
	return false
}

// nationalAcronyms are the acronyms of child protection every schéma may
// use without defining (vocab/acronyms.txt).
var nationalAcronyms = loadTable("acronyms")

// NationalAcronym returns what a national acronym of child protection
// stands for ("IP": "information préoccupante"), or "".
func NationalAcronym(acronym string) string {
	return nationalAcronyms[strings.ToUpper(acronym)]
}

// needles caches keyNeedle: the tables are fixed and asked for every word
// of every question.
var needles sync.Map

// keyNeedle returns a vocabulary key cut into words as a question is, so
// that "famille d'accueil" is found as "famille accueil".
func keyNeedle(k string) string {
	if n, ok := needles.Load(k); ok {
		return n.(string)
	}
	n := " " + strings.Join(Words(strings.ReplaceAll(k+" ", "'s ", "s ")), " ") + " "
	needles.Store(k, n)
	return n
}
