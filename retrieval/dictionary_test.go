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
		{"affichées", true},
		{"sert", true},
		{"finies", true},
		{"vit", true},
		{"met", true},
		{"dort", true},
		{"droit", false},
		{"budget", false},
		{"foyer", false},
		{"métier", false},
		{"couloir", false},
		{"téléphone", false},
		{"président", false},
		{"salaire", false},
	} {
		if got := VerbForm(tt.word); got != tt.verb {
			t.Errorf("VerbForm(%q) = %v, want %v", tt.word, got, tt.verb)
		}
	}
}

// The feminine of a participle or noun meets its masculine, typed with or
// without accents: "enfants confiés" and "mesures confiées".
func TestFeminineStems(t *testing.T) {
	for _, forms := range [][]string{
		{"confié", "confiés", "confiée", "confiées", "confiees", "confiee"},
		{"renforcé", "renforcés", "renforcée", "renforcées", "renforcee"},
		{"placé", "placés", "placée", "placées", "placees"},
		{"année", "années", "annees"},
	} {
		for _, f := range forms[1:] {
			if Stem(f) != Stem(forms[0]) {
				t.Errorf("Stem(%q) = %q, Stem(%q) = %q: want the same", f, Stem(f), forms[0], Stem(forms[0]))
			}
		}
	}
}
