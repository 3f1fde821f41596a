package answer

import (
	"fmt"
	"strings"

	"schemabot/bot/chat"
	"schemabot/corpus"
	"schemabot/retrieval"
)

// fieldNames are the names of fiche fields in answers, French then English.
var fieldNames = map[string][2]string{
	retrieval.FieldPilots:     {"Pilote(s)", "Pilot(s)"},
	retrieval.FieldPartners:   {"Partenaires et acteurs associés", "Partners and associated actors"},
	retrieval.FieldCalendar:   {"Calendrier", "Calendar"},
	retrieval.FieldIndicators: {"Indicateurs", "Indicators"},
	retrieval.FieldObjectives: {"Objectifs", "Objectives"},
	retrieval.FieldActions:    {"Modalités de mise en œuvre", "Actions"},
	retrieval.FieldDiagnostic: {"Éléments de diagnostic", "Diagnosis"},
}

func fieldName(field, lang string) string {
	n := fieldNames[field]
	if lang == chat.English {
		return n[1]
	}
	return n[0]
}

// ficheFields returns the fiche's fields for a field name: indicators come
// as up to three columns.
func ficheFields(f *corpus.Fiche, field string) []corpus.Field {
	switch field {
	case retrieval.FieldPilots:
		return []corpus.Field{f.Pilots}
	case retrieval.FieldPartners:
		return []corpus.Field{f.Partners}
	case retrieval.FieldCalendar:
		return []corpus.Field{f.Calendar}
	case retrieval.FieldObjectives:
		return []corpus.Field{f.Objectives}
	case retrieval.FieldActions:
		return []corpus.Field{f.Actions}
	case retrieval.FieldDiagnostic:
		return []corpus.Field{f.Diagnostic}
	case retrieval.FieldIndicators:
		var out []corpus.Field
		for _, fl := range []corpus.Field{f.IndicatorsRealisation, f.IndicatorsImpact, f.Indicators} {
			if !fl.Empty() {
				out = append(out, fl)
			}
		}
		return out
	}
	return nil
}

// ficheTitle is the heading of a fiche in answers.
func ficheTitle(d *corpus.Document, f *corpus.Fiche, lang string) string {
	if lang == chat.English {
		return fmt.Sprintf("**%s — Fiche action n°%s: %s**", docLabel(d), f.ID, f.Title)
	}
	return fmt.Sprintf("**%s — Fiche action n°%s : %s**", docLabel(d), f.ID, f.Title)
}

// source is the line that says where an answer comes from.
func source(d *corpus.Document, f *corpus.Fiche, label string, lang string) string {
	var b strings.Builder
	if lang == chat.English {
		b.WriteString("_Source: schéma ")
	} else {
		b.WriteString("_Source : schéma ")
	}
	b.WriteString(docLabel(d))
	if f != nil {
		fmt.Fprintf(&b, ", fiche %s", f.ID)
	}
	if label != "" {
		fmt.Fprintf(&b, ", « %s »", label)
	}
	if f != nil && f.Page > 0 {
		fmt.Fprintf(&b, ", p. %d", f.Page)
	}
	b.WriteString("_")
	return b.String()
}

