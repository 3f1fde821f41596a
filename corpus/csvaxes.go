package corpus

import (
	"regexp"
	"strings"
)

// A plan kept as a spreadsheet may name its orientations by a code in the
// column of the action table ("O1", "AX2") and give each code its title in
// a block of its own higher up ("O1;Prévenir au plus tôt…;F01 à F03").
// The code then reads as the orientation's number, the block's row as its
// title.

// reAxisCode is an orientation's code: a letter or three, then its number.
var reAxisCode = regexp.MustCompile(`^([A-Z]{1,3})[ -]?(\d{1,2})$`)

// axisCodeTitles returns the title each row of a block of orientations
// gives its code: a row whose first cell is a code and whose next cell is
// a title in words.
func axisCodeTitles(rows [][]string) map[string]string {
	titles := map[string]string{}
	for _, r := range rows {
		kept := nonEmpty(r)
		if len(kept) < 2 || len(kept) > 4 || !reAxisCode.MatchString(kept[0]) {
			continue
		}
		if t := oneLine(kept[1]); len([]rune(t)) >= 10 && strings.Count(t, " ") >= 2 {
			titles[kept[0]] = t
		}
	}
	return titles
}

// codedAxisHead returns the heading of an orientation named by its code
// in the action table, "" when the cell is no code the sheet gives a
// title.
func codedAxisHead(cell string, titles map[string]string) string {
	m := reAxisCode.FindStringSubmatch(cell)
	if m == nil || titles[cell] == "" {
		return ""
	}
	return "Orientation " + strings.TrimLeft(m[2], "0") + " : " + titles[cell]
}
