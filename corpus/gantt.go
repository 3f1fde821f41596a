package corpus

import "strings"

// A fiche written in a word processor and converted to markdown (pandoc
// from a DOCX) may give its calendar as a small Gantt chart: a table whose
// header names the steps' column then one column a period ("2022 | 2023",
// "S2 2022 | S1 2023", "T1 2025", "janv. 2025", mixed at will), and one
// row a step, a mark ("X", "■", "✓", "●") in the cells of the periods the
// step runs in. Read as text, a row is "Ouverture X" and says nothing of
// when; read by its columns, it is the calendar item "Ouverture : 2025",
// which the milestone machinery dates. The same conversion writes a
// fiche's actors as a "| Rôle | Acteur |" table, one row an actor: its
// rows are label | value rows the fiche reader already knows, and only
// the header, which names no field, must be left out.
//
// Both are read from the document's lines around the row, so the reader
// keeps no state of its own for them: the header of the table a row
// belongs to (headerLine) says whether the row is a step of a chart.

// emptyMarks are what a cell of a chart holds to say "not in this
// period": a dash, a slash, an unticked box.
var emptyMarks = map[string]bool{"-": true, "–": true, "—": true, "/": true, ".": true, "…": true, "?": true}

// blankCell reports a cell of a chart that marks nothing: empty, or a
// dash or an unticked box standing for "not then".
func blankCell(c string) bool {
	c = strings.TrimSpace(c)
	return c == "" || emptyMarks[c] || boxMarks[c]
}

// ganttMark reports a cell that marks its period: a mark of any kind
// (a symbol, or an "x" alone), possibly followed by what is due then.
func ganttMark(c string) bool {
	mark, _ := splitMark(c)
	mark = strings.TrimSpace(mark)
	if mark == "" || emptyMarks[mark] || boxMarks[mark] {
		return false
	}
	// "50 %", "+3": a figure is no mark.
	return !strings.ContainsAny(c, "0123456789%€")
}

// tableBody returns the cells of the body rows of the markdown table
// whose header is line i (from 0): the pipe rows after its separator
// row. It returns nil when line i heads no table.
func tableBody(lines []string, i int) [][]string {
	if i+1 >= len(lines) || !strings.HasPrefix(strings.TrimSpace(lines[i]), "|") || !isSeparatorRow(lines[i+1]) || !strings.Contains(lines[i+1], "-") {
		return nil
	}
	var rows [][]string
	for j := i + 2; j < len(lines); j++ {
		t := strings.TrimSpace(lines[j])
		if !strings.HasPrefix(t, "|") || isSeparatorRow(t) {
			break
		}
		rows = append(rows, splitCells(t))
	}
	return rows
}

// ganttColumns returns the period of each column of a table header that
// heads a Gantt chart, nil otherwise. A chart has a first column that
// names the steps, at least minTimeline period columns side by side, and
// a body whose period cells are marks or empty, one mark at least: year
// columns over figures make a table of figures, no chart.
func ganttColumns(header []string, body [][]string) map[int]string {
	if len(header) < 1+minTimeline || periodHeading(header[0]) != "" {
		return nil
	}
	cols := timelineColumns(header)
	if len(cols) < minTimeline {
		return nil
	}
	marks := 0
	for _, row := range body {
		for i, c := range row {
			if cols[i] == "" || blankCell(c) {
				continue
			}
			if !ganttMark(c) {
				return nil
			}
			marks++
		}
	}
	if marks == 0 {
		return nil
	}
	return cols
}

// ganttRow reads one row of a chart as calendar items: the step and the
// span from its first marked period to its last ("Signature du
// protocole : S1 2023", "Équipe mobile : 2024 – 2025"), then one item for
// each mark that says what is due then ("◆ convention signée" gives
// "convention signée : 2024"). A step with no mark keeps its name alone.
func ganttRow(cells []string, cols map[int]string) []Item {
	step := cleanText(cells[0])
	var first, last string
	var due []Item
	for i, c := range cells {
		when := cols[i]
		if when == "" || !ganttMark(c) {
			continue
		}
		if first == "" {
			first = when
		}
		last = when
		if _, text := splitMark(c); text != "" {
			due = append(due, Item{Text: cleanText(text) + " : " + when})
		}
	}
	if step == "" && first == "" {
		return nil
	}
	span := first
	if last != first {
		span += " – " + last
	}
	var out []Item
	switch {
	case step == "":
		out = append(out, Item{Text: span})
	case span == "":
		out = append(out, Item{Text: step})
	default:
		out = append(out, Item{Text: step + " : " + span})
	}
	return append(out, due...)
}

