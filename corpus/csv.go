package corpus

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode"
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
// label and its value as "label : value".
func csvText(name string, data []byte) ([]byte, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = csvSeparator(data)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	if out, ok := longFormatText(data, r.Comma); ok {
		return out, nil
	}
	var b strings.Builder
	var cols []column
	idCol, titleCol, axisCol := -1, -1, -1
	lastAxis, lastID, lastBlock := "", "", ""
	axisTitles := map[string]string{}
	inAction := false
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: reading CSV: %w", name, err)
		}
		cells := make([]string, len(rec))
		for i, c := range rec {
			cells[i] = strings.TrimSpace(strings.ReplaceAll(c, "\r", ""))
		}
		if h := csvHeader(cells); h != nil {
			cols, idCol, titleCol, axisCol = h.cols, h.id, h.title, h.axis
			continue
		}
		// A row a task: the rows of one fiche follow each other under
		// the same number, each a task of it.
		if cols != nil && idCol < len(cells) && inAction && cells[idCol] == lastID {
			writeFields(&b, cells, cols, idCol, titleCol, axisCol)
			continue
		}
		// "INFO;Chiffres clés;…", "SIGLE;Glossaire;ASE;Aide sociale…":
		// rows of the table that are no action, a block under their
		// title cell, each a label and its value.
		if cols != nil && idCol < len(cells) && CanonicalFicheID(cells[idCol]) == "" && cells[idCol] != "" && titleCol >= 0 && titleCol < len(cells) && cells[titleCol] != "" {
			if kv := labelValue(cells, idCol, titleCol, axisCol); kv != nil {
				if t := oneLine(cells[titleCol]); t != lastBlock {
					lastBlock = t
					b.WriteString("\n## " + t + "\n\n")
				}
				b.WriteString(kv[0] + " : " + kv[1] + "\n")
				inAction = false
				continue
			}
		}
		if cols != nil && idCol < len(cells) && CanonicalFicheID(cells[idCol]) != "" {
			lastID = cells[idCol]
			if axisCol >= 0 && axisCol < len(cells) && cells[axisCol] != "" && cells[axisCol] != lastAxis {
				// A merged cell: the orientation heads the rows after it.
				lastAxis = cells[axisCol]
				head := lastAxis
				if matchAxis(head) == nil {
					head = "Orientation " + head
				}
				if t := axisTitles[Fold(head)]; t != "" {
					head += " : " + t
				}
				b.WriteString("\n" + head + "\n\n")
			}
			title := ""
			if titleCol >= 0 && titleCol < len(cells) {
				title = oneLine(cells[titleCol])
			}
			fmt.Fprintf(&b, "### Fiche action n°%s : %s\n", cells[idCol], title)
			inAction = true
			writeFields(&b, cells, cols, idCol, titleCol, axisCol)
			continue
		}
		// A row whose number and title cells are empty goes on with the
		// action above ("Formulaire en ligne : T3 2025" under its
		// "Protocole IP : T1 2024").
		if inAction && cols != nil && idCol < len(cells) && cells[idCol] == "" && (titleCol < 0 || titleCol >= len(cells) || cells[titleCol] == "") && fieldCells(cells, cols, idCol, titleCol, axisCol) > 0 {
			writeFields(&b, cells, cols, idCol, titleCol, axisCol)
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
			b.WriteString("\n")
		case isBlockTitle(kept):
			// "CHIFFRES CLÉS DU CANTAL;Valeur;Source", "GLOSSAIRE": a block
			// of the sheet under its title, after the table of actions.
			b.WriteString("\n## " + oneLine(kept[0]) + "\n\n")
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
			b.WriteString(strings.Join(kept, " — ") + "\n")
		}
	}
	return []byte(b.String()), nil
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
	line, _, _ := bytes.Cut(data, []byte("\n"))
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
}

// csvHeader reads a row as the header of a table of actions: an identifier
// column and at least three columns whose labels are fields. The first
// column after the identifier that is no field holds the title; an axis
// column before it ("Orientation") holds the orientation.
func csvHeader(cells []string) *csvHeading {
	h := csvHeading{id: -1, title: -1, axis: -1}
	fields := 0
	for i, c := range cells {
		label := oneLine(c)
		norm := strings.TrimSuffix(normalizeLabel(label), ".")
		k := vocabularyKind(normalizeLabel(label))
		switch {
		case h.id < 0 && isIDHead(norm):
			h.id, k = i, fNone
		case h.axis < 0 && matchAxis(label+" 1") != nil:
			// "Orientation", before the number or after it.
			h.axis, k = i, fNone
		case h.id >= 0 && h.title < 0 && (k == fNone || k == fActions) && label != "":
			h.title, k = i, fNone
		}
		if k != fNone {
			fields++
		}
		h.cols = append(h.cols, column{label: label, kind: k})
	}
	if h.id < 0 || fields < 3 {
		return nil
	}
	return &h
}

// writeFields writes the field cells of an action row, one labelled line
// a field, the lines of a cell on their own lines.
func writeFields(b *strings.Builder, cells []string, cols []column, idCol, titleCol, axisCol int) {
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
		if task == "" && c.kind == fActions && i < len(cells) && i != titleCol {
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
	for i, c := range cells {
		if i == idCol || i == titleCol || i == axisCol || c == "" || i >= len(cols) || cols[i].label == "" || i == start && end >= 0 || i == end && start >= 0 {
			continue
		}
		lines := strings.Split(c, "\n")
		// A cell that is a list starts under its label.
		if _, ok := bulletItem(lines[0]); ok {
			lines = append([]string{""}, lines...)
		}
		fmt.Fprintf(b, "%s : %s\n", cols[i].label, strings.TrimSpace(lines[0]))
		for _, l := range lines[1:] {
			if l = strings.TrimSpace(l); l != "" {
				b.WriteString(l + "\n")
			}
		}
	}
	b.WriteString("\n")
}

// fieldCells counts the non-empty cells of a row under field columns.
func fieldCells(cells []string, cols []column, idCol, titleCol, axisCol int) int {
	n := 0
	for i, c := range cells {
		if i != idCol && i != titleCol && i != axisCol && c != "" && i < len(cols) && cols[i].label != "" {
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
