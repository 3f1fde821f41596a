package corpus

import (
	"path"
	"regexp"
	"strings"
	"unicode/utf8"
)

// A page of a Confluence or Jira wiki exported as text keeps its wiki
// markup: headings "h1." to "h6.", lists of "*" and "#" (doubled when
// nested), tables whose header cells open with "||" and whose other cells
// open with "|", "\\" breaking a line inside a cell, macros in braces
// ("{panel:title=…}" … "{panel}", "{info}", "{status:title=En cours}")
// and inline marks ("*gras*", "_italique_", "[texte|lien]"). The page is
// rewritten, line for line, as the markdown the parser reads: headings of
// "#", items of "- ", a panel's title as a heading one level below the
// heading it sits under, the other macros' markers dropped and their
// contents kept, a status macro as its title.

var (
	// reWikiHeading is a heading: "h2. Préambule".
	reWikiHeading = regexp.MustCompile(`^\s*h([1-6])\.\s+(.*)$`)
	// reWikiItem is a list item: "* ", "## ", "*# ", or a lone "- ".
	reWikiItem = regexp.MustCompile(`^\s*([*#]{1,6}|-)\s+(\S.*)$`)
	// reWikiRule is a horizontal rule: "----".
	reWikiRule = regexp.MustCompile(`^\s*-{4,}\s*$`)
	// reWikiBlockMacro is a macro opening a line: its name, its
	// parameters and what follows it on the line.
	reWikiBlockMacro = regexp.MustCompile(`^\s*\{([A-Za-z][\w-]*)(?::([^{}]*))?\}(.*)$`)
	// reWikiMacro is a macro anywhere on a line.
	reWikiMacro = regexp.MustCompile(`\{([A-Za-z][\w-]*)(?::([^{}]*))?\}`)
	// reWikiLink is a link: "[texte|https://…]", "[~user]", "[https://…]".
	reWikiLink = regexp.MustCompile(`\[([^\[\]|]*)(?:\|([^\[\]]*))?\]`)
	// reWikiImage is an image or attachment shown inline: "!logo.png|thumbnail!".
	reWikiImage = regexp.MustCompile(`!([^\s!|]+\.(?i:png|jpe?g|gif|svg|bmp))(?:\|[^!]*)?!`)
	// reWikiStrong is bold text: "*mot*", between spaces or punctuation.
	reWikiStrong = regexp.MustCompile(`(^|[\s(«"'])\*([^*\s](?:[^*]*[^*\s])?)\*($|[\s).,;:!?»"'])`)
	// reWikiEmphasis is italic text: "_mot_".
	reWikiEmphasis = regexp.MustCompile(`(^|[\s(«"'])_([^_\s](?:[^_]*[^_\s])?)_($|[\s).,;:!?»"'])`)
	// reWikiStruck is struck-out text: "-ancienne date-".
	reWikiStruck = regexp.MustCompile(`(^|\s)-([^-\s](?:[^-]*[^-\s])?)-($|[\s.,;:!?])`)
	// reWikiUnder is underlined text: "+mot+".
	reWikiUnder = regexp.MustCompile(`(^|[\s(])\+([^+\s](?:[^+]*[^+\s])?)\+($|[\s).,;:!?])`)
	// reWikiMono is monospaced text: "{{code}}".
	reWikiMono = regexp.MustCompile(`\{\{([^{}]*)\}\}`)
)

// wikiHeadingMacros are the macros that frame a part of the page under a
// title, as a heading does: their title is read as one.
var wikiHeadingMacros = map[string]bool{"panel": true, "expand": true}

// wikiVerbatimMacros hold text kept as it is written, marks included.
var wikiVerbatimMacros = map[string]bool{"code": true, "noformat": true}

// unfoldWikiMarkup rewrites a wiki-markup page as markdown, when lines are
// one; other lines are returned as they are.
func unfoldWikiMarkup(lines []string) []string {
	if !isWikiMarkup(lines) {
		return lines
	}
	w := &wikiWriter{level: 1}
	for i := 0; i < len(lines); i++ {
		if isWikiRow(lines[i]) {
			i = w.table(lines, i)
			continue
		}
		w.line(lines[i])
	}
	return w.out
}

// isWikiMarkup reports lines written in wiki markup: several headings of
// "h1." to "h6.", or a header row of a table ("||Pilote||Partenaires||"),
// or block macros, two of these signs at least so that a plain text
// quoting one is left alone. Markdown never writes them.
func isWikiMarkup(lines []string) bool {
	signs := 0
	for _, l := range lines {
		switch {
		case reWikiHeading.MatchString(l):
			signs++
		case isWikiHeaderRow(l):
			signs++
		case isWikiBlockMacro(l):
			signs++
		}
		if signs >= 3 {
			return true
		}
	}
	return false
}

