package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/term"

	"schemabot/corpus"
	"schemabot/corpus/calendar"
)

// defaultTableWidth is the width tables fit when the output is no terminal:
// a pipe, a file, a mail, a ticket.
const defaultTableWidth = 80

// tableWidth returns the width tables must fit: the terminal's, else 80.
func tableWidth(w io.Writer) int {
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		if width, _, err := term.GetSize(int(f.Fd())); err == nil && width >= 40 {
			return width
		}
	}
	return defaultTableWidth
}

// column is one column of a table. A column with a weight shrinks to fit
// the width, sharing the room left by the others in proportion; a column
// of weight 0 keeps its natural width (labels, dates, statuses).
type column struct {
	title  string
	weight int
}

// tableGroup is a run of rows under an optional heading line (the
// document they come from).
type tableGroup struct {
	heading string
	rows    [][]string
}

// textTable lays out rows in columns separated by two spaces.
type textTable struct {
	cols   []column
	groups []tableGroup
	// wrap breaks a shrunk cell over several lines; otherwise it is cut
	// with "…" and every row stays on one line (for grep and scripts).
	wrap bool
	// header repeats the column titles under every heading.
	header bool
}

const columnGap = 2

// minShrunkWidth is the narrowest a shrinking column gets: below, a word
// no longer fits.
const minShrunkWidth = 8

// widths returns each column's width for a table at most width wide
// (width <= 0: no limit, every column its natural width).
func (t *textTable) widths(width int) []int {
	n := len(t.cols)
	natural := make([]int, n)
	for i, c := range t.cols {
		natural[i] = runeWidth(c.title)
	}
	for _, g := range t.groups {
		for _, r := range g.rows {
			for i := 0; i < n && i < len(r); i++ {
				natural[i] = max(natural[i], runeWidth(r[i]))
			}
		}
	}
	total := columnGap * (n - 1)
	for _, w := range natural {
		total += w
	}
	if width <= 0 || total <= width {
		return natural
	}
	out := make([]int, n)
	room := width - columnGap*(n-1)
	flexible := map[int]bool{}
	for i, c := range t.cols {
		if c.weight == 0 {
			out[i] = natural[i]
			room -= natural[i]
		} else {
			flexible[i] = true
		}
	}
	// A shrinking column narrower than its share keeps its natural width
	// and leaves the rest to the others.
	for len(flexible) > 0 {
		weights := 0
		for i := range flexible {
			weights += t.cols[i].weight
		}
		settled := false
		for i := range flexible {
			if natural[i] <= room*t.cols[i].weight/weights {
				out[i] = natural[i]
				room -= natural[i]
				delete(flexible, i)
				settled = true
			}
		}
		if settled {
			continue
		}
		left := room
		last := -1
		for i := 0; i < n; i++ {
			if flexible[i] {
				out[i] = max(minShrunkWidth, room*t.cols[i].weight/weights)
				left -= out[i]
				last = i
			}
		}
		if left > 0 && last >= 0 {
			out[last] += left // what rounding left goes to the last one
		}
		break
	}
	return out
}

