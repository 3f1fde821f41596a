package corpus

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A plan of actions kept as a spreadsheet is published as the sheet's CSV
// export: a title block, a few label/value rows (context, key figures,
// orientations), then one row an action under a header row whose cells
// are fields ("N°;Intitulé de l'action;Pilote(s);Partenaires;Échéance;…"),
// cells holding several lines, and merged cells exported only on their
// first row (the orientation of a group of actions).
//
// csvText rewrites such an export as the text the parser reads: an action
// row becomes a fiche heading and one labelled line per field, the lines of
// a cell on their own lines; any other row becomes its cells joined, a
// label and its value as "label : value". A project tool's export adds
// summary rows, which head the actions under them as axes, and may give
// the calendar as a run of period columns (timelineLines). A database's
// export may type its rows and repeat a fiche's row for each partner
// (see readTypedRows).
func csvText(name string, data []byte) ([]byte, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	return sheetText(name, data, csvSeparator(data))
}

// sheetText is csvText with the separator known: a sheet saved as
// tab-separated text (see tabSheet) is read with its tabs, whatever its
// first line holds.
func sheetText(name string, data []byte, comma rune) ([]byte, error) {
	if out, ok := longFormatText(data, comma); ok {
		return out, nil
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = comma
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	recs, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: reading CSV: %w", name, err)
	}
	rows := make([][]string, len(recs))
	for i, rec := range recs {
		rows[i] = make([]string, len(rec))
		for j, c := range rec {
			rows[i][j] = strings.TrimSpace(strings.ReplaceAll(c, "\r", ""))
		}
	}
	if len(rows) > 0 {
		if head, ok := formHeader(rows[0]); ok {
			rows[0] = head
		}
	}
	legend := chartLegend(rows)
	// A fiche's text is a segment of its own, for the rows of a later
	// block that join it by its code (see joinedRows).
	b := &strings.Builder{}
	segs := []*strings.Builder{b}
	ficheSeg := map[string]*strings.Builder{}
	ficheHead := map[string]*csvHeading{}
	joined := map[*strings.Builder]*joinedRows{}
	// replaced holds a fiche's segment written anew by a later response,
	// ficheEnd where a segment's fiche ends, the text after it being
	// the blocks that followed the fiche.
	replaced := map[*strings.Builder]*strings.Builder{}
	ficheEnd := map[*strings.Builder]int{}
	var h *csvHeading
	lastAxis, lastID, lastBlock, lastType := "", "", "", ""
	var seen ficheCells
	axisTitles := map[string]string{}
	codeTitles := axisCodeTitles(rows)
	inAction, afterBlank := false, false
	skipTo := 0
	for i, cells := range rows {
		if i < skipTo {
			continue
		}
		// A sheet one column a fiche, one row a field.
		if end := transposedTable(rows, i); end > i {
			writeTransposed(b, rows[i:end])
			skipTo, h, inAction, afterBlank = end, nil, false, false
			continue
		}
		// "[JALONS]": a block of its own, its header row next.
		if name, ok := blockMarker(cells); ok {
			b.WriteString("\n## " + name + "\n\n")
			inAction, afterBlank, lastBlock = false, false, ""
			if i+1 < len(rows) {
				if hd := csvHeaderOf(rows[i+1], 1); hd != nil {
					h = hd
					h.checkTimeline(rows[i+2:])
					h.readTypedRows(rows[i+2:])
				} else {
					h = nil
				}
				skipTo = i + 2
			}
			continue
		}
		hd := csvHeader(cells)
		if hd == nil && h != nil && CanonicalFicheID(cell(cells, h.id)) == "" {
			if hd = csvHeaderOf(cells, 2); hd != nil && CanonicalFicheID(cell(cells, hd.id)) != "" {
				hd = nil
			}
		}
		if hd != nil {
			h = hd
			h.merged = &mergedCells{cols: mergedColumns(rows, h)}
			h.checkTimeline(rows[i+1:])
			h.readTypedRows(rows[i+1:])
			continue
		}
		blank := afterBlank
		afterBlank = false
		id, title := "", ""
		if h != nil {
			id, title = cell(cells, h.id), cell(cells, h.title)
		}
		// A typed table's row that is no fiche: a block of its type.
		if h != nil && h.rowType >= 0 && id == "" {
			b.WriteString(h.typedRowText(cells, &lastType, axisTitles, codeTitles))
			inAction = false
			continue
		}
		// A row a task: the rows of one fiche follow each other under
		// the same number, each a task of it.
		if h != nil && inAction && id != "" && id == lastID {
			writeFields(b, cells, h, legend, seen)
			ficheEnd[b] = b.Len()
			continue
		}
		// "INFO;Chiffres clés;…", "SIGLE;Glossaire;ASE;Aide sociale…":
		// rows of the table that are no action, a block under their
		// title cell, each a label and its value.
		if h != nil && id != "" && CanonicalFicheID(id) == "" && title != "" {
			if kv := labelValue(cells, h.id, h.title, h.axis); kv != nil {
				if t := oneLine(title); t != lastBlock {
					lastBlock = t
					b.WriteString("\n## " + t + "\n\n")
				}
				b.WriteString(kv[0] + " : " + kv[1] + "\n")
				inAction = false
				continue
			}
		}
		// "1;AXE 1 – PRÉVENIR…": a summary row of a project tool groups
		// the actions under it; it is their axis, no action.
		if h != nil && CanonicalFicheID(id) != "" && title != "" && h.summary(rows, i) {
			head := oneLine(title)
			if matchAxis(head) == nil {
				head = "Axe " + id + " : " + head
			}
			b.WriteString("\n" + head + "\n\n")
			inAction = false
			continue
		}
		// An action has a title when the table has a column for it: a
		// number alone is a figure of a block below the table ("Jeunes
		// de moins de 20 ans;215 000").
		if h != nil && CanonicalFicheID(id) != "" && (h.title < 0 || title != "") {
			key := labelKey(CanonicalFicheID(id))
			// A block below the table of fiches, under a header of its
			// own, one row a milestone of a fiche named by its code: the
			// row is that fiche's.
			if fb := ficheSeg[key]; fb != nil && ficheHead[key] != h {
				if joined[fb] == nil {
					joined[fb] = &joinedRows{}
				}
				joined[fb].add(cells, h)
				inAction = false
				continue
			}
			// A response that cancels and replaces an earlier one of
			// the same fiche takes its place: the fiche is written anew
			// where the first response put it, under its axis.
			if fb := ficheSeg[key]; fb != nil && replacesEarlier(cells) {
				nb := &strings.Builder{}
				replaced[fb] = nb
				writeFicheHead(nb, id, title)
				writeFields(nb, cells, h, legend, ficheCells{})
				// What follows goes on after the rows read so far, not
				// in the replaced fiche.
				b = &strings.Builder{}
				segs = append(segs, b)
				lastID, inAction = id, false
				continue
			}
			lastID = id
			if h.merged != nil {
				cells = h.merged.fill(cells, cell(cells, h.axis) != "")
			}
			if continuedBelow(rows, i, h) {
				cells = namedDeadline(cells, h)
			}
			if ax := cell(cells, h.axis); ax != "" && ax != lastAxis {
				// A merged cell: the orientation heads the rows after it.
				lastAxis = ax
				head := axisHead(ax, codeTitles)
				if t := cell(cells, h.axisTitle); t != "" && axisTitles[Fold(head)] == "" {
					axisTitles[Fold(head)] = oneLine(t)
				}
				if t := axisTitles[Fold(head)]; t != "" {
					head += " : " + t
				}
				b.WriteString("\n" + head + "\n\n")
			}
			b = &strings.Builder{}
			segs = append(segs, b)
			ficheSeg[key], ficheHead[key] = b, h
			writeFicheHead(b, id, title)
			inAction = true
			seen = ficheCells{}
			writeFields(b, cells, h, legend, seen)
			ficheEnd[b] = b.Len()
			continue
		}
		// A row whose number and title cells are empty goes on with the
		// action above ("Formulaire en ligne : T3 2025" under its
		// "Protocole IP : T1 2024").
		if inAction && h != nil && h.id < len(cells) && id == "" && title == "" && fieldCells(cells, h) > 0 {
			writeFields(b, namedDeadline(cells, h), h, legend, seen)
			ficheEnd[b] = b.Len()
			continue
		}
		inAction = false
		var kept []string
		for _, c := range cells {
			if c != "" {
				kept = append(kept, c)
			}
		}
		switch {
		case len(kept) == 0:
			afterBlank = true
			b.WriteString("\n")
		case isBlockTitle(kept) || blank && isBlockHeader(kept):
			// "CHIFFRES CLÉS DU CANTAL;Valeur;Source", "GLOSSAIRE": a block
			// of the sheet under its title, after the table of actions.
			b.WriteString("\n## " + oneLine(kept[0]) + "\n\n")
		case len(kept) == 1 && titledCell(kept[0]):
			// "Présentation↵Le présent tableau…": a merged cell holding
			// a block, its title on its first line.
			head, text, _ := strings.Cut(kept[0], "\n")
			b.WriteString("\n## " + strings.TrimSpace(head) + "\n\n" + strings.TrimSpace(text) + "\n\n")
		case blank && isBlockOfText(kept):
			// "Contexte;Le schéma 2024-2028 succède…": a block of one
			// row, its title then its text.
			b.WriteString("\n## " + kept[0] + "\n\n" + kept[1] + "\n")
		case len(kept) == 2 && !strings.Contains(kept[0], "\n"):
			if m := matchAxis(kept[0]); m != nil {
				axisTitles[Fold(kept[0])] = oneLine(kept[1])
			}
			b.WriteString(kept[0] + " : " + kept[1] + "\n")
		case len(kept) == 3 && !strings.Contains(kept[0], "\n") && len([]rune(kept[2])) <= 40:
			// "Informations préoccupantes reçues en 2022;612;CRIP": a
			// label, its value and the value's source.
			b.WriteString(kept[0] + " : " + kept[1] + " (" + kept[2] + ")\n")
		default:
			if line, ok := figureWithUnit(kept); ok {
				b.WriteString(line + "\n")
				break
			}
			b.WriteString(strings.Join(kept, " — ") + "\n")
		}
	}
	var out strings.Builder
	for _, s := range segs {
		text := s.String()
		if r := replaced[s]; r != nil {
			text = r.String() + text[ficheEnd[s]:]
		}
		if j := joined[s]; j != nil {
			// The fiche's own text ends with its fields: the joined
			// rows go after them, before what follows the fiche.
			end := len(strings.TrimRight(text, "\n"))
			if k := strings.Index(text, "\n\n"); k >= 0 {
				end = k + 1
			}
			out.WriteString(text[:end])
			var jb strings.Builder
			j.write(&jb)
			out.WriteString(jb.String())
			out.WriteString(text[end:])
			continue
		}
		out.WriteString(text)
	}
	return []byte(out.String()), nil
}

