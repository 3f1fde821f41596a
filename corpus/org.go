package corpus

import (
	"regexp"
	"strings"
)

// An outline kept in Emacs Org mode and exported as text marks its
// headings with stars ("* Orientation", "** A_LANCER 1.1 Titre   :tag:"),
// a heading's state with a keyword before its title, its fields in a
// drawer (":PROPERTIES:", ":PILOTE: …", ":END:"), its dates in planning
// lines ("DEADLINE: <2024-06-30 dim.>"), its tasks as checkboxes and its
// glossary as definition items ("- ASE :: Aide sociale à l'enfance"). The
// outline is rewritten, line for line, as the markdown the parser reads:
// headings one level below the title, the state as a "Statut" field, each
// property as "Label : value", each planning date as a milestone.

var (
	// reOrgHeading is a heading: its stars, then its text.
	reOrgHeading = regexp.MustCompile(`^(\*+)\s+(.*?)\s*$`)
	// reOrgTags is the tags that end a heading: "   :prevention:accueil:".
	reOrgTags = regexp.MustCompile(`\s+:[\p{L}\p{N}_@#%:]+:$`)
	// reOrgProperty is one line of a drawer: ":PILOTE:   Service de PMI".
	reOrgProperty = regexp.MustCompile(`^:([\p{L}\p{N}_-]+):(?:\s+(.*))?$`)
	// reOrgPlanning is a planning line: "DEADLINE: <2024-06-30 dim.>",
	// "SCHEDULED: <…>", "CLOSED: […]", several on one line.
	reOrgPlanning = regexp.MustCompile(`(DEADLINE|SCHEDULED|CLOSED):\s*[<\[](\d{4}-\d{2}-\d{2})[^>\]]*[>\]]`)
	// reOrgKeyword is an export keyword: "#+TITLE: …", "#+TODO: …".
	reOrgKeyword = regexp.MustCompile(`^#\+([A-Za-z_]+):\s*(.*)$`)
	// reOrgDefinition is a definition item: "- ASE :: Aide sociale…".
	reOrgDefinition = regexp.MustCompile(`^[-+]\s+(.+?)\s+::\s+(.+)$`)
	// reOrgCheckbox is a checkbox opening an item: "- [X] ", "- [ ] ".
	reOrgCheckbox = regexp.MustCompile(`^([-+]|\d+[.)])\s+\[[ Xx-]\]\s+`)
	// reOrgRule is a table's rule: "|----+----|".
	reOrgRule = regexp.MustCompile(`^\|[-+]+\|?$`)
)

// orgStates are the state keywords Org mode knows without being told.
var orgStates = []string{"TODO", "DONE"}

// unfoldOrg rewrites an Org outline, when lines are one.
func unfoldOrg(lines []string) []string {
	if !isOrg(lines) {
		return lines
	}
	states := map[string]bool{}
	for _, s := range orgStates {
		states[s] = true
	}
	for _, l := range lines {
		if m := reOrgKeyword.FindStringSubmatch(strings.TrimSpace(l)); m != nil && strings.HasPrefix(strings.ToUpper(m[1]), "TODO") || m != nil && strings.HasPrefix(strings.ToUpper(m[1]), "SEQ_TODO") || m != nil && strings.HasPrefix(strings.ToUpper(m[1]), "TYP_TODO") {
			for _, w := range strings.Fields(m[2]) {
				if w != "|" {
					// "WAIT(w@/!)": the keyword without its keys.
					states[strings.SplitN(w, "(", 2)[0]] = true
				}
			}
		}
	}
	status, closed := "", ""
	inDrawer := false
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if m := reOrgHeading.FindStringSubmatch(l); m != nil {
			text := reOrgTags.ReplaceAllString(m[2], "")
			status, closed = "", ""
			if w, rest, ok := strings.Cut(text, " "); ok && states[w] {
				status, text = w, strings.TrimSpace(rest)
			} else if states[text] {
				status, text = text, ""
			}
			lines[i] = strings.Repeat("#", min(len(m[1])+1, 6)) + " " + text
			inDrawer = false
			continue
		}
		switch {
		case reOrgKeyword.MatchString(t):
			m := reOrgKeyword.FindStringSubmatch(t)
			lines[i] = ""
			if strings.EqualFold(m[1], "TITLE") && m[2] != "" {
				lines[i] = "# " + m[2]
			}
		case t == ":PROPERTIES:" || t == ":LOGBOOK:":
			inDrawer = true
			lines[i] = ""
		case t == ":END:":
			// The state is said after the fields, so that the text
			// under them, which tells why, goes with it.
			inDrawer = false
			lines[i] = ""
			if status != "" {
				lines[i] = "Statut : " + status
				if closed != "" {
					lines[i] += " (clos le " + closed + ")"
				}
				status, closed = "", ""
			}
		case inDrawer:
			lines[i] = ""
			if m := reOrgProperty.FindStringSubmatch(t); m != nil && strings.TrimSpace(m[2]) != "" {
				lines[i] = orgLabel(m[1]) + " : " + strings.TrimSpace(m[2])
			}
		case reOrgPlanning.MatchString(t):
			var parts []string
			for _, m := range reOrgPlanning.FindAllStringSubmatch(t, -1) {
				switch m[1] {
				case "CLOSED":
					closed = m[2]
				case "SCHEDULED":
					parts = append(parts, "Jalon : "+m[2])
				default:
					parts = append(parts, "Échéance : "+m[2])
				}
			}
			lines[i] = strings.Join(parts, " ; ")
			if len(parts) == 0 && status == "" {
				lines[i] = "Clos le " + closed
			}
		case reOrgRule.MatchString(t):
			lines[i] = strings.ReplaceAll(t, "+", "|")
		case reOrgDefinition.MatchString(t):
			m := reOrgDefinition.FindStringSubmatch(t)
			lines[i] = m[1] + " : " + m[2]
		case reOrgCheckbox.MatchString(t):
			lines[i] = reOrgCheckbox.ReplaceAllString(t, "$1 ")
		default:
			lines[i] = t
		}
	}
	return lines
}

// orgLabel turns a property's name into a label: "DATE_LIMITE" is "Date
// limite".
func orgLabel(name string) string {
	s := strings.ToLower(strings.ReplaceAll(name, "_", " "))
	r := []rune(s)
	return strings.ToUpper(string(r[:1])) + string(r[1:])
}

// isOrg reports lines that are an Org outline: headings of stars, at
// least two levels of them, and what only Org writes (a drawer or an
// export keyword).
func isOrg(lines []string) bool {
	var deep, top, marks int
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(l, "** "):
			deep++
		case strings.HasPrefix(l, "* "):
			top++
		case t == ":PROPERTIES:" || t == ":END:" || reOrgKeyword.MatchString(l):
			marks++
		}
	}
	return deep >= 2 && top >= 1 && marks >= 2
}
