package calendar

import (
	"errors"
	"fmt"
	"image/color"
	"image/png"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgpdf"
	"gonum.org/v1/plot/vg/vgsvg"
)

// ErrNothingToPlot is returned by WritePlanningPNG when no entry is dated.
var ErrNothingToPlot = errors.New("no dated milestone to plot")

// Chart geometry. The page is A4 landscape (297 × 210 mm). The rows are
// never shrunk, because a row squeezed under the height of its label is
// what made bars unreadable in print: a planning too tall for one page is
// cut into pages (Planning), or, drawn as one image for a screen, the
// image grows taller. Every milestone gets its own lane, so bars of one
// fiche never overlap and each bar has room for its label on its lane.
const (
	chartDPI     = 150
	chartWidth   = 297 * vg.Millimeter
	chartHeight  = 210 * vg.Millimeter
	chartMargin  = 12 * vg.Inch / 72
	legendHeight = 26 * vg.Inch / 72

	laneHeight    = 13 * vg.Inch / 72 // one milestone: an 8 pt label and air around it
	barFontSize   = 8                 // bar labels, the smallest size still read in print
	minFontSize   = barFontSize       // no text of the chart is smaller
	pageFontSize  = 10                // the page number, as the legend
	ficheFontSize = 9                 // fiche titles in the left column
	titleFontSize = 14
	ficheLine     = 10.5 * vg.Inch / 72 // line height of the fiche titles
	columnWidth   = 62 * vg.Millimeter  // left column of fiche titles, wrapped in it
	columnGap     = 6 * vg.Inch / 72    // between the column and the chart
	maxFicheLines = 5                   // longer titles end with "…"
	maxTitleLines = 3                   // chart title
	minBarWidth   = 2.5 * vg.Millimeter // a one-day milestone is still a visible bar
	labelPad      = 3 * vg.Inch / 72    // between a bar and its label
	barLabelRunes = 64                  // a "short" milestone label, before fitting its width
	hatchStep     = 5 * vg.Inch / 72    // spacing of the status patterns
	minGreyStep   = 0.25                // least difference of grey level between two statuses
)

// barStyle is how one status looks. Lightness alone separates the statuses
// in greyscale print (their grey levels differ by at least minGreyStep, see
// TestStatusColoursGreyscale), and the pattern and outline separate them
// again for readers who cannot tell the hues or the greys apart: overdue is
// dark with a heavy outline, ongoing has diagonal hatching, upcoming a
// dashed outline, done vertical hatching.
type barStyle struct {
	fill    color.RGBA
	outline draw.LineStyle
	hatch   hatchKind
	hatchLn draw.LineStyle
}

type hatchKind int

const (
	hatchNone hatchKind = iota
	hatchDiagonal
	hatchVertical
)

// statusColors, from dark to light: overdue (dark red) stands out most,
// done (pale green) least. The grey levels (ITU-R 601 luma, as Go's GrayModel and
// most greyscale printing compute them) are about 0.13, 0.40, 0.67 and 0.95.
var statusColors = map[Status]color.RGBA{
	Overdue:  {R: 0x5c, G: 0x08, B: 0x08, A: 0xff},
	Ongoing:  {R: 0xc0, G: 0x4e, B: 0x00, A: 0xff},
	Upcoming: {R: 0x84, G: 0xb4, B: 0xe0, A: 0xff},
	Done:     {R: 0xec, G: 0xf8, B: 0xe8, A: 0xff},
}

var statusStyles = map[Status]barStyle{
	Overdue: {fill: statusColors[Overdue], outline: draw.LineStyle{Color: color.Black, Width: vg.Points(1.4)}},
	Ongoing: {fill: statusColors[Ongoing], outline: draw.LineStyle{Color: outlineGrey, Width: vg.Points(0.6)},
		hatch: hatchDiagonal, hatchLn: draw.LineStyle{Color: color.White, Width: vg.Points(0.8)}},
	Upcoming: {fill: statusColors[Upcoming], outline: draw.LineStyle{Color: outlineGrey, Width: vg.Points(0.8),
		Dashes: []vg.Length{vg.Points(3), vg.Points(2)}}},
	Done: {fill: statusColors[Done], outline: draw.LineStyle{Color: outlineGrey, Width: vg.Points(0.6)},
		hatch: hatchVertical, hatchLn: draw.LineStyle{Color: doneHatch, Width: vg.Points(0.6)}},
}