// cell returns cell i of a row, "" when the row is shorter or i is -1.
func cell(cells []string, i int) string {
	if i < 0 || i >= len(cells) {
		return ""
	}
	return cells[i]
}

// labelValue returns the first two non-empty cells of a row other than its
// number, title, axis and row code ("T-034"): a label and its value; nil
// when there are not two.
func labelValue(cells []string, idCol, titleCol, axisCol int) []string {
	var kept []string
	for i, c := range cells {
		if i == idCol || i == titleCol || i == axisCol || c == "" || reRowCode.MatchString(c) {
			continue
		}
		kept = append(kept, oneLine(c))
		if len(kept) == 2 {
			return kept
		}
	}
	return nil
}

// reRowCode is the code a tool gives each row: "T-034", "R12".
var reRowCode = regexp.MustCompile(`^[A-Z]{1,3}-?\d{1,5}$`)

// csvSeparator guesses the separator of a CSV export from its first line:
// French spreadsheets write ";", others ",", some a tab.
func csvSeparator(data []byte) rune {
	// A workbook's tabs pasted in one file start with a marker line
	// ("[SCHEMA]") that has no separator.
	line, _, _ := bytes.Cut(firstDataLine(data), []byte("\n"))
	best, n := ',', bytes.Count(line, []byte(","))
	for _, sep := range []rune{';', '\t'} {
		if c := bytes.Count(line, []byte(string(sep))); c > n {
			best, n = sep, c
		}
	}
	return best
}

