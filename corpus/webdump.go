package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A web page saved by a text browser (lynx -dump, links -dump) prints each
// link's number in brackets before its text ("[12]Accueil"), which
// cleanText drops; indents the text and sets the headings flush left; and
// lists the links' addresses at the end, under "References". The page's
// navigation comes with it: menus, and a link repeated after each part
// ("[39]Retour en haut de page").

var (
	// reLinkMark is a text browser's link number.
	reLinkMark = regexp.MustCompile(`\[\d{1,4}\]`)
	// reLinkListHead is the heading of the list of a page's links.
	reLinkListHead = regexp.MustCompile(`(?i)^\s*(?:references|références|liens|links|visible links|hidden links)\s*:?\s*$`)
	// reLinkListEntry is one entry of that list: "  12. https://…".
	reLinkListEntry = regexp.MustCompile(`^\s*\d{1,4}\.\s+(?:[a-z][a-z0-9+.-]*:|/|#)\S*$`)
	// reLinkLine is a line that opens on a link: "   [39]Retour…",
	// "     * [8]Le Département".
	reLinkLine = regexp.MustCompile(`^\s*(?:[*+•-]\s+)?\[\d{1,4}\]\S`)
)

// dropLinkList empties the list of links a text browser prints at the end
// of a page, with its heading: addresses are no text of the document, and
// their length would hide how the text was wrapped. Lines keep their
// numbers. It reports whether it found such a list.
func dropLinkList(lines []string) bool {
	for i := len(lines) - 1; i >= 0; i-- {
		if !reLinkListHead.MatchString(lines[i]) {
			continue
		}
		n := 0
		j := i + 1
		for ; j < len(lines); j++ {
			t := strings.TrimSpace(lines[j])
			if t == "" || reLinkListHead.MatchString(lines[j]) {
				continue
			}
			if !reLinkListEntry.MatchString(lines[j]) {
				break
			}
			n++
		}
		if n < 3 {
			continue
		}
		for k := i; k < j; k++ {
			lines[k] = ""
		}
		return true
	}
	return false
}

// linkMarked reports lines that carry a text browser's link numbers, in
// three places at least.
func linkMarked(lines []string) bool {
	n := 0
	for _, l := range lines {
		if strings.IndexByte(l, '[') >= 0 && reLinkMark.MatchString(l) {
			if n++; n >= 3 {
				return true
			}
		}
	}
	return false
}

// markNavigation marks as furniture the lines of a page dumped by a text
// browser that are a link alone, repeated three times or more: "Retour en
// haut de page" after each part is navigation, not the part's last words.
func markNavigation(lines []string, marks []bool) {
	if !linkMarked(lines) {
		return
	}
	seen := map[string][]int{}
	for i, l := range lines {
		if reLinkLine.MatchString(l) && len(reLinkMark.FindAllString(l, -1)) == 1 {
			t := cleanText(l)
			seen[t] = append(seen[t], i)
		}
	}
	for _, idx := range seen {
		if len(idx) >= 3 {
			for _, i := range idx {
				marks[i] = true
			}
		}
	}
}

// flushHeadings reports a page dumped by a text browser: link numbers, and
// text indented under headings set flush left, four lines indented at
// least for one flush left.
func flushHeadings(lines []string) bool {
	indented, flush := 0, 0
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if l[0] == ' ' {
			indented++
		} else {
			flush++
		}
	}
	return flush >= 3 && indented >= 4*flush && linkMarked(lines)
}

// flushHeading reports line i as a heading of a page dumped by a text
// browser: flush left after a blank line, short, ending on no sentence's
// punctuation.
func (p *parser) flushHeading(i int, raw, t string) bool {
	if !p.flushHeadings || raw == "" || raw[0] == ' ' || raw[0] == '\t' || i > 0 && strings.TrimSpace(p.lines[i-1]) != "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return utf8.RuneCountInString(t) <= 110 && !strings.ContainsRune(".:;,", last) && !startsLower(t)
}
