package corpus_test

// Conversion habits many départements' files share, each with a fixture
// of its own in testdata/classes: a Word report's label | value tables as
// pdftotext -raw prints them (a label wrapped in its narrow cell, a value
// cell opening on a bullet on the label's line, a title row cut just
// before a name, a fiche's table going on under its title repeated on the
// next page), and the backslash escapes of an online .docx to markdown
// converter.

import (
	"strings"
	"testing"
)

func TestConvertedTableClasses(t *testing.T) {
	for _, tc := range []struct {
		file   string
		why    string
		fiches []string
		want   []readFiche
	}{
		{
			file:   "vendee-tableau-libelles-coupes.txt",
			why:    "a label wrapped in its cell is one label, a value cell may open on a bullet, a title cut before a name goes on below",
			fiches: []string{"1.1", "1.2"},
			want: []readFiche{
				{id: "1.1", title: "Ouvrir une maison des familles à La Roche-sur-Yon",
					pilots:     []string{"Service de la parentalité – Direction de l’enfance"},
					objectives: []string{"Offrir un lieu d’écoute ouvert six jours sur sept", "Toucher 800 familles par an"},
					actions:    []string{"Aménager les locaux prêtés par la commune", "Recruter deux conseillères familiales"},
					indicators: []string{"Nombre de familles accueillies", "Part des familles revenues au moins deux fois"}},
				{id: "1.2", title: "Former au repérage des violences les puéricultrices et les médecins de la PMI",
					pilots:     []string{"Service de PMI"},
					objectives: []string{"Former toutes les puéricultrices en trois ans"},
					actions:    []string{"Organiser quatre sessions de formation par an", "Diffuser un guide de repérage"},
					indicators: []string{"Nombre de professionnels formés"}},
			},
		},
		{
			file:   "yvelines-echappements-convertisseur.md",
			why:    "a converter's backslash escapes are the characters alone",
			fiches: []string{"1", "2"},
			want: []readFiche{
				{id: "1", title: "Ouvrir des lieux d'accueil parents-enfants",
					pilots:     []string{"Service de PMI"},
					indicators: []string{"Nombre de lieux ouverts", "Nombre de familles accueillies"}},
				{id: "2", title: "Réduire les délais d'évaluation (CRIP)",
					indicators: []string{"Délai moyen d'évaluation"}},
			},
		},
	} {
		t.Run(tc.file, func(t *testing.T) {
			d := loadClass(t, tc.file)
			var ids []string
			for _, f := range d.Fiches {
				ids = append(ids, f.ID)
			}
			if strings.Join(ids, ",") != strings.Join(tc.fiches, ",") {
				t.Fatalf("%s: fiches %v, want %v", tc.why, ids, tc.fiches)
			}
			for _, w := range tc.want {
				checkReadFiche(t, d, w)
			}
			for _, f := range d.Fiches {
				if len(f.Partners.Texts()) != 1 {
					t.Errorf("fiche %s: partners %q, want one cell", f.ID, f.Partners.Texts())
				}
			}
		})
	}
}

// TestConverterEscapes checks what the escapes hid besides the fiches:
// the period on the cover ("2025 \- 2029"), the numbered chapters, the
// table of figures.
func TestConverterEscapes(t *testing.T) {
	d := loadClass(t, "yvelines-echappements-convertisseur.md")
	if got := d.Period(); got != "2025-2029" {
		t.Errorf("period %q, want 2025-2029", got)
	}
	var texts []string
	for _, s := range d.Sections {
		texts = append(texts, s.Heading)
		for _, p := range s.Paragraphs {
			texts = append(texts, p.Text)
		}
	}
	all := strings.Join(texts, "\n")
	for _, want := range []string{"Les Yvelines en chiffres", "Enfants confiés à l'ASE au 31/12/2023 : 2 310"} {
		if !strings.Contains(all, want) {
			t.Errorf("sections lack %q:\n%s", want, all)
		}
	}
	if strings.Contains(all, `\`) {
		t.Errorf("an escape is left in the sections:\n%s", all)
	}
}
