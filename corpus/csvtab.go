package corpus

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
)

// A spreadsheet may also be saved as tab-separated text (Excel's "Texte
// (séparateur : tabulation)", LibreOffice's .txt export) and published
// as a .txt file: one row a line, cells between tabs, a cell of several
// lines in double quotes, rows ended by CRLF and padded with tabs to the
// sheet's width. Read as prose, such a file is a run of tabbed lines
// whose fields never meet their labels: the header row names the
// columns once, and each action's cells sit far below it.
//
// tabSheet recognises such a file so that Parse reads it as the CSV
// export it is (see sheetText): most of its rows hold several cells, and
// one of them is the header of a table of actions (see csvHeader). Prose
// with a tabbed table in it has most of its lines one cell wide.

// minSheetRows is the least number of non-blank rows of a sheet: a
// header and a few actions.
const minSheetRows = 4

// tabSheet reports text that is a spreadsheet saved as tab-separated
// text: at least four rows out of five of several cells, one of them the
// header of a table of actions.
func tabSheet(data []byte) bool {
	if bytes.Count(data, []byte("\t")) < minSheetRows*2 {
		return false
	}
	rows, ok := tabRows(data)
	if !ok || len(rows) < minSheetRows {
		return false
	}
	wide := 0
	for _, r := range rows {
		if len(r) >= 2 {
			wide++
		}
	}
	if wide*5 < len(rows)*4 {
		return false
	}
	for _, r := range rows {
		if csvHeader(r) != nil {
			return true
		}
	}
	return false
}

// tabRows reads tab-separated text into its non-blank rows, each cell
// trimmed and its line breaks kept; it reports false when the text is no
// such table (a quote never closed).
func tabRows(data []byte) ([][]string, bool) {
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = '\t'
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	recs, err := r.ReadAll()
	if err != nil {
		return nil, false
	}
	var rows [][]string
	for _, rec := range recs {
		row := make([]string, len(rec))
		blank := true
		for j, c := range rec {
			row[j] = strings.TrimSpace(strings.ReplaceAll(c, "\r", ""))
			blank = blank && row[j] == ""
		}
		if !blank {
			rows = append(rows, row)
		}
	}
	return rows, true
}

// writeFicheHead writes the heading of an action row and, when its title
// cell goes on under the title with labelled paragraphs, those
// paragraphs as the fiche's first lines.
func writeFicheHead(b *strings.Builder, id, title string) {
	head, body := titleCell(title)
	fmt.Fprintf(b, "### Fiche action n°%s : %s\n", id, head)
	for _, l := range body {
		b.WriteString(l + "\n")
	}
}

// titleCell splits the title cell of an action row. A sheet with no
// column for each field writes the whole fiche in it: the title on its
// first line, then labelled paragraphs ("Constat : …", "Objectifs : …",
// "Modalités :" over "- " items). Those paragraphs are the fiche's
// fields, not its title: they are returned line by line, the title being
// the lines before the first label. A cell without a label is the title
// wrapped over its lines.
func titleCell(c string) (string, []string) {
	lines := strings.Split(c, "\n")
	for i, l := range lines {
		if i == 0 {
			continue
		}
		if k, _ := labelKind(l); k == fNone || isListItem(l) {
			continue
		}
		var body []string
		for _, b := range lines[i:] {
			if b = strings.TrimSpace(b); b != "" {
				body = append(body, b)
			}
		}
		return oneLine(strings.Join(lines[:i], " ")), body
	}
	return oneLine(c), nil
}

// titledCell reports a cell that holds a block of text under its title:
// a first line that can title a block (see isBlockName), not ended by a
// colon as a list's lead-in is, over a paragraph of twelve words at
// least.
func titledCell(c string) bool {
	head, text, ok := strings.Cut(c, "\n")
	head = strings.TrimSpace(head)
	return ok && isBlockName(head) && !strings.HasSuffix(head, ":") && len(strings.Fields(text)) >= 12
}
