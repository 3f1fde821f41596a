package corpus

import (
	"regexp"
	"strconv"
	"strings"
)

// A paginated document read in a web viewer (a "flipbook") and captured
// page by page comes out as one markdown heading a page, the same running
// title each time and the page's number ("## Schéma enfance 2026-2030 -
// page 17"), between horizontal rules. That heading is the viewer's
// caption, not the document's structure: a fiche that runs over two pages
// goes on under the next page's caption, its pilot and calendar below it.
// markPageCaptions makes such captions page furniture, as the running
// header of a printed page is, so that the fiche they cut is read whole.

// rePageCaption is a markdown heading that ends on a page number: its
// running text, then "page 17", "p. 17" or "Page 17/64".
var rePageCaption = regexp.MustCompile(`(?i)^#{1,6}\s+(.*?)[\s\-–—|:,·(]*\b(?:page|p\.)\s*(\d{1,4})(?:\s*/\s*\d{1,4})?\)?\s*$`)

// minPageCaptions is how many captions with the same running text make a
// page-by-page capture: fewer are headings that happen to name a page.
const minPageCaptions = 3

// markPageCaptions marks as furniture the markdown headings that give the
// same running text and a page number, at least minPageCaptions of them,
// their numbers rising: each is a page's caption.
func markPageCaptions(lines []string, marks []bool) {
	byText := map[string][]int{}
	for i, l := range lines {
		m := rePageCaption.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil {
			continue
		}
		key := Fold(cleanText(m[1]))
		byText[key] = append(byText[key], i)
	}
	for _, idx := range byText {
		if len(idx) < minPageCaptions || !risingPages(lines, idx) {
			continue
		}
		for _, i := range idx {
			marks[i] = true
		}
	}
}

// risingPages reports captions whose page numbers rise from one to the
// next, as a viewer numbers the pages it shows.
func risingPages(lines []string, idx []int) bool {
	last := -1
	for _, i := range idx {
		m := rePageCaption.FindStringSubmatch(strings.TrimSpace(lines[i]))
		n, err := strconv.Atoi(m[2])
		if err != nil || n <= last {
			return false
		}
		last = n
	}
	return true
}
