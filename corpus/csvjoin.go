package corpus

import (
	"strings"
	"unicode"
)

// A sheet may stack several blocks, each under a header row of its own: the
// list of fiches, then a block of milestones, one row a milestone of a
// fiche named by its code ("FA-01;1;Recrutement de 12
// puéricultrices;30/06/2024;nombre de puéricultrices en poste;réalisé").
// Such a row is no fiche of its own: it goes in the fiche of its code, its
// name and due date a milestone of the calendar, its indicator one of the
// fiche's indicators, its status said after its date.

// joinedRows are the rows of later blocks joined to one fiche.
type joinedRows struct {
	milestones, indicators []string
	others                 [][2]string
}

// statusHeads are the labels of a column that gives a row's progress.
var statusHeads = []string{"statut", "etat", "avancement", "status", "progress"}

// isStatusColumn reports a column whose label says how far a row has got:
// "Statut au 05/02/2025", "État d'avancement".
func isStatusColumn(label string) bool {
	norm := normalizeLabel(label)
	for _, s := range statusHeads {
		if strings.HasPrefix(norm, s) {
			return true
		}
	}
	return false
}

// add reads a row of a block under header h into j.
func (j *joinedRows) add(cells []string, h *csvHeading) {
	name, status := "", ""
	var due, inds, measures []string
	for i, c := range cells {
		c = oneLine(c)
		if c == "" || i == h.id || i == h.axis || h.skip[i] || i >= len(h.cols) {
			continue
		}
		col := h.cols[i]
		switch {
		case isStatusColumn(col.label):
			status = c
		case col.kind == fCalendar && name == "" && !isPeriodCell(c):
			// "jalon;echeance": the milestone's name may sit in a
			// column whose label is a calendar word; the cell that is
			// no date is its name.
			name = c
		case col.kind == fCalendar:
			due = append(due, c)
		case col.kind == fIndicators || col.kind == fIndRealisation || col.kind == fIndImpact:
			inds = append(inds, c)
		case isMeasureColumn(col.label):
			// "valeur_reference_2022;cible_2027": the indicator's
			// baseline and target, said after it.
			measures = append(measures, columnLabel(col.label)+" : "+c)
		case isRowCode(c):
			// "A01.1": the number of the row in its block, no name.
		case col.kind == fNone || col.kind == fOther:
			// The milestone's name is its longest cell of words, not
			// its number.
			if strings.IndexFunc(c, unicode.IsLetter) >= 0 && len(c) > len(name) {
				name = c
			}
		default:
			j.others = append(j.others, [2]string{columnLabel(col.label), c})
		}
	}
	if len(inds) > 0 && len(measures) > 0 {
		inds[len(inds)-1] += " (" + strings.Join(measures, " ; ") + ")"
	} else if len(measures) > 0 {
		due = append(due, measures...)
	}
	j.indicators = append(j.indicators, inds...)
	m := strings.Join(due, " – ")
	if name != "" && m != "" {
		m = name + " : " + m
	} else if name != "" {
		m = name
	}
	if status != "" && m != "" {
		m += " (" + status + ")"
	}
	if m != "" {
		j.milestones = append(j.milestones, m)
	}
}

// write writes the rows joined to a fiche as its fields.
func (j *joinedRows) write(b *strings.Builder) {
	for _, f := range []struct {
		label string
		items []string
	}{{"Jalons", j.milestones}, {"Indicateurs", j.indicators}} {
		if len(f.items) == 0 {
			continue
		}
		b.WriteString(f.label + " :\n")
		for _, it := range f.items {
			b.WriteString("- " + it + "\n")
		}
	}
	writeGrouped(b, j.others)
	b.WriteString("\n")
}
