package corpus

import (
	"bytes"
	"strings"
	"unicode"
)

// A workbook whose tabs are pasted one after another into one CSV names
// each tab on a line of its own, "[FICHES]", "[JALONS]", "[SIGLES]", and
// gives each its own header row. The marker is the block's title; the row
// after it is the block's header, even when it has a single field
// ("code_fiche;partenaire"), since the marker says a new table starts
// there. Rows of later blocks coded like fiches already read join those
// fiches (see joinedRows), as in a sheet that stacks blocks under header
// rows.

// blockMarker returns the name of a row that is a block marker alone in
// its first cell: "[CHIFFRES_CLES]" gives "Chiffres clés".
func blockMarker(cells []string) (string, bool) {
	kept := nonEmpty(cells)
	if len(kept) != 1 {
		return "", false
	}
	return markerName(kept[0])
}

// markerName reads "[NAME]" as a block's name, its underscores spaces.
func markerName(c string) (string, bool) {
	c = strings.TrimSpace(c)
	if len(c) < 3 || c[0] != '[' || c[len(c)-1] != ']' {
		return "", false
	}
	name := strings.TrimSpace(strings.ReplaceAll(c[1:len(c)-1], "_", " "))
	// A marker is a word or a few, no date or footnote ("[1]").
	if name == "" || strings.IndexFunc(name, unicode.IsLetter) < 0 || len(strings.Fields(name)) > 5 {
		return "", false
	}
	return name, true
}

// firstDataLine returns the first line of data that is neither blank nor
// a block marker: the line a separator is guessed from.
func firstDataLine(data []byte) []byte {
	rest := data
	for len(rest) > 0 {
		var line []byte
		line, rest, _ = bytes.Cut(rest, []byte("\n"))
		t := bytes.TrimSpace(line)
		if len(t) == 0 {
			continue
		}
		if _, ok := markerName(string(t)); ok {
			continue
		}
		return line
	}
	return data
}

// axisCodeHead reports the label of a column of axis codes after the
// fiche's own code: a database writes "code_orientation" next to
// "code_fiche", the axis a fiche belongs to.
func axisCodeHead(norm string) bool {
	rest, ok := strings.CutPrefix(norm, "code ")
	return ok && matchAxis(rest+" 1") != nil
}

// measureHeads are the labels of the columns that give an indicator's
// baseline and target.
var measureHeads = []string{"valeur reference", "valeur de reference", "reference", "baseline", "cible", "valeur cible", "target", "objectif chiffre"}

// isMeasureColumn reports a column of an indicator's baseline or target:
// "valeur_reference_2022", "cible_2027".
func isMeasureColumn(label string) bool {
	norm := normalizeLabel(label)
	for _, m := range measureHeads {
		if norm == m || strings.HasPrefix(norm, m+" ") {
			return true
		}
	}
	return false
}

// isRowCode reports a cell that is only a row's code ("A01.1", "T-034").
func isRowCode(c string) bool {
	return !strings.Contains(c, " ") && (reRowCode.MatchString(c) || CanonicalFicheID(c) != "" && strings.IndexFunc(c, unicode.IsDigit) >= 0 && len(c) <= 10)
}

// writeGrouped writes labelled cells, one line a label: a label given by
// several rows of a block ("code_fiche;partenaire", one row a partner)
// heads the list of their values.
func writeGrouped(b *strings.Builder, cells [][2]string) {
	var order []string
	byLabel := map[string][]string{}
	for _, o := range cells {
		if byLabel[o[0]] == nil {
			order = append(order, o[0])
		}
		byLabel[o[0]] = append(byLabel[o[0]], o[1])
	}
	for _, l := range order {
		vals := byLabel[l]
		if len(vals) == 1 {
			writeCell(b, l, vals[0])
			continue
		}
		b.WriteString(l + " :\n")
		for _, v := range vals {
			b.WriteString("- " + oneLine(v) + "\n")
		}
	}
}

// isPeriodCell reports a cell that gives a time: a date or a period
// ("30/06/2024", "T3 2025", "2026").
func isPeriodCell(c string) bool {
	_, ok := ParsePeriod(c)
	return ok
}
