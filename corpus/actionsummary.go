package corpus

import (
	"slices"
	"strings"
)

// A schéma may tell its actions as headings and prose ("Action 2.1.3 –
// Créer une unité…" then a paragraph or two) and give who leads each, with
// whom and by when only in a table at its end, one row an action: code,
// title, pilot, partners, deadline. Written as fiches, the rows would be
// fiches of their own, and the headings, no longer the only fiches, would
// be read as plain text: the actions would lose their prose. A table most
// of whose rows name an action told before is that plan's summary: its
// rows write no fiche, and once the actions are read each row's fields
// go into the action it names.

// toldActions returns the codes of the action headings of lines
// ("Action 2.1.3 – …"), as labelKey reads them.
func toldActions(lines []string) map[string]bool {
	out := map[string]bool{}
	for _, l := range lines {
		t := cleanText(strings.TrimLeft(l, "\f"))
		if t == "" || len(t) > 300 {
			continue
		}
		if m := reActionHead.FindStringSubmatch(t); m != nil {
			if key := labelKey(CanonicalFicheID(m[1])); key != "" {
				out[key] = true
			}
		}
	}
	return out
}

// summaryOfActions reports that the rows of a table (meta, nil for a
// line passed through) sum up the actions told before it: two rows at
// least, and most of the table's rows, name one.
func summaryOfActions(meta []*tableRow, told map[string]bool) bool {
	rows, named := 0, 0
	for _, m := range meta {
		if m == nil {
			continue
		}
		rows++
		if told[labelKey(CanonicalFicheID(m.id))] {
			named++
		}
	}
	return named >= 2 && named*2 > rows
}

// summaryRow is a row of a summary of actions, kept for the action it
// names: its cells under the table's columns, and the line of the
// document the table was at.
type summaryRow struct {
	row  *tableRow
	cols []column
	line int
}

// applyActionSummaries gives each action a summary row names the row's
// fields: one item a column that is a field, the title's column left out
// (the heading gives the title whole). The fields are added once the
// actions are read, so that an action's prose is read as the text of a
// fiche without labels (see proseFiche), as it would be without the
// summary.
func applyActionSummaries(d *Document, rows []summaryRow) {
	touched := map[*Fiche]map[fieldKind]bool{}
	for _, r := range rows {
		f := d.Fiche(r.row.id)
		if f == nil {
			continue
		}
		for c := 1; c < len(r.cols) && c < len(r.row.cells); c++ {
			text := strings.TrimSpace(r.row.cells[c])
			k := r.cols[c].kind
			if text == "" || k == fNone {
				continue
			}
			if k == fOther {
				f.Other = append(f.Other, Field{Label: r.cols[c].label, Items: []Item{{Text: text, Span: Span{StartLine: r.line, EndLine: r.line}}},
					Span: Span{StartLine: r.line, EndLine: r.line}})
				continue
			}
			if !touched[f][k] {
				// The summary says who leads and by when: sentences
				// of the prose the cues filed there go back to the
				// action's presentation.
				presentProse(f, k)
			}
			addAnnexItem(f, k, r.cols[c].label, text, r.line)
			if touched[f] == nil {
				touched[f] = map[fieldKind]bool{}
			}
			touched[f][k] = true
		}
	}
	for f := range touched {
		f.Milestones = milestones(f.Calendar)
		if !f.Pilots.Empty() {
			d.Warnings = slices.DeleteFunc(d.Warnings, func(w string) bool {
				return strings.HasSuffix(w, ": fiche "+f.ID+" has no pilot")
			})
		}
	}
}

// presentProse moves the sentences field k of f holds to the fiche's
// presentation, and leaves the field empty. A field's own items, no
// sentences ("Service de PMI"), stay.
func presentProse(f *Fiche, k fieldKind) {
	fld := f.field(k)
	if fld == nil {
		return
	}
	var keep, moved []Item
	for _, it := range fld.Items {
		if len(Sentences(it.Text)) > 0 && strings.HasSuffix(strings.TrimSpace(it.Text), ".") && len(strings.Fields(it.Text)) > 5 {
			moved = append(moved, it)
			continue
		}
		keep = append(keep, it)
	}
	if len(moved) == 0 {
		return
	}
	if len(keep) == 0 {
		*fld = Field{}
	} else {
		fld.Items = keep
	}
	at := slices.IndexFunc(f.Other, func(o Field) bool { return o.Label == "Présentation" })
	if at < 0 {
		f.Other = append(f.Other, Field{Label: "Présentation", Span: moved[0].Span})
		at = len(f.Other) - 1
	}
	pres := &f.Other[at]
	pres.Items = append(pres.Items, moved...)
	slices.SortStableFunc(pres.Items, func(a, b Item) int { return a.Span.StartLine - b.Span.StartLine })
}
