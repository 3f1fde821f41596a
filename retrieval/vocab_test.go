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

// An entry whose words are elided ("famille d'accueil", "child's
// project") is found in a question as the question's words are cut, the
// elision dropped.
func TestEntriesWithElisionsAreFound(t *testing.T) {
	for _, tt := range []struct{ question, want string }{
		{"qui recrute les familles d'accueil ?", "assistants familiaux"},
		{"les foyers d’urgence en Isère", "accueil d'urgence"},
		{"une famille d'accueil pour un bébé", "assistant familial"},
	} {
		found, _ := Abbreviations(corpus.Fold(tt.question))
		if !slices.ContainsFunc(found, func(f string) bool { return slices.Contains(strings.Split(corpus.Fold(f), " | "), tt.want) }) {
			t.Errorf("Abbreviations(%q) = %q, want %q among the alternatives", tt.question, found, tt.want)
		}
	}
	for _, tt := range []struct{ question, want string }{
		{"what does the child's project contain?", "projet pour l'enfant"},
		{"who sits on the users' committee?", "comite des usagers"},
		{"when does the Court of Appeal hear them?", "cour d'appel"},
	} {
		found, _ := Translations(tt.question)
		if !slices.ContainsFunc(found, func(f string) bool { return strings.Contains(corpus.Fold(f), tt.want) }) {
			t.Errorf("Translations(%q) = %q, want %q", tt.question, found, tt.want)
		}
	}
}
