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
		// "Indicateurs de" / "suivi et" / "d'évaluation", "Articulation" /
		// "avec d'autres" / "fiches": a cell narrower still wraps its
		// label over three lines, the first two no label whole (none of
		// the vocabulary's, or cut after a link word).
		if i+3 < len(lines) && !furniture[i+2] && strings.TrimSpace(lines[i+3]) != "" {
			third := strings.TrimSpace(lines[i+2])
			whole := label + " " + third
			// A third line of the same label ("Indicateurs de" / "résultat"
			// / "attendus") is taken when the value opens after it, not in
			// lower case.
			cut := !wholeLabel(label) || !labelHead(head, label) || kindOf(label+" "+third) == kindOf(label) && !startsLower(strings.TrimSpace(lines[i+3]))
			if cut && labelHalves(head, third) && utf8.RuneCountInString(whole) <= 50 && wholeLabel(whole) && labelHead(head, whole) {
				lines[i], lines[i+1], lines[i+2] = "", "", linksColon(whole)
				i += 2
				continue
			}
		}
		if k, rest := labelKind(label); (k == fNone || rest != "") && !isLinksLabel(label) || !labelHead(head, label) {
			continue
		}
		lines[i], lines[i+1] = "", linksColon(label)
		i++
	}
}

// linksColon ends a label of links to other fiches with the colon its
// cell stood for: alone on its line and in lower case, such a label is
// otherwise no field ("Liens avec les autres fiches" / "Fiche 3").
func linksColon(label string) string {
	if k, _ := labelKind(label); k == fNone && isLinksLabel(label) {
		return label + " :"
	}
	return label
}

// wholeLabel reports a label complete on its own: one of the vocabulary,
// nothing after it and no link word ending it, or a label of the fiche's
// links to other fiches ("Articulation avec d'autres fiches").
func wholeLabel(label string) bool {
	if isLinksLabel(label) {
		return true
	}
	w := strings.Fields(label)
	if len(w) == 0 || linkWords[Fold(w[len(w)-1])] {
		return false
	}
	k, rest := labelKind(label)
	return k != fNone && rest == ""
}

// labelHead reports whether a label alone on the first line may be
// continued into the joined label: a label the next line qualifies must
// stay of its kind ("Partenaires" / "associés" is still the partners).
func labelHead(head, label string) bool {
	k, rest := labelKind(head)
	if k == fNone {
		return true
	}
	// "Indicateurs de" / "résultat": indicators still, of one sort.
	l := kindOf(label)
	return rest == "" && (k == l || k == fIndicators && (l == fIndRealisation || l == fIndImpact))
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

// labelPart reports a line that is part of a label wrapped in a narrow
// cell, its start or its continuation ("Actions à mettre" / "en œuvre",
// "Articulation" / "avec d'autres" / "fiches"). Printed in every fiche,
// such a line repeats once a page like a running footer, which it is not.
func labelPart(lines []string, i int) bool {
	if !labelPiece(lines[i]) {
		return false
	}
	for start := i; start >= max(0, i-2); start-- {
		if !labelPiece(lines[start]) {
			return false
		}
		if startsLower(strings.TrimSpace(lines[start])) {
			continue
		}
		// The label goes on over the lines in lower case after it.
		parts := []string{strings.TrimSpace(lines[start])}
		for end := start + 1; end <= min(len(lines)-1, start+2); end++ {
			t := strings.TrimSpace(lines[end])
			if !labelPiece(lines[end]) || !startsLower(t) {
				break
			}
			parts = append(parts, t)
			if end >= i && wholeLabel(strings.Join(parts, " ")) {
				return true
			}
		}
		return false
	}
	return false
}

// labelPiece reports a line short enough to be part of a wrapped label.
func labelPiece(l string) bool {
	t := strings.TrimSpace(l)
	return t != "" && !strings.ContainsRune(l, '\f') && utf8.RuneCountInString(t) <= 40 && len(strings.Fields(t)) <= 3 && !strings.ContainsAny(t, ".:;,?!")
}
