package corpus

import (
	"strings"
	"unicode/utf8"
)

// contentsListSpan is the most lines a table of contents without page
// numbers is read over: a sommaire fits on a page.
const contentsListSpan = 80

// markContentsList marks as entries of the table of contents the fiche
// headings listed under a "Sommaire" heading whose entries carry no page
// number ("Engagement 12. Faire vivre l'ODPE…" and nothing after it),
// which scanTOC cannot tell from the fiches' own headings. The list runs
// from the heading to the first two blank lines in a row; it is a table of
// contents when it names two fiches or more and opens no field: a fiche
// printed right under the heading has a label before the gap. The
// entries are then skipped by the body, so that the last of them does
// not become a fiche that takes the text after the list.
func (p *parser) markContentsList() {
	for i, raw := range p.lines {
		if f := Fold(strings.Trim(cleanText(raw), "#*: ")); f != "sommaire" && f != "table des matieres" {
			continue
		}
		if heads, others, ok := p.contentsEntries(i + 1); ok && len(heads) >= 2 {
			for _, j := range heads {
				p.isTOC[j] = true
			}
			p.markContentsHeads(others)
		}
	}
}

// contentsEntries returns the lines after from that head fiches and the
// other entries, up to the end of the list that starts there, and false
// when a line of the list opens a field. The list ends at two blank lines in a row, at a heading
// or a rule of markdown, or at a line as long as a paragraph's. An entry
// followed by a label within a few lines is a fiche's own heading, kept.
func (p *parser) contentsEntries(from int) (heads, others []int, ok bool) {
	blank := 0
	for j := from; j < len(p.lines) && j < from+contentsListSpan; j++ {
		t := cleanText(p.lines[j])
		if t == "" || p.furniture[j] {
			if blank++; blank >= 2 && t == "" {
				break
			}
			continue
		}
		blank = 0
		if reMDHead.MatchString(strings.TrimSpace(p.lines[j])) || reRuleLine.MatchString(t) || utf8.RuneCountInString(t) > contentsEntryWidth || endsSentence(t) {
			break
		}
		// Entries with their pages are scanTOC's; a label is a fiche's.
		if k, _ := p.label(p.lines[j]); k != fNone || p.isTOC[j] {
			return nil, nil, false
		}
		switch {
		case p.matchFiche(t) == nil:
			others = append(others, j)
		case !p.labelWithin(j, 3):
			heads = append(heads, j)
		}
	}
	return heads, others, true
}

// markContentsHeads records the entries of a table of contents that name
// no fiche and no axis: "Le suivi du schéma" after the last fiche is the
// heading of a part of the document, which ends that fiche, though it is
// set like any line of text. An entry wrapped onto the next line ("…
// aux violences" / "conjugales") starts in lower case and is none.
func (p *parser) markContentsHeads(lines []int) {
	for _, j := range lines {
		t := cleanText(p.lines[j])
		if startsLower(t) || matchAxis(t) != nil || len(strings.Fields(t)) < 2 {
			continue
		}
		if p.contentsHeads == nil {
			p.contentsHeads = map[string]bool{}
		}
		p.contentsHeads[Fold(t)] = true
	}
}

// contentsEntryWidth is the longest entry of a table of contents, in runes;
// a longer line is a paragraph after the list.
const contentsEntryWidth = 100

// labelWithin reports a field label on one of the n lines with text after
// line i.
func (p *parser) labelWithin(i, n int) bool {
	for j := i + 1; j < len(p.lines) && n > 0; j++ {
		if strings.TrimSpace(p.lines[j]) == "" || p.furniture[j] {
			continue
		}
		if p.opensField(p.lines[j], cleanText(p.lines[j])) {
			return true
		}
		n--
	}
	return false
}

// endsSentence reports a line of several words that ends on a full stop:
// the text after a table of contents, whose entries end on none (an entry
// may be a question: "Pourquoi un nouveau schéma ?").
func endsSentence(t string) bool {
	return len(strings.Fields(t)) > 6 && strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "..")
}
