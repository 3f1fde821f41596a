package corpus_test

// A class of schémas written as a report in running prose whose actions
// give their pilot, partners and deadline only in a footnote at the foot
// of the page ("⁴ Porteur : … ; partenaires associés : … ; calendrier :
// …"), the note's mark after the action's heading or inside its text, the
// notes numbered through the document so that legal references come first
// and note 4 belongs to action 1.2. The fixture is written by
// haute-verenne-notes-pilotage.py.

import (
	"strings"
	"testing"

	"schemabot/corpus"
)

func TestFootnoteFieldsClass(t *testing.T) {
	needPdftotext(t)
	runClassCases(t, []classCase{{
		file: "haute-verenne-notes-pilotage.pdf",
		why: "a footnote at a page's foot that opens on a field label gives its fields to the fiche whose text carries its mark, " +
			"whatever the notes' numbering; the note's lines and its mark are no text of the fiche",
		axes:   []string{"Agir tôt auprès des familles", "Sécuriser le parcours des enfants accueillis"},
		fiches: []string{"1.1", "1.2", "2.1", "2.2"},
		want: []readFiche{
			{id: "1.1", title: "Ouvrir des consultations de puériculture itinérantes",
				pilots:     []string{"Service de protection maternelle et infantile"},
				objectives: []string{"une consultation à moins de vingt minutes de chaque famille."}},
			{id: "1.2", title: "Former les assistantes maternelles au repérage",
				pilots: []string{"Relais petite enfance départemental"}},
			{id: "2.1", title: "Créer une équipe d'accueil d'urgence",
				pilots: []string{"Direction de l'enfance – service de l'accueil"}},
			{id: "2.2", title: "Accompagner les jeunes majeurs vers le logement",
				pilots: []string{"Mission jeunes majeurs"}},
		},
	}}, func(t *testing.T, d *corpus.Document) {
		for _, tt := range []struct {
			fiche    string
			partners []string
			when     string
			// year is the year the deadline falls in.
			year int
		}{
			{"1.1", []string{"Mutualité sociale agricole", "communes du plateau"}, "premières tournées en septembre 2027", 2027},
			{"1.2", []string{"organismes de formation continue", "Caisse d'allocations familiales"}, "fin 2028", 2028},
			{"2.1", []string{"Association Les Tilleuls", "tribunal judiciaire de Vérenne"}, "ouverture au 1er janvier 2028", 2028},
			{"2.2", []string{"bailleurs sociaux", "Mission locale de Vérenne"}, "2029", 2029},
		} {
			f := d.Fiche(tt.fiche)
			partners := strings.Join(f.Partners.Texts(), " | ")
			for _, p := range tt.partners {
				if !strings.Contains(partners, p) {
					t.Errorf("fiche %s: partners %q lack %q", tt.fiche, partners, p)
				}
			}
			if got := f.Calendar.Texts(); len(got) != 1 || strings.TrimSuffix(got[0], ".") != tt.when {
				t.Errorf("fiche %s: calendar %q, want %q", tt.fiche, got, tt.when)
			}
			if len(f.Milestones) == 0 || f.Milestones[0].End.Year() != tt.year {
				t.Errorf("fiche %s: milestones %+v, want one due in %d", tt.fiche, f.Milestones, tt.year)
			}
			// The notes stay out of the fiche's other fields: neither
			// the legal references nor another action's note.
			for _, fl := range ficheFields(f) {
				if fl.Label == f.Pilots.Label || fl.Label == f.Partners.Label || fl.Label == f.Calendar.Label {
					continue
				}
				for _, it := range fl.Items {
					for _, bad := range []string{"Porteur", "partenaires associés", "calendrier", "Code de l'action sociale", "Loi n°"} {
						if strings.Contains(it.Text, bad) {
							t.Errorf("fiche %s: field %q holds %q: %q", tt.fiche, fl.Label, bad, it.Text)
						}
					}
				}
			}
		}
		if len(d.Warnings) > 0 {
			for _, w := range d.Warnings {
				if strings.Contains(w, "no pilot") {
					t.Errorf("warning %q", w)
				}
			}
		}
	})
}
