package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A report converted without blank lines (pdftotext -raw keeps none)
// gives its chapter headings no room of their own: "2. Le contexte
// départemental" sits between two paragraphs, and "7. Tableau
// récapitulatif des actions" right under the last field of the last
// fiche. What tells such a heading from the item of a numbered list is
// the numbering: the chapters run 1, 2, 3… once through the whole
// document, each alone, while a list's items follow one another.

// reChapterHead is a chapter heading numbered with a full stop: "7.
// Tableau récapitulatif des actions".
var reChapterHead = regexp.MustCompile(`^(\d{1,2})\.\s+\p{Lu}`)

// numberedChapters returns the lines (indexes) that head the numbered
// chapters of a document: short lines "N. Title" that end on no
// punctuation, none of them next to another, whose numbers run 1, 2, 3…
// in the order of the document, at least three of them. A number met on
// two such lines means numbered lists, not chapters: nil then.
func numberedChapters(lines []string, furniture []bool) map[int]bool {
	var cands []int
	nums := map[int]int{}
	for i, l := range lines {
		if n := chapterNumber(l); n > 0 && !furniture[i] {
			cands = append(cands, i)
			nums[i] = n
		}
	}
	seen := map[int]bool{}
	out := map[int]bool{}
	want := 1
	for _, i := range cands {
		if neighbour(lines, furniture, i, -1, nums) || neighbour(lines, furniture, i, 1, nums) {
			continue
		}
		n := nums[i]
		if seen[n] {
			return nil
		}
		seen[n] = true
		if n == want {
			out[i] = true
			want++
		}
	}
	if len(out) < 3 {
		return nil
	}
	return out
}

// chapterNumber reads a line as a numbered chapter heading and returns its
// number, or 0: short, a capital after the number, no final punctuation,
// no table cells.
func chapterNumber(line string) int {
	if strings.ContainsAny(line, "\t|") {
		return 0
	}
	t := cleanText(line)
	m := reChapterHead.FindStringSubmatch(t)
	if m == nil || utf8.RuneCountInString(t) > 80 || len(strings.Fields(t)) > 12 {
		return 0
	}
	// "1. Pourquoi un nouveau schéma ?": a chapter may ask the question
	// it answers, where a numbered list of questions has its items next
	// to each other (see neighbour).
	last, _ := utf8.DecodeLastRuneInString(t)
	if strings.ContainsRune(".:;,!…", last) {
		return 0
	}
	return atoi(m[1])
}

// neighbour reports that the nearest line with text before (step -1) or
// after (step 1) line i is a numbered candidate too: an item of a list.
func neighbour(lines []string, furniture []bool, i, step int, nums map[int]int) bool {
	for j := i + step; j >= 0 && j < len(lines); j += step {
		if furniture[j] || strings.TrimSpace(lines[j]) == "" {
			continue
		}
		return nums[j] > 0
	}
	return false
}