var statusOrder = []Status{Upcoming, Ongoing, Overdue, Done}

var (
	sans = font.Font{Typeface: "Liberation", Variant: "Sans"}
	// bandColor is lighter than the done fill, so a done bar on a shaded
	// band still shows in grey.
	bandColor   = color.RGBA{R: 0xf7, G: 0xf7, B: 0xf7, A: 0xff}
	gridColor   = color.RGBA{R: 0xc8, G: 0xc8, B: 0xc8, A: 0xff}
	yearColor   = color.RGBA{R: 0x70, G: 0x70, B: 0x70, A: 0xff}
	outlineGrey = color.RGBA{R: 0x30, G: 0x30, B: 0x30, A: 0xff}
	doneHatch   = color.RGBA{R: 0x6a, G: 0x8f, B: 0x5e, A: 0xff}
	todayLine   = draw.LineStyle{Color: color.Black, Width: vg.Points(1.2), Dashes: []vg.Length{vg.Points(4), vg.Points(3)}}
)

// Format is an output format of the planning chart.
type Format string

// The formats of the planning chart. SVG and PDF keep the text as text,
// sharp at any print size.
const (
	PNG Format = "png"
	SVG Format = "svg"
	PDF Format = "pdf"
)

// WritePlanningPNG draws a Gantt chart of the dated entries of es as a PNG
// image: one band per fiche (in the order of es), titled in a left column,
// with one lane per milestone holding a bar from its first to its last day,
// coloured and patterned by status and labelled with the fiche and the
// milestone, on a time axis in semesters. Undated entries cannot be placed;
// the legend says how many were left out. It returns ErrNothingToPlot when
// no entry is dated.
//
// The image is one sheet, A4 landscape wide and as tall as the fiches need:
// for a screen or a chat. NewPlanning lays the same chart out on A4 pages
// for print.
func WritePlanningPNG(w io.Writer, es []Entry, title string) error {
	return WritePlanningPNGAsOf(w, es, title, time.Time{})
}

// WritePlanningPNGAsOf is WritePlanningPNG with a dashed line marking the
// day today, the day the statuses were computed for, when it falls within
// the chart. A zero today draws no line.
func WritePlanningPNGAsOf(w io.Writer, es []Entry, title string, today time.Time) error {
	return writePlanning(w, es, title, today, chartDPI)
}

// WritePlanning is WritePlanningPNGAsOf in the given format.
func WritePlanning(w io.Writer, es []Entry, title string, today time.Time, f Format) error {
	switch f {
	case PNG:
		return writePlanning(w, es, title, today, chartDPI)
	case SVG, PDF:
		_, err := renderPlanning(w, es, title, today, f, 0)
		return err
	}
	return unknownFormat(f)
}

func unknownFormat(f Format) error { return fmt.Errorf("planning chart: unknown format %q", f) }

// writePlanning draws the chart as a PNG at the given resolution.
func writePlanning(w io.Writer, es []Entry, title string, today time.Time, dpi int) error {
	_, err := renderPlanning(w, es, title, today, PNG, dpi)
	return err
}

// renderPlanning draws the chart on one sheet in format f, as tall as its
// rows need, and returns what it drew, for the tests.
func renderPlanning(w io.Writer, es []Entry, title string, today time.Time, f Format, dpi int) (*gantt, error) {
	rows, undated := chartRows(es)
	if len(rows) == 0 {
		return nil, ErrNothingToPlot
	}
	minX, maxX := timeRange(rows)
	g := newGantt(rows, minX, maxX, today)

	// The chrome (title, axis, legend, margins) does not depend on the
	// page height: measure it on an A4 page and add what the lanes need.
	height := chartHeight
	if need, room := vg.Length(g.lanes)*laneHeight, dataHeight(g.plot(title)); room < need {
		height += need - room
	}
	cv := newCanvas(f, height, dpi)
	g.draw(draw.New(cv), g.plot(title), es, undated, today, "")
	if err := encode(w, cv, f); err != nil {
		return nil, err
	}
	return g, nil
}

