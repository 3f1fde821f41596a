package corpus

import (
	"regexp"
	"strings"
)

// A page of a DokuWiki keeps its markup when its raw file is exported
// (data/pages/…/page.txt): headings framed by "=" ("====== Titre ======",
// the more signs the higher), tables whose header cells open with "^"
// and other cells with "|" ("^ Pilote | Service … |" a field, "^ Sigle ^
// Signification ^" a header), lists indented by two spaces a level, "*"
// unordered and "-" ordered, links "[[namespace:page|label]]" shown by
// their label, "//italics//", "''code''", "\\" breaking a line, tags
// ("{{tag>…}}"), images and macros ("~~NOTOC~~"). The page is rewritten,
// line for line, as the markdown the parser reads; a table is rewritten
// as wikimarkup.go rewrites a Confluence table, its rows being the same
// kinds of rows.

var (
	// reDokuHeading is a heading: "===== Objectifs =====", its signs
	// counted on the left.
	reDokuHeading = regexp.MustCompile(`^\s*(={2,6})\s*(\S.*?)\s*=*\s*$`)
	// reDokuItem is a list item: two spaces or more a level, then "*" or
	// "-".
	reDokuItem = regexp.MustCompile(`^((?:  |\t)+)([*-])\s*(.*)$`)
	// reDokuLink is an internal or external link: "[[ns:page|label]]",
	// "[[ns:page]]", "[[https://…|label]]".
	reDokuLink = regexp.MustCompile(`\[\[([^\[\]|]*)(?:\|([^\[\]]*))?\]\]`)
	// reDokuMedia is an image, a file or a plugin's syntax in double
	// braces: "{{logo.png|Logo}}", "{{tag>schema axe1}}".
	reDokuMedia = regexp.MustCompile(`\{\{([^{}]*)\}\}`)
	// reDokuTagLine is a line of tags alone, its braces single or double:
	// "{{tag>schema2028 axe1}}".
	reDokuTagLine = regexp.MustCompile(`^\s*\{{1,2}\s*(?:tag|topic|keywords?)\s*>[^{}]*\}{1,2}\s*$`)
	// reDokuMacro is a control macro: "~~NOTOC~~", "~~DISCUSSION:off~~".
	reDokuMacro = regexp.MustCompile(`~~[A-Z][A-Z_]*(?::[^~]*)?~~`)
	// reDokuItalic is italic text: "//mot//", never the "//" of an
	// address ("https://").
	reDokuItalic = regexp.MustCompile(`(^|[^:/\pL])//([^/\s](?:[^/]|/[^/])*?)//`)
	// reDokuMono is monospaced text: "''code''".
	reDokuMono = regexp.MustCompile(`''([^']+)''`)
	// reDokuUnder is underlined text: "__mot__".
	reDokuUnder = regexp.MustCompile(`__([^_]+)__`)
	// reDokuDeleted is struck-out text: "<del>ancienne date</del>".
	reDokuDeleted = regexp.MustCompile(`(?s)<del>.*?</del>`)
	// reDokuFootnote is a footnote: "((source : INSEE))".
	reDokuFootnote = regexp.MustCompile(`\(\(([^()]*)\)\)`)
	// reDokuTag is an inline HTML-like tag of the markup or its plugins:
	// "<sup>", "</WRAP>", "<note important>", "<nowiki>".
	reDokuTag = regexp.MustCompile(`</?(?i:sup|sub|nowiki|wrap|note|box|color|fc|hi|html|php|blockquote)(?:\s[^<>]*)?>`)
	// reDokuVerbatim opens or closes a block kept as written:
	// "<code>", "<file txt x.txt>".
	reDokuVerbatim = regexp.MustCompile(`^\s*<(/?)(code|file)(?:\s[^<>]*)?>\s*$`)
	// reDokuBreak is a forced line break: "\\" then a space or the end.
	reDokuBreak = regexp.MustCompile(`\\\\(?:\s|$)`)
	// reDokuRule is a horizontal rule: "----".
	reDokuRule = regexp.MustCompile(`^\s*-{4,}\s*$`)
)