// csvHeading is the header row of a table of actions in a CSV export.
type csvHeading struct {
	cols            []column
	id, title, axis int
	// rowType and axisTitle are the columns of a typed table's row
	// types and of its axes' titles (see readTypedRows), -1 when none.
	rowType, axisTitle int
	// skip are the columns that are neither fields nor the title: the
	// row numbers a tool adds before the plan's own codes, the outline
	// level of a task.
	skip map[int]bool
	// merged fills a fiche's blank cells that a note of the sheet says
	// are merged with the fiche's above (see mergedColumns).
	merged *mergedCells
}

// csvHeader reads a row as the header of a table of actions: an identifier
// column and at least three columns whose labels are fields. The first
// column after the identifier that is no field holds the title; an axis
// column before it ("Orientation") holds the orientation. A tool's row
// number ("ID", "#") before another identifier ("ID;WBS", "ID;Fiche") is
// no code of the plan: the identifier after it is.
func csvHeader(cells []string) *csvHeading {
	return csvHeaderOf(cells, 3)
}

// csvHeaderOf is csvHeader with the least number of field columns. A
// block stacked under the table of fiches (its milestones) may have two.
func csvHeaderOf(cells []string, minFields int) *csvHeading {
	h := csvHeading{id: -1, title: -1, axis: -1, rowType: -1, axisTitle: -1, skip: map[int]bool{}}
	fields := 0
	periods := timelineColumns(cells)
	for i, c := range cells {
		// A database writes "code_fiche", "pilote_principal".
		label := oneLine(strings.ReplaceAll(c, "_", " "))
		norm := strings.TrimSuffix(normalizeLabel(label), ".")
		k := knownKind(label, normalizeLabel(label))
		switch {
		case periods[i] != "":
			k = fNone
		case rowNumberLabel(norm), formMetaLabel(norm):
			h.skip[i], k = true, fNone
		case isIDHead(norm) && (h.id < 0 || h.id == i-1 && rowNumberHeads[strings.TrimSuffix(normalizeLabel(cells[h.id]), ".")]):
			if h.id >= 0 {
				h.skip[h.id] = true
			}
			h.id, k = i, fNone
		case h.axis < 0 && (matchAxis(label+" 1") != nil || axisCodeHead(norm)) && (h.title < 0 || !rankColumns[norm]):
			// "Orientation", before the number or after it. After the
			// title, "Priorité" ranks the action ("P1"), it groups none.
			h.axis, k = i, fNone
		case levelHeads[norm]:
			h.skip[i], k = true, fNone
		case h.id >= 0 && h.title < 0 && (k == fNone || k == fActions) && label != "":
			h.title, k = i, fNone
		}
		if k != fNone {
			fields++
		}
		h.cols = append(h.cols, column{label: label, kind: k, period: periods[i]})
	}
	if h.id < 0 || fields < minFields {
		return nil
	}
	return &h
}

