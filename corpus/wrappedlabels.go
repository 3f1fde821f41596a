package corpus

import (
	"strings"
	"unicode/utf8"
)

// joinWrappedLabels mends the labels of a label | value table whose label
// column is narrow: pdftotext -raw prints a label that wrapped in its cell
// over two lines, the value after it ("Partenaires" / "associés" /
// "CAF…", "Critères" / "de réussite" / "• Nombre…"). Read line by
// line, the second half of the label would be the first value, or the
// label would not be one at all ("Critères"). When two short lines, the
// second in lower case, make a label of the vocabulary together, the
// label is written whole on the second line and the first is emptied, so
// that line numbers stay those of the file.
func joinWrappedLabels(lines []string, furniture []bool) {
	for i := 0; i+2 < len(lines); i++ {
		if furniture[i] || furniture[i+1] {
			continue
		}
		head, tail := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1])
		if !labelHalves(head, tail) || strings.TrimSpace(lines[i+2]) == "" {
			continue
		}
		label := head + " " + tail
		if k, rest := labelKind(label); k == fNone || rest != "" {
			continue
		}
		// A label alone that the next line qualifies must stay of its
		// kind: "Partenaires" / "associés" is still the partners.
		if k, rest := labelKind(head); k != fNone && (rest != "" || k != kindOf(label)) {
			continue
		}
		lines[i], lines[i+1] = "", label
		i++
	}
}

// labelHalves reports two lines short enough to be the halves of a label
// wrapped in a narrow cell: the first of three words at most, the second
// of two at most, in lower case, neither ending a sentence nor opening a
// list.
func labelHalves(head, tail string) bool {
	if head == "" || tail == "" || !startsLower(tail) {
		return false
	}
	if len(strings.Fields(head)) > 3 || len(strings.Fields(tail)) > 2 || utf8.RuneCountInString(head+tail) > 40 {
		return false
	}
	if _, ok := bulletItem(head); ok {
		return false
	}
	return !strings.ContainsAny(head+tail, ".:;,?!")
}

// kindOf returns the kind of a label alone.
func kindOf(label string) fieldKind {
	k, _ := labelKind(label)
	return k
}
