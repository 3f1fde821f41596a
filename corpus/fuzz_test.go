package corpus_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"schemabot/corpus"
)

// fuzzSeeds returns snippets of the shipped documents (windows around
// their fiches, tables, calendars and glossaries), the test fixtures and
// edge cases.
func fuzzSeeds(t testing.TB) [][]byte {
	var seeds [][]byte
	for _, name := range []string{"moselle-2019-2023.md", "isere-2020-2024.md"} {
		data, err := fs.ReadFile(corpus.Shipped(), name)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(data), "\n")
		for _, w := range [][2]int{
			{1, 60},      // titles, sommaire
			{470, 530},   // Moselle fiche 1 / Isère partie 1
			{585, 700},   // Moselle table cells / Isère fiches 1-3
			{715, 800},   // Moselle fiche 5-6 indicator tables
			{1000, 1070}, // Moselle fiche 10 lists
			{1200, 1290}, // Moselle glossary / Isère fiches 15-16
			{1940, 2061}, // Isère fiche 32 and glossary
		} {
			lo, hi := min(w[0]-1, len(lines)), min(w[1], len(lines))
			if lo < hi {
				seeds = append(seeds, []byte(strings.Join(lines[lo:hi], "\n")))
			}
		}
	}
	err := filepath.WalkDir("testdata", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.Contains(p, "fuzz") {
			return err
		}
		data, err := os.ReadFile(p)
		if err == nil {
			seeds = append(seeds, data)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"",
		"\n",
		"Fiche 1 :",
		"Fiche 1 : a\nFiche 1 : b\n",
		"Fiche action n°1 : A\n\nPilote\n- x\n\nFiche action n°1 : B\n\nPilote\n- y\n",
		"Fiche 999 : x\n\nLe calendrier\n- : \n- a :\n- Semestre 1 –\n",
		"Pilotes\tContributeurs\n<ul>•\t○</ul>\n",
		"Fiche 2 : t\nPilotes\tContributeurs\n\t\n<ul><ul><ul>○ a</ul>•\t• b\n",
		"Fiche 3 : t\nIndicateurs de réalisation\nIndicateurs d'impacts\n- | | |\n|---|---|\n| • a | • b |\n",
		"Glossaire\nAB : x\nC : y\nÉÉ – z\n",
		"Sommaire\nFiche 1 : a\t3\nOrientation 1 : b\t2\nAxe 1 : c...4\n\nAxe 1 : c\nFiche 1 : a\n",
		"Objectif stratégique n°1 : x\nOrientation 1 : y\nFiche 1 : z\nLe calendrier\n- à partir de 2021\n- d'ici 2022\n",
		"DEPARTEMENT DE LA MOSELLE\nDÉPARTEMENT DE L'ÉCOLE\n",
		"**\n*\n#\n# \n#### Fiche 4\n",
		"\t\t\t\n|\n- |\n--\t--\n",
		"Le calendrier : Semestre 1 / 2020\n",
		"Fiche 1 : x\nLe calendrier : Semestre 1 / 2020\n- Groupe :\n - a : 2021\n- b : Semestre 2 / 2019 – Semestre 1 / 2020\n",
		"\xef\xbb\xbfFiche 1 : x\r\nPilote : y\r\n",
		"Fiche 1 : " + strings.Repeat("é", 300) + "\n",
	} {
		seeds = append(seeds, []byte(s))
	}
	return seeds
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := corpus.Parse("fuzz", "fuzz.md", data)
		if err != nil {
			if doc != nil {
				t.Fatalf("Parse returned both a document and an error: %v", err)
			}
			if !strings.Contains(err.Error(), "fuzz.md") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		checkInvariants(t, doc)
	})
}

// checkInvariants asserts what must hold for any document that parsed.
func checkInvariants(t *testing.T, doc *corpus.Document) {
	t.Helper()
	n := len(doc.Lines)
	if n == 0 {
		t.Fatal("a parsed document has no lines")
	}
	span := func(what string, s corpus.Span) {
		t.Helper()
		if s.StartLine < 1 || s.EndLine > n || s.StartLine > s.EndLine || s.Page < 0 {
			t.Fatalf("%s: span %+v outside the document's %d lines", what, s, n)
		}
	}
	text := func(what, s string) {
		t.Helper()
		if !utf8.ValidString(s) {
			t.Fatalf("%s: invalid UTF-8 %q", what, s)
		}
	}
	text("title", doc.Title)
	text("departement", doc.Departement)
	if (doc.StartYear == 0) != (doc.EndYear == 0) || doc.StartYear > doc.EndYear {
		t.Fatalf("period %d-%d", doc.StartYear, doc.EndYear)
	}
	for _, f := range doc.Fiches {
		what := "fiche " + f.ID
		if f.ID == "" || corpus.CanonicalFicheID(f.ID) != f.ID {
			t.Fatalf("fiche label %q is not canonical", f.ID)
		}
		span(what, f.Span)
		text(what+" title", f.Title)
		if g := doc.Fiche(f.ID); g == nil || g.ID != f.ID {
			t.Fatalf("Document.Fiche(%q) = %v", f.ID, g)
		}
		fields := []corpus.Field{f.Diagnostic, f.Objectives, f.Actions, f.Pilots, f.Partners, f.Calendar,
			f.IndicatorsRealisation, f.IndicatorsImpact, f.Indicators}
		fields = append(fields, f.Other...)
		for _, fld := range fields {
			if fld.Span.StartLine != 0 {
				span(what+" field "+fld.Label, fld.Span)
			}
			for _, it := range fld.Items {
				span(what+" item", it.Span)
				text(what+" item", it.Text)
				if (it.Span.StartLine < f.Span.StartLine || it.Span.EndLine > f.Span.EndLine) && !isParagraph(doc, it.Span) {
					t.Fatalf("%s: item %q at %+v outside the fiche %+v", what, it.Text, it.Span, f.Span)
				}
				if it.Text == "" || it.Level < 0 {
					t.Fatalf("%s: item %+v", what, it)
				}
			}
		}
		for _, m := range f.Milestones {
			span(what+" milestone", m.Span)
			if m.Start.IsZero() != m.End.IsZero() {
				t.Fatalf("%s: milestone %q half-dated %v…%v", what, m.Raw, m.Start, m.End)
			}
			if m.Dated() && m.Start.After(m.End) {
				t.Fatalf("%s: milestone %q starts after it ends: %v…%v", what, m.Raw, m.Start, m.End)
			}
		}
	}
	for _, s := range doc.Sections {
		span("section "+s.Heading, s.Span)
		text("section heading", s.Heading)
		for _, it := range s.Paragraphs {
			span("paragraph", it.Span)
		}
	}
	for _, a := range doc.Axes {
		span("axis", a.Span)
	}
	for _, g := range doc.Glossary {
		span("glossary "+g.Acronym, g.Span)
		if g.Acronym == "" || g.Expansion == "" {
			t.Fatalf("glossary entry %+v", g)
		}
	}
}

