package corpus

import (
	"strings"
	"unicode"
)

// A form may print a field's options as a grid of tick boxes, two or three
// to a row, each option wrapped under its own box:
//
//	PARTENAIRES   ☒ Caisse d'allocations        ☐ MSA Nord
//	ASSOCIÉS      familiales (CAF)
//	              ☐ Éducation nationale         ☒ Agence régionale de
//	                                            santé (ARS)
//
// Read in content order (pdftotext -raw), a row's options and their wrapped
// ends come out in an order that no longer tells which end goes with which
// box ("☐ Éducation nationale ☒ Agence régionale de" / "santé (ARS)"). As
// laid out, each end sits under its box. keepCheckboxGrids rewrites each
// such grid in the raw text as its ticked options, one item a line
// ("- Caisse d'allocations familiales (CAF)"), read from the laid-out page;
// an unticked option is the form's, no value. A ticked "Autre (préciser) :
// …" gives what was written in.

// gridOption is an option of a grid: whether its box is ticked, the column
// of its box and its words, wrapped ends included.
type gridOption struct {
	tick  bool
	col   int
	words []string
}

// checkGrid is a grid found in the laid-out text: its options in reading
// order and the words of its caption (the field's label, left of the
// boxes).
type checkGrid struct {
	options []gridOption
	caption []string
}

// keepCheckboxGrids returns raw with the tick-box grids that layout shows
// rewritten as their ticked options; raw as it is when layout shows none.
func keepCheckboxGrids(raw, layout []byte) []byte {
	grids := checkGrids(strings.Split(string(layout), "\n"))
	if len(grids) == 0 {
		return raw
	}
	lines := strings.Split(string(raw), "\n")
	at := 0
	for _, g := range grids {
		start, end := g.rawSpan(lines, at)
		if start < 0 {
			continue
		}
		g.rewrite(lines, start, end)
		at = end
	}
	return []byte(strings.Join(lines, "\n"))
}

// markAt reports a box or tick mark at runes r[i:], its width in runes and
// whether it is ticked; width 0 when there is none.
func markAt(r []rune, i int) (width int, tick bool) {
	if s := string(r[i]); tickMarks[s] || boxMarks[s] {
		return 1, tickMarks[s]
	}
	if r[i] == '[' && i+2 < len(r) && r[i+2] == ']' {
		switch r[i+1] {
		case 'x', 'X':
			return 3, true
		case ' ':
			return 3, false
		}
	}
	return 0, false
}

// boxRow reads a laid-out line as a row of boxes: the column of its first
// box and its options; nil when the line has no box.
func boxRow(line string) (first int, opts []gridOption) {
	r := []rune(strings.TrimLeft(line, "\f"))
	first = -1
	var cur *gridOption
	word := []rune{}
	flush := func() {
		if len(word) > 0 && cur != nil {
			cur.words = append(cur.words, string(word))
		}
		word = word[:0]
	}
	for i := 0; i < len(r); i++ {
		if w, tick := markAt(r, i); w > 0 && (i == 0 || unicode.IsSpace(r[i-1])) {
			flush()
			if first < 0 {
				first = i
			}
			opts = append(opts, gridOption{tick: tick, col: i})
			cur = &opts[len(opts)-1]
			i += w - 1
			continue
		}
		if unicode.IsSpace(r[i]) {
			flush()
			continue
		}
		word = append(word, r[i])
	}
	flush()
	return first, opts
}

// inColumns reports a row whose options stand in columns: a wide gap before
// one of its boxes after the first.
func inColumns(line string, opts []gridOption) bool {
	r := []rune(strings.TrimLeft(line, "\f"))
	for _, o := range opts[1:] {
		if o.col >= 3 && strings.TrimSpace(string(r[o.col-3:o.col])) == "" {
			return true
		}
	}
	return false
}

// checkGrids finds the tick-box grids of laid-out lines: two rows of boxes
// or more whose first boxes stand in the same column, one row at least in
// columns, with the lines between them holding the wrapped ends of their
// options (under the boxes) and the caption's (left of them).
func checkGrids(lay []string) []checkGrid {
	var out []checkGrid
	for i := 0; i < len(lay); i++ {
		first, opts := boxRow(lay[i])
		if first < 0 {
			continue
		}
		g := checkGrid{options: opts, caption: captionWords(lay[i], first)}
		rows, columns := 1, inColumns(lay[i], opts)
		row := opts // the options of the row being read
		last := i
		for j := i + 1; j < len(lay); j++ {
			l := strings.TrimLeft(lay[j], "\f")
			if strings.TrimSpace(l) == "" {
				continue
			}
			if f, o := boxRow(l); f >= 0 {
				// A row with a caption of its own opens the next field.
				if f < first-1 || f > first+1 || len(captionWords(l, first)) > 0 {
					break
				}
				rows++
				columns = columns || inColumns(l, o)
				g.caption = append(g.caption, captionWords(l, first)...)
				g.options = append(g.options, o...)
				row = g.options[len(g.options)-len(o):]
				last = j
				continue
			}
			// A line of text: the ends of the row's options under their
			// boxes, a caption's next words left of them; anything else
			// ends the grid.
			if !g.wrapped(l, first, row) {
				break
			}
			last = j
		}
		if rows >= 2 && columns {
			out = append(out, g)
			i = last
		}
	}
	return out
}

// captionWords returns the words of a laid-out line left of column first,
// the caption's.
func captionWords(line string, first int) []string {
	r := []rune(strings.TrimLeft(line, "\f"))
	if first > len(r) {
		first = len(r)
	}
	return strings.Fields(string(r[:first]))
}