func bullets(items []corpus.Item) string {
	var b strings.Builder
	for _, it := range items {
		b.WriteString(strings.Repeat("  ", it.Level))
		b.WriteString("- ")
		b.WriteString(it.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

func quoteOf(items []corpus.Item) string {
	texts := make([]string, 0, len(items))
	for _, it := range items {
		texts = append(texts, it.Text)
	}
	return strings.Join(texts, "\n")
}

// renderField writes one fiche field as an answer section and returns its
// citations. highlight, when set, is the milestone index to put first.
func renderField(b *strings.Builder, d *corpus.Document, f *corpus.Fiche, field, lang string, highlight int) ([]chat.Citation, bool) {
	flds := ficheFields(f, field)
	var cites []chat.Citation
	any := false
	for _, fl := range flds {
		if fl.Empty() {
			continue
		}
		any = true
		label := fl.Label
		if label == "" {
			label = fieldName(field, lang)
		}
		if lang == chat.English {
			fmt.Fprintf(b, "%s (“%s”):\n", fieldName(field, lang), label)
		} else {
			fmt.Fprintf(b, "%s :\n", label)
		}
		if field == retrieval.FieldCalendar && len(f.Milestones) > 0 {
			order := make([]int, 0, len(f.Milestones))
			if highlight >= 0 && highlight < len(f.Milestones) {
				order = append(order, highlight)
			}
			for i := range f.Milestones {
				if i != highlight {
					order = append(order, i)
				}
			}
			for _, i := range order {
				m := f.Milestones[i]
				line := m.Raw
				if m.Label != "" {
					line = m.Label + " : " + m.Raw
				}
				if i == highlight {
					line = "**" + line + "**"
				}
				if lang == chat.English && m.Dated() {
					line += " (" + englishRange(m) + ")"
				}
				b.WriteString("- " + line + "\n")
			}
		} else {
			b.WriteString(bullets(fl.Items))
		}
		cites = append(cites, ficheCitation(d, f, label, fl.Span, quoteOf(fl.Items)))
	}
	return cites, any
}

// englishRange says a milestone's dates in English: "July–December 2019".
func englishRange(m corpus.Milestone) string {
	s, e := m.Start, m.End
	if s.Year() == e.Year() {
		if s.Month() == 1 && e.Month() == 12 {
			return fmt.Sprintf("the year %d", s.Year())
		}
		if s.Month() == 1 && e.Month() == 6 {
			return fmt.Sprintf("first half of %d", s.Year())
		}
		if s.Month() == 7 && e.Month() == 12 {
			return fmt.Sprintf("second half of %d", s.Year())
		}
		return fmt.Sprintf("%s–%s %d", s.Month(), e.Month(), s.Year())
	}
	return fmt.Sprintf("%s %d – %s %d", s.Month(), s.Year(), e.Month(), e.Year())
}

// ficheAnswer answers about numbered fiches: one field, or the fiche card.
func (e *Engine) ficheAnswer(q *question) answer {
	var b strings.Builder
	var cites []chat.Citation
	found := false
	var focusDoc string
	var focusFiche string
	var missing []string
	type hit struct {
		d *corpus.Document
		f *corpus.Fiche
	}
	var hits []hit
	for _, n := range q.Fiches {
		for _, d := range e.docsFor(q) {
			if f := d.Fiche(n); f != nil {
				// "l'action 5 de cette fiche": that action of the fiche.
				if a := actionWithin(f, q.Action); q.Action > 0 && a != nil {
					f = a
				}
				hits = append(hits, hit{d, f})
			} else if f := subActionFiche(d, n); f != nil {
				// "l'action 4.2": a row of fiche 4's table of actions.
				hits = append(hits, hit{d, f})
			} else if len(q.Docs) > 0 {
				missing = append(missing, fmt.Sprintf("%s (%s)", n, docLabel(d)))
			}
		}
	}
	if len(hits) == 0 {
		var ranges []string
		for _, d := range e.docsFor(q) {
			if len(d.Fiches) == 0 {
				continue
			}
			if q.Lang == chat.English {
				ranges = append(ranges, fmt.Sprintf("%s: fiches %s to %s", docLabel(d), d.Fiches[0].ID, d.Fiches[len(d.Fiches)-1].ID))
			} else {
				ranges = append(ranges, fmt.Sprintf("%s : fiches %s à %s", docLabel(d), d.Fiches[0].ID, d.Fiches[len(d.Fiches)-1].ID))
			}
		}
		lead := fmt.Sprintf("Je n'ai pas trouvé de fiche %s dans le schéma (%s).", strings.Join(q.Fiches, ", "), strings.Join(ranges, " ; "))
		if q.Lang == chat.English {
			lead = fmt.Sprintf("I found no fiche %s in the schémas (%s).", strings.Join(q.Fiches, ", "), strings.Join(ranges, "; "))
		}
		return answer{Answer: chat.Answer{Text: lead}}
	}
	if len(hits) > 1 && len(q.Docs) == 0 && len(q.Fiches) == 1 {
		if q.Lang == chat.English {
			fmt.Fprintf(&b, "Fiche %s exists in %d schémas:\n\n", q.Fiches[0], len(hits))
		} else {
			fmt.Fprintf(&b, "La fiche %s existe dans %d schémas :\n\n", q.Fiches[0], len(hits))
		}
	}
	for i, h := range hits {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(ficheTitle(h.d, h.f, q.Lang) + "\n")
		field := q.Field
		if field == "" || field == retrieval.FieldSummary {
			c := ficheCard(&b, h.d, h.f, q.Lang)
			cites = append(cites, c...)
			found = true
		} else {
			c, ok := renderField(&b, h.d, h.f, field, q.Lang, -1)
			if ok {
				found = true
				cites = append(cites, c...)
			} else {
				b.WriteString(emptyField(h.d, h.f, field, q.Lang) + "\n")
				cites = append(cites, ficheCitation(h.d, h.f, h.f.Title, h.f.Span, "Fiche action n°"+h.f.ID+" : "+h.f.Title))
			}
		}
		b.WriteString(source(h.d, h.f, fieldLabel(h.f, field), q.Lang) + "\n")
		focusDoc, focusFiche = h.d.ID, h.f.ID
	}
	if len(missing) > 0 {
		if q.Lang == chat.English {
			fmt.Fprintf(&b, "\nNo fiche %s.\n", strings.Join(missing, ", "))
		} else {
			fmt.Fprintf(&b, "\nPas de fiche %s.\n", strings.Join(missing, ", "))
		}
	}
	if len(hits) > 1 {
		focusDoc, focusFiche = "", ""
		same := true
		for _, h := range hits {
			same = same && h.d == hits[0].d
		}
		if same {
			focusDoc = hits[0].d.ID
		}
	}
	if len(hits) > 1 && len(q.Fiches) == 1 {
		focusFiche = q.Fiches[0]
	}
	return answer{Answer: chat.Answer{Text: strings.TrimSpace(b.String()), Found: found, Citations: cites}, focusDoc: focusDoc, focusFiche: focusFiche}
}

func fieldLabel(f *corpus.Fiche, field string) string {
	flds := ficheFields(f, field)
	if len(flds) > 0 && flds[0].Label != "" {
		return flds[0].Label
	}
	return ""
}

func emptyField(d *corpus.Document, f *corpus.Fiche, field, lang string) string {
	if lang == chat.English {
		return fmt.Sprintf("The schéma of %s gives no %s for this fiche.", docLabel(d), strings.ToLower(fieldName(field, lang)))
	}
	return fmt.Sprintf("Le schéma %s ne renseigne pas de rubrique « %s » pour cette fiche.", ofDoc(d), strings.ToLower(fieldName(field, lang)))
}

// ficheCard writes a fiche's essentials: axis, pilots, partners,
// objectives and calendar.
func ficheCard(b *strings.Builder, d *corpus.Document, f *corpus.Fiche, lang string) []chat.Citation {
	var cites []chat.Citation
	if f.Axis != "" {
		fmt.Fprintf(b, "_%s_\n", f.Axis)
	}
	for _, field := range []string{retrieval.FieldObjectives, retrieval.FieldPilots, retrieval.FieldPartners, retrieval.FieldCalendar} {
		c, _ := renderField(b, d, f, field, lang, -1)
		cites = append(cites, c...)
	}
	if len(cites) == 0 {
		cites = append(cites, ficheCitation(d, f, f.Title, f.Span, "Fiche action n°"+f.ID+" : "+f.Title))
	}
	return cites
}

// hasField reports whether a fiche has text for the field.
func hasField(f *corpus.Fiche, field string) bool {
	for _, fl := range ficheFields(f, field) {
		if !fl.Empty() {
			return true
		}
	}
	return false
}
