package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A page of context printed as laid out (`pdftotext -layout`, the mode a
// plan in one wide table is read in) gives its table of key figures as
// rows of cells set apart by spaces, often a blank line between two rows:
//
//	Indicateur                   Donnée                     Source
//
//	Assistants familiaux         412 (45 % ont 55 ans et +) DRH, 31/12/2026
//
// Read as prose, a row's label, figure and source run together into one
// sentence ("Assistants familiaux 412 (45 % …) DRH, 31/12/2026"), and the
// rows, one a paragraph, say nothing of what their figure measures.
// laidFigureTable writes such a table as a markdown table, which the
// parser reads one row a figure with its label (see figureRowText).

// minFigureRows is how many rows a table of key figures has at least.
const minFigureRows = 3

// reFigureStart is a cell that opens on a figure: "412", "3 150 (+ 18 %)",
// "142,5 M€", "16,1 ‰".
var reFigureStart = regexp.MustCompile(`^[+\-−–]?\s?\d`)

// laidFigureTable reads lines from i as a table of key figures laid out:
// a header of two to five short cells without figures, then rows under
// it whose first cell is a label and whose second opens on a figure. It
// returns the table as markdown lines and how many input lines it took,
// or nil when line i opens no such table.
func laidFigureTable(lines []string, i int) ([]string, int) {
	feed := ""
	head := lines[i]
	if rest, ok := strings.CutPrefix(head, "\f"); ok {
		feed, head = "\f", rest
	}
	cols := segments(head)
	if len(cols) < 2 || len(cols) > 5 || columnHeader(head) != nil {
		return nil, 0
	}
	for _, c := range cols {
		if utf8.RuneCountInString(c.text) > 40 || strings.IndexFunc(c.text, isDigitRune) >= 0 || strings.ContainsAny(c.text, ".:;") {
			return nil, 0
		}
	}
	colOf := func(start int) int {
		c := -1
		for k, col := range cols {
			if start+3 >= col.start {
				c = k
			}
		}
		return c
	}
	var rows [][]string
	end := i + 1
	for j := i + 1; j < len(lines); j++ {
		l := lines[j]
		if strings.TrimSpace(l) == "" {
			continue
		}
		if strings.ContainsRune(l, '\f') {
			break
		}
		segs := segments(l)
		if len(segs) < 2 || len(segs) > len(cols) || colOf(segs[0].start) != 0 || segs[0].start > cols[0].start+3 {
			break
		}
		cells := make([]string, len(cols))
		ok := true
		prev := -1
		for _, s := range segs {
			c := colOf(s.start)
			if c <= prev {
				ok = false
				break
			}
			cells[c], prev = s.text, c
		}
		if !ok || !reFigureStart.MatchString(cells[1]) || reFigureStart.MatchString(cells[0]) {
			break
		}
		rows = append(rows, cells)
		end = j + 1
	}
	if len(rows) < minFigureRows {
		return nil, 0
	}
	heads := make([]string, len(cols))
	for k, c := range cols {
		heads[k] = c.text
	}
	out := []string{feed + "| " + strings.Join(heads, " | ") + " |", "|" + strings.Repeat("---|", len(cols))}
	for _, r := range rows {
		out = append(out, "| "+strings.Join(r, " | ")+" |")
	}
	return append(out, ""), end - i
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }
