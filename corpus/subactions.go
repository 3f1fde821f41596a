package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A fiche may hold a table of the sub-actions it is made of, numbered
// within the fiche, each row with its own pilot, partners and deadline:
//
//	Action                                    Pilote               Partenaires          Échéance
//	4.1 Refondre le protocole départemental   CRIP                 Parquets, DSDEN      Juin 2025
//	de recueil des informations                                    ARS
//	4.2 Mettre en service un formulaire en    Direction des        CRIP, Éducation      Décembre
//	ligne                                     systèmes d'information nationale          2025
//
// unfoldColumnTables reads it as it reads a plan printed as one table
// (readColumnCells), but the rows are no fiches: subActionLines writes
// them as the enclosing fiche's fields, each item saying which row it
// comes from, so that the fiche keeps every row's pilot, partners and
// deadline and a reader can still ask about "l'action 4.2".

// reTitledRowID is a row number that opens the text of the first column
// ("4.2 Mettre en service…"): a number within a fiche, dotted.
var reTitledRowID = regexp.MustCompile(`^(\d{1,2}\.\d{1,2})\.?\s+(\S.*)$`)

// titledRowID splits a run that opens on a sub-action's number into the
// number and the rest of the run, the action's title.
func titledRowID(s segment) (id string, rest segment, ok bool) {
	m := reTitledRowID.FindStringSubmatch(s.text)
	if m == nil {
		return "", segment{}, false
	}
	at := s.start + utf8.RuneCountInString(s.text) - utf8.RuneCountInString(m[2])
	return m[1], segment{start: at, text: m[2]}, true
}

// assignRow puts each run of a row's lines under its column. Two runs of
// one line are never in the same column: a row the layout printed closer
// together than its header ("soutien     familial" under "Pilote" ten
// characters to the right) keeps its cells apart. A run that crosses
// where the row's next column starts ("…centre hospitalier ARS PACA",
// one space between title and pilot) is cut there.
func assignRow(rows [][]segment, cols []column) [][]string {
	placed := placeRuns(rows, cols)
	starts := rowStarts(placed, cols)
	cells := make([][]string, len(cols))
	for _, line := range placed {
		prev := -1
		for _, p := range line {
			// Where this row's columns start decides, then the order of
			// the runs on the line.
			p.col = min(max(columnAt(p.start, starts), prev+1), len(cols)-1)
			for c, text := range cutAtColumns(p, starts) {
				cells[c] = append(cells[c], text)
				prev = max(prev, c)
			}
		}
	}
	return cells
}

// columnAt returns the last column that starts at or left of start, two
// characters of slack.
func columnAt(start int, starts []int) int {
	c := 0
	for k, s := range starts {
		if start+2 >= s {
			c = k
		}
	}
	return c
}

// placedRun is a run of a line and the column it was put under.
type placedRun struct {
	segment
	col int
}

// placeRuns puts each run under the last column of the header that
// starts at or left of it, or the column right of the line's previous run
// when that is further right.
func placeRuns(rows [][]segment, cols []column) [][]placedRun {
	out := make([][]placedRun, 0, len(rows))
	headerStarts := make([]int, len(cols))
	for c, col := range cols {
		headerStarts[c] = col.start
	}
	for _, line := range rows {
		var placed []placedRun
		prev := -1
		for _, s := range line {
			c := min(max(columnAt(s.start, headerStarts), prev+1), len(cols)-1)
			placed = append(placed, placedRun{segment: s, col: c})
			prev = c
		}
		out = append(out, placed)
	}
	return out
}

// rowStarts returns where each column starts in this row: the leftmost
// run put under it, or the header's start when none is.
func rowStarts(placed [][]placedRun, cols []column) []int {
	starts := make([]int, len(cols))
	for c, col := range cols {
		starts[c] = col.start
	}
	seen := make([]bool, len(cols))
	for _, line := range placed {
		for _, p := range line {
			if p.col > 0 && (!seen[p.col] || p.start < starts[p.col]) {
				starts[p.col], seen[p.col] = p.start, true
			}
		}
	}
	return starts
}

// cutAtColumns returns a placed run's text by column: all of it under
// its own, or cut where it crosses the start of the columns right of it,
// at the last word that starts at or before each column's start.
func cutAtColumns(p placedRun, starts []int) map[int]string {
	out := map[int]string{}
	runes := []rune(p.text)
	from, c := 0, p.col
	for next := p.col + 1; next < len(starts); next++ {
		cut := wordStartBefore(runes, from, starts[next]-p.start)
		if cut < 0 {
			break
		}
		out[c] = strings.TrimSpace(string(runes[from:cut]))
		from, c = cut, next
	}
	out[c] = strings.TrimSpace(string(runes[from:]))
	return out
}

