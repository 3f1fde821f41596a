package corpus

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// A plan may name the pilots and partners of its fiches only once, in a
// responsibility matrix: one row a fiche ("1.2  LAEP itinérants"), one
// column an actor's acronym ("DEF  PMI  CAF…"), a letter in a cell for the
// actor's role ("P" pilote, "A" associé), the fiches themselves saying "see
// the matrix". Which actor a letter belongs to is only known from its
// column, so the matrix is read from text that keeps the page's columns
// (pdftotext -layout), and gives each fiche without pilots or partners of
// its own the actors of its row.

// matrixRole is what a letter of the matrix makes an actor of a fiche.
type matrixRole int

const (
	roleNone matrixRole = iota
	rolePilot
	rolePartner
	// roleApprover is the "A" of a RACI matrix (approuve, arbitre): the
	// actor answerable for a fiche whose row has no "R", and its pilot
	// then.
	roleApprover
)

// matrixRow is a fiche's row of a matrix: the actors of each role.
type matrixRow struct {
	pilots, partners, approvers []string
	// deadline is the row's cell under a column of deadlines
	// ("Échéance"), label that column's heading; "" when none.
	deadline, label string
	// table is set for a row of a table (a page's <table>, a pipe
	// table), whose columns the document drew itself.
	table bool
	// line is the row's index in the document's lines.
	line int
}

// add gives actor the role a letter of the matrix says.
func (r *matrixRow) add(role matrixRole, actor string) {
	switch role {
	case rolePilot:
		r.pilots = append(r.pilots, actor)
	case roleApprover:
		r.approvers = append(r.approvers, actor)
	case rolePartner:
		r.partners = append(r.partners, actor)
	}
}

// leads returns who leads the row's fiche: its pilots, or its approvers
// when no letter makes a pilot.
func (r matrixRow) leads() []string {
	if len(r.pilots) > 0 {
		return r.pilots
	}
	return r.approvers
}

// matrixColumn is an actor's column: its acronym and where it sits on the
// line, in runes.
type matrixColumn struct {
	actor      string
	start, end int
}

// reMatrixActor is an actor's acronym heading a column.
var reMatrixActor = regexp.MustCompile(`^[A-ZÀ-Ý][A-ZÀ-Ý0-9&'’-]{1,9}$`)

// reMatrixRow is a row of the matrix: a fiche's code, its short title,
// then cells set apart by two spaces or more.
var reMatrixRow = regexp.MustCompile(`^\s*(\d{1,2}(?:\.\d{1,2}){0,2}|[A-Z]\d{1,2}(?:\.\d{1,2})?)\s+\S`)

// reLegendEntry is a letter of the legend and what it stands for:
// "P = pilote", "A : partenaire associé". A pair ("R/A = pilote et
// arbitre") is read apart (see matrixLegend).
var reLegendEntry = regexp.MustCompile(`\b([A-Z])\s*[=:]\s*([\p{L}' -]{3,40})`)

// minMatrixColumns is the fewest actors a header names: fewer columns make
// a table of figures, not a matrix of actors.
const minMatrixColumns = 4

// responsibilityMatrix reads the matrices of lines into the rows of each
// fiche code, those laid out in columns of text and those drawn as tables
// (tableMatrices); nil when lines hold none.
func responsibilityMatrix(lines []string) map[string]matrixRow {
	var rows map[string]matrixRow
	for i := 0; i < len(lines); i++ {
		cols := matrixHeader(lines[i])
		if cols == nil {
			continue
		}
		legend := matrixLegend(lines[max(0, i-12):i])
		j := i + 1
		for ; j < len(lines); j++ {
			if strings.TrimSpace(lines[j]) == "" {
				continue
			}
			code, row, ok := readMatrixRow(lines[j], cols, legend)
			if !ok {
				break
			}
			if rows == nil {
				rows = map[string]matrixRow{}
			}
			row.line = j
			rows[code] = row
		}
		i = j - 1
	}
	for code, row := range tableMatrices(lines) {
		if rows == nil {
			rows = map[string]matrixRow{}
		}
		if _, ok := rows[code]; !ok {
			rows[code] = row
		}
	}
	return rows
}

