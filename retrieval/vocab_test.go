package retrieval

import (
	"slices"
	"strings"
	"testing"

	"schemabot/corpus"
)

// The embedded tables load, and a malformed or duplicated line is refused
// with its line number.
func TestVocabularyTables(t *testing.T) {
	if len(english) < 300 || len(abbreviations) < 10 {
		t.Fatalf("tables too small: %d english, %d abbreviations", len(english), len(abbreviations))
	}
	if english["foster carers"] != "assistants familiaux" || abbreviations["prev spe"] != "prévention spécialisée" {
		t.Errorf("entries lost: %q %q", english["foster carers"], abbreviations["prev spe"])
	}
	if !strings.Contains(abbreviations["sante mentale"], "psychique") {
		t.Errorf("the trade's synonyms are not loaded: %q", abbreviations["sante mentale"])
	}
	if english["plan"] != "" {
		t.Errorf("a word naming the documents translates to nothing, got %q", english["plan"])
	}
	data, _ := vocabFS.ReadFile("vocab/stopwords.txt")
	seen := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if seen[line] {
			t.Errorf("stopwords.txt lists %q twice", line)
		}
		seen[line] = true
	}
	for _, bad := range []string{"no separator", "= no key", "a = b\na = c"} {
		if _, err := parseTable(bad); err == nil || !strings.Contains(err.Error(), "line") {
			t.Errorf("%q: err = %v, want one naming the line", bad, err)
		}
	}
}

// A synonym read in a question keeps the words typed as an alternative:
// a schéma that never says "majorité" may still print "après 18 ans".
func TestSynonymsKeepTheWordsTyped(t *testing.T) {
	for _, tt := range []struct{ question, want string }{
		{"les jeunes majeurs après 18 ans ?", "18 ans"},
		{"indicateurs pour les enfants placés", "enfants places"},
		{"qui pilote le retour en famille ?", "retour en famille"},
	} {
		found, _ := Abbreviations(corpus.Fold(tt.question))
		if !slices.ContainsFunc(found, func(f string) bool { return slices.Contains(strings.Split(corpus.Fold(f), " | "), tt.want) }) {
			t.Errorf("Abbreviations(%q) = %q, want %q among the alternatives", tt.question, found, tt.want)
		}
	}
}
