package corpus

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A web page may lay a fiche out as one table whose cells span rows and
// columns: a header row across the whole table titles the fiche, a first
// column of group labels ("Pilotage", "Suivi") spans the rows of its
// fields, a second column names each field, and the value spans the
// columns left. The calendar is a table nested in a cell, one column a
// year, or the fiche table's own year columns under a row of years, a
// step a row and a mark ("●") or a short date in the years it runs in.
//
// Read cell after cell, such a table loses which label a value is under
// and which year a mark is in. layoutTable places each cell on the grid
// of rows and columns it covers, so that a cell spanning rows is known in
// each row it covers and a mark is known by its column; recordLines then
// reads a grid shaped as a record as the lines a fiche is written in: a
// heading, "Label : value" lines and list items, a calendar's steps with
// their periods.

// maxColspan and maxRowspan bound the spans a cell is laid out with: a
// page's "colspan=1000" is no reason to fill a grid of thousands of
// cells.
const (
	maxColspan = 20
	maxRowspan = 200
)

// gridCell is a cell of a table laid out on its grid.
type gridCell struct {
	node             *html.Node
	header           bool
	row, col         int // where the cell starts
	rowspan, colspan int
	pipe             *string // the cell's text in a pipe table, once computed
	oneLine          *string // the cell's text on one line, once computed
}

// tableGrid is a table laid out: the cell covering each row and column,
// nil where no cell does.
type tableGrid struct {
	rows  [][]*gridCell
	width int // the number of columns of the widest row
	// spans reports a cell spanning rows or columns: without one, a
	// table reads row by row as it always has.
	spans bool
}

// layoutTable places the cells of a table on the grid of rows and
// columns they cover; a table nested in a cell is the cell's, not rows of
// this one.
func layoutTable(t *html.Node) *tableGrid {
	trs := rowNodes(t)
	g := &tableGrid{rows: make([][]*gridCell, len(trs))}
	for r, tr := range trs {
		col := 0
		for cell := tr.FirstChild; cell != nil; cell = cell.NextSibling {
			if cell.Type != html.ElementNode || cell.DataAtom != atom.Td && cell.DataAtom != atom.Th {
				continue
			}
			for col < len(g.rows[r]) && g.rows[r][col] != nil {
				col++
			}
			c := &gridCell{node: cell, header: cell.DataAtom == atom.Th, row: r, col: col,
				rowspan: spanOf(cell, "rowspan", min(maxRowspan, len(trs)-r)), colspan: spanOf(cell, "colspan", maxColspan)}
			g.spans = g.spans || c.rowspan > 1 || c.colspan > 1
			g.place(c)
			col += c.colspan
		}
	}
	for _, row := range g.rows {
		g.width = max(g.width, len(row))
	}
	return g
}

// rowNodes returns the rows of a table, in its head, bodies and foot, but
// not those of a table nested in a cell.
func rowNodes(t *html.Node) []*html.Node {
	var rows []*html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Tr:
				rows = append(rows, c)
			case atom.Table:
				// A table in a table is read where it stands, in its cell.
			default:
				visit(c)
			}
		}
	}
	visit(t)
	return rows
}

// spanOf returns a cell's rowspan or colspan, from 1 to limit; a span
// that is no number, or 0, is 1.
func spanOf(cell *html.Node, key string, limit int) int {
	return max(1, min(atoiDefault(attrOf(cell, key), 1), limit))
}

// place sets c in each row and column it covers that no cell above or
// before it took already.
func (g *tableGrid) place(c *gridCell) {
	for r := c.row; r < c.row+c.rowspan && r < len(g.rows); r++ {
		for len(g.rows[r]) < c.col+c.colspan {
			g.rows[r] = append(g.rows[r], nil)
		}
		for col := c.col; col < c.col+c.colspan; col++ {
			if g.rows[r][col] == nil {
				g.rows[r][col] = c
			}
		}
	}
}

// pipeRows returns the text of each row's columns, a cell repeated in
// each column and row it covers, so that the columns stay aligned.
func (g *tableGrid) pipeRows() [][]string {
	rows := make([][]string, len(g.rows))
	for r, row := range g.rows {
		rows[r] = make([]string, len(row))
		for col, c := range row {
			if c != nil {
				rows[r][col] = c.pipeText()
				if c.header {
					rows[r][col] = withAbbrTitle(c.node, rows[r][col])
				}
			}
		}
	}
	return rows
}

// withAbbrTitle returns the text of a header cell that is an
// abbreviation alone with what its title spells out: a matrix names its
// actors' columns "<abbr title="Direction Enfance Famille">DEF</abbr>",
// the full name shown only on hover, and a reader asking who leads needs
// it.
func withAbbrTitle(cell *html.Node, text string) string {
	var abbrs []*html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Abbr {
				abbrs = append(abbrs, c)
				continue
			}
			visit(c)
		}
	}
	visit(cell)
	if len(abbrs) != 1 {
		return text
	}
	title := strings.Join(strings.Fields(attrOf(abbrs[0], "title")), " ")
	short := strings.Join(strings.Fields(nodeText(abbrs[0])), " ")
	if title == "" || short == "" || text != short || strings.EqualFold(title, short) {
		return text
	}
	return short + " (" + title + ")"
}

// pipeText returns the text of a cell in a pipe table: its blocks kept
// apart with "<br>", a nested table written where it stands.
func (c *gridCell) pipeText() string {
	if c.pipe == nil {
		var w markdownWriter
		hw := htmlWalker{w: &w}
		hw.children(c.node)
		hw.flush()
		text := strings.Join(strings.Split(strings.TrimSpace(w.b.String()), "\n\n"), "<br>")
		c.pipe = &text
	}
	return *c.pipe
}

// contents returns a cell's blocks of text, a list item as "- item", and
// the tables nested in it, read apart.
func (c *gridCell) contents() (lines []string, tables []*html.Node) {
	var w markdownWriter
	hw := htmlWalker{w: &w, nested: &tables}
	hw.children(c.node)
	hw.flush()
	for _, l := range strings.Split(w.b.String(), "\n\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return lines, tables
}

// text returns a cell's text on one line, nested tables left out.
func (c *gridCell) text() string {
	if c.oneLine == nil {
		lines, _ := c.contents()
		for i, l := range lines {
			lines[i] = strings.TrimPrefix(l, "- ")
		}
		text := strings.Join(lines, " ")
		c.oneLine = &text
	}
	return *c.oneLine
}
