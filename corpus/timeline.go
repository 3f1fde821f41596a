package corpus

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

// A plan exported from a project tool as a Gantt chart has no date column:
// its calendar is a run of columns, one a period ("2024 T1;2024 T2;…",
// "janv. 2025;févr. 2025;…", "2024;2025;2026"), whose cells mark the
// periods an action runs in ("■", "x") and its milestones, a mark and what
// is due ("◆ protocole signé", "✓ PAUE ouverte"). A legend row may say
// what each mark means ("◆ = jalon intermédiaire ; ✓ = échéance finale").
//
// timelineLines rewrites such cells as a calendar the parser reads: the
// span from the first period marked to the last, then one item a
// milestone, "what is due : period".

// minTimeline is how many periods in a row make a timeline: fewer are
// date columns ("Début;Fin").
const minTimeline = 3

// timelineColumns finds the timeline of a header row: the runs of at least
// minTimeline cells side by side that are periods. It returns the time
// expression of each such column by its index.
func timelineColumns(cells []string) map[int]string {
	out := map[int]string{}
	for i := 0; i < len(cells); {
		j := i
		for j < len(cells) && periodHeading(cells[j]) != "" {
			j++
		}
		if j-i >= minTimeline {
			for k := i; k < j; k++ {
				out[k] = periodHeading(cells[k])
			}
		}
		i = max(j, i+1)
	}
	return out
}

// periodHeading reads a header cell as a period and returns it as a time
// expression ParsePeriod reads, "" when the cell is no period.
func periodHeading(c string) string {
	c = oneLine(c)
	if c == "" || len(c) > 30 {
		return ""
	}
	if _, ok := ParsePeriod(c); ok {
		return c
	}
	return ""
}

// checkTimeline keeps the header's timeline only when the rows under it
// mark periods: columns headed by years may hold amounts ("2024;2025;2026"
// over "50 000 €"), which are fields of their own.
func (h *csvHeading) checkTimeline(rows [][]string) {
	for _, row := range rows {
		if csvHeader(row) != nil {
			break
		}
		for i, c := range row {
			if i < len(h.cols) && h.cols[i].period != "" {
				if mark, _ := splitMark(c); mark != "" {
					return
				}
			}
		}
	}
	for i := range h.cols {
		h.cols[i].period = ""
	}
}

// reLegendPair is one mark of a legend and its meaning: "◆ = jalon
// intermédiaire", "x : action en cours".
var reLegendPair = regexp.MustCompile(`(?:^|[\s;,(])([^\p{L}\p{N}\s;,:=()"'«»]{1,2}|[xX])\s*[=:]\s*([^;=]+?)\s*(?:;|$)`)

// chartLegend reads the legend of a chart, wherever a row gives it: the
// meaning of each mark, without the note in brackets that may follow it.
func chartLegend(rows [][]string) map[string]string {
	legend := map[string]string{}
	for _, row := range rows {
		for _, c := range row {
			// A legend gives several marks: one "x : y" alone is text.
			pairs := reLegendPair.FindAllStringSubmatch(oneLine(c), -1)
			if len(pairs) < 2 {
				continue
			}
			for _, m := range pairs {
				meaning, _, _ := strings.Cut(m[2], "(")
				legend[m[1]] = strings.TrimSpace(meaning)
			}
		}
	}
	return legend
}

// splitMark splits a timeline cell into its mark, the symbols it opens with
// or an "x" alone or before a space, and the text after it.
func splitMark(c string) (mark, text string) {
	c = oneLine(c)
	if strings.EqualFold(c, "x") {
		return c, ""
	}
	if len(c) > 2 && (c[0] == 'x' || c[0] == 'X') && c[1] == ' ' {
		return c[:1], strings.TrimSpace(c[2:])
	}
	i := strings.IndexFunc(c, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSpace(r) })
	if i < 0 {
		return c, ""
	}
	return c[:i], strings.TrimSpace(c[i:])
}

// milestoneMeaning reports a legend's meaning that names a milestone
// rather than a period of work: a deadline, a deliverable, an end.
func milestoneMeaning(meaning string) bool {
	return containsAny(Fold(meaning), "jalon", "etape", "echeance", "livrable", "milestone", "step", "deadline", "final", "fin ", "rendu", "achev")
}

// timelineLines returns the calendar of an action row from its timeline
// cells: "Calendrier : first – last" over the periods marked, then one
// item a milestone: a cell with a text after its mark ("✓ PAUE ouverte"),
// or a mark the legend calls a milestone. The legend's meaning of the
// mark follows the text, so that "échéance finale" is read with it.
func timelineLines(cells []string, cols []column, legend map[string]string) []string {
	var first, last string
	var items []string
	for i, c := range cells {
		if i >= len(cols) || cols[i].period == "" || c == "" {
			continue
		}
		when := cols[i].period
		if first == "" {
			first = when
		}
		last = when
		mark, text := splitMark(c)
		meaning := legend[mark]
		switch {
		case text != "" && meaning != "":
			items = append(items, fmt.Sprintf("- %s (%s) : %s", text, meaning, when))
		case text != "":
			items = append(items, fmt.Sprintf("- %s : %s", text, when))
		case milestoneMeaning(meaning):
			items = append(items, fmt.Sprintf("- %s : %s", upperFirst(meaning), when))
		}
	}
	if first == "" {
		return nil
	}
	span := first
	if last != first {
		span += " – " + last
	}
	return append([]string{"Calendrier : " + span}, items...)
}
