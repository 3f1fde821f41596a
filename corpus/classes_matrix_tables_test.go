package corpus_test

// A web page whose projects are accordions coded by a capital and a
// number ("<summary><span>C1</span> Ouvrir…</summary>"), each sending the
// reader to a responsibility matrix drawn as a table for who leads it and
// by when: one row a project, one column an actor (an acronym, its full
// name in <abbr title>), RACI letters in the cells, a column of deadlines.

import (
	"testing"

	"schemabot/corpus"
)

func TestMatrixTablesClass(t *testing.T) {
	runClassCases(t, []classCase{{
		file: "val-de-sorne-chantiers-matrice-raci.html",
		why: "summaries coded C1…C4 are the fiches; the matrix's R is the pilot (its A when no R), C and I the partners " +
			"unless the fiche lists its own, the abbreviation's title names the actor, the \"Calendrier\" column is the deadline, " +
			"and \"voir le tableau\" is no pilot",
		axes:   []string{"Prévenir au plus tôt", "Accueillir et accompagner"},
		fiches: []string{"C1", "C2", "C3", "C4"},
		want: []readFiche{
			{id: "C1", title: "Ouvrir un lieu d'accueil parents-enfants dans chaque vallée",
				pilots:     []string{"PMI (Protection maternelle et infantile)"},
				partners:   []string{"CAF (Caisse d'allocations familiales)", "ML (Mission locale du Val-de-Sorne)"},
				objectives: []string{"Rompre l'isolement des jeunes parents", "Accueillir les familles sans rendez-vous"},
				actions:    []string{"Ouvrir trois lieux d'accueil itinérants", "Former les accueillants"},
				indicators: []string{"Nombre de familles accueillies"},
				when:       "2027"},
			{id: "C2", title: "Repérer plus tôt les enfants en danger à l'école",
				pilots:   []string{"DEF (Direction de l'enfance et des familles)"},
				partners: []string{"Inspection académique, infirmières scolaires, Maison des adolescents de Sornac."},
				when:     "Rentrée 2026"},
			{id: "C3", title: "Recruter des assistants familiaux",
				pilots:   []string{"DEF (Direction de l'enfance et des familles)"},
				partners: []string{"PMI (Protection maternelle et infantile)"},
				when:     "2026-2028"},
			{id: "C4", title: "Préparer la sortie des jeunes majeurs",
				pilots:   []string{"ML (Mission locale du Val-de-Sorne)"},
				partners: []string{"CAF (Caisse d'allocations familiales)"},
				when:     "Fin 2029"},
		},
		glossary: map[string]string{"CAF": "Caisse d'allocations familiales"},
	}}, func(t *testing.T, d *corpus.Document) {
		if d.Adopted != "12 mars 2026" {
			t.Errorf("adopted %q, want %q (the date before \"a approuvé le plan\")", d.Adopted, "12 mars 2026")
		}
		if d.Signatory != "Paul Estève" {
			t.Errorf("signatory %q, want %q (the editorial's closing line)", d.Signatory, "Paul Estève")
		}
		for id, year := range map[string]int{"C1": 2027, "C3": 2028, "C4": 2029} {
			f := d.Fiche(id)
			if f == nil {
				t.Fatalf("no fiche %s", id)
			}
			if len(f.Milestones) == 0 || f.Milestones[len(f.Milestones)-1].End.Year() != year {
				t.Errorf("fiche %s: milestones %+v, want one ending in %d", id, f.Milestones, year)
			}
		}
		for _, w := range d.Warnings {
			t.Errorf("warning %q: the matrix names every pilot", w)
		}
	})
}
