package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A diagnostic typeset by a word processor gives its key figures as a
// table by year: a header "Indicateur | 2019 | 2020 | … | Évolution", one
// row a measure, perhaps "dont …" rows under a measure they break down.
// Read in content order (pdftotext -raw), a row is its label then its
// figures, one space apart: which year a figure is for is lost, and a
// label its cell wraps ("Informations préoccupantes" / "reçues") is cut
// from its figures by them. Read as laid out, each figure sits under its
// year. keepYearFigures rewrites each such table in the raw text as one
// line a row, which keeps the row's label, each figure and its year
// together ("Informations préoccupantes reçues : 3 412 (2019) — 3 187
// (2020) — …"), as a markdown table of figures is read (see
// figureRowText), in the narrative section the table stands in.

// minFigureYears is how many year columns a table of figures has at least.
const minFigureYears = 2

// maxFigureTrailing is how many columns after the years a table of figures
// may have: an evolution, a rate.
const maxFigureTrailing = 2

// figureTable is a table of figures by year found in the laid-out text.
type figureTable struct {
	first, last int        // the laid-out lines it spans, header included
	header      []string   // the label column's heading, then each column's
	rows        [][]string // each row's label, then its figure under each column
}

// reYearHeading is a column heading that is a year.
var reYearHeading = regexp.MustCompile(`^(?:19|20)\d{2}$`)

// reCellFigure is a figure as a table of key figures prints it: "3 412",
// "61 %", "+28,6 %", "41,2", "+10 points", "198,4 M€"; or the dash or
// abbreviation of a figure it does not have.
var reCellFigure = regexp.MustCompile(`^(?:[+\-−–]\s?)?\d{1,3}(?:[\s\x{00a0}\x{202f}]\d{3})*(?:[.,]\d+)?\s?(?:%|‰|points?|pts?|M€|k€|€)?$|^(?:-|–|—|n\.?\s?d\.?|n\.?\s?c\.?|s\.?\s?o\.?|/)$`)

// keepYearFigures returns raw with the tables of figures by year that
// layout shows rewritten one line a row; raw as it is when layout shows
// none, or when a table's words cannot be found together in raw.
func keepYearFigures(raw, layout []byte) []byte {
	lay := strings.Split(string(layout), "\n")
	tables := yearFigureTables(lay)
	if len(tables) == 0 {
		return raw
	}
	lines := strings.Split(string(raw), "\n")
	var out []string
	at := 0
	for _, t := range tables {
		from, to, ok := rawSpan(lines, at, lay[t.first:t.last+1])
		if !ok {
			continue
		}
		out = append(out, lines[at:from]...)
		// A page's form feed stays where the raw reading put it.
		feed := lines[from][:len(lines[from])-len(strings.TrimLeft(lines[from], "\f"))]
		for i, row := range t.rows {
			text := figureRowText(row, t.header)
			if i == 0 {
				text = feed + text
			}
			out = append(out, text)
		}
		at = to
	}
	out = append(out, lines[at:]...)
	return []byte(strings.Join(out, "\n"))
}

// rawSpan finds, from line at of raw, the lines that hold a table's laid-out
// lines: from the line that is its header to the line where the table's
// words are all read, whatever their order (a wrapped label's end comes
// after its figures as laid out, before them in content order). ok is
// false when no such run of lines is found.
func rawSpan(raw []string, at int, table []string) (from, to int, ok bool) {
	header := wordsOf(table[0])
	want := map[string]int{}
	total := 0
	for _, l := range table {
		for _, w := range strings.Fields(l) {
			want[w]++
			total++
		}
	}
	for from = at; from < len(raw); from++ {
		if wordsOf(raw[from]) != header {
			continue
		}
		got := map[string]int{}
		n := 0
		for to = from; to < len(raw) && n < total; to++ {
			for _, w := range strings.Fields(raw[to]) {
				got[w]++
				n++
			}
		}
		if n != total || len(got) != len(want) {
			return 0, 0, false
		}
		for w, c := range want {
			if got[w] != c {
				return 0, 0, false
			}
		}
		return from, to, true
	}
	return 0, 0, false
}

// yearFigureTables finds the tables of figures by year of laid-out lines.
func yearFigureTables(lay []string) []figureTable {
	var out []figureTable
	for i := 0; i < len(lay); i++ {
		head, cols := figureHeader(lay[i])
		if cols == nil {
			continue
		}
		if t, ok := readFigureTable(lay, i, head, cols); ok {
			out = append(out, t)
			i = t.last
		}
	}
	return out
}

// figureHeader returns the heading of a header line's label column and its
// other columns: two years or more, then a few columns that are no year
// ("Évolution"); nil columns when the line is no such header.
func figureHeader(line string) (string, []segment) {
	var label []string
	var cols []segment
	years, trailing := 0, 0
	for _, s := range splitYears(segments(strings.TrimLeft(line, "\f"))) {
		switch {
		case reYearHeading.MatchString(s.text):
			if trailing > 0 {
				return "", nil // the years come together
			}
			years++
			cols = append(cols, s)
		case years == 0:
			label = append(label, s.text)
		case utf8.RuneCountInString(s.text) > 30 || reCellFigure.MatchString(s.text):
			return "", nil
		default:
			trailing++
			cols = append(cols, s)
		}
	}
	if years < minFigureYears || trailing > maxFigureTrailing || len(label) > 1 {
		return "", nil
	}
	return strings.Join(label, " "), cols
}

