package calendar

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// tallPlanning is n milestones in fiches of four, the last fiche holding
// the rest when long is set: a planning for several pages.
func tallPlanning(n int, long bool) []Entry {
	var es []Entry
	for i := range n {
		fiche := strconv.Itoa(i/4 + 1)
		if long && i >= n/2 {
			fiche = "99"
		}
		start := d("2020-01-01").AddDate(0, i%30, 0)
		es = append(es, Entry{Doc: "x", Fiche: fiche, FicheTitle: "Renforcer la prévention précoce auprès des familles " + fiche,
			Label: fmt.Sprintf("Jalon %03d", i), Start: start, End: start.AddDate(0, 5, 0), Status: statusOrder[i%len(statusOrder)]})
	}
	return es
}

// renderPages draws every page of p as a small PNG and returns what each
// page drew.
func renderPages(t *testing.T, p *Planning) []*gantt {
	t.Helper()
	var out []*gantt
	for i := range p.Pages() {
		g, err := p.renderPage(io.Discard, i, PNG, 30)
		if err != nil {
			t.Fatalf("page %d: %v", i+1, err)
		}
		out = append(out, g)
	}
	return out
}

var reMilestone = regexp.MustCompile(`· (Jalon \d{3})$`)

// checkPages checks that the milestones of es are drawn once each across
// pages, at full size, within the page, with the page number on each page.
func checkPages(t *testing.T, p *Planning, pages []*gantt, es []Entry) {
	t.Helper()
	seen := map[string]int{}
	for i, g := range pages {
		if len(g.bars) == 0 {
			t.Errorf("page %d has no bar", i+1)
		}
		for _, l := range g.labels {
			if m := reMilestone.FindStringSubmatch(l.text); m != nil {
				seen[m[1]]++
			}
			if l.size < minFontSize {
				t.Errorf("page %d: %q at %v, under the %v pt minimum", i+1, l.text, l.size, minFontSize)
			}
			if l.rect.Min.X < 0 || l.rect.Max.X > chartWidth || l.rect.Min.Y < 0 || l.rect.Max.Y > chartHeight {
				t.Errorf("page %d: %q runs off the A4 page: %v", i+1, l.text, l.rect)
			}
		}
		for _, b := range g.bars {
			// A bar fills 70 % of its lane: the lane is never shrunk.
			if h := b.rect.Max.Y - b.rect.Min.Y; h < laneHeight*0.7-0.01 {
				t.Errorf("page %d: a bar %v high, its lane shrunk under %v", i+1, h, laneHeight)
			}
			if b.rect.Min.Y < chartMargin || b.rect.Max.Y > chartHeight-chartMargin {
				t.Errorf("page %d: a bar at %v is off the page", i+1, b.rect)
			}
		}
		if g.lanes > p.capacity {
			t.Errorf("page %d holds %d lanes, more than the %d a page has", i+1, g.lanes, p.capacity)
		}
		if strings.Join(g.title, " ") != strings.Join(pages[0].title, " ") {
			t.Errorf("page %d title %q, page 1 %q", i+1, g.title, pages[0].title)
		}
		want := fmt.Sprintf("page %d/%d", i+1, len(pages))
		found := false
		for _, l := range g.labels {
			found = found || l.text == want
		}
		if !found {
			t.Errorf("page %d does not say %q", i+1, want)
		}
	}
	for _, e := range es {
		if n := seen[e.Label]; n != 1 {
			t.Errorf("%s drawn %d times across the pages, want once", e.Label, n)
		}
	}
	for _, s := range []float64{titleFontSize, barFontSize, ficheFontSize, pageFontSize} {
		if s < minFontSize {
			t.Errorf("a font of %v pt, under the minimum %v", s, minFontSize)
		}
	}
}

