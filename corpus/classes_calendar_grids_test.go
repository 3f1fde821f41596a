package corpus_test

// A class of schémas typeset as one label | value table an action, its
// labels in the first column ("Indicateurs de suivi", "Résultats
// attendus" among them), whose calendar cell holds only a grid: one row a
// year, one column a part of the year (quarters T1…T4, half-years S1 S2,
// months), a mark ("X", "●", "✓", "■") in the parts the action runs in.
// The grid's header, the same on every action's page, is no running
// header, and its rows ("2026 X X") no heading that ends the action: the
// fields after the grid stay the action's. Each year row gives a
// milestone a run of neighbouring marked parts, dated by the columns the
// marks sit under; expected results, told after the objectives, are what
// the action is measured by. The fixture, typeset by LibreOffice, is
// written by haute-sauldre-questions-grilles.py.

import (
	"slices"
	"testing"

	"schemabot/corpus"
)

func TestCalendarGridsClass(t *testing.T) {
	needPdftotext(t)
	runClassCases(t, []classCase{{
		file:   "haute-sauldre-grilles-echeancier.pdf",
		why:    "a year by period grid in a calendar cell gives one milestone a run of marked periods; the fields after it stay the action's, expected results its indicators",
		fiches: []string{"1.1", "1.2", "2.1", "2.2"},
		want: []readFiche{
			{id: "1.1", title: "Créer une plateforme d'accueil d'urgence pour les adolescents",
				pilots:     []string{"Direction de l'enfance – Service de l'accueil"},
				partners:   []string{"Association Horizon Sauldre", "Tribunal judiciaire de Sauldreville"},
				objectives: []string{"Trouver une place adaptée dans la journée.", "Supprimer l'hébergement à l'hôtel."},
				indicators: []string{"Délai moyen entre la décision et l'arrivée dans un lieu adapté", "Nombre de nuitées hôtelières", "Aucune nuitée à l'hôtel à la fin du schéma"}},
			{id: "1.2",
				objectives: []string{"Repérer plus tôt les enfants victimes."},
				indicators: []string{"Nombre de professionnels formés par an", "Six cents professionnels formés"}},
			{id: "2.1", indicators: []string{"Part des jeunes logés à leur sortie", "Quarante logements réservés"}},
			{id: "2.2", indicators: []string{"Nombre de participants à la journée", "Une journée tenue chaque année"}},
		},
	}}, func(t *testing.T, d *corpus.Document) {
		for _, tc := range []struct {
			id, why string
			want    []string // raw, start, end of each milestone
		}{
			{"1.1", "quarters marked X, a run then two quarters apart, a year with no mark",
				[]string{"T2 – T4 2026 2026-04-01 2026-12-31", "T1 2027 2027-01-01 2027-03-31", "T3 2027 2027-07-01 2027-09-30"}},
			{"1.2", "half-years marked ●",
				[]string{"S2 2026 2026-07-01 2026-12-31", "S1 – S2 2027 2027-01-01 2027-12-31"}},
			{"2.1", "quarters ticked ✓",
				[]string{"T1 – T2 2027 2027-01-01 2027-06-30", "T4 2028 2028-10-01 2028-12-31"}},
			{"2.2", "months marked ■",
				[]string{"Sept. – oct. 2026 2026-09-01 2026-10-31", "Nov. 2027 2027-11-01 2027-11-30"}},
		} {
			f := d.Fiche(tc.id)
			if f == nil {
				t.Fatalf("no fiche %s", tc.id)
			}
			var got []string
			for _, m := range f.Milestones {
				got = append(got, m.Raw+" "+m.Start.Format("2006-01-02")+" "+m.End.Format("2006-01-02"))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("fiche %s, %s: milestones %q, want %q", tc.id, tc.why, got, tc.want)
			}
		}
	})
}
