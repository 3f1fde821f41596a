package corpus_test

// A scanned schéma read by an OCR engine: its labels misread ("PiIote",
// "lndicateurs", "CaIendrier"), its figures too ("2O27", "l37", "3l2"),
// and its fiches headed by their number alone, an axis line and an
// underline, the title in the first row of the table ("Intitulé",
// "Libellé"), on the label's line or on the indented lines below.

import (
	"context"
	"strings"
	"testing"

	"schemabot/corpus"
)

func TestClassOCRTitleRows(t *testing.T) {
	d, err := corpus.LoadFile(context.Background(), "testdata/classes/haute-lirance-ocr-intitules.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(d); got != "1 2 3" {
		t.Fatalf("fiches %q, want 1 2 3", got)
	}
	for _, c := range []struct {
		title string
		want  wantFiche
	}{
		{"Ouvrir des permanences de puériculture dans les bourgs de montagne",
			wantFiche{id: "1", axis: "Axe 1", pilot: "Service départemental de PMI", calendar: "Septembre 2027",
				objective: "Rapprocher la puériculture des familles isolées", ind: "Nombre de familles reçues", diagnostic: "41 % des familles"}},
		{"Former les assistants familiaux à l'accueil et à l'accompagnement des tout-petits",
			wantFiche{id: "2", axis: "Axe 1", pilot: "Service de l'accueil familial", calendar: "Juin 2028",
				diagnostic: "312 assistants familiaux ; 16 d'entre eux"}},
		{"Créer un répertoire des lieux d'écoute pour les parents",
			wantFiche{id: "3", axis: "Axe 1", pilot: "Mission parentalité", calendar: "Décembre 2026",
				objective: "Faire connaître les lieux d'écoute"}},
	} {
		t.Run(c.want.id, func(t *testing.T) {
			f := d.Fiche(c.want.id)
			if f == nil {
				t.Fatalf("no fiche %s", c.want.id)
			}
			if f.Title != c.title {
				t.Errorf("title %q, want %q", f.Title, c.title)
			}
			checkFiche(t, d, c.want)
			if len(f.Milestones) == 0 {
				t.Errorf("no milestone read from %v", f.Calendar.Items)
			}
		})
	}
	// The figures of the running text read as the scan printed them.
	var text strings.Builder
	for _, s := range d.Sections {
		text.WriteString(s.Text + "\n")
	}
	for _, want := range []string{"137 jeunes", "En 2024, la cellule", "pour la période 2026-2030 les priorités", "de l'enfance"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("narrative lacks %q:\n%s", want, text.String())
		}
	}
}
