package calendar

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/png"
	"reflect"
	"strconv"
	"testing"
	"time"
)

// renderPNG draws a chart at a low resolution, enough to count colours and
// much faster than print resolution.
func renderPNG(t *testing.T, es []Entry, today time.Time) image.Image {
	t.Helper()
	var buf bytes.Buffer
	if err := writePlanning(&buf, es, "Calendrier des fiches action – Isère", today, 60); err != nil {
		t.Fatalf("WritePlanningPNGAsOf: %v", err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatalf("the planning is not a PNG: %v", err)
	}
	return img
}

// colours counts the pixels of each colour.
func colours(img image.Image) map[color.RGBA]int {
	out := map[color.RGBA]int{}
	b := img.Bounds()
	// Runs of one colour are long: count them before touching the map.
	var run color.RGBA
	n := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			var c color.RGBA
			if rgba, ok := img.(*image.RGBA); ok {
				i := rgba.PixOffset(x, y)
				c = color.RGBA{rgba.Pix[i], rgba.Pix[i+1], rgba.Pix[i+2], rgba.Pix[i+3]}
			} else {
				c = color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
			}
			if c != run {
				if n > 0 {
					out[run] += n
				}
				run, n = c, 0
			}
			n++
		}
	}
	if n > 0 {
		out[run] += n
	}
	return out
}

