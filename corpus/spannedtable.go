package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A plan of actions may be printed as a table whose rows are the actions
// and whose first columns group them: the orientation, then the objective,
// each in a cell merged over every row it holds, and the action's own
// cell opening on its reference ("Action 1.2 : …"):
//
//	Orientation   Objectif          Action                     Pilote           Calendrier
//	              1.A Soutenir la   Action 1.1 : Proposer un                    2026-2027
//	              périnatalité      entretien prénatal
//	Orientation                     Action 1.2 : Relancer les  Service de PMI
//	1 : Agir tôt  1.B Accompagner   Action 1.3 : Déployer des                   Septembre 2026
//
// The pilot or the calendar may be merged too, over the actions that
// share it. A word processor centres a merged cell's text on the rows it
// spans, so `pdftotext -layout` prints it on the lines of a middle row, or
// across the line between two rows, and on no other row; a cell of one
// row starts on its row's first line. Read row by row, an action under a
// merged cell would have no pilot, and the action whose lines the text
// lands on would take it whole, or cut in two. readSpannedTable reads such
// a table column by column: the text of a column is cut into cells where
// a row starts, a cell that does not start on its row's first line is a
// merged one (so is a cell alone on its row's first line whose rows above
// and below are empty: centred over three rows), and every row it
// reaches, or that sits empty between it and the next cell of the
// column, gets its text. Each row is then
// written as the line parser reads a labelled fiche, as rowLines does.

// reActionRef is the reference that opens an action's cell: "Action 1.2 :",
// "Fiche action n° 4 –", or a dotted number alone ("2.3 Créer…"). A number
// without a dot and without a word before it opens a wrapped line ("17 ans
// et…"), not a row.
var reActionRef = regexp.MustCompile(`^(?:(?i:(?:fiche\s+)?actions?|fiche|fa)\s*(?:n°\s*)?(\d{1,2}(?:\.\d{1,2}){0,2}|[A-Z]{1,2}\d{1,2})|(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?))\s*(?:[:.–—-]\s*|\s+)(\S.*)$`)

// spannedHeader reads a line as the header row of a table whose actions
// are named in a column of their own, after the columns that group them
// or first: at least three field columns besides the action's, and no
// column of row numbers (unfoldColumnTables reads those tables). It
// returns the columns and the index of the action's.
func spannedHeader(line string) ([]column, int) {
	if strings.ContainsRune(line, '\f') || utf8.RuneCountInString(line) < 60 {
		return nil, -1
	}
	segs := segments(line)
	if len(segs) < 4 || isIDHead(strings.TrimSuffix(normalizeLabel(segs[0].text), ".")) && !isActionHead(segs[0].text) {
		return nil, -1
	}
	action, fields := -1, 0
	var cols []column
	for i, s := range segs {
		k := knownKind(s.text, normalizeLabel(s.text))
		if action < 0 && isActionHead(s.text) {
			action, k = i, fNone
		}
		if k != fNone {
			fields++
		}
		cols = append(cols, column{start: s.start, label: strings.TrimSpace(s.text), kind: k})
	}
	if action < 0 || fields < 3 {
		return nil, -1
	}
	return cols, action
}

// isActionHead reports the label of a column of actions: "Action",
// "Actions", "Fiche action", "Intitulé de l'action".
func isActionHead(label string) bool {
	switch normalizeLabel(label) {
	case "action", "actions", "action(s)", "fiche action", "fiches actions", "intitule de l'action", "libelle de l'action":
		return true
	}
	return false
}

// spannedRow is a row of a table of merged cells: its reference, its
// title and, for each column, its cell's text.
type spannedRow struct {
	id, title string
	// cells holds each column's items: one, or one a line of a cell
	// that lists them.
	cells [][]string
}

// spannedBlock is the text of one cell of a column: the body lines it
// covers, its lines, and whether it is a row's own cell (it starts on the
// row's first line and stays in the row).
type spannedBlock struct {
	first, last int
	text        []string
	own         bool
}

