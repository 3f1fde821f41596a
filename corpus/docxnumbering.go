package corpus

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
)

// Word numbers headings and lists itself ("Fiche action n°%1 :", "%1.%2"):
// the numbers are in no paragraph's text, only in numbering.xml, attached
// to a paragraph directly or through its style. docxNumbering computes
// them as Word displays them, so that "Fiche action n°3" is in the text.

type numLevel struct {
	format string // "decimal", "upperRoman", "bullet"…
	text   string // "Fiche %1 :", "%1.%2"
	start  int
}

type numPr struct {
	numID string
	ilvl  int
}

type docxNumbering struct {
	abstractOf map[string]string     // numId → abstractNumId
	levels     map[string][]numLevel // abstractNumId → its levels
	styles     map[string]numPr      // paragraph style → its numbering
	basedOn    map[string]string     // style → the style it is based on
	counters   map[string][]int      // abstractNumId → the current numbers
}

// readDocxNumbering reads numbering.xml and styles.xml; either may be
// missing (nil data), and then nothing is numbered that way.
func readDocxNumbering(numbering, styles []byte) *docxNumbering {
	n := &docxNumbering{abstractOf: map[string]string{}, levels: map[string][]numLevel{}, styles: map[string]numPr{},
		basedOn: map[string]string{}, counters: map[string][]int{}}
	if numbering != nil {
		d := xml.NewDecoder(bytes.NewReader(numbering))
		var abstract, num string
		lvl := -1
		for {
			tok, err := d.Token()
			if err != nil {
				break // a damaged part numbers nothing more
			}
			st, ok := tok.(xml.StartElement)
			if !ok {
				continue
			}
			switch st.Name.Local {
			case "abstractNum":
				abstract, num, lvl = attr(st, "abstractNumId"), "", -1
			case "num":
				num, abstract = attr(st, "numId"), ""
			case "abstractNumId":
				if num != "" {
					n.abstractOf[num] = attr(st, "val")
				}
			case "lvl":
				if abstract == "" {
					continue
				}
				lvl, _ = strconv.Atoi(attr(st, "ilvl"))
				if lvl < 0 || lvl > 8 {
					lvl = -1
					continue
				}
				for len(n.levels[abstract]) <= lvl {
					n.levels[abstract] = append(n.levels[abstract], numLevel{format: "decimal", start: 1})
				}
			case "start", "numFmt", "lvlText":
				if abstract == "" || lvl < 0 || lvl >= len(n.levels[abstract]) {
					continue
				}
				l := &n.levels[abstract][lvl]
				switch st.Name.Local {
				case "start":
					if v, err := strconv.Atoi(attr(st, "val")); err == nil && v >= 0 && v < 10000 {
						l.start = v
					}
				case "numFmt":
					l.format = attr(st, "val")
				case "lvlText":
					l.text = attr(st, "val")
				}
			}
		}
	}
	if styles != nil {
		d := xml.NewDecoder(bytes.NewReader(styles))
		var style string
		var pr numPr
		for {
			tok, err := d.Token()
			if errors.Is(err, io.EOF) || err != nil {
				break
			}
			switch t := tok.(type) {
			case xml.StartElement:
				switch t.Name.Local {
				case "style":
					style, pr = attr(t, "styleId"), numPr{}
				case "basedOn":
					if style != "" {
						n.basedOn[style] = attr(t, "val")
					}
				case "numId":
					pr.numID = attr(t, "val")
				case "ilvl":
					pr.ilvl, _ = strconv.Atoi(attr(t, "val"))
				}
			case xml.EndElement:
				if t.Name.Local == "style" && style != "" && pr.numID != "" {
					n.styles[style] = pr
				}
			}
		}
	}
	return n
}

// styleNumbering returns the numbering a style gives, through the styles
// it is based on.
func (n *docxNumbering) styleNumbering(style string) (numPr, bool) {
	for range 10 {
		if pr, ok := n.styles[style]; ok {
			return pr, true
		}
		next, ok := n.basedOn[style]
		if !ok {
			break
		}
		style = next
	}
	return numPr{}, false
}

// label counts one more paragraph numbered pr and returns its label as
// Word shows it ("Fiche action n°3 :", "2.1"), whether it is a bullet,
// and false when pr numbers nothing.
func (n *docxNumbering) label(pr numPr) (text string, bullet, ok bool) {
	abstract, found := n.abstractOf[pr.numID]
	if !found || pr.numID == "0" {
		return "", false, false
	}
	levels := n.levels[abstract]
	if pr.ilvl < 0 || pr.ilvl >= len(levels) {
		return "", false, false
	}
	lv := levels[pr.ilvl]
	if lv.format == "bullet" || lv.format == "none" {
		return "", lv.format == "bullet", lv.format == "bullet"
	}
	c := n.counters[abstract]
	for len(c) < len(levels) {
		c = append(c, 0)
	}
	for i := range c {
		switch {
		case i == pr.ilvl && c[i] == 0:
			c[i] = levels[i].start
		case i == pr.ilvl:
			c[i]++
		case i > pr.ilvl:
			c[i] = 0 // a deeper level starts again under a new parent
		case c[i] == 0:
			c[i] = levels[i].start
		}
	}
	n.counters[abstract] = c
	text = lv.text
	for i := len(levels) - 1; i >= 0; i-- {
		text = strings.ReplaceAll(text, "%"+strconv.Itoa(i+1), formatNumber(c[i], levels[i].format))
	}
	return strings.TrimSpace(text), false, true
}

// formatNumber writes n in a Word number format.
func formatNumber(n int, format string) string {
	switch format {
	case "upperRoman", "lowerRoman":
		r := roman(n)
		if format == "lowerRoman" {
			r = strings.ToLower(r)
		}
		return r
	case "upperLetter", "lowerLetter":
		if n < 1 || n > 26 {
			return strconv.Itoa(n)
		}
		l := string(rune('A' + n - 1))
		if format == "lowerLetter" {
			l = strings.ToLower(l)
		}
		return l
	}
	return strconv.Itoa(n)
}

func roman(n int) string {
	if n <= 0 || n >= 4000 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}
