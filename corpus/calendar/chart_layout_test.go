package calendar

import (
	"bytes"
	"fmt"
	"html"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gonum.org/v1/plot/vg"
)

// renderGantt draws es as a PNG at 60 dpi into a file of t.TempDir(),
// checks that the file is a PNG no wider than A4, and returns what was
// drawn.
func renderGantt(t *testing.T, es []Entry, title string, today time.Time) *gantt {
	t.Helper()
	path := filepath.Join(t.TempDir(), "planning.png")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	g, err := renderPlanning(f, es, title, today, PNG, 60)
	if err != nil {
		t.Fatalf("renderPlanning: %v", err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	if w := img.Bounds().Dx(); w > 702 {
		t.Errorf("width %d pixels at 60 dpi, wider than A4 (297 mm = 702 pixels)", w)
	}
	return g
}

func overlap(a, b vg.Rectangle) bool {
	return a.Min.X < b.Max.X && b.Min.X < a.Max.X && a.Min.Y < b.Max.Y && b.Min.Y < a.Max.Y
}

// checkLayout checks that the bars of a fiche do not overlap, that every
// dated milestone has its label drawn ("Fiche N · label", possibly cut with
// "…"), that no label covers another bar than its own, and that every text
// is within the page width.
func checkLayout(t *testing.T, g *gantt, es []Entry) {
	t.Helper()
	for i, a := range g.bars {
		for _, b := range g.bars[i+1:] {
			if a.row == b.row && overlap(a.rect, b.rect) {
				t.Errorf("row %d (%s): bars %v and %v overlap", a.row, g.rows[a.row].fiche, a.rect, b.rect)
			}
		}
	}
	dated := 0
	for _, e := range es {
		if e.Dated() {
			dated++
		}
	}
	if len(g.bars) != dated {
		t.Errorf("%d bars for %d dated milestones", len(g.bars), dated)
	}
	// Bar labels are drawn right after their bar, in row order.
	var barLabels []drawnText
	for _, l := range g.labels {
		if strings.Contains(l.text, " · ") {
			barLabels = append(barLabels, l)
		}
	}
	if len(barLabels) != len(g.bars) {
		t.Fatalf("%d bar labels for %d bars", len(barLabels), len(g.bars))
	}
	k := 0
	for _, r := range g.rows {
		for _, b := range r.bars {
			got := barLabels[k].text
			want := r.fiche + " · " + b.label
			if got != want && !(strings.HasSuffix(got, "…") && strings.HasPrefix(want, strings.TrimSuffix(got, "…")) && len(got) > len(r.fiche+" · ")+len("…")) {
				t.Errorf("bar label %q, want %q or a prefix of it with some of the milestone label", got, want)
			}
			for j, other := range g.bars {
				if j != k && overlap(barLabels[k].rect, other.rect) {
					t.Errorf("label %q covers the bar of %s", got, g.rows[other.row].fiche)
				}
			}
			k++
		}
	}
	for _, l := range g.labels {
		if l.rect.Min.X < 0 || l.rect.Max.X > chartWidth {
			t.Errorf("text %q runs off the page: %v", l.text, l.rect)
		}
	}
}

func TestPlanningLayoutHandLib(t *testing.T) {
	t.Parallel()
	es := Entries(handLib(), d("2023-03-01"), nil)
	g := renderGantt(t, es, "Calendrier", d("2023-03-01"))
	checkLayout(t, g, es)
	// Fiche 1's title is wrapped in the column, every word kept.
	if got := strings.Join(g.lines[0], " "); got != "Fiche 1 – Définir un référentiel départemental d'intervention de la PMI" {
		t.Errorf("fiche 1 title drawn as %q", g.lines[0])
	}
}

func TestPlanningLayoutShipped(t *testing.T) {
	t.Parallel()
	es := Filter{Doc: "isere-2020-2024"}.Apply(shippedEntries(t, d("2023-05-10")))
	g := renderGantt(t, es, "Calendrier des fiches action – Isère 2020-2024 (au 10/05/2023)", d("2023-05-10"))
	checkLayout(t, g, es)
	for i, lines := range g.lines {
		for _, l := range lines {
			if w := ficheFont.Width(l); w > columnWidth {
				t.Errorf("fiche %d title line %q is %v wide, column %v", i, l, w, columnWidth)
			}
		}
	}
}

func TestPlanningOneDayMilestoneVisible(t *testing.T) {
	t.Parallel()
	es := []Entry{
		{Doc: "x", Fiche: "1", Label: "Long", Start: d("2020-01-01"), End: d("2024-12-31"), Status: Ongoing},
		{Doc: "x", Fiche: "1", Label: "Comité", Start: d("2022-03-15"), End: d("2022-03-15"), Status: Upcoming},
		{Doc: "x", Fiche: "1", Label: "Dernier jour", Start: d("2024-12-31"), End: d("2024-12-31"), Status: Done},
	}
	g := renderGantt(t, es, "x", time.Time{})
	checkLayout(t, g, es)
	for _, b := range g.bars[1:] {
		if w := b.rect.Max.X - b.rect.Min.X; w < minBarWidth-0.01 {
			t.Errorf("one-day bar %v wide, want at least %v", w, minBarWidth)
		}
	}
	if last := g.bars[2].rect; last.Max.X > g.bars[0].rect.Max.X+0.01 {
		t.Errorf("the last day's bar %v goes past the chart's end %v", last, g.bars[0].rect.Max.X)
	}
}

func TestPlanningTitleWrapped(t *testing.T) {
	t.Parallel()
	title := "Calendrier des fiches action – " + strings.Repeat("Département très long ", 12) + "(au 10/05/2023)"
	es := Entries(handLib(), d("2023-03-01"), nil)
	g := renderGantt(t, es, title, time.Time{})
	if len(g.title) < 2 {
		t.Errorf("title on %d line(s): %q", len(g.title), g.title)
	}
	for _, l := range g.title {
		if w := titleFont.Width(l); w > chartWidth-2*chartMargin {
			t.Errorf("title line %q is %v wide, page %v", l, w, chartWidth-2*chartMargin)
		}
	}
	short := renderGantt(t, es, "Calendrier", time.Time{})
	if len(short.title) != 1 || short.title[0] != "Calendrier" {
		t.Errorf("short title = %q", short.title)
	}
}

func TestWrap(t *testing.T) {
	sty := ficheFont
	s := "Fiche 4 – Élaborer le protocole de mise en œuvre et de coordination des actions de prévention"
	lines := wrap(sty, s, 40*vg.Millimeter, 10)
	if strings.Join(lines, " ") != s {
		t.Errorf("wrap lost words: %q", lines)
	}
	lines = wrap(sty, s, 40*vg.Millimeter, 2)
	if len(lines) != 2 || !strings.HasSuffix(lines[1], "…") {
		t.Errorf("wrap to 2 lines = %q, want the second cut with …", lines)
	}
	for _, l := range lines {
		if sty.Width(l) > 40*vg.Millimeter {
			t.Errorf("line %q too wide", l)
		}
	}
	if got := fitWidth(sty, "Anticonstitutionnellement", sty.Width("Anticonst…")); got != "Anticonst…" {
		t.Errorf("fitWidth = %q", got)
	}
}

// grey is the grey level (0…1) a greyscale print or conversion gives c:
// Go's GrayModel, the ITU-R 601 luma.
func grey(c color.RGBA) float64 {
	return float64(color.GrayModel.Convert(c).(color.Gray).Y) / 255
}

func TestStatusColoursGreyscale(t *testing.T) {
	for i, a := range statusOrder {
		for _, b := range statusOrder[i+1:] {
			ga, gb := grey(statusColors[a]), grey(statusColors[b])
			if diff := ga - gb; diff < minGreyStep && -diff < minGreyStep {
				t.Errorf("%q (grey %.2f) and %q (grey %.2f) differ by %.2f in greyscale, want at least %.2f", a, ga, b, gb, max(diff, -diff), minGreyStep)
			}
		}
		// The lightest status must still show on the white page and the
		// shaded bands: its outline does that.
		if st := statusStyles[a]; st.outline.Width <= 0 || st.fill != statusColors[a] {
			t.Errorf("%q: outline %v, fill %v", a, st.outline, st.fill)
		}
	}
	if minGreyStep < 0.25 {
		t.Errorf("minGreyStep = %v, want at least a quarter of the range", minGreyStep)
	}
	// Without colour nor grey, the pattern and the outline still tell the
	// statuses apart.
	seen := map[string]Status{}
	for _, s := range statusOrder {
		st := statusStyles[s]
		sig := fmt.Sprint(st.hatch, st.outline.Width, len(st.outline.Dashes) > 0)
		if other, ok := seen[sig]; ok {
			t.Errorf("%q and %q have the same pattern and outline", s, other)
		}
		seen[sig] = s
	}
}

func TestWritePlanningSVGAndPDF(t *testing.T) {
	t.Parallel()
	es := Filter{Doc: "isere-2020-2024"}.Apply(shippedEntries(t, d("2023-05-10")))
	var svg bytes.Buffer
	if err := WritePlanning(&svg, es, "Calendrier", d("2023-05-10"), SVG); err != nil {
		t.Fatalf("SVG: %v", err)
	}
	g, err := renderPlanning(&bytes.Buffer{}, es, "Calendrier", d("2023-05-10"), PNG, 30)
	if err != nil {
		t.Fatal(err)
	}
	// Every text the chart records is in the SVG, as text a reader can
	// search and a printer draws sharp.
	out := svg.String()
	for _, l := range g.labels {
		if !strings.Contains(out, ">"+html.EscapeString(l.text)+"</text>") {
			t.Errorf("the SVG lacks the text %q", l.text)
		}
	}
	var pdf bytes.Buffer
	if err := WritePlanning(&pdf, es, "Calendrier", d("2023-05-10"), PDF); err != nil {
		t.Fatalf("PDF: %v", err)
	}
	if !bytes.HasPrefix(pdf.Bytes(), []byte("%PDF")) {
		t.Errorf("not a PDF: %q", pdf.Bytes()[:min(20, pdf.Len())])
	}
	if err := WritePlanning(&bytes.Buffer{}, es, "x", time.Time{}, "gif"); err == nil {
		t.Error("an unknown format gave no error")
	}
}
