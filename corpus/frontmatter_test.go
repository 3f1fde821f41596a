package corpus_test

import (
	"strings"
	"testing"

	"schemabot/corpus"
)

// Front matter a site generator writes reads as the text it holds, not
// as its keys: the title is the document's, the values of words are lines
// of their own, and line numbers still count the front matter's lines.
func TestFrontMatter(t *testing.T) {
	d := loadClass(t, "lot-front-matter.md")
	if d.Title != "Schéma enfance du Lot 2025-2029" || d.Departement != "Lot" {
		t.Errorf("title %q, département %q", d.Title, d.Departement)
	}
	if f := d.Fiche("1"); f == nil || f.Span.StartLine != 10 {
		t.Errorf("fiche %+v, want fiche 1 on line 10", f)
	}
	if !strings.Contains(d.Adopted, "14 mars 2025") {
		t.Errorf("adopted %q, want the date the front matter gives", d.Adopted)
	}
	text := strings.Join(d.Lines, "\n")
	if strings.Contains(text, "title:") || strings.Contains(text, "2025-03-14") || !strings.Contains(text, "Département du Lot") {
		t.Errorf("lines %q", d.Lines)
	}
	// A rule at the top with prose below is no front matter.
	d, err := corpus.Parse("x", "x.md", []byte("---\nLe schéma du Lot 2025-2029 est adopté.\n---\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(d.Lines, "\n"), "est adopté") {
		t.Errorf("lines %q lost the prose", d.Lines)
	}
}