// splitYears splits a segment of years one space apart ("2019 2020"),
// which a narrow table prints so, into a segment a year.
func splitYears(segs []segment) []segment {
	var out []segment
	for _, s := range segs {
		words := strings.Fields(s.text)
		all := len(words) > 1
		for _, w := range words {
			all = all && reYearHeading.MatchString(w)
		}
		if !all {
			out = append(out, s)
			continue
		}
		for _, tok := range fieldsAt(strings.Repeat(" ", s.start) + s.text) {
			out = append(out, segment{start: tok.start, text: tok.actor})
		}
	}
	return out
}

// figureLine is a laid-out line under a header: its label, and its figures
// by column when it has some.
type figureLine struct {
	label   string
	figures []string // one a column, "" where the row has none; nil when none
}

// readFigureTable reads the table whose header is line i. A line of the
// table is a row (a label, figures under the columns), a label's wrapped
// line (text in the label column only) or blank; the table ends at two
// blank lines or at any other line. A wrapped line in lower case goes on
// with the label above it; one that opens on a capital starts the label of
// the row below, as a cell centred in its height prints it. ok is false
// when the table has no row.
func readFigureTable(lay []string, i int, head string, cols []segment) (figureTable, bool) {
	t := figureTable{first: i, last: i, header: []string{head}}
	for _, c := range cols {
		t.header = append(t.header, c.text)
	}
	var pending []int // wrapped lines not yet given to a row
	labels := map[int]string{}
	blanks := 0
	for j := i + 1; j < len(lay); j++ {
		l := strings.TrimLeft(lay[j], "\f")
		if strings.TrimSpace(l) == "" {
			if blanks++; blanks >= 2 {
				break
			}
			continue
		}
		blanks = 0
		fl, ok := readFigureLine(l, cols)
		if !ok {
			break
		}
		if fl.figures == nil {
			pending = append(pending, j)
			labels[j] = fl.label
			continue
		}
		k := t.continueLabel(pending, labels)
		var above []string
		for _, p := range pending[k:] {
			above = append(above, labels[p])
		}
		if fl.label != "" {
			above = append(above, fl.label)
		}
		if len(above) == 0 {
			break
		}
		t.rows = append(t.rows, append([]string{strings.Join(above, " ")}, fl.figures...))
		t.last = j
		pending = nil
	}
	if len(t.rows) == 0 {
		return figureTable{}, false
	}
	// Wrapped lines after the last row end its label; from the first
	// that opens on a capital (a source, a note), they are no row's.
	if k := t.continueLabel(pending, labels); k > 0 {
		t.last = pending[k-1]
	}
	nameSubRows(t.rows)
	return t, true
}

// continueLabel adds to the label of the table's last row the wrapped
// lines of pending that go on with it, those before the first that opens
// on a capital, and returns how many it added.
func (t *figureTable) continueLabel(pending []int, labels map[int]string) int {
	if len(t.rows) == 0 {
		return 0
	}
	k := 0
	for k < len(pending) && startsLower(labels[pending[k]]) {
		k++
	}
	last := t.rows[len(t.rows)-1]
	for _, p := range pending[:k] {
		last[0] += " " + labels[p]
	}
	return k
}

// readFigureLine reads a line under a header: its label, then figures each
// under the column it is nearest to, set apart by two spaces or more. A line with text in the label column
// only has nil figures; ok is false when the line is neither, as text
// running across the columns or something other than a figure under them.
func readFigureLine(l string, cols []segment) (figureLine, bool) {
	var fl figureLine
	var label []string
	for i, s := range segments(l) {
		end := s.start + utf8.RuneCountInString(s.text)
		// A label may open on a figure ("18 ans et plus") at the left
		// of the line; a figure wider than its year's heading may
		// start left of the heading.
		figure := reCellFigure.MatchString(s.text) && (i > 0 || s.start > cols[0].start/2)
		if !figure && fl.figures == nil && end < cols[0].start {
			label = append(label, s.text)
			continue
		}
		if !figure {
			return figureLine{}, false
		}
		if fl.figures == nil {
			fl.figures = make([]string, len(cols))
		}
		c := nearestColumn(s, end, cols)
		if fl.figures[c] != "" {
			return figureLine{}, false
		}
		fl.figures[c] = s.text
	}
	// A cell centred in its height sets its figures between the lines
	// of its label: the line of figures may have no label.
	if len(label) == 0 && fl.figures == nil {
		return figureLine{}, false
	}
	fl.label = strings.Join(label, " ")
	if fl.figures != nil && filled(fl.figures) < 2 {
		return figureLine{}, false
	}
	return fl, true
}

// nearestColumn is the column whose heading's middle is nearest the
// middle of a figure from start to end: a figure is set right, left or
// centred under its heading.
func nearestColumn(s segment, end int, cols []segment) int {
	mid := s.start + end
	best, dist := 0, -1
	for i, c := range cols {
		d := c.start*2 + utf8.RuneCountInString(c.text) - mid
		if d < 0 {
			d = -d
		}
		if dist < 0 || d < dist {
			best, dist = i, d
		}
	}
	return best
}

// filled counts the cells that hold something.
func filled(cells []string) int {
	n := 0
	for _, c := range cells {
		if c != "" {
			n++
		}
	}
	return n
}

// nameSubRows names each "dont …" row after the row it breaks down
// ("Mesures d'AEMO, dont AEMO renforcée"): alone, "dont AEMO renforcée"
// says neither what it is part of nor, to a search, what it counts.
func nameSubRows(rows [][]string) {
	parent := ""
	for _, r := range rows {
		if f := Fold(r[0]); strings.HasPrefix(f, "dont ") || f == "dont" {
			if parent != "" {
				r[0] = parent + ", " + r[0]
			}
			continue
		}
		parent = r[0]
	}
}