// isDokuWiki reports lines written in DokuWiki markup: headings framed
// by "=" on both sides or rows opened by "^", two at least, and with
// them internal links "[[…]]", tags or macros, three signs in all.
// Markdown writes no framed heading nor "^" row; a vault of notes links
// its notes as "[[…]]" too, which alone makes no wiki page.
func isDokuWiki(lines []string) bool {
	structure, signs := 0, 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case isDokuHeading(t):
			structure++
		case strings.HasPrefix(t, "^") && strings.Count(t, "|")+strings.Count(t, "^") >= 3:
			structure++
		case reDokuTagLine.MatchString(t) || reDokuMacro.MatchString(t):
			signs++
		case strings.Contains(t, "[[") && reDokuLink.MatchString(t) && !strings.Contains(t, "]]("):
			signs++
		}
		if structure >= 2 && structure+signs >= 3 {
			return true
		}
	}
	return false
}

// isDokuHeading reports a heading framed by the same kind of signs on
// both sides: "=== Titre ===".
func isDokuHeading(t string) bool {
	if !strings.HasPrefix(t, "==") || !strings.HasSuffix(t, "==") {
		return false
	}
	m := reDokuHeading.FindStringSubmatch(t)
	return m != nil && strings.Trim(m[2], "= ") != ""
}

// unfoldDokuWiki rewrites a DokuWiki page as markdown, when lines are
// one; other lines are returned as they are.
func unfoldDokuWiki(lines []string) []string {
	if !isDokuWiki(lines) {
		return lines
	}
	return dokuPage(lines)
}

// dokuPage rewrites the lines of one DokuWiki page as markdown.
func dokuPage(lines []string) []string {
	w := &wikiWriter{level: 1}
	verbatim := false
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if m := reDokuVerbatim.FindStringSubmatch(l); m != nil {
			verbatim = m[1] == ""
			w.out = append(w.out, "")
			continue
		}
		if verbatim {
			w.out = append(w.out, l)
			continue
		}
		t := strings.TrimSpace(l)
		switch {
		case t == "" || reDokuTagLine.MatchString(t) || strings.TrimSpace(reDokuMacro.ReplaceAllString(t, "")) == "":
			w.out = append(w.out, "")
		case isDokuHeading(t):
			m := reDokuHeading.FindStringSubmatch(t)
			// Six signs head the page, two the smallest part.
			w.level = 7 - len(m[1])
			w.heading(w.level, dokuInline(m[2]))
		case strings.HasPrefix(t, "^") || strings.HasPrefix(t, "|"):
			var rows [][]wikiCell
			for ; i < len(lines); i++ {
				r := strings.TrimSpace(lines[i])
				if !strings.HasPrefix(r, "^") && !strings.HasPrefix(r, "|") {
					break
				}
				if cells := dokuRow(r); len(cells) > 0 {
					rows = append(rows, cells)
				}
			}
			i--
			w.rows(rows)
		case reDokuRule.MatchString(l):
			w.out = append(w.out, "")
		case reDokuItem.MatchString(l):
			m := reDokuItem.FindStringSubmatch(l)
			depth := max(strings.Count(strings.ReplaceAll(m[1], "\t", "  "), "  ")-1, 0)
			indent := strings.Repeat("  ", depth)
			for j, part := range dokuBreaks(m[3]) {
				if j > 0 {
					indent += "  "
				}
				w.out = append(w.out, indent+"- "+part)
			}
		case isBreadcrumb(t):
			// A trail of links back to the start page ("Accueil > Axe 1 >
			// Mesure 1.1") is the wiki's navigation, no text of the page.
			w.out = append(w.out, "")
		default:
			w.out = append(w.out, dokuBreaks(l)...)
		}
	}
	// A calendar kept as a tree by year ("  * 2029" over "    * T2 :
	// …") gives each item its year, as a vault of notes does.
	unfoldYearTrees(w.out)
	return w.out
}

// isBreadcrumb reports a line of links joined by ">", every part but the
// last a link: the trail a wiki page keeps to the pages above it.
func isBreadcrumb(t string) bool {
	parts := strings.Split(t, " > ")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts[:len(parts)-1] {
		p = strings.TrimSpace(p)
		if !strings.HasPrefix(p, "[[") || !strings.HasSuffix(p, "]]") || strings.Count(p, "[[") != 1 {
			return false
		}
	}
	return true
}

