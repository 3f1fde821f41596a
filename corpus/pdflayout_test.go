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

// A schéma whose actions exist only as synthesis tables, one an
// orientation, one row an action, "N° | Action | Pilote(s) | Partenaires |
// Échéance | Indicateurs", the headers centred over their columns and the
// cells wrapped over several lines. pdftotext -raw prints a cell's lines
// one after the other, losing their column; the PDF is read in -layout
// mode, where the columns stay apart. The expected values are read from
// the PDF.
func TestPDFWithActionsOnlyInSynthesisTables(t *testing.T) {
	needPdftotext(t)
	doc, err := corpus.LoadFile(context.Background(), "testdata/pdf/vendee-2022-2026.pdf")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Fiches) != 13 || len(doc.Axes) != 4 {
		t.Fatalf("%d fiches, %d axes; want 13 and 4", len(doc.Fiches), len(doc.Axes))
	}
	f := doc.Fiche("2.1")
	if f == nil || f.Title != "Refondre le protocole de recueil et de traitement des informations préoccupantes" {
		t.Fatalf("fiche 2.1 = %+v", f)
	}
	if got := strings.Join(itemTexts(f.Pilots.Items), " "); got != "Cellule de recueil des informations préoccupantes (CRIP)" {
		t.Errorf("pilots %q", got)
	}
	if got := strings.Join(itemTexts(f.Partners.Items), " "); !strings.Contains(got, "Parquet de La Roche-sur-Yon") || !strings.Contains(got, "centres hospitaliers") {
		t.Errorf("partners %q", got)
	}
	if len(f.Milestones) != 1 || f.Milestones[0].Start.Year() != 2023 || f.Milestones[0].End.Month() != 6 {
		t.Errorf("milestones %+v: want the first half of 2023", f.Milestones)
	}
	if got := strings.Join(itemTexts(f.Indicators.Items), " "); !strings.Contains(got, "Délai moyen de traitement") {
		t.Errorf("indicators %q", got)
	}
	if f := doc.Fiche("3.1"); f == nil || !strings.HasPrefix(f.Title, "Recruter et fidéliser les assistants familiaux (campagne de recrutement") {
		t.Errorf("fiche 3.1 = %+v", f)
	}
}

// A schéma converted by pdftotext -raw with no blank line anywhere: prose
// wrapped line by line and hyphenated by the typesetter, "Action 1.1.1 –"
// headings under "Objectif 1.1 –" sub-levels, "Porteur" for the pilot, an
// "– T1 2025 : …" calendar, and an "Échéancier récapitulatif" after the
// last action. The expected values are read from the PDF.
func TestPDFRawWithWrappedAndHyphenatedLines(t *testing.T) {
	needPdftotext(t)
	doc, err := corpus.LoadFile(context.Background(), "testdata/pdf/pyrenees-atlantiques-2024-2028.pdf")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Fiches) != 12 || len(doc.Axes) != 3 {
		t.Fatalf("%d fiches, %d axes; want 12 and 3", len(doc.Fiches), len(doc.Axes))
	}
	if got := doc.Axes[0].Title; !strings.HasSuffix(got, "AU PLUS PRÈS DES TERRITOIRES") {
		t.Errorf("axis 1 %q: its title goes on on the next line", got)
	}
	f := doc.Fiche("1.1.2")
	if f == nil || f.Title != "Développer l’intervention des techniciens de l’intervention sociale et familiale" {
		t.Fatalf("fiche 1.1.2 = %+v", f)
	}
	if got := strings.Join(itemTexts(f.Objectives.Items), " "); strings.Contains(got, "Soutenir la parentalité") {
		t.Errorf("objectives %q: the next sub-level's heading is no objective", got)
	}
	f = doc.Fiche("1.1.1")
	if got := strings.Join(itemTexts(f.Actions.Items), " "); !strings.Contains(got, "après la naissance aux familles") || !strings.Contains(got, "référent périnatalité chargé") {
		t.Errorf("actions %q: words cut at the end of a line are mended", got)
	}
	if !slices.ContainsFunc(f.Milestones, func(m corpus.Milestone) bool {
		return strings.Contains(m.Label, "désignation des référents") && m.Start.Year() == 2025 && m.End.Month() == 3
	}) {
		t.Errorf("milestones %+v: want the referents in the first quarter of 2025", f.Milestones)
	}
	last := doc.Fiche("3.2.1")
	for _, m := range last.Milestones {
		if strings.Contains(m.Label+m.Raw, "tableau ci-dessous") {
			t.Errorf("milestone %+v: the summary schedule after the last action is not its calendar", m)
		}
	}
	var context string
	for _, s := range doc.Sections {
		for _, p := range s.Paragraphs {
			if strings.Contains(p.Text, "Au 31 décembre 2022") {
				context = p.Text
			}
		}
	}
	if !strings.HasSuffix(context, "présentait les caractéristiques suivantes :") {
		t.Errorf("paragraph %q: the wrapped lines of a sentence are one paragraph", context)
	}
}

// A schéma printed as two-page spreads: the left page of a fiche holds its
// findings and objectives, the right page its boxes ("Responsable(s)",
// "Acteurs mobilisés", "Temporalité", "Critères d'évaluation") under the
// fiche's label again; both pages' numbers are printed together ("7 8");
// the glossary is a table whose cells -raw joins with one space. The
// expected values are read from the PDF.
func TestPDFOfTwoPageSpreads(t *testing.T) {
	needPdftotext(t)
	doc, err := corpus.LoadFile(context.Background(), "testdata/pdf/ardeche-2022-2026.pdf")
	if err != nil {
		t.Fatal(err)
	}
	f := doc.Fiche("A.1")
	if f == nil || f.Title != "Renforcer l’accompagnement périnatal et les visites à domicile de PMI" {
		t.Fatalf("fiche A.1 = %+v", f)
	}
	if got := strings.Join(itemTexts(f.Pilots.Items), " ; "); !strings.Contains(got, "Direction de la PMI et de la santé publique") {
		t.Errorf("pilots %q: the fiche's second page is the same fiche", got)
	}
	if got := strings.Join(itemTexts(f.Objectives.Items), " "); !strings.Contains(got, "Porter à 60 %") {
		t.Errorf("objectives %q", got)
	}
	if !slices.ContainsFunc(f.Milestones, func(m corpus.Milestone) bool { return m.End.Year() == 2024 && m.End.Month() == 12 }) {
		t.Errorf("milestones %+v: want the end in December 2024", f.Milestones)
	}
	for _, m := range f.Milestones {
		if strings.Contains(m.Raw+m.Label, "7 8") {
			t.Errorf("milestone %+v: the spread's page numbers are no date", m)
		}
	}
	if exp := doc.Expand("ADEPAPE"); exp != "Association départementale d’entraide des personnes accueillies en protection de l’enfance" {
		t.Errorf("ADEPAPE = %q", exp)
	}
}
