package corpus

import (
	"html"
	"regexp"
	"strconv"
	"strings"
)

// A markdown file exported from a web site's editor keeps the HTML the
// editor wrote: a fiche laid out as a <table> whose rows are its fields
// ("<th>Porteur</th><td>…</td>"), key figures in <div> blocks, entities
// such as &rsquo; and &nbsp;. unfoldHTML rewrites that HTML as the
// markdown the parser reads: a table whose rows each open with a header
// cell becomes a heading and "Label : value" lines, with list items as
// "- item" lines; any other table becomes a pipe table; a block of divs
// or paragraphs becomes its lines of text. Markdown abbreviation
// definitions ("*[ASE]: Aide sociale à l'enfance") are a glossary.

// reHTMLTag is one tag: whether it closes, its name and its attributes.
var reHTMLTag = regexp.MustCompile(`<(/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>`)

// reHTMLBlockLine is a line opening with a block element's tag, which a
// markdown renderer passes through as HTML. Lists are left out: a
// conversion that flattens a table writes its cells as lists side by side,
// set apart by tabs, and the fiche reads them so.
var reHTMLBlockLine = regexp.MustCompile(`(?i)^\s*</?(div|p|section|article|aside|figure|figcaption|h[1-6]|span|blockquote)\b[^<>]*>[^\t]*$`)

// reEntity is an HTML character reference.
var reEntity = regexp.MustCompile(`&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});`)

// reAbbreviation is a markdown abbreviation definition.
var reAbbreviation = regexp.MustCompile(`^\*\[([^\]\s][^\]]{0,30})\]:\s*(\S.*)$`)

// reMarkdownHeading is a markdown heading, its hashes apart.
var reMarkdownHeading = regexp.MustCompile(`^(#{1,6})\s`)

// unfoldHTML returns lines with their HTML tables, HTML blocks, character
// references and abbreviation definitions rewritten; lines itself when
// there are none.
func unfoldHTML(lines []string) []string {
	if !hasHTML(lines) {
		return lines
	}
	out := make([]string, 0, len(lines))
	level := 1
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if m := reMarkdownHeading.FindStringSubmatch(l); m != nil {
			level = len(m[1])
		}
		switch {
		case opensTable(l):
			end := tableEnd(lines, i)
			out = append(out, renderHTMLTable(strings.Join(lines[i:end+1], "\n"), level)...)
			i = end
		case reHTMLBlockLine.MatchString(l):
			out = append(out, htmlBlockLines(l)...)
		case reAbbreviation.MatchString(l):
			i = appendAbbreviations(&out, lines, i)
		default:
			out = append(out, unescape(l))
		}
	}
	return out
}

// hasHTML reports whether a line holds what unfoldHTML rewrites.
func hasHTML(lines []string) bool {
	for _, l := range lines {
		if opensTable(l) || reHTMLBlockLine.MatchString(l) || reAbbreviation.MatchString(l) ||
			strings.IndexByte(l, '&') >= 0 && reEntity.MatchString(l) {
			return true
		}
	}
	return false
}

// opensTable reports a line opening a table that ends on a later line; a
// table on one line is read cell by cell inside its fiche.
func opensTable(l string) bool {
	t := strings.ToLower(strings.TrimSpace(l))
	return strings.HasPrefix(t, "<table") && !strings.Contains(t, "</table")
}

// tableEnd returns the index of the line closing the table opened on line
// i, or of the last line when none does.
func tableEnd(lines []string, i int) int {
	depth := 0
	for j := i; j < len(lines); j++ {
		low := strings.ToLower(lines[j])
		depth += strings.Count(low, "<table") - strings.Count(low, "</table")
		if depth <= 0 {
			return j
		}
	}
	return len(lines) - 1
}

// unescape replaces the character references of a line.
func unescape(l string) string {
	if strings.IndexByte(l, '&') < 0 || !reEntity.MatchString(l) {
		return l
	}
	return html.UnescapeString(l)
}

