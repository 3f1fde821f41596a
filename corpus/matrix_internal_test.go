package corpus

import (
	"strings"
	"testing"
)

// The rows of a matrix read in content order take back the columns the
// same page has laid out; other lines stay as they were.
func TestKeepMatrixColumns(t *testing.T) {
	layout := "Légende : P = pilote ; A = associé\n" +
		"  Fiche   Intitulé          DEF   PMI   CAF   ARS\n" +
		"   1.1    Parentalité             P     A\n" +
		"   1.2    Urgence           P                 A\n"
	raw := "Légende : P = pilote ; A = associé\nFiche Intitulé DEF PMI CAF ARS\n1.1 Parentalité P A\n1.2 Urgence P A\nFiche 1.1 — Ateliers\n"
	got := strings.Split(string(keepMatrixColumns([]byte(raw), []byte(layout))), "\n")
	if got[2] != "   1.1    Parentalité             P     A" || got[4] != "Fiche 1.1 — Ateliers" {
		t.Errorf("lines %q", got)
	}
	rows := responsibilityMatrix(got)
	if r := rows["1.2"]; strings.Join(r.pilots, "|") != "DEF" || strings.Join(r.partners, "|") != "ARS" {
		t.Errorf("row 1.2 %+v", r)
	}
	if out := keepMatrixColumns([]byte(raw), []byte("no matrix\n")); string(out) != raw {
		t.Errorf("text without a matrix changed: %q", out)
	}
}