// matrixHeader returns the actors' columns a header line ends with: four
// acronyms at least, each set apart from the next; nil when the line is no
// such header.
func matrixHeader(line string) []matrixColumn {
	if strings.TrimSpace(line) == "" || len(line) > 400 {
		return nil
	}
	var cols []matrixColumn
	for _, tok := range fieldsAt(line) {
		if !reMatrixActor.MatchString(tok.actor) || tok.actor == "N°" {
			cols = nil // the actors are the last cells of the line
			continue
		}
		cols = append(cols, tok)
	}
	if len(cols) < minMatrixColumns {
		return nil
	}
	return cols
}

// fieldsAt splits a line into its words and where each sits, in runes.
func fieldsAt(line string) []matrixColumn {
	var out []matrixColumn
	start := -1
	pos := 0
	for _, r := range line + " " {
		if r == ' ' || r == '\t' {
			if start >= 0 {
				out = append(out, matrixColumn{start: start, end: pos})
			}
			start = -1
		} else if start < 0 {
			start = pos
		}
		pos++
	}
	runes := []rune(line)
	for i := range out {
		out[i].actor = string(runes[out[i].start:out[i].end])
	}
	return out
}

// matrixLegend reads the letters of a legend above the matrix; without
// one, "P" is the pilot and "A" (associé) a partner.
func matrixLegend(lines []string) map[string]matrixRole {
	legend := map[string]matrixRole{}
	for _, l := range lines {
		for _, m := range reLegendEntry.FindAllStringSubmatchIndex(l, -1) {
			// "R/A = pilote et arbitre" says what R and A make
			// together, not what A is.
			if m[2] > 0 && strings.ContainsAny(l[m[2]-1:m[2]], "/+,&") {
				continue
			}
			if role := legendRole(Fold(l[m[4]:m[5]])); role != roleNone {
				legend[l[m[2]:m[3]]] = role
			}
		}
	}
	if len(legend) == 0 {
		legend["P"], legend["A"] = rolePilot, rolePartner
	}
	return legend
}

// legendRole reads what a legend says a letter stands for.
func legendRole(what string) matrixRole {
	switch {
	case containsAny(what, "copilot", "co-pilot", "pilot", "porteur", "responsable"):
		return rolePilot
	case containsAny(what, "associ", "partenai", "contribu", "appui", "concour", "participe", "consult", "inform", "support"):
		return rolePartner
	case containsAny(what, "approu", "approv", "valide", "arbitr", "accountable", "decide", "decision", "rend compte"):
		return roleApprover
	}
	return roleNone
}

// readMatrixRow reads a row of the matrix under its columns: the fiche's
// code, and each letter of the legend given to the actor whose column it
// falls in. ok is false when the line is no row: no code, or no letter
// under a column.
func readMatrixRow(line string, cols []matrixColumn, legend map[string]matrixRole) (string, matrixRow, bool) {
	m := reMatrixRow.FindStringSubmatch(line)
	if m == nil || utf8.RuneCountInString(line) < cols[0].start {
		return "", matrixRow{}, false
	}
	var row matrixRow
	width := cols[len(cols)-1].end - cols[0].start
	slack := max(2, width/len(cols)/2)
	for _, tok := range fieldsAt(line) {
		role := legend[tok.actor]
		if role == roleNone {
			if tok.end <= cols[0].start {
				continue // the code and the short title
			}
			return "", matrixRow{}, false
		}
		actor := columnOf(tok, cols, slack)
		if actor == "" {
			return "", matrixRow{}, false
		}
		row.add(role, actor)
	}
	if len(row.pilots)+len(row.partners)+len(row.approvers) == 0 {
		return "", matrixRow{}, false
	}
	return CanonicalFicheID(m[1]), row, true
}

