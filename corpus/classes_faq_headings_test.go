package corpus_test

// A layout class: a schéma published as a web page in questions and
// answers. Each fiche is headed by a question, its number on the line
// under the heading ("*Engagement n°2*", "**Action n° 2**"), and its
// fields are the items of a list whose labels are questions ("Qui pilote
// ?", "Avec qui ?", "Pour quand ?", "Comment saura-t-on que ça marche
// ?"). Navigation, a breadcrumb and a footer surround the content, and a
// table of the deadlines by year under a heading of a higher level ends
// the page.

import (
	"context"
	"path/filepath"
	"testing"

	"schemabot/corpus"
)

func TestFAQHeadingClass(t *testing.T) {
	for _, tc := range []struct {
		path   string
		axes   []string
		fiches []string
		want   []readFiche
	}{
		{
			path:   filepath.Join("testdata", "classes", "vienne-faq-engagements.md"),
			axes:   []string{"Agir tôt auprès des familles", "Accueillir et préparer l'avenir"},
			fiches: []string{"1", "2", "3", "4", "5"},
			want: []readFiche{
				{id: "1", title: "Peut-on aider les parents avant la naissance ?",
					pilots:     []string{"Le service de PMI de Poitiers."},
					partners:   []string{"Le CHU de Poitiers, les sages-femmes libérales, la CAF de la Vienne."},
					objectives: []string{"Repérer tôt les grossesses en situation de fragilité."},
					indicators: []string{"Nombre d'entretiens prénataux réalisés."},
					when:       "Juin 2025."},
				{id: "4", title: "Que devient un jeune à sa majorité ?",
					pilots:     []string{"La cellule d'accompagnement vers l'autonomie."},
					partners:   []string{"La mission locale de la Vienne, le CROUS de Poitiers."},
					actions:    []string{"Un entretien à 17 ans pour chaque jeune confié et un projet d'autonomie écrit avec lui."},
					indicators: []string{},
					when:       "2025."},
				{id: "5", title: "Comment rendre compte du schéma ?",
					pilots:     []string{"L'observatoire départemental de la protection de l'enfance."},
					indicators: []string{"Publication du rapport annuel."},
					when:       "Chaque année, de 2025 à 2028."},
			},
		},
		{
			path:   filepath.Join("testdata", "layouts", "alpes-maritimes-2025-2029.md"),
			axes:   []string{"Prévenir et soutenir les familles", "Protéger et évaluer sans délai", "Accueillir et accompagner vers l'autonomie"},
			fiches: []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"},
			want: []readFiche{
				{id: "2", title: "Comment rejoindre les familles du haut pays ?",
					pilots:   []string{"La direction de l'action sociale de proximité, avec les maisons des solidarités départementales (MSD) de la montagne."},
					partners: []string{"La MSA Provence-Azur, les communes et les centres communaux d'action sociale (CCAS), les associations locales."},
					when:     "2025 pour le véhicule, 2027 pour la couverture complète des vallées."},
				{id: "5", title: "Comment mieux accueillir les mineurs non accompagnés ?",
					pilots: []string{"Le service d'accueil des mineurs non accompagnés (MNA)."},
					when:   "Premier semestre 2026."},
				{id: "7", title: "Comment trouver plus de familles d'accueil ?",
					indicators: []string{"Nombre d'assistants familiaux employés au 31 décembre ; nombre d'enfants accueillis à l'hôtel."}},
				{id: "8", title: "Comment transformer l'offre des foyers et des MECS ?",
					objectives: []string{"Adapter les places aux besoins : petites unités, accueil des fratries, prise en charge des troubles psychiques."},
					when:       "CPOM signés en 2026 ; places ouvertes en 2028."},
				{id: "10", title: "Comment suivre et évaluer le schéma ?",
					indicators: []string{"Publication annuelle du tableau de bord."},
					when:       "Évaluation à mi-parcours en 2027."},
			},
		},
	} {
		t.Run(filepath.Base(tc.path), func(t *testing.T) {
			d, err := corpus.LoadFile(context.Background(), tc.path)
			if err != nil {
				t.Fatal(err)
			}
			checkReadDocument(t, d, axisTitle, tc.axes, tc.fiches, tc.want, nil)
			// The table of deadlines by year under its own heading is
			// no part of the last fiche.
			if len(d.Fiches) == 0 {
				return
			}
			last := d.Fiches[len(d.Fiches)-1]
			if got := last.Calendar.Texts(); len(got) != 1 {
				t.Errorf("fiche %s: calendar %q, want one item", last.ID, got)
			}
		})
	}
}
