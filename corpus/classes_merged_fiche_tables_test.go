package corpus_test

// Fiches laid out as word processor tables (.docx and .odt) whose first
// row, one cell merged across the columns, names the fiche ("FICHE ACTION
// N° 1 – …", "Fiche-action n°2 : …", "ACTION 1 – …"), their fields in
// label | value rows below, a cell's list as paragraphs that each open on
// a dash, and the calendar cell as several "what : when" items on one
// line set apart by dashes.

import (
	"testing"

	"schemabot/corpus"
)

func TestMergedFicheTablesClass(t *testing.T) {
	type fiche struct {
		id, title string
		axis      int
		partners  []string
		actions   []string
		due       []due
	}
	want := []fiche{
		{"1", "Ouvrir des permanences de puéricultrices dans les bourgs", 1,
			[]string{"Caisse d'allocations familiales", "Communautés de communes", "Sages-femmes libérales"},
			[]string{"Installer six permanences itinérantes", "Former les puéricultrices à l'entretien motivationnel"},
			[]due{{"Premières permanences", "mars 2026", "2026-03-01", "2026-03-31"},
				{"Couverture des six bourgs", "2027", "2027-01-01", "2027-12-31"},
				{"Bilan", "2028", "2028-01-01", "2028-12-31"}}},
		{"2", "Renforcer l'accueil d'urgence des adolescents", 1,
			[]string{"Maisons d'enfants à caractère social", "Pédopsychiatrie du centre hospitalier"},
			[]string{"Ouvrir une unité d'accueil d'urgence de huit places", "Créer une astreinte éducative de nuit", "1,2 M€ par an"},
			// A recurring step has no date, and stays a step of its own.
			[]due{{"Unité d'urgence", "2e semestre 2026", "2026-07-01", "2026-12-31"},
				{"Astreinte de nuit", "dès 2027", "2027-01-01", "2030-12-31"},
				{"Revue des admissions", "chaque année", "0001-01-01", "0001-01-01"}}},
		{"3", "Préparer la sortie des jeunes majeurs", 2,
			[]string{"Mission locale", "Bailleurs sociaux"},
			[]string{"Réserver des logements passerelles", "Tenir un entretien d'autonomie à 17 ans"},
			// A dash inside a step's label is no step of its own.
			[]due{{"Conventions Département – bailleurs", "2026", "2026-01-01", "2026-12-31"},
				{"Logements passerelles", "2027-2028", "2027-01-01", "2028-12-31"}}},
	}
	items := func(f corpus.Field) []string {
		var out []string
		for _, it := range f.Items {
			out = append(out, it.Text)
		}
		return out
	}
	for _, ext := range []string{".docx", ".odt"} {
		t.Run(ext, func(t *testing.T) {
			d := loadClass(t, "haute-verdance-fiches-tableaux-2026-2030"+ext)
			if len(d.Fiches) != len(want) {
				t.Fatalf("%d fiches, want %d", len(d.Fiches), len(want))
			}
			for i, w := range want {
				f := &d.Fiches[i]
				if f.ID != w.id || f.Title != w.title || f.AxisNumber != w.axis {
					t.Errorf("fiche %d: %q %q axis %d, want %q %q axis %d", i, f.ID, f.Title, f.AxisNumber, w.id, w.title, w.axis)
				}
				if f.Pilots.Empty() {
					t.Errorf("fiche %s: no pilot", w.id)
				}
				fieldsAre(t, w.id,
					fieldWant{"partners", items(f.Partners), w.partners},
					fieldWant{"actions", items(f.Actions), w.actions})
				milestonesAre(t, w.id, f.Milestones, w.due)
			}
		})
	}
}