func TestWritePlanningPNG(t *testing.T) {
	t.Parallel()
	es := Entries(handLib(), d("2021-03-01"), nil)
	var buf bytes.Buffer
	if err := WritePlanningPNG(&buf, es, "Calendrier"); err != nil {
		t.Fatalf("WritePlanningPNG: %v", err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	// A4 landscape at 150 dpi: about 1754 × 1240 pixels.
	if b := img.Bounds(); b.Dx() < 1700 || b.Dy() < 1200 || b.Dx() <= b.Dy() {
		t.Errorf("image is %d×%d, want A4 landscape at print resolution", b.Dx(), b.Dy())
	}
	c := colours(img)
	if len(c) < 8 {
		t.Errorf("only %d distinct colours: the chart looks blank", len(c))
	}
	if white := c[color.RGBA{255, 255, 255, 255}]; white > img.Bounds().Dx()*img.Bounds().Dy()*97/100 {
		t.Errorf("%d%% of the image is white", white*100/(img.Bounds().Dx()*img.Bounds().Dy()))
	}
}

func TestWritePlanningPNGColoursByStatus(t *testing.T) {
	t.Parallel()
	es := Entries(handLib(), d("2021-03-01"), nil)
	var dated []Entry
	for _, e := range es {
		if e.Dated() {
			dated = append(dated, e)
		}
	}
	// One bar of each status: every colour shows.
	for i, s := range statusOrder {
		dated[i].Status = s
	}
	c := colours(renderPNG(t, dated, time.Time{}))
	for _, s := range statusOrder {
		// At 60 dpi the legend swatch (28 × 14 pt, part of it patterned)
		// holds under 280 pixels of the colour, a bar many more. The bars
		// are thinner than before (one lane per milestone) and hatched,
		// hence a lower bar than the former 1000.
		if n := c[statusColors[s]]; n < 400 {
			t.Errorf("%d pixels of the %q colour, want a bar of it", n, s)
		}
	}
	// Nothing late: no red, and no key for it either.
	for i := range dated {
		dated[i].Status = Upcoming
	}
	c = colours(renderPNG(t, dated, time.Time{}))
	for _, s := range []Status{Ongoing, Overdue, Done} {
		if n := c[statusColors[s]]; n > 0 {
			t.Errorf("%d pixels of the %q colour when every milestone is upcoming", n, s)
		}
	}
}

func TestWritePlanningPNGTodayLine(t *testing.T) {
	t.Parallel()
	es := Entries(handLib(), d("2021-03-01"), nil)
	// Dark pixels in the middle of the chart, away from the title and the
	// legend (whose text also changes with today).
	middle := func(img image.Image) int {
		b := img.Bounds()
		band := image.Rect(b.Min.X, b.Min.Y+b.Dy()/5, b.Max.X, b.Max.Y-b.Dy()/5)
		n := 0
		for c, count := range colours(img.(interface {
			SubImage(image.Rectangle) image.Image
		}).SubImage(band)) {
			if c.R < 0x60 && c.G < 0x60 && c.B < 0x60 {
				n += count
			}
		}
		return n
	}
	without := renderPNG(t, es, time.Time{})
	with := renderPNG(t, es, d("2021-03-01"))
	// The dashed line runs the height of the chart.
	if n := middle(with) - middle(without); n < 100 { // about half of the band's 300 rows, dashed
		t.Errorf("today's line adds %d dark pixels", n)
	}
	outside := renderPNG(t, es, d("2030-01-01"))
	if !reflect.DeepEqual(colours(outside), colours(without)) {
		t.Error("a day outside the chart changed the picture")
	}
}

func TestWritePlanningPNGNothingDated(t *testing.T) {
	es := Filter{Fiche: "32"}.Apply(Entries(handLib(), d("2023-03-01"), nil))[1:2]
	err := WritePlanningPNG(&bytes.Buffer{}, es, "x")
	if !errors.Is(err, ErrNothingToPlot) {
		t.Errorf("undated only: err = %v, want ErrNothingToPlot", err)
	}
	if err := WritePlanningPNG(&bytes.Buffer{}, nil, "x"); !errors.Is(err, ErrNothingToPlot) {
		t.Errorf("no entry: err = %v, want ErrNothingToPlot", err)
	}
}

func TestWritePlanningPNGManyFiches(t *testing.T) {
	t.Parallel()
	// 60 fiches do not fit an A4 page at a readable size: the page grows.
	var es []Entry
	for i := 1; i <= 60; i++ {
		es = append(es, Entry{Doc: "x", Fiche: strconv.Itoa(i), FicheTitle: "Titre", Start: d("2020-01-01"), End: d("2020-12-31"), Status: Upcoming, Key: Key("x", strconv.Itoa(i), 0)})
	}
	img := renderPNG(t, es, time.Time{})
	// Each milestone has its own 13 pt lane (8 pt label, 9 pt fiche title):
	// the former 18 pt a row was for a 10 pt label shared by every
	// milestone of the fiche.
	if h := img.Bounds().Dy(); h < 60*13*60/72 {
		t.Errorf("height %d pixels at 60 dpi for 60 rows, want at least 13 pt a row", h)
	}
	// The page grows in height only: it keeps the A4 width.
	if w := img.Bounds().Dx(); w > 702 {
		t.Errorf("width %d pixels at 60 dpi, wider than A4 (297 mm = 702 pixels)", w)
	}
}

func TestChartRows(t *testing.T) {
	es := Entries(handLib(), d("2023-03-01"), nil)
	rows, undated := chartRows(es)
	if undated != 1 {
		t.Errorf("undated = %d, want 1", undated)
	}
	if len(rows) != 2 || len(rows[0].bars) != 2 || len(rows[1].bars) != 2 {
		t.Fatalf("rows = %+v, want fiche 1 and fiche 32 with two bars each", rows)
	}
	// The label is whole: the chart wraps it instead of cutting it at 52
	// runes as it used to.
	if rows[0].label != "Fiche 1 – Définir un référentiel départemental d'intervention de la PMI" || rows[0].fiche != "Fiche 1" {
		t.Errorf("label = %q, fiche = %q", rows[0].label, rows[0].fiche)
	}
	if rows[0].bars[0].label != "Etat des lieux" || rows[1].bars[1].label != "Bilan" {
		t.Errorf("bar labels = %q, %q", rows[0].bars[0].label, rows[1].bars[1].label)
	}
	minX, maxX := timeRange(rows)
	if minX != 2020 || maxX != 2023+181.0/365 {
		t.Errorf("range = %v…%v, want 2020 to the start of S2 2023", minX, maxX)
	}
	es[0].Doc = "other"
	rows, _ = chartRows(es)
	if len(rows) != 3 || rows[0].label[:len("other · Fiche 1")] != "other · Fiche 1" {
		t.Errorf("with two documents, rows = %+v", rows)
	}
}

func TestShorten(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		want string
	}{
		{"Fiche 8 – Développer l'accueil", 40, "Fiche 8 – Développer l'accueil"},
		{"Fiche 30 – Mettre en place une commission « formation »", 44, "Fiche 30 – Mettre en place une commission…"},
		{"Anticonstitutionnellement", 10, "Anticonst…"},
	} {
		if got := shorten(tt.in, tt.n); got != tt.want {
			t.Errorf("shorten(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}