// readSpannedTable reads the table whose header is line i (see
// spannedHeader) and returns its rows written as fiches, with the page
// furniture of the pages it runs over, the indexes in its output where a
// fiche ends before that furniture, and the index of the first line of
// text after it. It returns nil when the line heads no such table.
func readSpannedTable(lines []string, i int) ([]string, []int, int) {
	cols, action := spannedHeader(lines[i])
	if cols == nil {
		return nil, nil, i
	}
	body, passed, next := spannedBody(lines, i+1, headerKey(cols))
	cells := make([][]string, len(body)) // each body line cut under the columns
	var rowAt []int                      // the body lines that open a row
	var rows []*spannedRow
	// Each page sets the columns a little apart from the others, as
	// widely as its own text needs.
	from := 0
	for _, p := range append(passed, passedLines{at: len(body)}) {
		starts := dataStarts(body[from:p.at], cols)
		for l := from; l < p.at; l++ {
			cells[l] = cutLine(body[l], starts)
		}
		from = p.at
	}
	for l := range body {
		// Under a header that opens on its actions, a bare number opens
		// a sub-action of the fiche around the table (see
		// subActionLines), not a fiche.
		if m := reActionRef.FindStringSubmatch(cells[l][action]); m != nil && (m[1] != "" || action > 0) {
			id := m[1] + m[2]
			rowAt = append(rowAt, l)
			rows = append(rows, &spannedRow{id: id, cells: make([][]string, len(cols))})
			cells[l][action] = m[3]
		}
	}
	if len(rows) == 0 {
		return nil, nil, i
	}
	compounds := hyphenCompounds(lines)
	// A merged cell never runs over a page: each page's part of the
	// table is read apart, the lines above its first row going on with
	// the row the page before ended on.
	from = 0
	for _, p := range append(passed, passedLines{at: len(body)}) {
		var local []int // the rows of the part, as indexes into rows
		var at []int    // where they open, in the part's lines
		for r, l := range rowAt {
			if l >= from && l < p.at {
				if len(local) == 0 && r > 0 && hasText(cells[from:l]) {
					local, at = append(local, r-1), append(at, 0)
				}
				local, at = append(local, r), append(at, l-from)
			}
		}
		if len(local) == 0 && hasText(cells[from:p.at]) {
			if r := rowOf(from, rowAt); rowAt[r] < from {
				local, at = []int{r}, []int{0}
			}
		}
		if len(local) > 0 {
			readSpannedPart(cells[from:p.at], at, cols, action, compounds, func(k int) *spannedRow { return rows[local[k]] })
		}
		from = p.at
	}
	var out []string
	var ends []int
	// The furniture of a page break goes before the first row of the
	// next page; the fiche above it ends there.
	pass := func(p passedLines) {
		ls := p.lines
		for len(ls) > 0 && strings.TrimSpace(ls[0]) == "" {
			ls = ls[1:]
		}
		ends = append(ends, len(out))
		out = append(out, ls...)
	}
	for r, row := range rows {
		for _, p := range passed {
			if p.at <= rowAt[r] && (r == 0 || p.at > rowAt[r-1]) {
				pass(p)
			}
		}
		out = append(out, "", "Fiche action n°"+strings.TrimSuffix(row.id, ".")+" : "+row.title)
		for c, col := range cols {
			// A column before the action's that names no field is the
			// orientation, whose heading the document prints above its
			// table: it is no field of the fiche.
			items := row.cells[c]
			if c == action || len(items) == 0 || (c < action && col.kind == fNone) {
				continue
			}
			if len(items) == 1 {
				out = append(out, col.label+" : "+items[0])
				continue
			}
			out = append(out, col.label+" :")
			for _, it := range items {
				out = append(out, "- "+it)
			}
		}
		out = append(out, "")
	}
	for _, p := range passed {
		if p.at > rowAt[len(rowAt)-1] {
			pass(p)
		}
	}
	// A page's break is kept, though TrimSpace counts it as a space.
	for next < len(lines) && strings.TrimSpace(lines[next]) == "" && !strings.ContainsRune(lines[next], '\f') {
		next++
	}
	return out, ends, next
}

// readSpannedPart reads the cells of a page's part of a table into its
// rows: row k opens on line at[k] of cells.
func readSpannedPart(cells [][]string, at []int, cols []column, action int, compounds map[string]bool, row func(int) *spannedRow) {
	for c := range cols {
		blocks := columnBlocks(cells, c, at)
		if c == action {
			for _, b := range blocks {
				r := row(rowOf(b.first, at))
				r.title = strings.TrimSpace(r.title + " " + joinCellLines(b.text, compounds))
			}
			continue
		}
		for k, b := range spanRows(blocks, at, len(cells)) {
			r := row(k)
			switch {
			case b == nil:
			case cols[c].kind == fPartners || cols[c].kind == fIndicators || cols[c].kind == fCalendar:
				r.cells[c] = append(r.cells[c], cellLinesItems(b.text, compounds)...)
			default:
				// A pilot's or an objective's name wraps onto words in
				// capitals ("Direction" over "Enfance Familles"): it is
				// one item.
				r.cells[c] = append(r.cells[c], joinCellLines(b.text, compounds))
			}
		}
	}
}

