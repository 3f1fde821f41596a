package corpus_test

// These tests feed real PDF files through pdftotext. The fake pdftotext
// scripts of parse_bad_test.go check how LoadFile calls the converter; only
// a real PDF shows what the parser gets from a page laid out in two columns
// or a fiche printed as a table. The PDF is generated here, with a fictional
// schéma, so that every expected value is something the test wrote.

import (
	"context"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"codeberg.org/go-fonts/liberation/liberationsansbold"
	"codeberg.org/go-fonts/liberation/liberationsansregular"
	"codeberg.org/go-pdf/fpdf"

	"schemabot/corpus"
)

// needPdftotext skips the test when pdftotext is not installed, unless
// SCHEMABOT_REQUIRE_PDFTOTEXT=1 (set by CI), where a missing converter must
// fail loudly instead of silently skipping the only tests of real PDFs.
func needPdftotext(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("SCHEMABOT_REQUIRE_PDFTOTEXT") == "1" {
			t.Fatalf("pdftotext is required (SCHEMABOT_REQUIRE_PDFTOTEXT=1) but not found: %v", err)
		}
		t.Skipf("pdftotext not installed (apt-get install poppler-utils): %v", err)
	}
}

// Page geometry of the generated schéma, in millimetres (A4 portrait).
const (
	pageMargin = 15.0
	pageWidth  = 210.0 - 2*pageMargin
	colGap     = 10.0
	colWidth   = (pageWidth - colGap) / 2
	lineHeight = 5.0
)

// schemaWriter wraps fpdf with the few text blocks a schéma is made of.
type schemaWriter struct {
	pdf *fpdf.Fpdf
}

func newSchemaWriter() *schemaWriter {
	pdf := fpdf.New("P", "mm", "A4", "")
	// The core fonts of fpdf are cp1252; an embedded TrueType font writes
	// UTF-8 text, as the schémas' own PDFs do, so that accents and "œ"
	// reach pdftotext as Unicode.
	pdf.AddUTF8FontFromBytes("Liberation", "", liberationsansregular.TTF)
	pdf.AddUTF8FontFromBytes("Liberation", "B", liberationsansbold.TTF)
	pdf.SetMargins(pageMargin, pageMargin, pageMargin)
	pdf.SetAutoPageBreak(false, pageMargin)
	pdf.SetTitle("Schéma départemental de l'Aveyron (fictif)", true)
	return &schemaWriter{pdf: pdf}
}

// block writes a paragraph of width w at (x, y) and returns the y below it.
func (w *schemaWriter) block(x, y, width float64, style string, size float64, text string) float64 {
	w.pdf.SetFont("Liberation", style, size)
	w.pdf.SetXY(x, y)
	w.pdf.MultiCell(width, lineHeight*size/10, text, "", "L", false)
	return w.pdf.GetY() + 1.5
}

// full writes a paragraph across the page.
func (w *schemaWriter) full(y float64, style string, size float64, text string) float64 {
	return w.block(pageMargin, y, pageWidth, style, size, text)
}

// footer prints the running footer and page number real schémas carry, so
// that the parser has to tell page furniture from text.
func (w *schemaWriter) footer(page int) {
	w.pdf.SetFont("Liberation", "", 8)
	w.pdf.SetXY(pageMargin, 297-pageMargin)
	w.pdf.CellFormat(pageWidth-20, 4, "Schéma départemental de protection de l'enfance de l'Aveyron", "", 0, "L", false, 0, "")
	w.pdf.CellFormat(20, 4, itoa(page), "", 0, "R", false, 0, "")
}

// tableRow draws one "label | value" row of a fiche table; the value may
// wrap over several lines, so the row is as tall as its value.
func (w *schemaWriter) tableRow(y float64, label string, value []string) float64 {
	const labelWidth = 55.0
	w.pdf.SetFont("Liberation", "", 10)
	valueWidth := pageWidth - labelWidth
	var lines []string
	for _, v := range value {
		lines = append(lines, w.pdf.SplitText(v, valueWidth-2)...)
	}
	h := lineHeight * float64(len(lines))
	w.pdf.SetFont("Liberation", "B", 10)
	w.pdf.SetXY(pageMargin, y)
	w.pdf.CellFormat(labelWidth, h, label, "1", 0, "LT", false, 0, "")
	w.pdf.SetFont("Liberation", "", 10)
	for i, l := range lines {
		border := "LR"
		if i == 0 {
			border += "T"
		}
		if i == len(lines)-1 {
			border += "B"
		}
		w.pdf.SetXY(pageMargin+labelWidth, y+float64(i)*lineHeight)
		w.pdf.CellFormat(valueWidth, lineHeight, l, border, 0, "L", false, 0, "")
	}
	return y + h
}

