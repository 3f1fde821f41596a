package corpus

import (
	"regexp"
	"strings"
)

// A block of key figures in a spreadsheet may give each figure its unit
// in a column of its own: "Indicateur;Valeur;Unité;Source" over
// "Enfants confiés à l'ASE;1684;enfants;DEF". Such a row reads as the
// figure a text would write: "Enfants confiés à l'ASE : 1684 enfants (DEF)".

// reFigureValue is a figure as a sheet exports it: digits with spaces, a
// decimal comma or point, a sign, a percent or per-mille sign.
var reFigureValue = regexp.MustCompile(`^[+-]?\d[\d\s\x{00a0}\x{202f}]*(?:[.,]\d+)?\s*[%‰]?$`)

// figureWithUnit returns the line of a row holding a label, a figure, its
// unit and its source; ok is false when the row is no such figure.
func figureWithUnit(kept []string) (line string, ok bool) {
	if len(kept) != 4 || strings.Contains(kept[0], "\n") || !reFigureValue.MatchString(kept[1]) {
		return "", false
	}
	unit, source := oneLine(kept[2]), oneLine(kept[3])
	if len([]rune(unit)) > 15 || len([]rune(source)) > 40 {
		return "", false
	}
	value := kept[1]
	// "25,2%" over the unit "%" says its unit already.
	if !strings.HasSuffix(value, unit) {
		value += " " + unit
	}
	return oneLine(kept[0]) + " : " + value + " (" + source + ")", true
}
