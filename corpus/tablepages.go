package corpus

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// `pdftotext -layout` prints a table's cells on a grid of characters, and a
// cell whose text fills its width pushes the next cell's text to the left:
// "…Service de Maternités du Puy…" sets a pilot and a partner one space
// apart, and a wrapped line of the same cell starts a few characters
// further right than its first. No rule on the characters can then tell
// where a cell ends. -bbox-layout gives each word's box in points, and the
// cells of a column all start at the same point: tableLayoutPages writes
// the pages that hold a table of actions again from those boxes, on a grid
// fine enough that no text overflows its cell, two spaces or more between
// cells and one between the words of a cell.

// Sizes of the grid, in points. tableGridStep is the width of a character
// on the rewritten page: narrower than almost any run of letters, so that
// a cell's text ends before the next cell starts. A gap between two words
// wider than cellGapRatio times their height, and than minCellGap, sets
// two cells apart: a space is about a fifth of a line's height, and the
// padding on either side of a cell's border wider than that.
const (
	tableGridStep = 2.5
	cellGapRatio  = 0.35
	minCellGap    = 4.0
)

// tableLayoutPages returns text, a PDF read as laid out with its pages
// separated by form feeds, with each page that holds a table of actions
// written again from bbox, the document's `pdftotext -bbox-layout` output.
// When bbox cannot be read, or its pages are not the text's, or a page
// written again reads fewer of the table's rows, text is kept as it is.
func tableLayoutPages(text, bbox []byte) []byte {
	return rewritePages(text, bbox, func(pg bboxPage, part string) (string, bool) {
		laid := strings.Split(part, "\n")
		before := tableRowCount(laid)
		if before == 0 {
			return "", false
		}
		grid := gridLines(pg)
		if tableRowCount(grid) < before {
			return "", false
		}
		// Only the table is written again: the page's other lines,
		// its running header and footer first, stay as laid out, the
		// same as on the pages around it.
		from, to := tableSpan(laid)
		gFrom, gTo := tableSpan(grid)
		if from < 0 || gFrom < 0 || tableRowCount(laid[from:to]) < before {
			// Rows set apart by blank lines: where the table ends
			// on the page is not known.
			return "", false
		}
		lines := append(append(slices.Clone(laid[:from]), grid[gFrom:gTo]...), laid[to:]...)
		if tableRowCount(lines) < before {
			return "", false
		}
		return strings.Join(lines, "\n"), true
	})
}

// tableSpan returns the lines of a page's table: from its header row to
// the first blank line after it; -1 when no header row opens one.
func tableSpan(lines []string) (from, to int) {
	from = slices.IndexFunc(lines, func(l string) bool { return columnHeader(strings.TrimLeft(l, "\f")) != nil })
	if from < 0 {
		return -1, -1
	}
	for to = from + 1; to < len(lines) && strings.TrimSpace(lines[to]) != ""; to++ {
	}
	return from, to
}

// tableRowCount returns how many rows the tables of actions on lines
// hold: 0 when no header row opens one.
func tableRowCount(lines []string) int {
	n := 0
	for i, l := range lines {
		if cols := columnHeader(l); cols != nil {
			rows, _ := readColumnRows(lines, i+1, cols)
			for _, r := range rows {
				// A row is written as a fiche heading after a blank
				// line (see rowLines); a line passed through is alone.
				if len(r) > 1 && strings.HasPrefix(r[1], "Fiche action n°") {
					n++
				}
			}
		}
	}
	return n
}

// gridLines writes a page's words on a grid of tableGridStep points: the
// words that share a line of the page, top to bottom, each cell at the
// place its first word's box says, a blank line where the page leaves
// more than a line's height blank. It returns nil for a page that holds
// no table, or more than one, or text under its table but its footer.
func gridLines(pg bboxPage) []string {
	var words []bboxWord
	for _, b := range pg.blocks {
		for _, l := range b.lines {
			words = append(words, l.words...)
		}
	}
	if len(words) == 0 {
		return nil
	}
	left := words[0].x0
	for _, w := range words {
		left = min(left, w.x0)
	}
	slices.SortStableFunc(words, func(a, b bboxWord) int { return cmp.Compare(a.y0, b.y0) })
	// Words whose tops are within half a line of the first word's share
	// its line: the cells of a row are aligned on their top.
	var rows [][]bboxWord
	for _, w := range words {
		if n := len(rows); n > 0 && w.y0-rows[n-1][0].y0 < (w.y1-w.y0)/2 {
			rows[n-1] = append(rows[n-1], w)
			continue
		}
		rows = append(rows, []bboxWord{w})
	}
	var out []string
	prevTop, prevHeight := math.Inf(-1), 0.0
	// inTable is set from a table's header row to the first blank
	// after it: only there are words set wide apart cells. Elsewhere
	// on the page a wide gap is a tab ("4.  Suivi du schéma").
	inTable := false
	tables, after := 0, 0 // header rows met, lines written after the table
	for _, r := range rows {
		slices.SortStableFunc(r, func(a, b bboxWord) int { return cmp.Compare(a.x0, b.x0) })
		h := r[0].y1 - r[0].y0
		if len(out) > 0 && r[0].y0-prevTop > 2*max(h, prevHeight) {
			out = append(out, "")
			inTable = false
		}
		prevTop, prevHeight = r[0].y0, h
		line := gridLine(r, left, true)
		if columnHeader(line) != nil {
			inTable = true
			tables++
		}
		if !inTable {
			line = gridLine(r, left, false)
			if tables > 0 {
				after++
			}
		}
		out = append(out, line)
	}
	// Text under the table other than the page's footer may sit beside
	// something else (a box, a second column), which only -layout
	// places: such a page is kept as it was.
	if tables != 1 || after > 1 {
		return nil
	}
	return out
}

// gridLine writes one line of words, sorted left to right, left being the
// page's leftmost point of text. cells tells whether a wide gap sets two
// cells apart; if not, words are one space apart.
func gridLine(words []bboxWord, left float64, cells bool) string {
	var b []rune
	for i, w := range words {
		at := int(math.Round((w.x0 - left) / tableGridStep))
		if i > 0 && !cells {
			at = len(b) + 1
		} else if i > 0 {
			prev := words[i-1]
			h := max(w.y1-w.y0, prev.y1-prev.y0)
			if w.x0-prev.x1 <= max(minCellGap, cellGapRatio*h) {
				// A word of the same cell: one space.
				at = len(b) + 1
			} else {
				at = max(at, len(b)+2)
			}
		}
		for len(b) < at {
			b = append(b, ' ')
		}
		b = append(b, []rune(w.text)...)
	}
	return string(b)
}
