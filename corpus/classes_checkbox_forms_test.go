package corpus_test

// A form printed one fiche a page: a header band with the fiche's code on
// the left and its axis on the right ("FICHE-ACTION A2 … AXE 1"), the
// captions in a grey column beside their values, and the axis, priority,
// kind of action, actors, years and funding as tick boxes. The actors are
// a grid of three options a row, the same list on every fiche, options
// wrapped under their own box: only the ticked ones are the fiche's
// partners, an "Autre (préciser) :" ticked gives what was written in, and
// a caption wrapped over two lines ("ANNÉES DE" / "RÉALISATION") still
// names its field.

import (
	"slices"
	"testing"

	"schemabot/corpus"
)

func TestCheckboxFormsClass(t *testing.T) {
	runClassCases(t, []classCase{{
		file:   "haute-aubrelle-formulaire-cases.pdf",
		why:    "a header band names the fiche then its axis; a grid of tick boxes gives its ticked options only, each wrapped end under its own box; a caption names its boxes' field",
		axes:   []string{"Prévenir au plus près des familles", "Sécuriser le parcours des enfants confiés"},
		fiches: []string{"A1", "A2", "B1", "B2"},
		want: []readFiche{
			{id: "A1", title: "Ouvrir des permanences de puériculture dans les bourgs ruraux",
				pilots:     []string{"Service de protection maternelle et infantile"},
				partners:   []string{"Caisse d'allocations familiales", "Communes et centres communaux d'action sociale", "Relais petite enfance du plateau"},
				objectives: []string{"Offrir une permanence à moins de vingt minutes de chaque famille", "Repérer plus tôt les difficultés des jeunes parents"},
				actions:    []string{"Ouvrir six permanences dans les maisons France services", "Recruter deux puéricultrices itinérantes"},
				indicators: []string{"Nombre de permanences ouvertes", "Nombre de familles reçues"},
				when:       "30 juin 2027"},
			{id: "A2", title: "Soutenir les parents d'adolescents avant la crise",
				pilots:     []string{"Direction de l'enfance – Mission prévention", "Maison des adolescents de Vernelle"},
				partners:   []string{"Éducation nationale", "Associations habilitées", "Mission locale"},
				indicators: []string{"Nombre d'appels reçus par la ligne d'écoute"}},
			{id: "B1", title: "Diversifier l'accueil des enfants confiés",
				pilots:     []string{"Service de l'aide sociale à l'enfance"},
				partners:   []string{"Agence régionale de santé", "Protection judiciaire de la jeunesse", "Associations habilitées", "Centre hospitalier de Vernelle"},
				indicators: []string{"Nombre de places ouvertes", "Délai moyen d'attente d'une place"},
				when:       "31 décembre 2030"},
			{id: "B2", title: "Accompagner les jeunes majeurs vers le logement",
				pilots:   []string{"Mission jeunes majeurs"},
				partners: []string{"Mission locale", "Bailleurs sociaux, foyer de jeunes travailleurs de Vernelle"}},
		},
	}}, func(t *testing.T, d *corpus.Document) {
		// The boxes' fields give their ticked options, under their caption.
		for id, want := range map[string]map[string]string{
			"A1": {"PRIORITÉ": "Haute", "TYPE D'ACTION": "Action nouvelle", "ANNÉES DE RÉALISATION": "2026-2027", "FINANCEMENT": "Moyens nouveaux : 1,5 ETP de puéricultrice"},
			"A2": {"PRIORITÉ": "Moyenne", "TYPE D'ACTION": "Action poursuivie", "ANNÉES DE RÉALISATION": "2027-2029", "FINANCEMENT": "Sans coût supplémentaire"},
			"B2": {"PRIORITÉ": "Normale", "ANNÉES DE RÉALISATION": "2028-2029"},
		} {
			f := d.Fiche(id)
			for label, value := range want {
				var got []string
				for _, o := range f.Other {
					if o.Label == label {
						got = o.Texts()
					}
				}
				if !slices.Equal(got, []string{value}) {
					t.Errorf("fiche %s: %s %q, want %q", id, label, got, value)
				}
			}
		}
		// The years ticked are the fiche's calendar, the deadline a date.
		if f := d.Fiche("B1"); f == nil || len(f.Milestones) == 0 || f.Milestones[0].End.Format("2006-01-02") != "2030-12-31" {
			t.Errorf("fiche B1: milestones %v, want the deadline 31 décembre 2030", f.Milestones)
		}
	})
}