// dataHeight is the height the plot p leaves to the lanes on an A4 page.
func dataHeight(p *plot.Plot) vg.Length {
	dc := pageArea(draw.Canvas{Rectangle: vg.Rectangle{Max: vg.Point{X: chartWidth, Y: chartHeight}}})
	da := p.DataCanvas(draw.Crop(dc, columnWidth+columnGap, 0, legendHeight, 0))
	return da.Max.Y - da.Min.Y
}

// newCanvas returns a canvas of the page's width and the given height in
// format f; dpi is the resolution of a PNG.
func newCanvas(f Format, height vg.Length, dpi int) vg.CanvasSizer {
	switch f {
	case SVG:
		return vgsvg.New(chartWidth, height)
	case PDF:
		return vgpdf.New(chartWidth, height)
	}
	return vgimg.NewWith(vgimg.UseWH(chartWidth, height), vgimg.UseDPI(dpi))
}

// encode writes the canvas cv drawn in format f.
func encode(w io.Writer, cv vg.CanvasSizer, f Format) error {
	if img, ok := cv.(*vgimg.Canvas); ok {
		// Fast compression: the chart is mostly flat colour, so the file
		// stays small, and encoding is most of the drawing time.
		enc := png.Encoder{CompressionLevel: png.BestSpeed}
		if err := enc.Encode(w, img.Image()); err != nil {
			return fmt.Errorf("write planning png: %w", err)
		}
		return nil
	}
	if _, err := cv.(io.WriterTo).WriteTo(w); err != nil {
		return fmt.Errorf("write planning %s: %w", f, err)
	}
	return nil
}

// draw draws the whole sheet c: the plot p (title, time axis and g's lanes),
// the fiche column, the legend and, when it is not "", the page label.
func (g *gantt) draw(c draw.Canvas, p *plot.Plot, es []Entry, undated int, today time.Time, pageLabel string) {
	g.bars, g.labels = nil, nil
	dc := pageArea(c)
	g.columnLeft = dc.Min.X
	p.Draw(draw.Crop(dc, columnWidth+columnGap, 0, legendHeight, 0))
	shown := time.Time{}
	if !math.IsNaN(g.today) {
		shown = Day(today)
	}
	g.drawLegend(draw.Crop(dc, 0, 0, 0, -(dc.Max.Y-dc.Min.Y-legendHeight)), es, undated, shown, pageLabel)
}

// Planning is the planning chart laid out for print on A4 landscape pages:
// as many fiches on a page as fit at full size (rows and text are never
// shrunk), a fiche longer than a page continued on the next one ("(suite)"),
// and on every page the title, the same time axis, the legend and the page
// number ("page 2/3") when there are several pages.
type Planning struct {
	pages      [][]chartRow
	capacity   int // lanes a page holds
	minX, maxX float64
	title      string
	es         []Entry
	undated    int
	today      time.Time
}

// NewPlanning lays out the dated entries of es (see WritePlanningPNG) on
// pages. It returns ErrNothingToPlot when no entry is dated.
func NewPlanning(es []Entry, title string, today time.Time) (*Planning, error) {
	rows, undated := chartRows(es)
	if len(rows) == 0 {
		return nil, ErrNothingToPlot
	}
	p := &Planning{title: title, es: es, undated: undated, today: today}
	p.minX, p.maxX = timeRange(rows)
	// Every page has the same chrome: measure the lanes it leaves once.
	probe := newGantt(rows[:1], p.minX, p.maxX, today)
	p.capacity = max(int(dataHeight(probe.plot(title))/laneHeight), maxFicheLines)
	p.pages = paginate(rows, p.capacity)
	return p, nil
}

// Pages returns the number of pages.
func (p *Planning) Pages() int { return len(p.pages) }

// WritePage draws page i (from 0) alone in format f: a PNG at print
// resolution, an SVG or a one-page PDF.
func (p *Planning) WritePage(w io.Writer, i int, f Format) error {
	_, err := p.renderPage(w, i, f, chartDPI)
	return err
}

