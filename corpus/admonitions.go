package corpus

import (
	"regexp"
	"strings"
)

// A page written for a documentation site (MkDocs Material, Python
// Markdown) sets its fields in admonition boxes: a line "!!! note
// "Pilote"" (or "??? info", "???+ tip" for one that folds) and the box's
// content indented under it. The title may be an icon's shortcode only
// (":material-account-tie:"), which the page then explains in a legend
// table ("| :material-account-tie: | qui pilote |"). Content tabs ("===
// "Population"" and their indented content) are sections. Each box is
// rewritten as its title, read as a label, and its content set flush;
// each tab as a heading one level below the one it sits under.

var (
	// reAdmonition is the line opening a box: its marker, its type, and
	// its title in quotes when it has one.
	reAdmonition = regexp.MustCompile(`^\s*(?:!!!|\?\?\?\+?)\s+[\w-]+(?:\s+[\w-]+)*(?:\s+"(.*)")?\s*$`)
	// reContentTab is the line opening a content tab: `=== "Titre"`.
	reContentTab = regexp.MustCompile(`^\s*===!?\+?\s+"(.+)"\s*$`)
	// reIconCode is an icon's shortcode: ":material-account-tie:",
	// ":fontawesome-solid-user:", ":octicons-people-16:".
	reIconCode = regexp.MustCompile(`:[a-z0-9]+(?:-[a-z0-9]+)+:`)
	// reAttrList is an attribute list ending a heading: "{#a1}", "{ .x }".
	reAttrList = regexp.MustCompile(`\s*\{\s*[#.][^{}]*\}\s*$`)
	// reBoxHeading is a heading line, for its level.
	reBoxHeading = regexp.MustCompile(`^(#{1,6})\s`)
)

// kindLabels name each kind of field as the parser's vocabulary does.
var kindLabels = map[fieldKind]string{
	fDiagnostic: "Constat", fObjectives: "Objectifs", fActions: "Actions", fPilots: "Pilote",
	fPartners: "Partenaires", fCalendar: "Échéance", fIndicators: "Indicateurs",
}

// unfoldAdmonitions rewrites the boxes and tabs of lines, line for line,
// when there are at least two boxes.
func unfoldAdmonitions(lines []string) []string {
	n := 0
	for _, l := range lines {
		if reAdmonition.MatchString(l) {
			n++
		}
	}
	if n < 2 {
		return lines
	}
	legend := markerLegend(lines)
	level := 1
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if m := reBoxHeading.FindStringSubmatch(l); m != nil {
			level = len(m[1])
			lines[i] = strings.TrimSpace(reAttrList.ReplaceAllString(reIconCode.ReplaceAllString(l, ""), ""))
			lines[i] = strings.Join(strings.Fields(lines[i]), " ")
			continue
		}
		var head string
		if m := reAdmonition.FindStringSubmatch(l); m != nil {
			head = admonitionLabel(m[1], legend)
		} else if m := reContentTab.FindStringSubmatch(l); m != nil {
			head = strings.Repeat("#", min(level+1, 6)) + " " + m[1]
		} else {
			continue
		}
		lines[i] = head
		indent := len(l) - len(strings.TrimLeft(l, " \t"))
		for j := i + 1; j < len(lines); j++ {
			b := lines[j]
			if strings.TrimSpace(b) == "" {
				continue
			}
			if len(b)-len(strings.TrimLeft(b, " ")) < indent+4 {
				break
			}
			lines[j] = b[indent+4:]
			i = j
		}
	}
	return lines
}

// admonitionLabel is the line that stands for a box's title: a label of
// the vocabulary when the title, or the meaning the legend gives its
// icon, says which field it is, else the title's words.
func admonitionLabel(title string, legend map[string]string) string {
	title = strings.TrimSpace(title)
	if title == "" {
		return ""
	}
	if icon := reIconCode.FindString(title); icon != "" && strings.TrimSpace(strings.Replace(title, icon, "", 1)) == "" {
		if meaning, ok := legend[icon]; ok {
			title = meaning
		}
	}
	title = strings.TrimSpace(reIconCode.ReplaceAllString(title, ""))
	if k := phraseKind(title); k != fNone {
		return kindLabels[k] + " :"
	}
	if title == "" {
		return ""
	}
	return "**" + title + "**"
}

// phraseKind is the kind of field a short phrase names: the phrase
// whole, else the longest run of its words the vocabulary knows ("qui
// pilote", "pour quoi faire", "comment on mesure").
func phraseKind(s string) fieldKind {
	words := strings.Fields(normalizeLabel(s))
	if len(words) == 0 || len(words) > 6 {
		return fNone
	}
	for n := len(words); n > 0; n-- {
		for i := 0; i+n <= len(words); i++ {
			if k := vocabularyKind(strings.Join(words[i:i+n], " ")); k != fNone && k != fOther {
				return k
			}
		}
	}
	return fNone
}