// isWikiHeaderRow reports a row of header cells: "||Sigle||Signification||".
func isWikiHeaderRow(l string) bool {
	t := strings.TrimSpace(l)
	return strings.HasPrefix(t, "||") && len(t) > 4 && !strings.HasPrefix(t, "|||") &&
		strings.TrimSpace(strings.Trim(t, "|")) != ""
}

// isWikiBlockMacro reports a line opened by a macro that frames a block.
func isWikiBlockMacro(l string) bool {
	m := reWikiBlockMacro.FindStringSubmatch(l)
	if m == nil {
		return false
	}
	switch strings.ToLower(m[1]) {
	case "panel", "info", "note", "tip", "warning", "expand", "quote", "code", "noformat", "toc", "section", "column":
		return true
	}
	return false
}

// isWikiRow reports a line of a table.
func isWikiRow(l string) bool {
	return strings.HasPrefix(strings.TrimSpace(l), "|")
}

// wikiWriter gathers the markdown lines of a page. level is the level of
// the last heading written; open keeps the block macros open, innermost
// last.
type wikiWriter struct {
	out      []string
	level    int
	open     []wikiBlock
	verbatim string // the macro whose text is kept as written, "" when none
}

// wikiBlock is an open block macro and the heading level to return to
// when it closes, so that the panel after a panel is its sibling.
type wikiBlock struct {
	name  string
	level int
}

// line rewrites one line outside tables.
func (w *wikiWriter) line(l string) {
	if w.verbatim != "" {
		if m := reWikiBlockMacro.FindStringSubmatch(l); m != nil && strings.EqualFold(m[1], w.verbatim) && m[2] == "" {
			w.verbatim = ""
			w.line(m[3])
			return
		}
		w.out = append(w.out, l)
		return
	}
	if m := reWikiBlockMacro.FindStringSubmatch(l); m != nil && !isInlineMacro(m[1]) {
		w.macro(strings.ToLower(m[1]), m[2])
		if strings.TrimSpace(m[3]) != "" {
			w.line(m[3])
		}
		return
	}
	switch {
	case reWikiHeading.MatchString(l):
		m := reWikiHeading.FindStringSubmatch(l)
		w.level = int(m[1][0] - '0')
		w.heading(w.level, m[2])
	case reWikiRule.MatchString(l):
		w.out = append(w.out, "")
	case reWikiItem.MatchString(l):
		m := reWikiItem.FindStringSubmatch(l)
		indent := strings.Repeat("  ", len(m[1])-1)
		for j, part := range wikiBreaks(m[2]) {
			if j > 0 {
				indent += "  "
			}
			w.out = append(w.out, indent+"- "+part)
		}
	case strings.HasPrefix(strings.TrimSpace(l), "bq. "):
		w.out = append(w.out, wikiInline(strings.TrimPrefix(strings.TrimSpace(l), "bq. ")))
	default:
		w.out = append(w.out, wikiBreaks(l)...)
	}
}

// heading writes a heading of level n.
func (w *wikiWriter) heading(n int, text string) {
	w.out = append(w.out, "", strings.Repeat("#", min(max(n, 1), 6))+" "+wikiInline(text), "")
}

// macro writes what a block macro's marker stands for: a panel's title
// as a heading, another macro's title as a line of its own, nothing for a
// closing marker or a macro without title. The same bare marker opens and
// closes a block ("{quote}" … "{quote}"): it closes the block of its name
// when one is open.
func (w *wikiWriter) macro(name, params string) {
	if wikiVerbatimMacros[name] {
		w.verbatim = name
		return
	}
	if params == "" {
		for j := len(w.open) - 1; j >= 0; j-- {
			if w.open[j].name == name {
				w.level = w.open[j].level
				w.open = w.open[:j]
				w.out = append(w.out, "")
				return
			}
		}
	}
	w.open = append(w.open, wikiBlock{name: name, level: w.level})
	if len(w.open) > 64 {
		// Markers never closed: the oldest are forgotten rather than
		// kept without bound.
		w.open = w.open[1:]
	}
	title := wikiParam(params, "title")
	switch {
	case wikiHeadingMacros[name] && title != "":
		w.level = min(w.level+1, 6)
		w.heading(w.level, title)
	case title != "":
		w.out = append(w.out, "", wikiInline(title), "")
	default:
		w.out = append(w.out, "")
	}
}

// isInlineMacro reports a macro that stands for text inside a line
// (a status, a colour) rather than framing a block.
func isInlineMacro(name string) bool {
	switch strings.ToLower(name) {
	case "status", "color", "colour", "anchor", "emoticon", "jira":
		return true
	}
	return false
}

