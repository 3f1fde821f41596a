package corpus

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A plan of actions printed as one wide table, one column per field, comes
// out of `pdftotext -layout` with the cells of a row side by side on the
// same lines:
//
//	N°   Intitulé et objectifs   Contenu de l'action   Pilote        Échéance
//	2.1  Sécuriser le circuit    Réviser le protocole  Cellule de    Fin 2025
//	     des informa-            départemental IP      Recueil des
//
// No line holds one field, so the line parser would read the row as one
// paragraph. unfoldColumnTables finds such tables by their header row (at
// least three field labels, two spaces or more apart), cuts each line at the
// header's column starts, and writes each row as a fiche heading followed by
// one "Label : text" line per column, which the parser reads like any
// labelled fiche. It also returns the lines, in its output, that follow a
// table: the text there is no longer the last row's; and the rows of a
// table that sums up actions told before it, which write no fiche but
// give those actions their fields (see actionsummary.go).
func unfoldColumnTables(lines []string) ([]string, map[int]bool, []summaryRow) {
	var out []string
	var rowsOf []summaryRow
	ends := map[int]bool{}
	joins := &tableJoins{}
	changed := false
	for i := 0; i < len(lines); i++ {
		if figs, n := figureRow(lines, i); figs != nil {
			out = append(out, figs...)
			changed = true
			i += n - 1
			continue
		}
		if rows, n := laidFigureTable(lines, i); rows != nil {
			out = append(out, rows...)
			changed = true
			i += n - 1
			continue
		}
		if f := readSidebarFiche(lines, i); f != nil {
			out = append(out, f.lines()...)
			changed = true
			i = f.next - 1
			continue
		}
		// A table whose actions sit under merged cells that group them
		// is read column by column (see readSpannedTable).
		if rows, inner, next := readSpannedTable(lines, i); rows != nil {
			for _, e := range inner {
				ends[len(out)+e] = true
			}
			out = append(out, rows...)
			ends[len(out)] = true
			changed = true
			i = next - 1
			continue
		}
		cols, brk := headerAfterBreak(lines[i])
		if cols == nil {
			out = append(out, lines[i])
			continue
		}
		rows, meta, next := readColumnCells(lines, i+1, cols)
		if len(rows) == 0 {
			out = append(out, lines[i])
			continue
		}
		changed = true
		if brk {
			// The page's break stays where the header was.
			out = append(out, "\f")
		}
		if sub := subActionLines(lines, i, cols, rows, meta); sub != nil {
			// The fiche goes on after its table of sub-actions: no
			// end is marked.
			out = append(out, sub...)
			i = next - 1
			continue
		}
		// A table that sums up the actions told before it gives them
		// their fields (see actionsummary.go).
		told := toldActions(out)
		summary := summaryOfActions(meta, told)
		for k, r := range rows {
			if m := meta[k]; m != nil && summary {
				if told[labelKey(CanonicalFicheID(m.id))] {
					rowsOf = append(rowsOf, summaryRow{row: m, cols: cols, line: len(out) + 1})
					continue
				}
			}
			// A row of a later table whose code is a fiche's already
			// read ("F04" in the table of pilots after the table of
			// contents) is that fiche's.
			if m := meta[k]; m != nil && joins.join(m, cols) {
				continue
			}
			out = append(out, r...)
			if m := meta[k]; m != nil {
				joins.read(m, cols, len(out)-1)
			}
		}
		ends[len(out)] = true
		i = next - 1
	}
	if !changed {
		return lines, nil, nil
	}
	out, ends = joins.insert(out, ends)
	return out, ends, rowsOf
}

// headerAfterBreak reads a line as a table's header, as columnHeader
// does, and also the header that opens a page: its line starts with the
// page's form feed. brk reports that form feed.
func headerAfterBreak(line string) (cols []column, brk bool) {
	if rest, ok := strings.CutPrefix(line, "\f"); ok {
		return columnHeader(rest), true
	}
	return columnHeader(line), false
}

