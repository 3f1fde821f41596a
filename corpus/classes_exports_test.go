package corpus_test

// Layout habits of documents printed or exported by a tool, each with a
// fixture of its own in testdata/classes: a fiche a page whose number
// stands only in the running page header, a mind-mapping tool's outline
// indented by tabs, and a database export that types each row and gives
// a fiche one row per partner.

import (
	"slices"
	"strings"
	"testing"

	"schemabot/corpus"
)

// exportFiche is what a reader of a fixture finds in one fiche; nil for a
// field not checked.

func TestExportClasses(t *testing.T) {
	for _, tc := range []struct {
		file, why, title string
		axes             []string
		fiches           []string
		want             []readFiche
		glossary         map[string]string
		// text is a line of the document's narrative, found in a section.
		text string
	}{
		{
			file:   "mayenne-entete-courant.txt",
			why:    "a fiche's number in the running header heads the page's body, whose first line is the title; the labels are plain questions",
			title:  "Schéma départemental de protection de l'enfance 2026-2030",
			axes:   []string{"Axe 1 : Soutenir les familles", "Axe 2 : Accueillir les enfants"},
			fiches: []string{"1.1", "1.2", "2.1"},
			want: []readFiche{
				{id: "1.1", title: "Accompagner les parents dès la naissance",
					pilots:     []string{"Service de PMI."},
					partners:   []string{"Maternité de Laval ; CAF de la Mayenne."},
					objectives: []string{"Soutenir les jeunes parents isolés.", "Prévenir l'épuisement parental."},
					actions:    []string{"Proposer une visite de puéricultrice à chaque naissance.", "Créer un numéro d'écoute pour les parents."},
					indicators: []string{"Nombre de visites réalisées."},
					when:       "Visites généralisées : juin 2027."},
				{id: "2.1", title: "Former les familles d'accueil",
					pilots:     []string{"Service de l'accueil familial."},
					indicators: []string{"Nombre d'assistants familiaux formés."}},
			},
			glossary: map[string]string{"MDPH": "Maison départementale des personnes handicapées"},
		},
		{
			file:   "lozere-carte-mentale.txt",
			why:    "a tree indented by tabs: branches with branches are headings, a field node's children its items, one child its value",
			title:  "Schéma départemental de l'enfance et des familles de la Lozère 2025-2029",
			axes:   []string{"Axe 1 : Prévenir dans les territoires ruraux", "Axe 2 : Protéger et accueillir"},
			fiches: []string{"1", "2", "3", "4"},
			want: []readFiche{
				{id: "1", title: "Créer un relais parents dans chaque bassin de vie",
					pilots:     []string{"Service Prévention Famille"},
					partners:   []string{"CAF de la Lozère", "MSA du Languedoc", "Centres sociaux"},
					objectives: []string{"Rompre l'isolement des jeunes parents", "Offrir un lieu d'écoute à moins de 20 minutes"},
					actions:    []string{"Ouvrir quatre relais parents", "Former les animateurs à l'écoute"},
					indicators: []string{"Nombre de familles reçues", "Nombre de relais ouverts"},
					when:       "Deux relais ouverts : 2026"},
				{id: "2", title: "Soutenir les parents d'adolescents",
					pilots:   []string{"Service Prévention Famille"},
					partners: []string{"Maison des adolescents", "Collèges"},
					when:     "septembre 2026"},
				{id: "4", pilots: []string{"Médecin référent de l'ASE"},
					partners: []string{"Centre hospitalier de Mende", "ARS Occitanie"}},
			},
			glossary: map[string]string{"ARS": "Agence régionale de santé", "MSA": "Mutualité sociale agricole"},
			text:     "Enfants confiés : 210",
		},
		{
			file:   "vienne-export-lignes-typees.csv",
			why:    "row types and row numbers are no text; axis rows title their axes; a fiche's rows, one a partner, add only their partner",
			title:  "Schéma départemental de protection de l'enfance de la Vienne 2026-2030",
			axes:   []string{"Orientation 1 : Agir tôt auprès des familles", "Orientation 2 : Garantir des parcours sans rupture"},
			fiches: []string{"1.1", "1.2", "2.1"},
			want: []readFiche{
				{id: "1.1", title: "Développer les visites à domicile",
					pilots:     []string{"Service de PMI"},
					partners:   []string{"CAF de la Vienne (cofinance les visites)", "Maternité de Poitiers (oriente les familles)"},
					objectives: []string{"Soutenir les parents dès la naissance", "Repérer les difficultés tôt"},
					actions:    []string{"Recruter deux puéricultrices", "Proposer une visite à chaque naissance"},
					indicators: []string{"Nombre de visites", "Part des naissances suivies"},
					when:       "Décembre 2027"},
				{id: "2.1", title: "Préparer la sortie de l'ASE",
					pilots:   []string{"Service ASE"},
					partners: []string{"Mission locale (accompagne vers l'emploi)", "Bailleurs sociaux (réservent des logements)", "ADEPAPE (parraine les jeunes)"},
					actions:  []string{"Organiser un entretien à 17 ans", "Mobiliser des logements"}},
			},
			glossary: map[string]string{"ASE": "Aide sociale à l'enfance", "PMI": "Protection maternelle et infantile"},
			text:     "Informations préoccupantes reçues en 2024 : 3 480",
		},
	} {
		t.Run(tc.file, func(t *testing.T) {
			t.Log(tc.why)
			d := loadClass(t, tc.file)
			if d.Title != tc.title {
				t.Errorf("title %q, want %q", d.Title, tc.title)
			}
			checkReadDocument(t, d, axisLabel, append([]string{}, tc.axes...), tc.fiches, tc.want, tc.glossary)
			if tc.text != "" && !slices.ContainsFunc(d.Sections, func(s corpus.Section) bool { return strings.Contains(s.Text, tc.text) }) {
				t.Errorf("no section holds %q", tc.text)
			}
		})
	}
}

// texts returns the items' texts.
func texts(items []corpus.Item) []string {
	out := make([]string, 0, len(items))
	for _, it := range items {
		out = append(out, it.Text)
	}
	return out
}