// rankColumns are axis words that head a column of ranks in a table of
// actions: "Priorité" over "P1", "Enjeu" over "fort".
var rankColumns = map[string]bool{"priorite": true, "priorites": true, "priority": true, "enjeu": true, "enjeux": true}

// rowNumberHeads are the labels a tool gives the column it numbers its
// rows in.
var rowNumberHeads = map[string]bool{"id": true, "#": true}

// levelHeads are the labels of the column a project tool gives the outline
// level of each task in.
var levelHeads = map[string]bool{"niveau": true, "niv": true, "level": true, "outline level": true, "niveau hierarchique": true}

// summary reports that row i of rows groups the rows after it, as a
// project tool prints a summary task: its title is an axis heading, or its
// code is the parent of the next row's ("1" over "1.1").
func (h *csvHeading) summary(rows [][]string, i int) bool {
	if matchAxis(oneLine(cell(rows[i], h.title))) != nil {
		return true
	}
	id := CanonicalFicheID(cell(rows[i], h.id))
	for _, next := range rows[i+1:] {
		if n := cell(next, h.id); n != "" {
			return strings.HasPrefix(CanonicalFicheID(n), id+".")
		}
	}
	return false
}

// writeFields writes the field cells of an action row, one labelled line
// a field, the lines of a cell on their own lines; a cell seen holds for
// the fiche already is not written again.
func writeFields(b *strings.Builder, cells []string, h *csvHeading, legend map[string]string, seen ficheCells) {
	cols := h.cols
	// "Tâche;…;Début;Fin": a task's start and end columns make one
	// milestone, named by the task.
	start, end, task := -1, -1, ""
	for i, c := range cols {
		switch normalizeLabel(c.label) {
		case "debut", "date de debut", "start", "start date":
			start = i
		case "fin", "date de fin", "end", "end date":
			end = i
		}
		if task == "" && c.kind == fActions && i < len(cells) && i != h.title {
			task = oneLine(cells[i])
		}
	}
	if start >= 0 && end >= 0 && start < len(cells) && end < len(cells) && (cells[start] != "" || cells[end] != "") {
		when := strings.Trim(cells[start]+" – "+cells[end], " –")
		if task != "" {
			when = task + " : " + when
		}
		fmt.Fprintf(b, "Calendrier : %s\n", when)
	}
	for _, l := range timelineLines(cells, cols, legend) {
		b.WriteString(l + "\n")
	}
	for i, c := range cells {
		if !h.isField(i) || c == "" || i == start && end >= 0 || i == end && start >= 0 || qualifies(cols, i) && cell(cells, i-1) != "" {
			continue
		}
		if q := cell(cells, i+1); q != "" && qualifies(cols, i+1) && !strings.Contains(c, "\n") {
			c += " (" + oneLine(q) + ")"
		}
		if !seen.fresh(i, c) {
			continue
		}
		writeCell(b, columnLabel(cols[i].label), pipeList(c))
	}
	b.WriteString("\n")
}

