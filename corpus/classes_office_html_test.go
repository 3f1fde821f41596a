package corpus_test

// A schéma as it is shared by mail or published: a Word file (.docx), an
// OpenDocument file (.odt) written with LibreOffice, or the page of the
// département's website (.html). Each fiche is a heading (or an
// accordion's summary) over a two-column table of fields (or a
// definition list), with list items in the cells. The three formats read
// into the same fiches; what a web page wraps the schéma in (scripts,
// the menu, a cookie banner's button) is no part of it, and the pieces a
// page's style sets apart stay apart ("<span>Axe 1</span> Prévenir…",
// "<span>37</span><span>assistants familiaux</span>").

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"schemabot/corpus"
)

func TestOfficeAndWebPagesClass(t *testing.T) {
	type fiche struct {
		id, title, pilot, calendar string
		partners, actions          []string
		indicator                  string
	}
	want := []fiche{
		{"1", "Ouvrir un lieu d'accueil enfants-parents dans chaque vallée", "Cheffe du service PMI", "Premier semestre 2026",
			[]string{"CAF de Sorgue", "Centres sociaux"}, []string{"Ouvrir trois lieux d'accueil", "Former les accueillants"}, "Nombre de familles accueillies"},
		{"2", "Raccourcir l'évaluation des informations préoccupantes", "Responsable de la CRIP", "Fin 2027",
			[]string{"Parquet de Sorgue", "Éducation nationale"}, []string{"Créer une équipe d'évaluation renforcée"}, "Délai moyen d'évaluation"},
		{"3", "Accompagner les jeunes majeurs vers le logement", "Directrice de l'enfance et de la famille", "2028",
			[]string{"Mission locale", "Bailleurs sociaux"}, []string{"Réserver vingt logements passerelles"}, "Nombre de jeunes logés"},
	}
	texts := func(items []corpus.Item) []string {
		var out []string
		for _, it := range items {
			out = append(out, it.Text)
		}
		return out
	}
	for _, ext := range []string{".docx", ".odt", ".html"} {
		t.Run(ext, func(t *testing.T) {
			d, err := corpus.LoadFile(context.Background(), filepath.Join("testdata", "classes", "pays-de-sorgue-2025-2029"+ext))
			if err != nil {
				t.Fatal(err)
			}
			if d.StartYear != 2025 || d.EndYear != 2029 {
				t.Errorf("period %d-%d, want 2025-2029", d.StartYear, d.EndYear)
			}
			if len(d.Fiches) != len(want) {
				t.Fatalf("%d fiches, want %d: %+v", len(d.Fiches), len(want), d.Fiches)
			}
			for i, w := range want {
				f := d.Fiches[i]
				if f.ID != w.id || f.Title != w.title {
					t.Errorf("fiche %d: %q %q, want %q %q", i, f.ID, f.Title, w.id, w.title)
				}
				if got := strings.Join(texts(f.Pilots.Items), " / "); got != w.pilot {
					t.Errorf("fiche %s pilots %q, want %q", w.id, got, w.pilot)
				}
				if got := strings.Join(texts(f.Calendar.Items), " / "); got != w.calendar {
					t.Errorf("fiche %s calendar %q, want %q", w.id, got, w.calendar)
				}
				if got := texts(f.Partners.Items); strings.Join(got, "|") != strings.Join(w.partners, "|") {
					t.Errorf("fiche %s partners %q, want %q", w.id, got, w.partners)
				}
				if got := texts(f.Actions.Items); strings.Join(got, "|") != strings.Join(w.actions, "|") {
					t.Errorf("fiche %s actions %q, want %q", w.id, got, w.actions)
				}
				if got := texts(f.AllIndicators()); len(got) != 1 || got[0] != w.indicator {
					t.Errorf("fiche %s indicators %q, want %q", w.id, got, w.indicator)
				}
			}
			var crip string
			for _, g := range d.Glossary {
				if g.Acronym == "CRIP" {
					crip = g.Expansion
				}
			}
			if crip != "Cellule de recueil des informations préoccupantes" {
				t.Errorf("CRIP in the glossary: %q", crip)
			}
			if len(d.Axes) != 1 || d.Axes[0].Number != 1 || d.Axes[0].Title != "Prévenir et protéger" {
				t.Errorf("axes %+v, want one: 1 Prévenir et protéger", d.Axes)
			}
			all := strings.Join(d.Lines, "\n")
			if ext == ".html" && !strings.Contains(all, "37 assistants familiaux") {
				t.Errorf("the key figure's pieces run together: %q", all)
			}
			for _, noise := range []string{"var x", "Fiche action n°99", ".a{}"} {
				if strings.Contains(all, noise) {
					t.Errorf("the page's %q is read as text", noise)
				}
			}
		})
	}
}