// wikiParam returns the value of a macro's parameter: "title" of
// "colour=Green|title=En cours" is "En cours".
func wikiParam(params, key string) string {
	for _, p := range strings.Split(params, "|") {
		k, v, ok := strings.Cut(p, "=")
		if ok && strings.EqualFold(strings.TrimSpace(k), key) {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// wikiBreaks splits a line at its forced breaks ("\\") and rewrites each
// part's inline marks.
func wikiBreaks(l string) []string {
	parts := strings.Split(l, `\\`)
	out := make([]string, 0, len(parts))
	for _, p := range parts {
		if p = wikiInline(p); p != "" || len(parts) == 1 {
			out = append(out, p)
		}
	}
	return out
}

// wikiInline rewrites the inline marks of a piece of text as markdown:
// bold as "**", italics as "*", underline and struck-out marks dropped (the struck-out
// text with them: it is what the page no longer says), a link as its
// text, a macro as its title or nothing.
func wikiInline(s string) string {
	s = reWikiMacro.ReplaceAllStringFunc(s, func(m string) string {
		sub := reWikiMacro.FindStringSubmatch(m)
		return wikiParam(sub[2], "title")
	})
	s = reWikiMono.ReplaceAllString(s, "$1")
	s = reWikiImage.ReplaceAllString(s, "")
	s = reWikiLink.ReplaceAllStringFunc(s, wikiLinkText)
	s = reWikiStrong.ReplaceAllString(s, "$1**$2**$3")
	s = reWikiEmphasis.ReplaceAllString(s, "$1*$2*$3")
	s = reWikiUnder.ReplaceAllString(s, "$1$2$3")
	s = reWikiStruck.ReplaceAllString(s, "$1$3")
	return strings.TrimSpace(s)
}

// wikiLinkText returns the text a link shows: its label, or its target
// when it has none, a user's name without its "~".
func wikiLinkText(m string) string {
	sub := reWikiLink.FindStringSubmatch(m)
	if strings.TrimSpace(sub[1]) != "" && sub[2] != "" {
		return strings.TrimSpace(sub[1])
	}
	target := strings.TrimSpace(sub[1])
	if target == "" {
		target = strings.TrimSpace(sub[2])
	}
	return strings.TrimLeft(target, "~#^")
}

// wikiCell is one cell of a table row; head is set for a header cell.
type wikiCell struct {
	text string
	head bool
}

// table rewrites the table starting at line i and returns the index of
// its last line.
func (w *wikiWriter) table(lines []string, i int) int {
	var rows [][]wikiCell
	end := i
	for ; end < len(lines) && isWikiRow(lines[end]); end++ {
		row := strings.TrimSpace(lines[end])
		// A cell may run over several lines: the row goes on until a
		// line ends it with "|".
		for !strings.HasSuffix(row, "|") && end+1 < len(lines) && strings.TrimSpace(lines[end+1]) != "" && !isWikiRow(lines[end+1]) {
			end++
			row += `\\` + strings.TrimSpace(lines[end])
		}
		if cells := wikiRow(row); len(cells) > 0 {
			rows = append(rows, cells)
		}
	}
	w.rows(rows)
	return end - 1
}

// rows writes the rows of one table. A row opened by a header cell and
// followed by plain cells is a field ("||Pilote|…|"); the other rows are
// written by block, a header with the rows under it.
func (w *wikiWriter) rows(rows [][]wikiCell) {
	underHeading := w.lastText() == "" || strings.HasPrefix(w.lastText(), "#")
	w.out = append(w.out, "")
	var header []string
	var body [][]string
	flush := func() {
		w.block(header, body, underHeading)
		header, body = nil, nil
	}
	for _, r := range rows {
		switch {
		case allHead(r):
			flush()
			header = cellTexts(r)
		case len(r) >= 2 && r[0].head:
			flush()
			w.field(r[0].text, cellTexts(r[1:]))
		default:
			body = append(body, cellTexts(r))
		}
	}
	flush()
	w.out = append(w.out, "")
}

// block writes a header and the rows under it. A header naming fields
// of a fiche, each a different one ("||Pilote||Partenaires||"), over one
// row is a record, each column a field; over several rows, a pipe table
// of fiches. Other rows right under a heading are that heading's list,
// one item a row ("Achat : Mars 2027 (Date)"), as the parser reads a
// field's items; elsewhere they are a pipe table.
func (w *wikiWriter) block(header []string, body [][]string, underHeading bool) {
	switch {
	case header == nil && body == nil:
	case len(body) == 1 && fieldHeader(header) && len(header) == len(body[0]):
		for j, h := range header {
			w.field(h, body[0][j:j+1])
		}
	case underHeading && len(body) > 0 && !fieldHeader(header):
		if len(header) < 2 || glossaryRows(body) {
			header = nil
		}
		for _, r := range body {
			if t := figureRowText(flatCells(r), flatCells(header)); t != "" {
				w.out = append(w.out, "- "+t)
			}
		}
	case len(body) > 0 || len(header) > 0:
		w.pipeTable(flatCells(header), body)
	}
}

// glossaryRows reports rows of two cells that each open on an acronym:
// a glossary, whose expansions read without their column's heading.
func glossaryRows(body [][]string) bool {
	for _, r := range body {
		if len(r) != 2 {
			return false
		}
		term := cleanText(wikiInline(r[0]))
		if strings.ContainsAny(term, " \t") || utf8.RuneCountInString(term) > 12 || !isAcronym(term) {
			return false
		}
	}
	return len(body) > 0
}

// fieldHeader reports a header whose cells are labels of a fiche's
// fields, no two of the same field.
func fieldHeader(header []string) bool {
	if len(header) < 2 {
		return false
	}
	seen := map[fieldKind]bool{}
	for _, h := range header {
		k := vocabularyKind(normalizeLabel(cleanText(wikiInline(h))))
		if k == fNone || seen[k] {
			return false
		}
		seen[k] = true
	}
	return true
}

// field writes a labelled field: "Pilote : …" when it holds one line, its
// label then one item a line when its cells break into several.
func (w *wikiWriter) field(label string, cells []string) {
	var items []string
	for _, c := range cells {
		items = append(items, wikiBreaks(c)...)
	}
	label = strings.Trim(strings.TrimSpace(cleanText(label)), ":")
	items = nonEmpty(items)
	switch len(items) {
	case 0:
		w.out = append(w.out, label+" :")
	case 1:
		w.out = append(w.out, label+" : "+items[0])
	default:
		w.out = append(w.out, label+" :")
		for _, it := range items {
			w.out = append(w.out, "- "+it)
		}
	}
	w.out = append(w.out, "")
}

// pipeTable writes rows as a markdown table, the header (or, without
// one, the first row) above a separator row.
func (w *wikiWriter) pipeTable(header []string, body [][]string) {
	if len(header) == 0 {
		header, body = flatCells(body[0]), body[1:]
	}
	width := len(header)
	for _, r := range body {
		width = max(width, len(r))
	}
	w.out = append(w.out, pipeRow(header, width), "|"+strings.Repeat(" --- |", width))
	for _, r := range body {
		w.out = append(w.out, pipeRow(flatCells(r), width))
	}
	w.out = append(w.out, "")
}

// pipeRow writes cells as a markdown row of width cells.
func pipeRow(cells []string, width int) string {
	out := make([]string, width)
	for j := range out {
		if j < len(cells) {
			out[j] = strings.ReplaceAll(cells[j], "|", "/")
		}
	}
	return "| " + strings.Join(out, " | ") + " |"
}

// flatCells joins each cell's broken lines with "; ".
func flatCells(cells []string) []string {
	out := make([]string, len(cells))
	for j, c := range cells {
		out[j] = strings.Join(nonEmpty(wikiBreaks(c)), " ; ")
	}
	return out
}

// lastText returns the last line written that is not blank.
func (w *wikiWriter) lastText() string {
	for j := len(w.out) - 1; j >= 0; j-- {
		if t := strings.TrimSpace(w.out[j]); t != "" {
			return t
		}
	}
	return ""
}

// allHead reports a row of header cells only.
func allHead(r []wikiCell) bool {
	for _, c := range r {
		if !c.head {
			return false
		}
	}
	return len(r) > 0
}

// cellTexts returns the raw texts of cells, inline marks kept for
// wikiBreaks to rewrite.
func cellTexts(r []wikiCell) []string {
	out := make([]string, len(r))
	for j, c := range r {
		out[j] = c.text
	}
	return out
}

// wikiRow splits a table row into its cells. The pipes inside a macro
// ("{status:colour=Green|title=Fait}") or a link ("[texte|url]") separate
// no cells.
func wikiRow(row string) []wikiCell {
	var cells []wikiCell
	var b strings.Builder
	depth, head := 0, false
	open := false
	for i := 0; i < len(row); i++ {
		c := row[i]
		switch {
		case c == '{' || c == '[':
			depth++
		case (c == '}' || c == ']') && depth > 0:
			depth--
		case c == '|' && depth == 0:
			if open {
				cells = append(cells, wikiCell{text: strings.TrimSpace(b.String()), head: head})
			}
			b.Reset()
			head = i+1 < len(row) && row[i+1] == '|'
			if head {
				i++
			}
			open = true
			continue
		}
		b.WriteByte(c)
	}
	if t := strings.TrimSpace(b.String()); t != "" {
		cells = append(cells, wikiCell{text: t, head: head})
	}
	return cells
}

// wikiSource reports a file whose text may be wiki markup: text and
// markdown files, not the text converted from a PDF, a spreadsheet, an
// office file or a web page, whose layout it is not.
func wikiSource(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".pdf", ".csv", ".tsv", ".docx", ".odt", ".html", ".htm":
		return false
	}
	return true
}
