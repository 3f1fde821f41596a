package corpus

import "strings"

// A spreadsheet printed as fixed-width text (a report of a sheet, a
// `pdftotext -layout` page) may split a plan into several tables of the
// same fiches: the fiches' contents in one, their pilots, deadlines and
// indicators in another, each row naming its fiche by code ("F04").
// unfoldColumnTables writes the rows of the first table as fiches; a row
// of a later table whose code is a fiche's already written goes into that
// fiche, as the rows of a later block of a CSV export do (see
// joinedRows).

// tableRow is a row of a fixed-width table: its code and its cells'
// text, one a column.
type tableRow struct {
	id    string
	cells []string
	// title is the text its number opens in the first column ("4.2
	// Mettre en service…"), "" when the number is alone there.
	title string
}

// newTableRow joins the lines of each cell of a row.
func newTableRow(id string, cols []column, cells [][]string, compounds map[string]bool) *tableRow {
	r := &tableRow{id: id, cells: make([]string, len(cols))}
	r.cells[0] = id
	if len(cells) > 0 {
		r.title = joinCellLines(cells[0], compounds)
	}
	for c := 1; c < len(cols) && c < len(cells); c++ {
		r.cells[c] = joinCellLines(cells[c], compounds)
	}
	return r
}

// tableJoins remembers where each fiche written from a table ends, and the
// lines later tables join to it.
type tableJoins struct {
	// fiches maps a fiche's code to its table's header and the index,
	// in the output, of the blank line that ends the fiche.
	fiches map[string]ficheAt
	// pending are the lines to insert before an index of the output.
	pending map[int][]string
}

// ficheAt is where a fiche written from a table is: the header of its
// table and the index of the line that ends it.
type ficheAt struct {
	header string
	end    int
}

// headerKey identifies a table by its columns' labels: a header repeated
// after a page break is the same table.
func headerKey(cols []column) string {
	var b strings.Builder
	for _, c := range cols {
		b.WriteString(normalizeLabel(c.label) + "|")
	}
	return b.String()
}

// read records the fiche of row r, written up to index end of the output.
func (t *tableJoins) read(r *tableRow, cols []column, end int) {
	if t.fiches == nil {
		t.fiches = map[string]ficheAt{}
	}
	key := labelKey(CanonicalFicheID(r.id))
	if _, ok := t.fiches[key]; !ok {
		t.fiches[key] = ficheAt{header: headerKey(cols), end: end}
	}
}

// join adds row r to the fiche of its code written from another table,
// and reports whether it did.
func (t *tableJoins) join(r *tableRow, cols []column) bool {
	at, ok := t.fiches[labelKey(CanonicalFicheID(r.id))]
	if !ok || at.header == headerKey(cols) {
		return false
	}
	h := &csvHeading{cols: cols, id: 0, title: -1, axis: -1, rowType: -1, axisTitle: -1, skip: map[int]bool{}}
	j := &joinedRows{}
	j.add(r.cells, h)
	var b strings.Builder
	j.write(&b)
	if t.pending == nil {
		t.pending = map[int][]string{}
	}
	t.pending[at.end] = append(t.pending[at.end], strings.Split(strings.TrimRight(b.String(), "\n"), "\n")...)
	return true
}

// insert writes the joined lines into out before the line that ends each
// fiche, and moves the ends of tables after them.
func (t *tableJoins) insert(out []string, ends map[int]bool) ([]string, map[int]bool) {
	if len(t.pending) == 0 {
		return out, ends
	}
	var res []string
	shift := make([]int, len(out)+1)
	for i, l := range out {
		res = append(res, t.pending[i]...)
		shift[i+1] = len(res) + 1 - (i + 1)
		res = append(res, l)
	}
	moved := map[int]bool{}
	for k := range ends {
		if k < len(shift) {
			moved[k+shift[k]] = true
		} else {
			moved[k+len(res)-len(out)] = true
		}
	}
	return res, moved
}
