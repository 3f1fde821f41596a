package corpus_test

// A schéma printed as a brochure in two columns of running text, with a
// full-width summary table at the end (which makes the document read as
// laid out). pdftotext -layout prints both columns side by side on each
// line, so a fiche's title, pilot and paragraphs are interleaved with the
// other column's. The page's gutter is found and each column read top to
// bottom, the left one first; the fiches flow across columns and pages.

import (
	"slices"
	"strings"
	"testing"

	"schemabot/corpus"
)

func TestTwoColumnBrochureClass(t *testing.T) {
	needPdftotext(t)
	for _, tc := range []struct {
		file   string
		why    string
		fiches []string
		want   []readFiche
		// calendar is each fiche's calendar items, in order.
		calendar map[string][]string
		// prose is a fiche's paragraph that must read in order, with its
		// figures.
		prose map[string]string
	}{
		{
			file:   "testdata/classes/val-d-arvenne-deux-colonnes.pdf",
			why:    "a page in two columns is read column by column: each fiche's pilot, partners, objectives, actions and indicators are its own, not the other column's",
			fiches: []string{"1", "2", "3", "4"},
			want: []readFiche{
				{id: "1",
					pilots:     []string{"Service de protection maternelle et infantile"},
					partners:   []string{"Caisse d'allocations familiales, crèches associatives, centres sociaux"},
					objectives: []string{"Offrir un répit de quelques heures aux parents isolés", "Prévenir les placements liés à l'épuisement parental"},
					actions:    []string{"1. Ouvrir trois haltes-répit dans les bourgs-centres", "2. Former les accueillantes au repérage des signes de danger", "3. Proposer une permanence de puéricultrice dans chaque halte"},
					indicators: []string{"Nombre de familles accueillies en halte-répit", "Taux d'occupation des haltes"}},
				{id: "2",
					pilots:     []string{"Cellule départementale des informations préoccupantes"},
					partners:   []string{"Parquet de Valmorin, Éducation nationale, gendarmerie"},
					actions:    []string{"1. Recruter quatre évaluateurs supplémentaires", "2. Créer un binôme d'évaluation dans chaque maison des solidarités", "3. Mettre en place un tableau de bord mensuel des délais"},
					indicators: []string{"Délai moyen d'évaluation", "Part des émetteurs informés des suites"}},
				{id: "3",
					pilots:     []string{"Direction de l'enfance et des familles"},
					partners:   []string{"Association Les Tilleuls, mairie de Pradelle, agence régionale de santé"},
					indicators: []string{"Nombre d'enfants accueillis à moins de trente kilomètres", "Durée moyenne du séjour d'urgence"}},
				{id: "4",
					pilots:  []string{"Mission insertion des jeunes"},
					actions: []string{"1. Signer un contrat jeune majeur avec chaque jeune de dix-sept ans", "2. Réserver vingt logements passerelles chez les bailleurs sociaux"}},
			},
			calendar: map[string][]string{
				"1": {"septembre 2026"},
				"2": {"décembre 2025"},
				"3": {"juin 2027"},
				"4": {"2028"},
			},
			prose: map[string]string{
				"2": "Le délai moyen d'évaluation atteint 4,5 mois en 2024, bien au-delà des trois mois prévus par la loi. Les équipes ont évalué 2 087 informations préoccupantes, soit une hausse de 11 % en deux ans",
				"3": "Faute de place, 64 enfants ont été accueillis en urgence à plus de quatre-vingts kilomètres de leur domicile en 2024.",
			},
		},
	} {
		t.Run(tc.file, func(t *testing.T) {
			d := loadReadFiches(t, tc.file, tc.fiches, tc.want)
			for id, want := range tc.calendar {
				f := d.Fiche(id)
				if f == nil || !slices.Equal(calendarRaw(f.Milestones), want) {
					t.Errorf("fiche %s: calendar %v, want %q", id, calendarRawOf(f), want)
				}
			}
			for id, want := range tc.prose {
				f := d.Fiche(id)
				if f == nil || !strings.Contains(strings.Join(strings.Fields(d.Text(f.Span)), " "), want) {
					t.Errorf("fiche %s: no paragraph %q", id, want)
				}
			}
			if t.Failed() {
				t.Logf("the rule: %s", tc.why)
			}
		})
	}
}

// calendarRawOf returns a fiche's time expressions, nil for no fiche.
func calendarRawOf(f *corpus.Fiche) []string {
	if f == nil {
		return nil
	}
	return calendarRaw(f.Milestones)
}

// calendarRaw returns the time expressions of milestones as written.
func calendarRaw(ms []corpus.Milestone) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Raw)
	}
	return out
}
