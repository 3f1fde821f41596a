package corpus

import (
	"regexp"
	"strings"
)

// A plan that codes its actions under lettered objectives ("I.A.1",
// "I.A.2" under "Objectif I.A — Renforcer la prévention…") often states the
// objectives once, under the orientation's heading, and the actions in a
// table that has no objectives column:
//
//	ORIENTATION I — PRÉVENIR TÔT
//	  Objectif I.A — Renforcer la prévention périnatale. Objectif I.B — …
//
// A reader knows each action's objective from its code; applyCodedObjectives
// gives it to the fiches that have none.

// reCodedObjective is an objective with its code: "Objectif I.A — …",
// "Objectif 2.1 : …", up to the next one on the line.
var reCodedObjective = regexp.MustCompile(`(?i)\bobjectif\s+([IVX]{1,4}\.[A-H]|\d{1,2}\.\d{1,2})\s*[—–:-]\s*(.+?)(?:\s+objectif\s+(?:[IVX]{1,4}\.[A-H]|\d{1,2}\.\d{1,2})\s*[—–:-]|$)`)

// applyCodedObjectives gives each fiche without objectives the objective
// whose code its own code extends ("I.A" of "I.A.1"), as the document
// states it outside the fiches, in a paragraph of its text. A heading
// ("Objectif 1.1 – …" over the actions 1.1.x and their introduction) is
// the structure the fiches sit in, not text stated about them: an item
// taken outside its fiche must be a paragraph a reader can be shown (see
// Item).
func applyCodedObjectives(d *Document) {
	if len(d.Fiches) == 0 {
		return
	}
	inFiche := make([]bool, len(d.Lines)+2)
	for _, f := range d.Fiches {
		for l := f.Span.StartLine; l <= f.Span.EndLine && l < len(inFiche); l++ {
			inFiche[l] = true
		}
	}
	paragraphs := paragraphSpans(d)
	for i, l := range d.Lines {
		span, ok := paragraphs[i+1]
		if !ok || inFiche[i+1] || !strings.Contains(strings.ToLower(l), "objectif") {
			continue
		}
		t := cleanText(l)
		for len(t) > 0 {
			m := reCodedObjective.FindStringSubmatchIndex(t)
			if m == nil {
				break
			}
			code, text := t[m[2]:m[3]], strings.TrimRight(strings.TrimSpace(t[m[4]:m[5]]), ".")
			for k := range d.Fiches {
				f := &d.Fiches[k]
				if strings.HasPrefix(f.ID, code+".") && f.Objectives.Empty() {
					addAnnexItemAt(f, fObjectives, "Objectif "+code, text, span)
				}
			}
			// The next objective starts where this one's text ends.
			t = t[m[5]:]
		}
	}
}

// paragraphSpans maps each line of a paragraph of the document's sections
// to the paragraph's span.
func paragraphSpans(d *Document) map[int]Span {
	out := map[int]Span{}
	for _, s := range d.Sections {
		for _, it := range s.Paragraphs {
			for l := it.Span.StartLine; l <= it.Span.EndLine; l++ {
				out[l] = it.Span
			}
		}
	}
	return out
}
