package corpus

import "strings"

// mdEscapable are the characters an online converter of .docx to markdown
// escapes with a backslash wherever Word's text holds them literally: a
// typed dash opening a paragraph ("\- Nombre de…"), the dot after a
// chapter number ("# 1\. Le département…"), a year range ("2024 \-
// 2028"), a footnote star ("\* Données provisoires"). A reader sees the
// character alone. The pipe stays escaped: unescaped, it would split a
// table cell.
const mdEscapable = "\\`*_{}[]()#+-.!<>~"

// unescapeMarkdown removes the backslash of markdown escapes from the
// lines, in place. A backslash before anything else (a letter, a space, a
// pipe) is kept: plain text writes paths and formulas with it.
func unescapeMarkdown(lines []string) []string {
	for i, l := range lines {
		if strings.IndexByte(l, '\\') >= 0 {
			lines[i] = unescapeLine(l)
		}
	}
	return lines
}

// unescapeLine removes the backslash of each markdown escape of one line.
func unescapeLine(l string) string {
	var b strings.Builder
	b.Grow(len(l))
	for i := 0; i < len(l); i++ {
		if l[i] == '\\' && i+1 < len(l) && strings.IndexByte(mdEscapable, l[i+1]) >= 0 {
			i++
		}
		b.WriteByte(l[i])
	}
	return b.String()
}
