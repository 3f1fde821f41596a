package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A schéma published as a web page, in questions and answers, heads each
// fiche with the question it answers and prints the fiche's number on the
// line under that heading, alone and often in italics; the fields follow
// as a list whose labels are questions too:
//
//	### Comment rejoindre les familles éloignées ?
//
//	*Engagement n°2*
//
//	- **Qui pilote ?** La direction de l'action sociale.
//	- **Pour quand ?** 2027.
//
// The parser knows a fiche by a heading that carries its number, and it
// would read the number line as a heading whose title is the first field
// under it, and the next question as a line of the fiche before.
// unfoldNumberBelowHeadings writes each such heading as a fiche heading,
// "### Fiche n°2 : Comment rejoindre… ?", and blanks the number line, so
// that the question is the fiche's title and the list its fields. The
// number's own word ("Engagement", "Action") is not kept: "Engagement"
// heads an axis in other documents, and a reader names the fiche by its
// number either way.

// reNumberLine is a line that holds only a fiche's number, perhaps in
// emphasis: "*Engagement n°2*", "Fiche 2", "**Action n° 2.1**",
// "_Mesure 4_".
var reNumberLine = regexp.MustCompile(`(?i)^[*_]{0,2}\s*(?:fiches?(?:[\s-]*actions?)?|actions?|mesures?|engagements?|chantiers?|propositions?)\s*(?:n\s*[°º]|n[o°º]\.?|num[ée]ro)?\s*(` + labelPattern + `)\s*\.?\s*[*_]{0,2}$`)

// minNumberBelow is how many headings must have their number under them
// before the document is read as laid out that way: fewer may be a
// chapter that happens to name a fiche under its heading.
const minNumberBelow = 3

// numberBelow is a heading whose fiche number stands on a line under it.
type numberBelow struct {
	head, number int    // line indexes
	marks, title string // the heading's "###" and its text
	label        string // the fiche's number as printed, "2"
}

// unfoldNumberBelowHeadings rewrites the headings of a page laid out as
// above; any other document is returned as it is. The lines keep their
// count and order, so spans still point at the source.
func unfoldNumberBelowHeadings(lines []string) []string {
	found := numberBelowHeadings(lines)
	if len(found) < minNumberBelow {
		return lines
	}
	out := make([]string, len(lines))
	copy(out, lines)
	for _, h := range found {
		out[h.head] = h.marks + " Fiche n°" + h.label + " : " + h.title
		out[h.number] = ""
	}
	return out
}

// numberBelowHeadings finds the markdown headings that are no fiche or
// axis heading themselves, whose next line with text holds a fiche's
// number alone, and whose number line is followed by a field label: a
// heading over a "Fiche 3" line followed by a title is a part of the
// document that groups fiches, not a fiche.
func numberBelowHeadings(lines []string) []numberBelow {
	var out []numberBelow
	seen := map[string]bool{}
	for i, l := range lines {
		m := reMDHead.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil || utf8.RuneCountInString(l) > 300 {
			continue
		}
		title := strings.TrimSpace(strings.TrimRight(m[2], "# "))
		t := cleanText(title)
		if t == "" || reFiche.MatchString(t) || reActionHead.MatchString(t) || matchAxis(t) != nil {
			continue
		}
		j := nextText(lines, i)
		if j < 0 {
			continue
		}
		n := reNumberLine.FindStringSubmatch(strings.TrimSpace(lines[j]))
		if n == nil {
			continue
		}
		k := nextText(lines, j)
		if k < 0 || !fieldLine(lines[k]) {
			continue
		}
		label := strings.Join(strings.Fields(n[1]), " ")
		if key := CanonicalFicheID(label); key == "" || seen[key] {
			continue
		} else {
			seen[key] = true
		}
		out = append(out, numberBelow{head: i, number: j, marks: m[1], title: title, label: label})
	}
	return out
}

// nextText returns the index of the next line after i that holds text, or
// -1.
func nextText(lines []string, i int) int {
	for j := i + 1; j < len(lines); j++ {
		if strings.TrimSpace(lines[j]) != "" {
			return j
		}
	}
	return -1
}

// fieldLine reports a line, or a list item, that opens on a field label
// of the vocabulary: "- **Qui pilote ?** …", "Pilote : …".
func fieldLine(l string) bool {
	t := l
	if it, ok := bulletItem(l); ok {
		t = it.Text
	}
	k, _ := labelKind(t)
	return k != fNone
}
