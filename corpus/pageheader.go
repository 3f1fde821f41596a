package corpus

import (
	"regexp"
	"strings"
)

// Some documents print a fiche a page and give its number only in the
// running header at the top of the page ("Grandir ensemble — 2025-2029
// Axe 2 — Repérer FICHE 2.1"), the page's body opening on the fiche's
// title. The parser knows a fiche by its heading; liftHeaderFiches gives
// each such page one, from its header.

// reHeaderFiche is a running header that ends on a fiche's reference:
// the header's own text, then "FICHE 2.1", "Fiche action n°4".
var reHeaderFiche = regexp.MustCompile(`(?i)^(.*\S)\s+((?:fiches?[\s-]*actions?|fiches?)\s*(?:n\s*[°º]|n[o°º]\.?)?\s*` + labelPattern + `)$`)

// minHeaderFiches is how many pages must carry a fiche's reference in
// their header before the header is read as the fiches' headings: fewer
// is a title that happens to end on a reference.
const minHeaderFiches = 3

// headerFiche is a page's first line read as a running header that ends on
// a fiche's reference.
type headerFiche struct {
	line       int
	head, ref  string
	pageBreaks string // the form feeds the line opens with
}

// liftHeaderFiches returns lines where the reference at the end of each
// page's running header stands on a line of its own, under what remains
// of the header, so that it heads the page's body as a fiche heading
// would. It changes nothing unless several pages' headers share their
// running text and give different fiches, and it leaves a page whose body
// has a fiche heading of its own alone.
func liftHeaderFiches(lines []string) []string {
	found := headerFiches(lines)
	if len(found) < minHeaderFiches || !runningText(found) || !distinctRefs(found) {
		return lines
	}
	at := make(map[int]headerFiche, len(found))
	for _, h := range found {
		at[h.line] = h
	}
	out := make([]string, 0, len(lines)+len(found))
	for i, l := range lines {
		h, ok := at[i]
		if !ok {
			out = append(out, l)
			continue
		}
		out = append(out, h.pageBreaks+h.head, h.ref)
	}
	return out
}

// headerFiches finds the first line of each page that ends on a fiche's
// reference, on pages whose body has no fiche heading.
func headerFiches(lines []string) []headerFiche {
	var out []headerFiche
	for _, start := range pageStarts(lines) {
		i := firstText(lines, start)
		if i < 0 {
			continue
		}
		t := strings.TrimLeft(lines[i], "\f")
		m := reHeaderFiche.FindStringSubmatch(strings.TrimSpace(t))
		if m == nil || reFiche.MatchString(cleanText(t)) || bodyHasFiche(lines, i+1) {
			continue
		}
		breaks := lines[i][:len(lines[i])-len(t)]
		out = append(out, headerFiche{line: i, head: m[1], ref: m[2], pageBreaks: breaks})
	}
	return out
}

// pageStarts returns the index of each page's first line: the first line
// of the text and each line that holds a form feed.
func pageStarts(lines []string) []int {
	starts := []int{0}
	for i, l := range lines {
		if i > 0 && strings.ContainsRune(l, '\f') {
			starts = append(starts, i)
		}
	}
	return starts
}

// firstText returns the first line from start on that holds text, within
// the page, or -1.
func firstText(lines []string, start int) int {
	for i := start; i < len(lines); i++ {
		if i > start && strings.ContainsRune(lines[i], '\f') {
			return -1
		}
		if strings.Trim(lines[i], "\f \t") != "" {
			return i
		}
	}
	return -1
}

// bodyHasFiche reports a fiche heading in the page that goes on at line
// from: such a page heads its fiche itself.
func bodyHasFiche(lines []string, from int) bool {
	for i := from; i < len(lines) && !strings.ContainsRune(lines[i], '\f'); i++ {
		if reFiche.MatchString(cleanText(lines[i])) {
			return true
		}
	}
	return false
}

// runningText reports headers that open alike, as a running header repeats
// the document's title: their common start is a word or more.
func runningText(found []headerFiche) bool {
	common := found[0].head
	for _, h := range found[1:] {
		n := 0
		for n < len(common) && n < len(h.head) && common[n] == h.head[n] {
			n++
		}
		common = common[:n]
	}
	return len(strings.TrimSpace(common)) >= 5
}

// distinctRefs reports headers that give different fiches: the same
// reference on every page is a header's fixed text.
func distinctRefs(found []headerFiche) bool {
	seen := map[string]bool{}
	for _, h := range found {
		seen[Fold(h.ref)] = true
	}
	return len(seen) >= minHeaderFiches
}
