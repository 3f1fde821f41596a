package corpus

import (
	"strings"
	"unicode/utf8"
)

// A report's running header may open alike on every page, with the
// document's short title, and end on the current section, which changes:
// "SDPPE 2029–2033 3.2 Axe 2 - Repérer…", "Schéma départemental … 2029-2033
// Enjeu 1 – Prévenir…" (the title at the left, the section at the right,
// joined on one line by the conversion). A LaTeX page even names the
// section the page ends in, the next axis before its heading. No line of it
// repeats whole, and it does not end alike: markRunningTitles leaves it,
// and it would read as the last item of the field the page break cut, or
// as an axis heading. When the section is too long for the line it comes
// out on a line of its own, between the title and the footer.

// runningHeadWords is how many words at the start of page tops must agree
// for them to be a running header: fewer are headings that happen to open
// alike.
const runningHeadWords = 2

// markRunningHeads marks as furniture the first line of each page when
// most pages' first lines open on the same words and go on differently,
// and the section wrapped under it when furniture follows it.
func markRunningHeads(lines []string, furniture []bool) {
	starts := pageStarts(lines)
	if len(starts) < 4 {
		return
	}
	var tops []int
	for _, start := range starts[1:] {
		if i := firstText(lines, start); i >= 0 && !furniture[i] {
			tops = append(tops, i)
		}
	}
	byHead := map[string][]int{}
	for _, i := range tops {
		t := strings.TrimLeft(cleanText(lines[i]), "\f ")
		w := strings.Fields(Fold(t))
		if len(w) < runningHeadWords || utf8.RuneCountInString(t) > 200 || reFiche.MatchString(t) || reFicheWord.MatchString(t) || matchAxis(t) != nil {
			continue
		}
		head := strings.Join(w[:runningHeadWords], " ")
		byHead[head] = append(byHead[head], i)
	}
	need := max(3, len(starts)*3/5)
	for _, idx := range byHead {
		if len(idx) < need {
			continue
		}
		texts := make([]string, len(idx))
		for k, i := range idx {
			texts[k] = Fold(strings.TrimLeft(cleanText(lines[i]), "\f "))
		}
		common := commonWordStart(texts)
		// Lines that differ in their end name sections; lines all alike
		// are a repeated header that pageFurniture finds.
		ends := map[string]bool{}
		for _, t := range texts {
			w := strings.Fields(t)
			ends[strings.Join(w[common:], " ")] = true
		}
		if len(ends) < 2 {
			continue
		}
		for _, i := range idx {
			furniture[i] = true
			// "Schéma … 2029-2033" / "Enjeu 1 – Prévenir…" / "Département
			// … Page 7": the section wrapped between title and footer.
			if j := i + 1; j+1 < len(lines) && !strings.ContainsRune(lines[j], '\f') && strings.TrimSpace(lines[j]) != "" && furniture[j+1] {
				furniture[j] = true
			}
		}
	}
}

// commonWordStart returns how many words all texts open with alike.
func commonWordStart(texts []string) int {
	words := make([][]string, len(texts))
	for k, t := range texts {
		words[k] = strings.Fields(t)
	}
	n := 0
	for {
		for _, ws := range words {
			if n >= len(ws) || n >= len(words[0]) || ws[n] != words[0][n] {
				return n
			}
		}
		n++
	}
}