// columnOf returns the actor of the column a letter sits under: the one
// whose heading's middle is nearest the letter, within slack runes.
func columnOf(tok matrixColumn, cols []matrixColumn, slack int) string {
	best, dist := "", slack+1
	mid := (tok.start + tok.end) * 2
	for _, c := range cols {
		d := abs(mid-(c.start+c.end)*2) / 4
		if tok.start >= c.start && tok.end <= c.end {
			d = 0
		}
		if d < dist {
			best, dist = c.actor, d
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// applyMatrix gives each fiche without pilots of its own the actors of its
// row in the matrix, an acronym with its expansion when the glossary has
// it, and the row's deadline when the fiche has no calendar. A fiche that
// names no pilot ("Responsable : voir la matrice") leaves its actors to
// the matrix, and what else it read as partners gives way to the row's;
// but a fiche whose page draws the matrix as a table lists its partners
// itself ("Avec qui ? Parquet de Mende, France Victimes…"), the fuller
// answer, which stays.
func applyMatrix(doc *Document, rows map[string]matrixRow) {
	if len(rows) == 0 {
		return
	}
	expand := map[string]string{}
	for _, g := range doc.Glossary {
		expand[g.Acronym] = g.Expansion
	}
	items := func(actors []string, span Span) []Item {
		var out []Item
		for _, a := range actors {
			t := a
			if e := expand[a]; e != "" {
				t = a + " (" + e + ")"
			}
			out = append(out, Item{Text: t, Span: span})
		}
		return out
	}
	for i := range doc.Fiches {
		f := &doc.Fiches[i]
		row, ok := rows[f.ID]
		if !ok {
			continue
		}
		span := Span{StartLine: row.line + 1, EndLine: row.line + 1}
		if row.deadline != "" && (f.Calendar.Empty() || referenceOnly(f.Calendar)) {
			f.Calendar = Field{Label: row.label, Items: []Item{{Text: row.deadline, Span: span}}, Span: span}
			f.Milestones = milestones(f.Calendar)
		}
		if !f.Pilots.Empty() && !referenceOnly(f.Pilots) || len(row.leads()) == 0 {
			continue
		}
		doc.Warnings = slices.DeleteFunc(doc.Warnings, func(w string) bool {
			return strings.HasSuffix(w, ": fiche "+f.ID+" has no pilot")
		})
		f.Pilots = Field{Label: "Pilote(s)", Items: items(row.leads(), span), Span: span}
		if len(row.partners) > 0 && (f.Partners.Empty() || referenceOnly(f.Partners) || !row.table) {
			f.Partners = Field{Label: "Partenaires associés", Items: items(row.partners, span), Span: span}
		}
	}
}

// reReference is a field's value that only sends the reader elsewhere:
// "voir la matrice", "cf. tableau p. 12", "se reporter à l'annexe".
var reReference = regexp.MustCompile(`^(?:\(?\s*)?(?:voir|cf\.?|se reporter|se r[ée]f[ée]rer|consulter|see|→)\b.{0,60}$`)

// referenceOnly reports a field whose every item only sends the reader
// elsewhere.
func referenceOnly(f Field) bool {
	for _, it := range f.Items {
		if !reReference.MatchString(strings.TrimSpace(it.Text)) {
			return false
		}
	}
	return len(f.Items) > 0
}

// keepMatrixColumns puts back, in text read in content order (pdftotext
// -raw), the columns a matrix has in the same page read as laid out: raw
// prints a row's letters one space apart, and which actor each is for is
// lost. Each matrix line of layout replaces the raw line holding the same
// words.
func keepMatrixColumns(raw, layout []byte) []byte {
	lay := strings.Split(string(layout), "\n")
	var matrix []string
	for i := 0; i < len(lay); i++ {
		cols := matrixHeader(lay[i])
		if cols == nil {
			continue
		}
		matrix = append(matrix, lay[i])
		legend := matrixLegend(lay[max(0, i-12):i])
		for i++; i < len(lay); i++ {
			if strings.TrimSpace(lay[i]) == "" {
				continue
			}
			if _, _, ok := readMatrixRow(lay[i], cols, legend); !ok {
				break
			}
			matrix = append(matrix, lay[i])
		}
	}
	if len(matrix) == 0 {
		return raw
	}
	// A page's first line opens with its form feed in both readings: the
	// raw line's page break stays where it is, and the layout line's is
	// left out, or it would break the page a second time.
	byWords := map[string]string{}
	for _, l := range matrix {
		byWords[strings.Join(strings.Fields(l), " ")] = strings.TrimLeft(strings.TrimRight(l, " "), "\f")
	}
	lines := strings.Split(string(raw), "\n")
	for i, l := range lines {
		if kept, ok := byWords[strings.Join(strings.Fields(l), " ")]; ok {
			lines[i] = l[:len(l)-len(strings.TrimLeft(l, "\f"))] + kept
		}
	}
	return []byte(strings.Join(lines, "\n"))
}
