package corpus

import (
	"strings"
	"unicode"
)

// A brochure may print its pages in two or three columns of running text.
// `pdftotext -layout` prints the columns side by side, so each line of
// such a page holds the end of one column's line and the start of the
// other's: a fiche's title, its pilot band and its paragraphs come out
// interleaved with whatever the next column holds. columnPage finds the
// page's gutters, the runs of blank positions at the same place on the
// lines that hold text on both sides, and reads each band of the page
// between full-width lines column by column, top to bottom, the
// full-width lines (titles, wide tables, running headers) left in place.
//
// A table's columns are gutters too. What tells a page layout apart is
// that it has one or two gutters, not more, and that they cut the page
// into columns of about the same width, each filled with long lines;
// a table's columns are several, of unequal widths, with short cells.

// gutter is a run of blank positions, in runes, between two columns of a
// page: from is its first blank position, to the first after it.
type gutter struct{ from, to int }

// pageColumn is one column of a page in columns: where its text starts
// and where it must end (the next gutter's start, or the page's width).
type pageColumn struct{ start, end int }

// Thresholds of the gutter search. minColumnLines is how many lines of a
// page must hold text on both sides of a gutter: fewer is a figure or a
// short table beside a paragraph, not a layout. minColumnWidth is the
// narrowest column of running text, in runes; a table's number or label
// column is narrower.
const (
	minColumnLines = 8
	minColumnWidth = 24
)

// columnPage returns the page read column by column when it is laid out
// in two or three columns of running text, and false when it is not, in
// which case the page must be kept as it is.
func columnPage(page string) (string, bool) {
	lines := strings.Split(page, "\n")
	rows := make([][]rune, len(lines))
	for i, l := range lines {
		rows[i] = []rune(strings.TrimRight(strings.ReplaceAll(l, "\t", "    "), " "))
	}
	gutters := findGutters(rows)
	if len(gutters) == 0 || len(gutters) > 2 {
		return "", false
	}
	cols := pageColumns(rows, gutters)
	if cols == nil || hasLabelRow(rows, cols) {
		return "", false
	}
	return strings.Join(readByColumns(rows, cols), "\n"), true
}

// findGutters returns the runs of positions that are blank on at least
// two lines in three of those that hold text on both sides of them, and
// that minColumnLines lines and a quarter of the page's lines of text at
// least hold text on both sides of. A full-width line crosses every
// gutter; allowing some keeps a page whose title or table spans both
// columns. Of such a run, the gutter is the part fewest lines cross: the
// rest is the blank end of a ragged column's shorter lines.
func findGutters(rows [][]rune) []gutter {
	width, text := 0, 0
	for _, r := range rows {
		width = max(width, len(r))
		if len(r) > 0 {
			text++
		}
	}
	cross := make([]int, width+1)
	var out []gutter
	open := -1
	for x := 0; x <= width; x++ {
		split := 0
		if x < width {
			split, cross[x] = splitsAt(rows, x)
		}
		if x < width && split >= minColumnLines && split*4 >= text && split >= 2*cross[x] {
			if open < 0 {
				open = x
			}
			continue
		}
		if open >= 0 && x-open >= 2 {
			out = append(out, narrowest(cross, gutter{open, x}))
		}
		open = -1
	}
	return out
}

// narrowest returns the longest run of g's positions that the fewest
// lines cross.
func narrowest(cross []int, g gutter) gutter {
	least := cross[g.from]
	for x := g.from; x < g.to; x++ {
		least = min(least, cross[x])
	}
	best, open := gutter{}, -1
	for x := g.from; x <= g.to; x++ {
		if x < g.to && cross[x] == least {
			if open < 0 {
				open = x
			}
			continue
		}
		if open >= 0 && x-open > best.to-best.from {
			best = gutter{open, x}
		}
		open = -1
	}
	return best
}

// splitsAt counts the lines on which position x is blank between text on
// both sides, and those on which text covers it (a single space between
// two words counts as text).
func splitsAt(rows [][]rune, x int) (split, cross int) {
	for _, r := range rows {
		switch {
		case x >= len(r) || x == 0:
			continue
		case r[x] != ' ' || (r[x-1] != ' ' && x+1 < len(r) && r[x+1] != ' '):
			cross++
		case hasTextBefore(r, x) && hasTextAfter(r, x):
			split++
		}
	}
	return split, cross
}

// hasTextBefore reports text on r before position x.
func hasTextBefore(r []rune, x int) bool {
	for _, c := range r[:x] {
		if c != ' ' {
			return true
		}
	}
	return false
}

// hasTextAfter reports text on r after position x.
func hasTextAfter(r []rune, x int) bool {
	for _, c := range r[x+1:] {
		if c != ' ' {
			return true
		}
	}
	return false
}