// renderPage draws page i and returns what it drew, for the tests.
func (p *Planning) renderPage(w io.Writer, i int, f Format, dpi int) (*gantt, error) {
	switch f {
	case PNG, SVG, PDF:
	default:
		return nil, unknownFormat(f)
	}
	if i < 0 || i >= len(p.pages) {
		return nil, fmt.Errorf("planning chart: no page %d of %d", i+1, len(p.pages))
	}
	cv := newCanvas(f, chartHeight, dpi)
	g := p.drawPage(draw.New(cv), i)
	return g, encode(w, cv, f)
}

// WritePDF writes every page into one PDF document.
func (p *Planning) WritePDF(w io.Writer) error {
	cv := vgpdf.New(chartWidth, chartHeight)
	for i := range p.pages {
		if i > 0 {
			cv.NextPage()
		}
		p.drawPage(draw.New(cv), i)
	}
	return encode(w, cv, PDF)
}

// drawPage draws page i on c.
func (p *Planning) drawPage(c draw.Canvas, i int) *gantt {
	g := newGantt(p.pages[i], p.minX, p.maxX, p.today)
	label := ""
	if len(p.pages) > 1 {
		// Lanes as high on every page, the last one's too.
		g.span = p.capacity
		label = fmt.Sprintf("page %d/%d", i+1, len(p.pages))
	}
	g.draw(c, g.plot(p.title), p.es, p.undated, p.today, label)
	return g
}

// continued marks the part of a fiche that goes on from the page before.
const continued = " (suite)"

// paginate cuts rows into pages of at most capacity lanes, in order. A
// fiche that does not fit on what is left of a page starts the next one; a
// fiche longer than a whole page is cut between its milestones, each part
// after the first titled "(suite)".
func paginate(rows []chartRow, capacity int) [][]chartRow {
	var pages [][]chartRow
	var page []chartRow
	used := 0
	next := func() {
		if len(page) > 0 {
			pages = append(pages, page)
		}
		page, used = nil, 0
	}
	for _, r := range rows {
		if need := rowLanes(r); need <= capacity {
			if used+need > capacity {
				next()
			}
			page = append(page, r)
			used += need
			continue
		}
		bars := r.bars
		for part := 0; len(bars) > 0; part++ {
			piece := r
			if part > 0 {
				piece.label += continued
			}
			title := titleLanes(piece.label)
			if capacity-used < max(title, 1) {
				next()
			}
			k := min(len(bars), capacity-used)
			piece.bars = bars[:k]
			page = append(page, piece)
			used += max(k, title)
			if bars = bars[k:]; len(bars) > 0 {
				next()
			}
		}
	}
	next()
	return pages
}

// pageArea is the page inside its margins.
func pageArea(c draw.Canvas) draw.Canvas {
	return draw.Crop(c, chartMargin, -chartMargin, chartMargin, -chartMargin)
}

// chartRow is one fiche of the chart.
type chartRow struct {
	label string // "Fiche 1 – Définir …", whole: it is wrapped, not cut
	fiche string // "Fiche 1", or "doc · Fiche 1" with several documents
	bars  []chartBar
	index int // the fiche's rank in the chart: its band is shaded when odd, on every page
}

// chartBar is one milestone, in fractional years, End exclusive.
type chartBar struct {
	start, end float64
	status     Status
	label      string // the milestone's label, or its date text when it has none
}

// chartRows groups the dated entries by fiche, keeping the order of es, and
// counts the undated ones.
func chartRows(es []Entry) (rows []chartRow, undated int) {
	docs := map[string]bool{}
	for _, e := range es {
		docs[e.Doc] = true
	}
	index := map[string]int{}
	for _, e := range es {
		if !e.Dated() {
			undated++
			continue
		}
		id := e.Doc + "/" + e.Fiche
		i, ok := index[id]
		if !ok {
			i = len(rows)
			index[id] = i
			fiche := "Fiche " + e.Fiche
			if len(docs) > 1 {
				fiche = e.Doc + " · " + fiche
			}
			label := fiche
			if e.FicheTitle != "" {
				label += " – " + e.FicheTitle
			}
			rows = append(rows, chartRow{label: label, fiche: fiche, index: i})
		}
		label := strings.TrimSpace(e.Label)
		if label == "" {
			label = strings.TrimSpace(e.Raw)
		}
		rows[i].bars = append(rows[i].bars, chartBar{
			start:  yearFrac(Day(e.Start)),
			end:    yearFrac(Day(e.End).AddDate(0, 0, 1)),
			status: e.Status,
			label:  label,
		})
	}
	return rows, undated
}