// isParagraph reports a span that is a paragraph of a section: the only
// place outside its fiche an item may come from (see corpus.Item).
func isParagraph(doc *corpus.Document, sp corpus.Span) bool {
	for _, s := range doc.Sections {
		for _, p := range s.Paragraphs {
			if p.Span.StartLine == sp.StartLine && p.Span.EndLine == sp.EndLine {
				return true
			}
		}
	}
	return false
}

// TestFuzzSeeds runs the fuzz invariants on the seeds and on the whole
// shipped documents in ordinary test runs.
func TestFuzzSeeds(t *testing.T) {
	for i, s := range fuzzSeeds(t) {
		doc, err := corpus.Parse("seed", "seed.md", s)
		if err != nil {
			continue // bad input is tested in parse_bad_test.go
		}
		t.Run(itoa(i), func(t *testing.T) { checkInvariants(t, doc) })
	}
	for _, id := range []string{moselleID, isereID} {
		checkInvariants(t, shippedDoc(t, id))
	}
}

// FuzzCSV feeds arbitrary bytes to the CSV reader, as a file a département
// would deploy: it returns a document or an error naming the file, never a
// panic.
func FuzzCSV(f *testing.F) {
	seed, err := os.ReadFile(filepath.Join("testdata", "layouts", "calvados-2024-2028.csv"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte("N°;Action;Pilote;Partenaires;Échéance\n1;\"Titre\nsur deux lignes\";Service A;CAF;2025\n"))
	f.Add([]byte("a;\"b\n;c"))
	f.Add([]byte("\xef\xbb\xbf;;;\r\n\"\"\"\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		name := filepath.Join(t.TempDir(), "fuzz.csv")
		if err := os.WriteFile(name, data, 0o600); err != nil {
			t.Fatal(err)
		}
		doc, err := corpus.LoadFile(t.Context(), name)
		if err != nil {
			if !strings.Contains(err.Error(), "fuzz.csv") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		checkInvariants(t, doc)
	})
}

// FuzzOfficeAndHTML feeds arbitrary bytes to the Word, OpenDocument and
// web page readers, as files a département would deploy: each returns a
// document or an error naming the file, never a panic.
func FuzzOfficeAndHTML(f *testing.F) {
	for _, ext := range []string{".docx", ".odt", ".html"} {
		seed, err := os.ReadFile(filepath.Join("testdata", "classes", "pays-de-sorgue-2025-2029"+ext))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(seed, uint8(0))
	}
	f.Add([]byte("<details><summary>Fiche 1</summary><dl><dt>Pilote<dd>X</dl>"), uint8(2))
	if seed, err := os.ReadFile(filepath.Join("testdata", "classes", "val-d-oriel-tableaux-fusionnes-2025-2029.html")); err == nil {
		f.Add(seed, uint8(2))
	}
	// Spans that overlap, run past the table or are no numbers, and a
	// calendar nested in a cell of a calendar.
	f.Add([]byte(`<table><tr><th colspan=3>Fiche 1<tr><th rowspan=0>A<th colspan=99>P<td>x<tr><td rowspan=500>2024<td>2025<td>2026`+
		`<tr><th rowspan=-2>S<td colspan=x>●<td>mars<td><table><tr><th>a<th>2024<th>2025<th>2026<tr><td>b<td>x</table></table>`), uint8(2))
	f.Add([]byte("PK\x03\x04"), uint8(1))
	f.Fuzz(func(t *testing.T, data []byte, kind uint8) {
		ext := []string{".docx", ".odt", ".html"}[int(kind)%3]
		name := filepath.Join(t.TempDir(), "fuzz"+ext)
		if err := os.WriteFile(name, data, 0o600); err != nil {
			t.Fatal(err)
		}
		doc, err := corpus.LoadFile(t.Context(), name)
		if err != nil {
			if !strings.Contains(err.Error(), "fuzz"+ext) {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		checkInvariants(t, doc)
	})
}
