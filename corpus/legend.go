package corpus

import (
	"strings"
	"unicode"
)

// Some documents print no field labels at all: a pictogram opens each
// field ("☛ Service de PMI", "➔ Juin 2026") and a legend, printed once
// ("Comment lire une fiche ?"), says what each pictogram stands for
// ("☛   qui porte l'action (pilote)"). A documentation site does the same
// with an icon's shortcode explained in a table ("| :material-account-tie:
// | qui pilote |"). markerLegend reads both kinds of legend;
// unfoldLegendMarkers rewrites each field a marker opens as the label its
// legend names, so the rest of the parser reads labels as usual.

// minLegendKinds is how many distinct fields a legend must name before
// its markers are read as labels: one or two symbols explained in a
// document are a footnote's or a key figure's, not a fiche's layout.
const minLegendKinds = 3

// markerLegend reads the lines that pair a marker with its meaning: a
// table row "| marker | meaning |", or a line that opens with a run of
// pictograms then the meaning ("✎   pour quoi faire (objectifs)"). A
// marker is an icon's shortcode or a run of up to four symbols. The first
// meaning that names a field is kept, else the first meaning: the legend
// may come after fiches whose lines the marker opens too.
func markerLegend(lines []string) map[string]string {
	legend := map[string]string{}
	add := func(marker, meaning string) {
		if marker == "" || meaning == "" {
			return
		}
		if old, ok := legend[marker]; !ok || meaningKind(old) == fNone && meaningKind(meaning) != fNone {
			legend[marker] = meaning
		}
	}
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if strings.Contains(t, "|") {
			var cells []string
			for _, c := range splitCells(t) {
				if c = strings.TrimSpace(c); c != "" {
					cells = append(cells, c)
				}
			}
			if len(cells) == 2 && isMarker(cells[0]) && !isMarker(cells[1]) && !reIconCode.MatchString(cells[1]) {
				add(cells[0], cells[1])
			}
			continue
		}
		// A pictogram before a field's own label ("⏰ **Quand ?** En
		// 2026") is decoration, not a legend.
		if marker, rest, ok := leadingMarker(t); ok && len(strings.Fields(rest)) <= 12 && !labelled(rest) {
			add(marker, rest)
		}
	}
	return legend
}

// isMarker reports whether s is a marker alone: an icon's shortcode, or
// one to four pictograms.
func isMarker(s string) bool {
	if reIconCode.FindString(s) == s && s != "" {
		return true
	}
	n := 0
	for _, r := range s {
		if !isPictogram(r) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 4
}

// isPictogram reports whether r is a symbol a layout may use as a field's
// marker: a dingbat, an arrow, a pointing hand. Letters, digits,
// punctuation and the bullets of lists are not, so a bulleted list is no
// legend.
func isPictogram(r rune) bool {
	switch r {
	case '•', '·', '◦', '▪', '■', '□', '▫', '–', '—', '-', '*', '>', '|', '+', '=', '~':
		return false
	}
	return unicode.Is(unicode.So, r) || unicode.Is(unicode.Sm, r) && r > 0x2000
}

// leadingMarker splits a line that opens with a marker then a space
// from its text.
func leadingMarker(t string) (string, string, bool) {
	if icon := reIconCode.FindStringIndex(t); icon != nil && icon[0] == 0 {
		rest := t[icon[1]:]
		if strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, "\t") {
			return t[:icon[1]], strings.TrimSpace(rest), true
		}
		return "", "", false
	}
	end := 0
	for i, r := range t {
		if !isPictogram(r) {
			end = i
			break
		}
		end = len(t)
	}
	if end == 0 || end == len(t) || !isMarker(t[:end]) {
		return "", "", false
	}
	if r := rune(t[end]); r != ' ' && r != '\t' {
		return "", "", false
	}
	return t[:end], strings.TrimSpace(t[end:]), true
}

// meaningKind is the field a legend's meaning names: the phrase whole,
// else one of its parts, split at brackets and commas ("qui porte
// l'action (pilote et, le cas échéant, co-pilote)" names the pilot).
func meaningKind(meaning string) fieldKind {
	if k := phraseKind(meaning); k != fNone {
		return k
	}
	parts := strings.FieldsFunc(meaning, func(r rune) bool { return strings.ContainsRune("(),;/", r) })
	for _, part := range parts {
		if k := phraseKind(part); k != fNone {
			return k
		}
	}
	return fNone
}

// legendKinds keeps the markers of a legend whose meaning names a field,
// nil when fewer than minLegendKinds fields are named.
func legendKinds(legend map[string]string) map[string]fieldKind {
	kinds := map[string]fieldKind{}
	seen := map[fieldKind]bool{}
	for marker, meaning := range legend {
		if k := meaningKind(meaning); k != fNone {
			kinds[marker] = k
			seen[k] = true
		}
	}
	if len(seen) < minLegendKinds {
		return nil
	}
	return kinds
}

// unfoldLegendMarkers rewrites, line for line, each line a legend's
// marker opens as the label of the field the legend names, the text
// after it: "☛ Service de PMI" becomes "Pilote : Service de PMI". The
// legend's own lines stay as they are: they explain the layout, they are
// no fiche's fields.
func unfoldLegendMarkers(lines []string) []string {
	legend := markerLegend(lines)
	kinds := legendKinds(legend)
	if kinds == nil {
		return lines
	}
	for i, l := range lines {
		marker, rest, ok := leadingMarker(strings.TrimSpace(l))
		if !ok || rest == "" {
			continue
		}
		k, known := kinds[marker]
		if !known || legend[marker] == rest || labelled(rest) {
			continue
		}
		lines[i] = kindLabels[k] + " : " + rest
	}
	return lines
}

// labelled reports whether text opens on a field's label of its own,
// closed by its colon or question mark ("**Quand ?** En 2026"). A
// legend's meaning names a field too ("avec qui (partenaires)"), but
// closes no label.
func labelled(text string) bool {
	k, _ := labelKind(text)
	head := text
	if len(head) > 60 {
		head = head[:60]
	}
	return k != fNone && strings.ContainsAny(head, ":?")
}