// appendAbbreviations writes the run of abbreviation definitions starting
// at line i as a glossary, under a heading of its own, and returns the
// index of its last line.
func appendAbbreviations(out *[]string, lines []string, i int) int {
	*out = append(*out, "", "## Abréviations", "")
	for ; i < len(lines); i++ {
		m := reAbbreviation.FindStringSubmatch(lines[i])
		if m == nil {
			if strings.TrimSpace(lines[i]) == "" {
				continue
			}
			break
		}
		*out = append(*out, strings.TrimSpace(m[1])+" : "+unescape(strings.TrimSpace(m[2])))
	}
	return i - 1
}

// htmlCell is a cell of an HTML table: its lines of text (a list item or
// a paragraph a line), whether it is a header cell, and its spans.
type htmlCell struct {
	lines            []string
	header           bool
	rowspan, colspan int
	// carried marks a cell repeated from a row above by its rowspan.
	carried bool
}

// text is the cell's text on one line.
func (c htmlCell) text() string { return strings.Join(c.lines, " ") }

// htmlTable reads the rows of a table's HTML; a caption is a row of its
// own.
func htmlTable(src string) [][]htmlCell {
	var rows [][]htmlCell
	var cell *htmlCell
	var b strings.Builder
	flush := func() {
		if cell == nil {
			return
		}
		if t := strings.Join(strings.Fields(html.UnescapeString(b.String())), " "); t != "" {
			cell.lines = append(cell.lines, t)
		}
		b.Reset()
	}
	last := 0
	for _, m := range reHTMLTag.FindAllStringSubmatchIndex(src, -1) {
		b.WriteString(src[last:m[0]])
		last = m[1]
		closing, name, attrs := src[m[2]:m[3]] == "/", strings.ToLower(src[m[4]:m[5]]), src[m[6]:m[7]]
		switch {
		case name == "tr" && !closing:
			rows = append(rows, nil)
		case (name == "td" || name == "th" || name == "caption") && !closing:
			if name == "caption" || len(rows) == 0 {
				rows = append(rows, nil)
			}
			cell = &htmlCell{header: name != "td", rowspan: spanAttr(attrs, "rowspan"), colspan: spanAttr(attrs, "colspan")}
			b.Reset()
		case name == "td" || name == "th" || name == "caption":
			flush()
			if cell != nil && len(rows) > 0 {
				rows[len(rows)-1] = append(rows[len(rows)-1], *cell)
			}
			cell = nil
		case name == "li" || name == "p" || name == "br" || name == "div":
			// A list item, a paragraph or a line break ends a line of
			// the cell.
			flush()
		default:
			b.WriteByte(' ')
		}
	}
	return rows
}

// reSpanAttrs are the rowspan and colspan attributes of a cell.
var reSpanAttrs = map[string]*regexp.Regexp{
	"rowspan": regexp.MustCompile(`(?i)\browspan\s*=\s*["']?(\d{1,3})`),
	"colspan": regexp.MustCompile(`(?i)\bcolspan\s*=\s*["']?(\d{1,3})`),
}

// spanAttr returns the rowspan or colspan a tag's attributes give, 1 when
// none.
func spanAttr(attrs, name string) int {
	if m := reSpanAttrs[name].FindStringSubmatch(attrs); m != nil {
		if n, err := strconv.Atoi(m[1]); err == nil && n > 1 {
			return n
		}
	}
	return 1
}

// withRowspans repeats each cell spanning several rows in the rows below
// it, at its column, marked as carried.
func withRowspans(rows [][]htmlCell) [][]htmlCell {
	type pending struct {
		cell htmlCell
		left int
	}
	carry := map[int]*pending{}
	out := make([][]htmlCell, 0, len(rows))
	for _, row := range rows {
		var full []htmlCell
		col := 0
		next := func() {
			for p := carry[col]; p != nil && p.left > 0; p = carry[col] {
				c := p.cell
				c.carried = true
				full = append(full, c)
				p.left--
				col += c.colspan
			}
		}
		for _, c := range row {
			next()
			if c.rowspan > 1 {
				carry[col] = &pending{cell: c, left: c.rowspan - 1}
			}
			full = append(full, c)
			col += c.colspan
		}
		next()
		out = append(out, full)
	}
	return out
}

