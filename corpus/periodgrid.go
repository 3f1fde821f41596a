package corpus

import (
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// A fiche typeset as a label | value table may give its calendar as a grid
// inside the calendar's cell: one row a year, one column a part of the
// year (quarters "T1 … T4", half-years "S1 S2", months), a mark ("X",
// "●", "■", "✓") in the parts the action runs in:
//
//	Échéancier     Année    T1    T2    T3    T4
//	               2025                 X     X
//	               2026     X     X
//
// Read in content order (pdftotext -raw), a row is "2026 X X": which
// parts are marked is only told by where each mark sits under the header,
// as laid out. keepPeriodGrids rewrites the header in the raw text as the
// calendar's label alone and each row as the parts it marks, each run of
// neighbouring parts one period ("T1 – T2 2026"), which the milestone
// machinery dates. yeargrid.go reads the transposed grid, whose columns
// are years and rows steps.

// minPeriodColumns is how many parts of a year a header names at least:
// two half-years make a grid.
const minPeriodColumns = 2

// gridMarkRunes are the marks a grid's cell holds for "in this period",
// besides an "x".
const gridMarkRunes = "●■✓✔◆▪•★"

// reGridYear is a year heading a row of the grid.
var reGridYear = regexp.MustCompile(`^(?:19|20)\d\d$`)

// periodGrid is a grid found in the laid-out text: its header line and
// the label it rewrites to, its period columns, and its rows.
type periodGrid struct {
	header, label string
	cols          []matrixColumn
	rows          []yearRow
}

// keepPeriodGrids returns raw with the period grids that layout shows
// rewritten as calendar lines; raw as it is when layout shows none. Rows
// of different grids read alike in raw text ("2026 X X"), so each grid is
// matched in turn, in page order: its header, then its rows on the raw
// lines that follow.
func keepPeriodGrids(raw, layout []byte) []byte {
	grids := periodGrids(strings.Split(string(layout), "\n"))
	if len(grids) == 0 {
		return raw
	}
	lines := strings.Split(string(raw), "\n")
	put := func(i int, text string) {
		l := lines[i]
		lines[i] = l[:len(l)-len(strings.TrimLeft(l, "\f"))] + text
	}
	at := 0
	for _, g := range grids {
		head := wordsOf(g.header)
		h := at
		for h < len(lines) && wordsOf(lines[h]) != head {
			h++
		}
		if h == len(lines) {
			continue
		}
		put(h, g.label)
		at = h + 1
		for _, r := range g.rows {
			j := at
			for j < len(lines) && j <= at+1 && wordsOf(lines[j]) != wordsOf(r.line) {
				j++
			}
			if j >= len(lines) || j > at+1 {
				break
			}
			put(j, r.item)
			at = j + 1
		}
	}
	return []byte(strings.Join(lines, "\n"))
}

// periodGrids finds the period grids of laid-out lines: a header, then
// the year rows right under it (a blank line between rows is allowed,
// as a tall cell prints one), one mark at least.
func periodGrids(lay []string) []periodGrid {
	var out []periodGrid
	for i := 0; i < len(lay); i++ {
		label, cols := periodHeader(lay[i])
		if cols == nil {
			continue
		}
		g := periodGrid{header: lay[i], label: label, cols: cols}
		marked := false
		j := i + 1
		for ; j < len(lay); j++ {
			if strings.TrimSpace(lay[j]) == "" && j+1 < len(lay) && strings.TrimSpace(lay[j+1]) != "" && j > i+1 {
				if _, _, ok := yearRowParts(lay[j+1], cols); ok {
					continue
				}
			}
			item, hasMark, ok := yearRowParts(lay[j], cols)
			if !ok {
				break
			}
			marked = marked || hasMark
			g.rows = append(g.rows, yearRow{line: lay[j], item: item})
		}
		if marked {
			out = append(out, g)
			i = j - 1
		}
	}
	return out
}

// periodHeader returns the label a grid's header line rewrites to and its
// period columns: the parts of a year that end the line, each a cell set
// apart by two spaces or more. The cells before them are the field's
// label ("Échéancier"), kept with its colon, and the heading of the year
// column ("Année"), dropped; a header with no label gives "Calendrier :",
// so that the rows still go to the calendar. cols is nil when the line is
// no such header.
func periodHeader(line string) (string, []matrixColumn) {
	segs := segments(strings.TrimLeft(line, "\f"))
	if len(segs) < minPeriodColumns+1 {
		return "", nil
	}
	first := len(segs)
	for first > 0 && yearPart(segs[first-1].text) {
		first--
	}
	if len(segs)-first < minPeriodColumns || first == 0 {
		return "", nil
	}
	var cols []matrixColumn
	for _, s := range segs[first:] {
		cols = append(cols, matrixColumn{actor: s.text, start: s.start, end: s.start + utf8.RuneCountInString(s.text)})
	}
	// The cells before the periods: a label of the vocabulary, then the
	// year column's own heading, which names no field.
	label := "Calendrier :"
	if k, rest := labelKind(segs[0].text + " :"); k == fCalendar && rest == "" {
		label = strings.TrimSpace(segs[0].text) + " :"
	} else if first > 2 || k != fNone {
		return "", nil
	}
	return label, cols
}

// yearPart reports a column heading that names a part of a year without
// its year ("T1", "S2", "janv."): with a year it is a period shorter than
// the year. "Année 2025" is the whole year, and "Année" no part.
func yearPart(h string) bool {
	h = strings.TrimSpace(h)
	if h == "" || utf8.RuneCountInString(h) > 12 || isPeriod(h) {
		return false
	}
	p, ok := ParsePeriod(h + " 2001")
	return ok && !p.Start.IsZero() && p.End.Sub(p.Start) < 200*24*time.Hour
}

// yearRowParts reads a row of the grid: the year it opens on (perhaps
// after the field's label, printed on the first row), then marks under the
// period columns. item is the row as calendar text, "" when it marks
// nothing; ok is false when the line is no row.
func yearRowParts(line string, cols []matrixColumn) (item string, marked, ok bool) {
	line = strings.TrimLeft(line, "\f")
	year := ""
	var parts []string
	width := cols[len(cols)-1].end - cols[0].start
	slack := max(2, width/len(cols)/2)
	for _, tok := range fieldsAt(line) {
		switch {
		case tok.end <= cols[0].start-1 && year == "" && reGridYear.MatchString(tok.actor):
			year = tok.actor
		case tok.end <= cols[0].start-1 && year == "":
			// the field's label, printed on the row's line
		case year != "" && gridMark(tok.actor):
			when := columnOf(tok, cols, slack)
			if when == "" {
				return "", false, false
			}
			parts = append(parts, when)
		default:
			return "", false, false
		}
	}
	if year == "" {
		return "", false, false
	}
	// "Nov. 2027": a row opening in lower case would read as the end of
	// the row above, wrapped.
	return upperFirst(periodRuns(cols, parts, year)), len(parts) > 0, true
}

// gridMark reports a cell that marks its period: an "x" or a mark symbol
// alone.
func gridMark(tok string) bool {
	return strings.EqualFold(tok, "x") || utf8.RuneCountInString(tok) == 1 && strings.ContainsAny(tok, gridMarkRunes)
}

// periodRuns writes the marked parts of a year as its runs of neighbouring
// columns, "T1 – T2 2026", runs apart set off by " ; " ("T1 2027 ; T3
// 2027"): each run is a period of its own.
func periodRuns(cols []matrixColumn, marked []string, year string) string {
	on := map[string]bool{}
	for _, m := range marked {
		on[m] = true
	}
	var runs []string
	for i := 0; i < len(cols); i++ {
		if !on[cols[i].actor] {
			continue
		}
		j := i
		for j+1 < len(cols) && on[cols[j+1].actor] {
			j++
		}
		run := cols[i].actor + " " + year
		if j > i {
			run = cols[i].actor + " – " + cols[j].actor + " " + year
			if !isPeriod(run) {
				run = cols[i].actor + " " + year + " – " + cols[j].actor + " " + year
			}
		}
		runs = append(runs, run)
		i = j
	}
	return strings.Join(runs, " ; ")
}
