package corpus_test

// A class of summary documents whose plan is one landscape table over
// several pages, as `pdftotext -layout` prints it: a header row repeated at
// the top of each page with no running header above it (the page's form
// feed opens the header line), a footer in the first column under each
// page, a full-width row per axis, a column that joins two fields
// ("Contenu et résultats attendus"), and a row cut by a page break whose
// cells go on under the next page's header. Portrait pages come before
// it: an editorial signed by the Président and a vice-présidente, then a
// page of context whose heading has no blank line under it and whose key
// figures are a table of three columns, a blank line between two rows.

import (
	"strings"
	"testing"

	"schemabot/corpus"
)

func TestLandscapeSummaryClass(t *testing.T) {
	runClassCases(t, []classCase{{
		file:   "val-de-lisse-synthese-paysage-layout.txt",
		why:    "a column naming two fields is the first one's; a row cut by a page break goes on under the header that opens the next page; the editorial ends with its page",
		axes:   []string{"Soutenir les parents au plus tôt", "Mieux accueillir les enfants confiés", "Préparer l’autonomie des jeunes"},
		fiches: []string{"A1", "A2", "B1", "B2", "C1"},
		want: []readFiche{
			{id: "A1", title: "Ouvrir un relais parents-bébés",
				pilots:     []string{"Service de PMI – Cheffe de service"},
				partners:   []string{"CAF du Val-de-Lisse ; centres sociaux ; MSA"},
				actions:    []string{"Ouvrir un relais d’accueil des parents de jeunes enfants dans chaque canton. Proposer des ateliers animés par des puéricultrices."},
				indicators: []string{"Nombre de relais ouverts ; familles accueillies"},
				when:       "Juin 2028"},
			{id: "B1", title: "Créer un service d’accueil d’urgence",
				pilots:   []string{"Direction de l’enfance et de la famille"},
				partners: []string{"Maisons d’enfants ; centre hospitalier ; PJJ"},
				when:     "Ouverture en septembre 2028"},
			// The row the page break cuts: each cell whole, no footer
			// nor repeated header inside.
			{id: "B2", title: "Recruter des assistants familiaux",
				pilots:     []string{"Service de l’accueil familial"},
				partners:   []string{"France Travail ; pôle emploi des collectivités ; associations d’assistants familiaux"},
				actions:    []string{"Mener chaque année une campagne de recrutement. Créer un relais de répit pour les assistants familiaux."},
				indicators: []string{"Nombre d’agréments ; départs hors retraite"},
				when:       "Campagne annuelle ; bilan en 2029"},
			{id: "C1", title: "Accompagner les jeunes jusqu’à 21 ans",
				pilots:   []string{"Service jeunes majeurs"},
				partners: []string{"Missions locales ; bailleurs sociaux ; FJT"},
				when:     "Dès janvier 2027"},
		},
		glossary: map[string]string{"FJT": "Foyer de jeunes travailleurs"},
	}}, func(t *testing.T, d *corpus.Document) {
		if d.Adopted != "3 juillet 2026" {
			t.Errorf("adopted %q, want 3 juillet 2026", d.Adopted)
		}
		// The Président signs; the vice-présidente signs beside him.
		if d.Signatory != "Jean-Marc Lestrade" {
			t.Errorf("signatory %q, want Jean-Marc Lestrade", d.Signatory)
		}
		// The page after the editorial is a part of its own, and each
		// key figure keeps its label.
		var figures *corpus.Section
		for i := range d.Sections {
			if d.Sections[i].Heading == "Quelques repères" {
				figures = &d.Sections[i]
			}
		}
		if figures == nil {
			t.Fatalf("no section «Quelques repères» after the editorial")
		}
		found := false
		for _, p := range figures.Paragraphs {
			if strings.HasPrefix(p.Text, "Assistants familiaux agréés : 238 (dont 61 de plus de 60 ans)") {
				found = true
			}
		}
		if !found {
			t.Errorf("the figure of the foster carers is lost: %v", figures.Paragraphs)
		}
	})
}
