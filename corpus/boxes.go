package corpus

import (
	"slices"
	"strings"
	"unicode"
)

// A brochure made in a page-layout program may set each fiche's fields
// in boxes placed around the page: a pilot box beside the fiche's title,
// a column of partner and indicator boxes beside the main text, a
// calendar box under it with a small timeline of years. Neither reading
// of pdftotext serves such a page: -layout runs the side column into the
// main one line by line (the pilot box lands inside the title's line),
// and -raw follows the order the program wrote its frames in, which may
// put every box before the fiche's heading, in the previous fiche.
//
// boxPages reads such pages from `pdftotext -bbox-layout`, where each
// block comes with its place on the page, by cutting the page along its
// blank bands: across the page between bands of blocks, down the page
// between columns. A column is read whole before the next, the main
// (widest) column first, so a box's label and lines stay together, a
// side column is read apart from the main one, and a box beside a title
// is taken out of it. A row of headings over a row of cells (a
// timeline's years over what happens each year) is read cell column by
// cell column, each year followed by its cell.
//
// Only pages with a side column of labelled boxes are read this way;
// every other page keeps the text it had.

// Thresholds of the cutting, in points. minColumnGap is the narrowest
// blank between two columns of blocks: blocks never split a line at a
// word space, so any clear gap between them is a column's edge.
// maxCutDepth bounds the cutting, which each level makes smaller anyway.
const (
	minColumnGap = 4
	maxCutDepth  = 64
)

// boxPages returns text, a PDF's pages separated by form feeds, with
// each page laid out in labelled boxes replaced by the same page read
// box by box from bbox, the document's `pdftotext -bbox-layout` output.
// When bbox cannot be read, or its pages are not the text's, text is
// returned as it is.
func boxPages(text, bbox []byte) []byte {
	return rewritePages(text, bbox, func(pg bboxPage, part string) (string, bool) {
		lines, ok := readBoxPage(pg.blocks, part)
		return strings.Join(lines, "\n") + "\n", ok
	})
}

// readBoxPage returns a page's lines read box by box, and false when the
// page has no side column of labelled boxes or when its text, as the
// other readings give it, already keeps them in place (see misread).
// The running header and footer, single lines above and below the rest,
// are kept in place.
func readBoxPage(blocks []bboxBlock, text string) ([]string, bool) {
	if len(blocks) < 3 {
		return nil, false
	}
	head, body, foot := pageMargins(blocks)
	if labelBlocks(body) < 2 {
		return nil, false
	}
	_, side, ok := sideBoxes(body, 0)
	if !ok || !misread(text, body, side) {
		return nil, false
	}
	out := marginLines(head)
	out = readRegion(body, out, 0)
	return append(out, marginLines(foot)...), true
}

// pageMargins splits off the page's first and last bands when each is a
// single line (a running header, a footer and its page number), which
// would otherwise cut into the columns they sit over.
func pageMargins(blocks []bboxBlock) (head, body, foot []bboxBlock) {
	bands := splitBands(blocks)
	if len(bands) < 3 {
		return nil, blocks, nil
	}
	if oneLineBand(bands[0]) {
		head, bands = bands[0], bands[1:]
	}
	if oneLineBand(bands[len(bands)-1]) && len(bands) > 1 {
		foot, bands = bands[len(bands)-1], bands[:len(bands)-1]
	}
	for _, b := range bands {
		body = append(body, b...)
	}
	return head, body, foot
}

// oneLineBand reports a band whose blocks are one line each.
func oneLineBand(band []bboxBlock) bool {
	for _, b := range band {
		if len(b.lines) != 1 {
			return false
		}
	}
	return true
}

// marginLines returns a header's or footer's blocks as one line, left to
// right, as the content-order reading prints them.
func marginLines(band []bboxBlock) []string {
	if len(band) == 0 {
		return nil
	}
	band = slices.Clone(band)
	slices.SortStableFunc(band, func(a, b bboxBlock) int { return compareFloat(a.x0, b.x0) })
	var words []string
	for _, b := range band {
		for _, l := range b.lines {
			words = append(words, l.text)
		}
	}
	return []string{strings.Join(words, " ")}
}

// readRegion appends a region's lines to out: cut down the page into
// columns when it can be, else across into bands, each part read the
// same way; blocks no blank separates are read top to bottom.
func readRegion(blocks []bboxBlock, out []string, depth int) []string {
	if len(blocks) == 1 || depth > maxCutDepth {
		return appendBlocks(out, blocks)
	}
	if cols := splitColumns(blocks); len(cols) > 1 {
		for _, c := range columnOrder(cols) {
			out = readRegion(c, out, depth+1)
		}
		return out
	}
	bands := splitBands(blocks)
	if len(bands) == 1 {
		return appendBlocks(out, blocks)
	}
	for _, g := range mergeGridBands(bands) {
		if len(g) > 1 && len(splitColumns(g)) > 1 {
			out = readGrid(g, out, depth+1)
			continue
		}
		out = readRegion(g, out, depth+1)
	}
	return out
}