// timeRange returns the chart's time range: whole semesters around every bar.
func timeRange(rows []chartRow) (minX, maxX float64) {
	first, last := true, 0.0
	for _, r := range rows {
		for _, b := range r.bars {
			if first || b.start < minX {
				minX = b.start
			}
			if first || b.end > last {
				last = b.end
			}
			first = false
		}
	}
	return semesterFloor(minX), semesterCeil(last)
}

// yearFrac maps a civil date to a fractional year: 2021-07-01 is about 2021.496.
func yearFrac(t time.Time) float64 {
	y := t.Year()
	days := time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)).Hours() / 24
	return float64(y) + float64(t.YearDay()-1)/days
}

// semesterStart returns the first day of semester s (1 or 2) of year y as a fractional year.
func semesterStart(y, s int) float64 {
	return yearFrac(time.Date(y, time.Month(1+6*(s-1)), 1, 0, 0, 0, 0, time.UTC))
}

func semesterFloor(x float64) float64 {
	y := int(x)
	if x >= semesterStart(y, 2) {
		return semesterStart(y, 2)
	}
	return semesterStart(y, 1)
}

func semesterCeil(x float64) float64 {
	y := int(x)
	for _, s := range []float64{semesterStart(y, 1), semesterStart(y, 2), semesterStart(y+1, 1)} {
		if x <= s {
			return s
		}
	}
	return semesterStart(y+1, 1)
}

// semesters lists the semesters from minX to maxX as (year, half, start, end).
func semesters(minX, maxX float64) (out [][2]int) {
	for y := int(minX); y <= int(maxX); y++ {
		for s := 1; s <= 2; s++ {
			start, end := semesterStart(y, s), semesterStart(y+s-1, 3-s)
			if start >= minX && end <= maxX {
				out = append(out, [2]int{y, s})
			}
		}
	}
	return out
}

// semesterTicks labels each semester ("S1 2020") in its middle, with
// unlabelled ticks at the boundaries.
func semesterTicks(minX, maxX float64) plot.Ticker {
	var ticks plot.ConstantTicks
	for _, ys := range semesters(minX, maxX) {
		y, s := ys[0], ys[1]
		start, end := semesterStart(y, s), semesterStart(y+s-1, 3-s)
		ticks = append(ticks,
			plot.Tick{Value: start},
			plot.Tick{Value: (start + end) / 2, Label: "S" + strconv.Itoa(s) + " " + strconv.Itoa(y)})
	}
	ticks = append(ticks, plot.Tick{Value: maxX})
	return ticks
}

// gantt lays out and draws the bands, the semester grid, the bars and their
// labels. It keeps what it drew so that the tests can check the layout.
type gantt struct {
	rows       []chartRow
	lines      [][]string // the wrapped title of each row
	first      []int      // the first lane of each row, from the top
	lanes      int        // lanes in all
	span       int        // lanes the page's height holds, when more than lanes: the rest stays blank below
	minX, maxX float64
	today      float64   // NaN when not drawn
	columnLeft vg.Length // left edge of the fiche column

	title  []string    // the chart title's lines
	bars   []drawnBar  // every bar, in row order
	labels []drawnText // every text drawn in the chart area and the legend
}

// drawnBar is a bar as drawn, in page coordinates.
type drawnBar struct {
	row  int
	rect vg.Rectangle
}

// drawnText is a text as drawn, in page coordinates, with its font size.
type drawnText struct {
	text string
	rect vg.Rectangle
	size vg.Length
}

var (
	barFont   = text.Style{Color: color.Black, Font: font.From(sans, barFontSize), YAlign: draw.YCenter, Handler: plot.DefaultTextHandler}
	ficheFont = text.Style{Color: color.Black, Font: font.From(sans, ficheFontSize), YAlign: draw.YTop, Handler: plot.DefaultTextHandler}
	titleFont = text.Style{Color: color.Black, Font: font.From(sans, titleFontSize), XAlign: draw.XCenter, YAlign: draw.YTop, Handler: plot.DefaultTextHandler}
)

