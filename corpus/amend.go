package corpus

import (
	"regexp"
	"strings"
)

// A document may report, outside its fiches, decisions taken after they
// were written: a steering committee's minutes or the message that
// forwards the fiches ("FA 5 : l'échéance est repoussée à juin 2026",
// "FA 9 : la PJJ devient co-pilote"). A reader who asks for the fiche's
// calendar or pilot wants the decision as well as what the fiche says:
// applyAmendments adds each such decision to the field it changes, after
// the fiche's own items, saying that it amends them.

var (
	// reAmendment is a line, perhaps a list item, that opens on a fiche's
	// label then a colon or a dash: "FA 5 : …", "- Fiche 9 – …".
	reAmendment = regexp.MustCompile(`(?i)^\s*(?:[-*•]\s+)?(?:fiches?[\s-]*actions?|fiches?|fa|actions?)\s*(?:n\s*[°º]\.?\s*)?(` + labelPattern + `)\s*[:–—-]\s+(.+)$`)
	// reChangeWord is a word that says a decision changes what was
	// written: postponed, brought forward, becomes, added, replaced.
	reChangeWord = regexp.MustCompile(`(?i)\b(?:report[ée]e?s?|repouss[ée]e?s?|d[ée]cal[ée]e?s?|avanc[ée]e?s?|devien(?:nen)?t|ajout(?:e|é|ée|és|ées)?|ajoutons|remplac\w*|modifi[ée]e?s?|supprim\w*|retir[ée]e?s?|d[ée]sormais|port[ée]e?s? à|fix[ée]e?s? à)\b`)
	// reAmendedDate is the first date a decision gives: "juin 2026",
	// "fin 2025", "2027".
	reAmendedDate = regexp.MustCompile(`(?i)(?:(?:\d{1,2}(?:er)?\s+)?(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+|(?:fin|début)\s+|mi-)?(?:19|20)\d\d`)
	// reAside is a part in brackets, where a decision recalls what it
	// replaces: "(au lieu de décembre 2025)".
	reAside = regexp.MustCompile(`\([^()]*\)`)
)

// amendedPrefix opens the item a decision adds to a fiche's field.
const amendedPrefix = "Modifié par une décision ultérieure : "

// amendableKinds are the fields a decision may change; the diagnostic is
// what was found, which no later decision changes.
var amendableKinds = map[fieldKind]bool{fPilots: true, fPartners: true, fCalendar: true, fIndicators: true,
	fIndRealisation: true, fIndImpact: true, fObjectives: true, fActions: true}

// applyAmendments adds to each fiche the decisions, written outside any
// fiche, that change one of its fields.
func applyAmendments(doc *Document) {
	if len(doc.Fiches) == 0 {
		return
	}
	for i, l := range doc.Lines {
		ln := i + 1
		if insideFiche(doc, ln) {
			continue
		}
		m := reAmendment.FindStringSubmatch(cleanText(l))
		if m == nil || !reChangeWord.MatchString(m[2]) {
			continue
		}
		f := doc.Fiche(m[1])
		if f == nil || f.FromTOC {
			continue
		}
		k := amendedKind(m[2])
		if k == fNone {
			continue
		}
		text := strings.TrimSpace(m[2])
		item := Item{Text: amendedPrefix + text, Span: Span{StartLine: ln, EndLine: ln}}
		field := f.field(k)
		if field == nil {
			field = &f.Indicators
		}
		if field.Label == "" {
			field.Label = kindLabels[k]
		}
		field.Items = append(field.Items, item)
		if k == fCalendar {
			if ms, ok := amendedMilestone(text, item.Span); ok {
				f.Milestones = append(f.Milestones, ms)
			}
		}
	}
}

// insideFiche reports whether line ln lies within a fiche's span.
func insideFiche(doc *Document, ln int) bool {
	for _, f := range doc.Fiches {
		if f.Span.StartLine <= ln && ln <= f.Span.EndLine {
			return true
		}
	}
	return false
}

// amendedKind is the field a decision names first: "l'échéance",
// "co-pilote", "l'indicateur", "aux partenaires".
func amendedKind(text string) fieldKind {
	words := strings.Fields(reAside.ReplaceAllStringFunc(text, func(s string) string { return " " + strings.Trim(s, "()") + " " }))
	for _, w := range words {
		w = strings.Trim(w, ".,;:!?«»\"'’")
		if k := vocabularyKind(normalizeLabel(w)); amendableKinds[k] {
			return k
		}
	}
	return fNone
}

// amendedMilestone reads the date a calendar decision sets, leaving out
// the one it replaces, which the decision recalls in brackets.
func amendedMilestone(text string, span Span) (Milestone, bool) {
	clause := reAside.ReplaceAllString(text, "")
	raw := reAmendedDate.FindString(clause)
	if raw == "" {
		return Milestone{}, false
	}
	label := clause
	if i := strings.Index(clause, raw); i >= 0 {
		label = clause[:i]
	}
	label = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(label), ",;:"))
	ms := Milestone{Label: label, Raw: raw, Span: span}
	if per, ok := ParsePeriod(raw); ok {
		ms.Start, ms.End = per.Start, per.End
	}
	return ms, true
}
