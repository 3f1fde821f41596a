package corpus

import (
	"fmt"
	"strings"
	"time"
)

// field returns the fiche's field of a kind.
func (f *Fiche) field(k fieldKind) *Field {
	switch k {
	case fDiagnostic:
		return &f.Diagnostic
	case fObjectives:
		return &f.Objectives
	case fActions:
		return &f.Actions
	case fPilots:
		return &f.Pilots
	case fPartners:
		return &f.Partners
	case fCalendar:
		return &f.Calendar
	case fIndicators:
		return &f.Indicators
	case fIndRealisation:
		return &f.IndicatorsRealisation
	case fIndImpact:
		return &f.IndicatorsImpact
	}
	return nil
}

// ficheLine_ handles one non-blank line inside a fiche.
func (p *parser) ficheLine_(ln int, raw, t string) {
	f := p.curFiche
	f.Span.EndLine = ln
	if isSeparatorRow(raw) {
		return
	}
	cells := []string{raw}
	if strings.Contains(raw, "\t") || strings.HasPrefix(strings.TrimSpace(raw), "|") || strings.HasPrefix(strings.TrimSpace(raw), "- |") {
		cells = splitCells(raw)
	}
	// A table header whose cells are labels: "Pilotes<TAB>Contributeurs".
	if len(cells) >= 2 {
		var kinds []fieldKind
		for _, c := range cells {
			k, rest := labelKind(c)
			if k == fNone || rest != "" {
				kinds = nil
				break
			}
			kinds = append(kinds, k)
		}
		if kinds != nil {
			p.closeField()
			p.tableCols = kinds
			for i, k := range kinds {
				p.openField(ln, k, cleanText(cells[i]))
			}
			p.curField, p.curKind = nil, fNone
			return
		}
	}
	_, isBullet := bulletItem(raw)
	if len(cells) == 1 && !isBullet {
		if k, rest := labelKind(raw); k != fNone && !(p.curKind == fCalendar && rest != "" && isPeriod(rest)) {
			// "Indicateurs de réalisation" then at once "Indicateurs
			// d'impacts": a two-column table whose header was split.
			if k == fIndImpact && p.curKind == fIndRealisation && p.lastEmpty {
				p.tableCols = []fieldKind{fIndRealisation, fIndImpact}
				p.openField(ln, k, cleanText(raw))
				p.curField, p.curKind = f.field(fIndRealisation), fIndRealisation
				return
			}
			p.closeField()
			p.tableCols = nil
			p.curKind = k
			p.curField = p.openField(ln, k, cleanText(raw))
			p.lastEmpty = true
			if rest != "" {
				p.addItems(ln, []Item{{Text: rest}})
			}
			return
		}
	}
	// Table rows go column by column into the table's fields.
	if p.tableCols != nil && len(cells) >= 2 {
		for i, c := range cells {
			if i >= len(p.tableCols) {
				break
			}
			fld := f.field(p.tableCols[i])
			for _, it := range cellItems(c) {
				it.Span = Span{StartLine: ln, EndLine: ln, Page: f.Page}
				fld.Items = append(fld.Items, it)
				fld.Span.EndLine = ln
			}
		}
		p.lastEmpty = false
		return
	}
	if p.tableCols != nil && len(p.tableCols) == 2 && p.tableCols[0] == fIndRealisation {
		// The two indicator columns were flattened one under the other: the
		// document does not say where one ends, so keep them together.
		p.curField, p.curKind = &f.Indicators, fIndicators
		if f.Indicators.Span.StartLine == 0 {
			f.Indicators.Label = "Indicateurs"
			f.Indicators.Span = Span{StartLine: ln, EndLine: ln, Page: f.Page}
		}
		p.tableCols = nil
	}
	var items []Item
	for _, c := range cells {
		switch {
		case strings.Contains(c, "<ul") || strings.ContainsAny(c, "•●○◦▪■") && len(cells) > 1:
			items = append(items, cellItems(c)...)
		default:
			if it, ok := bulletItem(c); ok {
				items = append(items, it)
			} else if ct := cleanText(c); ct != "" {
				items = append(items, Item{Text: ct})
			}
		}
	}
	if p.curField == nil {
		// Text before any label: an introduction of the fiche.
		f.Other = append(f.Other, Field{Label: "Présentation", Span: Span{StartLine: ln, EndLine: ln, Page: f.Page}})
		p.curField, p.curKind = &f.Other[len(f.Other)-1], fNone
	}
	p.addItems(ln, items)
}

func (p *parser) openField(ln int, k fieldKind, label string) *Field {
	fld := p.curFiche.field(k)
	if fld.Span.StartLine == 0 {
		fld.Label = strings.TrimRight(label, " :")
		fld.Span = Span{StartLine: ln, EndLine: ln, Page: p.curFiche.Page}
	}
	return fld
}

func (p *parser) addItems(ln int, items []Item) {
	for _, it := range items {
		if t := strings.Trim(it.Text, " .…"); t == "" {
			continue // an empty bullet or a lone "..."
		}
		it.Span = Span{StartLine: ln, EndLine: ln, Page: p.curFiche.Page}
		p.curField.Items = append(p.curField.Items, it)
		p.curField.Span.EndLine = ln
		p.lastEmpty = false
	}
}

func (p *parser) closeField() {
	p.curField, p.curKind, p.lastEmpty = nil, fNone, false
}

// finish completes the document once every line is read: metadata,
// indicator sub-lists, milestones and warnings.
func (p *parser) finish() {
	d := p.doc
	for i := range d.Fiches {
		f := &d.Fiches[i]
		splitIndicators(f)
		f.Milestones = milestones(f.Calendar)
		if f.Pilots.Empty() {
			d.Warnings = append(d.Warnings, fmt.Sprintf("%s:%d: fiche %d has no pilot", p.name, f.Span.StartLine, f.Number))
		}
	}
	d.Title = p.title()
	d.Departement = p.departement()
	for _, src := range []string{d.Title, strings.ReplaceAll(d.ID, "-", " - ")} {
		if m := reYears.FindStringSubmatch(src); m != nil && atoi(m[1]) <= atoi(m[2]) {
			d.StartYear, d.EndYear = atoi(m[1]), atoi(m[2])
			break
		}
	}
	// An axis presented under sub-headings ("Les éléments de contexte"…)
	// takes their text.
	for i := range d.Axes {
		a := &d.Axes[i]
		if a.Text != "" {
			continue
		}
		var parts []string
		for _, s := range d.Sections {
			if len(s.Path) > 0 && s.Path[0] == a.Label() && s.Text != "" {
				parts = append(parts, s.Text)
			}
		}
		a.Text = strings.Join(parts, "\n")
	}
	// Open-ended milestones ("à partir de 2021") run to the end of the plan.
	for i := range d.Fiches {
		for j := range d.Fiches[i].Milestones {
			m := &d.Fiches[i].Milestones[j]
			if !m.Start.IsZero() && m.End.IsZero() && d.EndYear != 0 && d.EndYear >= m.Start.Year() {
				m.End = day(d.EndYear, 12, 31)
			}
			if m.Start.IsZero() && !m.End.IsZero() && d.StartYear != 0 && d.StartYear <= m.End.Year() {
				m.Start = day(d.StartYear, 1, 1)
			}
			if m.Start.IsZero() != m.End.IsZero() {
				m.Start, m.End = time.Time{}, time.Time{}
			}
		}
	}
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

// splitIndicators moves the items of an "indicateurs d'évaluation" list
// that sit under "Indicateurs de réalisation :" / "Indicateurs d'impact :"
// sub-headings into the matching column.
func splitIndicators(f *Fiche) {
	if f.Indicators.Empty() {
		return
	}
	var rest []Item
	var target *Field
	for _, it := range f.Indicators.Items {
		if k, inline := labelKind(it.Text); k == fIndRealisation || k == fIndImpact {
			target = f.field(k)
			if target.Span.StartLine == 0 {
				target.Label = strings.TrimRight(strings.SplitN(it.Text, ":", 2)[0], " ")
				target.Span = it.Span
			}
			if inline != "" {
				target.Items = append(target.Items, Item{Text: inline, Level: 0, Span: it.Span})
			}
			continue
		}
		if target != nil {
			lvl := it.Level - 1
			if lvl < 0 {
				lvl = 0
			}
			target.Items = append(target.Items, Item{Text: it.Text, Level: lvl, Span: it.Span})
			target.Span.EndLine = it.Span.EndLine
			continue
		}
		rest = append(rest, it)
	}
	f.Indicators.Items = rest
}

// milestones reads calendar items as "label : time expression". A group
// line ending with ":" gives its label to the items under it.
func milestones(cal Field) []Milestone {
	var out []Milestone
	group := ""
	for _, it := range cal.Items {
		text := strings.TrimSpace(it.Text)
		if it.Level == 0 {
			group = ""
		}
		if strings.HasSuffix(text, ":") {
			if _, ok := ParsePeriod(strings.TrimSuffix(text, ":")); !ok {
				group = strings.TrimSpace(strings.TrimSuffix(text, ":"))
				continue
			}
		}
		label, raw := splitMilestone(text)
		if group != "" && it.Level > 0 {
			if label == "" {
				label = group
			} else {
				label = group + " – " + label
			}
		}
		m := Milestone{Label: label, Raw: raw, Span: it.Span}
		if per, ok := ParsePeriod(raw); ok {
			m.Start, m.End = per.Start, per.End
		}
		out = append(out, m)
	}
	return out
}

// splitMilestone splits "Élaboration du guide : Semestre 1 : 2021" at the
// first colon whose right side is a time expression. An item that is all
// time expression has no label; one with no readable time keeps its text
// after the last colon as raw.
func splitMilestone(text string) (label, raw string) {
	text = strings.TrimRight(text, " .;")
	if _, ok := ParsePeriod(text); ok {
		return "", text
	}
	for i := 0; i < len(text); i++ {
		if text[i] != ':' {
			continue
		}
		right := strings.TrimSpace(text[i+1:])
		if _, ok := ParsePeriod(right); ok {
			return strings.TrimSpace(text[:i]), right
		}
	}
	if i := strings.LastIndexByte(text, ':'); i >= 0 {
		return strings.TrimSpace(text[:i]), strings.TrimSpace(text[i+1:])
	}
	return text, ""
}

// title is the first paragraph of the document, before any heading.
func (p *parser) title() string {
	var parts []string
	for _, l := range p.lines {
		t := cleanText(l)
		if t == "" {
			if len(parts) > 0 {
				break
			}
			continue
		}
		parts = append(parts, strings.TrimLeft(t, "# "))
		if len(parts) > 8 {
			break
		}
	}
	return strings.Join(parts, " ")
}

// departement is the name the document uses most after "Département de".
func (p *parser) departement() string {
	counts := map[string]int{}
	best, bestN := "", 0
	limit := len(p.lines)
	for i := 0; i < limit; i++ {
		for _, m := range reDept.FindAllStringSubmatch(p.lines[i], -1) {
			name := m[1]
			if strings.ToUpper(name) == name {
				name = strings.ToUpper(name[:1]) + strings.ToLower(name[1:])
			}
			counts[name]++
			if counts[name] > bestN {
				best, bestN = name, counts[name]
			}
		}
	}
	return best
}

func isPeriod(s string) bool {
	_, ok := ParsePeriod(s)
	return ok
}