// writeCell writes a field's cell under its label, the lines of the cell
// on their own lines; a cell that is a list ("• …", "1) …") starts under
// its label.
func writeCell(b *strings.Builder, label, c string) {
	lines := strings.Split(c, "\n")
	if _, ok := bulletItem(lines[0]); ok || reListNumber.MatchString(strings.TrimSpace(lines[0])) {
		lines = append([]string{""}, lines...)
	}
	fmt.Fprintf(b, "%s : %s\n", label, strings.TrimSpace(lines[0]))
	for _, l := range lines[1:] {
		if l = strings.TrimSpace(l); l != "" {
			b.WriteString(cellLine(l) + "\n")
		}
	}
}

// cellLine returns a line of a field's cell after its first as it is
// written under the field. A line alone in capitals ("CNFPT", a partner
// among others) reads as a label heading once the document repeats it, as
// it does a partner's acronym, in its glossary too: it is written as an
// item of the field, which no label is.
func cellLine(l string) string {
	if _, ok := bulletItem(l); ok || strings.ContainsRune(l, ':') || strings.ToUpper(l) != l || strings.IndexFunc(l, unicode.IsLetter) < 0 {
		return l
	}
	return "- " + l
}

// A sheet may also be transposed, one column a fiche and one row a
// field:
//
//	Rubrique;OS 1.1;OS 1.2;OS 2.1
//	Axe;Axe 1 - Prévenir;Axe 1 - Prévenir;Axe 2 - Protéger
//	Intitulé;Soutenir…;Former…;Créer…
//	Pilote;Service PMI;CRIP;Service ASE
//
// transposedTable finds such a table at row i: a row whose cells after
// the first are fiche codes, three at least, over rows whose first cells
// are field labels, two at least, down to a blank row. It returns the end
// of the table (exclusive), or i when row i heads none.
func transposedTable(rows [][]string, i int) int {
	if len(transposedCodes(rows[i])) < 3 {
		return i
	}
	end, labels := i+1, 0
	for ; end < len(rows); end++ {
		first := oneLine(cell(rows[end], 0))
		if first == "" && len(nonEmpty(rows[end])) == 0 {
			break
		}
		if k := knownKind(first, normalizeLabel(first)); k != fNone {
			labels++
		}
	}
	if labels < 2 {
		return i
	}
	return end
}