// pageColumns returns the columns the gutters cut the page into, or nil
// when they are not a page's columns of running text: a column narrower
// than minColumnWidth, narrower than two thirds of the widest, or whose
// lines are mostly short (a table's cells).
func pageColumns(rows [][]rune, gutters []gutter) []pageColumn {
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	cols := make([]pageColumn, 0, len(gutters)+1)
	start := 0
	for _, g := range gutters {
		cols = append(cols, pageColumn{start, g.from})
		start = g.to
	}
	cols = append(cols, pageColumn{start, width})
	for i := range cols {
		cols[i].start = columnStart(rows, cols[i])
	}
	widest := 0
	for _, c := range cols {
		widest = max(widest, c.end-c.start)
	}
	for _, c := range cols {
		w := c.end - c.start
		if w < minColumnWidth || w*3 < widest*2 || !fullColumn(rows, c) {
			return nil
		}
	}
	return cols
}

// columnStart returns the leftmost position where a line's text starts
// within c: the column's margin, indented lines left aside.
func columnStart(rows [][]rune, c pageColumn) int {
	best := c.end
	for _, r := range rows {
		for x := c.start; x < min(c.end, len(r)); x++ {
			if r[x] != ' ' {
				if x == c.start || r[x-1] == ' ' {
					best = min(best, x)
				}
				break
			}
		}
	}
	return best
}

// fullColumn reports a column of running text: a third of its lines at
// least run over half its width, as wrapped prose does, between the
// headings and short items of a fiche; a table's cells mostly do not.
func fullColumn(rows [][]rune, c pageColumn) bool {
	lines, long := 0, 0
	for _, r := range rows {
		t := strings.TrimSpace(string(cut(r, c.start, c.end)))
		if t == "" {
			continue
		}
		lines++
		if len([]rune(t))*2 >= c.end-c.start {
			long++
		}
	}
	return lines >= minColumnLines && long*3 >= lines
}

// hasLabelRow reports a line that holds a field label alone in every
// column ("PILOTE    PARTENAIRES    ÉCHÉANCE"): the header row of a table
// whose cells the table readers pair by row, which reading column by
// column would take apart. The row must follow a blank line, as a
// table's head does, where two columns of prose may hold a heading each
// on the same line by chance, each under its previous paragraph.
func hasLabelRow(rows [][]rune, cols []pageColumn) bool {
	for i, r := range rows {
		if i > 0 && len(rows[i-1]) > 0 {
			continue
		}
		labels := 0
		for _, c := range cols {
			t := strings.TrimSpace(string(cut(r, c.start, c.end)))
			if k, rest := labelKind(t); t != "" && k != fNone && rest == "" {
				labels++
			}
		}
		if labels == len(cols) {
			return true
		}
	}
	return false
}

// cut returns r's runes from position from up to position to, as far as r
// goes.
func cut(r []rune, from, to int) []rune {
	from, to = min(from, len(r)), min(to, len(r))
	if from >= to {
		return nil
	}
	return r[from:to]
}

// readByColumns reads the page band by band: a run of lines that keep to
// the columns is written column by column, and a line that does not (a
// title or a table across the page, a running header whose parts sit
// away from the columns' margins) is written where it stands.
func readByColumns(rows [][]rune, cols []pageColumn) []string {
	var out []string
	var band [][]rune
	flush := func() {
		out = append(out, bandByColumns(band, cols)...)
		band = band[:0]
	}
	for _, r := range rows {
		if len(r) > 0 && !keepsToColumns(r, cols) {
			flush()
			out = append(out, string(r))
			continue
		}
		band = append(band, r)
	}
	flush()
	return out
}

// keepsToColumns reports a line whose text lies within the columns,
// none in a gutter, and whose text in each column starts near the
// column's margin: within a quarter of its width, which lets an indented
// item in and keeps out a right-aligned page number or footer.
func keepsToColumns(r []rune, cols []pageColumn) bool {
	for i, c := range cols {
		if i > 0 && strings.TrimSpace(string(cut(r, cols[i-1].end, c.start))) != "" {
			return false
		}
		seg := cut(r, c.start, c.end)
		lead := len(seg) - len(strings.TrimLeft(string(seg), " "))
		if lead < len(seg) && lead*4 > c.end-c.start {
			return false
		}
	}
	return true
}

// bandByColumns writes a band of lines column by column, each column's
// lines without the column's margin. A column's line is blank where the
// column stays empty two lines running, or where the whole page line is
// blank and the column's next line opens a sentence: a line the other
// column holds alone is not a paragraph's end, nor is the row the other
// column's spacing adds before a line that goes on in lower case.
func bandByColumns(band [][]rune, cols []pageColumn) []string {
	var out []string
	for _, c := range cols {
		texts := make([]string, len(band))
		for i, r := range band {
			texts[i] = strings.TrimRight(string(cut(r, c.start, c.end)), " ")
		}
		empty := 0
		for i, t := range texts {
			if t != "" {
				empty = 0
				out = append(out, t)
				continue
			}
			empty++
			if empty == 2 || (empty == 1 && len(band[i]) == 0 && !goesOn(texts[i+1:])) {
				out = append(out, "")
			}
		}
	}
	return out
}

// goesOn reports a column whose next line of text starts in lower case,
// the rest of a sentence.
func goesOn(texts []string) bool {
	for _, t := range texts {
		if t = strings.TrimSpace(t); t != "" {
			return unicode.IsLower(firstRune(t))
		}
	}
	return false
}