// readGrid appends a grid's lines column by column: a column headed by a
// single line (a timeline's year) is one line, the heading then its cell
// after a colon ("2024 : Ouverture des deux maisons"), as a calendar
// writes a date and what happens then; another column is read as a
// region.
func readGrid(grid []bboxBlock, out []string, depth int) []string {
	for _, col := range splitColumns(grid) {
		col = slices.Clone(col)
		slices.SortStableFunc(col, func(a, b bboxBlock) int { return compareFloat(a.y0, b.y0) })
		if len(col) < 2 || len(col[0].lines) != 1 {
			out = readRegion(col, out, depth)
			continue
		}
		var cell []string
		for _, b := range col[1:] {
			for _, l := range b.lines {
				cell = append(cell, l.text)
			}
		}
		out = append(out, col[0].lines[0].text+" : "+strings.Join(cell, " "))
	}
	return out
}

// appendBlocks appends blocks' lines, top to bottom then left to right,
// a label's pictogram left out.
func appendBlocks(out []string, blocks []bboxBlock) []string {
	blocks = slices.Clone(blocks)
	slices.SortStableFunc(blocks, func(a, b bboxBlock) int {
		if c := compareFloat(a.y0, b.y0); c != 0 {
			return c
		}
		return compareFloat(a.x0, b.x0)
	})
	for _, b := range blocks {
		for i, l := range b.lines {
			if label, ok := boxLabel(l.text); ok {
				out = append(out, label)
				continue
			}
			if i > 0 && continuesLine(l.text) {
				out[len(out)-1] += " " + l.text
				continue
			}
			out = append(out, l.text)
		}
	}
	return out
}

// continuesLine reports a block's line that goes on with the line above,
// wrapped in the box: it starts in lower case or with the punctuation
// that ends a phrase ("%.", "), et…"), never as an item or a sentence
// does. A box's wrapped title thus reads as one line.
func continuesLine(line string) bool {
	r := firstRune(line)
	return unicode.IsLower(r) || strings.ContainsRune("%),.;:»", r)
}

// columnOrder returns the columns in reading order: left to right, but a
// main column, half as wide again as every other, first, since it holds
// the fiche's heading that the boxes beside it belong to, wherever they
// stand.
func columnOrder(cols [][]bboxBlock) [][]bboxBlock {
	main := mainColumn(cols)
	if main < 0 {
		return cols
	}
	out := [][]bboxBlock{cols[main]}
	for i, c := range cols {
		if i != main {
			out = append(out, c)
		}
	}
	return out
}

// mainColumn returns the index of the column at least half as wide again
// as every other, or -1 when there is none (columns of a grid, two
// columns of running text).
func mainColumn(cols [][]bboxBlock) int {
	widths := make([]float64, len(cols))
	best := 0
	for i, c := range cols {
		widths[i] = span(c).x1 - span(c).x0
		if widths[i] > widths[best] {
			best = i
		}
	}
	for i, w := range widths {
		if i != best && w*3 > widths[best]*2 {
			return -1
		}
	}
	return best
}

// splitColumns cuts blocks into columns at the blank gaps down the
// region, at least minColumnGap wide, left to right.
func splitColumns(blocks []bboxBlock) [][]bboxBlock {
	return splitAlong(blocks, func(r rect) (float64, float64) { return r.x0, r.x1 }, minColumnGap)
}

// splitBands cuts blocks into bands at the blank gaps across the region,
// top to bottom.
func splitBands(blocks []bboxBlock) [][]bboxBlock {
	return splitAlong(blocks, func(r rect) (float64, float64) { return r.y0, r.y1 }, 0)
}

