package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A wiki or a Sphinx project keeps its pages as reStructuredText, and an
// export gives the page raw: titles over- and underlined ("=====",
// "-----"), a fiche's fields as a field list (":Pilote: Service de PMI"),
// its objectives under ".. rubric:: Objectifs", its actions in an
// ".. admonition:: Actions" box, its indicators and the key figures in a
// ".. list-table::", the orientations as a definition list (a term, its
// definition indented under it), note boxes (".. note::") and the
// acronyms in a ".. glossary::". unfoldRST rewrites such a page as the
// text the parser reads: a title a Markdown heading of its level, a field
// "Label : value", a rubric or a box its title as a label over its items,
// a table's rows "label : value" or items of the field the table is
// titled by, a glossary's term "TERM : definition". Directives that only
// lay the page out (contents, sectnum, footer) and comments go.

var (
	// reRSTDirective is a directive: ".. list-table:: Indicateurs".
	reRSTDirective = regexp.MustCompile(`^(\s*)\.\.\s+([A-Za-z][\w-]*)::\s*(.*)$`)
	// reRSTField is a line of a field list: ":Pilote: Service de PMI".
	reRSTField = regexp.MustCompile(`^(\s*):([^:\s][^:]*?):(?:\s+(.*))?$`)
	// reRSTItem is an item of a list: "* …", "- …", "#. …", "1. …".
	reRSTItem = regexp.MustCompile(`^(\s*)(?:[*+-]|#\.|\d+\.)\s+(.*)$`)
)

// rstBoxes are the directives of a box whose body is a note of the page.
var rstBoxes = map[string]string{
	"note": "Note", "important": "Important", "warning": "Attention", "attention": "Attention",
	"tip": "Conseil", "hint": "Conseil", "caution": "Attention", "danger": "Attention", "seealso": "Voir aussi",
}

// isRST reports a page written in reStructuredText: several directives.
func isRST(lines []string) bool {
	n := 0
	for _, l := range lines {
		if reRSTDirective.MatchString(l) {
			n++
		}
	}
	return n >= 3
}

// unfoldRST rewrites a reStructuredText page (see above); other lines are
// returned as they are.
func unfoldRST(lines []string) []string {
	if !isRST(lines) {
		return lines
	}
	return compactRST(rstLines(lines))
}