// transposedCodes returns the fiche codes of a header row of a transposed
// table by column, nil when its cells after the first are not all codes.
func transposedCodes(row []string) map[int]string {
	codes := map[int]string{}
	for j, c := range row {
		c = oneLine(c)
		if j == 0 || c == "" {
			continue
		}
		if columnCode(c) == "" {
			return nil
		}
		codes[j] = c
	}
	return codes
}

// reColumnCode is the code that heads a fiche's column: "1.1", "Fiche 3",
// "OO 1.1", "Action A2".
var reColumnCode = regexp.MustCompile(`^(?:(\p{L}[\p{L}-]{0,19})\s*(?:n\s*[°º]\s*)?)?(` + labelPattern + `)$`)

// columnCode returns the number of the code that heads a column ("1.1"
// of "OO 1.1"), "" when the cell is no code.
func columnCode(c string) string {
	m := reColumnCode.FindStringSubmatch(c)
	if m == nil || !strings.ContainsAny(m[2], "0123456789") || m[1] != "" && familyStops[Fold(m[1])] {
		return ""
	}
	return m[2]
}

// writeTransposed writes a transposed table as fiches: a heading a
// column, coded as the header writes it, under the axis its axis row
// names, then a labelled line a field row. The row of the titles gives
// each heading its title; a row of the codes again ("N°;1.1;1.2") adds
// nothing.
func writeTransposed(b *strings.Builder, rows [][]string) {
	codes := transposedCodes(rows[0])
	axisRow, titleRow := -1, -1
	for r, row := range rows[1:] {
		first := oneLine(cell(row, 0))
		switch {
		case axisRow < 0 && matchAxis(first+" 1") != nil:
			axisRow = r + 1
		case titleRow < 0 && titleLabelOnly(first):
			titleRow = r + 1
		}
	}
	lastAxis := ""
	for j := 1; j < len(rows[0]); j++ {
		code := codes[j]
		if code == "" {
			continue
		}
		if axisRow >= 0 {
			if ax := oneLine(cell(rows[axisRow], j)); ax != "" && ax != lastAxis {
				lastAxis = ax
				head := ax
				if matchAxis(head) == nil {
					head = oneLine(cell(rows[axisRow], 0)) + " " + ax
				}
				b.WriteString("\n" + head + "\n\n")
			}
		}
		title := ""
		if titleRow > 0 {
			title = oneLine(cell(rows[titleRow], j))
		}
		b.WriteString("### " + ficheHeading(code, title) + "\n")
		for r, row := range rows[1:] {
			label, c := oneLine(cell(row, 0)), cell(row, j)
			if r+1 == axisRow || r+1 == titleRow || label == "" || c == "" || isIDHead(strings.TrimSuffix(normalizeLabel(label), ".")) {
				continue
			}
			writeCell(b, rowLabel(label, &c), c)
		}
		b.WriteString("\n")
	}
}

// reScaleNote is a note in brackets that ends a row's label and gives the
// scale of its values: "Niveau de priorité (1 à 3)".
var reScaleNote = regexp.MustCompile(`\s*(\([^()]*\d[^()]*\))$`)

// rowLabel returns the label of a field row of a transposed table, its
// scale moved after the value (a label holds no figures, or the parser
// takes it for text): "Niveau de priorité (1 à 3)" over "1" gives
// "Niveau de priorité" and "1 (1 à 3)".
func rowLabel(label string, value *string) string {
	m := reScaleNote.FindStringSubmatchIndex(label)
	if m == nil || m[0] == 0 || strings.Contains(*value, "\n") {
		return label
	}
	*value = strings.TrimSpace(*value) + " " + label[m[2]:m[3]]
	return strings.TrimSpace(label[:m[0]])
}

// ficheHeading writes the heading of a fiche coded as the document codes
// it: "Fiche action n°1.1" for a bare number, "OO 1.1" when a word of the
// document's own names the unit, which the parser finds as a family of
// headings.
func ficheHeading(code, title string) string {
	head := code
	if columnCode(code) == code {
		head = "Fiche action n°" + code
	}
	if title != "" {
		head += " : " + title
	}
	return head
}

// titleLabelOnly reports a label cell that names the title ("Intitulé").
func titleLabelOnly(c string) bool {
	rest, ok := titleLabel(c)
	return ok && rest == ""
}

