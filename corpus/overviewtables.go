package corpus

import (
	"strconv"
	"strings"
)

// A schéma that presents each fiche in a card of its own (a bordered
// table, a box, a web page's article) may also sum the plan up in a table
// of one row a fiche: its number, its title and its axis ("Le schéma en un
// coup d'œil", "Le plan d'actions en bref"), and nothing else. Kept as the
// text of its chapter, such a row would stand for the fiche it names: a
// question on a fiche's partners or goals, worded like its title, would be
// answered by the row that repeats the title rather than by the card that
// gives them. dropOverviewRows leaves those rows out of their chapter's
// text when three or more of them each repeat a fiche the document tells
// in full: the fiche itself is the answer. A row that says anything more
// (a pilot, a deadline, a budget) stays, and so does a table that is a
// fiche's own (summaryrepeats.go reads the rows that are fiches).
func (p *parser) dropOverviewRows() {
	d := p.doc
	if len(d.Fiches) < 3 {
		return
	}
	for si := range d.Sections {
		s := &d.Sections[si]
		drop := map[int]bool{}
		for i, it := range s.Paragraphs {
			if it.Span.StartLine == it.Span.EndLine && p.overviewRow(it.Span.StartLine) {
				drop[i] = true
			}
		}
		if len(drop) < 3 {
			continue
		}
		// The table's header row ("N° | Engagement | Ambition") goes with
		// its rows.
		for i, it := range s.Paragraphs {
			if !drop[i] && p.headsDroppedRows(it.Span.StartLine, s.Paragraphs, drop) {
				drop[i] = true
			}
		}
		kept := s.Paragraphs[:0:0]
		var texts []string
		for i, it := range s.Paragraphs {
			if !drop[i] {
				kept = append(kept, it)
				texts = append(texts, it.Text)
			}
		}
		s.Paragraphs = kept
		s.Text = strings.Join(texts, "\n")
	}
}

// overviewRow reports a table row (line ln, 1-based) whose cells are a
// fiche's label, its title and at most the axis it belongs to, the fiche
// being told with fields elsewhere in the document.
func (p *parser) overviewRow(ln int) bool {
	if ln < 1 || ln > len(p.lines) {
		return false
	}
	raw := p.lines[ln-1]
	if !strings.HasPrefix(strings.TrimSpace(raw), "|") && !strings.Contains(raw, "\t") {
		return false
	}
	var cells []string
	for _, c := range splitCells(raw) {
		if c = strings.Trim(cleanText(c), " *_"); c != "" {
			cells = append(cells, c)
		}
	}
	if len(cells) < 2 || len(cells) > 4 {
		return false
	}
	var f *Fiche
	label := -1
	for i, c := range cells {
		if g := p.doc.Fiche(cellLabel(c)); g != nil {
			f, label = g, i
			break
		}
	}
	if f == nil || !ficheHasContent(f) || f.FromTOC || f.Span.StartLine <= ln && ln <= f.Span.EndLine {
		return false
	}
	titled := false
	for i, c := range cells {
		switch {
		case i == label:
		case !titled && sameTitle(c, f.Title):
			titled = true
		case p.namesAxis(c, f):
		default:
			return false
		}
	}
	return titled
}

// cellLabel reads a row's cell as the fiche label it holds: "4", "A2",
// "n° 4", "Fiche 4", "Engagement 4".
func cellLabel(c string) string {
	f := strings.Fields(c)
	if len(f) == 2 && !strings.ContainsAny(f[0], "0123456789") {
		c = f[1]
	}
	if len(f) > 2 {
		return ""
	}
	return CanonicalFicheID(c)
}

// sameTitle reports a cell that is a fiche's title, whatever its case and
// final punctuation.
func sameTitle(c, title string) bool {
	norm := func(s string) string { return strings.Join(strings.Fields(Fold(strings.TrimRight(s, " .;:"))), " ") }
	return title != "" && norm(c) == norm(title)
}

// namesAxis reports a cell that names the fiche's axis: its heading
// ("Ambition 1", "Axe II"), its title, its label, or its number alone.
func (p *parser) namesAxis(c string, f *Fiche) bool {
	if f.AxisNumber == 0 {
		return false
	}
	if c == strconv.Itoa(f.AxisNumber) {
		return true
	}
	if m := matchAxis(c); m != nil {
		n, _ := axisNumber(m[2])
		return n == f.AxisNumber
	}
	for _, a := range p.doc.Axes {
		if a.Number == f.AxisNumber && (sameTitle(c, a.Title) || sameTitle(c, a.Label())) {
			return true
		}
	}
	return false
}

// headsDroppedRows reports the header row of a table whose rows are
// dropped: a table row at ln whose separator row comes next, then a
// dropped row.
func (p *parser) headsDroppedRows(ln int, paras []Item, drop map[int]bool) bool {
	if ln < 1 || ln > len(p.lines) || !strings.HasPrefix(strings.TrimSpace(p.lines[ln-1]), "|") {
		return false
	}
	next := ln + 1
	for next <= len(p.lines) && strings.TrimSpace(p.lines[next-1]) == "" {
		next++
	}
	if next > len(p.lines) || !isSeparatorRow(p.lines[next-1]) {
		return false
	}
	row := next + 1
	for row <= len(p.lines) && strings.TrimSpace(p.lines[row-1]) == "" {
		row++
	}
	for i, it := range paras {
		if drop[i] && it.Span.StartLine == row {
			return true
		}
	}
	return false
}