// render writes the table at most width columns wide (width <= 0: no
// limit).
func (t *textTable) render(w io.Writer, width int) error {
	ws := t.widths(width)
	titles := make([]string, len(t.cols))
	for i, c := range t.cols {
		titles[i] = c.title
	}
	var b strings.Builder
	if !t.header {
		t.writeRow(&b, ws, titles)
	}
	for gi, g := range t.groups {
		if g.heading != "" {
			if gi > 0 || !t.header {
				b.WriteString("\n")
			}
			h := g.heading
			if width > 0 {
				h = clip(h, width)
			}
			b.WriteString(h + "\n")
		}
		if t.header {
			t.writeRow(&b, ws, titles)
		}
		for _, r := range g.rows {
			t.writeRow(&b, ws, r)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeRow writes one row, over several lines when a cell wraps.
func (t *textTable) writeRow(b *strings.Builder, ws []int, row []string) {
	cells := make([][]string, len(ws))
	height := 1
	for i := range ws {
		s := ""
		if i < len(row) {
			s = strings.Join(strings.Fields(row[i]), " ")
		}
		switch {
		case runeWidth(s) <= ws[i]:
			cells[i] = []string{s}
		case t.wrap:
			cells[i] = wrapWords(s, ws[i])
		default:
			cells[i] = []string{clip(s, ws[i])}
		}
		height = max(height, len(cells[i]))
	}
	for l := 0; l < height; l++ {
		var line strings.Builder
		for i, c := range cells {
			s := ""
			if l < len(c) {
				s = c[l]
			}
			line.WriteString(s)
			if i < len(cells)-1 {
				line.WriteString(strings.Repeat(" ", ws[i]-runeWidth(s)+columnGap))
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
}

// runeWidth is the width of s on a terminal. The documents' text is
// Latin with precomposed accents: one rune, one column.
func runeWidth(s string) int { return utf8.RuneCountInString(s) }

// clip cuts s to n columns, ending it with "…" when cut, and never
// after a space or a dangling punctuation mark.
func clip(s string, n int) string {
	if runeWidth(s) <= n {
		return s
	}
	if n <= 1 {
		return "…"
	}
	return strings.TrimRight(string([]rune(s)[:n-1]), " ,;:–-") + "…"
}

// wrapWords breaks s into lines of at most n columns at spaces; a word
// longer than a line is cut.
func wrapWords(s string, n int) []string {
	var lines []string
	var cur []rune
	for _, word := range strings.Fields(s) {
		wr := []rune(word)
		for len(wr) > n {
			if len(cur) > 0 {
				lines = append(lines, string(cur))
				cur = nil
			}
			lines = append(lines, string(wr[:n]))
			wr = wr[n:]
		}
		switch {
		case len(cur) == 0:
			cur = wr
		case len(cur)+1+len(wr) <= n:
			cur = append(append(cur, ' '), wr...)
		default:
			lines = append(lines, string(cur))
			cur = wr
		}
	}
	if len(cur) > 0 || len(lines) == 0 {
		lines = append(lines, string(cur))
	}
	return lines
}

// docHeading names a document for a person, with its id for --doc:
// "Isère (2020-2024) — isere-2020-2024".
func docHeading(d *corpus.Document) string {
	name := strings.TrimSpace(d.Departement + " " + periodInParens(d.Period()))
	if d.Departement == "" {
		return d.ID
	}
	return name + " — " + d.ID
}

func periodInParens(p string) string {
	if p == "" {
		return ""
	}
	return "(" + p + ")"
}

// writeFichesTable prints the fiches of docs. Fitted (wide false), the
// fiches of each document come under a line naming it, and titles and
// pilots wrap; wide, one line per fiche with its document id first.
func writeFichesTable(w io.Writer, l lang, docs []*corpus.Document, width int, wide bool) error {
	heads := tr{"FICHE|PAGE|TITRE|PILOTE(S)|JALONS", "FICHE|PAGE|TITLE|PILOT(S)|MILESTONES"}
	titles := strings.Split(heads.in(l), "|")
	row := func(f corpus.Fiche) []string {
		page := "-"
		if f.Page > 0 {
			page = fmt.Sprint(f.Page)
		}
		return []string{f.ID, page, f.Title, strings.Join(f.Pilots.Texts(), " ; "), fmt.Sprint(len(f.Milestones))}
	}
	if wide {
		t := &textTable{cols: []column{{title: "DOC"}}}
		for _, title := range titles {
			t.cols = append(t.cols, column{title: title})
		}
		g := tableGroup{}
		for _, d := range docs {
			for _, f := range d.Fiches {
				g.rows = append(g.rows, append([]string{d.ID}, row(f)...))
			}
		}
		t.groups = []tableGroup{g}
		return t.render(w, 0)
	}
	t := &textTable{wrap: true, header: true, cols: []column{{title: titles[0]}, {title: titles[1]},
		{title: titles[2], weight: 3}, {title: titles[3], weight: 2}, {title: titles[4]}}}
	for _, d := range docs {
		g := tableGroup{heading: docHeading(d)}
		for _, f := range d.Fiches {
			g.rows = append(g.rows, row(f))
		}
		t.groups = append(t.groups, g)
	}
	return t.render(w, width)
}

// statusIn says a milestone's status in the user's language; the French
// names are calendar's own.
func statusIn(l lang, s calendar.Status) string {
	if l == english {
		switch strings.ToLower(string(s)) {
		case "à venir":
			return "upcoming"
		case "en cours":
			return "running"
		case "échu":
			return "overdue"
		case "fait":
			return "done"
		}
	}
	return string(s)
}

// writeDeadlinesFitted prints the milestones for a person, one line each
// so that a line can be searched for, fitted to width by cutting the label
// and the calendar text (--wide shows them whole). Over several documents,
// the milestones of each come under a line naming it.
func writeDeadlinesFitted(w io.Writer, l lang, lib *corpus.Library, es []calendar.Entry, now time.Time, width int) error {
	day := frenchDate(calendar.Day(now))
	if len(es) == 0 {
		msg := tr{"Aucune échéance ne correspond (au %s).\n", "No milestone matches (as of %s).\n"}
		_, err := fmt.Fprintf(w, msg.in(l), day)
		return err
	}
	if l == english {
		fmt.Fprintf(w, "%s as of %s:\n\n", countOf(len(es), "milestone", "milestones"), day)
	} else {
		fmt.Fprintf(w, "%s au %s :\n\n", countOf(len(es), "échéance", "échéances"), day)
	}
	heads := tr{"FICHE|ÉCHÉANCE|CALENDRIER|DÉBUT|FIN|STATUT", "FICHE|MILESTONE|CALENDAR|START|END|STATUS"}
	titles := strings.Split(heads.in(l), "|")
	// Equal shares keep a one-semester calendar ("Semestre 1 / 2023")
	// whole at 80 columns; a longer one is also in DÉBUT and FIN.
	t := &textTable{cols: []column{{title: titles[0]}, {title: titles[1], weight: 1}, {title: titles[2], weight: 1},
		{title: titles[3]}, {title: titles[4]}, {title: titles[5]}}}
	var docs []string
	byDoc := map[string][][]string{}
	for _, e := range es {
		label := e.Label
		if label == "" {
			label = "—"
		}
		start, end := "—", "—"
		if e.Dated() {
			start, end = frenchDate(e.Start), frenchDate(e.End)
		}
		if _, ok := byDoc[e.Doc]; !ok {
			docs = append(docs, e.Doc)
		}
		byDoc[e.Doc] = append(byDoc[e.Doc], []string{e.Fiche, label, e.Raw, start, end, statusIn(l, e.Status)})
	}
	if width <= 0 && len(docs) > 1 {
		// Wide: the document is a column, every line complete on its own.
		t.cols = append([]column{{title: "DOCUMENT"}}, t.cols...)
		g := tableGroup{}
		for _, id := range docs {
			for _, r := range byDoc[id] {
				g.rows = append(g.rows, append([]string{id}, r...))
			}
		}
		t.groups = []tableGroup{g}
		return t.render(w, 0)
	}
	t.header = len(docs) > 1 // under each document's heading
	for _, id := range docs {
		g := tableGroup{rows: byDoc[id]}
		if len(docs) > 1 {
			g.heading = id
			if d := findDoc(lib, id); d != nil {
				g.heading = docHeading(d)
			}
		}
		t.groups = append(t.groups, g)
	}
	return t.render(w, width)
}
