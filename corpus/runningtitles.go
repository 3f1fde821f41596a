package corpus

import (
	"strings"
	"unicode/utf8"
)

// A long report typeset by a word processor opens each page with a running
// header that names the current chapter, then the document's title:
// "Orientation 2 — Mieux repérer… Schéma de prévention … 2025-2030". Its
// start changes with the chapter and is the very heading the chapter opens
// with, so neither a line repeated as a whole nor one that opens alike on
// every page finds it; its end is the same on every page. When the header
// is longer than its frame, the conversion wraps its last word onto a line
// of its own ("… 2025-" / "2030").

// runningTitleWords is how many words at the end of page tops must agree
// for them to be a running title: fewer are a heading that happens to end
// like another.
const runningTitleWords = 4

// maxTitleTail is the longest line read as the wrapped end of a running
// header, in runes.
const maxTitleTail = 12

// markRunningTitles marks as furniture the first line of each page, and its
// wrapped end, when most pages' first lines end on the same words. It
// returns the lines where the header names a new chapter, which it leaves
// as that chapter's name: they close the fiche the previous chapter ended
// on.
func markRunningTitles(lines []string, furniture []bool) map[int]bool {
	starts := pageStarts(lines)
	if len(starts) < 4 {
		return nil
	}
	var chapters map[int]bool
	type top struct{ lines []int }
	byEnd := map[string][]top{}
	// The first page is the cover: its title may end as the running
	// header does, but it heads no chapter.
	for _, start := range starts[1:] {
		i := firstText(lines, start)
		if i < 0 {
			continue
		}
		t := strings.TrimLeft(cleanText(lines[i]), "\f ")
		if reFiche.MatchString(t) || reFicheWord.MatchString(t) || utf8.RuneCountInString(t) > 200 {
			continue
		}
		if end, ok := titleEnd(t); ok {
			byEnd[end] = append(byEnd[end], top{[]int{i}})
		}
		// "… de l'enfance 2025-" / "2030": the header's last word wrapped.
		if j := i + 1; j < len(lines) && !strings.ContainsRune(lines[j], '\f') {
			if tail := cleanText(lines[j]); tail != "" && utf8.RuneCountInString(tail) <= maxTitleTail && !strings.Contains(tail, " ") {
				if end, ok := titleEnd(joinWrapped(t, tail)); ok {
					byEnd[end] = append(byEnd[end], top{[]int{i, j}})
				}
			}
		}
	}
	need := max(3, len(starts)*3/5)
	for _, tops := range byEnd {
		if len(tops) < need {
			continue
		}
		texts := make([]string, len(tops))
		for k, tp := range tops {
			texts[k] = topText(lines, tp.lines)
		}
		common := commonWordEnd(texts)
		// A header that opens alike on every page ("Département de … /
		// Schéma …") names no chapter.
		names := map[string]bool{}
		for _, t := range texts {
			w := strings.Fields(t)
			names[Fold(strings.Join(w[:len(w)-common], " "))] = true
		}
		// The first page of a chapter keeps the chapter's name as its
		// first line: the body may print the chapter's heading in a shape
		// no heading reader knows ("Diagnostic : les enfants et les" /
		// "familles"), which the running header gives whole.
		prev := ""
		for k, tp := range tops {
			w := strings.Fields(strings.TrimLeft(texts[k], "\f "))
			chapter := strings.Join(w[:len(w)-common], " ")
			for _, i := range tp.lines {
				furniture[i] = true
			}
			if chapter != "" && Fold(chapter) != Fold(prev) && len(names) > 1 {
				if chapters == nil {
					chapters = map[int]bool{}
				}
				// A body that opens on the chapter's heading, whole, heads
				// the chapter itself.
				if j := bodyText(lines, furniture, tp.lines[len(tp.lines)-1]+1); j >= 0 && Fold(cleanText(lines[j])) == Fold(chapter) {
					chapters[j] = true
				} else {
					i := tp.lines[0]
					lines[i] = lines[i][:len(lines[i])-len(strings.TrimLeft(lines[i], "\f"))] + chapter
					furniture[i] = false
					chapters[i] = true
				}
			}
			prev = chapter
		}
	}
	return chapters
}

// bodyText returns the first line from i on that holds text and is no
// furniture, on the same page, or -1.
func bodyText(lines []string, furniture []bool, i int) int {
	for ; i < len(lines) && !strings.ContainsRune(lines[i], '\f'); i++ {
		if !furniture[i] && strings.TrimSpace(lines[i]) != "" {
			return i
		}
	}
	return -1
}

// topText is a page's running header, its wrapped end joined to it.
func topText(lines []string, at []int) string {
	t := strings.TrimLeft(cleanText(lines[at[0]]), "\f ")
	if len(at) > 1 {
		t = joinWrapped(t, cleanText(lines[at[1]]))
	}
	return t
}

// commonWordEnd returns how many words all texts end with alike, folded.
func commonWordEnd(texts []string) int {
	words := make([][]string, len(texts))
	for k, t := range texts {
		words[k] = strings.Fields(Fold(t))
	}
	n := 0
	for {
		var w string
		for k, ws := range words {
			if n >= len(ws) {
				return n
			}
			if k == 0 {
				w = ws[len(ws)-1-n]
			} else if ws[len(ws)-1-n] != w {
				return n
			}
		}
		n++
	}
}

// titleEnd returns the last words of a page's first line, folded, and
// whether it has enough of them to be compared.
func titleEnd(t string) (string, bool) {
	w := strings.Fields(Fold(t))
	if len(w) < runningTitleWords+1 {
		return "", false
	}
	return strings.Join(w[len(w)-runningTitleWords:], " "), true
}