func TestPlanningPagesManyMilestones(t *testing.T) {
	t.Parallel()
	es := tallPlanning(120, false)
	p, err := NewPlanning(es, "Calendrier des fiches action – Isère 2020-2024 (au 10/05/2023)", d("2021-05-10"))
	if err != nil {
		t.Fatal(err)
	}
	// 120 lanes at 13 pt do not fit one A4 page (about 36 do).
	if p.Pages() < 3 {
		t.Fatalf("%d pages for 120 milestones", p.Pages())
	}
	pages := renderPages(t, p)
	checkPages(t, p, pages, es)
	// A fiche is never cut when it fits on a page: each of the 30 fiches
	// is on one page with its four milestones.
	for i, g := range pages {
		for _, r := range g.rows {
			if len(r.bars) != 4 || strings.Contains(r.label, continued) {
				t.Errorf("page %d: %s has %d milestones (%q)", i+1, r.fiche, len(r.bars), r.label)
			}
		}
	}
	// The time axis is the same on every page.
	for i, g := range pages {
		if g.minX != pages[0].minX || g.maxX != pages[0].maxX {
			t.Errorf("page %d spans %v…%v, page 1 %v…%v", i+1, g.minX, g.maxX, pages[0].minX, pages[0].maxX)
		}
	}
}

// A fiche with more milestones than a page holds goes on over the next
// pages, titled "(suite)".
func TestPlanningPagesLongFiche(t *testing.T) {
	t.Parallel()
	es := tallPlanning(120, true) // fiche 99 has 60 milestones
	p, err := NewPlanning(es, "Calendrier", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	pages := renderPages(t, p)
	checkPages(t, p, pages, es)
	parts := 0
	for _, g := range pages {
		for _, r := range g.rows {
			if r.fiche == "Fiche 99" {
				parts++
				if (parts > 1) != strings.HasSuffix(r.label, continued) {
					t.Errorf("part %d of fiche 99 titled %q", parts, r.label)
				}
			}
		}
	}
	if parts < 2 {
		t.Errorf("fiche 99 in %d part(s), want it continued", parts)
	}
}

func TestPlanningPagesSmallStaysOnePage(t *testing.T) {
	t.Parallel()
	es := Entries(handLib(), d("2023-03-01"), nil)
	p, err := NewPlanning(es, "Calendrier", d("2023-03-01"))
	if err != nil {
		t.Fatal(err)
	}
	if p.Pages() != 1 {
		t.Fatalf("%d pages for a small planning", p.Pages())
	}
	g, err := p.renderPage(io.Discard, 0, PNG, 30)
	if err != nil {
		t.Fatal(err)
	}
	checkLayout(t, g, es)
	for _, l := range g.labels {
		if strings.HasPrefix(l.text, "page ") {
			t.Errorf("a one-page planning numbered %q", l.text)
		}
	}
	undated := Filter{Fiche: "32"}.Apply(Entries(handLib(), d("2023-03-01"), nil))[1:2]
	if _, err := NewPlanning(undated, "x", time.Time{}); !errors.Is(err, ErrNothingToPlot) {
		t.Errorf("no dated entry: err = %v, want ErrNothingToPlot", err)
	}
}

// The PDF holds every page, A4 landscape; an SVG page has its texts as
// text.
func TestPlanningPagesPDFAndSVG(t *testing.T) {
	t.Parallel()
	p, err := NewPlanning(tallPlanning(120, false), "Calendrier", d("2021-05-10"))
	if err != nil {
		t.Fatal(err)
	}
	var pdf bytes.Buffer
	if err := p.WritePDF(&pdf); err != nil {
		t.Fatal(err)
	}
	if n := len(regexp.MustCompile(`/Type /Page\b[^s]`).FindAll(pdf.Bytes(), -1)); n != p.Pages() {
		t.Errorf("the PDF has %d pages, want %d", n, p.Pages())
	}
	a4 := fmt.Sprintf("/MediaBox [0 0 %.2f %.2f]", chartWidth.Points(), chartHeight.Points())
	if !bytes.Contains(pdf.Bytes(), []byte(a4)) { // fpdf gives the size once, for every page
		t.Errorf("the PDF's pages are not A4 landscape (%s)", a4)
	}
	var svg bytes.Buffer
	if err := p.WritePage(&svg, 1, SVG); err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("page 2/%d", p.Pages())
	if !strings.Contains(svg.String(), ">"+html.EscapeString(want)+"</text>") {
		t.Errorf("the SVG of page 2 lacks %q", want)
	}
	if err := p.WritePage(io.Discard, p.Pages(), PNG); err == nil {
		t.Error("a page past the last gave no error")
	}
	if err := p.WritePage(io.Discard, 0, "gif"); err == nil {
		t.Error("an unknown format gave no error")
	}
}
