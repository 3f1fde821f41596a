package corpus

import (
	"slices"
	"strings"
	"testing"
)

func TestUnfoldOutline(t *testing.T) {
	tree := "Schéma 2026\n" +
		"\tAxe 1 – Prévenir\n" +
		"\t\tFiche 1 – Ouvrir\n" +
		"\t\t\tPilote\n\t\t\t\tService PMI\n" +
		"\t\t\tPartenaires\n\t\t\t\tCAF\n\t\t\t\tMSA\n" +
		"\t\t\tÉchéance : 2027\n" +
		"\t\tFiche 2 – Former\n" +
		"\t\t\tPilote : Service ASE\n" +
		"\tSigles\n\t\tCAF\n\t\t\tCaisse d'allocations familiales\n"
	want := []string{"# Schéma 2026", "## Axe 1 – Prévenir", "### Fiche 1 – Ouvrir", "Pilote : Service PMI", "Partenaires", "- CAF", "- MSA",
		"Échéance : 2027", "### Fiche 2 – Former", "Pilote : Service ASE", "## Sigles", "CAF : Caisse d'allocations familiales"}
	var got []string
	for _, l := range unfoldOutline(strings.Split(tree, "\n")) {
		if l != "" {
			got = append(got, l)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	for name, text := range map[string]string{
		"a few indented lines":        "Titre\n\tune adresse\n\tune ville\nSuite",
		"a level skipped":             strings.Replace(tree, "\t\t\tPilote\n", "\t\t\t\t\tPilote\n", 1),
		"a table with tabs inside":    strings.Replace(tree, "\t\t\t\tCAF\n", "\t\t\t\tCAF\t12\n", 1),
		"an indented text at the top": "\t" + tree,
	} {
		lines := strings.Split(text, "\n")
		if got := unfoldOutline(slices.Clone(lines)); !slices.Equal(got, lines) {
			t.Errorf("%s: changed to %q", name, got)
		}
	}
}