// splitAlong sorts blocks by where they start along one axis and cuts
// them where a gap wider than gap separates every block before from
// every block after.
func splitAlong(blocks []bboxBlock, axis func(rect) (float64, float64), gap float64) [][]bboxBlock {
	sorted := slices.Clone(blocks)
	slices.SortStableFunc(sorted, func(a, b bboxBlock) int {
		a0, _ := axis(a.rect)
		b0, _ := axis(b.rect)
		return compareFloat(a0, b0)
	})
	var out [][]bboxBlock
	var cur []bboxBlock
	end := 0.0
	for _, b := range sorted {
		from, to := axis(b.rect)
		if len(cur) > 0 && from-end > gap {
			out = append(out, cur)
			cur = nil
		}
		if len(cur) == 0 || to > end {
			end = to
		}
		cur = append(cur, b)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// mergeGridBands joins neighbouring bands that are rows of one grid:
// each cut into columns, and their union too, as a timeline's row of
// years is over its row of cells. The grid is then read column by
// column, each heading with the cell under it.
func mergeGridBands(bands [][]bboxBlock) [][]bboxBlock {
	var out [][]bboxBlock
	cur := bands[0]
	for _, b := range bands[1:] {
		joined := append(slices.Clone(cur), b...)
		if len(splitColumns(cur)) > 1 && len(splitColumns(b)) > 1 && len(splitColumns(joined)) > 1 {
			cur = joined
			continue
		}
		out = append(out, cur)
		cur = b
	}
	return append(out, cur)
}

// sideBoxes returns the first main column and side column of boxes the
// cutting of a region finds: a column of a split down the region that
// is half as wide again as every other (see mainColumn), and another
// column of that split that holds a labelled box, a label and text
// under it. Two columns of running text are about as wide as each
// other, and a table's label column holds labels alone.
func sideBoxes(blocks []bboxBlock, depth int) (main, side []bboxBlock, ok bool) {
	if len(blocks) < 2 || depth > maxCutDepth {
		return nil, nil, false
	}
	parts := splitColumns(blocks)
	if len(parts) > 1 {
		if m := mainColumn(parts); m >= 0 {
			for i, c := range parts {
				if i != m && holdsBox(c) {
					return parts[m], c, true
				}
			}
		}
	} else if parts = splitBands(blocks); len(parts) == 1 {
		return nil, nil, false
	}
	for _, p := range parts {
		if main, side, ok := sideBoxes(p, depth+1); ok {
			return main, side, true
		}
	}
	return nil, nil, false
}

// misread reports a page whose text, as the other readings give it,
// reads a side box's label before the line the page's body opens with
// read box by box, its heading: the content order may print the boxes
// first, and they would go to the fiche before. A page its other
// readings keep in that order keeps their text, which the readers of
// the other layouts are made for.
func misread(page string, body, side []bboxBlock) bool {
	first := readRegion(body, nil, 0)
	if len(first) == 0 {
		return false
	}
	lines := strings.Split(page, "\n")
	headAt := -1
	for i, l := range lines {
		if strings.Contains(strings.Join(strings.Fields(l), " "), first[0]) {
			headAt = i
			break
		}
	}
	for _, b := range side {
		for _, l := range b.lines {
			if _, ok := boxLabel(l.text); ok && labelMisplaced(lines, l.text, headAt) {
				return true
			}
		}
	}
	return false
}

// labelMisplaced reports a box's label that the page's lines print
// before line headAt, the body's first.
func labelMisplaced(lines []string, label string, headAt int) bool {
	for i, l := range lines {
		segs := segments(l)
		for _, sg := range segs {
			if strings.Join(strings.Fields(sg.text), " ") != label {
				continue
			}
			if i < headAt {
				return true
			}
		}
	}
	return false
}

// holdsBox reports a column with a box: a block that opens with a label
// and, below it, a block of text that does not. A table's label column
// holds only labels, each beside its value rather than over it.
func holdsBox(blocks []bboxBlock) bool {
	blocks = slices.Clone(blocks)
	slices.SortStableFunc(blocks, func(a, b bboxBlock) int { return compareFloat(a.y0, b.y0) })
	label := false
	for _, b := range blocks {
		_, ok := boxLabel(b.lines[0].text)
		if label && !ok {
			return true
		}
		label = label || ok
	}
	return false
}

// labelBlocks counts the blocks that open with a field label.
func labelBlocks(blocks []bboxBlock) int {
	n := 0
	for _, b := range blocks {
		if _, ok := boxLabel(b.lines[0].text); ok {
			n++
		}
	}
	return n
}

// boxLabel returns a line that is a field label alone ("PARTENAIRES",
// "▶ Objectifs"), its pictogram left out, and whether it is one.
func boxLabel(line string) (string, bool) {
	t := strings.TrimSpace(line)
	if _, rest, ok := leadingMarker(t); ok {
		t = rest
	}
	if t == "" || len(strings.Fields(t)) > 5 {
		return "", false
	}
	if k, rest := labelKind(t); k == fNone || rest != "" {
		return "", false
	}
	return t, true
}

// span returns the box around blocks.
func span(blocks []bboxBlock) rect {
	if len(blocks) == 0 {
		return rect{}
	}
	r := blocks[0].rect
	for _, b := range blocks[1:] {
		r.x0, r.y0 = min(r.x0, b.x0), min(r.y0, b.y0)
		r.x1, r.y1 = max(r.x1, b.x1), max(r.y1, b.y1)
	}
	return r
}

// compareFloat orders two coordinates.
func compareFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