// hasText reports cut lines that hold some text.
func hasText(cells [][]string) bool {
	for _, l := range cells {
		for _, c := range l {
			if c != "" {
				return true
			}
		}
	}
	return false
}

// passedLines are lines of the input kept out of a table's body (a page's
// footer, its break and running title between two parts of the table),
// and the body line they came before.
type passedLines struct {
	at    int
	lines []string
}

// spannedBody returns the lines of a table's body from line i on: up to
// two blank lines in a row or a page break, then, when the next page
// repeats the table's header, on over that page, whether the table goes
// on there or the next axis's table opens with the same columns: its
// heading is read as such among the furniture. The furniture between the
// parts is returned apart; blank body lines stand for it, so that no cell
// runs over a page.
func spannedBody(lines []string, i int, key string) (body []string, passed []passedLines, next int) {
	blanks := 0
	for ; i < len(lines); i++ {
		l := lines[i]
		blank := strings.TrimSpace(l) == ""
		if strings.ContainsRune(l, '\f') || (blank && blanks > 0) {
			h := repeatedHeader(lines, i, key)
			if h < 0 {
				break
			}
			passed = append(passed, passedLines{at: len(body), lines: lines[i:h]})
			body = append(body, "", "")
			i, blanks = h, 0
			continue
		}
		if blank {
			blanks++
		} else {
			blanks = 0
		}
		body = append(body, l)
	}
	return body, passed, i
}

// maxFurnitureLines is the most lines a page's footer, break and running
// title take between two parts of a table.
const maxFurnitureLines = 16

// repeatedHeader returns the index of the header with the given key that
// a word processor repeats at the top of the next page, after a page break
// within a few lines of line i; -1 when the table does not go on.
func repeatedHeader(lines []string, i int, key string) int {
	brk := false
	for j := i; j < len(lines) && j < i+maxFurnitureLines; j++ {
		if strings.ContainsRune(lines[j], '\f') {
			brk = true
			continue
		}
		if !brk || strings.TrimSpace(lines[j]) == "" {
			continue
		}
		if cols, _ := spannedHeader(lines[j]); cols != nil && headerKey(cols) == key {
			return j
		}
	}
	return -1
}

// dataStarts returns where each column's cells start. A header's label is
// often centred above its column: the column starts at the leftmost place
// where two lines of the body or more start a run, between the previous
// label's middle and its own, else at its label.
func dataStarts(body []string, cols []column) []int {
	counts := map[int]int{}
	for _, l := range body {
		for _, s := range segments(l) {
			counts[s.start]++
		}
	}
	middle := func(c column) int { return c.start + utf8.RuneCountInString(c.label)/2 }
	starts := make([]int, len(cols))
	for k, col := range cols {
		lo := -1
		if k > 0 {
			lo = max(middle(cols[k-1]), starts[k-1])
		}
		starts[k] = col.start
		for s := lo + 1; s <= middle(col); s++ {
			if counts[s-1]+counts[s]+counts[s+1] >= 2 && counts[s] > 0 {
				starts[k] = s
				break
			}
		}
	}
	return starts
}

// cutLine puts the runs of a line under the columns that start at or
// left of them, cutting a run that crosses where a column starts.
func cutLine(line string, starts []int) []string {
	out := make([]string, len(starts))
	for _, s := range segments(line) {
		p := placedRun{segment: s, col: columnAt(s.start, starts)}
		for c, text := range cutAtColumns(p, starts) {
			out[c] = strings.TrimSpace(out[c] + " " + text)
		}
	}
	return out
}

// rowOf returns the row whose lines hold body line l: the last row that
// opens at or above it, the first row for the lines above every row.
func rowOf(l int, rowAt []int) int {
	r := 0
	for k, at := range rowAt {
		if at <= l {
			r = k
		}
	}
	return r
}

