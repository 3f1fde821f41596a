package corpus_test

// A class of plans d'actions where each fiche holds a table of the
// actions it is made of, numbered within the fiche ("2.1", "2.2"), each
// row with its own pilot, partners and deadline, cells wrapped over
// several lines, as `pdftotext -layout` prints a PDF that LibreOffice
// made from a word processor's document. The fixture, written by
// val-d-ombre-sous-actions.py, orders its columns N° | Action |
// Calendrier | Porteur | Partenaires associés.

import (
	"slices"
	"testing"
)

func TestSubActionRowsClass(t *testing.T) {
	needPdftotext(t)
	d := loadClass(t, "val-d-ombre-sous-actions.pdf")
	var ids []string
	for _, f := range d.Fiches {
		ids = append(ids, f.ID)
	}
	if want := []string{"1", "2", "3", "4"}; !slices.Equal(ids, want) {
		t.Fatalf("fiches %q, want %q: a table's rows are the fiche's actions, no fiches of their own", ids, want)
	}
	for _, tt := range []struct {
		fiche    string
		pilots   []string
		partners []string
		actions  []string
		due      []due
	}{
		{"1",
			[]string{"Service de protection maternelle et infantile (action 1.1)", "Mission parentalité du pôle solidarités (action 1.2)", "Service de formation continue (action 1.3)"},
			[]string{"Centre hospitalier de Brévanne, maternités privées (action 1.1)",
				"Caisse d'allocations familiales, Union départementale des associations familiales (action 1.2)",
				"Relais petite enfance, organismes de formation (action 1.3)"},
			[]string{"1.1 Installer une consultation conjointe de maternité et de puériculture dans chaque centre médico-social",
				"1.2 Ouvrir une ligne d'écoute pour les parents de nourrissons",
				"1.3 Former les assistantes maternelles au repérage précoce"},
			[]due{{"1.1 Installer une consultation", "Second semestre 2026", "2026-07-01", "2026-12-31"},
				{"1.2 Ouvrir une ligne d'écoute", "Mars 2027", "2027-03-01", "2027-03-31"},
				{"1.3 Former les assistantes", "2026-2028", "2026-01-01", "2028-12-31"}}},
		// Fiche 2's table opens a page: its header follows the page's break.
		{"2",
			[]string{"Cellule départementale de recueil des informations préoccupantes (action 2.1)", "Direction du numérique (action 2.2)"},
			[]string{"Parquet de Sombreval, gendarmerie départementale (action 2.1)", "Éditeur du logiciel métier, circonscriptions d'action sociale (action 2.2)"},
			[]string{"2.1 Créer une astreinte d'évaluation le week-end pour les situations urgentes",
				"2.2 Numériser le dossier de l'enfant et le partager entre les circonscriptions"},
			[]due{{"2.1 Créer une astreinte", "Janvier 2027", "2027-01-01", "2027-01-31"},
				{"2.2 Numériser le dossier", "Fin 2028", "2028-10-01", "2028-12-31"}}},
		{"3",
			[]string{"Direction de l'offre d'accueil (action 3.1)", "Service des jeunes majeurs (action 3.2)", "Direction de l'habitat et du logement (action 3.3)"},
			[]string{"Fondation Les Tilleuls, pédopsychiatrie de secteur (action 3.1)", "Association Parrains d'Ombre, missions locales (action 3.2)",
				"Bailleurs sociaux, foyers de jeunes travailleurs (action 3.3)"},
			[]string{"3.1 Ouvrir deux petites unités de vie de six places pour adolescents en grande difficulté",
				"3.2 Proposer un parrainage citoyen à chaque jeune de 16 ans accueilli",
				"3.3 Garantir un logement temporaire à la sortie du dispositif"},
			[]due{{"3.1 Ouvrir deux petites unités", "Septembre 2027", "2027-09-01", "2027-09-30"},
				{"3.2 Proposer un parrainage", "2026", "2026-01-01", "2026-12-31"},
				{"3.3 Garantir un logement", "Décembre 2028", "2028-12-01", "2028-12-31"}}},
		{"4",
			[]string{"Observatoire départemental de la protection de l'enfance (action 4.1)", "Direction de la communication (action 4.2)"},
			[]string{"Associations d'usagers, anciens enfants accueillis (action 4.1)", "Comité consultatif des familles, centres sociaux (action 4.2)"},
			[]string{"4.1 Réunir un comité consultatif des familles deux fois par an", "4.2 Publier une lettre d'information annuelle en langage facile"},
			[]due{{"4.1 Réunir un comité", "Juin 2026", "2026-06-01", "2026-06-30"},
				{"4.2 Publier une lettre", "Octobre 2026", "2026-10-01", "2026-10-31"}}},
	} {
		f := d.Fiche(tt.fiche)
		if f == nil {
			t.Errorf("no fiche %s", tt.fiche)
			continue
		}
		fieldsAre(t, tt.fiche,
			fieldWant{"pilots", f.Pilots.Texts(), tt.pilots},
			fieldWant{"partners", f.Partners.Texts(), tt.partners},
			fieldWant{"actions", f.Actions.Texts(), tt.actions},
		)
		milestonesAre(t, tt.fiche, f.Milestones, tt.due)
	}
}
