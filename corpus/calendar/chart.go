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
)

// ErrNothingToPlot is returned by WritePlanningPNG when no entry is dated.
var ErrNothingToPlot = errors.New("no dated milestone to plot")

// Chart geometry: an A4 landscape page (297 × 210 mm) at 150 dpi, taller
// when there are many fiches so that every row keeps a readable height.
const (
	chartDPI     = 150
	chartWidth   = 297 * vg.Millimeter
	chartHeight  = 210 * vg.Millimeter
	rowHeight    = 18 * vg.Inch / 72  // per fiche, for 10 pt labels
	chartChrome  = 120 * vg.Inch / 72 // title, axis, legend and margins
	labelRunes   = 52                 // longest row label
	chartMargin  = 12 * vg.Inch / 72
	legendHeight = 26 * vg.Inch / 72
)

// statusColors are print-friendly and distinguishable in grey scale.
var statusColors = map[Status]color.RGBA{
	Upcoming: {R: 0x4c, G: 0x78, B: 0xa8, A: 0xff},
	Ongoing:  {R: 0xf5, G: 0x85, B: 0x18, A: 0xff},
	Overdue:  {R: 0xd6, G: 0x27, B: 0x28, A: 0xff},
	Done:     {R: 0x54, G: 0xa2, B: 0x4b, A: 0xff},
}

var statusOrder = []Status{Upcoming, Ongoing, Overdue, Done}

var (
	sans        = font.Font{Typeface: "Liberation", Variant: "Sans"}
	bandColor   = color.RGBA{R: 0xf2, G: 0xf2, B: 0xf2, A: 0xff}
	gridColor   = color.RGBA{R: 0xc8, G: 0xc8, B: 0xc8, A: 0xff}
	yearColor   = color.RGBA{R: 0x70, G: 0x70, B: 0x70, A: 0xff}
	outlineGrey = color.RGBA{R: 0x30, G: 0x30, B: 0x30, A: 0xff}
	todayLine   = draw.LineStyle{Color: color.Black, Width: vg.Points(1.2), Dashes: []vg.Length{vg.Points(4), vg.Points(3)}}
)

// WritePlanningPNG draws a Gantt chart of the dated entries of es as a PNG
// image: one row per fiche (in the order of es), one bar per milestone from
// its first to its last day, coloured by status, on a time axis in
// semesters. Undated entries cannot be placed; the legend says how many
// were left out. It returns ErrNothingToPlot when no entry is dated.
func WritePlanningPNG(w io.Writer, es []Entry, title string) error {
	return WritePlanningPNGAsOf(w, es, title, time.Time{})
}

// WritePlanningPNGAsOf is WritePlanningPNG with a dashed line marking the
// day today, the day the statuses were computed for, when it falls within
// the chart. A zero today draws no line.
func WritePlanningPNGAsOf(w io.Writer, es []Entry, title string, today time.Time) error {
	return writePlanning(w, es, title, today, chartDPI)
}

// writePlanning draws the chart at the given resolution.
func writePlanning(w io.Writer, es []Entry, title string, today time.Time, dpi int) error {
	rows, undated := chartRows(es)
	if len(rows) == 0 {
		return ErrNothingToPlot
	}
	minX, maxX := timeRange(rows)

	p := plot.New()
	p.Title.Text = title
	p.Title.TextStyle.Font = font.From(sans, 14)
	p.Title.Padding = 8
	p.X.Min, p.X.Max = minX, maxX
	p.Y.Min, p.Y.Max = -0.5, float64(len(rows))-0.5
	p.X.Padding, p.Y.Padding = 0, 0
	p.X.Tick.Label.Font = font.From(sans, 10)
	p.Y.Tick.Label.Font = font.From(sans, 10)
	p.X.Tick.Marker = semesterTicks(minX, maxX)
	p.Y.Tick.Length = 0
	p.Y.Tick.Marker = rowTicks(rows)
	g := &gantt{rows: rows, minX: minX, maxX: maxX, today: math.NaN()}
	if !today.IsZero() {
		if x := yearFrac(Day(today)); x >= minX && x <= maxX {
			g.today = x
		}
	}
	p.Add(g)

	height := chartChrome + vg.Length(len(rows))*rowHeight
	if height < chartHeight {
		height = chartHeight
	}
	img := vgimg.NewWith(vgimg.UseWH(chartWidth, height), vgimg.UseDPI(dpi))
	dc := draw.New(img)
	dc = draw.Crop(dc, chartMargin, -chartMargin, chartMargin, -chartMargin)
	p.Draw(draw.Crop(dc, 0, 0, legendHeight, 0))
	shown := time.Time{}
	if !math.IsNaN(g.today) {
		shown = Day(today)
	}
	drawLegend(draw.Crop(dc, 0, 0, 0, -(dc.Max.Y-dc.Min.Y-legendHeight)), es, undated, shown)

	// Fast compression: the chart is mostly flat colour, so the file stays
	// small, and encoding is most of the drawing time.
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(w, img.Image()); err != nil {
		return fmt.Errorf("write planning png: %w", err)
	}
	return nil
}

