package corpus

import "strings"

// A fiche's calendar is often a table of steps and their dates under the
// field's label:
//
//	Calendrier
//	| Étape | Échéance |
//	| --- | --- |
//	| Ouverture des lieux | 2025 |
//	| Évaluation | 2027 |
//
// Each row is one entry, its step and its date, read as "step : date".
// Read cell by cell instead, the step and its date were two entries that
// neither dated nor named the step, the header's words were entries, and
// a step named like a field ("Évaluation", "Bilan") opened that field.

// calendarTableRow reads a pipe table row inside a fiche's calendar: the
// entry it holds, and whether the row belongs to the calendar table at
// all (its header row holds no entry). ln is the row's line number.
func (p *parser) calendarTableRow(ln int, raw string, cells []string) (entry string, ok bool) {
	if !strings.HasPrefix(strings.TrimSpace(raw), "|") {
		return "", false
	}
	var when, what []string
	for _, c := range cells {
		c = cleanText(c)
		switch {
		case c == "":
		case isPeriod(strings.TrimRight(c, " .")):
			when = append(when, c)
		default:
			what = append(what, c)
		}
	}
	switch {
	case len(when) == 1 && len(what) > 0:
		return strings.Join(what, " – ") + " : " + when[0], true
	case len(when) == 0 && ln < len(p.lines) && isSeparatorRow(p.lines[ln]):
		// The header row ("Étape | Échéance"): its words are no step.
		return "", true
	}
	return "", false
}