// writeAveyronPDF writes the fictional schéma of the Aveyron into dir and
// returns its path. Page 1 is the title page; page 2 holds axis 1 and fiche
// 1 in one column; page 3 holds fiche 2 in two columns; page 4 holds axis 2
// and fiche 3 as a label | value table.
func writeAveyronPDF(t *testing.T, dir string) string {
	t.Helper()
	w := newSchemaWriter()
	pdf := w.pdf

	// Page 1: the title page.
	pdf.AddPage()
	y := w.full(80, "B", 20, "Schéma départemental de prévention et de protection de l'enfance 2022-2026")
	y = w.full(y+10, "", 16, "Département de l'Aveyron")
	w.full(y+10, "", 11, "Conseil départemental de l'Aveyron — document de travail fictif, réalisé pour les tests")
	w.footer(1)

	// Page 2: axis 1 and a fiche in one column, fields as "Label : value"
	// lines and bullet lists.
	pdf.AddPage()
	y = w.full(20, "B", 14, "Axe 1 : Prévenir les difficultés et soutenir les familles")
	y = w.full(y+2, "", 10, "Le Département veut agir tôt, au plus près des familles, en s'appuyant sur l'œuvre commune des services et sur une action conçue avec leurs partenaires.")
	y = w.full(y+6, "B", 12, "Fiche action n°1 : Développer l'accueil de jour des enfants")
	y = w.full(y+2, "B", 10, "Contexte")
	y = w.full(y, "", 10, "Les familles éloignées des centres-bourgs attendent une réponse de proximité ; l'accueil de jour reste rare en zone rurale.")
	y = w.full(y+2, "B", 10, "Pilote : Direction enfance famille")
	y = w.full(y+2, "B", 10, "Partenaires :")
	y = w.full(y, "", 10, "• Caisse d'allocations familiales de l'Aveyron\n• Éducation nationale\n• Maisons des solidarités départementales")
	y = w.full(y+2, "B", 10, "Calendrier prévisionnel")
	y = w.full(y, "", 10, "• Ouverture du premier accueil de jour : 1er semestre 2023")
	y = w.full(y+2, "B", 10, "Indicateurs")
	w.full(y, "", 10, "• Nombre de places créées\n• Taux d'occupation")
	w.footer(2)

	// Page 3: a fiche in two columns. The heading spans the page; the left
	// column holds the context and objectives, the right column the
	// pilots, partners, calendar and indicators, side by side, as many
	// schémas print their fiches.
	pdf.AddPage()
	top := w.full(20, "B", 12, "Fiche action n°2 : Accompagner les jeunes majeurs vers l'autonomie")
	top += 4
	left, right := pageMargin, pageMargin+colWidth+colGap
	y = w.block(left, top, colWidth, "B", 10, "Contexte")
	y = w.block(left, y, colWidth, "", 10, "À 18 ans, trop de jeunes sortent de l'aide sociale à l'enfance sans logement ni ressources. Leur parcours vers l'autonomie doit être préparé dès 16 ans, avec eux.")
	y = w.block(left, y+2, colWidth, "B", 10, "Objectifs")
	w.block(left, y, colWidth, "", 10, "• Préparer chaque sortie dès 16 ans\n• Garantir un hébergement à la sortie\n• Associer le jeune à son projet")
	y = w.block(right, top, colWidth, "B", 10, "Pilotes")
	y = w.block(right, y, colWidth, "", 10, "• Service aide sociale à l'enfance\n• Mission locale de Rodez")
	y = w.block(right, y+2, colWidth, "B", 10, "Partenaires")
	y = w.block(right, y, colWidth, "", 10, "• Bailleurs sociaux\n• Centre communal d'action sociale de Millau")
	y = w.block(right, y+2, colWidth, "B", 10, "Calendrier prévisionnel")
	y = w.block(right, y, colWidth, "", 10, "• Signature du protocole jeunes majeurs : 2e semestre 2023")
	y = w.block(right, y+2, colWidth, "B", 10, "Indicateurs")
	w.block(right, y, colWidth, "", 10, "• Nombre de contrats jeunes majeurs signés")
	w.footer(3)

	// Page 4: axis 2 and a fiche whose fields are a table, label column
	// on the left, value column on the right.
	pdf.AddPage()
	y = w.full(20, "B", 14, "Axe 2 : Protéger les enfants et garantir la continuité de leur parcours")
	y = w.full(y+6, "B", 12, "Fiche action n°3 : Créer un observatoire départemental de la protection de l'enfance")
	y += 4
	y = w.tableRow(y, "Pilote", []string{"Direction enfance famille"})
	y = w.tableRow(y, "Partenaires", []string{"Tribunal judiciaire de Rodez", "Protection judiciaire de la jeunesse"})
	y = w.tableRow(y, "Calendrier prévisionnel", []string{"Installation de l'observatoire : 1er semestre 2024"})
	w.tableRow(y, "Indicateurs", []string{"Nombre de rapports publiés"})
	w.footer(4)

	path := filepath.Join(dir, "aveyron-2022-2026.pdf")
	if err := pdf.OutputFileAndClose(path); err != nil {
		t.Fatalf("writing the PDF: %v", err)
	}
	return path
}