// wordStartBefore returns the index, in runes, of the word of
// runes[from:] that starts where a column does (at limit), in a run that
// reaches it: the last one
// that starts at most four characters before, else the first that starts
// at most three after, as the layout prints a row a little left or right
// of its header. It is -1 when the run does not go on past limit or no
// word starts there.
func wordStartBefore(runes []rune, from, limit int) int {
	if limit <= from || len(runes) < limit {
		return -1
	}
	starts := func(i int) bool { return i > from && i < len(runes) && runes[i-1] == ' ' && runes[i] != ' ' }
	for i := limit; i >= limit-4; i-- {
		if starts(i) {
			return i
		}
	}
	for i := limit + 1; i <= limit+3; i++ {
		if starts(i) {
			return i
		}
	}
	return -1
}

// reEnclosingFiche is a fiche's heading and its number: "Fiche-action n°
// 4 : …", "FICHE 4 –", "Action n° 4".
var reEnclosingFiche = regexp.MustCompile(`(?i)^(?:fiche|action|mesure)s?(?:[\s-]+action)?\s*(?:n°|no\.?|n\.|numéro)?\s*(\d{1,2})\b`)

// enclosingFiche returns the number of the fiche whose heading is the
// last before line i, "" when no heading comes before it.
func enclosingFiche(lines []string, i int) string {
	for k := i - 1; k >= 0; k-- {
		if m := reEnclosingFiche.FindStringSubmatch(strings.TrimSpace(lines[k])); m != nil {
			return m[1]
		}
	}
	return ""
}

// subActionLines writes the rows of a table whose every number is a
// sub-action of the fiche it sits in (header at line i, "4.1", "4.2"
// under "Fiche-action n° 4", or "1", "2" of a fiche's plan of actions,
// see planRowsFiche) as that fiche's fields: its actions, then
// one labelled list per column, each item tagged with its row's number
// ("Direction des systèmes d'information (action 4.2)") or, for a
// deadline, led by its row's action ("4.2 Mettre en service… : Décembre
// 2025"). read and meta are the table as readColumnCells returns it;
// the lines it passed through between rows follow the fields, those
// before the first row (a header's wrapped label) are dropped. It
// returns nil for any other table.
func subActionLines(lines []string, i int, cols []column, read [][]string, meta []*tableRow) []string {
	var rows []*tableRow
	var kept []string
	for k, r := range meta {
		switch {
		case r != nil:
			rows = append(rows, r)
		case len(rows) > 0:
			// A page's break and furniture, or a heading, between the
			// rows: they follow the table, as they are.
			kept = append(kept, read[k]...)
		}
	}
	if len(rows) == 0 {
		return nil
	}
	// Rows numbered within the fiche's number ("4.2" under fiche 4) name
	// themselves; rows numbered from 1 under a fiche's heading are its
	// plan of actions (see planrows.go) and are named "Action 2".
	plain := !withinFiche(enclosingFiche(lines, i), rows)
	if plain && planRowsFiche(lines, i, rows) == "" {
		return nil
	}
	title := titleColumn(cols)
	out := []string{"", "Actions :"}
	for _, r := range rows {
		out = append(out, "- "+subActionTitle(r, title, plain))
	}
	for c := 1; c < len(cols); c++ {
		if c == title {
			continue
		}
		out = append(out, subActionColumn(rows, cols[c], c, title, plain)...)
	}
	return append(append(out, ""), kept...)
}

// withinFiche reports rows whose every number is a sub-action of fiche
// parent: "4.1", "4.2" under fiche 4.
func withinFiche(parent string, rows []*tableRow) bool {
	if parent == "" {
		return false
	}
	for _, r := range rows {
		if !strings.HasPrefix(strings.TrimSuffix(r.id, "."), parent+".") {
			return false
		}
	}
	return true
}

// titleColumn is the column that names each row: the first that is no
// field, the numbers' own column when it holds the title too.
func titleColumn(cols []column) int {
	for c := 1; c < len(cols); c++ {
		if cols[c].kind == fNone {
			return c
		}
	}
	return 0
}

// subActionTitle is a row's number and title: "4.2 Mettre en service…",
// or, for a row numbered from 1 within its fiche (plain), "Action 2 –
// Mettre en service…".
func subActionTitle(r *tableRow, title int, plain bool) string {
	id := strings.TrimSuffix(r.id, ".")
	text := r.title
	if title > 0 && title < len(r.cells) {
		text = r.cells[title]
	}
	sep := " "
	if plain {
		id, sep = planRowName(id), " – "
	}
	if text == "" {
		return id
	}
	return id + sep + text
}

// subActionColumn writes one column of the rows as a labelled list.
func subActionColumn(rows []*tableRow, col column, c, title int, plain bool) []string {
	var items []string
	for _, r := range rows {
		if c >= len(r.cells) || r.cells[c] == "" {
			continue
		}
		id := strings.TrimSuffix(r.id, ".")
		if col.kind == fCalendar {
			items = append(items, "- "+subActionTitle(r, title, plain)+" : "+r.cells[c])
			continue
		}
		items = append(items, "- "+r.cells[c]+" (action "+id+")")
	}
	if len(items) == 0 {
		return nil
	}
	return append([]string{"", strings.TrimRight(col.label, " :") + " :"}, items...)
}