// wrapped adds the words of laid-out line l to the options of row, each
// run of words to the option whose box stands at or left of it, and those
// left of the boxes to the caption. It reports false, adding nothing, when
// l is no such line: a word set between the caption and the boxes.
func (g *checkGrid) wrapped(l string, first int, row []gridOption) bool {
	var caption []string
	type run struct {
		col   int
		words []string
	}
	var runs []run
	prevEnd := -10
	for _, c := range fieldsAt(strings.TrimLeft(l, "\f")) {
		switch {
		case c.end <= first-1:
			caption = append(caption, c.actor)
		case c.start < first-1:
			return false
		case len(runs) > 0 && c.start-prevEnd <= 1:
			runs[len(runs)-1].words = append(runs[len(runs)-1].words, c.actor)
		default:
			runs = append(runs, run{col: c.start, words: []string{c.actor}})
		}
		prevEnd = c.end
	}
	// A caption beside text opens the next field ("CONSTAT   En 2027…");
	// alone, it goes on the grid's ("PARTENAIRES" / "ASSOCIÉS").
	if len(runs) > len(row) || len(caption) > 0 && len(runs) > 0 {
		return false
	}
	for _, rn := range runs {
		k := -1
		for n, o := range row {
			if o.col <= rn.col+2 {
				k = n
			}
		}
		if k < 0 {
			return false
		}
		row[k].words = append(row[k].words, rn.words...)
	}
	g.caption = append(g.caption, caption...)
	return true
}

// words returns every word of the grid, its marks as the raw text prints
// them, each with its count.
func (g *checkGrid) words() map[string]int {
	n := map[string]int{}
	for _, o := range g.options {
		if o.tick {
			n["\x00tick"]++
		} else {
			n["\x00box"]++
		}
		for _, w := range o.words {
			n[w]++
		}
	}
	return n
}

// rawSpan finds the lines of raw, from line at on, that print the grid:
// from the line that opens on its first option to the last line whose
// words all belong to it. start is -1 when the grid is not found.
func (g *checkGrid) rawSpan(lines []string, at int) (start, end int) {
	if len(g.options) == 0 || len(g.options[0].words) == 0 {
		return -1, -1
	}
	for i := at; i < len(lines); i++ {
		_, opts := boxRow(lines[i])
		if len(opts) == 0 || opts[0].tick != g.options[0].tick || len(opts[0].words) == 0 || opts[0].words[0] != g.options[0].words[0] {
			continue
		}
		left := g.words()
		captions := map[string]int{}
		for _, w := range g.caption {
			captions[w]++
		}
		end = i
		for j := i; j < len(lines) && len(left) > 0; j++ {
			words := rawWords(lines[j])
			if len(words) == 0 {
				break
			}
			ok := true
			for _, w := range words {
				if left[w] == 0 && captions[w] == 0 {
					ok = false
					break
				}
			}
			if !ok {
				break
			}
			for _, w := range words {
				if left[w] > 0 {
					if left[w]--; left[w] == 0 {
						delete(left, w)
					}
				} else {
					captions[w]--
				}
			}
			end = j + 1
		}
		if len(left) > 0 {
			return -1, -1 // the raw text prints the grid otherwise
		}
		return i, end
	}
	return -1, -1
}

// rawWords returns a raw line's words, its marks as words() counts them.
func rawWords(l string) []string {
	first, opts := boxRow(l)
	if first < 0 {
		return strings.Fields(l)
	}
	out := captionWords(l, first)
	for _, o := range opts {
		if o.tick {
			out = append(out, "\x00tick")
		} else {
			out = append(out, "\x00box")
		}
		out = append(out, o.words...)
	}
	return out
}

// rewrite replaces lines[start:end] with the grid's ticked options, one
// item a line, keeping the number of lines: a caption line the span holds
// stays, first.
func (g *checkGrid) rewrite(lines []string, start, end int) {
	captions := map[string]bool{}
	for _, w := range g.caption {
		captions[w] = true
	}
	var out []string
	for _, l := range lines[start:end] {
		words := strings.Fields(l)
		caption := len(words) > 0
		for _, w := range words {
			caption = caption && captions[w]
		}
		if caption {
			out = append(out, strings.TrimLeft(l, "\f"))
		} else if f, _ := boxRow(l); f > 0 && len(captionWords(l, f)) > 0 {
			// "ACTEURS MOBILISÉS ☑ Caisse…": the caption before the
			// first box stays the field's label.
			out = append(out, strings.Join(captionWords(l, f), " "))
		}
	}
	for _, o := range g.options {
		if !o.tick {
			continue
		}
		if v := optionValue(strings.Join(o.words, " ")); v != "" {
			out = append(out, "- "+v)
		}
	}
	n := end - start
	if len(out) > n {
		out = append(out[:n-1], strings.Join(out[n-1:], " ; "))
	}
	for k := range n {
		// A page's form feed stays where the raw reading put it.
		lead := lines[start+k][:len(lines[start+k])-len(strings.TrimLeft(lines[start+k], "\f"))]
		if k < len(out) {
			lines[start+k] = lead + out[k]
		} else {
			lines[start+k] = lead
		}
	}
}

// optionValue is what a ticked option says: its text, or for an option
// that lets one write in ("Autre (préciser) : Réseau périnatal"), what was
// written, "" when only the dots to write on are printed.
func optionValue(text string) string {
	if c := strings.Index(text, ":"); c >= 0 && strings.HasPrefix(Fold(text), "autre") {
		text = text[c+1:]
	}
	if strings.Trim(text, " .…_-–") == "" {
		return ""
	}
	return strings.TrimSpace(text)
}