// newGantt wraps the fiche titles and gives each fiche as many lanes as it
// has milestones, or more when its wrapped title needs them, on a time
// axis from minX to maxX.
func newGantt(rows []chartRow, minX, maxX float64, today time.Time) *gantt {
	g := &gantt{rows: rows, today: math.NaN(), minX: minX, maxX: maxX}
	for _, r := range rows {
		g.lines = append(g.lines, wrap(ficheFont, r.label, columnWidth, maxFicheLines))
		g.first = append(g.first, g.lanes)
		g.lanes += rowLanes(r)
	}
	if !today.IsZero() {
		if x := yearFrac(Day(today)); x >= g.minX && x <= g.maxX {
			g.today = x
		}
	}
	return g
}

// rowLanes is the number of lanes of a fiche: one per milestone, or more
// when its wrapped title needs them.
func rowLanes(r chartRow) int {
	return max(len(r.bars), titleLanes(r.label))
}

// titleLanes is the number of lanes a fiche title wrapped in the column
// covers.
func titleLanes(label string) int {
	lines := wrap(ficheFont, label, columnWidth, maxFicheLines)
	return int(math.Ceil(float64(vg.Length(len(lines)) * ficheLine / laneHeight)))
}

// plot returns the plot holding g: the title, wrapped to the page width,
// and the time axis. The Y axis has no labels: the fiche column is drawn by
// g, wrapped, where tick labels could only be cut.
func (g *gantt) plot(title string) *plot.Plot {
	p := plot.New()
	g.title = wrap(titleFont, title, chartWidth-2*chartMargin, maxTitleLines)
	p.Title.Text = strings.Join(g.title, "\n")
	p.Title.TextStyle.Font = titleFont.Font
	p.Title.Padding = 8
	p.X.Min, p.X.Max = g.minX, g.maxX
	p.Y.Min, p.Y.Max = 0, float64(max(g.lanes, g.span))
	p.X.Padding, p.Y.Padding = 0, 0
	p.X.Tick.Label.Font = font.From(sans, 10)
	p.X.Tick.Marker = semesterTicks(g.minX, g.maxX)
	p.Y.Tick.Length = 0
	p.Y.Tick.Marker = plot.ConstantTicks{}
	p.Add(g)
	return p
}

// Plot implements plot.Plotter.
func (g *gantt) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	// laneY is the top of lane k, counted from the top.
	laneY := func(k int) vg.Length { return trY(float64(max(g.lanes, g.span) - k)) }
	x0, x1 := trX(g.minX), trX(g.maxX)
	for i, r := range g.rows {
		if r.index%2 == 1 {
			fillRect(&c, bandColor, x0, laneY(g.first[i]+g.lanes0(i)), x1, laneY(g.first[i]))
		}
	}
	for _, ys := range semesters(g.minX, g.maxX) {
		x := trX(semesterStart(ys[0], ys[1]))
		sty := draw.LineStyle{Color: gridColor, Width: vg.Points(0.5)}
		if ys[1] == 1 {
			sty = draw.LineStyle{Color: yearColor, Width: vg.Points(0.8)}
		}
		c.StrokeLine2(sty, x, c.Min.Y, x, c.Max.Y)
	}
	for i, r := range g.rows {
		top := laneY(g.first[i])
		for k, line := range g.lines[i] {
			g.fillText(&c, ficheFont, vg.Point{X: g.columnLeft, Y: top - vg.Points(1.5) - vg.Length(k)*ficheLine}, line)
		}
		for j, b := range r.bars {
			ya, yb := laneY(g.first[i]+j+1), laneY(g.first[i]+j)
			gap := (yb - ya) * 0.15
			ya, yb = ya+gap, yb-gap
			xa, xb := trX(b.start), trX(b.end)
			if xb-xa < minBarWidth {
				xb = xa + minBarWidth
				if xb > x1 {
					xa, xb = x1-minBarWidth, x1
				}
			}
			rect := vg.Rectangle{Min: vg.Point{X: xa, Y: ya}, Max: vg.Point{X: xb, Y: yb}}
			drawBar(&c, statusStyles[b.status], rect)
			g.bars = append(g.bars, drawnBar{row: i, rect: rect})
			g.drawBarLabel(&c, r.fiche+" · "+shorten(b.label, barLabelRunes), rect, x0, x1)
		}
	}
	if !math.IsNaN(g.today) {
		x := trX(g.today)
		c.StrokeLine2(todayLine, x, c.Min.Y, x, c.Max.Y)
	}
}

