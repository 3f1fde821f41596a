package corpus_test

import (
	"strings"
	"testing"
)

// Orientations named by a code in the action table ("AX1") take the title
// a block of the sheet gives that code.
func TestCodedOrientations(t *testing.T) {
	d := loadClass(t, "indre-et-loire-orientations-codees.csv")
	var axes []string
	for _, a := range d.Axes {
		axes = append(axes, a.Label())
	}
	want := "Orientation 1 : Soutenir les parents dès la naissance|Orientation 2 : Sécuriser les parcours des enfants confiés"
	if got := strings.Join(axes, "|"); got != want {
		t.Errorf("axes %q, want %q", got, want)
	}
	for id, axis := range map[string]string{"1": "Orientation 1 : Soutenir les parents dès la naissance", "2": "Orientation 1 : Soutenir les parents dès la naissance", "3": "Orientation 2 : Sécuriser les parcours des enfants confiés"} {
		f := d.Fiche(id)
		if f == nil {
			t.Fatalf("no fiche %s", id)
		}
		if f.Axis != axis {
			t.Errorf("fiche %s under %q, want %q", id, f.Axis, axis)
		}
	}
}

// A key figure whose unit has a column of its own reads with its unit and
// its source.
func TestFiguresWithUnits(t *testing.T) {
	d := loadClass(t, "indre-et-loire-orientations-codees.csv")
	text := strings.Join(d.Lines, "\n")
	for _, want := range []string{
		"Enfants confiés à l'ASE : 1 210 enfants (Direction enfance)",
		"Part des mesures judiciaires : 81,5% (ODPE)",
		"Âge moyen des assistants familiaux : 55,2 ans (Service accueil familial)",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("no line %q in\n%s", want, text)
		}
	}
}
