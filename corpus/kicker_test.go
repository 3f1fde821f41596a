package corpus

import (
	"slices"
	"testing"
)

// A kicker names the axis and the fiche in whatever words and marks a
// layout uses; the fiche is its last number. Headings that name only one
// of them are no kickers.
func TestKicker(t *testing.T) {
	for _, tt := range []struct {
		line             string
		label, title     string
		axisWord, axisNo string
	}{
		{"AXE 3 · FICHE 7", "7", "", "AXE", "3"},
		{"Axe 2 – Fiche 5", "5", "", "Axe", "2"},
		{"ORIENTATION 1 / FICHE-ACTION 3", "3", "", "ORIENTATION", "1"},
		{"Orientation II | Fiche action n° 4", "4", "", "Orientation", "II"},
		{"Priorité 1 · Action 2 : Ouvrir un relais", "2", "Ouvrir un relais", "Priorité", "1"},
		{"FICHE ACTION N° 2.3 Orientation 2", "2.3", "", "Orientation", "2"},
		{"Fiche 7 · Axe stratégique III", "7", "", "Axe stratégique", "III"},
		{"Axe 1 – Prévenir les ruptures", "", "", "", ""},
		{"Fiche 4 – Axe 2 du schéma précédent", "", "", "", ""},
		{"Fiche 3 – Prévenir les ruptures", "", "", "", ""},
		{"Axe 2 – Fiche 5 et fiche 6 du schéma précédent", "", "", "", ""},
	} {
		fiche, axis := kicker(tt.line)
		if tt.label == "" {
			if fiche != nil || axis != nil {
				t.Errorf("%q: read as a kicker: %q %q", tt.line, fiche, axis)
			}
			continue
		}
		if !slices.Equal(fiche, []string{tt.label, tt.title}) || axis == nil || axis[1] != tt.axisWord || axis[2] != tt.axisNo {
			t.Errorf("%q: fiche %q axis %q, want %q %q under %s %s", tt.line, fiche, axis, tt.label, tt.title, tt.axisWord, tt.axisNo)
		}
	}
}
