package corpus_test

// A fiche page whose fields sit in a band on the right of the main column:
// the title on the left with the fiche's code on the right, the main
// column's labelled blocks under it, and the band's labels in capitals,
// each over its content. pdftotext -layout prints both columns on the same
// lines; the band is cut off at its column and its labels read as the
// fiche's fields, one item a line, wrapped items mended.

import (
	"slices"
	"testing"

	"schemabot/corpus"
)

func TestSidebarFieldsClass(t *testing.T) {
	for _, tc := range []struct {
		file   string
		why    string
		fiches []string
		want   []readFiche
		// calendar is each fiche's calendar items, in order.
		calendar map[string][]string
	}{
		{
			file:   "testdata/classes/haute-saone-bandeau-droite.txt",
			why:    "the code at the right of the title heads the fiche; the band's labels (pilot, partners, deadlines, indicators) open its fields and its wrapped lines are mended into their items",
			fiches: []string{"E1", "E2", "F1"},
			want: []readFiche{
				{id: "E1", title: "Créer un réseau de visiteuses à domicile",
					pilots:     []string{"Cheffe du service de PMI, Direction de l'enfance"},
					partners:   []string{"CAF de la Haute-Saône", "Maternité de Vesoul", "Sages-femmes libérales"},
					objectives: []string{"Rendre visite à chaque famille dans le mois qui suit la naissance.", "Repérer tôt les difficultés du lien."},
					actions:    []string{"Recruter quatre visiteuses à domicile.", "Signer une convention avec la maternité."},
					indicators: []string{"Nombre de visites réalisées", "Part des familles visitées dans le mois"}},
				{id: "E2", title: "Ouvrir deux maisons des parents et animer les cafés des familles",
					pilots:     []string{"Responsable du pôle Prévention"},
					partners:   []string{"Centres sociaux de Lure et de Gray", "Union départementale des associations familiales (UDAF)"},
					indicators: []string{"Fréquentation des maisons des parents", "Nombre de cafés des familles"}},
				{id: "F1", title: "Accompagner les jeunes majeurs vers le logement",
					pilots:     []string{"Chef du service Jeunes majeurs"},
					partners:   []string{"Mission locale", "Bailleurs sociaux", "Foyer de jeunes travailleurs"},
					actions:    []string{"Réserver dix logements passerelles."},
					indicators: []string{"Nombre de jeunes logés à la sortie"}},
			},
			calendar: map[string][]string{
				"E1": {"Réseau en place en mars 2025", "Convention signée fin 2024"},
				"E2": {"Maisons ouvertes en septembre 2026"},
				"F1": {"Dix logements réservés en 2027"},
			},
		},
	} {
		t.Run(tc.file, func(t *testing.T) {
			d := loadReadFiches(t, tc.file, tc.fiches, tc.want)
			for id, want := range tc.calendar {
				if f := d.Fiche(id); f == nil || !slices.Equal(f.Calendar.Texts(), want) {
					t.Errorf("fiche %s: calendar %v, want %q", id, calendarOf(f), want)
				}
			}
			if t.Failed() {
				t.Logf("the rule: %s", tc.why)
			}
		})
	}
}

// calendarOf returns a fiche's calendar items, nil for no fiche.
func calendarOf(f *corpus.Fiche) []string {
	if f == nil {
		return nil
	}
	return f.Calendar.Texts()
}
