package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A fiche printed as a two-column table (rubric | content) opens with the
// table's header row: "Rubrique  Contenu", or the column heads then the
// fiche's own reference, "Rubrique  Fiche action n° 3". A word processor
// repeats that row at the top of each page the table runs onto. The row
// names no field: read as text it becomes a field of its own, which makes
// the fiche look begun before its first row (so that the axis row under
// it closes the fiche), and its repetition cuts a field's wrapped value in
// two at the page break.

// maxHeadRowWords is the most words a header row holds: a longer line
// after a fiche heading is a sentence.
const maxHeadRowWords = 8

// markHeadRows marks as furniture the header row of the fiches' tables,
// wherever it is printed, when most fiches open on the same one.
func markHeadRows(lines []string, furniture []bool) {
	var heads []int
	ids := map[string]bool{}
	for i, l := range lines {
		if m := reFiche.FindStringSubmatch(cleanText(l)); m != nil && !furniture[i] {
			heads = append(heads, i)
			ids[CanonicalFicheID(m[1])] = true
		}
	}
	// A table of contents names each fiche a second time: fiches are
	// counted by their number.
	if len(ids) < 3 {
		return
	}
	// The header row's shape: its first word, and what follows it once
	// the fiche's reference is set aside.
	rows := map[string][]int{}
	for _, h := range heads {
		seen := map[string]bool{}
		for j, n := h+1, 0; j < len(lines) && n < 3; j++ {
			if furniture[j] || strings.TrimSpace(lines[j]) == "" {
				continue
			}
			n++
			if key := headRowKey(lines[j]); key != "" && !seen[key] {
				seen[key] = true
				rows[key] = append(rows[key], h)
			}
		}
	}
	for key, at := range rows {
		if len(at) < max(3, len(ids)*3/5) {
			continue
		}
		for i, l := range lines {
			if !furniture[i] && headRowKey(l) == key {
				furniture[i] = true
			}
		}
	}
}

// headRowKey returns what a line has in common with the same header row
// over other fiches: its words, the fiche reference it may end on left
// out; "" when the line cannot be a header row.
func headRowKey(line string) string {
	t := strings.TrimLeft(cleanText(line), "\f ")
	w := strings.Fields(t)
	if len(w) < 2 || len(w) > maxHeadRowWords || strings.ContainsAny(t, ":;,.?!") {
		return ""
	}
	if first, _ := utf8.DecodeRuneInString(t); !unicode.IsUpper(first) {
		return ""
	}
	if _, ok := bulletItem(line); ok || matchAxis(t) != nil || labelledAxis(line, t) != nil || reFiche.MatchString(t) {
		return ""
	}
	if k, _ := labelKind(t); k != fNone {
		return ""
	}
	// "Rubrique Fiche action n° 3": the column's head, then the fiche's.
	for k := 1; k < len(w); k++ {
		if reFiche.MatchString(strings.Join(w[k:], " ")) {
			return Fold(strings.Join(w[:k], " ")) + " #"
		}
	}
	return Fold(t)
}
