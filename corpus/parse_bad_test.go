package corpus_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"

	"schemabot/corpus"
)

// wantErr fails unless err is set and its message contains every part.
func wantErr(t *testing.T, err error, parts ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want one containing %q", parts)
	}
	for _, p := range parts {
		if !strings.Contains(err.Error(), p) {
			t.Errorf("error %q does not contain %q", err, p)
		}
	}
}

func TestParseRejectsBadInput(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01")
	tests := []struct {
		name  string
		data  []byte
		parts []string
	}{
		{"empty.md", nil, []string{"empty.md", "empty"}},
		{"blank.md", []byte("  \n\t\r\n\u00a0\n"), []string{"blank.md", "empty"}},
		// The PNG signature is 8 bytes; the first NUL follows it.
		{"image.md", png, []string{"image.md", "binary", "offset 8"}},
		{"nul.txt", []byte("Fiche 1 : a\x00b\n"), []string{"nul.txt", "binary", "offset 11"}},
		// A UTF-8 file with "Schéma" in Latin-1 on line 3: é is the
		// single byte 0xE9 there, two bytes on line 1.
		{"mixed.md", []byte("Tit\xc3\xa9\n\nSch\xe9ma 2020-2024\n"), []string{"mixed.md:3:", "UTF-8", "byte 10"}},
		{"bad.md", []byte("line1\nline2\nbad \xff here\n"), []string{"bad.md:3:", "UTF-8", "byte 16"}},
		// A UTF-8 sequence cut short at the very end of the file.
		{"cut.md", []byte("ligne\nfin de ligne \xc3"), []string{"cut.md:2:", "UTF-8"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := corpus.Parse("id", tt.name, tt.data)
			if doc != nil {
				t.Errorf("got a document with the error")
			}
			wantErr(t, err, tt.parts...)
		})
	}
}

func TestParseRejectsHugeDocument(t *testing.T) {
	data := bytes.Repeat([]byte("a"), corpus.MaxDocumentBytes+1)
	_, err := corpus.Parse("huge", "huge.md", data)
	wantErr(t, err, "huge.md", "MB")
	// (A document of exactly MaxDocumentBytes is accepted, but parsing
	// 16 MB takes several seconds: not checked here to keep tests fast.)
}

// sparseFile creates a file of the given size without writing its bytes.
func sparseFile(t *testing.T, name string, size int64) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(size); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadFileRejectsHugeFile(t *testing.T) {
	ctx := context.Background()
	for _, size := range []int64{corpus.MaxDocumentBytes + 1, 4*corpus.MaxDocumentBytes + 1} {
		p := sparseFile(t, "huge.md", size)
		doc, err := corpus.LoadFile(ctx, p)
		if doc != nil {
			t.Errorf("size %d: got a document", size)
		}
		wantErr(t, err, p, "MB")
	}
}

func TestLoadFileErrorsNameTheFile(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		path  string
		parts []string
	}{
		{write("empty.md", nil), []string{"empty.md", "empty"}},
		{write("spaces.txt", []byte("\n\n   \n")), []string{"spaces.txt", "empty"}},
		{write("photo.md", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")), []string{"photo.md", "binary"}},
		{write("cp1252.md", []byte("Schéma\n\nProtection de l'enfance \x96 2020\n")), []string{"cp1252.md:3:", "UTF-8"}},
		{filepath.Join(dir, "missing.md"), []string{"missing.md"}},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			doc, err := corpus.LoadFile(ctx, tt.path)
			if doc != nil {
				t.Errorf("got a document")
			}
			wantErr(t, err, tt.parts...)
		})
	}
}

// A label printed twice loads both fiches, with a warning naming both
// lines; questions about the label get the first.
func TestDuplicateFiche(t *testing.T) {
	p := filepath.Join("testdata", "duplicate-fiche.md")
	doc, err := corpus.LoadFile(context.Background(), p)
	if err != nil {
		t.Fatalf("LoadFile: %v", err)
	}
	// Fiche 1 is at l.3 and again, with content, at l.13.
	var warned bool
	for _, w := range doc.Warnings {
		if strings.HasPrefix(w, p+":13:") && strings.Contains(w, "fiche 1 ") && strings.Contains(w, "line 3") {
			warned = true
		}
	}
	if !warned {
		t.Errorf("warnings %q, want one at l.13 naming fiche 1 and line 3", doc.Warnings)
	}
	var lines []int
	for _, f := range doc.Fiches {
		if f.ID == "1" {
			lines = append(lines, f.Span.StartLine)
		}
	}
	if len(lines) != 2 || lines[0] != 3 || lines[1] != 13 {
		t.Errorf("fiches labelled 1 start at lines %v, want [3 13]", lines)
	}
	if f := doc.Fiche("1"); f == nil || f.Span.StartLine != 3 {
		t.Errorf("Fiche(\"1\") = %+v, want the first", f)
	}
}

