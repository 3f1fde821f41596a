package corpus

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Word (.docx) and OpenDocument (.odt) files are zip archives whose text
// is one XML part. They are read into the markdown the parser knows:
// headings as "#" lines, list paragraphs as "- " items, tables as pipe
// tables whose cells keep their paragraphs apart with "<br>", as a
// DOCX→markdown converter writes them. A review draft reads as it does
// once its tracked changes are accepted: inserted and moved-in text is
// kept, deleted and moved-out text is left out, as are the margin
// comments; a text box is read once, where it is anchored.

// officeText returns the markdown of a .docx or .odt file's body, and the
// marks of review it read past.
func officeText(name string, data []byte) ([]byte, reviewMarks, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, reviewMarks{}, &FileError{Path: name, Problem: ProblemDamaged, Value: "not a zip archive", Err: err}
	}
	odt := strings.HasSuffix(strings.ToLower(name), ".odt")
	part, conv := "word/document.xml", func(data []byte) ([]byte, reviewMarks, error) {
		// Word writes the numbers of numbered headings in these parts only.
		num := readDocxNumbering(readZipPart(zr, "word/numbering.xml"), readZipPart(zr, "word/styles.xml"))
		return docxMarkdown(data, num)
	}
	if odt {
		part, conv = "content.xml", odtMarkdown
	}
	f := findZipFile(zr, part)
	if f == nil {
		return nil, reviewMarks{}, &FileError{Path: name, Problem: ProblemDamaged, Value: "no " + part + " in the archive"}
	}
	rc, err := f.Open()
	if err != nil {
		return nil, reviewMarks{}, &FileError{Path: name, Problem: ProblemDamaged, Value: part, Err: err}
	}
	defer rc.Close()
	// The archive's own size header may lie: the limit is enforced while
	// reading, so that a small file that inflates without end is refused.
	xmlData, err := io.ReadAll(io.LimitReader(rc, maxFileBytes+1))
	if err != nil {
		return nil, reviewMarks{}, &FileError{Path: name, Problem: ProblemDamaged, Value: part, Err: err}
	}
	if len(xmlData) > maxFileBytes {
		return nil, reviewMarks{}, &FileError{Path: name, Problem: ProblemTooLarge, Limit: maxFileBytes}
	}
	out, marks, err := conv(xmlData)
	if err != nil {
		return nil, reviewMarks{}, &FileError{Path: name, Problem: ProblemDamaged, Value: part, Err: err}
	}
	return out, marks, nil
}

// readZipPart returns an optional part of the archive, nil when it is
// missing, damaged or larger than a document may be.
func readZipPart(zr *zip.Reader, name string) []byte {
	f := findZipFile(zr, name)
	if f == nil {
		return nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, maxFileBytes+1))
	if err != nil || len(data) > maxFileBytes {
		return nil
	}
	return data
}

