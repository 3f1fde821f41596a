package corpus

import (
	"strings"
)

// ownAction tells whether a line read as an action heading (m, from
// matchFiche) is rather one of the actions of the fiche being read: under
// "## Chantier n° 4 – Structurer la cellule…", the paragraphs "Action 4.1
// – …", "Action 4.2 – …" number that fiche's own actions under its number.
// Reading them as fiches "4.1", "4.2" would cut the chantier after its
// first fields and give its calendar and indicators to its last action.
// A document whose only numbered units are "Action 2.3" (no enclosing
// heading of another shape) keeps them as fiches: the line must differ
// from the fiche's heading by its unit word or sit below its heading level.
func (p *parser) ownAction(i int, m []string) bool {
	f := p.curFiche
	if f == nil || f.ID == "" || len(m) < 1 {
		return false
	}
	id := CanonicalFicheID(m[0])
	if !strings.HasPrefix(id, f.ID+".") || strings.TrimSpace(m[1]) == "" {
		return false
	}
	head := p.lines[f.Span.StartLine-1]
	return headingLevel6(head) < headingLevel6(p.lines[i]) || unitWord(head) != unitWord(p.lines[i])
}

// headingLevel6 returns the markdown heading level of a line, 1 to 6, or
// 7 for a line that is no markdown heading: a paragraph sits below every
// heading.
func headingLevel6(raw string) int {
	if m := reMDHead.FindStringSubmatch(strings.TrimSpace(raw)); m != nil {
		return len(m[1])
	}
	return 7
}

// unitWord returns the folded first word of a heading, its unit
// ("chantier", "fiche", "action"), without markup or a plural's s.
func unitWord(raw string) string {
	words := strings.Fields(strings.TrimLeft(cleanText(raw), "#*_[ "))
	if len(words) == 0 {
		return ""
	}
	w := Fold(strings.Trim(words[0], "*_:.-–—"))
	if len(w) > 3 {
		w = strings.TrimSuffix(w, "s")
	}
	return w
}

// addOwnAction reads a line that ownAction found to be one of the current
// fiche's actions as an item of its actions, whole with its number so that
// an answer can name it ("Action 4.2 – Signer un nouveau protocole…").
// A fiche that printed no "Actions :" label before it opens its actions
// field here.
func (p *parser) addOwnAction(ln int, t string) {
	f := p.curFiche
	f.Span.EndLine = ln
	if p.curKind != fActions || p.curField == nil {
		p.closeField()
		p.tableCols = nil
		p.curKind = fActions
		p.curField = p.openField(ln, fActions, "Actions")
	}
	p.addItems(ln, []Item{{Text: strings.TrimLeft(t, "#*_ ")}})
}
