package retrieval

import "testing"

// A plural stems as its singular, irregular ones included: a question
// about "les lieux de visite" finds "un lieu de visite", one about "les
// enjeux" the schéma's "enjeu 2".
func TestPluralsStemAsSingular(t *testing.T) {
	for _, tt := range []struct{ plural, singular string }{
		{"lieux", "lieu"},
		{"enjeux", "enjeu"},
		{"milieux", "milieu"},
		{"travaux", "travail"},
		{"visites", "visite"},
		{"familiaux", "familial"},
	} {
		if p, s := Stem(tt.plural), Stem(tt.singular); p != s {
			t.Errorf("Stem(%q) = %q, Stem(%q) = %q: want the same", tt.plural, p, tt.singular, s)
		}
	}
	// An adjective in "-eux" is no plural of a noun in "-eu".
	if Stem("heureux") == "heureu" || Stem("deux") == Stem("de") {
		t.Errorf("heureux/deux stem as %q/%q", Stem("heureux"), Stem("deux"))
	}
}