// compactRST drops the blank lines a rewritten directive leaves: more
// than one in a row, and any between a label ("Objectifs :") and its
// items, so that the items read as the label's value.
func compactRST(lines []string) []string {
	var out []string
	for _, l := range lines {
		if strings.TrimSpace(l) == "" && len(out) > 0 {
			if prev := out[len(out)-1]; strings.TrimSpace(prev) == "" || strings.HasSuffix(prev, " :") {
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

// rstLines rewrites the lines of a reStructuredText page or of a
// directive's body.
func rstLines(lines []string) []string {
	var out []string
	levels := map[string]int{}
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		// A title: text over an adornment, an overline above or not.
		if t != "" && !isAdornment(l) && i+1 < len(lines) && isAdornmentOf(lines[i+1], t) {
			style := lines[i+1][:1]
			if i > 0 && isAdornmentOf(lines[i-1], t) {
				style += "o"
			}
			if levels[style] == 0 {
				levels[style] = len(levels) + 1
			}
			out = append(out, "", strings.Repeat("#", min(levels[style], 6))+" "+t, "")
			i++
			continue
		}
		if isAdornment(l) {
			continue
		}
		if m := reRSTDirective.FindStringSubmatch(l); m != nil {
			body, end := rstBody(lines, i+1, len(m[1]))
			out = append(out, rstDirective(strings.ToLower(m[2]), strings.TrimSpace(m[3]), body)...)
			i = end - 1
			continue
		}
		if strings.HasPrefix(t, "..") {
			// A comment, and the lines indented under it.
			_, end := rstBody(lines, i+1, indentOf(l))
			i = end - 1
			continue
		}
		if m := reRSTField.FindStringSubmatch(l); m != nil {
			value, end := rstContinued(lines, i+1, len(m[1]), m[3])
			out = append(out, m[1]+m[2]+" : "+value)
			i = end - 1
			continue
		}
		if m := reRSTItem.FindStringSubmatch(l); m != nil {
			value, end := rstContinued(lines, i+1, len(m[1]), m[2])
			out = append(out, m[1]+"- "+value)
			i = end - 1
			continue
		}
		// A definition list's term: its definition indented under it.
		if t != "" && indentOf(l) == 0 && i+1 < len(lines) && indentOf(lines[i+1]) > 0 && strings.TrimSpace(lines[i+1]) != "" {
			value, end := rstContinued(lines, i+1, 0, "")
			out = append(out, t+" : "+value)
			i = end - 1
			continue
		}
		out = append(out, l)
	}
	return out
}

// adornmentChars are the characters a title is over- or underlined with.
const adornmentChars = "=-~^\"'#*+.:_`"

// isAdornment reports a title's over- or underline: one punctuation
// character repeated, at least three times.
func isAdornment(l string) bool {
	l = strings.TrimRight(l, " \t")
	if len(l) < 3 || !strings.ContainsRune(adornmentChars, rune(l[0])) {
		return false
	}
	return strings.Trim(l, l[:1]) == ""
}

// isAdornmentOf reports a line that adorns a title t: one punctuation
// character repeated at least as long as the title.
func isAdornmentOf(l, t string) bool {
	l = strings.TrimRight(l, " \t")
	return isAdornment(l) && utf8.RuneCountInString(l) >= utf8.RuneCountInString(t)
}

// indentOf is the number of leading blanks of l.
func indentOf(l string) int {
	return len(l) - len(strings.TrimLeft(l, " \t"))
}

// rstBody returns the lines from start indented deeper than indent (a
// directive's options and body, blank lines within), and where they end.
func rstBody(lines []string, start, indent int) ([]string, int) {
	end := start
	for end < len(lines) && (strings.TrimSpace(lines[end]) == "" || indentOf(lines[end]) > indent) {
		end++
	}
	// Blank lines after the body are the text's, not the body's.
	last := end
	for last > start && strings.TrimSpace(lines[last-1]) == "" {
		last--
	}
	return lines[start:last], last
}

// rstContinued joins first with the lines from start indented deeper than
// indent and not blank: a field's or an item's value wrapped over lines.
func rstContinued(lines []string, start, indent int, first string) (string, int) {
	parts := []string{strings.TrimSpace(first)}
	end := start
	for end < len(lines) && strings.TrimSpace(lines[end]) != "" && indentOf(lines[end]) > indent && !reRSTItem.MatchString(lines[end][indent:]) {
		parts = append(parts, strings.TrimSpace(lines[end]))
		end++
	}
	return strings.TrimSpace(strings.Join(parts, " ")), end
}

// rstOptions splits a directive's body into its options (":header-rows:
// 1") and the content after them.
func rstOptions(body []string) (map[string]string, []string) {
	opts := map[string]string{}
	i := 0
	for ; i < len(body); i++ {
		m := reRSTField.FindStringSubmatch(body[i])
		if m == nil {
			break
		}
		opts[strings.ToLower(m[2])] = strings.TrimSpace(m[3])
	}
	return opts, dedent(body[i:])
}

// dedent removes the common indentation of the lines that are not blank.
func dedent(lines []string) []string {
	least := -1
	for _, l := range lines {
		if strings.TrimSpace(l) != "" && (least < 0 || indentOf(l) < least) {
			least = indentOf(l)
		}
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		if len(l) >= least && least > 0 {
			l = l[least:]
		}
		out[i] = strings.TrimRight(l, " \t")
	}
	return out
}

// rstDirective rewrites a directive named name, its argument arg and its
// indented body.
func rstDirective(name, arg string, body []string) []string {
	opts, content := rstOptions(body)
	switch name {
	case "rubric", "admonition", "topic", "sidebar":
		// Its title labels what follows: the rubric's content comes
		// after it, unindented; the box's is its body.
		out := []string{"", arg + " :"}
		return append(out, rstLines(content)...)
	case "list-table":
		return rstListTable(arg, opts, content)
	case "glossary":
		return rstGlossary(content)
	}
	if label, ok := rstBoxes[name]; ok {
		text := strings.Join(strings.Fields(strings.Join(append([]string{arg}, content...), " ")), " ")
		return []string{"", label + " : " + text, ""}
	}
	// contents, sectnum, footer, image: layout, no text of the plan.
	return nil
}

// rstListTable rewrites a list table, one row an item "* - a" and its
// cells "  - b". A table titled by a field ("Indicateurs") gives that
// field's items, each its first cell and the others after it under their
// column's label ("Délai moyen (Cible 2028 : 10 jours)"); any other
// table ("Données de cadrage") gives one line a row, "label : value".
func rstListTable(title string, opts map[string]string, content []string) []string {
	var rows [][]string
	for i := 0; i < len(content); i++ {
		l := content[i]
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "* - ") || t == "* -":
			rows = append(rows, []string{strings.TrimSpace(strings.TrimPrefix(t, "* -"))})
		case (strings.HasPrefix(t, "- ") || t == "-") && len(rows) > 0:
			rows[len(rows)-1] = append(rows[len(rows)-1], strings.TrimSpace(strings.TrimPrefix(t, "-")))
		case t != "" && len(rows) > 0:
			// A cell wrapped over lines.
			r := rows[len(rows)-1]
			r[len(r)-1] = strings.TrimSpace(r[len(r)-1] + " " + t)
		}
	}
	var head []string
	if opts["header-rows"] != "" && opts["header-rows"] != "0" && len(rows) > 0 {
		head, rows = rows[0], rows[1:]
	}
	field := title != "" && knownKind(title, normalizeLabel(title)) != fNone
	out := []string{""}
	if field {
		out = append(out, title+" :")
	} else if title != "" {
		out = append(out, title, "")
	}
	for _, r := range rows {
		if len(r) == 0 || r[0] == "" {
			continue
		}
		var rest []string
		for j, c := range r[1:] {
			if c == "" {
				continue
			}
			if field && j+1 < len(head) {
				c = head[j+1] + " : " + c
			}
			rest = append(rest, c)
		}
		switch {
		case field && len(rest) > 0:
			out = append(out, "- "+r[0]+" ("+strings.Join(rest, " ; ")+")")
		case field:
			out = append(out, "- "+r[0])
		case len(rest) == 0:
			out = append(out, r[0])
		case len(rest) == 1:
			out = append(out, r[0]+" : "+rest[0])
		default:
			out = append(out, r[0]+" : "+rest[0]+" ("+strings.Join(rest[1:], " ; ")+")")
		}
	}
	return append(out, "")
}

// rstGlossary rewrites a glossary's entries, a term and its definition
// indented under it, as "TERM : definition".
func rstGlossary(content []string) []string {
	out := []string{""}
	for i := 0; i < len(content); i++ {
		t := strings.TrimSpace(content[i])
		if t == "" || indentOf(content[i]) > 0 {
			continue
		}
		def, end := rstContinued(content, i+1, 0, "")
		out = append(out, t+" : "+def)
		i = end - 1
	}
	return append(out, "")
}