// chartRow is one fiche of the chart.
type chartRow struct {
	label string
	bars  []chartBar
}

// chartBar is one milestone, in fractional years, End exclusive.
type chartBar struct {
	start, end float64
	status     Status
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
			label := "Fiche " + e.Fiche
			if len(docs) > 1 {
				label = e.Doc + " · " + label
			}
			if e.FicheTitle != "" {
				label += " – " + e.FicheTitle
			}
			rows = append(rows, chartRow{label: shorten(label, labelRunes)})
		}
		rows[i].bars = append(rows[i].bars, chartBar{
			start:  yearFrac(Day(e.Start)),
			end:    yearFrac(Day(e.End).AddDate(0, 0, 1)),
			status: e.Status,
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

// rowTicks labels the rows, the first one at the top.
func rowTicks(rows []chartRow) plot.Ticker {
	ticks := make(plot.ConstantTicks, len(rows))
	for i, r := range rows {
		ticks[i] = plot.Tick{Value: rowY(i, len(rows)), Label: r.label}
	}
	return ticks
}

// rowY is the centre of row i of n, the first row at the top.
func rowY(i, n int) float64 { return float64(n - 1 - i) }

// gantt draws the bands, the semester grid and the bars.
type gantt struct {
	rows       []chartRow
	minX, maxX float64
	today      float64 // NaN when not drawn
}

// Plot implements plot.Plotter.
func (g *gantt) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	n := len(g.rows)
	x0, x1 := trX(g.minX), trX(g.maxX)
	for i := range g.rows {
		if i%2 == 1 {
			y := rowY(i, n)
			fillRect(&c, bandColor, x0, trY(y-0.5), x1, trY(y+0.5))
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
	outline := draw.LineStyle{Color: outlineGrey, Width: vg.Points(0.4)}
	for i, r := range g.rows {
		// Each milestone of the fiche gets its own lane inside the row.
		const used = 0.76
		lane := used / float64(len(r.bars))
		top := rowY(i, n) + used/2
		for j, b := range r.bars {
			gap := lane * 0.1
			y1 := top - float64(j)*lane - gap
			y0 := top - float64(j+1)*lane + gap
			xa, xb := trX(b.start), trX(b.end)
			if xb-xa < vg.Points(2) {
				xb = xa + vg.Points(2)
			}
			fillRect(&c, statusColors[b.status], xa, trY(y0), xb, trY(y1))
			c.StrokeLines(outline, []vg.Point{{X: xa, Y: trY(y0)}, {X: xb, Y: trY(y0)},
				{X: xb, Y: trY(y1)}, {X: xa, Y: trY(y1)}, {X: xa, Y: trY(y0)}})
		}
	}
	if !math.IsNaN(g.today) {
		g.drawToday(&c, trX(g.today))
	}
}

func (g *gantt) drawToday(c *draw.Canvas, x vg.Length) {
	c.StrokeLine2(todayLine, x, c.Min.Y, x, c.Max.Y)
}

func fillRect(c *draw.Canvas, clr color.Color, x0, y0, x1, y1 vg.Length) {
	c.FillPolygon(clr, []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}})
}

// drawLegend writes the colour key of the statuses present, the today line
// when today is not zero, and how many undated milestones are not drawn,
// centred in c.
func drawLegend(c draw.Canvas, es []Entry, undated int, today time.Time) {
	present := map[Status]bool{}
	for _, e := range es {
		if e.Dated() {
			present[e.Status] = true
		}
	}
	sty := text.Style{Color: color.Black, Font: font.From(sans, 10), YAlign: draw.YCenter, Handler: plot.DefaultTextHandler}
	box := vg.Points(14)
	gap := vg.Points(6)
	type item struct {
		clr   color.Color
		label string
	}
	var items []item
	for _, s := range statusOrder {
		if present[s] {
			items = append(items, item{statusColors[s], capitalize(string(s))})
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
	for _, it := range items {
		total += box + gap + sty.Width(it.label) + 3*gap
	}
	if todayLabel != "" {
		total += box + gap + sty.Width(todayLabel) + 3*gap
	}
	if note != "" {
		total += sty.Width(note)
	}
	x := c.Center().X - total/2
	y := c.Min.Y + (c.Max.Y-c.Min.Y)/2
	for _, it := range items {
		fillRect(&c, it.clr, x, y-box/2, x+box, y+box/2)
		x += box + gap
		c.FillText(sty, vg.Point{X: x, Y: y}, it.label)
		x += sty.Width(it.label) + 3*gap
	}
	if todayLabel != "" {
		c.StrokeLine2(todayLine, x+box/2, y-box/2-vg.Points(2), x+box/2, y+box/2+vg.Points(2))
		x += box + gap
		c.FillText(sty, vg.Point{X: x, Y: y}, todayLabel)
		x += sty.Width(todayLabel) + 3*gap
	}
	if note != "" {
		c.FillText(sty, vg.Point{X: x, Y: y}, note)
	}
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
	return strings.TrimRight(cut, " ,;:–-«(") + "…"
}

func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return strings.ToUpper(string(r)) + s[size:]
}
