package corpus_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"schemabot/corpus"
)

// A schéma written with groff and printed to PDF, as a département's office
// software does: running headers and footers on every page, each fiche's
// table (Axe, Pilote, Partenaires, Échéance) that pdftotext prints column by
// column, labels first and values after, and run-in labels ("Constats.",
// "Calendrier.") that end with a full stop. The expected values are read
// from the PDF.
func TestPDFWithTablesPrintedColumnByColumn(t *testing.T) {
	needPdftotext(t)
	doc, err := corpus.LoadFile(context.Background(), "testdata/pdf/sarthe-2024-2028.pdf")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Axes) != 4 || slices.ContainsFunc(doc.Axes, func(a corpus.Axis) bool { return strings.Contains(a.Title, "Département de la Sarthe") }) {
		t.Errorf("axes %+v: a running header became an axis", doc.Axes)
	}
	if len(doc.Fiches) != 13 {
		t.Fatalf("%d fiches, want 13", len(doc.Fiches))
	}
	for _, f := range doc.Fiches {
		if len(f.Pilots.Items) == 0 || len(f.Partners.Items) == 0 || len(f.Milestones) == 0 {
			t.Errorf("fiche %s: pilots %d, partners %d, milestones %d", f.ID, len(f.Pilots.Items), len(f.Partners.Items), len(f.Milestones))
		}
	}
	f7 := doc.Fiche("7")
	if f7 == nil {
		t.Fatal("no fiche 7")
	}
	// Fiche 7 starts at the foot of a page: its table, on the next page,
	// names its axis.
	if f7.AxisNumber != 3 {
		t.Errorf("fiche 7 in axis %d, want 3", f7.AxisNumber)
	}
	if got := f7.Pilots.Items[0].Text; got != "Service de l’Accueil familial départemental" {
		t.Errorf("fiche 7 pilot %q", got)
	}
	if got := f7.Partners.Items[0].Text; !strings.Contains(got, "France Travail") || !strings.Contains(got, "organisations représentatives des assistants familiaux") {
		t.Errorf("fiche 7 partners %q: the value wrapped onto two lines is one", got)
	}
	f2 := doc.Fiche("2")
	if !slices.ContainsFunc(f2.Milestones, func(m corpus.Milestone) bool {
		return strings.Contains(m.Raw+m.Label, "premier semestre 2025") && m.Start.Year() == 2025 && m.Start.Month() == 1
	}) {
		t.Errorf("fiche 2 milestones %+v: want the protocol's signature in the first half of 2025", f2.Milestones)
	}
	// "Calendrier. Cartographie fin 2024 ; signature … ; protocoles
	// territoriaux en 2026": one milestone a clause.
	if !slices.ContainsFunc(f2.Milestones, func(m corpus.Milestone) bool {
		return strings.Contains(m.Raw+m.Label, "Cartographie") && m.Start.Year() == 2024
	}) ||
		!slices.ContainsFunc(f2.Milestones, func(m corpus.Milestone) bool {
			return strings.Contains(m.Raw+m.Label, "protocoles territoriaux") && m.Start.Year() == 2026
		}) {
		t.Errorf("fiche 2 milestones %+v: want the calendar's three clauses", f2.Milestones)
	}
	if d := doc.Fiche("4").Diagnostic; d.Label != "Constats" || len(d.Items) == 0 || !strings.Contains(d.Items[0].Text, "3 146") {
		t.Errorf("fiche 4 diagnostic %q %+v", d.Label, d.Items)
	}
}

// A schéma whose narrative runs in two columns and whose fiches are each a
// bordered table, labels in the left column and values of several lines in
// the right, one fiche a page, each headed "FICHE ACTION 1.1" with its
// title on the next line. A paragraph listing fiches ("Fiches 1.1, 1.2 et
// 1.3.") heads none. The expected values are read from the PDF.
func TestPDFWithOneBorderedTableAFiche(t *testing.T) {
	needPdftotext(t)
	doc, err := corpus.LoadFile(context.Background(), "testdata/pdf/finistere-2024-2028.pdf")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Fiches) != 12 {
		t.Fatalf("%d fiches, want 12: %v", len(doc.Fiches), doc.Warnings)
	}
	f := doc.Fiche("3.1")
	if f == nil || f.Title != "Recruter, former et fidéliser les assistants familiaux" || f.AxisNumber != 3 {
		t.Fatalf("fiche 3.1 = %+v", f)
	}
	if len(f.Pilots.Items) == 0 || !strings.Contains(f.Pilots.Items[0].Text, "Service de l’Accueil familial") {
		t.Errorf("pilots %+v", f.Pilots.Items)
	}
	if len(f.Partners.Items) == 0 || !strings.Contains(strings.Join(itemTexts(f.Partners.Items), " "), "organisations syndicales") {
		t.Errorf("partners %+v: the value's second line is the same partners", f.Partners.Items)
	}
	f11 := doc.Fiche("1.1")
	if f11 == nil || !slices.ContainsFunc(f11.Milestones, func(m corpus.Milestone) bool { return m.Start.Year() == 2025 && m.Start.Month() == 6 }) {
		t.Errorf("fiche 1.1 milestones: want the conventions in June 2025")
	}
}

func itemTexts(items []corpus.Item) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Text)
	}
	return out
}
