package corpus_test

// Three layout classes: a workbook whose tabs are pasted one after
// another into one CSV, each block under a "[NAME]" marker and a header
// row of its own, joined to the fiches by their code; a wiki page kept as
// raw reStructuredText (field lists, rubrics, admonitions, list tables, a
// glossary directive); a booklet of cards whose fields are keywords in
// capitals that a legend of the booklet explains.

import (
	"testing"
)

func TestRSTAndCardClasses(t *testing.T) {
	runClassCases(t, []classCase{
		{
			file:   "correze-onglets-crochets.csv",
			why:    "a \"[NAME]\" line opens a block whose next row is its header; rows of later blocks coded like a fiche join it as partners, milestones (name, date, status) and indicators with their target",
			fiches: []string{"F1", "F2"},
			want: []readFiche{
				{id: "F1", title: "Ouvrir une ludothèque familiale à Tulle",
					pilots:     []string{"Mission parentalité"},
					partners:   []string{"Médiathèque de Tulle", "CAF de la Corrèze"},
					objectives: []string{"Créer un lieu de jeu parents-enfants", "Rompre l'isolement des familles"},
					indicators: []string{"Familles accueillies par an (Cible 2030 : 300)"},
					when:       "Local trouvé : 31/03/2027 (réalisé)"},
				{id: "F2", title: "Agréer de nouvelles familles d'accueil",
					pilots:   []string{"Service accueil familial"},
					partners: []string{"France Travail"},
					when:     "Réunion d'information : 15/09/2026 (à lancer)"},
			},
			glossary: map[string]string{"CAF": "caisse d'allocations familiales"},
		},
		{
			file:   "creuse-wiki-rst.txt",
			why:    "RST field lines are fields, a rubric or an admonition titles the items under it, a list table titled by a field gives its items with their other columns, a glossary directive's terms are the glossary",
			fiches: []string{"1.1", "1.2"},
			want: []readFiche{
				{id: "1.1", title: "Créer un relais parental à Guéret",
					pilots:     []string{"Mission soutien à la parentalité"},
					partners:   []string{"CAF de la Creuse, centres sociaux"},
					objectives: []string{"Offrir un accueil de répit aux parents épuisés."},
					actions:    []string{"Trouver un local adapté.", "Recruter deux animateurs."},
					indicators: []string{"Familles reçues (Cible : 50 par an)"},
					when:       "juin 2027"},
				{id: "1.2", title: "Former les assistantes maternelles",
					pilots: []string{"Service de PMI"}, when: "2028"},
			},
			glossary: map[string]string{"PMI": "Protection maternelle et infantile."},
		},
		{
			file:   "lot-et-garonne-cartes-mots-cles.txt",
			why:    "keywords in capitals that the booklet's legend explains are the labels of the fields it names, each opening its own field",
			fiches: []string{"K1", "K2"},
			want: []readFiche{
				{id: "K1", title: "Ouvrir un point écoute jeunes à Agen",
					pilots:     []string{"Maison des adolescents"},
					partners:   []string{"Mission locale ; lycées"},
					objectives: []string{"Écouter les jeunes en difficulté."},
					actions:    []string{"Louer un local en centre-ville.", "Former les écoutants."},
					indicators: []string{"Nombre de jeunes reçus"},
					when:       "2027 : local ouvert"},
				{id: "K2", title: "Soutenir les familles d'accueil",
					pilots:  []string{"Service accueil familial"},
					actions: []string{"Créer une astreinte de nuit."}},
			},
		},
	}, nil)
}
