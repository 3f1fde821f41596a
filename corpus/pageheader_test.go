package corpus

import (
	"slices"
	"strings"
	"testing"
)

// pagesOf joins pages as a conversion that keeps page breaks prints them.
func pagesOf(pages ...string) []string {
	return strings.Split(strings.Join(pages, "\n\f"), "\n")
}

func TestLiftHeaderFiches(t *testing.T) {
	fiche := func(ref, title string) string {
		return "Bien vivre ensemble 2026 Axe 1 " + ref + "\n" + title + "\nPilote : Service ASE"
	}
	for _, tc := range []struct {
		name  string
		lines []string
		// lifted are the references expected alone on a line, nil when
		// the lines must come back unchanged.
		lifted []string
	}{
		{"references in the running header", pagesOf("Couverture", fiche("FICHE 1.1", "Ouvrir"), fiche("FICHE 1.2", "Former"), fiche("Fiche action n°2.1", "Créer")),
			[]string{"FICHE 1.1", "FICHE 1.2", "Fiche action n°2.1"}},
		{"the same reference on every page is fixed text", pagesOf(fiche("Fiche 1", "Ouvrir"), fiche("Fiche 1", "Former"), fiche("Fiche 1", "Créer")), nil},
		{"two pages are too few", pagesOf(fiche("FICHE 1.1", "Ouvrir"), fiche("FICHE 1.2", "Former")), nil},
		{"headers that share no running text", pagesOf("Un FICHE 1.1\nOuvrir", "Deux FICHE 1.2\nFormer", "Trois FICHE 1.3\nCréer"), nil},
		{"a body with its own heading keeps it", pagesOf(fiche("FICHE 1.1", "Fiche 1.1 : Ouvrir"), fiche("FICHE 1.2", "Fiche 1.2 : Former"), fiche("FICHE 1.3", "Fiche 1.3 : Créer")), nil},
		{"empty", nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := liftHeaderFiches(slices.Clone(tc.lines))
			if tc.lifted == nil {
				if !slices.Equal(got, tc.lines) {
					t.Fatalf("changed:\n%q", got)
				}
				return
			}
			for _, ref := range tc.lifted {
				i := slices.Index(got, ref)
				if i < 1 || strings.HasSuffix(got[i-1], ref) {
					t.Errorf("%q not alone under its header:\n%q", ref, got)
				}
			}
		})
	}
}
