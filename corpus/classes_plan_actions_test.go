package corpus_test

// A class of fiches numbered within their axis ("Fiche 2.1 – …") that name
// their own pilot, copilot and partners on labelled lines, then end on a
// plan of actions: a table with one row per action, numbered from 1 within
// the fiche, and only two fields, who carries the action and by when
// (N° | Action | Pilote | Échéance). The action's pilot is not the
// fiche's. As `pdftotext -layout` prints the PDF that LibreOffice made,
// the cells wrap over two or three lines and a cell may run within one
// space of the next. The fixture is written by
// pays-de-valrance-plan-actions.py.

import (
	"slices"
	"testing"
)

func TestPlanOfActionsClass(t *testing.T) {
	needPdftotext(t)
	d := loadClass(t, "pays-de-valrance-plan-actions.pdf")
	var ids []string
	for _, f := range d.Fiches {
		ids = append(ids, f.ID)
	}
	if want := []string{"1.1", "1.2", "2.1"}; !slices.Equal(ids, want) {
		t.Fatalf("fiches %q, want %q: the rows of a plan are the fiche's actions, no fiches of their own", ids, want)
	}
	for _, tt := range []struct {
		fiche      string
		pilots     []string // the fiche's own first, then each action's
		partners   []string
		objectives []string
		actions    []string
		due        []due
	}{
		{"1.1",
			[]string{"Direction des solidarités – Service de l'action éducative", "Caisse d'allocations familiales du Pays de Valrance",
				"Direction du patrimoine départemental (action 1)", "Chef du service des ressources humaines (action 2)",
				"Responsable de la circonscription de Valrance-Nord (action 3)"},
			[]string{"Centres sociaux, associations de médiation familiale, communes rurales"},
			[]string{"Recevoir chaque famille orientée dans le mois", "Réduire les mesures judiciaires évitables"},
			[]string{"Action 1 – Aménager un accueil de jour dans l'ancienne école de Brissac",
				"Action 2 – Recruter deux éducateurs itinérants pour les cantons du nord",
				"Action 3 – Signer une convention d'accueil avec les centres sociaux volontaires"},
			[]due{{"Action 1 – Aménager", "3e trimestre 2027", "2027-07-01", "2027-09-30"},
				{"Action 2 – Recruter", "Début 2028", "2028-01-01", "2028-03-31"},
				{"Action 3 – Signer", "Avril 2028", "2028-04-01", "2028-04-30"}}},
		{"1.2",
			[]string{"Direction des solidarités – Mission information des familles", "Ordre des avocats du Pays de Valrance",
				"Chargée de communication de la direction des solidarités (action 1)", "Bâtonnier de l'ordre des avocats (action 2)"},
			[]string{"Maisons France services, associations familiales"},
			[]string{"Remettre un livret d'accueil à chaque parent"},
			[]string{"Action 1 – Rédiger un livret des droits des parents en langage clair",
				"Action 2 – Tenir une permanence juridique mensuelle dans chaque circonscription"},
			[]due{{"Action 1 – Rédiger", "1er semestre 2028", "2028-01-01", "2028-06-30"},
				{"Action 2 – Tenir", "2029", "2029-01-01", "2029-12-31"}}},
		{"2.1",
			[]string{"Direction de l'enfance – Service de l'offre d'accueil", "Agence régionale de santé (délégation territoriale)",
				"Directrice de l'enfance et de la famille (action 1)", "Président de la commission d'appel à projets (action 2)",
				"Association lauréate de l'appel à projets (action 3)"},
			[]string{"Associations gestionnaires, protection judiciaire de la jeunesse"},
			[]string{"Accueillir ensemble les frères et sœurs", "Limiter les accueils hors du département"},
			[]string{"Action 1 – Lancer l'appel à projets pour une maison de vingt places",
				"Action 2 – Choisir le gestionnaire et signer le contrat pluriannuel",
				"Action 3 – Ouvrir la maison d'enfants et accueillir les premières fratries"},
			[]due{{"Action 1 – Lancer", "Fin 2027", "2027-10-01", "2027-12-31"},
				{"Action 2 – Choisir", "2e semestre 2028", "2028-07-01", "2028-12-31"},
				{"Action 3 – Ouvrir", "Septembre 2029", "2029-09-01", "2029-09-30"}}},
	} {
		f := d.Fiche(tt.fiche)
		if f == nil {
			t.Errorf("no fiche %s", tt.fiche)
			continue
		}
		fieldsAre(t, tt.fiche,
			fieldWant{"pilots", f.Pilots.Texts(), tt.pilots},
			fieldWant{"partners", f.Partners.Texts(), tt.partners},
			fieldWant{"objectives", f.Objectives.Texts(), tt.objectives},
			fieldWant{"actions", f.Actions.Texts(), tt.actions},
		)
		milestonesAre(t, tt.fiche, f.Milestones, tt.due)
	}
}
