package corpus

import (
	"regexp"
	"strings"
)

// A plan typeset in Word may give its calendars only as Gantt grids whose
// header takes two rows: the years, each a cell merged over its parts,
// then the parts of each year ("S1 | S2", "T1 … T4", months), one column
// a part; a mark in the cells of the parts a step runs in, "X" for work
// and another letter ("J") for a milestone, as a legend under the title
// may say ("X : période de mise en œuvre ; J : jalon"). Either each fiche
// has its own grid, one row a step, or the plan has one grid in an annex,
// one row a fiche keyed by its code, a last column often naming what is
// due ("Livrable principal"). Read as text, a row is "2.4 | | X | J | …":
// splitHeaderColumns gives each column the period of its year and its
// part ("1er semestre 2031"), and applyProgrammeGrids turns an annex
// grid's rows into the calendars of the fiches they name.

// reYearPart is the heading of a part of a year under its year: a
// half-year "S1", a quarter "T3" or "Q3", a month.
var reYearPart = regexp.MustCompile(`^(?i:([st])\s?([1-4])|q\s?([1-4])|(janv\.?|janvier|f[ée]vr\.?|f[ée]vrier|mars|avr\.?|avril|mai|juin|juil\.?|juillet|ao[uû]t|sept\.?|septembre|oct\.?|octobre|nov\.?|novembre|d[ée]c\.?|d[ée]cembre))$`)

// partWords returns the words of a part of a year as a reader writes them
// before the year ("1er semestre", "3e trimestre", "mars"), "" when the
// cell names no part.
func partWords(c string) string {
	m := reYearPart.FindStringSubmatch(strings.TrimSpace(oneLine(c)))
	if m == nil {
		return ""
	}
	n, unit := m[2], "trimestre"
	switch {
	case m[4] != "":
		return strings.ToLower(m[4])
	case m[3] != "":
		n = m[3]
	case strings.EqualFold(m[1], "s"):
		if n > "2" {
			return ""
		}
		unit = "semestre"
	}
	if n == "1" {
		return "1er " + unit
	}
	return n + "e " + unit
}

// splitHeaderColumns returns the period of each column of a chart whose
// header is a row of years over a row of their parts: a year heads the
// columns from its own to the next heading, its merged cell leaving the
// others empty (or repeating it). Nil when fewer than minTimeline columns
// are periods or no part is named under a year.
func splitHeaderColumns(years, parts []string) map[int]string {
	cols := map[int]string{}
	year := ""
	for i, c := range parts {
		h := ""
		if i < len(years) {
			h = strings.TrimSpace(oneLine(years[i]))
		}
		switch {
		case reGridYear.MatchString(h):
			year = h
		case h != "":
			year = ""
		}
		if part := partWords(c); part != "" && year != "" {
			cols[i] = part + " " + year
		}
	}
	if len(cols) < minTimeline {
		return nil
	}
	return cols
}

// letterMark reports a cell that holds one capital letter alone, the mark
// of a chart that writes "X" for work and another letter for a milestone.
func letterMark(c string) (string, bool) {
	c = strings.TrimSpace(oneLine(c))
	if len(c) != 1 || c[0] < 'A' || c[0] > 'Z' {
		return "", false
	}
	return c, true
}

// reLetterLegend is one letter of a chart's legend and its meaning: "J :
// jalon (échéance du livrable)", "X = période de mise en œuvre".
var reLetterLegend = regexp.MustCompile(`^([A-Z])\s*[:=]\s*(\S.*)$`)

// letterLegend reads the meanings a legend line gives the letters of a
// chart, its pairs set apart by semicolons or commas; a line giving fewer
// than two is no legend.
func letterLegend(line string) map[string]string {
	out := map[string]string{}
	for _, part := range strings.FieldsFunc(cleanText(line), func(r rune) bool { return r == ';' || r == ',' || r == '/' }) {
		m := reLetterLegend.FindStringSubmatch(strings.TrimSpace(part))
		if m == nil {
			continue
		}
		meaning, _, _ := strings.Cut(m[2], "(")
		out[m[1]] = strings.TrimRight(strings.TrimSpace(meaning), ".")
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// chartLegendNear returns the legend of letters given by one of the few
// non-empty lines above the chart whose header is line h (from 0), or
// below its last row.
func chartLegendNear(lines []string, h int) map[string]string {
	seen := 0
	for j := h - 1; j >= 0 && seen < 3; j-- {
		t := strings.TrimSpace(lines[j])
		if t == "" {
			continue
		}
		if strings.HasPrefix(t, "|") || strings.HasPrefix(t, "#") {
			break
		}
		seen++
		if l := letterLegend(t); l != nil {
			return l
		}
	}
	j := h + 1
	for j < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[j]), "|") {
		j++
	}
	for seen = 0; j < len(lines) && seen < 2; j++ {
		t := strings.TrimSpace(lines[j])
		if t == "" {
			continue
		}
		seen++
		if l := letterLegend(t); l != nil {
			return l
		}
	}
	return nil
}

// milestoneLetter reports a letter that marks a milestone: one the legend
// says is a milestone, or, without a legend, any letter but "X", which
// marks the periods of work.
func milestoneLetter(mark string, legend map[string]string) bool {
	if meaning, ok := legend[mark]; ok {
		return milestoneMeaning(meaning)
	}
	return !strings.EqualFold(mark, "x")
}

