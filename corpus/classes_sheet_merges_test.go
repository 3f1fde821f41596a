package corpus_test

// A plan of actions kept as a spreadsheet whose merged cells the CSV
// export writes on their first row only. A fiche spreads over several
// rows, its code, title, pilot and partners on the first, each row below
// it one action with its own deadline and indicator; the axis is merged
// over its fiches; and a pilot or partners shared by consecutive fiches
// may be merged over them too, which a note of the sheet then says. A
// blank cell on a fiche's own row stands for the fiche's above only when
// such a note says so, in the columns it names, within the axis; without
// the note a blank pilot is no pilot. Each deadline is named by the
// action on its row.

import (
	"testing"

	"schemabot/corpus"
)

func TestSheetMergedCellsClass(t *testing.T) {
	// milestones are what each fiche's calendar holds, in order.
	milestones := map[string]map[string][]due{
		"val-de-sorniere-classeur-cellules-fusionnees-2030-2034.csv": {
			"A1": {{"Ouvrir une halte-parents à Brévannes", "mars 2031", "2031-03-01", "2031-03-31"},
				{"Ouvrir deux haltes-parents dans le nord du département", "2032", "2032-01-01", "2032-12-31"}},
			"A2": {{"Concevoir un module de formation avec le relais petite enfance", "1er semestre 2031", "2031-01-01", "2031-06-30"},
				{"Former 200 assistantes maternelles", "2033", "2033-01-01", "2033-12-31"}},
			"B1": {{"Choisir le gestionnaire de l'accueil de jour", "T2 2031", "2031-04-01", "2031-06-30"},
				{"Ouvrir l'accueil de jour à Sornac", "janvier 2032", "2032-01-01", "2032-01-31"}},
			// Two actions, one deadline each, both kept.
			"B2": {{"Créer une ligne d'astreinte pour les assistants familiaux", "2030", "2030-01-01", "2030-12-31"},
				{"Organiser des temps de répit chaque été", "2031-2034", "2031-01-01", "2034-12-31"}},
		},
		"haute-lesere-export-virgules-2031-2035.csv": {
			"1": {{"Ouvrir une adresse de saisine en ligne", "T1 2032", "2032-01-01", "2032-03-31"},
				{"Former les cadres de permanence", "2032", "2032-01-01", "2032-12-31"}},
			// A deadline that names its own step keeps its name.
			"2": {{"Lancement", "2031", "2031-01-01", "2031-12-31"},
				{"Créer des groupes de parole", "2033", "2033-01-01", "2033-12-31"}},
		},
	}
	// pilotless are the fiches each document leaves without a pilot.
	pilotless := map[string][]string{
		"val-de-sorniere-classeur-cellules-fusionnees-2030-2034.csv": nil,
		"haute-lesere-export-virgules-2031-2035.csv":                 {"2"},
	}
	runClassCases(t, []classCase{{
		file:   "val-de-sorniere-classeur-cellules-fusionnees-2030-2034.csv",
		why:    "a note of the sheet says the porteur and the partners are merged over consecutive fiches: a fiche that leaves them blank has the fiche's above, within its axis; the rows below a fiche's first are its actions, each deadline named by its action, each indicator the fiche's",
		axes:   []string{"Prévenir au plus près des familles", "Accueillir et protéger"},
		fiches: []string{"A1", "A2", "B1", "B2", "B3"},
		want: []readFiche{
			{id: "A1", title: "Ouvrir des haltes-parents dans les bourgs",
				pilots:     []string{"Service Parentalité et Prévention"},
				partners:   []string{"CAF du Val-de-Sornière", "Centres sociaux ruraux"},
				actions:    []string{"Ouvrir une halte-parents à Brévannes", "Ouvrir deux haltes-parents dans le nord du département"},
				indicators: []string{"Nombre de familles accueillies", "Nombre de haltes ouvertes"}},
			// Porteur and partners merged with A1's.
			{id: "A2", title: "Former les assistantes maternelles au repérage des difficultés",
				pilots:     []string{"Service Parentalité et Prévention"},
				partners:   []string{"CAF du Val-de-Sornière", "Centres sociaux ruraux"},
				actions:    []string{"Concevoir un module de formation avec le relais petite enfance", "Former 200 assistantes maternelles"},
				indicators: []string{"Nombre d'assistantes maternelles formées"}},
			{id: "B1", title: "Créer un accueil de jour pour adolescents",
				pilots:     []string{"Direction de l'Enfance protégée"},
				partners:   []string{"Protection judiciaire de la jeunesse", "Maison des adolescents"},
				indicators: []string{"Nombre d'adolescents accueillis", "Taux d'occupation"}},
			{id: "B2", title: "Soutenir les assistants familiaux",
				pilots:   []string{"Service Accueil familial"},
				partners: []string{"Associations d'assistants familiaux"}},
			// The porteur merged with B2's; partners of its own.
			{id: "B3", title: "Préparer la sortie des jeunes majeurs",
				pilots:     []string{"Service Accueil familial"},
				partners:   []string{"Missions locales", "Bailleurs sociaux"},
				actions:    []string{"Proposer un entretien d'autonomie à 17 ans"},
				indicators: []string{"Part des jeunes reçus à 17 ans"},
				when:       "2031"},
		},
		glossary: map[string]string{"PJJ": "Protection judiciaire de la jeunesse"},
	}, {
		file:   "haute-lesere-export-virgules-2031-2035.csv",
		why:    "with no note that cells are merged, a blank pilot is no pilot, not the fiche's above; the rows below a fiche's first are still its actions, each deadline named by its action",
		axes:   []string{"Repérer plus tôt", "Accompagner vers l'autonomie"},
		fiches: []string{"1", "2", "3"},
		want: []readFiche{
			{id: "1", title: "Renforcer la cellule de recueil",
				pilots:     []string{"Responsable de la CRIP"},
				actions:    []string{"Ouvrir une adresse de saisine en ligne", "Former les cadres de permanence"},
				indicators: []string{"Délai de qualification des informations", "Nombre de cadres formés"}},
			{id: "2", title: "Protéger les enfants exposés aux violences",
				pilots:     []string{},
				actions:    []string{"Signer un protocole avec les parquets", "Créer des groupes de parole"},
				indicators: []string{"Nombre de situations signalées"}},
			{id: "3", title: "Accompagner les jeunes majeurs jusqu'à 21 ans",
				pilots: []string{"Mission Jeunes majeurs"},
				when:   "2031"},
		},
	}}, func(t *testing.T, d *corpus.Document) {
		file := d.ID + ".csv"
		for id, want := range milestones[file] {
			milestonesAre(t, id, d.Fiche(id).Milestones, want)
		}
		var none []string
		for _, f := range d.Fiches {
			if len(f.Pilots.Texts()) == 0 {
				none = append(none, f.ID)
			}
		}
		if !equalIDs(none, pilotless[file]) {
			t.Errorf("fiches without a pilot %q, want %q", none, pilotless[file])
		}
	})
}

// equalIDs reports two lists of fiche ids alike, nil and empty alike.
func equalIDs(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
