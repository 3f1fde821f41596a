package corpus

import (
	"regexp"
	"strconv"
	"strings"
)

// A database's export may hold the whole schéma in one table, each row
// typed by a code in a column of its own ("META", "CHIFFRE_CLE", "AXE",
// "FICHE_PARTENAIRE", "SIGLE") and numbered by the database, and may give
// a fiche one row per partner, each row repeating the fiche's other
// fields. The reading of such a table is: the type and the row number are
// no text of the plan; the rows that are no fiche are blocks under their
// type; an axis row titles its axis; the rows of one fiche add to it only
// what they do not repeat.

// reRowType is a row type code: capitals, digits and underscores.
var reRowType = regexp.MustCompile(`^[A-Z][A-Z0-9_]{1,30}$`)

// maxRowTypes is how many different codes a column of row types holds at
// most: more is a column of values.
const maxRowTypes = 12

// rowTypeColumn returns the column of rows whose every cell is a row type
// code, with two codes or more, or -1.
func rowTypeColumn(rows [][]string, width int) int {
	for i := 0; i < width; i++ {
		codes := map[string]bool{}
		ok := len(rows) > 0
		for _, r := range rows {
			c := cell(r, i)
			if c == "" && len(nonEmpty(r)) == 0 {
				continue
			}
			if !reRowType.MatchString(c) {
				ok = false
				break
			}
			codes[c] = true
		}
		if ok && len(codes) >= 2 && len(codes) <= maxRowTypes {
			return i
		}
	}
	return -1
}

// rowNumberColumn returns the column that numbers the rows one after the
// other (1, 2, 3…), as a database numbers its records, or -1.
func rowNumberColumn(rows [][]string, width int) int {
	for i := 0; i < width; i++ {
		prev, n := -1, 0
		for _, r := range rows {
			c := cell(r, i)
			if c == "" && len(nonEmpty(r)) == 0 {
				continue
			}
			v, err := strconv.Atoi(c)
			if err != nil || prev >= 0 && v != prev+1 {
				n = 0
				break
			}
			prev, n = v, n+1
		}
		if n >= 5 {
			return i
		}
	}
	return -1
}

// axisTitleColumn returns the column that titles the axis of each row
// ("intitule_axe", "Titre de l'orientation"), or -1: its label names the
// axis column's label and a title.
func axisTitleColumn(h *csvHeading) int {
	if h.axis < 0 {
		return -1
	}
	axis := normalizeLabel(columnLabel(h.cols[h.axis].label))
	for i, c := range h.cols {
		if i == h.axis || i == h.id || i == h.title || c.kind != fNone {
			continue
		}
		words := strings.Fields(normalizeLabel(columnLabel(c.label)))
		hasAxis, hasTitle := false, false
		for _, w := range words {
			hasAxis = hasAxis || w == axis || strings.TrimPrefix(w, "l'") == axis
			hasTitle = hasTitle || titleWords[w]
		}
		if hasAxis && hasTitle {
			return i
		}
	}
	return -1
}

// titleWords are the words a column that holds titles is labelled with.
var titleWords = map[string]bool{"intitule": true, "titre": true, "libelle": true, "nom": true, "title": true, "label": true, "name": true}

// readTypedRows finds, under header h, the columns of a typed table: the
// row type and the row number, which it skips, and the axis's title.
func (h *csvHeading) readTypedRows(rows [][]string) {
	h.rowType, h.axisTitle = -1, axisTitleColumn(h)
	if h.axisTitle >= 0 {
		h.skip[h.axisTitle] = true
	}
	t := rowTypeColumn(rows, len(h.cols))
	if t < 0 {
		t = formTypeColumn(h, rows)
	}
	if t < 0 || t == h.id {
		return
	}
	h.rowType, h.skip[t] = t, true
	if n := rowNumberColumn(rows, len(h.cols)); n >= 0 && n != h.id {
		h.skip[n] = true
	}
}