// hasColumnTable reports lines that hold a table of actions, one column a
// field, with at least one row, or a fiche whose fields sit in a band on
// the right (see readSidebarFiche): either is read only as laid out.
func hasColumnTable(lines []string) bool {
	if hasSidebarFiche(lines) {
		return true
	}
	for i, l := range lines {
		if rows, _, _ := readSpannedTable(lines, i); rows != nil {
			return true
		}
		if cols := columnHeader(l); cols != nil {
			if rows, _ := readColumnRows(lines, i+1, cols); len(rows) > 0 {
				return true
			}
		}
	}
	return false
}

// column is one column of a table header: where it starts on the line, in
// runes, and its label.
type column struct {
	start int
	label string
	kind  fieldKind
	// period is the time expression a column of a chart's timeline
	// stands for ("2025 T2"), "" for any other column.
	period string
}

// segment is a run of text on a line, set apart from the next by two
// spaces or more.
type segment struct {
	start int // in runes
	text  string
}

func segments(line string) []segment {
	var out []segment
	runes := []rune(strings.ReplaceAll(line, "\t", "    "))
	i := 0
	for i < len(runes) {
		for i < len(runes) && runes[i] == ' ' {
			i++
		}
		if i >= len(runes) {
			break
		}
		start := i
		for i < len(runes) && !(runes[i] == ' ' && (i+1 >= len(runes) || runes[i+1] == ' ')) {
			i++
		}
		out = append(out, segment{start: start, text: string(runes[start:i])})
	}
	return out
}

// idHeads are the labels of a table's first column, which numbers the rows.
var idHeads = map[string]bool{"n°": true, "no": true, "n": true, "num": true, "numero": true, "ref": true, "reference": true,
	"action": true, "fiche": true, "fa": true, "#": true, "id": true, "code": true,
	// The outline number of a project tool's task: "WBS", "EDT"
	// (structure de découpage du travail), "Hiérarchie".
	"wbs": true, "edt": true, "hierarchie": true}

// isIDHead reports a normalized label that heads a column of numbers:
// one of idHeads, or a number word before what it numbers ("n° fiche",
// "réf. action", "numéro de l'action").
func isIDHead(norm string) bool {
	if idHeads[norm] {
		return true
	}
	w := strings.Fields(norm)
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	switch strings.TrimSuffix(w[0], ".") {
	case "n°", "no", "num", "numero", "ref", "reference", "code":
		return true
	}
	return false
}

// columnHeader reads a line as the header row of a table of actions: an
// identifier column first, then at least three columns whose labels are
// fields, or two that together say enough: titles and one more field, or
// who carries each action and when it is due.
func columnHeader(line string) []column {
	if strings.ContainsRune(line, '\f') || utf8.RuneCountInString(line) < 60 {
		return nil
	}
	segs := segments(line)
	if len(segs) < 4 || !idHeads[strings.TrimSuffix(normalizeLabel(segs[0].text), ".")] {
		return nil
	}
	var cols []column
	fields := 0
	titled := false
	for i, s := range segs {
		k := knownKind(s.text, normalizeLabel(s.text))
		// The column right after the number, headed "Action" or
		// "Actions", names each row: it is the title, not a field.
		if i == 1 && k == fActions {
			k, titled = fNone, true
		}
		if k != fNone {
			fields++
		}
		cols = append(cols, column{start: s.start, label: strings.TrimSpace(s.text), kind: k})
	}
	// "CODE  INTITULÉ DE LA FICHE  OBJECTIFS  ACTIONS": a table of the
	// fiches' contents, its pilots in another table, has two fields
	// after a column of titles. "N°  Action  Pilote  Échéance", a
	// fiche's plan of actions, has two as well (see planrows.go).
	if fields < 3 && !(fields == 2 && len(cols) > 1 && titleWords[firstWord(normalizeLabel(cols[1].label)+" x")]) && !(titled && ownedAndDue(cols)) {
		return nil
	}
	return cols
}

// reRowID is the identifier that opens a row: "2.1", "A3", "FA 12", and
// the action of a lettered objective of a Roman orientation ("II.B.2").
var reRowID = regexp.MustCompile(`^(?:[A-Z]{0,2}\s?\d{1,2}(?:\.\d{1,2}){0,2}|[A-Z]\.?\d{1,2}|[IVX]{1,4}\.[A-H]\.\d{1,2})\.?$`)

