package corpus

import (
	"strings"

	"golang.org/x/net/html"
)

// rowKind is what a row of a table laid out on its grid holds.
type rowKind int

const (
	rowOther    rowKind = iota
	rowTitle            // one cell across the table, starting in this row: a title
	rowCovered          // one cell across the table from a row above: nothing new
	rowField            // label cells, then the value
	rowTimeline         // label cells, then a run of periods: a calendar's head
	rowStep             // a step of the calendar above, marked in its periods
)

// gridRow is a row of a grid as a record reads it.
type gridRow struct {
	kind   rowKind
	labels []*gridCell // the header cells it opens with, spanning ones included
	values []*gridCell // the cells after them that start in this row
	cols   map[int]string
}

// distinct returns the cells of a row in their order, each once.
func distinct(row []*gridCell) []*gridCell {
	var out []*gridCell
	for _, c := range row {
		if c != nil && (len(out) == 0 || out[len(out)-1] != c) {
			out = append(out, c)
		}
	}
	return out
}

// columnTexts returns the text of each column of a row, "" where a cell
// spans several columns: a period heads one column.
func columnTexts(row []*gridCell) []string {
	texts := make([]string, len(row))
	for i, c := range row {
		if c != nil && c.colspan == 1 {
			texts[i] = c.text()
		}
	}
	return texts
}

// classify reads row r of the grid; cols are the period columns of the
// calendar the rows above opened, nil when none did.
func (g *tableGrid) classify(r int, cols map[int]string) gridRow {
	row := g.rows[r]
	cells := distinct(row)
	if len(cells) == 0 {
		return gridRow{kind: rowCovered}
	}
	if len(cells) == 1 && len(row) == g.width && row[0] == cells[0] && cells[0].colspan >= len(row) {
		if cells[0].row == r {
			return gridRow{kind: rowTitle, values: cells}
		}
		return gridRow{kind: rowCovered}
	}
	if tl := timelineColumns(columnTexts(row)); len(tl) >= minTimeline {
		if first := firstColumn(tl); first > 0 && row[0] != nil {
			return gridRow{kind: rowTimeline, labels: distinct(row[:first]), cols: tl}
		}
	}
	var gr gridRow
	for _, c := range cells {
		if len(gr.values) == 0 && c.header {
			gr.labels = append(gr.labels, c)
		} else if c.row == r {
			gr.values = append(gr.values, c)
		}
	}
	if cols != nil && stepRow(row, r, cols) {
		gr.kind = rowStep
		return gr
	}
	if len(gr.labels) > 0 && len(gr.values) > 0 {
		gr.kind = rowField
	}
	return gr
}

// firstColumn returns the smallest column of a set of period columns.
func firstColumn(cols map[int]string) int {
	first := -1
	for c := range cols {
		if first < 0 || c < first {
			first = c
		}
	}
	return first
}

// stepRow reports a row that is a step of the calendar whose period
// columns are cols: each period column holds a cell of its own, starting
// in this row, that is blank, a mark or a date. A value spanning the
// periods ("Échéance finale | Décembre 2025") is a field, no step.
func stepRow(row []*gridCell, r int, cols map[int]string) bool {
	for col, period := range cols {
		if col >= len(row) || row[col] == nil || row[col].colspan != 1 || row[col].row != r {
			return false
		}
		if _, ok := cellWhen(row[col].text(), period); !ok {
			return false
		}
	}
	return true
}

// cellWhen reads a cell of a calendar in the column of period: when it
// marks ("●", "x", "◆ convention signée") the period; a date of its own
// ("mars 2024", or "mars" in the year's column). It reports false for a
// cell that is none of those (a figure); "" is a blank cell.
func cellWhen(c, period string) (string, bool) {
	c = oneLine(c)
	switch {
	case blankCell(c):
		return "", true
	case ganttMark(c):
		return period, true
	}
	if _, ok := ParsePeriod(c); ok && strings.ContainsAny(c, "0123456789") {
		return c, true
	}
	if _, ok := ParsePeriod(c + " " + period); ok {
		return c + " " + period, true
	}
	return "", false
}

// stepItems returns the calendar items of a step: "- step : first –
// last" over the periods it runs in, then one item for each mark that
// says what is due then.
func stepItems(step string, row []*gridCell, cols map[int]string) []string {
	var first, last string
	var due []string
	for col := range row {
		period, ok := cols[col]
		if !ok || row[col] == nil {
			continue
		}
		text := row[col].text()
		when, _ := cellWhen(text, period)
		if when == "" {
			continue
		}
		if first == "" {
			first = when
		}
		last = when
		if _, rest := splitMark(text); ganttMark(text) && rest != "" {
			due = append(due, "- "+rest+" : "+when)
		}
	}
	span := first
	if last != first {
		span += " – " + last
	}
	switch {
	case step == "" && span == "":
		return nil
	case step == "":
		return append([]string{"- " + span}, due...)
	case span == "":
		return append([]string{"- " + step}, due...)
	}
	return append([]string{"- " + step + " : " + span}, due...)
}

// stepName returns the name of a step row: its own label, or the first
// cell before the periods that is not a label carried from above.
func stepName(gr gridRow, row []*gridCell, r int, cols map[int]string) string {
	if n := len(gr.labels); n > 0 && gr.labels[n-1].row == r {
		return gr.labels[n-1].text()
	}
	for col, c := range row {
		if _, period := cols[col]; !period && c != nil && c.row == r && !c.header {
			return c.text()
		}
	}
	return ""
}

