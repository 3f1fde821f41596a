package corpus

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// `pdftotext -bbox-layout` writes each page as XHTML: its flows of text,
// their blocks, each block's lines and each line's words, every one with
// its box in points from the page's top left corner. A block is what
// pdftotext found set apart on the page (a paragraph, a box's label, a
// box's text), which tells the boxes of a brochure's page apart far
// better than the character columns of -layout do. This file reads that
// XHTML into pages of blocks; boxes.go reads the pages.

// rect is a box on the page, in points, y growing down the page.
type rect struct{ x0, y0, x1, y1 float64 }

// bboxLine is a line of a block: its box and its words joined by spaces.
type bboxLine struct {
	rect
	text  string
	words []bboxWord
}

// bboxWord is a word of a line and its box: where a word starts tells the
// cell of a table it is in, when -layout's characters drift.
type bboxWord struct {
	rect
	text string
}

// bboxBlock is a block of lines pdftotext set apart on the page.
type bboxBlock struct {
	rect
	lines []bboxLine
}

// bboxPage is a page's blocks, in the order pdftotext wrote them.
type bboxPage struct {
	blocks []bboxBlock
}

// parseBBox reads `pdftotext -bbox-layout` output into its pages. It
// returns an error for output it cannot read through, in which case no
// page is read from it: a page missing would shift every page after it.
func parseBBox(data []byte) ([]bboxPage, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	// The XHTML head holds the document's metadata as written, which
	// need not be well-formed: read it the forgiving HTML way.
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity
	var pages []bboxPage
	var block *bboxBlock
	var line *bboxLine
	var word *strings.Builder
	var wordBox rect
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return pages, nil
		}
		if err != nil {
			return nil, fmt.Errorf("reading pdftotext -bbox-layout output: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "page":
				pages = append(pages, bboxPage{})
			case "block":
				if len(pages) > 0 {
					block = &bboxBlock{rect: attrRect(t.Attr)}
				}
			case "line":
				if block != nil {
					line = &bboxLine{rect: attrRect(t.Attr)}
				}
			case "word":
				if line != nil {
					word = &strings.Builder{}
					wordBox = attrRect(t.Attr)
				}
			}
		case xml.CharData:
			if word != nil {
				word.Write(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "word":
				if line != nil && word != nil {
					w := strings.TrimSpace(word.String())
					line.text = strings.TrimSpace(line.text + " " + w)
					if w != "" {
						line.words = append(line.words, bboxWord{rect: wordBox, text: w})
					}
				}
				word = nil
			case "line":
				if block != nil && line != nil && line.text != "" {
					block.lines = append(block.lines, *line)
				}
				line = nil
			case "block":
				if block != nil && len(block.lines) > 0 && len(pages) > 0 {
					pages[len(pages)-1].blocks = append(pages[len(pages)-1].blocks, *block)
				}
				block = nil
			}
		}
	}
}

// attrRect reads the xMin, yMin, xMax and yMax attributes of an element;
// one missing or unreadable reads as 0, and the box is put right side up.
func attrRect(attrs []xml.Attr) rect {
	var r rect
	for _, a := range attrs {
		v, err := strconv.ParseFloat(a.Value, 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			continue
		}
		switch a.Name.Local {
		case "xMin":
			r.x0 = v
		case "yMin":
			r.y0 = v
		case "xMax":
			r.x1 = v
		case "yMax":
			r.y1 = v
		}
	}
	if r.x1 < r.x0 {
		r.x0, r.x1 = r.x1, r.x0
	}
	if r.y1 < r.y0 {
		r.y0, r.y1 = r.y1, r.y0
	}
	return r
}

// rewritePages returns text, a PDF's pages separated by form feeds, with
// each page that rewrite reads again replaced by what it returns, given
// the page from bbox, the document's `pdftotext -bbox-layout` output.
// When bbox cannot be read, or its pages are not the text's, or no page
// is read again, text is returned as it is.
func rewritePages(text, bbox []byte, rewrite func(pg bboxPage, part string) (string, bool)) []byte {
	pages, err := parseBBox(bbox)
	if err != nil || len(pages) == 0 {
		return text
	}
	parts := strings.Split(string(text), "\f")
	// pdftotext ends each page with a form feed, the last one too.
	if len(parts) != len(pages) && len(parts) != len(pages)+1 {
		return text
	}
	changed := false
	for i, pg := range pages {
		if out, ok := rewrite(pg, parts[i]); ok {
			parts[i] = out
			changed = true
		}
	}
	if !changed {
		return text
	}
	return []byte(strings.Join(parts, "\f"))
}