// lanes0 is the number of lanes of row i.
func (g *gantt) lanes0(i int) int {
	if i+1 < len(g.first) {
		return g.first[i+1] - g.first[i]
	}
	return g.lanes - g.first[i]
}

// drawBarLabel writes s on the bar's lane: right of the bar when it fits,
// else left of it, else inside on a white ground (readable over any fill
// and pattern), else where there is most room, cut with "…" to fit. The
// lane holds no other bar, so the label never covers another milestone.
func (g *gantt) drawBarLabel(c *draw.Canvas, s string, bar vg.Rectangle, x0, x1 vg.Length) {
	y := (bar.Min.Y + bar.Max.Y) / 2
	right := x1 - bar.Max.X - labelPad
	left := bar.Min.X - x0 - labelPad
	inside := bar.Max.X - bar.Min.X - 4*labelPad
	w := barFont.Width(s)
	where, room := "right", right
	switch {
	case w <= right:
	case w <= left:
		where, room = "left", left
	case w <= inside:
		where, room = "inside", inside
	default:
		if left > room {
			where, room = "left", left
		}
		if inside > room {
			where, room = "inside", inside
		}
	}
	s = fitWidth(barFont, s, room)
	w = barFont.Width(s)
	sty := barFont
	switch where {
	case "right":
		g.fillText(c, sty, vg.Point{X: bar.Max.X + labelPad, Y: y}, s)
	case "left":
		sty.XAlign = draw.XRight
		g.fillText(c, sty, vg.Point{X: bar.Min.X - labelPad, Y: y}, s)
	default:
		x := (bar.Min.X+bar.Max.X)/2 - w/2
		h := sty.Height(s)
		fillRect(c, color.White, x-labelPad/2, y-h/2, x+w+labelPad/2, y+h/2)
		g.fillText(c, sty, vg.Point{X: x, Y: y}, s)
	}
}

// fillText draws s and remembers it with its box.
func (g *gantt) fillText(c *draw.Canvas, sty text.Style, pt vg.Point, s string) {
	if s == "" {
		return
	}
	c.FillText(sty, pt, s)
	r := sty.Rectangle(s)
	g.labels = append(g.labels, drawnText{text: s, rect: vg.Rectangle{Min: r.Min.Add(pt), Max: r.Max.Add(pt)}, size: sty.Font.Size})
}

// drawBar fills r in the status style: fill, pattern, outline.
func drawBar(c *draw.Canvas, sty barStyle, r vg.Rectangle) {
	fillRect(c, sty.fill, r.Min.X, r.Min.Y, r.Max.X, r.Max.Y)
	var lines [][]vg.Point
	h := r.Max.Y - r.Min.Y
	switch sty.hatch {
	case hatchDiagonal:
		for x := r.Min.X - h + hatchStep/2; x < r.Max.X; x += hatchStep {
			lines = append(lines, []vg.Point{{X: x, Y: r.Min.Y}, {X: x + h, Y: r.Max.Y}})
		}
	case hatchVertical:
		for x := r.Min.X + hatchStep/2; x < r.Max.X; x += hatchStep {
			lines = append(lines, []vg.Point{{X: x, Y: r.Min.Y}, {X: x, Y: r.Max.Y}})
		}
	}
	if len(lines) > 0 {
		clip := draw.Canvas{Canvas: c.Canvas, Rectangle: r}
		for _, l := range clip.ClipLinesXY(lines...) {
			c.StrokeLines(sty.hatchLn, l)
		}
	}
	c.StrokeLines(sty.outline, []vg.Point{r.Min, {X: r.Max.X, Y: r.Min.Y}, r.Max, {X: r.Min.X, Y: r.Max.Y}, r.Min})
}

func fillRect(c *draw.Canvas, clr color.Color, x0, y0, x1, y1 vg.Length) {
	c.FillPolygon(clr, []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}})
}

