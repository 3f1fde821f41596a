package corpus_test

// One layout class: a schéma written like a legal text, every paragraph
// numbered ("1.4.3", "3.2.1.5"). A fiche's heading carries the
// paragraph's number and the fiche's own ("3.1.2 Mesure 2 – …"), its
// fields are numbered sub-paragraphs whose label runs in before a full
// stop or a colon, in italics or plain, and the numbered paragraphs of
// the introduction are chapter text.

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"schemabot/corpus"
)

func TestNumberedParagraphsClass(t *testing.T) {
	for _, tc := range []struct {
		path   string
		why    string
		axes   []string
		fiches []string
		want   []readFiche
		// chapter is a numbered paragraph of the introduction, which
		// stays a section's text.
		chapter string
	}{
		{
			path:   filepath.Join("testdata", "classes", "tarn-paragraphes-numerotes.txt"),
			why:    "in plain text, the number after the action word is the fiche's, not the paragraph's; plain run-in labels of the sub-paragraphs under it are its fields; a run-in label in a paragraph outside every fiche is chapter text",
			axes:   []string{"Soutenir les familles au plus tôt", "Diversifier les réponses d'accueil"},
			fiches: []string{"1", "2", "3", "4", "5", "6"},
			want: []readFiche{
				{id: "1", title: "Créer un relais parental à Castres",
					pilots:     []string{"Service de prévention de la Direction de l'enfance et des familles."},
					partners:   []string{"CAF du Tarn, ville de Castres, association Relais des familles."},
					objectives: []string{"Offrir aux parents épuisés un accueil de répit pour leurs enfants de 3 à 12 ans."},
					indicators: []string{"nombre de familles accueillies ; durée moyenne des séjours."},
					when:       "ouverture en mars 2026."},
				{id: "3", title: "Signer une charte avec l'Éducation nationale",
					pilots: []string{"Direction de l'enfance et des familles."}, partners: []string{}, indicators: []string{},
					when: "rentrée scolaire 2025."},
				{id: "4", title: "Recruter quarante assistants familiaux",
					pilots:     []string{"Service de l'accueil familial."},
					partners:   []string{"France Travail, centres de formation."},
					indicators: []string{"nombre d'agréments délivrés."},
					when:       "fin 2027."},
				{id: "6", title: "Accompagner les jeunes majeurs vers le logement",
					pilots:   []string{"Mission jeunes majeurs."},
					partners: []string{"bailleurs sociaux, missions locales."},
					when:     "dès 2025."},
			},
			chapter: "1.2 Objectif. Le schéma vise à mieux coordonner",
		},
		{
			path:   filepath.Join("testdata", "layouts", "gard-2024-2028.md"),
			why:    "in markdown, \"#### 3.1.2 Mesure 2 – …\" is fiche 2; italic run-in labels of its sub-paragraphs are its fields; \"2.1 Axe 1 – … (mesures 1 à 4).\" and \"### 3.1 Axe 1 – …\" are one axis",
			axes:   []string{"Agir tôt auprès des enfants et des familles", "Protéger chaque enfant selon ses besoins", "Préparer l'avenir des jeunes et des professionnels"},
			fiches: []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"},
			want: []readFiche{
				{id: "1", title: "Ouvrir deux maisons des 1000 premiers jours",
					pilots:     []string{"Service de PMI."},
					partners:   []string{"CAF du Gard, CHU de Nîmes, centre hospitalier d'Alès, villes de Nîmes et d'Alès."},
					indicators: []string{"Nombre de familles accueillies ; part des familles orientées par les maternités."},
					when:       "Nîmes en septembre 2025, Alès en 2026."},
				{id: "2", title: "Renforcer l'aide à domicile aux familles",
					pilots:   []string{"Service prévention et accompagnement des familles."},
					partners: []string{"Associations d'aide à domicile conventionnées, CAF du Gard."},
					when:     "Dès 2024."},
				{id: "3", title: "Étendre la prévention spécialisée",
					pilots: []string{"Direction de l'enfance et de la famille."}, indicators: []string{}},
				{id: "7", title: "Créer un dispositif d'accueil d'urgence pour adolescents",
					pilots:     []string{"Service de l'offre et de la tarification, en lien avec le service de l'ASE."},
					indicators: []string{"Nombre de places ouvertes ; durée moyenne des accueils d'urgence."}},
				{id: "5", title: "Réduire les délais de traitement des informations préoccupantes",
					pilots:     []string{"Cellule de recueil des informations préoccupantes."},
					indicators: []string{"Délai moyen de traitement ; part des évaluations conduites selon le référentiel."},
					when:       "Décembre 2025."},
				{id: "10", title: "Un plan métiers pour la protection de l'enfance",
					pilots:   []string{"Direction des ressources humaines et Direction de l'enfance et de la famille."},
					partners: []string{"Instituts de formation en travail social, France Travail, Région Occitanie."},
					when:     "2024-2028."},
				{id: "11", title: "Faire vivre l'ODPE et la participation des jeunes",
					pilots: []string{"ODPE."}, partners: []string{}},
			},
			chapter: "1.4.4 Le Département a accueilli en 2022 420 mineurs non accompagnés",
		},
	} {
		t.Run(filepath.Base(tc.path), func(t *testing.T) {
			d, err := corpus.LoadFile(context.Background(), tc.path)
			if err != nil {
				t.Fatal(err)
			}
			checkReadDocument(t, d, axisTitle, tc.axes, tc.fiches, tc.want, nil)
			found := false
			for _, s := range d.Sections {
				if strings.Contains(s.Text, tc.chapter) {
					found = true
				}
			}
			if !found {
				t.Errorf("no section holds %q", tc.chapter)
			}
			if t.Failed() {
				t.Logf("the rule: %s", tc.why)
			}
		})
	}
}
