package corpus_test

// A report printed in two columns of running text: each fiche is a
// paragraph under a heading that gives the action's place in its axis and,
// in brackets, the fiche's number ("Action 1.2 (fiche n°2) – …"); its
// fields are labels run in one after the other inside the paragraph,
// wrapped across lines and page breaks; a summary table at the end repeats
// the fiches.

import (
	"context"
	"errors"
	"testing"

	"schemabot/corpus"
)

func TestRunInParagraphClass(t *testing.T) {
	for _, tc := range []struct {
		path   string
		why    string
		fiches []string
		axes   []string
		want   []readFiche
		// codes maps the place of an action in its axis to the fiche it names.
		codes map[string]string
	}{
		{
			path:   "testdata/classes/vaucluse-paragraphes-etiquettes.txt",
			why:    "the number in brackets names the fiche; each label run in after a sentence's end opens its field, in a line that opens on a label or goes on with one",
			fiches: []string{"1", "2", "3", "4"},
			axes:   []string{"Accompagner les familles au plus près de chez elles", "Sécuriser les parcours des enfants confiés"},
			want: []readFiche{
				{id: "1", title: "Ouvrir deux maisons des familles à Carpentras et à Orange",
					pilots:     []string{"Service de la prévention familiale."},
					partners:   []string{"CAF de Vaucluse, communes de Carpentras et d'Orange, centres sociaux."},
					objectives: []string{"offrir un lieu d'écoute et de conseil aux parents de jeunes enfants."},
					actions:    []string{"trouver deux locaux en centre-ville ; recruter une équipe de quatre animateurs."},
					indicators: []string{"nombre de familles accueillies par an ; taux de satisfaction des parents."},
					when:       "septembre 2026."},
				{id: "2", title: "Développer l'aide éducative à domicile",
					pilots:     []string{"Direction de l'action sociale, avec les centres médico-sociaux."},
					partners:   []string{"associations habilitées, tribunal pour enfants d'Avignon."},
					indicators: []string{"délai moyen de mise en œuvre des mesures ; nombre de familles suivies."},
					when:       "fin 2027."},
				{id: "4", title: "Préparer la sortie des jeunes majeurs",
					pilots:     []string{"Mission jeunes majeurs."},
					partners:   []string{"missions locales, bailleurs sociaux."},
					indicators: []string{"part des jeunes logés à leur sortie."},
					when:       "premier semestre 2026."},
			},
			codes: map[string]string{"1.2": "2", "2.1": "3"},
		},
		{
			path:   "testdata/layouts/tarn-2024-2028.pdf",
			why:    "a page in two columns of running text is read in content order, a summary table's page as laid out; the table's rows, which repeat fiches the body tells in full, make no fiches",
			fiches: []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"},
			axes: []string{"Prévenir au plus tôt et soutenir les parents", "Mieux repérer et évaluer les situations de danger",
				"Diversifier les accueils et sécuriser les parcours", "Piloter, évaluer et donner la parole aux enfants"},
			want: []readFiche{
				{id: "2", title: "Développer le soutien à la parentalité dans les territoires ruraux",
					pilots:     []string{"Direction de l’enfance et de la famille, avec les MDS de territoire."},
					objectives: []string{"rompre l’isolement des parents éloignés des services et éviter que les difficultés éducatives ne s’aggravent."},
					actions:    []string{"déployer un bus itinérant de la parentalité sur le nord et l’est du département ; organiser des ateliers parents-enfants dans les communes rurales ; financer des lieux d’accueil enfants-parents."},
					when:       "2026."},
				{id: "4", title: "Refondre le circuit des informations préoccupantes",
					pilots:     []string{"Cellule de recueil des informations préoccupantes (CRIP)."},
					partners:   []string{"parquet du tribunal judiciaire d’Albi, Éducation nationale, centres hospitaliers, gendarmerie et police."},
					indicators: []string{"délai moyen entre la réception de l’information préoccupante et la décision, avec un objectif de moins de trois mois."},
					when:       "30 juin 2025."},
				{id: "6", title: "Créer une équipe mobile pédopsychiatrie et protection de l’enfance",
					pilots:     []string{"Direction de l’enfance et de la famille, conjointement avec le service de pédopsychiatrie du centre hospitalier d’Albi."},
					indicators: []string{"nombre d’enfants suivis par l’équipe mobile ; nombre de ruptures de placement évitées."},
					when:       "premier semestre 2026."},
			},
			codes: map[string]string{"2.3": "6", "3.2": "8"},
		},
	} {
		t.Run(tc.path, func(t *testing.T) {
			d, err := corpus.LoadFile(context.Background(), tc.path)
			var fe *corpus.FileError
			if errors.As(err, &fe) && fe.Problem == corpus.ProblemNoPdftotext {
				t.Skip(err)
			}
			if err != nil {
				t.Fatal(err)
			}
			checkReadDocument(t, d, axisTitle, tc.axes, tc.fiches, tc.want, nil)
			for code, id := range tc.codes {
				if f := d.Fiche(code); f == nil || f.ID != id {
					t.Errorf("action %s names no fiche %s", code, id)
				}
			}
			for _, w := range d.Warnings {
				t.Errorf("warning %s", w)
			}
			if t.Failed() {
				t.Logf("the rule: %s", tc.why)
			}
		})
	}
}
