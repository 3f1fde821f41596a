package corpus_test

// A list of the axes laid out as a table, each row the axis word, its
// number and its title with no mark between them: a wide gap in a text
// export, a single space in pdftotext's raw text, where the fiches the row
// names in brackets ("(fiches 4 à 5)") tell it from a sentence. The fiches
// printed afterwards, under no axis heading, belong where the rows say.

import (
	"context"
	"testing"

	"schemabot/corpus"
)

func TestClassAxisRows(t *testing.T) {
	d, err := corpus.LoadFile(context.Background(), "testdata/classes/val-de-serre-axes-en-tableau.txt")
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, a := range d.Axes {
		titles = append(titles, a.Label())
	}
	want := []string{
		"Axe 1 : Accompagner les familles dès la naissance",
		"Axe 2 : Protéger sans délai les enfants en danger",
		"Axe 3 : Préparer la sortie des jeunes majeurs",
	}
	if len(titles) != len(want) {
		t.Fatalf("axes %q, want %q", titles, want)
	}
	for i := range want {
		if titles[i] != want[i] {
			t.Errorf("axis %d is %q, want %q", i+1, titles[i], want[i])
		}
	}
	for id, axis := range map[string]int{"1": 1, "2": 1, "4": 3, "5": 3} {
		f := d.Fiche(id)
		if f == nil {
			t.Fatalf("no fiche %s", id)
		}
		if f.AxisNumber != axis {
			t.Errorf("fiche %s under axis %d (%q), want %d", id, f.AxisNumber, f.Axis, axis)
		}
	}
}
