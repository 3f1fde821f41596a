package corpus

import (
	"regexp"
	"strconv"
	"strings"
)

// A report written as running prose may keep each action's pilot,
// partners and deadline out of its text, in a footnote at the foot of
// the page: "³ Pilote : Service de PMI. Partenaires : CAF, MSA. Échéance :
// 2029." The note's mark sits in the action's heading or text, and the
// notes are numbered through the document, legal references included, so
// that note 7 may well belong to action 5. pdftotext prints the mark as a
// figure on a line of its own, glued to the word it follows ("prévention3")
// or as a superscript figure ("prévention³"), and the note as its number,
// alone on its line or at the head of the note's first line, then its
// text. A note at a page's foot that opens on a field label gives that
// field to the fiche whose text carries its mark; its lines are no text
// of the page.

// fieldNote is a footnote that gives fields: its number, the line of its
// mark, the line its text opens on and its text, its lines joined.
type fieldNote struct {
	n          string
	call, line int
	text       string
	used       bool
}

var (
	// reNoteAlone is a note's number alone on its line.
	reNoteAlone = regexp.MustCompile(`^(\d{1,3})$`)
	// reNoteRunIn is a note's number at the head of its first line,
	// then its text: "3 Pilote : …", "3Pilote : …", "³ Pilote : …".
	reNoteRunIn = regexp.MustCompile(`^(\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s*(\p{Lu}.*)$`)
	// reNoteLabel is where a label may open inside a note: at its start,
	// or after a stop, a semicolon, a bar or a dash.
	reNoteLabel = regexp.MustCompile(`(?:^|[.;|–—]\s+)(\p{L}[\p{L}'’ ()-]{1,40}?)\s*:\s`)
)

// maxNoteText is how many lines one note's text may run over.
const maxNoteText = 8

var superscripts = strings.NewReplacer("⁰", "0", "¹", "1", "²", "2", "³", "3", "⁴", "4", "⁵", "5", "⁶", "6", "⁷", "7", "⁸", "8", "⁹", "9")

// toSuperscript writes a note's number as superscript figures.
func toSuperscript(n string) string {
	return strings.NewReplacer("0", "⁰", "1", "¹", "2", "²", "3", "³", "4", "⁴", "5", "⁵", "6", "⁶", "7", "⁷", "8", "⁸", "9", "⁹").Replace(n)
}

// fieldNotes finds the footnotes that give fields at the foot of each
// page, each with the line of its mark above it on the page, and marks
// their lines as furniture.
func fieldNotes(lines []string, furniture []bool) []fieldNote {
	repeated := map[string]int{}
	for _, l := range lines {
		if t := cleanText(l); len(t) >= 15 {
			repeated[t]++
		}
	}
	// The running header or footer, the page number and blank lines may
	// follow the last note.
	closing := func(i int) bool {
		t := strings.Trim(lines[i], "\f \t")
		return t == "" || rePageNumber.MatchString(t) || repeated[cleanText(lines[i])] >= 3
	}
	var out []fieldNote
	starts := pageStarts(lines)
	// A page's foot is known only in a text whose pages the conversion
	// kept apart: a markdown file's numbered list is no run of notes.
	if len(starts) < 2 {
		return nil
	}
	for k, start := range starts {
		end := len(lines)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		notes, from := footNotes(lines, start, end, closing)
		for _, n := range notes {
			if kind, rest := labelKind(n.text); kind == fNone || kind == fOther || rest == "" {
				continue
			}
			if n.call = noteCall(lines, start, from, n.n); n.call < 0 {
				continue
			}
			out = append(out, n)
		}
	}
	for _, n := range out {
		dropMark(lines, n)
		// The note's number may stand on the line above its text.
		from := n.line
		if from > 0 && reNoteAlone.MatchString(strings.TrimSpace(lines[from-1])) {
			from--
		}
		for i := from; i < len(lines) && i < n.line+maxNoteText; i++ {
			if i > n.line && (noteStart(lines, i) != "" || strings.ContainsRune(lines[i], '\f')) {
				break
			}
			furniture[i] = true
		}
	}
	return out
}

// noteStart returns the number of the note that opens at line i, its
// number alone on the line above its text or at the head of its text, or
// "".
func noteStart(lines []string, i int) string {
	t := strings.Trim(lines[i], "\f \t")
	if m := reNoteAlone.FindStringSubmatch(t); m != nil {
		if i+1 < len(lines) && !strings.ContainsRune(lines[i+1], '\f') && reNoteRunIn.MatchString("0 "+strings.TrimSpace(lines[i+1])) {
			return m[1]
		}
		return ""
	}
	if m := reNoteRunIn.FindStringSubmatch(t); m != nil {
		return superscripts.Replace(m[1])
	}
	return ""
}