// columnBlocks cuts the text of column c into cells. Lines of one row are
// one cell. Where a row starts, the text goes on in the same cell only if
// it follows the line before closely and reads as its continuation (in
// lower case, or after a comma or a word that needs one after it): a
// merged cell centred across the line between two rows.
func columnBlocks(cells [][]string, c int, rowAt []int) []*spannedBlock {
	var blocks []*spannedBlock
	var cur *spannedBlock
	for l := range cells {
		t := cells[l][c]
		if t == "" {
			continue
		}
		if cur != nil {
			opens := rowOf(l, rowAt) != rowOf(cur.last, rowAt)
			if !opens || (l-cur.last <= 2 && continuesCellLine(cur.text[len(cur.text)-1], t)) {
				cur.last = l
				cur.text = append(cur.text, t)
				continue
			}
		}
		cur = &spannedBlock{first: l, last: l, text: []string{t}}
		blocks = append(blocks, cur)
	}
	for _, b := range blocks {
		r := rowOf(b.first, rowAt)
		b.own = (b.first == rowAt[r] || r == 0 && b.first < rowAt[0]) && rowOf(b.last, rowAt) == r
	}
	return blocks
}

// spanRows returns the cell of each row in one column: the cell whose
// lines reach the row, else, when the table's cells of one row start on
// its first line, the nearest merged cell above or below whose rows in
// between are empty too. A row with no cell gets nil.
func spanRows(blocks []*spannedBlock, rowAt []int, lines int) []*spannedBlock {
	out := make([]*spannedBlock, len(rowAt))
	for _, b := range blocks {
		for r := rowOf(b.first, rowAt); r <= rowOf(b.last, rowAt); r++ {
			if out[r] == nil {
				out[r] = b
			}
		}
	}
	merged := false
	for _, b := range blocks {
		// Centred on three rows or more, a merged cell's text may
		// land on the first line of a middle row, as a row's own cell
		// does; but the empty cells on either side of it give it away.
		if r := rowOf(b.first, rowAt); b.own && r > 0 && r+1 < len(rowAt) && out[r-1] == nil && out[r+1] == nil {
			b.own = false
		}
		merged = merged || !b.own
	}
	if !merged {
		return out
	}
	reached := append([]*spannedBlock(nil), out...)
	end := func(r int) int { // the last body line of row r
		if r+1 < len(rowAt) {
			return rowAt[r+1] - 1
		}
		return lines - 1
	}
	for r := range rowAt {
		if reached[r] != nil {
			continue
		}
		var best *spannedBlock
		dist := -1
		for _, step := range []int{-1, 1} {
			k := r + step
			for k >= 0 && k < len(rowAt) && reached[k] == nil {
				k += step
			}
			if k < 0 || k >= len(rowAt) || reached[k].own {
				continue
			}
			b := reached[k]
			d := b.first - end(r)
			if step < 0 {
				d = rowAt[r] - b.last
			}
			if dist < 0 || d < dist {
				best, dist = b, d
			}
		}
		out[r] = best
	}
	return out
}

// continuesCellLine reports a line of a cell that goes on from prev rather
// than opening a new item: it starts in lower case or with punctuation,
// or prev ends on a comma, a colon, a dash or a word that needs another
// after it ("hors du" over "Gers").
func continuesCellLine(prev, t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if unicode.IsLower(r) || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return true
	}
	if strings.HasSuffix(prev, ",") || strings.HasSuffix(prev, ":") || strings.HasSuffix(prev, "-") || strings.HasSuffix(prev, "–") {
		return true
	}
	f := strings.Fields(prev)
	if len(f) == 0 {
		return false
	}
	switch strings.ToLower(f[len(f)-1]) {
	case "de", "du", "des", "d'", "la", "le", "les", "l'", "à", "au", "aux", "et", "ou", "en", "pour", "par", "sur", "avec", "dans":
		return true
	}
	return false
}

// cellLinesItems joins the lines of a cell into its items: a line that does
// not go on from the one above (see continuesCellLine) opens an item, as a
// cell listing its partners or indicators one a line does.
func cellLinesItems(parts []string, compounds map[string]bool) []string {
	var items [][]string
	for k, p := range parts {
		if k == 0 || !continuesCellLine(parts[k-1], p) {
			items = append(items, nil)
		}
		items[len(items)-1] = append(items[len(items)-1], p)
	}
	texts := make([]string, len(items))
	for k, it := range items {
		texts[k] = joinCellLines(it, compounds)
	}
	return texts
}