// readColumnRows reads the rows of a table from line i on. It returns the
// rewritten lines, one slice per row or passed-through line, and the index
// of the first line after the table.
func readColumnRows(lines []string, i int, cols []column) ([][]string, int) {
	out, _, next := readColumnCells(lines, i, cols)
	return out, next
}

// readColumnCells is readColumnRows that also returns, for each row of
// its output, the row's cells under their columns (nil for a line passed
// through), for a later table to join its rows to the fiches by code.
func readColumnCells(lines []string, i int, cols []column) ([][]string, []*tableRow, int) {
	var out [][]string
	var meta []*tableRow
	var rowSegs [][]segment // the current row's lines, cut in runs
	compounds := hyphenCompounds(lines)
	rowID := ""
	titled := false // the current row's number opens its title
	// A row cut by a page break goes on under the next page's repeated
	// header, its number not repeated: last is the row written before
	// the break, which such a line opens again and rewrites in place.
	type written struct {
		id     string
		segs   [][]segment
		titled bool
		at     int
	}
	var last *written
	reopened := -1
	flush := func() {
		if rowID == "" {
			return
		}
		cells := assignRow(rowSegs, cols)
		lines, row := rowLines(rowID, cols, cells, compounds), newTableRow(rowID, cols, cells, compounds)
		at := len(out)
		if reopened >= 0 {
			// The page's furniture passed since the row was first
			// written goes before it: the row's fields read whole.
			at = len(out) - 1
			out = append(append(out[:reopened:reopened], out[reopened+1:]...), lines)
			meta = append(append(meta[:reopened:reopened], meta[reopened+1:]...), row)
		} else {
			out = append(out, lines)
			meta = append(meta, row)
		}
		last = &written{id: rowID, segs: rowSegs, titled: titled, at: at}
		rowID, rowSegs, reopened = "", nil, -1
	}
	// afterBreak is set at a page break, repeated when the table's
	// header opens the next page.
	afterBreak, repeated := false, false
	pass := func(l []string) {
		out = append(out, l)
		meta = append(meta, nil)
	}
	tolerance := 2
	colOf := func(start int) int {
		c := 0
		for k, col := range cols {
			if start+tolerance >= col.start {
				c = k
			}
		}
		return c
	}
	rows := 0
	for ; i < len(lines); i++ {
		line := lines[i]
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		if strings.ContainsRune(line, '\f') {
			// A page ends the row: the table goes on after the page's
			// furniture, under a repeated header.
			flush()
			afterBreak = true
			// With no running header above it, the repeated header
			// is the page's first line, the form feed its own: the
			// page break stays, the header row goes.
			if h := columnHeader(strings.TrimLeft(line, "\f")); h != nil {
				if headerKey(h) != headerKey(cols) {
					cols = h
				}
				repeated = true
				pass([]string{"\f"})
				continue
			}
			pass([]string{line})
			continue
		}
		if rePageNumber.MatchString(t) || (colOf(segments(line)[0].start) > 0 || headerOpensNextPage(lines, i, cols)) && pageFoot(lines, i) {
			// The page's number, or its footer, printed under its
			// last row; a footer that starts in the first column
			// ends the table below.
			flush()
			pass([]string{line})
			continue
		}
		if h := columnHeader(line); h != nil {
			flush()
			// The header repeated at the top of a page is the same
			// table's: where its rows showed the columns start still
			// holds, whereas the labels are often centred above them.
			if headerKey(h) != headerKey(cols) {
				cols = h
			}
			repeated = afterBreak
			continue
		}
		segs := segments(line)
		first := colOf(segs[0].start)
		if repeated && rowID == "" && first > 0 && last != nil && len(segs) > 1 {
			// The row of the page before goes on: its cells' next
			// lines, under the repeated header.
			rowID, rowSegs, titled, reopened = last.id, append(slices.Clone(last.segs), segs), last.titled, last.at
			afterBreak, repeated = false, false
			continue
		}
		afterBreak, repeated = false, false
		if id, rest, ok := titledRowID(segs[0]); ok && first == 0 {
			// "4.2 Mettre en service…": the row's number opens the
			// text of its first column, which is the action's title.
			flush()
			rowID, titled = id, true
			rows++
			rowSegs = [][]segment{append([]segment{rest}, segs[1:]...)}
			continue
		}
		if titled && first == 0 && rowID != "" && strings.TrimSpace(lines[i-1]) != "" {
			// The title goes on in the first column.
			rowSegs = append(rowSegs, segs)
			continue
		}
		switch {
		case first == 0 && reRowID.MatchString(segs[0].text) && len(segs) > 1:
			flush()
			// A row whose every cell is filled shows where the columns
			// start: headers are often centred above them.
			if len(segs) == len(cols) {
				cols = slices.Clone(cols)
				for k := range cols {
					cols[k].start = segs[k].start
				}
			}
			rowID, titled = segs[0].text, false
			rows++
			segs = segs[1:]
		case first == 0:
			// A line that starts in the identifier column without an
			// identifier is a heading between rows ("ORIENTATION 2 –
			// …"), or, after a blank line, the text that follows the
			// table.
			flush()
			if rows > 0 && strings.TrimSpace(lines[i-1]) == "" && !isCapitalHeading(t) && matchAxis(t) == nil {
				return out, meta, i
			}
			pass([]string{line})
			continue
		}
		if rowID == "" {
			pass([]string{line})
			continue
		}
		rowSegs = append(rowSegs, segs)
	}
	flush()
	if rows == 0 {
		return nil, nil, i
	}
	return out, meta, i
}

