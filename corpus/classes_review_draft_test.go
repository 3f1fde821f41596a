package corpus_test

// A schéma sent out for review, saved with its reviewers' marks: tracked
// changes (inserted text, deleted text, a moved item, a deleted table row,
// a deleted heading, a paragraph whose old style is kept in the change
// record), comments in the margin, and one fiche's fields in a text box
// that Word stores twice (its shape, then a copy for older readers). The
// document reads as a reviewer sees it with every change accepted: what
// was inserted counts, what was deleted is gone, the comments are no part
// of the text, the box is read once where it stands, and the numbers Word
// gives the fiche headings skip the heading that was deleted. Each fiche's
// calendar is a table of steps and their dates under a header row, one
// entry a row; a step named like a field ("Évaluation", "Bilan") stays a
// step.

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"schemabot/corpus"
)

func TestReviewDraftClass(t *testing.T) {
	type fiche struct {
		id, title, pilot string
		actions          int
		milestones       []string // "label = raw", each dated
		indicators       int
	}
	tests := []struct {
		file   string
		fiches []fiche
		// gone are words of deleted text and of comments, which no line
		// of the document may hold.
		gone []string
	}{
		{
			file: "val-de-breche-relecture-2026-2030.docx",
			fiches: []fiche{
				{"1", "Lancer un service de médiation familiale itinérant", "Service de médiation – Cheffe de service médiation", 3,
					[]string{"Recrutement des médiateurs = 2027", "Premières permanences = septembre 2027", "Évaluation = 2029"}, 1},
				{"2", "Ouvrir des haltes-répit pour les parents épuisés", "Direction de la prévention – Chargée de mission parentalité", 1,
					[]string{"Première halte-répit = printemps 2027", "Trois haltes ouvertes = 2028"}, 1},
				{"3", "Créer une équipe mobile pour les adolescents", "Direction de l'enfance – Responsable de l'accueil", 0,
					[]string{"Constitution de l'équipe = janvier 2027", "Bilan = 2028"}, 1},
			},
			gone: []string{"Pôle famille", "80 partenaires", "Étude d'opportunité", "ligne d écoute", "service départemental de la jeunesse"},
		},
		{
			file: "val-de-breche-relecture-2026-2030.odt",
			fiches: []fiche{
				{"1", "Lancer un service de médiation familiale itinérant", "Service de médiation – Cheffe de service médiation", 0,
					[]string{"Recrutement des médiateurs = 2027", "Évaluation = 2029"}, 1},
				{"2", "Ouvrir des haltes-répit pour les parents épuisés", "Direction de la prévention – Chargée de mission parentalité", 1, nil, 1},
			},
			gone: []string{"Pôle famille", "service départemental de la jeunesse"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			d, err := corpus.LoadFile(context.Background(), filepath.Join("testdata", "classes", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Fiches) != len(tt.fiches) {
				t.Fatalf("%d fiches, want %d", len(d.Fiches), len(tt.fiches))
			}
			for i, w := range tt.fiches {
				f := d.Fiches[i]
				if f.ID != w.id || f.Title != w.title {
					t.Errorf("fiche %d: %q %q, want %q %q", i, f.ID, f.Title, w.id, w.title)
				}
				if len(f.Pilots.Items) != 1 || f.Pilots.Items[0].Text != w.pilot {
					t.Errorf("fiche %s pilots %+v, want %q", w.id, f.Pilots.Items, w.pilot)
				}
				if len(f.Actions.Items) != w.actions {
					t.Errorf("fiche %s actions %+v, want %d", w.id, f.Actions.Items, w.actions)
				}
				var got []string
				for _, m := range f.Milestones {
					if !m.Dated() {
						t.Errorf("fiche %s: milestone %q %q is not dated", w.id, m.Label, m.Raw)
					}
					got = append(got, m.Label+" = "+m.Raw)
				}
				if strings.Join(got, "; ") != strings.Join(w.milestones, "; ") {
					t.Errorf("fiche %s milestones %q, want %q", w.id, got, w.milestones)
				}
				if len(f.Indicators.Items) != w.indicators {
					t.Errorf("fiche %s indicators %+v, want %d", w.id, f.Indicators.Items, w.indicators)
				}
			}
			text := strings.Join(d.Lines, "\n")
			for _, g := range tt.gone {
				if strings.Contains(text, g) {
					t.Errorf("the text holds %q, deleted or a comment", g)
				}
			}
			review := false
			for _, w := range d.Warnings {
				review = review || strings.Contains(w, "a review draft") && strings.Contains(w, "read as accepted") && strings.Contains(w, "left out")
			}
			if !review {
				t.Errorf("warnings %q, want one saying the draft's changes were read as accepted", d.Warnings)
			}
		})
	}
}