func findZipFile(zr *zip.Reader, name string) *zip.File {
	for _, f := range zr.File {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// markdownWriter gathers blocks (paragraphs, headings, items, tables) and
// writes them one a line, blank lines between paragraphs.
type markdownWriter struct {
	b bytes.Buffer
	// last is the last block written, which a table's head row may repeat.
	last string
}

func (w *markdownWriter) block(s string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	w.b.WriteString(s)
	w.b.WriteString("\n\n")
	w.last = s
}

// table writes rows as a pipe table, the first row as its header.
func (w *markdownWriter) table(rows [][]string) {
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	if width == 0 {
		return
	}
	if head, rest, ok := ficheHeadRow(rows); ok && !sameFiche(w.last, head[0]) {
		for _, p := range head {
			w.block(p)
		}
		w.table(rest)
		return
	}
	// A table of one column is a box of paragraphs, not a table.
	if width == 1 {
		for _, r := range rows {
			for _, p := range strings.Split(r[0], "<br>") {
				w.block(p)
			}
		}
		return
	}
	for i, r := range rows {
		cells := make([]string, width)
		for j := range cells {
			if j < len(r) {
				cells[j] = strings.ReplaceAll(r[j], "|", "/")
			}
		}
		w.b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
		if i == 0 {
			w.b.WriteString("|" + strings.Repeat(" --- |", width) + "\n")
		}
	}
	w.b.WriteString("\n")
	w.last = ""
}

// cellText joins a cell's paragraphs with "<br>", list items kept as items.
func cellText(paras []string) string {
	var kept []string
	for _, p := range paras {
		if p = strings.TrimSpace(p); p != "" {
			// In a cell, an item is marked as word processors print it,
			// and so are the paragraphs a writer opens on a dash of his
			// own, one item each ("– Missions locales").
			for _, dash := range []string{"- ", "– ", "— "} {
				if item, ok := strings.CutPrefix(p, dash); ok {
					p = "• " + strings.TrimSpace(item)
					break
				}
			}
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "<br>")
}

// headingLevel reads a heading level from a paragraph style name:
// "Heading2", "Titre2", "heading 2", "Title" (level 1).
func headingLevel(style string) int {
	s := strings.ToLower(strings.ReplaceAll(style, " ", ""))
	if s == "title" || s == "titre" {
		return 1
	}
	for _, prefix := range []string{"heading", "titre", "berschrift"} {
		if rest, ok := strings.CutPrefix(s, prefix); ok && len(rest) == 1 && rest[0] >= '1' && rest[0] <= '6' {
			return int(rest[0] - '0')
		}
	}
	return 0
}

// docxMarkdown converts word/document.xml; num numbers its paragraphs as
// Word does.
func docxMarkdown(data []byte, num *docxNumbering) ([]byte, reviewMarks, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	var w markdownWriter
	// The state of the paragraph being read, and of the tables around it
	// (a table may sit in a cell).
	var para strings.Builder
	style, listed, deleted := "", false, 0
	var direct numPr
	type tableState struct {
		rows  [][]string
		row   []string
		cell  []string
		depth int
		// span is how many grid columns the cell being read covers
		// (gridSpan): a year heading over its two half-years.
		span int
	}
	var tables []*tableState
	var marks reviewMarks
	// A text box's paragraphs sit inside the paragraph that anchors it:
	// the anchor's state waits while they are read.
	type paraState struct {
		text          string
		style         string
		listed        bool
		direct        numPr
		markDeleted   bool
		inheritedText string
	}
	var boxes []paraState
	// A paragraph whose mark is deleted joins the next one, as it does
	// once the change is accepted: its text waits in carried.
	markDeleted, carried, inPPr := false, "", false
	// The bold runs of a paragraph: runBold is the run being read,
	// boldOpen whether the paragraph's text is inside a bold stretch.
	inRPr, runBold, boldOpen := false, false, false
	endPara := func() {
		if boldOpen {
			para.WriteByte(boldEnd)
			boldOpen = false
		}
		if markDeleted {
			carried = strings.TrimSpace(carried + " " + para.String())
			para.Reset()
			return
		}
		text := strings.TrimSpace(boldMarkup(para.String()))
		para.Reset()
		pr, numbered := direct, direct.numID != "" && direct.numID != "0"
		// A paragraph's own numId 0 turns its style's numbering off
		// ("Éditorial" among numbered headings).
		if direct.numID == "" {
			pr, numbered = num.styleNumbering(style)
		}
		bullet := false
		if numbered {
			// Counted even when empty: Word shows the number of an empty
			// numbered paragraph too.
			var label string
			var ok bool
			if label, bullet, ok = num.label(pr); ok && label != "" && text != "" {
				text = label + " " + text
			}
		}
		if text == "" {
			return
		}
		switch level := headingLevel(style); {
		case level > 0:
			text = strings.Repeat("#", level) + " " + text
		case bullet || listed && !numbered || strings.Contains(strings.ToLower(style), "list"):
			text = "- " + text
		}
		if len(tables) > 0 {
			t := tables[len(tables)-1]
			t.cell = append(t.cell, text)
			return
		}
		w.block(text)
	}
	// flushCarried writes the text of a paragraph whose mark was deleted
	// when no paragraph follows to take it.
	flushCarried := func() {
		if carried == "" {
			return
		}
		para.Reset()
		para.WriteString(carried)
		carried = ""
		style, listed, direct, markDeleted = "", false, numPr{}, false
		endPara()
	}
	// A row deleted whole is marked in its properties; its cells' text is
	// deleted too, and the row itself must not stay as an empty one.
	inTrPr, rowDeleted := false, false
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, reviewMarks{}, fmt.Errorf("read the document's XML: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			marks.count(t.Name.Local)
			if docxSkipped[t.Name.Local] {
				if err := d.Skip(); err != nil {
					return nil, reviewMarks{}, fmt.Errorf("read the document's XML: %w", err)
				}
				continue
			}
			switch t.Name.Local {
			case "p":
				para.Reset()
				if carried != "" {
					para.WriteString(carried + " ")
					carried = ""
				}
				style, listed, direct, markDeleted = "", false, numPr{}, false
				boldOpen = false
			case "r":
				runBold = false
			case "rPr":
				inRPr = true
			case "b":
				if inRPr && !inPPr {
					v := attr(t, "val")
					runBold = v == "" || v == "1" || v == "true" || v == "on"
				}
			case "rStyle":
				if inRPr && !inPPr {
					v := strings.ToLower(attr(t, "val"))
					runBold = runBold || strings.Contains(v, "strong") || strings.Contains(v, "gras")
				}
			case "txbxContent":
				b := paraState{text: para.String(), style: style, listed: listed, direct: direct,
					markDeleted: markDeleted, inheritedText: carried}
				if strings.TrimSpace(b.text) != "" && !markDeleted {
					// The anchor's text before the box stands before it;
					// what follows the box is a paragraph of plain text.
					endPara()
					b = paraState{}
				}
				boxes = append(boxes, b)
				para.Reset()
				carried = ""
			case "pPr":
				inPPr = true
			case "pStyle":
				style = attr(t, "val")
			case "numPr":
				listed = true
			case "numId":
				direct.numID = attr(t, "val")
			case "ilvl":
				direct.ilvl, _ = strconv.Atoi(attr(t, "val"))
			case "del":
				// In a paragraph's properties, a deletion marks its mark.
				if inPPr {
					markDeleted = true
				}
				if inTrPr {
					rowDeleted = true
				}
				deleted++
			case "tab":
				para.WriteString("\t")
			case "br", "cr":
				para.WriteString(" ")
			case "tbl":
				tables = append(tables, &tableState{})
			case "tr":
				rowDeleted = false
				if len(tables) > 0 {
					tables[len(tables)-1].row = nil
				}
			case "trPr":
				inTrPr = true
			case "tc":
				if len(tables) > 0 {
					tables[len(tables)-1].cell = nil
					tables[len(tables)-1].span = 1
				}
			case "gridSpan":
				if len(tables) > 0 {
					n, _ := strconv.Atoi(attr(t, "val"))
					tables[len(tables)-1].span = min(max(n, 1), maxColspan)
				}
			case "t", "delText", "instrText":
				var s string
				if err := d.DecodeElement(&s, &t); err != nil {
					return nil, reviewMarks{}, fmt.Errorf("read the document's XML: %w", err)
				}
				// Deleted text, and the codes of fields (a table of
				// contents' "TOC \o"), are not the document's text.
				if t.Name.Local == "t" && deleted == 0 {
					if runBold != boldOpen && strings.TrimSpace(s) != "" {
						para.WriteByte(map[bool]byte{true: boldStart, false: boldEnd}[runBold])
						boldOpen = runBold
					}
					para.WriteString(s)
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "p":
				endPara()
			case "pPr":
				inPPr = false
			case "rPr":
				inRPr = false
			case "txbxContent":
				if len(boxes) == 0 {
					continue
				}
				// A paragraph whose mark was deleted as the box's last one
				// has nothing to join inside the box: it stands alone.
				flushCarried()
				b := boxes[len(boxes)-1]
				boxes = boxes[:len(boxes)-1]
				para.Reset()
				para.WriteString(b.text)
				style, listed, direct, markDeleted, carried = b.style, b.listed, b.direct, b.markDeleted, b.inheritedText
			case "del":
				deleted = max(0, deleted-1)
			case "tc":
				if len(tables) > 0 {
					tt := tables[len(tables)-1]
					tt.row = append(tt.row, cellText(tt.cell))
					// A merged cell keeps the columns it covers, empty, so
					// that the cells after it stay under their heading.
					for k := 1; k < tt.span; k++ {
						tt.row = append(tt.row, "")
					}
				}
			case "trPr":
				inTrPr = false
			case "tr":
				if len(tables) > 0 && !rowDeleted {
					tt := tables[len(tables)-1]
					tt.rows = append(tt.rows, tt.row)
				}
				rowDeleted = false
			case "tbl":
				if len(tables) == 0 {
					continue
				}
				done := tables[len(tables)-1]
				tables = tables[:len(tables)-1]
				if len(tables) > 0 {
					// A table in a cell: its rows join the outer cell.
					outer := tables[len(tables)-1]
					for _, r := range done.rows {
						outer.cell = append(outer.cell, strings.Join(r, " — "))
					}
					continue
				}
				w.table(done.rows)
			}
		}
	}
	flushCarried()
	return w.b.Bytes(), marks, nil
}

// docxSkipped names the elements of a review draft whose content is not
// the text a reader sees once the changes are accepted: the old
// properties a change replaced (whose old style would otherwise win),
// the place text was moved away from, and the fallback copy of a drawing
// or text box, which Word stores a second time for older readers.
var docxSkipped = map[string]bool{
	"Fallback": true, "moveFrom": true,
	"pPrChange": true, "rPrChange": true, "sectPrChange": true, "numberingChange": true,
	"tblPrChange": true, "tblPrExChange": true, "trPrChange": true, "tcPrChange": true,
}

// odtMarkdown converts an OpenDocument content.xml.
func odtMarkdown(data []byte) ([]byte, reviewMarks, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	var w markdownWriter
	var para strings.Builder
	heading, inPara, lists := 0, 0, 0
	var rows [][]string
	var row, cell []string
	tables := 0
	var marks reviewMarks
	// A frame's text box sits inside the paragraph that anchors it: the
	// anchor's state waits while the box's own paragraphs are read, and
	// the anchor's text after the box is a paragraph of its own.
	type anchor struct {
		heading, inPara int
	}
	var boxes []anchor
	endPara := func() {
		text := strings.TrimSpace(para.String())
		para.Reset()
		if text == "" {
			return
		}
		switch {
		case heading > 0:
			text = strings.Repeat("#", min(heading, 6)) + " " + text
		case lists > 0:
			text = "- " + text
		}
		if tables > 0 {
			cell = append(cell, text)
			return
		}
		w.block(text)
	}
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, reviewMarks{}, fmt.Errorf("read the document's XML: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			marks.count(t.Name.Local)
			switch t.Name.Local {
			case "h":
				para.Reset()
				inPara++
				heading = 1
				if lv := attr(t, "outline-level"); len(lv) == 1 && lv[0] >= '1' && lv[0] <= '9' {
					heading = int(lv[0] - '0')
				}
			case "p":
				if inPara == 0 {
					para.Reset()
				}
				inPara++
			case "list":
				lists++
			case "text-box":
				// The anchor's text before the box stands before it.
				endPara()
				boxes = append(boxes, anchor{heading: heading, inPara: inPara})
				heading, inPara = 0, 0
			case "s":
				para.WriteString(" ")
			case "tab":
				para.WriteString("\t")
			case "line-break":
				para.WriteString(" ")
			case "table":
				tables++
				if tables == 1 {
					rows = nil
				}
			case "table-row":
				if tables == 1 {
					row = nil
				}
			case "table-cell":
				if tables == 1 {
					cell = nil
				}
			case "covered-table-cell":
				// The columns (or rows) a merged cell covers: kept empty, so
				// that the cells after them stay under their heading.
				if tables == 1 {
					row = append(row, "")
				}
			case "note", "annotation", "tracked-changes":
				// Footnotes' bodies, comments and the record of deleted
				// text are not the running text.
				if err := d.Skip(); err != nil {
					return nil, reviewMarks{}, fmt.Errorf("read the document's XML: %w", err)
				}
			}
		case xml.CharData:
			if inPara > 0 {
				para.Write(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "h", "p":
				inPara = max(0, inPara-1)
				if inPara == 0 {
					endPara()
					heading = 0
				}
			case "list":
				lists = max(0, lists-1)
			case "text-box":
				if len(boxes) > 0 {
					b := boxes[len(boxes)-1]
					boxes = boxes[:len(boxes)-1]
					para.Reset()
					heading, inPara = b.heading, b.inPara
				}
			case "table-cell":
				if tables == 1 {
					row = append(row, cellText(cell))
				}
			case "table-row":
				if tables == 1 {
					rows = append(rows, row)
				}
			case "table":
				tables = max(0, tables-1)
				if tables == 0 {
					w.table(rows)
				}
			}
		}
	}
	return w.b.Bytes(), marks, nil
}

// attr returns the value of the attribute of t with the given local name.
func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
