package corpus

import (
	"regexp"
	"strings"
)

// A fiche laid out as a word processor's table often names itself in the
// table's first row, one cell merged across every column ("FICHE ACTION
// N° 5 – …", "Fiche-action n°5 : …", "ACTION 5 – …"), its fields in the
// label | value rows below. Written as a pipe table, that row would be
// the table's header: a row of cells, which the parser never reads as a
// fiche heading, so the fiche and all its fields were lost. The row is
// written as the paragraph it stands for, before the table of fields.

// ficheHeadRow splits off a table's first row when it is one cell, the
// others merged into it or empty, that names a fiche or an action. It
// returns the paragraphs of that cell and the rows left, or ok false.
func ficheHeadRow(rows [][]string) (head []string, rest [][]string, ok bool) {
	if len(rows) < 2 {
		return nil, nil, false
	}
	var cell string
	for j, c := range rows[0] {
		if strings.TrimSpace(c) == "" {
			continue
		}
		if j > 0 {
			return nil, nil, false
		}
		cell = c
	}
	paras := strings.Split(cell, "<br>")
	first := cleanText(paras[0])
	if !reFiche.MatchString(first) && !reActionHead.MatchString(first) && !reActionAlone.MatchString(first) {
		return nil, nil, false
	}
	// The rows below must be a table of fields, at least two columns
	// wide: a one-column box of paragraphs is read as paragraphs anyway.
	for _, r := range rows[1:] {
		if len(r) >= 2 {
			return paras, rows[1:], true
		}
	}
	return nil, nil, false
}

// sameFiche reports a heading written just above a table that names the
// fiche its head row names too ("Fiche action n° 7 : Valoriser…" over a
// row "FICHE ACTION N° 7 – ORIENTATION 3"): the row then only repeats the
// fiche's reference, and is left in the table, where it names no fiche.
func sameFiche(above, row string) bool {
	a, r := headLabel(strings.TrimLeft(above, "# ")), headLabel(row)
	return a != "" && a == r
}

// headLabel returns the label of a fiche or action heading, "" when the
// text is none.
func headLabel(s string) string {
	s = cleanText(s)
	for _, re := range []*regexp.Regexp{reFiche, reActionHead, reActionAlone} {
		if m := re.FindStringSubmatch(s); m != nil {
			return CanonicalFicheID(m[1])
		}
	}
	return ""
}