// A file that is not what its name says, or whose text part is missing,
// gets a clear error, not a panic nor an empty schéma.
func TestDamagedOfficeFiles(t *testing.T) {
	dir := t.TempDir()
	var empty bytes.Buffer
	zw := zip.NewWriter(&empty)
	if _, err := zw.Create("word/styles.xml"); err != nil {
		t.Fatal(err)
	}
	zw.Close()
	var broken bytes.Buffer
	zw = zip.NewWriter(&broken)
	w, _ := zw.Create("content.xml")
	w.Write([]byte("<office:document-content><office:body><text:p>Fiche 1"))
	zw.Close()
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"texte.docx", []byte("Fiche action n°1 : ceci n'est pas un fichier Word\n")},
		{"vide.docx", empty.Bytes()},
		{"coupe.odt", broken.Bytes()},
		{"binaire.odt", []byte{0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x12}},
	} {
		p := filepath.Join(dir, tc.name)
		if err := os.WriteFile(p, tc.data, 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := corpus.LoadFile(context.Background(), p)
		var fe *corpus.FileError
		if !errors.As(err, &fe) || fe.Problem != corpus.ProblemDamaged {
			t.Errorf("%s: want a damaged-file error, got %v", tc.name, err)
		}
	}
}

// Word numbers headings itself: "Orientation %1 –" and "Fiche %1.%2 :"
// written once in the numbering definitions and attached to the heading
// styles, so that no heading's text holds its number. The numbers are
// read as Word shows them, in each level's format; a heading whose own
// numbering is turned off ("Glossaire") is no orientation.
func TestWordAutomaticNumberingClass(t *testing.T) {
	d, err := corpus.LoadFile(context.Background(), filepath.Join("testdata", "classes", "haute-brume-numerotation-auto-2026-2030.docx"))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ id, title, axis, pilot, calendar string }{
		{"I.1", "Créer une consultation prénatale itinérante", "Orientation I : Prévenir au plus tôt", "Sage-femme coordinatrice de PMI", "2027"},
		{"I.2", "Former les crèches au repérage", "Orientation I : Prévenir au plus tôt", "Cheffe du service petite enfance", "2028"},
		{"II.1", "Ouvrir une maison d'accueil pour fratries", "Orientation II : Protéger et accueillir", "Directeur de l'enfance", "2029"},
	}
	if len(d.Fiches) != len(want) {
		t.Fatalf("%d fiches, want %d", len(d.Fiches), len(want))
	}
	for i, w := range want {
		f := d.Fiches[i]
		if f.ID != w.id || f.Title != w.title || f.Axis != w.axis {
			t.Errorf("fiche %d: %q %q %q, want %q %q %q", i, f.ID, f.Title, f.Axis, w.id, w.title, w.axis)
		}
		if len(f.Pilots.Items) != 1 || f.Pilots.Items[0].Text != w.pilot {
			t.Errorf("fiche %s pilots %+v, want %q", w.id, f.Pilots.Items, w.pilot)
		}
		if len(f.Calendar.Items) != 1 || f.Calendar.Items[0].Text != w.calendar {
			t.Errorf("fiche %s calendar %+v, want %q", w.id, f.Calendar.Items, w.calendar)
		}
	}
	if len(d.Axes) != 2 || d.Axes[1].Title != "Protéger et accueillir" || len(d.Glossary) != 1 {
		t.Errorf("axes %+v", d.Axes)
	}
}
