package corpus_test

// Two layout classes: a booklet whose fields carry no labels, only
// pictograms that a legend printed once in the document explains, its
// fiches opened by title bars whose separator is drawn ("MESURE 01
// Title"); and a forwarded e-mail thread that quotes the fiches (quote
// marks, lines wrapped by the mail program, a partner's remarks typed
// between the quoted lines) under a top message reporting decisions that
// amend some fiches' fields.

import (
	"strings"
	"testing"

	"schemabot/corpus"
)

func TestLegendAndMailClasses(t *testing.T) {
	runClassCases(t, []classCase{
		{
			file:   "aveyron-pictogrammes-legende.txt",
			why:    "a pictogram the document's legend explains is its field's label; a second pilot pictogram adds to the pilots; 'MESURE 01 Title' is fiche 1",
			fiches: []string{"1", "2", "3"},
			want: []readFiche{
				{id: "1", title: "Ouvrir un accueil de jour à Rodez",
					pilots:     []string{"Pôle protection de l'enfance", "Union des associations familiales (co-pilote)"},
					partners:   []string{"Mairie de Rodez ⋅ centre social des Quatre-Saisons"},
					objectives: []string{"Éviter des placements complets pour les enfants de six à douze ans."},
					actions:    []string{"Louer un local en centre-ville.", "Recruter deux éducatrices."},
					indicators: []string{"Nombre d'enfants accueillis chaque semaine."},
					when:       "Ouverture prévue en mars 2027."},
				{id: "02", title: "Créer un relais pour les familles d'accueil",
					pilots: []string{"Service des familles d'accueil"}, when: "Premier relais en 2026 ; extension de 2027 à 2029."},
			},
		},
		{
			file:   "cantal-fil-de-mails.txt",
			why:    "quoted text is read without its quote marks and unwrapped; a remark typed between quoted lines is no part of the field above; a later decision about a fiche is added to the field it changes, saying so",
			fiches: []string{"1", "2", "3"},
			want: []readFiche{
				{id: "1", title: "Proposer des visites de puéricultrice à domicile",
					pilots:     []string{"Service de protection maternelle et infantile, antenne d'Aurillac"},
					objectives: []string{"rencontrer chaque famille dans les quinze jours suivant la naissance."},
					actions:    []string{"recruter deux puéricultrices pour le nord du département ;", "prêter un véhicule de service à chaque puéricultrice."},
					indicators: []string{"nombre de familles vues dans les quinze jours suivant la naissance.",
						"Modifié par une décision ultérieure : on ajoute l'indicateur \"nombre de visites réalisées le samedi\"."}},
				{id: "3", title: "Préparer les jeunes majeurs au logement autonome",
					pilots:   []string{"Direction de l'enfance", "Modifié par une décision ultérieure : la Mission locale du Cantal devient co-pilote de la fiche."},
					partners: []string{"bailleurs sociaux, foyer de jeunes travailleurs d'Aurillac"}},
			},
		},
	}, func(t *testing.T, d *corpus.Document) {
		// The extension "de 2027 à 2029" is due until its last year.
		if f := d.Fiche("2"); f != nil && d.ID == "aveyron-pictogrammes-legende" {
			last := f.Milestones[len(f.Milestones)-1]
			if last.End.Year() != 2029 {
				t.Errorf("fiche 2: last milestone %q ends %v, want 2029", last.Raw, last.End)
			}
		}
		// The decision keeps the fiche's own date and adds its own.
		if f := d.Fiche("2"); f != nil && d.ID == "cantal-fil-de-mails" {
			cal := f.Calendar.Texts()
			if len(cal) != 2 || cal[0] != "ouverture en septembre 2026." || !strings.Contains(cal[1], "mars 2027") {
				t.Errorf("fiche 2: calendar %q, want the fiche's date then the decision", cal)
			}
			found := false
			for _, m := range f.Milestones {
				found = found || m.Raw == "mars 2027" && m.Dated()
			}
			if !found {
				t.Errorf("fiche 2: milestones %v, want one for mars 2027", f.Milestones)
			}
			for _, o := range f.Other {
				if strings.Contains(strings.Join(o.Texts(), " "), "[UDAF]") {
					return
				}
			}
			t.Errorf("fiche 2: the partner's remark is not set apart: %v", f.Other)
		}
	})
}