// loadAveyron generates the schéma and loads it through pdftotext. When a
// test fails, the converted text is logged: it is what tells a conversion
// problem from a parser problem.
func loadAveyron(t *testing.T) *corpus.Document {
	t.Helper()
	needPdftotext(t)
	path := writeAveyronPDF(t, t.TempDir())
	doc, err := corpus.LoadFile(context.Background(), path)
	if err != nil {
		t.Fatalf("LoadFile: %v", err)
	}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("pdftotext output:\n%s", strings.Join(doc.Lines, "\n"))
		}
	})
	return doc
}

// footerText is the running footer writeAveyronPDF prints on every page.
const footerText = "Schéma départemental de protection de l'enfance de l'Aveyron"

// pdfParserGaps are expectations the parser does not meet on pdftotext's
// text, by subtest name, with the reason. corpus/parse.go, fiche.go and
// labels.go are where they get fixed; until then the subtest is skipped
// with its reason, and it fails once it passes, so that a fixed gap leaves
// this list instead of hiding a later regression.
var pdfParserGaps = map[string]string{}

// expect reports a failed expectation, or skips it when pdfParserGaps
// knows why the parser misses it.
func expect(t *testing.T, ok bool, format string, args ...any) {
	t.Helper()
	reason, known := pdfParserGaps[t.Name()]
	switch {
	case !ok && known:
		t.Skipf("parser gap: %s; got "+format, append([]any{reason}, args...)...)
	case !ok:
		t.Errorf(format, args...)
	case known:
		t.Errorf("passes now: remove %q from pdfParserGaps", t.Name())
	}
}

func TestPDFDocumentFacts(t *testing.T) {
	d := loadAveyron(t)
	t.Run("departement", func(t *testing.T) {
		expect(t, d.Departement == "Aveyron", "Departement = %q, want Aveyron", d.Departement)
	})
	t.Run("period", func(t *testing.T) {
		expect(t, d.StartYear == 2022 && d.EndYear == 2026, "period = %d-%d, want 2022-2026", d.StartYear, d.EndYear)
	})
	t.Run("accents", func(t *testing.T) {
		// The font is UTF-8: é, è, à, ç, œ and ° must come back as written.
		text := strings.Join(d.Lines, "\n")
		for _, want := range []string{"Département veut agir tôt, au plus près", "l'œuvre commune", "action conçue", "Fiche action n°1", "à l'enfance"} {
			expect(t, strings.Contains(text, want), "the text lacks %q", want)
		}
	})
	t.Run("title", func(t *testing.T) {
		// The large font wraps the title over two lines; the reader
		// still reads the schéma's name.
		want := "Schéma départemental de prévention et de protection de l'enfance"
		expect(t, strings.HasPrefix(d.Title, want), "Title = %q, want it to start with %q", d.Title, want)
	})
	t.Run("axes", func(t *testing.T) {
		var got []string
		for _, a := range d.Axes {
			got = append(got, a.Label())
		}
		want := []string{
			"Axe 1 : Prévenir les difficultés et soutenir les familles",
			"Axe 2 : Protéger les enfants et garantir la continuité de leur parcours",
		}
		expect(t, slices.Equal(got, want), "axes %q, want %q", got, want)
	})
	t.Run("fiche_labels", func(t *testing.T) {
		var got []string
		for _, f := range d.Fiches {
			got = append(got, f.ID)
		}
		want := []string{"1", "2", "3"}
		expect(t, slices.Equal(got, want), "fiches %q, want %q", got, want)
	})
	t.Run("no_running_footer", func(t *testing.T) {
		// Running footers are page furniture, not text of a section.
		var holding []string
		for _, s := range d.Sections {
			if strings.Contains(s.Text, footerText) {
				holding = append(holding, s.Heading)
			}
		}
		expect(t, len(holding) == 0, "sections %q hold the running footer", holding)
	})
}

