package corpus_test

// A brochure typeset in a page-layout program, each fiche's fields in
// boxes placed around the page: a narrow column of labelled boxes
// (porteur, acteurs associés, indicateurs) beside the main column that
// holds the fiche's heading, title, objectives and actions, and a
// timeline box of years under it. The content order prints the boxes
// before the fiche's heading, so they went to the fiche before, and the
// layout reading runs the porteur box into the title's lines. The page is
// read from the blocks pdftotext places on it: the main column first,
// then each box whole, its pictogram left out of its label, and the
// timeline year by year, each year with what happens then.

import (
	"slices"
	"testing"
)

func TestBoxedBrochureClass(t *testing.T) {
	needPdftotext(t)
	for _, tc := range []struct {
		file   string
		why    string
		fiches []string
		want   []readFiche
		// years is each fiche's calendar, the years as written.
		years map[string][]string
	}{
		{
			file:   "testdata/classes/haute-vallonne-encadres.pdf",
			why:    "a page of labelled boxes is read box by box: the main column with the fiche's heading first, then each side box whole, a box beside the title kept out of it, the timeline's years each with its cell",
			fiches: []string{"1", "2", "3"},
			want: []readFiche{
				{id: "1", title: "Ouvrir des lieux d'accueil parents-enfants dans chaque vallée",
					pilots:     []string{"Service de prévention précoce", "Pôle des solidarités"},
					partners:   []string{"Caisse d'allocations familiales", "Mutualité sociale agricole", "Centres sociaux ruraux"},
					objectives: []string{"Rompre l'isolement des parents de tout-petits", "Repérer tôt les familles qui ont besoin d'un soutien"},
					actions:    []string{"1. Ouvrir un lieu d'accueil itinérant dans les vallées", "2. Former les accueillants à l'écoute des parents"},
					indicators: []string{"Nombre de familles reçues", "Nombre de vallées couvertes"}},
				{id: "2", title: "Raccourcir l'attente d'une place en accueil d'urgence",
					pilots:     []string{"Direction de l'aide à l'enfance"},
					partners:   []string{"Foyer départemental de Bellerive", "Parquet de Monteval", "Associations d'accueil familial"},
					objectives: []string{"Trouver une place adaptée en moins de trois jours", "Supprimer les nuitées à l'hôtel"},
					indicators: []string{"Délai moyen avant une place", "Placements hors du département"}},
				{id: "3", title: "Préparer la sortie des jeunes majeurs avec un logement",
					pilots:   []string{"Mission jeunes adultes"},
					partners: []string{"Bailleurs sociaux de la vallée", "Mission locale de Monteval", "Foyer de jeunes travailleurs"},
					actions:  []string{"1. Signer des baux glissants avec les bailleurs", "2. Ouvrir une colocation accompagnée à Monteval"}},
			},
			years: map[string][]string{
				"1": {"2025", "2026", "2027", "2028"},
				"2": {"2025", "2026", "2027"},
				"3": {"2026", "2027", "2029"},
			},
		},
	} {
		t.Run(tc.file, func(t *testing.T) {
			d := loadReadFiches(t, tc.file, tc.fiches, tc.want)
			for id, want := range tc.years {
				if f := d.Fiche(id); f == nil || !slices.Equal(calendarRaw(f.Milestones), want) {
					t.Errorf("fiche %s: calendar %v, want %q", id, calendarRawOf(f), want)
				}
			}
			if t.Failed() {
				t.Logf("the rule: %s", tc.why)
			}
		})
	}
}