// A list of fiche titles without page numbers before the fiches (a table of
// contents) is not a duplicate.
func TestRepeatedHeadingWithoutContent(t *testing.T) {
	src := "Schéma 2020-2024\n\nSommaire\n\nFiche 1 : Accueillir\n\nFiche 2 : Orienter\n\n" +
		"Fiche 1 : Accueillir\n\nPilote : Service A\n\nFiche 2 : Orienter\n\nPilote : Service B\n"
	doc, err := corpus.Parse("toc", "toc.md", []byte(src))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if len(doc.Fiches) != 2 {
		t.Fatalf("%d fiches, want 2", len(doc.Fiches))
	}
	for i, want := range []struct {
		line  int
		pilot string
	}{{9, "Service A"}, {13, "Service B"}} {
		f := doc.Fiches[i]
		if f.Number != i+1 || f.Span.StartLine != want.line || strings.Join(f.Pilots.Texts(), "|") != want.pilot {
			t.Errorf("fiche %d at l.%d pilots %q, want fiche %d at l.%d pilot %q", f.Number, f.Span.StartLine, f.Pilots.Texts(), i+1, want.line, want.pilot)
		}
	}
}

func TestFicheWithoutPilotWarns(t *testing.T) {
	p := filepath.Join("testdata", "no-pilot.md")
	doc, err := corpus.LoadFile(context.Background(), p)
	if err != nil {
		t.Fatalf("LoadFile: %v", err)
	}
	if len(doc.Fiches) != 2 {
		t.Fatalf("%d fiches, want 2", len(doc.Fiches))
	}
	if len(doc.Warnings) != 1 {
		t.Fatalf("warnings %q, want one", doc.Warnings)
	}
	w := doc.Warnings[0]
	if !strings.HasPrefix(w, p+":3:") || !strings.Contains(w, "fiche 1") || !strings.Contains(w, "pilot") {
		t.Errorf("warning %q, want it to start with %q and name fiche 1", w, p+":3:")
	}
	if got := doc.Fiche(fmt.Sprint(1)).Objectives.Texts(); len(got) != 1 || got[0] != "Un objectif" {
		t.Errorf("fiche 1 objectives %q", got)
	}
}

func TestDocumentWithoutFiche(t *testing.T) {
	doc, err := corpus.LoadFile(context.Background(), filepath.Join("testdata", "no-fiche.md"))
	if err != nil {
		t.Fatalf("LoadFile: %v", err)
	}
	if len(doc.Fiches) != 0 || len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0], "no fiche") {
		t.Errorf("fiches %d, warnings %q; want no fiche and one warning saying so", len(doc.Fiches), doc.Warnings)
	}
	if doc.ID != "no-fiche" {
		t.Errorf("ID = %q", doc.ID)
	}
	var found bool
	for _, s := range doc.Sections {
		if strings.Contains(s.Text, "1 200 informations préoccupantes") {
			found = true
			if s.Heading != "Les chiffres" || s.Span.StartLine != 7 {
				t.Errorf("the figure is in section %q (l.%d), want \"Les chiffres\" (l.7)", s.Heading, s.Span.StartLine)
			}
		}
	}
	if !found {
		t.Errorf("no section holds the body text; sections: %+v", doc.Sections)
	}
}

// withPath runs the rest of the test with only dir on PATH.
func withPath(t *testing.T, dir string) {
	t.Helper()
	t.Setenv("PATH", dir)
}

