package corpus_test

// A schéma printed as a brochure of "engagements" or actions, read column
// by column: each fiche's heading stands alone ("ENGAGEMENT 3"), its title
// wraps over two lines of a narrow column, its blocks follow one another
// under short labels ("Nos objectifs", "Résultats attendus", "Indicateurs
// de suivi"), a deadline's year wraps onto a line of its own, and the
// sommaire lists the fiches by their headings without page numbers, and
// the parts of the document after them by their headings.

import (
	"testing"

	"schemabot/corpus"
)

func TestBrochureFieldsClass(t *testing.T) {
	runClassCases(t, []classCase{
		{
			file:   "val-de-brume-livret-engagements.txt",
			why:    "a title wrapped mid-phrase goes on; a second block of the objectives' kind is followed by the indicators it precedes; a wrapped year completes its item; a sommaire without pages names no fiche, and its other entries (\"Le suivi du schéma\") end the last fiche",
			fiches: []string{"1", "2", "3"},
			want: []readFiche{
				{id: "1", title: "Ouvrir des lieux d'accueil parents-enfants dans les vallées",
					pilots: []string{"Service de la petite enfance"},
					objectives: []string{"Rompre l'isolement des parents de jeunes enfants",
						"Ouvrir quatre lieux d'accueil parents-enfants d'ici 2027",
						"Chaque famille des vallées trouvera un lieu d'accueil à moins de vingt minutes de chez elle."},
					actions:    []string{"1. Aménager un local dans chaque maison des vallées", "2. Former les accueillants à l'écoute des parents"},
					indicators: []string{"Nombre de lieux d'accueil ouverts", "Fréquentation mensuelle des lieux d'accueil"}},
				{id: "2", title: "Accompagner les jeunes parents isolés",
					pilots:     []string{"Mission périnatalité"},
					indicators: []string{"Part des jeunes mères suivies à domicile", "Nombre de groupes de parole réunis"}},
				{id: "3", title: "Développer l'accueil familial de proximité",
					pilots: []string{"Service de l'accueil familial"},
					objectives: []string{"Agréer 90 nouveaux assistants familiaux d'ici 2029",
						"Accueillir chaque enfant dans son canton d'origine",
						"Les enfants confiés garderont leur école et leurs amis."},
					indicators: []string{"Nombre d'assistants familiaux agréés chaque année", "Part des enfants accueillis dans leur canton d'origine"}},
			},
		},
		{
			file:   "pays-d-orveline-livret-actions.txt",
			why:    "under other labels (\"Finalités\", \"Modalités\", \"Indicateurs\"), the expected results do not end the fiche before its indicators, and a title cut before its last word is whole",
			fiches: []string{"1", "2", "3"},
			want: []readFiche{
				{id: "1", title: "Créer des permanences éducatives dans les collèges",
					objectives: []string{"Repérer les décrochages scolaires avant la rupture",
						"Couvrir les vingt collèges ruraux d'ici 2028",
						"Chaque collège disposera d'une permanence éducative hebdomadaire."},
					indicators: []string{"Nombre de collèges couverts", "Nombre d'élèves reçus en permanence"}},
				{id: "2", title: "Renforcer la médiation familiale",
					indicators: []string{"Délai moyen d'attente d'une médiation", "Nombre de médiations engagées"}},
				{id: "3", title: "Sécuriser les retours en famille",
					actions:    []string{"1. Élaborer un protocole de retour en famille", "2. Créer une mesure d'accompagnement renforcé"},
					indicators: []string{"Part des retours en famille suivis d'un nouveau placement"}},
			},
		},
	}, func(t *testing.T, d *corpus.Document) {
		// The sommaire's entries are no fiches: each fiche is read once,
		// at its own heading, and none is defined twice.
		seen := map[string]bool{}
		for _, f := range d.Fiches {
			if seen[f.ID] {
				t.Errorf("fiche %s read twice", f.ID)
			}
			seen[f.ID] = true
		}
		for _, w := range d.Warnings {
			t.Errorf("warning: %s", w)
		}
	})
}
