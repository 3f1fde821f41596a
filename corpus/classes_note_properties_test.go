package corpus_test

// A layout class: a vault of notes (Obsidian, Logseq, Notion…) exported
// and merged into one markdown file, one note a fiche. A fiche's code,
// axis, pilot, co-pilot, partners and deadline are only its note's
// properties, a YAML block between "---" lines whose keys are the team's
// own words; the body links notes as [[wiki links]], opens boxes as
// callouts, ticks indicators as tasks, lists milestones as a tree by
// year, and the glossary writes each acronym as an inline field
// "Sigle:: sens".

import (
	"strings"
	"testing"

	"schemabot/corpus"
)

func TestNotePropertiesClass(t *testing.T) {
	runClassCases(t, []classCase{
		{
			file:   "haute-ravine-coffre-notes.md",
			why:    "a note whose properties name fields is a fiche: its code, axis and fields come from the properties whatever their case, accents or form (scalar, flow or block list), its title from its heading or a title property; links are their text, task boxes no form, a year's sub-items dated by that year",
			axes:   []string{"Prévenir au plus tôt", "Protéger et accueillir"},
			fiches: []string{"PR-1", "PR-2", "PR-3", "PR-4"},
			want: []readFiche{
				{id: "PR-1", title: "Soutenir les jeunes parents",
					pilots:     []string{"Service de PMI", "Caisse d'allocations familiales (Co-porteur)"},
					partners:   []string{"Maternité de Ravine-Haute", "MSA", "Sages-femmes libérales", "Caisse d'allocations familiales (Co-porteur)"},
					objectives: []string{"Proposer un entretien prénatal à toutes les mères suivies", "Rompre l'isolement des parents après la sortie de maternité"},
					indicators: []string{"Nombre d'entretiens prénataux réalisés", "Nombre de parents accueillis au groupe de parole"},
					when:       "Date butoir : 2028-06-30"},
				{id: "PR-2", title: "Aller vers les familles isolées",
					pilots:     []string{"Service social départemental"},
					partners:   []string{"Centres communaux d'action sociale", "UDAF de la Haute-Ravine"},
					indicators: []string{"Nombre de familles rencontrées à domicile"},
					when:       "Date butoir : décembre 2027"},
				{id: "PR-3", title: "Stabiliser l'accueil familial",
					pilots:     []string{"Service de l'accueil familial"},
					partners:   []string{"Association des assistants familiaux", "Institut régional du travail social"},
					objectives: []string{"Réduire les démissions d'assistants familiaux"},
					when:       "Date butoir : 31/12/2029"},
				{id: "PR-4", title: "Préparer la sortie des jeunes majeurs",
					pilots:   []string{"Mission jeunes majeurs"},
					partners: []string{"Mission locale de la Haute-Ravine", "Bailleurs sociaux"},
					when:     "Date butoir : juin 2029"},
			},
			glossary: map[string]string{"MSA": "Mutualité sociale agricole", "UDAF": "Union départementale des associations familiales"},
		},
	}, func(t *testing.T, d *corpus.Document) {
		if !strings.Contains(d.Title, "2026-2030") || strings.Contains(d.Title, ":") {
			t.Errorf("title %q", d.Title)
		}
		axisOf := map[string]string{"PR-1": "Prévenir au plus tôt", "PR-2": "Prévenir au plus tôt", "PR-3": "Protéger et accueillir", "PR-4": "Protéger et accueillir"}
		for _, f := range d.Fiches {
			if !strings.Contains(f.Axis, axisOf[f.ID]) {
				t.Errorf("fiche %s: axis %q, want %q", f.ID, f.Axis, axisOf[f.ID])
			}
			for _, m := range f.Milestones {
				if !m.Dated() {
					t.Errorf("fiche %s: milestone %q undated", f.ID, m.Raw)
				}
			}
		}
		// The milestones of a year's tree each carry their year.
		want := map[string]string{"permanences ouvertes à la maternité de Ravine-Haute": "2026-07-01", "premier groupe de parole": "2027-01-01"}
		for _, m := range d.Fiche("PR-1").Milestones {
			if start, ok := want[m.Label]; ok {
				if got := m.Start.Format("2006-01-02"); got != start {
					t.Errorf("milestone %q starts %s, want %s", m.Label, got, start)
				}
				delete(want, m.Label)
			}
		}
		if len(want) > 0 {
			t.Errorf("milestones of PR-1 %v missing: %v", d.Fiche("PR-1").Milestones, want)
		}
		if d.Fiche("PR-3").Milestones == nil {
			t.Errorf("PR-3 has no milestone")
		}
		// The properties and the tool's query are no text of the schéma.
		for _, s := range d.Sections {
			for _, mark := range []string{"[[", "TABLE Porteur", "Numéro:", "[!"} {
				if strings.Contains(s.Text, mark) {
					t.Errorf("section %q keeps %q", s.Heading, mark)
				}
			}
		}
	})
}