// pageFoot reports line i as the footer of a page under a table: text
// after a blank line, with nothing but blank lines after it before the
// next page starts, printed again elsewhere but for its numbers
// ("Département … – page 12"). Text printed once is the end of a row.
func pageFoot(lines []string, i int) bool {
	if i == 0 || strings.TrimSpace(lines[i-1]) != "" {
		return false
	}
	for j := i + 1; j < len(lines); j++ {
		if strings.ContainsRune(lines[j], '\f') {
			break
		}
		if strings.TrimSpace(lines[j]) != "" {
			return false
		}
	}
	text := withoutDigits(lines[i])
	for j, l := range lines {
		if j != i && withoutDigits(l) == text {
			return true
		}
	}
	return false
}

// headerOpensNextPage reports that the next page, after line i, opens on
// the header of the table cols is: the table goes on there, though the
// footer above starts in its first column.
func headerOpensNextPage(lines []string, i int, cols []column) bool {
	for j := i + 1; j < len(lines); j++ {
		if !strings.ContainsRune(lines[j], '\f') {
			if strings.TrimSpace(lines[j]) != "" {
				return false
			}
			continue
		}
		h := columnHeader(strings.TrimLeft(lines[j], "\f"))
		return h != nil && headerKey(h) == headerKey(cols)
	}
	return false
}

// withoutDigits is a line's text, trimmed, its digits left out.
func withoutDigits(l string) string {
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) || r == '\f' {
			return -1
		}
		return r
	}, l))
}

// isCapitalHeading reports a line in capitals: a heading between the rows.
func isCapitalHeading(t string) bool {
	return strings.ToUpper(t) == t && strings.IndexFunc(t, unicode.IsLetter) >= 0
}

var reObjectivesLabel = regexp.MustCompile(`(?i)\bobjectifs?\s*:`)

// rowLines writes a row as a fiche heading and one labelled line per
// column. The first column that is not a field holds the title, and often
// the objectives after an "Objectifs :" of their own.
func rowLines(id string, cols []column, cells [][]string, compounds map[string]bool) []string {
	// A number that opens its row's title ("4.2 Mettre en service…")
	// leaves the title in the first column.
	title := joinCellLines(cells[0], compounds)
	var fields []string
	titled := title != ""
	for c := 1; c < len(cols); c++ {
		text := joinCellLines(cells[c], compounds)
		if text == "" {
			continue
		}
		if !titled && cols[c].kind == fNone {
			titled = true
			title = text
			// A column that joins the action and its content ("Action
			// et contenu") opens on the title, a sentence; the content
			// follows it.
			if head, rest := firstSentence(text); rest != "" && joinsContent(cols[c].label) {
				title = head
				fields = append(fields, cols[c].label+" : "+rest)
				continue
			}
			if loc := reObjectivesLabel.FindStringIndex(text); loc != nil && loc[0] > 0 {
				fields = append(fields, strings.TrimSpace(text[loc[0]:]))
				title = strings.TrimSpace(text[:loc[0]])
			}
			continue
		}
		fields = append(fields, cols[c].label+" : "+text)
	}
	out := []string{"", "Fiche action n°" + strings.TrimSuffix(id, ".") + " : " + title}
	return append(append(out, fields...), "")
}