// calendarLabel returns the label a calendar is written under: the one of
// its labels that names a calendar ("Calendrier" over "Étapes"), else the
// package's own, for the columns of periods make it a calendar whatever
// its labels say.
func calendarLabel(labels []*gridCell) string {
	for i := len(labels) - 1; i >= 0; i-- {
		t := labelText(labels[i])
		if k, rest := labelKind(t + " :"); k == fCalendar && rest == "" {
			return t
		}
	}
	return "Calendrier"
}

// labelText returns the text of a label cell without the colon it may
// end on.
func labelText(c *gridCell) string {
	return strings.TrimSpace(strings.TrimRight(c.text(), " :\u00a0"))
}

// recordLines reads a table laid out on its grid as a record and returns
// its lines: a title row starting the table as a heading one level below
// level, other rows across the table as lines of text, each field as
// "Label : value" or "Label :" over its items, a calendar's head as its
// label and each step as "- step : period". It reports false when the
// table is no record: no cell spans rows or columns, fewer than two
// fields, or a row that is none of those (a head of columns, a row of
// data).
func (g *tableGrid) recordLines(level int) ([]string, bool) {
	if !g.spans {
		return nil, false
	}
	var out []string
	var cols map[int]string
	fields := 0
	for r, row := range g.rows {
		gr := g.classify(r, cols)
		switch gr.kind {
		case rowOther:
			return nil, false
		case rowTitle:
			out = append(out, titleRowLines(gr.values[0], r == 0, level)...)
			cols = nil
		case rowTimeline:
			out = append(out, calendarLabel(gr.labels)+" :")
			cols = gr.cols
		case rowStep:
			out = append(out, stepItems(stepName(gr, row, r, cols), row, cols)...)
		case rowField:
			fields++
			out = append(out, fieldLines(gr, r)...)
			cols = nil
		}
	}
	return out, fields >= 2
}

// titleRowLines returns a row across the table: the first row as a heading
// one level below level (below a title when the page has no heading yet),
// a later one as its lines of text.
func titleRowLines(c *gridCell, first bool, level int) []string {
	t := c.text()
	if t == "" {
		return nil
	}
	if first {
		return []string{strings.Repeat("#", min(max(level, 1)+1, 6)) + " " + t}
	}
	lines, _ := c.contents()
	return lines
}

// fieldLines returns the lines of a field row: "Label : value" for a
// value of one line, "Label :" over "- item" lines for several, and a
// calendar nested in the value under the calendar's label. A row under a
// label spanning it from above adds an item to that label's field.
func fieldLines(gr gridRow, r int) []string {
	own := gr.labels[len(gr.labels)-1]
	var vals []string
	for _, v := range gr.values {
		if t := cellOneLine(v); t != "" {
			vals = append(vals, t)
		}
	}
	switch {
	case own.row != r:
		if len(vals) == 0 {
			return nil
		}
		return []string{"- " + strings.Join(vals, " : ")}
	case own.rowspan > 1 && len(vals) > 0:
		return []string{labelText(own) + " :", "- " + strings.Join(vals, " : ")}
	case len(gr.values) > 1:
		return []string{labelText(own) + " : " + strings.Join(vals, " : ")}
	}
	return valueLines(gr.labels, gr.values[0])
}

// cellOneLine returns a cell's lines on one line, set apart with " ; ".
func cellOneLine(c *gridCell) string {
	lines, _ := c.contents()
	for i, l := range lines {
		lines[i] = strings.TrimPrefix(l, "- ")
	}
	return strings.Join(lines, " ; ")
}

// valueLines returns a field of one value cell under its labels: the
// lines of the cell, then those of the tables nested in it, a calendar's
// steps under the calendar's label.
func valueLines(labels []*gridCell, v *gridCell) []string {
	lines, tables := v.contents()
	label := labelText(labels[len(labels)-1])
	var items []string
	for _, l := range lines {
		items = append(items, "- "+strings.TrimPrefix(l, "- "))
	}
	for _, t := range tables {
		steps, calendar := layoutTable(t).nestedLines()
		if calendar {
			label = calendarLabel(labels)
		}
		items = append(items, steps...)
	}
	if len(items) == 1 && len(tables) == 0 {
		return []string{label + " : " + strings.TrimPrefix(items[0], "- ")}
	}
	return append([]string{label + " :"}, items...)
}

// nestedLines reads a table nested in a field's value as items: the steps
// of a calendar, which it reports, or else one item a row.
func (g *tableGrid) nestedLines() ([]string, bool) {
	var out []string
	var cols map[int]string
	calendar := false
	for r, row := range g.rows {
		gr := g.classify(r, cols)
		switch gr.kind {
		case rowTimeline:
			cols, calendar = gr.cols, true
		case rowStep:
			out = append(out, stepItems(stepName(gr, row, r, cols), row, cols)...)
		default:
			cols = nil
			if t := rowText(row); t != "" {
				out = append(out, "- "+t)
			}
		}
	}
	return out, calendar
}

// rowText returns the cells of a row on one line, set apart with " : ".
func rowText(row []*gridCell) string {
	var texts []string
	for _, c := range distinct(row) {
		if t := cellOneLine(c); t != "" {
			texts = append(texts, t)
		}
	}
	return strings.Join(texts, " : ")
}

// tableMarkdown writes a table: as a record's lines when it reads as one,
// else as a pipe table.
func (hw *htmlWalker) tableMarkdown(t *html.Node) {
	g := layoutTable(t)
	if lines, ok := g.recordLines(hw.level); ok {
		for _, l := range lines {
			hw.w.block(l)
		}
		return
	}
	hw.w.table(g.pipeRows())
}
