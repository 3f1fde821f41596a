package corpus

import (
	"strings"
	"unicode/utf8"
)

// A fiche typeset by a word processor may give its calendar as a year grid:
// a table headed "Action | 2025 | 2026 | …", one row a step, an "X" in the
// columns of the years the step runs in. Read in content order (pdftotext
// -raw), a row is "Acquisition du véhicule X": which year the mark is under
// is lost. Read as laid out, the mark sits under its year's heading.
// keepYearGrids rewrites each row of such a grid in the raw text as the
// calendar item it stands for ("Acquisition du véhicule : 2025"), read
// from the laid-out page, and empties its header row, which names no field.

// yearGrid is a grid found in the laid-out text: its header line, the
// columns of its periods, and its rows.
type yearGrid struct {
	header string
	cols   []matrixColumn // each period's heading and where it sits
	rows   []yearRow
}

// yearRow is a row of a year grid: its line as laid out and the calendar
// item it reads as.
type yearRow struct {
	line, item string
}

// keepYearGrids returns raw with the year grids that layout shows rewritten
// as calendar items; raw as it is when layout shows none.
func keepYearGrids(raw, layout []byte) []byte {
	grids := yearGrids(strings.Split(string(layout), "\n"))
	if len(grids) == 0 {
		return raw
	}
	byWords := map[string]string{}
	for _, g := range grids {
		byWords[wordsOf(g.header)] = ""
		for _, r := range g.rows {
			byWords[wordsOf(r.line)] = r.item
		}
	}
	lines := strings.Split(string(raw), "\n")
	for i, l := range lines {
		if item, ok := byWords[wordsOf(l)]; ok {
			// A page's form feed stays where the raw reading put it.
			lines[i] = l[:len(l)-len(strings.TrimLeft(l, "\f"))] + item
		}
	}
	return []byte(strings.Join(lines, "\n"))
}

// wordsOf is a line's words, one space apart, without its page break.
func wordsOf(l string) string {
	return strings.Join(strings.Fields(strings.TrimLeft(l, "\f")), " ")
}

// yearGrids finds the year grids of laid-out lines.
func yearGrids(lay []string) []yearGrid {
	var out []yearGrid
	for i := 0; i < len(lay); i++ {
		cols := gridHeader(lay[i])
		if cols == nil {
			continue
		}
		g := yearGrid{header: lay[i], cols: cols}
		j := i + 1
		for ; j < len(lay); j++ {
			item, ok := gridRowItem(lay[j], cols)
			if !ok {
				break
			}
			g.rows = append(g.rows, yearRow{line: lay[j], item: item})
		}
		if len(g.rows) > 0 {
			out = append(out, g)
		}
		i = j - 1
	}
	return out
}

// gridHeader returns the period columns a header line ends with: a first
// cell that is no period, then minTimeline periods at least; nil when the
// line is no such header.
func gridHeader(line string) []matrixColumn {
	toks := fieldsAt(strings.TrimLeft(line, "\f"))
	if len(toks) < 1+minTimeline || periodHeading(toks[0].actor) != "" {
		return nil
	}
	var cols []matrixColumn
	for _, tok := range toks {
		if periodHeading(tok.actor) == "" {
			if len(cols) > 0 {
				return nil // the periods are the last cells of the line
			}
			continue
		}
		cols = append(cols, tok)
	}
	if len(cols) < minTimeline {
		return nil
	}
	return cols
}

// gridRowItem reads a row of the grid as "step : first – last period";
// ok is false when the line is no row: no step, or something other than a
// mark under the periods.
func gridRowItem(line string, cols []matrixColumn) (string, bool) {
	line = strings.TrimLeft(line, "\f")
	if strings.TrimSpace(line) == "" || utf8.RuneCountInString(line) < cols[0].start {
		return "", false
	}
	var step []string
	cells := []string{""}
	at := map[int]string{}
	width := cols[len(cols)-1].end - cols[0].start
	slack := max(2, width/len(cols)/2)
	for _, tok := range fieldsAt(line) {
		if tok.end <= cols[0].start-1 {
			step = append(step, tok.actor)
			continue
		}
		if !ganttMark(tok.actor) || utf8.RuneCountInString(tok.actor) > 1 && !strings.EqualFold(tok.actor, "x") {
			return "", false
		}
		when := columnOf(tok, cols, slack)
		if when == "" {
			return "", false
		}
		at[len(cells)] = when
		cells = append(cells, tok.actor)
	}
	if len(step) == 0 || len(cells) == 1 {
		return "", false
	}
	cells[0] = strings.Join(step, " ")
	items := ganttRow(cells, at)
	if len(items) == 0 {
		return "", false
	}
	return items[0].Text, true
}