// dokuBreaks splits a line at its forced breaks ("\\" then a space or the
// end of the line) and rewrites each part's inline marks.
func dokuBreaks(l string) []string {
	parts := reDokuBreak.Split(l, -1)
	out := make([]string, 0, len(parts))
	for _, p := range parts {
		if p = dokuInline(p); p != "" || len(parts) == 1 {
			out = append(out, p)
		}
	}
	return out
}

// dokuInline rewrites the inline marks of a piece of text as markdown:
// bold kept as "**", italics as "*", a link as its label (or, without
// one, its page's name), images and tags dropped unless captioned, a
// footnote in brackets, struck-out text dropped (it is what the page no
// longer says), the other marks dropped and their text kept.
func dokuInline(s string) string {
	s = reDokuDeleted.ReplaceAllString(s, "")
	s = reDokuMacro.ReplaceAllString(s, "")
	s = reDokuMedia.ReplaceAllStringFunc(s, dokuMediaText)
	s = reDokuLink.ReplaceAllStringFunc(s, dokuLinkText)
	s = reDokuFootnote.ReplaceAllString(s, "($1)")
	s = reDokuTag.ReplaceAllString(s, "")
	s = reDokuMono.ReplaceAllString(s, "$1")
	s = reDokuUnder.ReplaceAllString(s, "$1")
	s = reDokuItalic.ReplaceAllString(s, "$1*$2*")
	s = strings.ReplaceAll(s, "%%", "")
	// A backslash ending the line is markdown's break, which a page
	// written by habit of markdown keeps ("**Nom**\").
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, `\`) && !strings.HasSuffix(s, `\\`) {
		s = strings.TrimSpace(strings.TrimSuffix(s, `\`))
	}
	return s
}

// dokuMediaText returns what an image or a plugin's braces show: an
// image's caption, nothing for a tag or an uncaptioned file.
func dokuMediaText(m string) string {
	inner := strings.TrimSpace(m[2 : len(m)-2])
	if i := strings.IndexByte(inner, '>'); i > 0 && !strings.ContainsAny(inner[:i], " |") {
		return "" // a plugin's syntax: "tag>…", "indexmenu>…"
	}
	if _, caption, ok := strings.Cut(inner, "|"); ok {
		return strings.TrimSpace(caption)
	}
	return ""
}

// dokuLinkText returns the text a link shows: its label, else the name of
// its page ("ns:mesure_1_1" → "mesure 1 1") or its address.
func dokuLinkText(m string) string {
	sub := reDokuLink.FindStringSubmatch(m)
	if label := strings.TrimSpace(sub[2]); label != "" {
		if strings.HasPrefix(label, "{{") {
			return dokuMediaText(label)
		}
		return label
	}
	target := strings.TrimSpace(sub[1])
	if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
		return target
	}
	target, _, _ = strings.Cut(target, "#")
	if i := strings.LastIndexByte(target, ':'); i >= 0 {
		target = target[i+1:]
	}
	return strings.TrimSpace(strings.ReplaceAll(target, "_", " "))
}

// dokuRow splits a table row into its cells: a cell opened by "^" is a
// header cell, one opened by "|" a plain one. The pipes inside a link
// ("[[page|label]]") or an image separate no cells; an empty cell
// spanning columns and the ":::" of a cell spanning rows are dropped.
func dokuRow(row string) []wikiCell {
	var cells []wikiCell
	var b strings.Builder
	depth, head, open := 0, false, false
	flush := func() {
		if t := strings.TrimSpace(b.String()); open && t != "" && t != ":::" {
			cells = append(cells, wikiCell{text: dokuInline(t), head: head})
		}
		b.Reset()
	}
	for i := 0; i < len(row); i++ {
		c := row[i]
		switch {
		case (c == '[' || c == '{') && i+1 < len(row) && row[i+1] == c:
			depth++
			b.WriteString(row[i : i+2])
			i++
			continue
		case (c == ']' || c == '}') && i+1 < len(row) && row[i+1] == c && depth > 0:
			depth--
			b.WriteString(row[i : i+2])
			i++
			continue
		case (c == '|' || c == '^') && depth == 0:
			flush()
			head, open = c == '^', true
			continue
		}
		b.WriteByte(c)
	}
	flush()
	return cells
}
