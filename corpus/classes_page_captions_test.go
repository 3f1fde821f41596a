package corpus_test

// A layout class: a paginated schéma read in a web viewer and captured
// page by page. Each page opens on a markdown heading, the same running
// title and the page's number ("## Plan enfance … - page 7"), between
// horizontal rules. A fiche runs over two pages: its title, priority and
// objectives under one caption, its pilot, partners, calendar and
// indicators under the next. The captions are the viewer's, not the
// document's headings: the fiche goes on across them.

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"schemabot/corpus"
)

func TestPageCaptionClass(t *testing.T) {
	path := filepath.Join("testdata", "classes", "allier-liseuse-pages.md")
	d, err := corpus.LoadFile(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	checkReadDocument(t, d, axisTitle,
		[]string{"Épauler les familles", "Accompagner vers l'âge adulte"},
		[]string{"1", "2", "3"},
		[]readFiche{
			{id: "1", title: "Ouvrir des lieux d'accueil enfants-parents en zone rurale",
				pilots:     []string{"Service de protection maternelle et infantile de l'Allier"},
				partners:   []string{"Caisse d'allocations familiales de l'Allier, communes rurales, centres sociaux"},
				objectives: []string{"Offrir aux parents de jeunes enfants un lieu d'échange à moins de vingt minutes de chez eux."},
				actions:    []string{"Un lieu itinérant s'installera chaque semaine dans une salle communale différente."},
				indicators: []string{"Nombre de familles accueillies", "Nombre de communes visitées"},
				when:       "Premières séances en octobre 2027 ; quatre bassins couverts fin 2028."},
			{id: "2", pilots: []string{"Service des accueillants familiaux de l'Allier"},
				indicators: []string{"Nombre d'accueillants formés"},
				when:       "Deux sessions de formation par an à partir de janvier 2028."},
			{id: "3", pilots: []string{"Cellule autonomie des jeunes de l'Allier"},
				when: "Quinze studios réservés d'ici juin 2029."},
		},
		map[string]string{"LAEP": "lieu d'accueil enfants-parents"})
	// The repeated label outside the vocabulary is the fiche's own field,
	// and no caption is a section of the text.
	if f := d.Fiche("2"); f == nil || len(f.Other) == 0 || f.Other[0].Label != "Degré de priorité" || f.Other[0].Texts()[0] != "3" {
		t.Errorf("fiche 2: other fields %+v, want Degré de priorité 3 first", f.Other)
	}
	for _, s := range d.Sections {
		for _, p := range append([]corpus.Item{{Text: s.Heading}}, s.Paragraphs...) {
			if strings.Contains(p.Text, "- page ") {
				t.Errorf("section %q keeps the caption %q", s.Heading, p.Text)
			}
		}
	}
}