func TestPDFWithoutPdftotext(t *testing.T) {
	dir := t.TempDir()
	pdf := filepath.Join(dir, "schema.pdf")
	if err := os.WriteFile(pdf, []byte("%PDF-1.4\n%âãÏÓ\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	withPath(t, t.TempDir()) // an empty PATH: pdftotext cannot be found
	ctx := context.Background()
	_, err := corpus.LoadFile(ctx, pdf)
	wantErr(t, err, pdf, "pdftotext", "poppler-utils")
	_, err = corpus.LoadPath(ctx, dir)
	wantErr(t, err, pdf, "poppler-utils")
}

// fakePdftotext installs a pdftotext script that runs body.
func fakePdftotext(t *testing.T, body string) {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("needs a POSIX shell")
	}
	bin := t.TempDir()
	script := "#!/bin/sh\n" + body + "\n"
	if err := os.WriteFile(filepath.Join(bin, "pdftotext"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	withPath(t, bin)
}

func TestPDFThroughPdftotext(t *testing.T) {
	fixture, err := filepath.Abs(filepath.Join("testdata", "no-pilot.md"))
	if err != nil {
		t.Fatal(err)
	}
	// pdftotext -enc UTF-8 -layout FILE - : print the text on stdout.
	fakePdftotext(t, `test "$1" = -enc && test "$2" = UTF-8 && test "$5" = - || { echo "bad arguments: $*" >&2; exit 99; }
exec /bin/cat '`+fixture+`'`)
	pdf := filepath.Join(t.TempDir(), "converted.PDF")
	if err := os.WriteFile(pdf, []byte("%PDF-1.4\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := corpus.LoadFile(context.Background(), pdf)
	if err != nil {
		t.Fatalf("LoadFile: %v", err)
	}
	if doc.ID != "converted" || len(doc.Fiches) != 2 || doc.Path != pdf {
		t.Errorf("ID %q, path %q, %d fiches; want converted, %s, 2", doc.ID, doc.Path, len(doc.Fiches), pdf)
	}
}

func TestPDFConversionFails(t *testing.T) {
	fakePdftotext(t, `echo "Syntax Error: Couldn't find trailer dictionary" >&2; exit 1`)
	pdf := filepath.Join(t.TempDir(), "broken.pdf")
	if err := os.WriteFile(pdf, []byte("not a pdf"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := corpus.LoadFile(context.Background(), pdf)
	wantErr(t, err, pdf, "pdftotext", "trailer dictionary")
}

func TestLoadPathErrors(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	rtf := filepath.Join(dir, "schema.rtf")
	if err := os.WriteFile(rtf, []byte("{\\rtf1 Fiche 1}"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := corpus.LoadPath(ctx, rtf)
	wantErr(t, err, rtf, `unsupported document type ".rtf"`, ".md", ".pdf", ".docx")

	// A directory holding no document at all.
	_, err = corpus.LoadPath(ctx, dir)
	wantErr(t, err, dir, "no .md")

	_, err = corpus.LoadPath(ctx, filepath.Join(dir, "nowhere"))
	wantErr(t, err, "nowhere")

	// Two files with the same stem would be the same document id.
	same := t.TempDir()
	for _, n := range []string{"isere.md", "isere.txt"} {
		if err := os.WriteFile(filepath.Join(same, n), []byte("Schéma 2020-2024\n\nTexte.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, err = corpus.LoadPath(ctx, same)
	wantErr(t, err, "isere", "twice")

	// A bad file in a directory stops the load and is named.
	bad := t.TempDir()
	if err := os.WriteFile(filepath.Join(bad, "a.md"), []byte("Schéma 2020-2024\n\nTexte.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(bad, "b.md"), []byte("ok\n\xff\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = corpus.LoadPath(ctx, bad)
	wantErr(t, err, "b.md:2:", "UTF-8")
}

func TestLoadFSErrors(t *testing.T) {
	_, err := corpus.LoadFS(fstest.MapFS{"notes.docx": {Data: []byte("x")}}, ".")
	wantErr(t, err, "no .md or .txt document")

	_, err = corpus.LoadFS(fstest.MapFS{
		"a.md":     {Data: []byte("Schéma 2020-2024\n\nTexte.\n")},
		"empty.md": {Data: []byte("\n")},
	}, ".")
	wantErr(t, err, "empty.md", "empty")

	_, err = corpus.LoadFS(fstest.MapFS{}, "missing")
	wantErr(t, err, "missing")
}

// CRLF line ends and a byte order mark, as Windows editors write them,
// parse like the plain file.
func TestWindowsLineEnds(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "no-pilot.md"))
	if err != nil {
		t.Fatal(err)
	}
	plain, err := corpus.Parse("p", "p.md", data)
	if err != nil {
		t.Fatal(err)
	}
	crlf := append([]byte("\xef\xbb\xbf"), bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))...)
	win, err := corpus.Parse("w", "w.md", crlf)
	if err != nil {
		t.Fatalf("CRLF: %v", err)
	}
	if win.Title != plain.Title || len(win.Fiches) != len(plain.Fiches) || len(win.Lines) != len(plain.Lines) {
		t.Fatalf("CRLF: title %q, %d fiches, %d lines; plain: %q, %d, %d", win.Title, len(win.Fiches), len(win.Lines), plain.Title, len(plain.Fiches), len(plain.Lines))
	}
	for i := range plain.Fiches {
		a, b := plain.Fiches[i], win.Fiches[i]
		if a.Title != b.Title || a.Span != b.Span || strings.Join(a.Pilots.Texts(), "|") != strings.Join(b.Pilots.Texts(), "|") {
			t.Errorf("fiche %d differs: %q %v %q vs %q %v %q", a.Number, a.Title, a.Span, a.Pilots.Texts(), b.Title, b.Span, b.Pilots.Texts())
		}
	}
	for _, l := range win.Lines {
		if strings.ContainsAny(l, "\r\ufeff") {
			t.Errorf("line %q keeps a CR or BOM", l)
		}
	}
}
