package corpus_test

import (
	"strings"
	"testing"

	"schemabot/corpus"
)

// Pilots and partners given only in a responsibility matrix, fiches as
// rows and actors' acronyms as columns, are the fiches' own: the legend
// says which letter makes a pilot, the column which actor it is, and the
// glossary what the acronym stands for.
func TestResponsibilityMatrix(t *testing.T) {
	d := loadClass(t, "meuse-matrice-roles.txt")
	for _, tc := range []struct{ fiche, pilots, partners string }{
		{"1.1", "PMI (Protection maternelle et infantile)|CAF", "MDS (Maison départementale des solidarités)"},
		{"1.2", "DEF", "PJJ|ML"},
		{"2.1", "DEF", "MDS (Maison départementale des solidarités)|ML"},
	} {
		f := d.Fiche(tc.fiche)
		if f == nil {
			t.Fatalf("no fiche %s", tc.fiche)
		}
		if got := strings.Join(f.Pilots.Texts(), "|"); got != tc.pilots {
			t.Errorf("fiche %s: pilots %q, want %q", tc.fiche, got, tc.pilots)
		}
		if got := strings.Join(f.Partners.Texts(), "|"); got != tc.partners {
			t.Errorf("fiche %s: partners %q, want %q", tc.fiche, got, tc.partners)
		}
	}
	if len(d.Warnings) != 0 {
		t.Errorf("warnings %q: the matrix names every pilot", d.Warnings)
	}
}

// A row of letters one space apart (text read in content order) says no
// actor, and a table of figures under acronyms is no matrix.
func TestNoMatrix(t *testing.T) {
	for name, text := range map[string]string{
		"columns lost":     "Fiche DEF PMI CAF ARS\n1.1 Parentalité P A A\n\nFiche 1.1 — Ateliers\nObjectif : Rompre l'isolement.\n",
		"figures":          "Année       DEF    PMI    CAF    ARS\n2024        12     30     4      7\n\nFiche 1.1 — Ateliers\nObjectif : Rompre l'isolement.\n",
		"table of figures": "| Fiche | DEF | PMI | CAF | ARS |\n| --- | --- | --- | --- | --- |\n| 1.1 Ateliers | 12 | 30 | 4 | 7 |\n| 1.2 Accueil | 3 | 5 | 1 | 2 |\n\nFiche 1.1 — Ateliers\nObjectif : Rompre l'isolement.\n",
	} {
		d, err := corpus.Parse("x", "x.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if f := d.Fiche("1.1"); f == nil || !f.Pilots.Empty() {
			t.Errorf("%s: fiche %+v, want one without pilots", name, f)
		}
	}
}