// footNotes reads the run of notes, numbered one after the other, that
// ends page [start, end) before what closes it, and returns them with the
// line the run opens on; nil when the page ends on no notes.
func footNotes(lines []string, start, end int, closing func(int) bool) ([]fieldNote, int) {
	last := end - 1
	for last >= start && closing(last) {
		last--
	}
	for i := start + 1; i <= last; i++ {
		n := noteStart(lines, i)
		if n == "" {
			continue
		}
		var notes []fieldNote
		j := i
		for j <= last {
			num := noteStart(lines, j)
			if num == "" || len(notes) > 0 && !follows(notes[len(notes)-1].n, num) {
				break
			}
			text := j
			if reNoteAlone.MatchString(strings.Trim(lines[j], "\f \t")) {
				text = j + 1
			}
			body := []string{strings.TrimSpace(lines[text])}
			if text == j {
				body[0] = strings.TrimSpace(reNoteRunIn.FindStringSubmatch(strings.Trim(lines[j], "\f \t"))[2])
			}
			j = text + 1
			for j <= last && j < text+maxNoteText && noteStart(lines, j) == "" && !reNoteAlone.MatchString(strings.TrimSpace(lines[j])) {
				body = append(body, strings.TrimSpace(lines[j]))
				j++
			}
			joined := body[0]
			for _, l := range body[1:] {
				joined = joinWrapped(joined, l)
			}
			notes = append(notes, fieldNote{n: num, line: text, text: joined})
		}
		if j > last && len(notes) > 0 {
			return notes, i
		}
	}
	return nil, -1
}

// follows reports note number b coming right after a.
func follows(a, b string) bool {
	x, err1 := strconv.Atoi(a)
	y, err2 := strconv.Atoi(b)
	return err1 == nil && err2 == nil && y == x+1
}

// noteCall returns the last line of [start, to) that carries note n's
// mark: the number alone on its line (not the page's own number right
// under the page break), glued to a word or after its stop, or as a
// superscript, or -1.
func noteCall(lines []string, start, to int, n string) int {
	glued := reCall(n)
	sup := toSuperscript(n)
	reSup := regexp.MustCompile(`[^⁰¹²³⁴⁵⁶⁷⁸⁹]` + regexp.QuoteMeta(sup) + `(?:[^⁰¹²³⁴⁵⁶⁷⁸⁹]|$)`)
	for i := to - 1; i >= start; i-- {
		t := strings.Trim(lines[i], "\f \t")
		switch {
		case t == n:
			if i > start+1 {
				return i
			}
		case glued.MatchString(t), reSup.MatchString(t):
			return i
		}
	}
	return -1
}

// dropMark takes note n's mark out of the word it is glued to
// ("itinérantes3", "itinérantes³"): the title or the sentence is read
// without it.
func dropMark(lines []string, n fieldNote) {
	l := lines[n.call]
	if strings.Trim(l, "\f \t") == n.n {
		return
	}
	if re := reCall(n.n); re.MatchString(l) {
		loc := re.FindAllStringSubmatchIndex(l, -1)
		m := loc[len(loc)-1]
		lines[n.call] = l[:m[3]] + l[m[4]:]
		return
	}
	if sup := toSuperscript(n.n); strings.Contains(l, sup) {
		i := strings.LastIndex(l, sup)
		lines[n.call] = l[:i] + l[i+len(sup):]
	}
}

// noteSegments cuts a note's text at its labels into "Label : value"
// parts, the text before its first label left out; nil when it opens on
// no field label.
func noteSegments(text string) []string {
	var cuts []int
	for _, m := range reNoteLabel.FindAllStringSubmatchIndex(text, -1) {
		if k, _ := labelKind(text[m[2]:m[3]] + " :"); k != fNone && k != fOther {
			cuts = append(cuts, m[2])
		}
	}
	if len(cuts) == 0 || cuts[0] != 0 {
		return nil
	}
	var out []string
	for k, c := range cuts {
		end := len(text)
		if k+1 < len(cuts) {
			end = cuts[k+1]
		}
		seg := strings.TrimSpace(text[c:end])
		seg = strings.TrimSpace(strings.TrimRight(seg, ";|–— "))
		// A label run in lower case after a semicolon reads as one.
		out = append(out, upperFirst(seg))
	}
	return out
}

// noteFields gives the fiche being read the fields of the notes whose
// marks its lines carry, each only when the fiche's text gave it none.
func (p *parser) noteFields() {
	f := p.curFiche
	if f == nil || len(p.notes) == 0 {
		return
	}
	end := f.Span.EndLine
	for k := range p.notes {
		n := &p.notes[k]
		if n.used || n.call+1 < f.Span.StartLine || n.call+1 > end {
			continue
		}
		n.used = true
		segs := noteSegments(n.text)
		given := map[fieldKind]bool{}
		for _, seg := range segs {
			if kind, _ := labelKind(seg); f.field(kind) != nil && !f.field(kind).Empty() {
				given[kind] = true
			}
		}
		for _, seg := range segs {
			if kind, _ := labelKind(seg); given[kind] {
				continue
			}
			p.closeField()
			p.ficheLine_(n.line+1, seg, cleanText(seg))
		}
		p.closeField()
	}
	f.Span.EndLine = end
}
