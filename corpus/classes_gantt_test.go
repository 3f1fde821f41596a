package corpus_test

// A fiche converted from a word processor to markdown (pandoc from a
// DOCX) gives its calendar as a Gantt chart: a pipe table whose header
// holds one column a period (years, half-years, quarters, months, mixed)
// and whose rows are steps, a mark of any kind (✓, ●, x, ■, ◆ with what is
// due) in the cells of the periods the step runs in. Each row is a
// calendar item "step : first marked period – last", dated as a
// milestone. Its actors come as a "| Fonction | Structure |" table, one
// row an actor: each row goes to the field its role names, the header to
// none. A table of figures under year columns is no chart.

import (
	"fmt"
	"slices"
	"testing"

	"schemabot/corpus"
)

// ganttStep is a milestone a reader finds in a chart: the step, the
// periods as the columns name them, and the dates they cover.
type ganttStep struct {
	label, raw string
	start, end string // YYYY-MM-DD
}

func TestGanttRolesClass(t *testing.T) {
	for _, tc := range []struct {
		file   string
		why    string
		fiches []string
		want   []readFiche
		steps  map[string][]ganttStep
	}{
		{
			file:   "testdata/classes/val-de-brume-gantt-roles.md",
			why:    "a pipe table headed by period columns whose cells hold marks is a calendar, one item a row from its first marked period to its last; a role | actor table sends each row to its role's field and drops its header",
			fiches: []string{"1.1", "1.2", "2.1", "2.2"},
			want: []readFiche{
				{id: "1.1", title: "Ouvrir des maisons des familles dans les vallées",
					pilots:     []string{"Service Prévention familiale – Direction de l'enfance", "Mutualité sociale agricole du Val-de-Brume"},
					partners:   []string{"Communautés de communes des vallées", "Fédération des centres sociaux"},
					indicators: []string{"Nombre de familles accueillies par maison.", "Temps de trajet moyen jusqu'à la maison la plus proche."},
					when:       "Repérage des locaux : 2025"},
				{id: "1.2", title: "Former les assistantes maternelles au repérage",
					pilots:     []string{"Cheffe du service des modes d'accueil"},
					partners:   []string{"Relais petite enfance", "Organisme paritaire de formation"},
					indicators: []string{"Part des assistantes maternelles formées."}},
				{id: "2.1", title: "Créer une plateforme d'accueil d'urgence",
					pilots:   []string{"Directeur de l'offre d'accueil"},
					partners: []string{"Association Les Sapins", "Tribunal judiciaire de Brumeville"},
					actions:  []string{"1. Rédiger le cahier des charges de la plateforme.", "2. Recruter l'équipe éducative de nuit."}},
				{id: "2.2", title: "Préparer la sortie des jeunes accueillis",
					pilots:     []string{"Mission Jeunes adultes"},
					partners:   []string{"Foyer de jeunes travailleurs de Brumeville", "Mission locale du Val-de-Brume"},
					actions:    []string{},
					indicators: []string{"Part des jeunes logés à la sortie."}},
			},
			steps: map[string][]ganttStep{
				// Years, ticks.
				"1.1": {
					{"Repérage des locaux", "2025", "2025-01-01", "2025-12-31"},
					{"Ouverture de la maison de Pralognac", "2026", "2026-01-01", "2026-12-31"},
					{"Ouverture de la maison de Vaubrune", "2027 – 2028", "2027-01-01", "2028-12-31"},
					{"Bilan des fréquentations", "2028", "2028-01-01", "2028-12-31"},
				},
				// Half-years then years, dots.
				"1.2": {
					{"Conception du module", "1er semestre 2025", "2025-01-01", "2025-06-30"},
					{"Sessions de formation", "2e semestre 2025 – 2027", "2025-07-01", "2027-12-31"},
					{"Guide du signalement distribué", "2026", "2026-01-01", "2026-12-31"},
				},
				// Quarters, an "x", with no calendar label above the
				// chart; the targets by year under it are figures.
				"2.1": {
					{"Cahier des charges", "T1 2026", "2026-01-01", "2026-03-31"},
					{"Recrutement de l'équipe de nuit", "T2 2026 – T3 2026", "2026-04-01", "2026-09-30"},
					{"Mise en service de la plateforme", "T4 2026", "2026-10-01", "2026-12-31"},
				},
				// Months, squares, a dash for "not then", a mark that
				// says what is due.
				"2.2": {
					{"Convention avec le foyer", "janv. 2027 – févr. 2027", "2027-01-01", "2027-02-28"},
					{"Premières entrées", "mars 2027", "2027-03-01", "2027-03-31"},
					{"dix jeunes logés", "mars 2027", "2027-03-01", "2027-03-31"},
					{"Comité de suivi", "avr. 2027", "2027-04-01", "2027-04-30"},
				},
			},
		},
	} {
		t.Run(tc.file, func(t *testing.T) {
			d := loadReadFiches(t, tc.file, tc.fiches, tc.want)
			for id, want := range tc.steps {
				f := d.Fiche(id)
				if f == nil {
					t.Errorf("no fiche %s", id)
					continue
				}
				if got := ganttSteps(f.Milestones); !slices.Equal(got, want) {
					t.Errorf("fiche %s: milestones\n%v\nwant\n%v\n(calendar %q)", id, got, want, f.Calendar.Texts())
				}
			}
			if t.Failed() {
				t.Logf("the rule: %s", tc.why)
			}
		})
	}
}

// ganttSteps writes milestones as a reader compares them.
func ganttSteps(ms []corpus.Milestone) []ganttStep {
	var out []ganttStep
	for _, m := range ms {
		s := ganttStep{label: m.Label, raw: m.Raw}
		if m.Dated() {
			s.start, s.end = m.Start.Format("2006-01-02"), m.End.Format("2006-01-02")
		}
		out = append(out, s)
	}
	return out
}

// String shows a step in a failure message.
func (s ganttStep) String() string {
	return fmt.Sprintf("{%q %q %s %s}", s.label, s.raw, s.start, s.end)
}
