package retrieval

import "testing"

// Verbs say what people do ("les jeunes qui restent", "obtenir"); nouns say
// what they ask for ("un budget", "le téléphone", "le métier").
func TestVerbForm(t *testing.T) {
	for _, tt := range []struct {
		word string
		verb bool
	}{
		{"restent", true},
		{"démarrent", true},
		{"demarrent", true},
		{"accueillent", true},
		{"regardaient", true},
		{"obtenir", true},
		{"monter", true},
		{"finissent", true},
		{"foyer", false},
		{"métier", false},
		{"couloir", false},
		{"budget", false},
		{"téléphone", false},
		{"président", false},
		{"salaire", false},
	} {
		if got := VerbForm(tt.word); got != tt.verb {
			t.Errorf("VerbForm(%q) = %v, want %v", tt.word, got, tt.verb)
		}
	}
}
