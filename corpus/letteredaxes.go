package corpus

import (
	"regexp"
	"strings"
)

// reLetterLabel is a fiche label that opens on its axis's letter: "B3",
// "C.2", "A-1", "D4 bis" (canonical "B3", "C.2"…).
var reLetterLabel = regexp.MustCompile(`^([A-Za-z])[.-]?\d{1,2}\b`)

// axesFromLetters gives each fiche whose label opens on a letter the axis
// lettered alike ("Orientation B" for fiche B3), when the document letters
// its axes: a schéma that lists its orientations A to D before printing
// their fiches under captions of another form (a running band
// "ORIENTATION B · …") would otherwise leave every fiche to the list's
// last axis. Axes numbered in figures or Roman numerals are left to the
// labels' numbers (axesFromLabels), and a letter no axis carries changes
// nothing.
func axesFromLetters(d *Document) {
	byLetter := map[string]*Axis{}
	for i := range d.Axes {
		a := &d.Axes[i]
		if len(a.Numeral) != 1 || romanValue(a.Numeral) > 0 {
			continue
		}
		if _, ok := byLetter[a.Numeral]; !ok {
			byLetter[a.Numeral] = a
		}
	}
	if len(byLetter) < 2 {
		return
	}
	for i := range d.Fiches {
		f := &d.Fiches[i]
		m := reLetterLabel.FindStringSubmatch(f.ID)
		if m == nil {
			continue
		}
		if a, ok := byLetter[strings.ToUpper(m[1])]; ok && f.Axis != a.Label() {
			f.Axis, f.AxisNumber = a.Label(), a.Number
		}
	}
}
