package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Pandoc writes a Word table whose cells hold several lines as a grid
// table: rows between "+----+----+" borders, each cell wrapped over as many
// "| … | … |" lines as it needs, and a "+====+" border under a header row:
//
//	+---------------------+-------------------------------------+
//	| **Pilote :**        | Cellule de recueil des informations |
//	|                     | préoccupantes (CRIP 51)             |
//	+---------------------+-------------------------------------+
//	| **Partenaires :**   | -   Éducation nationale             |
//	|                     |                                     |
//	|                     | -   Parquets                        |
//	+---------------------+-------------------------------------+
//
// Read line by line, a wrapped value would be cut into items and the
// borders would be text. unfoldGridTables rewrites each row as one pipe row
// on its first line ("| **Pilote :** | Cellule … (CRIP 51) |"), the
// paragraphs and bullets of a cell set apart by "•", and empties the other
// lines, so that line numbers stay those of the file. Under a header row,
// a row is a list item that keeps the header's words with its values
// ("- Délai moyen d'évaluation (Cible 2027 : 3 mois)"): the header is no
// field label and the row no label of its own.
func unfoldGridTables(lines []string) {
	for i := 0; i < len(lines); i++ {
		bounds := gridBorder(lines[i])
		if bounds == nil {
			continue
		}
		i = unfoldGrid(lines, i, bounds) - 1
	}
}

var reGridBorder = regexp.MustCompile(`^\+(?:[-=:]+\+){1,}$`)

// gridBorder returns the rune offsets of the "+" of a grid border line,
// nil when the line is none.
func gridBorder(line string) []int {
	t := strings.TrimRight(line, " ")
	lead := len(t) - len(strings.TrimLeft(t, " "))
	if !reGridBorder.MatchString(t[lead:]) {
		return nil
	}
	var out []int
	for i, r := range []rune(t) {
		if r == '+' {
			out = append(out, i)
		}
	}
	return out
}

// unfoldGrid rewrites the grid table whose first border is line i and
// returns the index of the first line after it.
func unfoldGrid(lines []string, i int, bounds []int) int {
	var header []string
	var row [][]string // per cell, its lines
	first := -1
	emit := func(end int) {
		if first < 0 {
			return
		}
		cells := make([]string, len(row))
		for c, ls := range row {
			cells[c] = joinGridCell(ls)
		}
		lines[first] = ""
		for k := first + 1; k < end; k++ {
			lines[k] = ""
		}
		switch {
		case end < len(lines) && strings.Contains(lines[end], "="):
			header = cells
		case header != nil:
			lines[first] = headedRow(header, cells)
		default:
			lines[first] = "| " + strings.Join(cells, " | ") + " |"
		}
		first, row = -1, nil
	}
	lines[i] = ""
	j := i + 1
	for ; j < len(lines); j++ {
		if b := gridBorder(lines[j]); b != nil {
			emit(j)
			lines[j] = ""
			bounds = b
			continue
		}
		t := strings.TrimRight(lines[j], " ")
		if !strings.HasPrefix(strings.TrimLeft(t, " "), "|") || !strings.HasSuffix(t, "|") {
			break
		}
		if first < 0 {
			first, row = j, make([][]string, len(bounds)-1)
		}
		runes := []rune(t)
		for c := 0; c+1 < len(bounds); c++ {
			from, to := bounds[c]+1, min(bounds[c+1], len(runes))
			if from >= to {
				continue
			}
			row[c] = append(row[c], strings.TrimSpace(string(runes[from:to])))
		}
	}
	emit(j)
	return j
}

// joinGridCell joins the lines of a cell: a wrapped line continues the one
// above, a bullet or a paragraph after a blank line starts a new item.
func joinGridCell(ls []string) string {
	var items []string
	cur := ""
	newItem := true
	for _, l := range ls {
		switch {
		case l == "":
			newItem = true
			continue
		case strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "* ") || strings.HasPrefix(l, "• "):
			l = strings.TrimSpace(l[strings.IndexByte(l, ' '):])
			newItem = true
		}
		if newItem || cur == "" {
			if cur != "" {
				items = append(items, cur)
			}
			cur, newItem = l, false
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(cur); r == '-' && !strings.HasSuffix(cur, " -") {
			cur += l // a word the wrap cut ("Saint-" "Dizier") stays whole
		} else {
			cur += " " + l
		}
	}
	if cur != "" {
		items = append(items, cur)
	}
	if len(items) > 1 {
		return "• " + strings.Join(items, " • ")
	}
	return strings.Join(items, "")
}

// headedRow writes a row under a header as one list item.
func headedRow(header, cells []string) string {
	if len(cells) == 0 || cells[0] == "" {
		return ""
	}
	var rest []string
	for c := 1; c < len(cells); c++ {
		if cells[c] == "" {
			continue
		}
		if c < len(header) && header[c] != "" {
			rest = append(rest, header[c]+" : "+cells[c])
		} else {
			rest = append(rest, cells[c])
		}
	}
	if len(rest) == 0 {
		return "- " + cells[0]
	}
	return "- " + cells[0] + " (" + strings.Join(rest, " ; ") + ")"
}
