package corpus

import "testing"

func TestMergeNote(t *testing.T) {
	for _, tc := range []struct {
		note string
		want bool
	}{
		{"Mode d'emploi : lorsqu'un pilote est commun à plusieurs mesures, il n'est indiqué qu'une seule fois (cellules fusionnées dans le classeur d'origine).", true},
		{"Les cellules fusionnées du classeur ne sont renseignées que sur leur première ligne.", true},
		{"Note: merged cells are exported on their first row only.", true},
		{"Le porteur n'est pas répété sur chaque ligne.", true},
		// Sentences of the plan, no note on its cells.
		{"Les deux services ont fusionné en 2028.", false},
		{"Le comité de pilotage se réunit une seule fois par an.", false},
	} {
		if got := mergeNote(Fold(tc.note)); got != tc.want {
			t.Errorf("mergeNote(%q) = %v, want %v", tc.note, got, tc.want)
		}
	}
}