// nonEmpty returns the non-empty cells of a row.
func nonEmpty(row []string) []string {
	var out []string
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			out = append(out, c)
		}
	}
	return out
}

// isField reports a column whose cells are written as a field of their
// action: a labelled column that is not the code, the title, the axis,
// a column skipped or a period of the timeline.
func (h *csvHeading) isField(i int) bool {
	return i != h.id && i != h.title && i != h.axis && !h.skip[i] && i < len(h.cols) && h.cols[i].label != "" && h.cols[i].period == ""
}

// fieldCells counts the non-empty cells of a row under field columns.
func fieldCells(cells []string, h *csvHeading) int {
	n := 0
	for i, c := range cells {
		if c != "" && h.isField(i) {
			n++
		}
	}
	return n
}

// isBlockTitle reports a row that titles a block of a sheet: a first cell
// in capitals, alone or over short column labels ("Valeur", "Source").
func isBlockTitle(kept []string) bool {
	t := oneLine(kept[0])
	// "CHIFFRES CLÉS (données au 31/12/2022)": the note in brackets may
	// be in lower case.
	if i := strings.Index(t, "("); i > 0 {
		t = strings.TrimSpace(t[:i])
	}
	// An acronym ("IP;Information préoccupante") is a glossary's entry.
	if strings.ToUpper(t) != t || strings.IndexFunc(t, unicode.IsLetter) < 0 || len([]rune(t)) > 120 || strings.Contains(kept[0], "\n") ||
		!strings.Contains(t, " ") && len([]rune(t)) < 8 {
		return false
	}
	for _, c := range kept[1:] {
		if len(strings.Fields(c)) > 2 || strings.IndexFunc(c, unicode.IsDigit) >= 0 {
			return false
		}
	}
	return true
}