// ganttLine reads line ln (from 1) of a fiche when it belongs to a Gantt
// chart: its header opens the fiche's calendar, each of its rows adds a
// step. It reports whether the line was the chart's.
func (p *parser) ganttLine(ln int, raw string, cells []string) bool {
	i := ln - 1
	if i < 0 || i >= len(p.lines) || p.lines[i] != raw || !strings.HasPrefix(strings.TrimSpace(raw), "|") {
		return false
	}
	if cols := p.ganttAt(i, cells); cols != nil {
		if p.curKind != fCalendar {
			p.closeField()
			p.tableCols = nil
			p.curKind = fCalendar
			p.curField = p.openField(ln, fCalendar, "Calendrier")
		}
		p.lastEmpty = p.curField.Empty()
		return true
	}
	h := headerLine(p.lines, i)
	if h < 0 {
		return false
	}
	cols := p.ganttAt(h, splitCells(p.lines[h]))
	if cols == nil {
		return false
	}
	if p.curKind != fCalendar || p.curField == nil {
		p.tableCols = nil
		p.curKind = fCalendar
		p.curField = p.openField(ln, fCalendar, "Calendrier")
	}
	if p.splitGantts[h] {
		// The row of the years' parts is the header's second row.
		if i > h+2 {
			p.addItems(ln, splitGanttRow(cells, cols, chartLegendNear(p.lines, h)))
		}
		return true
	}
	p.addItems(ln, ganttRow(cells, cols))
	return true
}

// ganttAt returns the period columns of the chart whose header is line
// h (from 0) with those cells, nil when the line heads no chart.
func (p *parser) ganttAt(h int, header []string) map[int]string {
	if cols, ok := p.gantts[h]; ok {
		return cols
	}
	if p.gantts == nil {
		p.gantts = map[int]map[int]string{}
	}
	cols := ganttColumns(header, tableBody(p.lines, h))
	if cols == nil {
		if cols = splitGantt(p.lines, h); cols != nil {
			if p.splitGantts == nil {
				p.splitGantts = map[int]bool{}
			}
			p.splitGantts[h] = true
		}
	}
	p.gantts[h] = cols
	return cols
}

// headerLine returns the index of the header row of the markdown table
// that line i is a body row of, -1 when there is none.
func headerLine(lines []string, i int) int {
	for j := i - 1; j >= 1; j-- {
		t := strings.TrimSpace(lines[j])
		if !strings.HasPrefix(t, "|") {
			return -1
		}
		if isSeparatorRow(t) {
			return j - 1
		}
	}
	return -1
}

// roleTableHeader reports the header row of a table of actors by role
// ("| Rôle | Acteur |" over "| Pilote | Direction… |"): a header whose
// first cell names no field of the vocabulary, over rows whose first
// cells all do. Its words are the table's, no actor of the fiche; the
// rows themselves are label | value rows, each going to its field.
func (p *parser) roleTableHeader(ln int, raw string, cells []string) bool {
	i := ln - 1
	if i < 0 || i >= len(p.lines) || p.lines[i] != raw || len(cells) < 2 {
		return false
	}
	// A word the document repeats in every fiche's table ("Rôle") reads
	// as a label of its own; it names no field of the vocabulary still.
	if k, _ := p.cellLabel(cells[0]); k != fNone && k != fOther {
		return false
	}
	body := tableBody(p.lines, i)
	if len(body) == 0 {
		return false
	}
	for _, row := range body {
		if k, rest := p.cellLabel(row[0]); k == fNone || k == fOther || rest != "" {
			return false
		}
	}
	return true
}
