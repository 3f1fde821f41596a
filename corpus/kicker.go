package corpus

import "regexp"

// reKicker is the small line a page-layout fiche prints above its title to
// say where it stands: the axis, then the fiche ("AXE 3 · FICHE 7", "Axe 2
// – Fiche 5", "ORIENTATION 1 / FICHE-ACTION 3", "Priorité II | Action 4").
// The fiche's own number comes last; a title may follow it on the line,
// after a mark. The axis word and number are the first two groups, the
// fiche's label the third, the title the fourth.
var reKicker = regexp.MustCompile(`(?i)^(?:#+\s*)?(orientation|axe(?:\s+strat[ée]gique)?|priorit[ée]|enjeu|ambition|engagement|pilier)\s*(?:n\s*[°º]\s*)?(\d{1,2}|[IVX]{1,4})\s*[·•|/–—:,-]\s*(?:fiches?[\s-]*actions?|fiches?|actions?|mesures?)\s*(?:n\s*[°º]\s*|n[o°º]\.?\s*)?(` + labelPattern + `)\b\s*(?:[:.\-–—·]\s*(.*))?$`)

// reKickerAfter is the same band the other way round, as a form's header
// prints it: the fiche on the left, its axis on the right ("FICHE ACTION
// N° 1.1        Orientation 1", "Fiche 7 · Axe 3"). The title is then on
// the lines below. The fiche's label is the first group, the axis word
// and number the next two.
var reKickerAfter = regexp.MustCompile(`(?i)^(?:#+\s*)?(?:fiches?[\s-]*actions?|fiches?|actions?|mesures?)\s*(?:n\s*[°º]\s*|n[o°º]\.?\s*)?(` + labelPattern + `)\s*(?:[·•|/–—:,-]\s*)?(orientation|axe(?:\s+strat[ée]gique)?|priorit[ée]|enjeu|ambition|engagement|pilier)\s*(?:n\s*[°º]\s*)?(\d{1,2}|[IVX]{1,4})$`)

// isKicker reports a kicker line in either order.
func isKicker(t string) bool { return reKicker.MatchString(t) || reKickerAfter.MatchString(t) }

// kicker reads a kicker line as the fiche it heads, in matchFiche's form
// (label, title, the title "" when it is on the lines below), and the axis
// it names, in matchAxis's form with no title: the axis's own heading,
// printed before, gives that. Both are nil when t is no kicker.
//
// The fiche's number is the kicker's last one: read as an axis heading,
// the line would open axis 3 titled "FICHE 7", and read as a fiche
// heading it starts with no fiche word at all.
func kicker(t string) (fiche, axis []string) {
	t = cleanText(t)
	if m := reKickerAfter.FindStringSubmatch(t); m != nil {
		return []string{m[1], ""}, []string{m[2] + " " + m[3], m[2], m[3], ""}
	}
	m := reKicker.FindStringSubmatch(t)
	if m == nil {
		return nil, nil
	}
	return []string{m[3], m[4]}, []string{m[1] + " " + m[2], m[1], m[2], ""}
}

// kickerAxis makes the axis a kicker names the current one. The axis's own
// heading, printed before its fiches, usually opened it already, perhaps
// under another word ("Orientation 2" over "AXE 2 · FICHE 5"): the number
// decides, and an axis only the kickers name is opened untitled.
func (p *parser) kickerAxis(ln int, am []string) {
	n, _ := axisNumber(am[2])
	if n == 0 || p.curAxis != nil && p.curAxis.Number == n {
		return
	}
	for i := range p.doc.Axes {
		if p.doc.Axes[i].Number == n {
			p.curAxis = &p.doc.Axes[i]
			return
		}
	}
	p.axisFor(ln, am)
}