// isBlockHeader reports the header row of a small table below the table of
// actions, its title over short column labels: "Repères chiffrés
// (diagnostic 2023);Valeur;Source", "Sigle;Signification". The title is
// no acronym (that is a glossary's entry) and no code.
func isBlockHeader(kept []string) bool {
	if len(kept) < 2 || !isBlockName(kept[0]) {
		return false
	}
	for _, c := range kept[1:] {
		r, _ := utf8.DecodeRuneInString(c)
		if len(strings.Fields(c)) > 2 || strings.IndexFunc(c, unicode.IsDigit) >= 0 || strings.Contains(c, "\n") || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// isBlockOfText reports a block of one row: a short title, then a
// paragraph ("Contexte;Le schéma 2024-2028 succède au schéma…").
func isBlockOfText(kept []string) bool {
	return len(kept) == 2 && isBlockName(kept[0]) && len(strings.Fields(kept[0])) <= 4 && len(strings.Fields(kept[1])) >= 12
}

// isBlockName reports a cell that can title a block of a sheet: one line
// of a few words, starting in capitals, neither an acronym, a code nor an
// axis.
func isBlockName(c string) bool {
	r, _ := utf8.DecodeRuneInString(c)
	return c != "" && !strings.Contains(c, "\n") && len(strings.Fields(c)) <= 10 && unicode.IsUpper(r) && !isAcronym(strings.Fields(c)[0]) &&
		CanonicalFicheID(c) == "" && matchAxis(c) == nil
}

// oneLine joins the lines of a cell.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// An open-data export may print a plan in long format, one row a field:
//
//	bloc,levier,engagement,rubrique,ordre,valeur
//	levier,1,,intitule,1,Prévenir et soutenir les parents
//	engagement,1,1.1,intitule,1,Généraliser les bilans de santé
//	engagement,1,1.1,pilote,1,Médecin responsable de la PMI
//	glossaire,,,ASE,1,Aide sociale à l'enfance
//
// longFormatText gathers such rows back into text: an axis row is the
// axis's heading, a fiche's rows its heading and one labelled line a
// field, any other row "name : value" under its block's heading. It
// reports false when the export is not in long format: a column of field
// names beside a column of values.
func longFormatText(data []byte, comma rune) ([]byte, bool) {
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = comma
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	rows, err := r.ReadAll()
	if err != nil || len(rows) < 10 {
		return nil, false
	}
	head := rows[0]
	attr, val, id, axis, block := -1, -1, -1, -1, -1
	for i, h := range head {
		switch Fold(strings.TrimSpace(h)) {
		case "rubrique", "champ", "attribut", "field", "attribute", "variable", "cle", "key", "propriete":
			attr = i
		case "valeur", "value", "contenu", "texte", "text":
			val = i
		case "bloc", "block", "type", "section", "categorie":
			block = i
		}
	}
	if attr < 0 || val < 0 {
		return nil, false
	}
	// The fiche column holds fiche codes; the axis column, left of it,
	// small numbers or letters.
	for i := range head {
		if i == attr || i == val || i == block {
			continue
		}
		codes, small := 0, 0
		for _, row := range rows[1:] {
			if i >= len(row) || strings.TrimSpace(row[i]) == "" {
				continue
			}
			c := strings.TrimSpace(row[i])
			if CanonicalFicheID(c) != "" {
				codes++
			}
			if len(c) <= 2 {
				small++
			}
		}
		switch {
		case id < 0 && codes >= 10 && strings.Contains(strings.Join(columnValues(rows, i), " "), "."):
			id = i
		case axis < 0 && small >= 10:
			axis = i
		}
	}
	if id < 0 {
		return nil, false
	}
	cell := func(row []string, i int) string {
		if i < 0 || i >= len(row) {
			return ""
		}
		return strings.TrimSpace(strings.ReplaceAll(row[i], "\r", ""))
	}
	axisWord := strings.ToUpper(head[max(axis, 0)][:1]) + strings.ToLower(head[max(axis, 0)][1:])
	if axis < 0 || matchAxis(axisWord+" 1 : x") == nil {
		axisWord = "Orientation"
	}
	var b strings.Builder
	lastID, lastBlock := "", ""
	for _, row := range rows[1:] {
		name, value := cell(row, attr), cell(row, val)
		if value == "" {
			continue
		}
		code, ax := cell(row, id), cell(row, axis)
		title := vocabularyKind(normalizeLabel(name)) == fNone && (Fold(name) == "intitule" || Fold(name) == "titre" || Fold(name) == "title" || Fold(name) == "libelle")
		switch {
		case code != "" && code != lastID:
			lastID, lastBlock = code, ""
			if title {
				fmt.Fprintf(&b, "\n### Fiche action n°%s : %s\n", code, oneLine(value))
				continue
			}
			fmt.Fprintf(&b, "\n### Fiche action n°%s\n", code)
		case code == "" && ax != "" && title:
			lastID, lastBlock = "", ""
			fmt.Fprintf(&b, "\n%s %s : %s\n\n", axisWord, ax, oneLine(value))
			continue
		case code == "":
			lastID = ""
			if bl := cell(row, block); bl != lastBlock {
				lastBlock = bl
				heading := strings.ReplaceAll(bl, "_", " ")
				if Fold(bl) == "glossaire" || Fold(bl) == "sigles" || Fold(bl) == "glossary" {
					heading = "Glossaire"
				}
				fmt.Fprintf(&b, "\n## %s\n\n", heading)
			}
			if isAcronym(name) {
				fmt.Fprintf(&b, "%s : %s\n", name, oneLine(value))
			} else {
				fmt.Fprintf(&b, "%s : %s\n", upperFirst(strings.ReplaceAll(name, "_", " ")), value)
			}
			continue
		}
		// "pilote" → "Pilote": a label in lower case would read as the
		// line above going on.
		label := upperFirst(strings.ReplaceAll(name, "_", " "))
		lines := strings.Split(value, "\n")
		fmt.Fprintf(&b, "%s : %s\n", label, strings.TrimSpace(lines[0]))
		for _, l := range lines[1:] {
			if l = strings.TrimSpace(l); l != "" {
				b.WriteString(l + "\n")
			}
		}
	}
	return []byte(b.String()), true
}

// columnValues returns the non-empty cells of column i.
func columnValues(rows [][]string, i int) []string {
	var out []string
	for _, row := range rows[1:] {
		if i < len(row) && strings.TrimSpace(row[i]) != "" {
			out = append(out, strings.TrimSpace(row[i]))
		}
	}
	return out
}

func upperFirst(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}