func TestPDFFiches(t *testing.T) {
	d := loadAveyron(t)
	tests := []struct {
		name     string // the layout the fiche is printed in
		id       string
		title    string
		axis     int
		pilots   []string
		partners []string
		// indicators are the indicators as printed, in order.
		indicators []string
		// The calendar's one milestone: what is due, the date as printed
		// and the range it means.
		msLabel, msRaw, msStart, msEnd string
	}{
		{
			name: "one column", id: "1", title: "Développer l'accueil de jour des enfants", axis: 1,
			pilots:     []string{"Direction enfance famille"},
			partners:   []string{"Caisse d'allocations familiales de l'Aveyron", "Éducation nationale", "Maisons des solidarités départementales"},
			indicators: []string{"Nombre de places créées", "Taux d'occupation"},
			msLabel:    "Ouverture du premier accueil de jour", msRaw: "1er semestre 2023", msStart: "2023-01-01", msEnd: "2023-06-30",
		},
		{
			name: "two columns", id: "2", title: "Accompagner les jeunes majeurs vers l'autonomie", axis: 1,
			pilots:     []string{"Service aide sociale à l'enfance", "Mission locale de Rodez"},
			partners:   []string{"Bailleurs sociaux", "Centre communal d'action sociale de Millau"},
			indicators: []string{"Nombre de contrats jeunes majeurs signés"},
			msLabel:    "Signature du protocole jeunes majeurs", msRaw: "2e semestre 2023", msStart: "2023-07-01", msEnd: "2023-12-31",
		},
		{
			name: "table", id: "3", title: "Créer un observatoire départemental de la protection de l'enfance", axis: 2,
			pilots:     []string{"Direction enfance famille"},
			partners:   []string{"Tribunal judiciaire de Rodez", "Protection judiciaire de la jeunesse"},
			indicators: []string{"Nombre de rapports publiés"},
			msLabel:    "Installation de l'observatoire", msRaw: "1er semestre 2024", msStart: "2024-01-01", msEnd: "2024-06-30",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := d.Fiche(tt.id)
			if f == nil {
				t.Fatalf("no fiche %s", tt.id)
			}
			var indicators []string
			for _, it := range f.AllIndicators() {
				indicators = append(indicators, it.Text)
			}
			t.Run("title", func(t *testing.T) {
				expect(t, f.Title == tt.title && f.AxisNumber == tt.axis,
					"fiche %s = %q in axis %d, want %q in axis %d", tt.id, f.Title, f.AxisNumber, tt.title, tt.axis)
			})
			t.Run("pilots", func(t *testing.T) {
				expect(t, slices.Equal(f.Pilots.Texts(), tt.pilots), "pilots %q, want %q", f.Pilots.Texts(), tt.pilots)
			})
			t.Run("partners", func(t *testing.T) {
				expect(t, slices.Equal(f.Partners.Texts(), tt.partners), "partners %q, want %q", f.Partners.Texts(), tt.partners)
			})
			t.Run("indicators", func(t *testing.T) {
				// The running footer may follow them (see no_running_footer).
				ok := len(indicators) >= len(tt.indicators) && slices.Equal(indicators[:len(tt.indicators)], tt.indicators)
				expect(t, ok, "indicators %q, want %q first", indicators, tt.indicators)
			})
			t.Run("milestone", func(t *testing.T) {
				var got []string
				for _, m := range f.Milestones {
					got = append(got, m.Label+" | "+m.Raw+" = "+fmtDate(m.Start)+"…"+fmtDate(m.End))
				}
				want := []string{tt.msLabel + " | " + tt.msRaw + " = " + tt.msStart + "…" + tt.msEnd}
				expect(t, slices.Equal(got, want), "milestones %q, want %q", got, want)
			})
			t.Run("no_running_footer", func(t *testing.T) {
				var fields []string
				for _, fld := range []corpus.Field{f.Pilots, f.Partners, f.Calendar, f.Indicators,
					f.IndicatorsRealisation, f.IndicatorsImpact, f.Objectives, f.Diagnostic} {
					if strings.Contains(strings.Join(fld.Texts(), "\n"), footerText) {
						fields = append(fields, fld.Label)
					}
				}
				expect(t, len(fields) == 0, "fields %q hold the running footer", fields)
			})
		})
	}
}

