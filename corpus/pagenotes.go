package corpus

import (
	"regexp"
	"strconv"
	"strings"
)

// A word processor prints numbered footnotes at the foot of the page,
// above its footer, the number on the note's first line ("6 Loi n°
// 2016-297 du 14 mars 2016…"), and the call as a small figure glued to the
// word or the stop it follows ("au niveau national.1", "depuis 2019.2").
// Converted to text, the notes would run on the page's last paragraph or
// field, and the calls would read as figures ("2019.2"). A run of such
// notes, each called on its page, is furniture, and the calls are left
// out of the text.

// reNoteLine is a footnote's first line: its number, then its text,
// with or without a space between them ("6 Loi n° …", "2Observatoire…").
var reNoteLine = regexp.MustCompile(`^(\d{1,2})(?:\s+\S|\p{Lu})`)

// maxNoteLines is how far above the page's footer a footnote may start.
const maxNoteLines = 10

// markPageNotes marks the footnotes at the foot of each page as furniture
// and takes their calls out of the page's lines.
func markPageNotes(lines []string, furniture []bool) {
	starts := pageStarts(lines)
	for k, start := range starts {
		end := len(lines)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		// The page's last line of text that is no footer.
		last := -1
		for i := end - 1; i >= start; i-- {
			if strings.TrimSpace(lines[i]) != "" && !furniture[i] {
				last = i
				break
			}
		}
		if last < 0 {
			continue
		}
		from, notes := pageNotes(lines, furniture, start, last)
		if from < 0 {
			continue
		}
		for i := from; i <= last; i++ {
			furniture[i] = true
		}
		for _, n := range notes {
			dropCall(lines, start, from, n)
		}
	}
}

// pageNotes finds the footnotes that end at line last: the first line of
// the run, and the notes' numbers, which follow each other and are each
// called above the run. It returns -1 when the page ends on none.
func pageNotes(lines []string, furniture []bool, start, last int) (int, []string) {
	best, bestNotes := -1, []string(nil)
	for from := last; from >= max(start, last-maxNoteLines); from-- {
		if furniture[from] {
			break
		}
		m := reNoteLine.FindStringSubmatch(strings.TrimLeft(lines[from], "\f "))
		if m == nil {
			continue
		}
		var notes []string
		ok := true
		for i := from; i <= last && ok; i++ {
			n := reNoteLine.FindStringSubmatch(strings.TrimLeft(lines[i], "\f "))
			if n == nil {
				continue
			}
			if len(notes) > 0 {
				prev, _ := strconv.Atoi(notes[len(notes)-1])
				if cur, _ := strconv.Atoi(n[1]); cur != prev+1 {
					// A number that does not follow is the note's text
					// wrapped ("… du" / "14 mars 2016").
					continue
				}
			}
			notes = append(notes, n[1])
		}
		for _, n := range notes {
			if callLine(lines, start, from, n) < 0 {
				ok = false
			}
		}
		if ok {
			best, bestNotes = from, notes
		}
	}
	return best, bestNotes
}

// reCall is a footnote call: a figure glued to a lower-case word, or to
// the stop after a word or a year, then a space or the line's end.
func reCall(n string) *regexp.Regexp {
	return regexp.MustCompile(`(\p{Ll}{2}|(?:\p{L}{2}|\d{4}|[»)])[.,;:])` + n + `(\s|$)`)
}

// callLine returns the last line in [start, to) that calls note n, or -1.
func callLine(lines []string, start, to int, n string) int {
	re := reCall(n)
	for i := to - 1; i >= start; i-- {
		if re.MatchString(lines[i]) {
			return i
		}
	}
	return -1
}

// dropCall takes note n's call out of the line that holds it.
func dropCall(lines []string, start, to int, n string) {
	i := callLine(lines, start, to, n)
	if i < 0 {
		return
	}
	re := reCall(n)
	done := false
	lines[i] = re.ReplaceAllStringFunc(lines[i], func(s string) string {
		if done {
			return s
		}
		done = true
		m := re.FindStringSubmatch(s)
		return m[1] + m[2]
	})
}
