package corpus

import (
	"fmt"
	"slices"
)

// A report that tells each fiche in its body may sum them up again at its
// end, in a table of one row a fiche (its number, title, pilot and
// deadline). Read as fiches, the rows repeat labels the body has read,
// and each question about a fiche would be warned of a fiche defined
// twice. dropSummaryRepeats drops such a run of rows when each repeats a
// fiche read before it and says nothing that fiche does not, but who
// leads it, with whom or by when: the body's fiche is the fuller answer.
// A body may leave those to the table (a fiche with no "Pilote" line,
// its pilot named only in the summary): the body's fiche then takes the
// row's field, kept at the table's line so that the answer cites it
// (see fillFromSummary). Single repeats are read as before.
func (p *parser) dropSummaryRepeats() {
	d := p.doc
	first := map[string]int{}
	var drop []int
	for i := 0; i < len(d.Fiches); {
		j := i
		for j < len(d.Fiches) {
			k, seen := first[labelKey(d.Fiches[j].ID)]
			if !seen || k >= i || !ficheHasContent(&d.Fiches[k]) || !summedUpBy(&d.Fiches[j], &d.Fiches[k]) {
				break
			}
			j++
		}
		if j-i >= 3 {
			for k := i; k < j; k++ {
				drop = append(drop, k)
			}
		}
		if j == i {
			if _, seen := first[labelKey(d.Fiches[i].ID)]; !seen {
				first[labelKey(d.Fiches[i].ID)] = i
			}
			j = i + 1
		}
		i = j
	}
	if len(drop) == 0 {
		return
	}
	gone := map[string]bool{}
	for _, k := range drop {
		f := d.Fiches[k]
		fillFromSummary(&d.Fiches[first[labelKey(f.ID)]], &f)
		gone[fmt.Sprintf("%s:%d: fiche %s is defined twice", p.name, f.Span.StartLine, f.ID)] = true
	}
	d.Warnings = slices.DeleteFunc(d.Warnings, func(w string) bool {
		for g := range gone {
			if len(w) >= len(g) && w[:len(g)] == g {
				return true
			}
		}
		return false
	})
	for n := len(drop) - 1; n >= 0; n-- {
		d.Fiches = slices.Delete(d.Fiches, drop[n], drop[n]+1)
	}
}

// summaryFields are the fields a summary row may give a fiche whose body
// leaves them empty: who leads it, with whom and by when, which a
// schéma may keep for its closing table.
var summaryFields = []fieldKind{fPilots, fPartners, fCalendar}

// summedUpBy reports a row of a summary that repeats fiche by: every
// field it fills, by fills too, but the summaryFields.
func summedUpBy(row, by *Fiche) bool {
	if coveredBy(row, by) {
		return true
	}
	filled := *by
	for _, k := range summaryFields {
		if filled.field(k).Empty() {
			*filled.field(k) = *row.field(k)
		}
	}
	return coveredBy(row, &filled)
}

// fillFromSummary gives f the summaryFields its body left empty from the
// summary row that repeats it. The field keeps the row's lines, and its
// label says it comes from the summary, so that an answer cites the
// table rather than the fiche's own text.
func fillFromSummary(f, row *Fiche) {
	for _, k := range summaryFields {
		fld, from := f.field(k), row.field(k)
		if !fld.Empty() || from.Empty() {
			continue
		}
		*fld = *from
		fld.Items = slices.Clone(from.Items)
		if fld.Label != "" {
			fld.Label += " (tableau récapitulatif)"
		}
	}
}

// coveredBy reports a fiche every field of which the other fiche fills
// too, so that dropping it loses no kind of answer.
func coveredBy(f, by *Fiche) bool {
	pairs := [][2]Field{{f.Objectives, by.Objectives}, {f.Actions, by.Actions}, {f.Pilots, by.Pilots},
		{f.Partners, by.Partners}, {f.Calendar, by.Calendar}, {f.Diagnostic, by.Diagnostic}}
	for _, pr := range pairs {
		if !pr[0].Empty() && pr[1].Empty() {
			return false
		}
	}
	if len(f.AllIndicators()) > 0 && len(by.AllIndicators()) == 0 {
		return false
	}
	return len(f.Other) == 0 || len(by.Other) > 0
}