// typedRowText writes a row of a typed table that is no fiche: a heading
// for its type when the type changes, then its cells, a label and its
// value as "label : value". An axis row is no text: it titles its axis,
// which axisHead names.
func (h *csvHeading) typedRowText(cells []string, lastType *string, axisTitles map[string]string, codeTitles map[string]string) string {
	var kept, raw []string
	for i, c := range cells {
		if c != "" && !h.skip[i] && i != h.axis && i != h.rowType {
			kept, raw = append(kept, oneLine(c)), append(raw, c)
		}
	}
	// An axis row holds its number and its title, nothing else: a row
	// of text tied to an axis is still text.
	if ax := cell(cells, h.axis); ax != "" {
		title := oneLine(cell(cells, h.axisTitle))
		if title == "" && len(kept) == 1 {
			title, kept = kept[0], nil
		}
		if title != "" && len(kept) == 0 {
			axisTitles[Fold(axisHead(ax, codeTitles))] = title
			return ""
		}
	}
	var b strings.Builder
	if typ := cell(cells, h.rowType); typ != *lastType {
		*lastType = typ
		b.WriteString("\n## " + upperFirst(strings.ToLower(strings.ReplaceAll(typ, "_", " "))) + "\n\n")
	}
	switch {
	case len(kept) == 0:
	case len(kept) == 1 && strings.Contains(raw[0], "\n"):
		// A form's answer of several lines (a list of figures, one
		// acronym a line) keeps its lines.
		for _, l := range strings.Split(raw[0], "\n") {
			if l = strings.TrimSpace(l); l != "" {
				b.WriteString(l + "\n")
			}
		}
	case len(kept) == 2 && titleWords[normalizeLabel(kept[0])]:
		// "Titre;Schéma départemental…": the document's own title.
		b.WriteString("# " + kept[1] + "\n\n")
	case len(kept) == 2:
		b.WriteString(kept[0] + " : " + kept[1] + "\n")
	default:
		b.WriteString(strings.Join(kept, " — ") + "\n")
	}
	return b.String()
}

// axisHead is the heading an axis code of a table of actions is written
// as: the axis the code stands for ("A" → "Axe A : …"), the cell itself
// when it is an axis heading, "Orientation 2" for a bare number.
func axisHead(ax string, codeTitles map[string]string) string {
	if coded := codedAxisHead(ax, codeTitles); coded != "" {
		return coded
	}
	if matchAxis(ax) == nil {
		return "Orientation " + ax
	}
	return ax
}

// columnLabel is a column's label as a field's label: a database's
// "contribution_partenaire" with spaces, and a capital, for a label in
// lower case would read as the line above going on.
func columnLabel(label string) string {
	return upperFirst(strings.ReplaceAll(label, "_", " "))
}

// ficheCells remembers the cells already written for the fiche being
// written, column by column, so that the rows of one fiche add only what
// they do not repeat.
type ficheCells map[int]map[string]bool

// fresh reports a cell not yet written in column i for this fiche, and
// remembers it; with no memory, every cell is fresh.
func (w ficheCells) fresh(i int, c string) bool {
	if w == nil {
		return true
	}
	if w[i] == nil {
		w[i] = map[string]bool{}
	}
	if w[i][c] {
		return false
	}
	w[i][c] = true
	return true
}

// qualifies reports a column that says more of the column before it, in
// the same row: "contribution_partenaire" after "partenaire", "Rôle du
// partenaire" after "Partenaire". Its cell goes with the other's, in
// brackets, rather than as a value of its own.
func qualifies(cols []column, i int) bool {
	if i < 1 || i >= len(cols) {
		return false
	}
	prev := strings.Fields(normalizeLabel(columnLabel(cols[i-1].label)))
	words := strings.Fields(normalizeLabel(columnLabel(cols[i].label)))
	if len(prev) != 1 || len(words) < 2 || cols[i-1].kind == fNone {
		return false
	}
	for _, w := range words[1:] {
		if w == prev[0] {
			return true
		}
	}
	return false
}

// pipeList splits a cell that lists its values with " | ", as a database
// joins a list into one cell, into a list of lines; any other cell is
// returned as it is.
func pipeList(c string) string {
	if strings.Contains(c, "\n") || !strings.Contains(c, " | ") {
		return c
	}
	var b strings.Builder
	for _, v := range strings.Split(c, " | ") {
		if v = strings.TrimSpace(v); v != "" {
			b.WriteString("\n- " + v)
		}
	}
	return b.String()
}

// rowNumberLabel reports the label of the column a database numbers its
// records in ("id_ligne", "N° de ligne"): no code of the plan.
func rowNumberLabel(norm string) bool {
	w := strings.Fields(norm)
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	switch w[len(w)-1] {
	case "ligne", "lignes", "row", "enregistrement", "record":
		return idHeads[strings.TrimSuffix(w[0], ".")] || isIDHead(w[0]+" x")
	}
	return false
}
