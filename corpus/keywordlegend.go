package corpus

import (
	"regexp"
	"strings"
)

// A booklet of cards may label its fields with keywords of its own,
// printed in capitals in the left cell of each card's boxed table
// ("PORTEUR", "AVEC", "CAP", "LEVIERS", "REPÈRES"), and explain them once
// in a legend ("Comment lire une carte ?"): one line a keyword and its
// meaning ("CAP   les objectifs visés"). A keyword that is no word of the
// parser's vocabulary would be read as the text of the field above it,
// so each line a keyword of the legend opens is rewritten as the label
// of the field the legend names, the cell's text after it.

// reKeywordEntry is a line of such a legend, or a line a keyword opens:
// a word in capitals, then the rest of the line.
var reKeywordEntry = regexp.MustCompile(`^\s*(\p{Lu}[\p{Lu}'’-]{1,19})\s+(\S.*)$`)

// keywordLegend reads a legend of keywords: consecutive lines, each a
// keyword then its meaning, naming at least minLegendKinds fields. It
// returns each keyword's field and the legend's lines.
func keywordLegend(lines []string) (map[string]fieldKind, map[int]bool) {
	for i := 0; i < len(lines); i++ {
		kinds, at := map[string]fieldKind{}, map[int]bool{}
		seen := map[fieldKind]bool{}
		j := i
		for ; j < len(lines); j++ {
			m := reKeywordEntry.FindStringSubmatch(lines[j])
			// A meaning is in lower case ("les objectifs visés"), a
			// value not ("Service de PMI").
			if m == nil || !startsLower(m[2]) {
				break
			}
			at[j] = true
			// A meaning that names no field ("les étapes et
			// l'échéance") leaves the keyword's own word to say it.
			k := meaningKind(m[2])
			if k == fNone {
				k = knownKind(m[1], normalizeLabel(m[1]))
			}
			if k != fNone {
				kinds[m[1]], seen[k] = k, true
			}
		}
		if len(seen) >= minLegendKinds {
			return kinds, at
		}
		i = max(i, j-1)
	}
	return nil, nil
}

// unfoldKeywordLegend rewrites, line for line, each line a keyword of the
// document's legend opens as the label the legend names: "CAP • Toucher
// 90 % des femmes" becomes "Objectifs : • Toucher 90 % des femmes". The
// legend's own lines stay as they are: they explain the layout.
func unfoldKeywordLegend(lines []string) []string {
	kinds, legend := keywordLegend(lines)
	if kinds == nil {
		return lines
	}
	for i, l := range lines {
		if legend[i] {
			continue
		}
		m := reKeywordEntry.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		if k, ok := kinds[m[1]]; ok {
			label := kindLabels[k]
			// A keyword of the vocabulary keeps its own word
			// ("Jalons" are milestones, more than a due date).
			if knownKind(m[1], normalizeLabel(m[1])) != fNone {
				label = upperFirst(strings.ToLower(m[1]))
			}
			// The cell's first item follows the keyword on its line
			// ("CAP • Toucher…"): its bullet is no part of the value.
			value := m[2]
			if item, ok := bulletItem(value); ok {
				value = item.Text
			}
			indent := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
			lines[i] = indent + label + " : " + value
		}
	}
	return lines
}
