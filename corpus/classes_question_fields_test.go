package corpus_test

// A class of schémas written for families heads each field of a fiche with
// a question, worded as each fiche pleases: "Qui porte l'action ?", "Avec
// quels soutiens ?", "Que cherchons-nous à obtenir ?", "Qu'allons-nous
// entreprendre ?", "Comment mesurerons-nous les progrès ?", "Quel
// financement ?". Each question is read as the field it asks for, through
// its interrogative and the nouns or verbs it holds, not as a sentence
// of the field above; a budget question is a field of its own, so that
// its figures join neither the indicators nor the actions. The fixture,
// typeset by LibreOffice, is written by haute-sauldre-questions-grilles.py.

import (
	"slices"
	"testing"

	"schemabot/corpus"
)

func TestQuestionFieldsClass(t *testing.T) {
	needPdftotext(t)
	runClassCases(t, []classCase{{
		file:   "haute-sauldre-fiches-questions.pdf",
		why:    "a field heading written as a question is the field it asks for, whatever its wording; a budget question opens a field of its own",
		fiches: []string{"1", "2", "3"},
		want: []readFiche{
			{id: "1", title: "Ouvrir des haltes-répit pour les parents isolés",
				pilots:     []string{"Service de la prévention familiale"},
				partners:   []string{"Caisse d'allocations familiales de la Haute-Sauldre", "Fédération des foyers ruraux"},
				objectives: []string{"Offrir un temps de répit à chaque parent isolé qui le demande.", "Éviter les placements décidés faute de relais familial."},
				actions:    []string{"Ouvrir trois haltes-répit dans les bourgs-centres.", "Former des bénévoles à l'accueil des tout-petits."},
				indicators: []string{"Nombre de parents accueillis chaque mois dans les haltes.", "Part des demandes de répit satisfaites sous huit jours."},
				when:       "Première halte ouverte : septembre 2026"},
			{id: "2",
				pilots:     []string{"Direction de l'enfance et de la jeunesse"},
				partners:   []string{"Direction des services départementaux de l'Éducation nationale", "Mission locale de la Sauldre"},
				objectives: []string{"Maintenir dans un parcours de formation les collégiens repérés en rupture."},
				actions:    []string{"Créer une équipe mobile d'éducateurs auprès des collèges ruraux.", "Proposer des stages de remobilisation pendant les vacances."},
				indicators: []string{"Nombre de collégiens suivis par l'équipe mobile.", "Part des jeunes suivis toujours scolarisés un an plus tard."},
				when:       "Équipe mobile constituée : janvier 2027"},
			{id: "3",
				objectives: []string{"Accueillir ensemble les frères et sœurs chaque fois que leur intérêt le commande."},
				actions:    []string{"Agréer des assistants familiaux pour l'accueil de trois enfants.", "Ouvrir une maison des fratries à Sauldreville."},
				indicators: []string{"Part des fratries accueillies ensemble."}},
		},
	}}, func(t *testing.T, d *corpus.Document) {
		for _, tc := range []struct {
			id, why, diagnostic, budget string
		}{
			{"1", "« Pourquoi s'engager ? » and « Quel financement ? »",
				"Les parents seuls avec de jeunes enfants sont nombreux dans les bourgs de la vallée et ne trouvent aucun relais quand ils s'épuisent.",
				"Environ 210 000 euros par an, partagés avec la caisse d'allocations familiales."},
			{"2", "« Pourquoi agir maintenant ? » and « Combien cela coûtera-t-il ? »",
				"Le décrochage scolaire précède souvent l'entrée des adolescents dans les dispositifs de protection.",
				"Quatre postes d'éducateurs, soit 190 000 euros par an."},
		} {
			f := d.Fiche(tc.id)
			if f == nil {
				t.Fatalf("no fiche %s", tc.id)
			}
			if got := f.Diagnostic.Texts(); !slices.Equal(got, []string{tc.diagnostic}) {
				t.Errorf("fiche %s, %s: context %q", tc.id, tc.why, got)
			}
			var budget []string
			for _, o := range f.Other {
				budget = append(budget, o.Texts()...)
			}
			if !slices.Equal(budget, []string{tc.budget}) {
				t.Errorf("fiche %s, %s: fields of their own %q, want the budget %q", tc.id, tc.why, budget, tc.budget)
			}
		}
	})
}
