package corpus

import (
	"regexp"
	"strings"
)

// A schéma may name its pilots, co-pilots and even some partners only by
// their service's initials ("Pilote : SAF  Copilote : DRH", a cell "SASE"),
// and spell them out once, in a legend table before the fiches or in an
// annex ("Sigle | Service ou direction"), apart from the glossary of the
// trade's acronyms. A reader asking who leads a fiche wants the service's
// name: expandInitials writes it beside the initials wherever a pilot or a
// partner is only initials the document's legend (or glossary) explains,
// and adds the legend's entries to the glossary, so that "SAFD c'est
// quoi ?" is answered too.

// legendHeads are the words that head the first column of a legend of
// initials.
var legendHeads = []string{"sigle", "acronyme", "abreviation", "initiales", "code service"}

// initialsLegend returns the acronyms the tables of d spell out, each
// with its expansion and the line that gives it: the rows of every table
// whose first header cell names acronyms ("Sigle", "Sigles", "Acronyme").
func initialsLegend(d *Document) map[string]GlossaryEntry {
	out := map[string]GlossaryEntry{}
	lines := d.Lines
	for h := 0; h+1 < len(lines); h++ {
		if !strings.HasPrefix(strings.TrimSpace(lines[h]), "|") || !isSeparatorRow(lines[h+1]) {
			continue
		}
		header := splitCells(lines[h])
		if len(header) < 2 || !containsAny(Fold(cleanText(header[0])), legendHeads...) {
			continue
		}
		for k, row := range tableBody(lines, h) {
			if len(row) < 2 {
				continue
			}
			a, e := cleanText(row[0]), cleanText(row[1])
			if !isAcronym(a) || strings.Contains(a, " ") || len(e) < 3 {
				continue
			}
			if _, seen := out[a]; !seen {
				out[a] = GlossaryEntry{Acronym: a, Expansion: e, Span: Span{StartLine: h + 3 + k, EndLine: h + 3 + k}}
			}
		}
	}
	return out
}

// reInitialsValue is a value that is initials alone, perhaps with a note
// in brackets: "SAFD", "DRH (formation)".
var reInitialsValue = regexp.MustCompile(`^([A-ZÉÈ][A-ZÉÈ0-9&-]{1,9})(\s*\(.*\))?$`)

// expandInitials spells out, in the pilots and partners of d's fiches,
// the values that are only initials the document explains, and adds the
// legend's initials to the glossary.
func expandInitials(d *Document) {
	legend := initialsLegend(d)
	known := map[string]bool{}
	for _, g := range d.Glossary {
		known[g.Acronym] = true
	}
	for a, g := range legend {
		if !known[a] {
			d.Glossary = append(d.Glossary, g)
			known[a] = true
		}
	}
	if len(legend) == 0 {
		return
	}
	expansion := func(a string) string {
		if g, ok := legend[a]; ok {
			return g.Expansion
		}
		return d.Expand(a)
	}
	spell := func(v string) string {
		m := reInitialsValue.FindStringSubmatch(strings.TrimSpace(v))
		if m == nil {
			return v
		}
		e := expansion(m[1])
		if e == "" || strings.Contains(Fold(v), Fold(e)) {
			return v
		}
		if note := strings.Trim(strings.TrimSpace(m[2]), "()"); note != "" {
			return e + " (" + m[1] + ", " + note + ")"
		}
		return e + " (" + m[1] + ")"
	}
	for i := range d.Fiches {
		f := &d.Fiches[i]
		for _, fld := range []*Field{&f.Pilots, &f.Partners} {
			kept := fld.Items[:0]
			for _, it := range fld.Items {
				if blankCell(it.Text) {
					continue // "—": no co-pilot
				}
				// "SPMI (agréments), France Travail, …": a list in one
				// item, each part spelled out on its own.
				parts := strings.Split(it.Text, ", ")
				for j, part := range parts {
					parts[j] = spell(part)
				}
				it.Text = strings.Join(parts, ", ")
				kept = append(kept, it)
			}
			fld.Items = kept
		}
	}
}
