package corpus_test

// Three layout classes: an online form's responses exported as CSV (the
// questions as column headers, a timestamp and an e-mail a row, a column
// saying what each response is, a later response that cancels and
// replaces an earlier one); a report typeset with actions numbered 1 to N
// straight through under lettered orientations, each described in
// lettered sub-paragraphs whose label runs in before a full stop; and a
// spreadsheet printed as fixed-width text, the fiches' contents in one
// table and their pilots in another, joined by the fiche's code.

import (
	"testing"

	"schemabot/corpus"
)

func TestFormAndFixedWidthClasses(t *testing.T) {
	runClassCases(t, []classCase{
		{
			file:   "jura-reponses-formulaire.csv",
			why:    "a form's questions name the fields they ask for; a later response that cancels and replaces an earlier one takes its place; typed rows that are no fiche are blocks, their lines kept",
			axes:   []string{"Soutenir les familles", "Accueillir les enfants"},
			fiches: []string{"1.1", "2.1", "2.2"},
			want: []readFiche{
				{id: "1.1", title: "Ouvrir un relais parents à Dole",
					pilots:     []string{"Service de PMI"},
					partners:   []string{"CAF du Jura, ville de Dole"},
					objectives: []string{"Rompre l'isolement des jeunes parents", "Repérer tôt les difficultés"},
					actions:    []string{"Louer un local en centre-ville", "Recruter deux animatrices"},
					indicators: []string{"Nombre de familles reçues"},
					when:       "30/06/2026"},
				{id: "2.1", title: "Créer une plateforme d'accueil d'urgence",
					pilots:     []string{"Direction enfance famille"},
					objectives: []string{"Ouvrir 16 places d'urgence"},
					when:       "30/09/2027"},
			},
			glossary: map[string]string{"CAF": "caisse d'allocations familiales"},
		},
		{
			file:   "cantal-actions-lettrees.txt",
			why:    "a bare number heads an action where lettered fields follow it; the letter of a sub-paragraph is no part of its label; a lettered heading over such actions is their axis",
			axes:   []string{"Soutenir les parents dans les bourgs", "Accueillir au plus près"},
			fiches: []string{"1", "2", "3"},
			want: []readFiche{
				{id: "1", title: "Ouvrir des permanences de PMI dans les bourgs",
					pilots:     []string{"Le service départemental de PMI."},
					partners:   []string{"Communes rurales, Mutualité sociale agricole."},
					objectives: []string{"Offrir une consultation à moins de vingt minutes de chaque famille."},
					indicators: []string{"Nombre de permanences tenues ; nombre de familles reçues."},
					when:       "Premières permanences en mars 2026."},
				{id: "3", title: "Créer un lieu de vie à Mauriac",
					pilots: []string{"La direction de l’enfance."}, when: "Ouverture en 2027."},
			},
		},
		{
			file:   "orne-etat-largeur-fixe.txt",
			why:    "columns are found from the header's word positions, wrapped cells joined; a later table's rows join their fiche by its code",
			fiches: []string{"A01", "A02", "A03"},
			want: []readFiche{
				{id: "A01", title: "Ouvrir une maison des familles à Alençon",
					pilots:     []string{"Mission parentalité - Direction enfance"},
					partners:   []string{"CAF de l'Orne, centres sociaux"},
					objectives: []string{"Rompre l'isolement des parents de jeunes enfants."},
					indicators: []string{"Nombre de familles accueillies"},
					when:       "T3 2026"},
				{id: "A03", title: "Créer un lieu de vie à Flers",
					pilots: []string{"Service de l'aide sociale à l'enfance"}, when: "T1 2028"},
			},
			glossary: map[string]string{"PMI": "Protection maternelle et infantile"},
		},
	}, func(t *testing.T, d *corpus.Document) {
		// Each fiche's level is kept as a field of its own, its letter
		// left out of the label.
		if f := d.Fiche("1"); f != nil && d.Fiche("A01") == nil && d.Fiche("1.1") == nil {
			if got := otherText(f, "Niveau d’enjeu"); got != "2 sur une échelle de 1 à 4." {
				t.Errorf("fiche 1: level %q", got)
			}
		}
	})
}