// splitGantt returns the period columns of the chart whose header is line
// h (from 0) and whose first body row names the parts of its years, nil
// when the table is no such chart.
func splitGantt(lines []string, h int) map[int]string {
	body := tableBody(lines, h)
	if len(body) < 2 {
		return nil
	}
	cols := splitHeaderColumns(splitCells(lines[h]), body[0])
	if cols == nil {
		return nil
	}
	marks := 0
	for _, row := range body[1:] {
		for i, c := range row {
			if cols[i] == "" || blankCell(c) {
				continue
			}
			if _, ok := letterMark(c); !ok && !ganttMark(c) {
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

// gridSpan reads a row of a chart: the first and last periods marked, and
// each milestone's period as the legend tells them apart.
func gridSpan(cells []string, cols map[int]string, legend map[string]string) (first, last string, due []string) {
	for i, c := range cells {
		when := cols[i]
		if when == "" || blankCell(c) {
			continue
		}
		mark, ok := letterMark(c)
		if !ok && !ganttMark(c) {
			continue
		}
		if first == "" {
			first = when
		}
		last = when
		if ok && milestoneLetter(mark, legend) {
			due = append(due, when)
		}
	}
	return first, last, due
}

// splitGanttRow reads a step of a chart with a two-row header: the step
// and its span, then a milestone item for each milestone mark.
func splitGanttRow(cells []string, cols map[int]string, legend map[string]string) []Item {
	step := cleanText(cells[0])
	first, last, due := gridSpan(cells, cols, legend)
	if first == "" {
		return nil
	}
	span := first
	if last != first {
		span += " – " + last
	}
	var out []Item
	if step == "" {
		out = append(out, Item{Text: span})
	} else {
		out = append(out, Item{Text: step + " : " + span})
	}
	for _, when := range due {
		if step == "" {
			out = append(out, Item{Text: "Jalon : " + when})
		} else {
			out = append(out, Item{Text: step + " (jalon) : " + when})
		}
	}
	return out
}

// applyProgrammeGrids reads the charts of d that are keyed by fiche code,
// one row a fiche, outside any fiche, and gives each fiche its row as its
// calendar: the span of its marks, each milestone with what is due, and
// no longer the line that only pointed to the chart ("voir tableau de
// programmation").
func applyProgrammeGrids(d *Document) {
	lines := d.Lines
	for h := 0; h+1 < len(lines); h++ {
		if !strings.HasPrefix(strings.TrimSpace(lines[h]), "|") || !isSeparatorRow(lines[h+1]) || insideFiche(d, h+1) {
			continue
		}
		header := splitCells(lines[h])
		body := tableBody(lines, h)
		skip := 0
		cols := ganttColumns(header, body)
		if cols == nil {
			if cols = splitGantt(lines, h); cols == nil {
				continue
			}
			skip = 1
		}
		rows := body[skip:]
		keyed := 0
		for _, r := range rows {
			if rowFiche(d, r[0]) != nil {
				keyed++
			}
		}
		if keyed < 2 || 2*keyed < len(rows) {
			continue
		}
		legend := chartLegendNear(lines, h)
		work := "Mise en œuvre"
		for l, meaning := range legend {
			if !milestoneLetter(l, legend) && meaning != "" {
				work = upperFirst(meaning)
			}
		}
		for k, r := range rows {
			f := rowFiche(d, r[0])
			if f == nil {
				continue
			}
			ln := h + 3 + skip + k // the row's line, from 1
			first, last, due := gridSpan(r, cols, legend)
			if first == "" {
				continue
			}
			// The row's other cells say what is due ("Livrable principal").
			var what []string
			for i := 1; i < len(r); i++ {
				if _, isPeriod := cols[i]; !isPeriod && cleanText(r[i]) != "" {
					what = append(what, cleanText(r[i]))
				}
			}
			span := first
			if last != first {
				span += " – " + last
			}
			items := []Item{{Text: work + " : " + span}}
			for _, when := range due {
				label := "Jalon"
				if len(what) > 0 {
					label = strings.Join(what, " ; ") + " (jalon)"
				}
				items = append(items, Item{Text: label + " : " + when})
			}
			if len(due) == 0 && len(what) > 0 {
				items = append(items, Item{Text: strings.Join(what, " ; ") + " : " + last})
			}
			cal := &f.Calendar
			kept := cal.Items[:0]
			for _, it := range cal.Items {
				if !pointerItem(it.Text) {
					kept = append(kept, it)
				}
			}
			cal.Items = kept
			if cal.Label == "" || cal.Span.StartLine == 0 {
				cal.Label = "Calendrier"
				cal.Span = Span{StartLine: ln, EndLine: ln}
			}
			for _, it := range items {
				it.Span = Span{StartLine: ln, EndLine: ln}
				cal.Items = append(cal.Items, it)
			}
		}
	}
}

// rowFiche returns the fiche a chart's first cell names: its code alone
// ("2.4"), after a word ("Fiche 2.4", "FA 2.4"), or before its title.
func rowFiche(d *Document, cell string) *Fiche {
	c := cleanText(cell)
	if c == "" {
		return nil
	}
	if f := d.Fiche(c); f != nil {
		return f
	}
	words := strings.Fields(c)
	if len(words) > 1 {
		if f := d.Fiche(words[len(words)-1]); f != nil && len(words) == 2 {
			return f
		}
		return d.Fiche(strings.TrimRight(words[0], ".:-–—"))
	}
	return nil
}

// pointerItem reports a calendar item that only points elsewhere for the
// dates: "voir tableau de programmation (annexe 2)", "cf. annexe".
func pointerItem(text string) bool {
	t := Fold(text)
	if reGridYearIn.MatchString(t) {
		return false
	}
	return strings.HasPrefix(t, "voir") || strings.HasPrefix(t, "cf") || strings.Contains(t, "annexe") || strings.Contains(t, "tableau")
}

// reGridYearIn is a year anywhere in a text.
var reGridYearIn = regexp.MustCompile(`\b(?:19|20)\d\d\b`)