// A damaged PDF is one bad file in a folder of schémas: LoadFile must
// return a one-line error that names it, not panic nor load garbage.
func TestDamagedPDF(t *testing.T) {
	needPdftotext(t)
	dir := t.TempDir()
	random := make([]byte, 4096)
	rng := rand.New(rand.NewPCG(1, 2)) // fixed seed: the same bytes on every run
	for i := range random {
		random[i] = byte(rng.IntN(256))
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"random.pdf", random},
		{"empty.pdf", nil},
		// A real header followed by nothing: pdftotext finds no trailer.
		{"truncated.pdf", []byte("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.name)
			if err := os.WriteFile(path, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			doc, err := corpus.LoadFile(context.Background(), path)
			if err == nil {
				t.Fatalf("got a document with %d lines, want an error", len(doc.Lines))
			}
			if doc != nil {
				t.Errorf("got a document with the error")
			}
			msg := err.Error()
			if !strings.Contains(msg, path) {
				t.Errorf("error %q does not name %s", msg, path)
			}
			if strings.Contains(msg, "\n") {
				t.Errorf("error spans several lines: %q", msg)
			}
		})
	}
}

// A brochure: one action a page under its orientation, "ACTION" over its
// big number, the title in capitals over two lines, an "En bref" box, the
// fields in a table without borders whose values wrap in their column.
func TestBrochureBanners(t *testing.T) {
	needPdftotext(t)
	d, err := corpus.LoadFile(t.Context(), "testdata/layouts/morbihan-2024-2028.pdf")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Fiches) != 14 {
		t.Fatalf("%d fiches, want the 14 actions of the banners", len(d.Fiches))
	}
	f := d.Fiche("1")
	if f == nil || f.Title != "RENFORCER LES VISITES À DOMICILE DE PMI AUTOUR DE LA NAISSANCE" || f.AxisNumber != 1 {
		t.Fatalf("fiche 1 = %+v, want its two-line title under orientation I", f)
	}
	cal := strings.Join(f.Calendar.Texts(), " | ")
	if !strings.Contains(cal, "Convention avec les maternités : 1er semestre 2025") {
		t.Errorf("calendar %q: a semester and its year wrapped apart are one date", cal)
	}
	if par := strings.Join(f.Partners.Texts(), " "); !strings.Contains(par, "CHBA (Vannes)") {
		t.Errorf("partners %q: a bracket wrapped onto the next line goes on the item", par)
	}
	if act := f.Actions.Texts(); len(act) < 4 || !strings.Contains(act[0], "Signer une convention de liaison") {
		t.Errorf("actions %q: the numbered actions after their label are the fiche's, no fiche of their own", act)
	}
}

// The annex of an assembly's deliberation: axes lettered "A." to "D." in
// its articles, actions "Action B-3 :" whose fields are sentences that
// begin with them ("Le pilotage est assuré par…"), footnotes at the foot of
// pages, a page number inside the footer ("- 2 -").
func TestDeliberationAnnex(t *testing.T) {
	needPdftotext(t)
	d, err := corpus.LoadFile(t.Context(), "testdata/layouts/allier-2024-2028.pdf")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Fiches) != 15 || len(d.Axes) != 4 {
		t.Fatalf("%d fiches, %d axes; want 15 actions under axes A to D", len(d.Fiches), len(d.Axes))
	}
	f := d.Fiche("A-2")
	if f == nil || f.AxisNumber != 1 || !strings.HasSuffix(f.Axis, "Prévenir dès la périnatalité et soutenir les parents") {
		t.Fatalf("action A-2 = %+v, want it under axis A", f)
	}
	if p := strings.Join(f.Pilots.Texts(), " "); !strings.Contains(p, "Caisse d’allocations familiales de l’Allier") || strings.Contains(p, "actions prévues") {
		t.Errorf("pilots %q, want the sentence that opens on the pilotage, alone", p)
	}
	if c := strings.Join(f.Calendar.Texts(), " "); !strings.Contains(c, "juin 2026") || strings.Contains(c, "Démarche nationale") || strings.Contains(c, "Délibération") {
		t.Errorf("calendar %q, want the deadline without the footnote and footer between its words", c)
	}
	if o := strings.Join(f.Objectives.Texts(), " "); !strings.HasPrefix(o, "L’objectif est de rompre l’isolement") {
		t.Errorf("objectives %q", o)
	}
}