// joinsContent reports the label of a column that holds an action's title
// and what it is made of: "Action et contenu", "Intitulé et description".
func joinsContent(label string) bool {
	head, tail, ok := strings.Cut(normalizeLabel(label), " et ")
	if !ok {
		return false
	}
	switch tail {
	case "contenu", "description", "modalites", "declinaison", "mise en oeuvre":
		return knownKind(head, head) == fActions || strings.HasPrefix(head, "intitule")
	}
	return false
}

// firstSentence cuts text after its first full stop that a capital
// follows, unless an initial or a title ends there ("M. Durand"); the
// sentence loses its stop. rest is "" when text is one sentence.
func firstSentence(text string) (head, rest string) {
	for i := 0; i+2 < len(text); i++ {
		if text[i] != '.' || text[i+1] != ' ' || abbreviationBefore(text[:i]) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(text[i+2:]); unicode.IsUpper(r) {
			return strings.TrimSpace(text[:i]), strings.TrimSpace(text[i+2:])
		}
	}
	return text, ""
}

// reCompound is a word written with a hyphen: "sages-femmes".
var reCompound = regexp.MustCompile(`\p{L}+-\p{L}+`)

// hyphenCompounds returns the words lines write with a hyphen, folded.
func hyphenCompounds(lines []string) map[string]bool {
	out := map[string]bool{}
	for _, l := range lines {
		if strings.IndexByte(l, '-') < 0 {
			continue
		}
		for _, w := range reCompound.FindAllString(l, -1) {
			out[Fold(w)] = true
		}
	}
	return out
}

// joinCellLines joins the lines of a cell, mending the words the layout
// hyphenated at the end of a line ("informa-" "tions"), but not those the
// document writes with their hyphen elsewhere (compounds): "sages-"
// "femmes" stays "sages-femmes".
func joinCellLines(parts []string, compounds map[string]bool) string {
	var b strings.Builder
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		s := b.String()
		switch {
		case s == "":
		case strings.HasSuffix(s, " -"):
			// "Direction Enfance Famille -" over "mission…": a dash
			// after a space sets words apart, it cuts none.
			b.WriteByte(' ')
		case strings.HasSuffix(s, "-") && len(s) > 1 && unicode.IsLetter(lastRune(s[:len(s)-1])) && unicode.IsLower(firstRune(p)) && !compounds[Fold(lastWord(s)+firstWord(p))]:
			b.Reset()
			b.WriteString(s[:len(s)-1])
		case strings.HasSuffix(s, "-"):
		default:
			b.WriteByte(' ')
		}
		b.WriteString(p)
	}
	return b.String()
}

// lastWord and firstWord are the words at either end of s, their
// punctuation left out.
func lastWord(s string) string {
	f := strings.Fields(s)
	return strings.TrimLeft(f[len(f)-1], "(«\"'’")
}

