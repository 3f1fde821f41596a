package corpus

import (
	"regexp"
	"strings"
)

// A schéma may reach the corpus as a forwarded e-mail thread: the fiches
// pasted into a first message, quoted again by each reply ("> ", ">> "),
// partners' remarks typed between the quoted lines ("> [CAF] …"), and a
// top message, unquoted, that reports what was decided since.
// unfoldMailQuotes sets the quoted text flush, so that a fiche quoted
// twice reads as one written once, and gives a remark typed inside a
// quoted fiche a label of its own, so that it is not read as the end of
// the field above it.

var (
	// reQuoteMarks is the quote marks opening a line: ">", ">>", "> >".
	reQuoteMarks = regexp.MustCompile(`^(?:\s{0,3}>)+ ?`)
	// reMailHeader is a line of a message's header or the line that
	// introduces a quoted message.
	reMailHeader = regexp.MustCompile(`(?i)^\s*(?:>\s*)*(?:(?:de|from|objet|subject|envoyé|sent|à|to)\s*:\s*\S|-+\s*(?:message d'origine|original message|message transféré|forwarded message)\s*-+|le .{4,80} a écrit\s*:|on .{4,80} wrote\s*:)`)
)

// minQuotedLines is how many quoted lines make a thread whose quotes are
// the document's text: a markdown page quotes a sentence or two.
const minQuotedLines = 20

// remarkLabel is the label given a remark typed inside quoted text;
// remarkNorm is its head as normalizeLabel writes it.
const (
	remarkLabel = "Remarque :"
	remarkNorm  = "remarque"
)

// unfoldMailQuotes strips the quote marks of an e-mail thread, line for
// line, when the text has the headers of messages and many quoted lines.
func unfoldMailQuotes(lines []string) []string {
	headers, quoted := 0, 0
	for _, l := range lines {
		if reMailHeader.MatchString(l) {
			headers++
		}
		if reQuoteMarks.MatchString(l) {
			quoted++
		}
	}
	if headers < 2 || quoted < minQuotedLines {
		return lines
	}
	width := quoteWidth(lines)
	// last is the depth of the last line with text; a remark's first
	// line is quoted less than the line above it, its next lines as much.
	// prev is that line's index, prevLen its length as the mail wrote it.
	last, prev, prevLen := 0, -1, 0
	for i, l := range lines {
		m := reQuoteMarks.FindString(l)
		depth := strings.Count(m, ">")
		text := l[len(m):]
		if strings.TrimSpace(text) == "" || reRuleLine.MatchString(strings.TrimSpace(text)) {
			lines[i] = ""
			prev = -1
			continue
		}
		if depth > 0 && depth < last && !labelled(text) {
			text = remarkLabel + " " + strings.TrimSpace(text)
		}
		// A line the mail program wrapped goes back onto the line it
		// was cut from, which could not hold its first word; the line
		// is left blank so that the document keeps its line numbers.
		if prev >= 0 && depth > 0 && depth == last && width > 0 && cutAt(prevLen, text, width) && continues(text) {
			lines[prev] += " " + strings.TrimSpace(text)
			lines[i] = ""
			prevLen = len([]rune(l))
			continue
		}
		last, prev, prevLen = depth, i, len([]rune(l))
		lines[i] = text
	}
	return lines
}

// quoteWidth is the width a mail program wrapped the quoted lines at: the
// length of the longest, 0 when some are longer than any program wraps
// at, so that quoted paragraphs left whole are not joined.
func quoteWidth(lines []string) int {
	width := 0
	for _, l := range lines {
		if !reQuoteMarks.MatchString(l) {
			continue
		}
		width = max(width, len([]rune(l)))
	}
	if width > 80 {
		return 0
	}
	return width
}

// cutAt reports whether a line prevLen long could not have held the first
// word of text within width: the mail program cut the line before it.
func cutAt(prevLen int, text string, width int) bool {
	words := strings.Fields(text)
	return len(words) > 0 && prevLen+1+len([]rune(words[0])) > width
}

// continues reports whether text may carry on the line above: it opens
// no field, list item or heading.
func continues(text string) bool {
	t := strings.TrimSpace(text)
	if labelled(t) || strings.HasSuffix(t, ":") || reListItem.MatchString(text) {
		return false
	}
	return !strings.HasPrefix(t, "#")
}

// reListItem is a line that opens a list item.
var reListItem = regexp.MustCompile(`^\s*(?:[-*•–]\s|\d{1,2}[.)]\s)`)