// drawLegend writes the key of the statuses present, with their bar
// styles, the today line when today is not zero, and how many undated
// milestones are not drawn, centred in c; the page label, when not "",
// goes at the right end of c, and the key is centred in what is left.
func (g *gantt) drawLegend(c draw.Canvas, es []Entry, undated int, today time.Time, pageLabel string) {
	present := map[Status]bool{}
	for _, e := range es {
		if e.Dated() {
			present[e.Status] = true
		}
	}
	sty := text.Style{Color: color.Black, Font: font.From(sans, pageFontSize), YAlign: draw.YCenter, Handler: plot.DefaultTextHandler}
	if pageLabel != "" {
		right := sty
		right.XAlign = draw.XRight
		g.fillText(&c, right, vg.Point{X: c.Max.X, Y: c.Min.Y + (c.Max.Y-c.Min.Y)/2}, pageLabel)
		c = draw.Crop(c, 0, -(sty.Width(pageLabel) + 3*vg.Points(6)), 0, 0)
	}
	box := vg.Points(14)
	gap := vg.Points(6)
	var items []Status
	for _, s := range statusOrder {
		if present[s] {
			items = append(items, s)
		}
	}
	note := ""
	if undated == 1 {
		note = "1 échéance sans date n'est pas représentée"
	} else if undated > 1 {
		note = strconv.Itoa(undated) + " échéances sans date ne sont pas représentées"
	}
	todayLabel := ""
	if !today.IsZero() {
		todayLabel = "Au " + today.Format("02/01/2006")
	}
	var total vg.Length
	for _, s := range items {
		total += 2*box + gap + sty.Width(capitalize(string(s))) + 3*gap
	}
	if todayLabel != "" {
		total += box + gap + sty.Width(todayLabel) + 3*gap
	}
	if note != "" {
		total += sty.Width(note)
	}
	x := c.Center().X - total/2
	y := c.Min.Y + (c.Max.Y-c.Min.Y)/2
	for _, s := range items {
		// A swatch as wide as a short bar, so that its pattern shows.
		drawBar(&c, statusStyles[s], vg.Rectangle{Min: vg.Point{X: x, Y: y - box/2}, Max: vg.Point{X: x + 2*box, Y: y + box/2}})
		x += 2*box + gap
		g.fillText(&c, sty, vg.Point{X: x, Y: y}, capitalize(string(s)))
		x += sty.Width(capitalize(string(s))) + 3*gap
	}
	if todayLabel != "" {
		c.StrokeLine2(todayLine, x+box/2, y-box/2-vg.Points(2), x+box/2, y+box/2+vg.Points(2))
		x += box + gap
		g.fillText(&c, sty, vg.Point{X: x, Y: y}, todayLabel)
		x += sty.Width(todayLabel) + 3*gap
	}
	if note != "" {
		g.fillText(&c, sty, vg.Point{X: x, Y: y}, note)
	}
}

// wrap breaks s into lines no wider than width, at spaces, at most
// maxLines lines; the last one ends with "…" when the text goes on, and a word too
// long for a line is cut the same way.
func wrap(sty text.Style, s string, width vg.Length, maxLines int) []string {
	words := strings.Fields(s)
	var lines []string
	line := ""
	for i, w := range words {
		try := w
		if line != "" {
			try = line + " " + w
		}
		if sty.Width(try) <= width || line == "" {
			line = try
			continue
		}
		lines = append(lines, fitWidth(sty, line, width))
		if len(lines) == maxLines-1 {
			// The last line takes the rest, cut to fit.
			lines = append(lines, fitWidth(sty, strings.Join(words[i:], " "), width))
			return lines
		}
		line = w
	}
	if line != "" {
		lines = append(lines, fitWidth(sty, line, width))
	}
	return lines
}

// fitWidth shortens s, as shorten does, until it is no wider than width.
func fitWidth(sty text.Style, s string, width vg.Length) string {
	if sty.Width(s) <= width {
		return s
	}
	for n := utf8.RuneCountInString(s) - 1; n > 1; n-- {
		if t := shorten(s, n); sty.Width(t) <= width {
			return t
		}
	}
	return "…"
}

// shorten cuts s to at most n runes, at a word boundary when it can, and
// marks the cut with an ellipsis.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	cut := string(r)
	if i := strings.LastIndex(cut, " "); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:–-«(·") + "…"
}

func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return strings.ToUpper(string(r)) + s[size:]
}