func firstWord(s string) string {
	return strings.TrimRight(strings.Fields(s)[0], ",;.:)»\"")
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// reFigureCell is a key figure alone in its box: "2 874", "61 %", "+11 %".
var reFigureCell = regexp.MustCompile(`^[+-]?\s?\d{1,3}(?:[  ]\d{3})*(?:[,.]\d+)?\s?(?:%|€|k€|M€)?$`)

// figureRow reads a row of key-figure boxes as `pdftotext -layout` prints
// them: the figures side by side on one line, each box's label centred
// under its figure on the next lines.
//
//	      2 874                         1 587
//	informations préoccupantes     enfants confiés à l'ASE
//	reçues par la CRIP en 2022     au 31/12/2022
//
// It returns one line per box, the figure then its label ("2 874
// informations préoccupantes reçues par la CRIP en 2022"), and how many
// lines of the input the row took; nil when line i is no such row.
func figureRow(lines []string, i int) ([]string, int) {
	figs := segments(lines[i])
	if len(figs) < 2 {
		return nil, 0
	}
	for _, f := range figs {
		if !reFigureCell.MatchString(f.text) {
			return nil, 0
		}
	}
	center := func(s segment) int { return s.start + utf8.RuneCountInString(s.text)/2 }
	labels := make([][]string, len(figs))
	n := 1
	for j := i + 1; j < len(lines) && j <= i+3; j++ {
		segs := segments(lines[j])
		if len(segs) == 0 || strings.ContainsRune(lines[j], '\f') {
			break
		}
		if reFigureCell.MatchString(segs[0].text) {
			break
		}
		for _, sg := range segs {
			best, dist := 0, -1
			for k, f := range figs {
				d := center(sg) - center(f)
				if d < 0 {
					d = -d
				}
				if dist < 0 || d < dist {
					best, dist = k, d
				}
			}
			labels[best] = append(labels[best], sg.text)
		}
		n++
	}
	if n == 1 {
		return nil, 0
	}
	out := make([]string, 0, len(figs)+1)
	for k, f := range figs {
		if len(labels[k]) == 0 {
			return nil, 0
		}
		out = append(out, f.text+" "+joinCellLines(labels[k], nil))
	}
	return append(out, ""), n
}

// unfoldLabelBlocks rewrites the tables that a PDF conversion prints column
// by column: the labels of a fiche's table one under the other ("Axe",
// "Pilote", "Partenaires", "Échéance"), then, after the page furniture the
// conversion put in between, their values in the same order. Each label
// line becomes "Label : value" and the value lines are emptied, so that line
// numbers stay those of the file. A value that wraps (its line ends with a
// comma, or the next line starts in lower case) is one value; when the
// values do not match the labels one to one, the block is left as it is.
func unfoldLabelBlocks(lines []string, furniture []bool) {
	counts := map[string]int{}
	for _, l := range lines {
		if t := strings.TrimSpace(l); t != "" && len(t) < 40 {
			counts[t]++
		}
	}
	vocabulary := func(t string) bool {
		if len(t) >= 40 || strings.HasSuffix(t, ".") {
			return false
		}
		k, rest := labelKind(t)
		return k != fNone && rest == ""
	}
	labelLike := func(t string) bool {
		if vocabulary(t) {
			return true
		}
		r, _ := utf8.DecodeRuneInString(t)
		return len(strings.Fields(t)) <= 3 && unicode.IsUpper(r) && counts[t] >= 3 &&
			strings.IndexFunc(t, unicode.IsDigit) < 0 && !strings.ContainsAny(t, ".:;,")
	}
	for i := 0; i < len(lines); i++ {
		var labels []int
		known := 0
		j := i
		for ; j < len(lines); j++ {
			t := strings.TrimSpace(lines[j])
			if t == "" && len(labels) > 0 && j+1 < len(lines) && labelLike(strings.TrimSpace(lines[j+1])) {
				continue // a blank line between two labels
			}
			if t == "" || furniture[j] || !labelLike(t) {
				break
			}
			labels = append(labels, j)
			if vocabulary(t) {
				known++
			}
		}
		if known < 3 {
			continue
		}
		// The values: after blank lines and furniture, the lines up to the
		// next blank line.
		for j < len(lines) && (strings.TrimSpace(lines[j]) == "" || furniture[j]) {
			j++
		}
		var values [][]int // line indexes of each value
		for ; j < len(lines) && strings.TrimSpace(lines[j]) != "" && !furniture[j]; j++ {
			t := strings.TrimSpace(lines[j])
			if n := len(values); n > 0 {
				prev := strings.TrimSpace(lines[values[n-1][len(values[n-1])-1]])
				if strings.HasSuffix(prev, ",") || strings.HasSuffix(prev, "-") || startsLower(t) {
					values[n-1] = append(values[n-1], j)
					continue
				}
			}
			if labelLike(t) {
				break
			}
			values = append(values, []int{j})
		}
		if len(values) != len(labels) {
			i = labels[len(labels)-1]
			continue
		}
		for k, at := range labels {
			label := strings.TrimSpace(lines[at])
			var parts []string
			for _, v := range values[k] {
				parts = append(parts, strings.TrimSpace(lines[v]))
				lines[v] = ""
			}
			value := strings.Join(parts, " ")
			if strings.HasPrefix(Fold(value), Fold(label)) {
				lines[at] = value // "Axe 3 – …" names itself
			} else {
				lines[at] = label + " : " + value
			}
		}
		i = j
	}
}