// renderHTMLTable writes a table as markdown lines; level is the level of
// the heading the table sits under.
func renderHTMLTable(src string, level int) []string {
	rows := withRowspans(htmlTable(src))
	var kept [][]htmlCell
	for _, r := range rows {
		if len(r) > 0 {
			kept = append(kept, r)
		}
	}
	out := []string{""}
	if rowHeaded(kept) {
		out = append(out, labelledRows(kept, level)...)
	} else {
		out = append(out, pipeRows(kept)...)
	}
	return append(out, "")
}

// rowHeaded reports a table whose rows each open with a header cell, but
// for rows of one cell (a title) and rows a header spanning several
// rows goes on: a record, one field a row.
func rowHeaded(rows [][]htmlCell) bool {
	fields := 0
	for _, r := range rows {
		if len(r) == 1 {
			continue
		}
		if !r[0].header {
			return false
		}
		fields++
	}
	return fields >= 2
}

// labelledRows writes the rows of a record: a title row as a heading one
// level below the one above, each field as "Label : value", a value of
// several lines or a header spanning several rows as "Label :" over
// "- value" lines.
func labelledRows(rows [][]htmlCell, level int) []string {
	var out []string
	for i, r := range rows {
		if len(r) == 1 {
			if t := r[0].text(); t != "" && i == 0 {
				out = append(out, strings.Repeat("#", min(level+1, 6))+" "+t)
			} else if t != "" {
				out = append(out, "", t)
			}
			continue
		}
		label := strings.TrimRight(r[0].text(), " :")
		var vals []string
		lines := 0
		for _, c := range r[1:] {
			if t := strings.Join(c.lines, " ; "); t != "" {
				vals = append(vals, t)
			}
			lines += len(c.lines)
		}
		switch {
		case r[0].carried:
			out = append(out, "- "+strings.Join(vals, " : "))
		case r[0].rowspan > 1:
			out = append(out, label+" :", "- "+strings.Join(vals, " : "))
		case len(r) == 2 && lines > 1:
			out = append(out, label+" :")
			for _, l := range r[1].lines {
				out = append(out, "- "+l)
			}
		default:
			out = append(out, label+" : "+strings.Join(vals, " : "))
		}
	}
	return out
}

// pipeRows writes a table as a markdown pipe table, its first row the
// header.
func pipeRows(rows [][]htmlCell) []string {
	var out []string
	for i, r := range rows {
		cells := make([]string, len(r))
		for j, c := range r {
			cells[j] = strings.ReplaceAll(strings.Join(c.lines, " ; "), "|", "/")
		}
		out = append(out, "| "+strings.Join(cells, " | ")+" |")
		if i == 0 {
			out = append(out, "|"+strings.Repeat(" --- |", len(r)))
		}
	}
	return out
}

// htmlBlockLines returns the lines of text of a line of HTML blocks: one
// a block (a div, a paragraph, a list item as "- item", a heading with
// its hashes); a blank line when the line holds only tags.
func htmlBlockLines(l string) []string {
	var out []string
	var b strings.Builder
	prefix := ""
	flush := func() {
		if t := strings.Join(strings.Fields(html.UnescapeString(b.String())), " "); t != "" {
			out = append(out, prefix+t)
		}
		b.Reset()
		prefix = ""
	}
	last := 0
	for _, m := range reHTMLTag.FindAllStringSubmatchIndex(l, -1) {
		b.WriteString(l[last:m[0]])
		last = m[1]
		closing, name := l[m[2]:m[3]] == "/", strings.ToLower(l[m[4]:m[5]])
		switch {
		case name == "span" || name == "a" || name == "strong" || name == "em" || name == "b" || name == "i":
			b.WriteByte(' ')
		case name == "li" && !closing:
			flush()
			prefix = "- "
		case len(name) == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && !closing:
			flush()
			prefix = strings.Repeat("#", int(name[1]-'0')) + " "
		default:
			flush()
		}
	}
	b.WriteString(l[last:])
	flush()
	if len(out) == 0 {
		return []string{""}
	}
	return out
}
