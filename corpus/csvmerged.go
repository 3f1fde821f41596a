package corpus

import (
	"strings"
	"unicode"
)

// A plan of actions kept as a spreadsheet merges a cell down the rows
// that share it, and the sheet's CSV export writes a merged cell's value
// on its first row only, the rows below it blank. The plan may merge a
// fiche-level cell over several fiches, as a note of the sheet says:
//
//	Mode d'emploi : lorsqu'un axe ou un pilote est commun à plusieurs
//	mesures consécutives, il n'est indiqué qu'une seule fois
//	Axe;N°;Intitulé;…;Pilote;…
//	AXE 1 – Prévenir…;1;Aller vers…;…;Service de PMI;…
//	;2;Renforcer…;…;;…             (mesure 2: the pilot of mesure 1)
//
// or spread one fiche over several rows, its number, title and pilot on
// the first only, each row below it an action with its own deadline and
// indicator:
//
//	Orientation;N° fiche;Intitulé;…;Actions;Échéance;Pilote;…;Indicateurs
//	Orientation 1 – …;1.1;Déployer…;…;Proposer un entretien…;2030;Direction de la PMI;…;Taux…
//	;;;;;Créer une équipe…;2031;;;Nombre de visites…
//
// The axis cell is carried forward by csvText (a value heads the rows
// after it), and a row with neither number nor title goes on with the
// fiche above. A blank field cell on a fiche's own row is another matter:
// a fiche may have no pilot, and a blank means so unless the sheet says
// its merged cells are written once. Only then is it taken from the fiche
// above, in the columns the note names (the pilot's when it names none),
// and never across the first row of an axis, where merged groups start
// anew.

// mergeNote reports a note of a sheet, folded, that says its merged
// cells are written once: cells said merged ("cellules fusionnées",
// "merged cells"), or a value said written only once ("il n'est indiqué
// qu'une seule fois", "not repeated on each row"). A sentence of the
// plan that merges services, or meets only once a year, is none.
func mergeNote(f string) bool {
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(f, w) {
				return true
			}
		}
		return false
	}
	cells := has("cellule", "case", "colonne", "ligne", "cell", "column", "row")
	if has("fusionn", "merged") && cells {
		return true
	}
	return has("qu'une seule fois", "qu'une fois", "une seule fois", "only once", "not repeated", "pas repete", "pas repris") &&
		(cells || has("indiqu", "renseign", "inscrit", "mentionn", "ecrit", "written", "shown", "given", "listed"))
}

// mergedColumns returns the field columns of h whose blank cells on a
// fiche's row stand for the cell above, as a note of the sheet (a row of
// one or two cells, anywhere in rows) says; nil when no note says so.
func mergedColumns(rows [][]string, h *csvHeading) map[int]bool {
	var note string
	for _, r := range rows {
		kept := nonEmpty(r)
		if len(kept) == 0 || len(kept) > 2 {
			continue
		}
		if f := Fold(strings.Join(kept, " ")); mergeNote(f) {
			note = f
			break
		}
	}
	if note == "" {
		return nil
	}
	words := strings.FieldsFunc(note, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	cols := map[int]bool{}
	for i, c := range h.cols {
		if !h.isField(i) || i == h.axis {
			continue
		}
		head := columnHeadWord(c.label)
		for _, w := range words {
			if sameStem(w, head) {
				cols[i] = true
				break
			}
		}
	}
	if len(cols) == 0 {
		for i, c := range h.cols {
			if h.isField(i) && c.kind == fPilots {
				cols[i] = true
			}
		}
	}
	return cols
}

// columnHeadWord returns the head word of a column's label, folded: "pilote"
// of "Pilote(s)", "partenaires" of "Partenaires / contributeurs".
func columnHeadWord(label string) string {
	for _, w := range strings.FieldsFunc(normalizeLabel(label), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if len([]rune(w)) >= 4 {
			return w
		}
	}
	return ""
}

// sameStem reports two folded words that are one word inflected or
// shortened: "pilote" and "pilotes", "pilot" and "pilote", "partenaire"
// and "partenaires". Both have four letters at least.
func sameStem(a, b string) bool {
	if len(a) < 4 || len(b) < 4 {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return strings.HasPrefix(b, a) && len(b)-len(a) <= 2
}

// mergedCells fills the blank cells of a fiche's row from the fiche
// above in the columns a note says are merged.
type mergedCells struct {
	cols  map[int]bool
	above map[int]string
}

// fill returns the row with its blank merged cells filled from the last
// fiche's, and remembers its own; a row that opens an axis starts a new
// group, its blanks left as they are. The row itself is not changed.
func (m *mergedCells) fill(cells []string, opensAxis bool) []string {
	if len(m.cols) == 0 {
		return cells
	}
	if opensAxis || m.above == nil {
		m.above = map[int]string{}
	}
	out := append([]string(nil), cells...)
	for i := range m.cols {
		for len(out) <= i && m.above[i] != "" {
			out = append(out, "")
		}
		switch {
		case i >= len(out):
		case out[i] == "":
			out[i] = m.above[i]
		default:
			m.above[i] = out[i]
		}
	}
	return out
}

// continuedBelow reports that the fiche on row i goes on over the rows
// below it: the next row has neither number nor title but field cells.
func continuedBelow(rows [][]string, i int, h *csvHeading) bool {
	if i+1 >= len(rows) {
		return false
	}
	next := rows[i+1]
	return cell(next, h.id) == "" && cell(next, h.title) == "" && fieldCells(next, h) > 0
}

// namedDeadline returns a row of a fiche spread over several rows, one
// action a row, with its deadline named by its action ("Ouvrir une
// seconde UAPED : septembre 2031"), so that the milestone says what is
// due, and the rows that share a date stay apart. A deadline or an action
// of several lines, or a deadline that names its own step ("Lancement :
// 2030"), is left as it is. The row itself is not changed.
func namedDeadline(cells []string, h *csvHeading) []string {
	action, when := -1, -1
	for i, c := range h.cols {
		if !h.isField(i) || i == h.title {
			continue
		}
		if c.kind == fActions && action < 0 {
			action = i
		}
		if c.kind == fCalendar && when < 0 {
			when = i
		}
	}
	a, d := cell(cells, action), cell(cells, when)
	if a == "" || d == "" || strings.Contains(a, "\n") || strings.Contains(d, "\n") || strings.Contains(d, ":") {
		return cells
	}
	out := append([]string(nil), cells...)
	out[when] = strings.TrimRight(oneLine(a), " .;") + " : " + d
	return out
}
