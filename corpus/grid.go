package corpus

import (
	"regexp"
	"strings"
	"unicode"
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
			cells[c] = joinGridCell(ls, bounds[c+1]-bounds[c]-3)
		}
		lines[first] = ""
		for k := first + 1; k < end; k++ {
			lines[k] = ""
		}
		switch {
		case end < len(lines) && strings.Contains(lines[end], "=") && !numbersFiche(cells):
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

// joinGridCell joins the lines of a cell width runes wide: a wrapped line
// continues the one above, a bullet or a paragraph after a blank line
// starts a new item, and so does a line whose first word would have fitted
// on the line above: the writer broke the line, not the wrap
// ("Dole et Lons-le-Saunier : 2023" over "Champagnole : 2024").
func joinGridCell(ls []string, width int) string {
	var items []string
	cur, prev := "", ""
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
		if !newItem && cur != "" && width > 0 && broken(prev, l, width) {
			newItem = true
		}
		prev = l
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

// broken reports a line l that starts a new item although no bullet or
// blank line says so: its first word would have fitted after prev in a
// cell width runes wide, it starts with a capital or a number, and the
// line above does not end on a word no phrase ends on.
func broken(prev, l string, width int) bool {
	first, _, _ := strings.Cut(l, " ")
	r, _ := utf8.DecodeRuneInString(l)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	// "Service A de la" / "Direction enfance": no line ends on "la".
	if w := strings.Fields(prev); len(w) > 0 && wrapWords[strings.ToLower(w[len(w)-1])] {
		return false
	}
	return utf8.RuneCountInString(prev)+1+utf8.RuneCountInString(first) <= width
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

// A fiche laid out as one table may number itself in its first row, the
// label in one cell and the number in the other:
//
//	| FICHE-ACTION N°        | 1                                 |
//	| INTITULÉ               | Ouvrir un « relais parents » …    |
//
// numberRowsAsHeads rewrites such a row as the heading it stands for
// ("FICHE-ACTION N° 1"), so that the fiche starts there; the title row
// under it is read as the fiche's title like any "Intitulé" row.
func numberRowsAsHeads(lines []string) {
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if !strings.HasPrefix(t, "|") {
			continue
		}
		var cells []string
		for _, c := range splitCells(t) {
			if c = strings.TrimSpace(strings.Trim(strings.TrimSpace(c), "*_")); c != "" {
				cells = append(cells, c)
			}
		}
		if numbersFiche(cells) {
			lines[i] = strings.TrimRight(strings.TrimSpace(cells[0]), " :") + " " + cells[1]
		}
	}
}

// numbersFiche reports the two cells of a row that numbers a fiche.
func numbersFiche(cells []string) bool {
	return len(cells) == 2 && isNumberLabel(cells[0]) && reShortCode.MatchString(cells[1])
}

// reShortCode matches the number of a fiche: "1", "2.3", "A4", "II-3".
var reShortCode = regexp.MustCompile(`^(?:[A-Z]{1,3}[-. ]?)?\d{1,2}(?:[.-]\d{1,2}){0,2}[a-z]?$`)

// numberLabelWords are the words of a label that numbers a fiche.
var numberLabelWords = map[string]bool{"fiche": true, "fiches": true, "action": true, "actions": true, "fiche-action": true,
	"fiche-actions": true, "fiches-actions": true, "mesure": true, "chantier": true, "n°": true, "no": true,
	"numero": true, "num": true, "de": true, "la": true, "l'action": true, "ref": true, "reference": true}

// isNumberLabel reports a cell that says what the other cell numbers:
// "FICHE-ACTION N°", "Numéro de la fiche", "Fiche action n°", "Mesure".
func isNumberLabel(cell string) bool {
	w := strings.Fields(strings.Trim(Fold(cell), " :.*"))
	if len(w) == 0 || len(w) > 4 {
		return false
	}
	named := false
	for _, x := range w {
		x = strings.TrimSuffix(x, ".")
		if !numberLabelWords[x] {
			return false
		}
		named = named || strings.HasPrefix(x, "fiche") || strings.HasPrefix(x, "action") || x == "mesure" || x == "chantier"
	}
	return named
}

// A brochure prints a fiche's number in a banner, the word on one line and
// the number, big, on the next:
//
//	ACTION
//	07
//	OUVRIR DES LIEUX D'ACCUEIL
//
// joinBannerNumbers puts the number back beside its word ("ACTION 07"), so
// that the line reads as the fiche's heading.
func joinBannerNumbers(lines []string) {
	for i, l := range lines {
		if !isNumberLabel(strings.TrimSpace(l)) || strings.Contains(l, "|") {
			continue
		}
		for j := i + 1; j < len(lines) && j <= i+2; j++ {
			t := strings.TrimSpace(lines[j])
			if t == "" {
				continue
			}
			if reShortCode.MatchString(t) {
				lines[i] = strings.TrimRight(l, " ") + " " + t
				lines[j] = ""
			}
			break
		}
	}
}
