package corpus

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
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

// reRow splits flattened HTML tables into rows and cells.
var (
	reRowEnd  = regexp.MustCompile(`(?i)</tr\s*>`)
	reCellEnd = regexp.MustCompile(`(?i)</t[dh]\s*>`)
)

// htmlRows splits a line holding a flattened HTML table into tab-separated
// rows; nil when the line holds no table.
func htmlRows(raw string) []string {
	low := strings.ToLower(raw)
	if !strings.Contains(low, "<td") && !strings.Contains(low, "<th") {
		return nil
	}
	var rows []string
	for _, r := range reRowEnd.Split(raw, -1) {
		cells := reCellEnd.Split(r, -1)
		var kept []string
		for _, c := range cells {
			kept = append(kept, strings.ReplaceAll(cleanText(c), "\t", " "))
		}
		for len(kept) > 0 && kept[len(kept)-1] == "" {
			kept = kept[:len(kept)-1]
		}
		if len(kept) > 0 {
			rows = append(rows, strings.Join(kept, "\t"))
		}
	}
	return rows
}

// ficheLine_ handles one non-blank line inside a fiche.
func (p *parser) ficheLine_(ln int, raw, t string) {
	f := p.curFiche
	f.Span.EndLine = ln
	if isSeparatorRow(raw) || italicQuote(raw) {
		return
	}
	if p.titleRow(ln, raw, t) {
		return
	}
	// "Axe stratégique<TAB>Axe 1 – Prévenir…": a row of the fiche's table
	// that names its axis, wherever the table puts it, is the fiche's axis
	// and none of its text.
	if strings.Contains(raw, "\t") {
		if m := labelledAxis(raw, t); m != nil {
			p.closeField()
			p.axisFor(ln, m)
			f.Axis, f.AxisNumber = p.curAxis.Label(), p.curAxis.Number
			return
		}
	}
	if p.linksEnd(ln, t) {
		p.endFiche()
		p.startSection(ln, t, 2)
		return
	}
	if rows := htmlRows(raw); rows != nil {
		// A table flattened to one line of HTML: one row at a time.
		for _, row := range rows {
			p.ficheLine_(ln, row, cleanText(row))
		}
		return
	}
	// "Pilote : Service de PMI | Partenaires : CAF… | Échéance : juin
	// 2025": fields run in on one line, set apart by pipes or bullets.
	if segs := runInFields(p, raw); segs != nil {
		for _, seg := range segs {
			p.ficheLine_(ln, seg, cleanText(seg))
		}
		return
	}
	// "Pilote : Service de PMI. Partenaires : CAF…": fields run in one
	// after the other in a paragraph.
	if segs := p.runInLabels(raw); segs != nil {
		for _, seg := range segs {
			p.ficheLine_(ln, seg, cleanText(seg))
		}
		return
	}
	// "… de 2024 à 2028. Objectif : 50 nouveaux assistants": a field's
	// label run in after the sentence that ends the field above.
	if segs := p.sentenceThenLabel(raw); segs != nil {
		for _, seg := range segs {
			p.ficheLine_(ln, seg, cleanText(seg))
		}
		return
	}
	cells := []string{raw}
	if strings.Contains(raw, "\t") || strings.HasPrefix(strings.TrimSpace(raw), "|") || strings.HasPrefix(strings.TrimSpace(raw), "- |") {
		cells = splitCells(raw)
	}
	// A Gantt chart's header or step, and the header of a table of
	// actors by role, are read by their table's columns.
	if len(cells) >= 2 && (p.ganttLine(ln, raw, cells) || p.roleTableHeader(ln, raw, cells)) {
		return
	}
	// A row of a table of fields ("| Indicateurs | Délai moyen… |") is
	// no header, though its value starts like a label.
	fieldRow := p.fieldTableRow
	p.fieldTableRow = false
	// A table header whose cells are labels: "Pilotes<TAB>Contributeurs".
	if len(cells) >= 2 && !fieldRow {
		var kinds []fieldKind
		known := 0
		for i, c := range cells {
			k, rest := labelKind(c)
			if (k == fNone || rest != "") && i > 0 && known >= 2 && headerWords(c) {
				// "Pilote | Co-pilote | Fiches liées": a column the
				// vocabulary does not name, after two it does, is
				// left aside.
				kinds = append(kinds, fNone)
				continue
			}
			if k == fNone || rest != "" {
				kinds = nil
				break
			}
			known++
			kinds = append(kinds, k)
		}
		if kinds != nil {
			p.closeField()
			p.tableCols = kinds
			for i, k := range kinds {
				if k != fNone {
					p.openField(ln, k, cleanText(cells[i]))
				}
			}
			p.curField, p.curKind = nil, fNone
			return
		}
	}
	// A table of steps and their dates in a calendar: one entry a row.
	if len(cells) >= 2 && p.curKind == fCalendar && p.curField != nil && p.tableCols == nil && !fieldRow {
		if entry, ok := p.calendarTableRow(ln, raw, cells); ok {
			if entry != "" {
				p.addItems(ln, []Item{{Text: entry}})
				p.lastEmpty = false
			}
			return
		}
	}
	if len(cells) >= 2 {
		// A row "label | value": a table of fields, one field a row.
		if k, rest := p.cellLabel(cells[0]); k != fNone && rest == "" && p.tableCols == nil {
			if vk, _ := p.label(cells[1]); vk == fNone || fieldRow {
				p.fieldTableRow = true
				p.closeField()
				p.curKind = k
				p.curField = p.openFieldKind(ln, k, cleanText(cells[0]))
				var items []Item
				for _, c := range cells[1:] {
					items = append(items, cellItems(c)...)
				}
				p.addItems(ln, items)
				p.lastEmpty = len(items) == 0
				return
			}
		}
		// A row whose first cell is empty continues the field above.
		if strings.TrimSpace(cells[0]) == "" && p.curField != nil && p.tableCols == nil {
			var items []Item
			for _, c := range cells[1:] {
				items = append(items, cellItems(c)...)
			}
			p.addItems(ln, items)
			return
		}
	}
	_, isBullet := bulletItem(raw)
	// A value wrapped in a narrow box: "Responsable de la cellule (Direction"
	// / "Enfance Famille)".
	if len(cells) == 1 && !isBullet && p.curField != nil && len(p.curField.Items) > 0 && p.lastItemLine == ln-1 {
		if last := &p.curField.Items[len(p.curField.Items)-1]; boxWrapsOn(last.Text, t) && !p.opensField(raw, t) {
			last.Text = joinWrapped(last.Text, t)
			last.Span.EndLine = ln
			p.curField.Span.EndLine = ln
			p.lastItemLine = ln
			return
		}
	}
	// A list item wrapped onto the next line by the conversion continues
	// in lower case: it belongs to the item.
	// So does a value wrapped in its table column: a line in lower case
	// after an item of the line before that ends no sentence.
	if len(cells) == 1 && !isBullet && p.curField != nil && len(p.curField.Items) > 0 &&
		(p.lastItemLine == ln-1 && (startsLower(t) || endsMidPhrase(p.curField.Items[len(p.curField.Items)-1].Text) || p.fullLine(ln-2) && !p.opensField(raw, t) || wantsYear(p.curField.Items[len(p.curField.Items)-1].Text) && reYearStart.MatchString(t) || strings.HasPrefix(t, "(")) ||
			p.lastItemLine == ln-2 && strings.TrimSpace(p.lines[ln-2]) == "" && endsOnMonth(p.curField.Items[len(p.curField.Items)-1].Text) && reYearStart.MatchString(t)) {
		last := &p.curField.Items[len(p.curField.Items)-1]
		if !strings.ContainsAny(last.Text[len(last.Text)-1:], ".;!?") {
			last.Text = joinWrapped(last.Text, t)
			last.Span.EndLine = ln
			p.curField.Span.EndLine = ln
			p.lastItemLine = ln
			return
		}
	}
	if isBullet {
		// "- Porteur : Direction…": the fields of an action written as
		// the items of a list.
		if it, _ := bulletItem(raw); strings.ContainsAny(it.Text, ":?") {
			cut := strings.IndexAny(it.Text, ":?")
			head := strings.TrimSpace(it.Text[:cut])
			_, phrase := labelPhrases[normalizeLabel(head)]
			// "- **Comment saura-t-on que ça marche ?** …": a question
			// the vocabulary knows is a label however many its words.
			question := it.Text[cut] == '?' && questionLabel(normalizeLabel(head)) != fNone
			k := vocabularyKind(normalizeLabel(head))
			if k == fNone && p.repeated[normalizeLabel(head)] && boldHead(raw) {
				k = fOther // "- **Statut :** en cours", in every fiche
			}
			if k != fNone && (len(strings.Fields(head)) <= 4 || phrase || question) && !capitalisedInside(head) {
				raw, t, isBullet = it.Text, it.Text, false
			}
		}
	}
	if len(cells) == 1 && !isBullet {
		// A table row whose cells the conversion joined with one space:
		// "Pilote Direction enfance famille".
		if k, _ := p.label(raw); k == fNone {
			if head, value, ok := p.spacedLabel(raw); ok {
				raw, t = head+" : "+value, head+" : "+value
			} else if head, value, ok := labelThenValue(t); ok {
				raw, t = head+" : "+value, head+" : "+value
			}
		}
		// "Échéancier récapitulatif" after a fiche's calendar and its
		// indicators: a label alone that goes back to a field the fiche
		// has filled heads what follows the fiche.
		if k, rest := p.label(raw); k != fNone && rest == "" && k != p.curKind && k != fOther && !strings.Contains(t, ":") && p.tableCols == nil {
			if fld := f.field(k); fld != nil && len(fld.Items) > 0 && (k != fCalendar || len(f.Milestones) > 0 || len(fld.Items) > 1) && !p.unfilledLabelAhead(ln, f) {
				p.endFiche()
				p.startSection(ln, t, 2)
				return
			}
		}
		if k, rest := p.label(raw); k != fNone && !(p.curKind == fCalendar && rest != "" && isPeriod(rest)) && !p.valueUnderLabel(ln, k, t) {
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
			k = whyAfterFindings(f, k, raw)
			k = resultsAfterAims(f, k, raw)
			p.curKind = k
			label := cleanText(raw)
			if i := strings.IndexByte(label, ':'); i >= 0 {
				label = label[:i]
			} else if rest != "" && strings.HasSuffix(label, rest) {
				// "Constats. La CRIP a reçu…": the label run in.
				label = strings.TrimRight(strings.TrimSuffix(label, rest), " .")
			}
			// "d) Pilotage": the letter of a sub-paragraph is no part
			// of its label.
			label = reLetterItem.ReplaceAllString(label, "")
			p.curField = p.openFieldKind(ln, k, label)
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
			if fld == nil {
				continue
			}
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

// openFieldKind opens a field of the vocabulary, or a new field of its own
// for a label the document repeats.
func (p *parser) openFieldKind(ln int, k fieldKind, label string) *Field {
	if k != fOther {
		return p.openField(ln, k, label)
	}
	f := p.curFiche
	f.Other = append(f.Other, Field{Label: strings.TrimRight(strings.TrimLeft(label, "#* "), " :*—–"), Span: Span{StartLine: ln, EndLine: ln, Page: f.Page}})
	return &f.Other[len(f.Other)-1]
}

// spacedLabel splits a row of a label | value table that a layout-keeping
// conversion printed with the label's column and the value's set apart by
// spaces ("Modalités de mise en œuvre    • Réunir le comité…"). The run
// of spaces ends the label as a colon would, so a label of any length is
// one, and the value may open on a bullet; the value must not be a label
// itself ("Pilote      Partenaires" is a table header).
func (p *parser) spacedLabel(raw string) (string, string, bool) {
	segs := segments(strings.TrimSpace(raw))
	if len(segs) < 2 {
		return "", "", false
	}
	head := cleanText(segs[0].text)
	k, rest := p.label(head + " :")
	if k == fNone || rest != "" {
		return "", "", false
	}
	var parts []string
	for _, s := range segs[1:] {
		parts = append(parts, s.text)
	}
	// "Pilote   | Copilotage : ARS…": the border of a scanned table's
	// cell opens no value.
	value := strings.TrimSpace(strings.TrimPrefix(cleanText(strings.Join(parts, " ")), "| "))
	if it, ok := bulletItem(value); ok {
		value = it.Text
	}
	// "Pilote   Copilotage : DSDEN…": a value that words its own label
	// of the same field ("Copilotage :") is the value still.
	if vk, rest := p.label(value); value == "" || vk != fNone && (rest == "" || vk != k) {
		return "", "", false
	}
	return head, value, true
}

// labelThenValue splits "Pilote Direction enfance famille" into a label of
// the vocabulary and the value that follows it, capitalised; the value
// must not be a label itself ("Pilotes Contributeurs" is a table header).
// A head that ends on an article or a preposition is no label but the
// start of a role the value names: "Responsable de la Cellule de recueil",
// "Coordinatrice du Pôle enfance" are pilots whole.
func labelThenValue(t string) (string, string, bool) {
	words := strings.Fields(t)
	for n := min(3, len(words)-1); n >= 1; n-- {
		head := strings.Join(words[:n], " ")
		if strings.ContainsAny(head, ":;,.") || capitalisedInside(head) || vocabularyKind(normalizeLabel(head)) == fNone || questionWords[normalizeLabel(head)] || linkWords[Fold(words[n-1])] {
			continue
		}
		value := strings.Join(words[n:], " ")
		// "Contenu de l’action • Réunir…": a table row whose value cell
		// opens on a list, printed on the label's line.
		if it, ok := bulletItem(value); ok && !strings.ContainsRune("-–*", []rune(value)[0]) && it.Text != "" {
			value = it.Text
		}
		r := []rune(value)
		if !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) {
			continue
		}
		// "Pilote Copilotage : Directrice… et Déléguée…": a value that
		// words its own label of the same field is the value still.
		if k, rest := labelKind(value); k != fNone && (rest == "" || k != vocabularyKind(normalizeLabel(head))) {
			return "", "", false
		}
		return head, value, true
	}
	return "", "", false
}

// linkWords are the articles and prepositions a label never ends on.
var linkWords = map[string]bool{
	"de": true, "du": true, "des": true, "d'": true, "la": true, "le": true, "les": true, "l'": true,
	"a": true, "au": true, "aux": true, "en": true, "et": true, "pour": true, "par": true, "sur": true, "avec": true,
	"of": true, "the": true, "for": true,
}

func startsLower(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

func (p *parser) openField(ln int, k fieldKind, label string) *Field {
	fld := p.curFiche.field(k)
	if fld.Span.StartLine == 0 {
		// A label that is a markdown heading ("#### Objectifs") is quoted
		// by its words.
		fld.Label = strings.TrimRight(strings.TrimLeft(label, "#* "), " :—–•")
		fld.Span = Span{StartLine: ln, EndLine: ln, Page: p.curFiche.Page}
	}
	return fld
}

func (p *parser) addItems(ln int, items []Item) {
	for _, it := range items {
		if t := strings.Trim(it.Text, " .…"); t == "" {
			continue // an empty bullet or a lone "..."
		}
		// The same pilot on every task row of a fiche is one pilot.
		if slices.ContainsFunc(p.curField.Items, func(x Item) bool { return x.Text == it.Text }) {
			continue
		}
		it.Span = Span{StartLine: ln, EndLine: ln, Page: p.curFiche.Page}
		p.curField.Items = append(p.curField.Items, it)
		p.curField.Span.EndLine = ln
		p.lastEmpty = false
		p.lastItemLine = ln
	}
}

func (p *parser) closeField() {
	p.curField, p.curKind, p.lastEmpty = nil, fNone, false
}

// finish completes the document once every line is read: metadata,
// indicator sub-lists, milestones and warnings.
// reAxisLabel is a fiche label that begins with its axis number: "2.3",
// "1.1.2", or with its axis's Roman number: "III.2".
var reAxisLabel = regexp.MustCompile(`^(\d{1,2}|[IVX]{1,4})[.-]\d`)

// axesFromLabels gives each fiche labelled "axis.number" the axis its
// label names, when the document has that axis: a schéma that lists its
// axes first and prints its fiches afterwards, under no axis heading,
// still says by their labels where they belong.
func axesFromLabels(d *Document) {
	byNumber := map[int]*Axis{}
	for i := range d.Axes {
		if _, ok := byNumber[d.Axes[i].Number]; !ok {
			byNumber[d.Axes[i].Number] = &d.Axes[i]
		}
	}
	for i := range d.Fiches {
		f := &d.Fiches[i]
		m := reAxisLabel.FindStringSubmatch(f.ID)
		if m == nil {
			continue
		}
		n, _ := axisNumber(m[1])
		// "3.1.1" under "3.1 Axe 1 - …": a report numbers its sections,
		// the chapter first; the axis is the second number, and the
		// heading above the fiche already gave it.
		if parts := strings.Split(f.ID, "."); len(parts) >= 3 && f.AxisNumber != 0 && parts[1] == strconv.Itoa(f.AxisNumber) {
			continue
		}
		if a, ok := byNumber[n]; ok && f.AxisNumber != n {
			f.Axis, f.AxisNumber = a.Label(), a.Number
		}
	}
}

// axesFromRanges gives each fiche the axis whose title in a list of the
// axes names its number ("Axe 2 … (fiches 4 à 6)"): the fiches printed
// after such a list sit under no axis heading of their own, and would
// otherwise all fall to the list's last axis.
func (p *parser) axesFromRanges() {
	if len(p.axisFicheRange) == 0 {
		return
	}
	d := p.doc
	for i := range d.Fiches {
		f := &d.Fiches[i]
		n, err := strconv.Atoi(f.ID)
		if err != nil {
			continue
		}
		for _, a := range d.Axes {
			if r, ok := p.axisFicheRange[a.Number]; ok && n >= r[0] && n <= r[1] {
				f.Axis, f.AxisNumber = a.Label(), a.Number
				break
			}
		}
	}
}

// reAxisField is the label of a fiche's field that names its axis, alone
// or at the start of a line that goes on with the value: "Axe de
// rattachement", "Orientation", "Axe stratégique".
var reAxisField = regexp.MustCompile(`(?i)^(?:axes?|orientations?|enjeux?|priorités?|ambitions?)(?: stratégiques?)?(?: de rattachement| concernée?s?)?(?:\s*:\s*|\s+|$)`)

// reAxisValue is the value of such a field: "Axe 1 – Prévenir…",
// "2 : Protéger…", "Orientation III - …".
var reAxisValue = regexp.MustCompile(`^(?:(\p{L}[\p{L} ]*?)\s+)?(\d{1,2}|[IVX]{1,4})\s*[–—:.-]\s*(\S.*)$`)

// axesFromFields gives each fiche without an axis the axis one of its
// fields names: a report whose fiches are label/value tables says "Axe de
// rattachement : Axe 1 – Prévenir…" in every fiche, and that is where the
// fiches are told apart by axis. An axis the document prints nowhere else
// is added.
func axesFromFields(d *Document) {
	byNumber := map[int]bool{}
	for _, a := range d.Axes {
		byNumber[a.Number] = true
	}
	for i := range d.Fiches {
		f := &d.Fiches[i]
		if f.AxisNumber != 0 {
			continue
		}
		for _, fld := range f.Other {
			if len(fld.Items) == 0 {
				continue
			}
			value := strings.TrimSpace(fld.Items[0].Text)
			if loc := reAxisField.FindStringIndex(value); loc != nil && loc[1] < len(value) {
				value = strings.TrimSpace(value[loc[1]:])
			} else if !reAxisField.MatchString(strings.TrimSpace(fld.Label)) {
				continue
			}
			m := reAxisValue.FindStringSubmatch(value)
			if m == nil {
				continue
			}
			n, numeral := axisNumber(m[2])
			kind := strings.TrimSpace(m[1])
			if kind == "" {
				kind = "Axe"
			}
			a := Axis{Kind: kind, Number: n, Numeral: numeral, Title: strings.TrimSpace(m[3]), Span: fld.Span}
			for _, known := range d.Axes {
				if known.Number == n {
					a = known
				}
			}
			if !byNumber[n] {
				byNumber[n] = true
				d.Axes = append(d.Axes, a)
			}
			f.Axis, f.AxisNumber = a.Label(), n
			break
		}
	}
	slices.SortStableFunc(d.Axes, func(a, b Axis) int { return a.Number - b.Number })
}

func (p *parser) finish() {
	d := p.doc
	p.relabelPerAxis()
	p.addTOCOnly()
	axesFromLabels(d)
	axesFromLetters(d)
	axesFromFields(d)
	p.axesFromRanges()
	p.addAliases()
	p.dropSummaryRepeats()
	d.Fiches = p.joinContinued(d.Fiches)
	fullestFirst(d.Fiches)
	p.statedInChapters()
	p.mendBoxActors()
	p.dropOverviewRows()
	applyProgrammeGrids(d)
	expandInitials(d)
	for i := range d.Fiches {
		f := &d.Fiches[i]
		splitIndicators(f)
		f.Milestones = milestones(f.Calendar)
		if f.Pilots.Empty() && !f.FromTOC {
			d.Warnings = append(d.Warnings, fmt.Sprintf("%s:%d: fiche %s has no pilot", p.name, f.Span.StartLine, f.ID))
		}
	}
	p.readFacts()
	// Deadlines told in the actions' prose are read once the plan's
	// years are known: some are counted in them.
	for i := range d.Fiches {
		proseDeadlines(&d.Fiches[i], d.StartYear, d.EndYear)
	}
	if len(d.Fiches) == 0 {
		d.Warnings = append(d.Warnings, fmt.Sprintf("%s: no fiche action found; the document is searched as text", p.name))
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
		for _, clause := range datedClauses(text) {
			out = append(out, milestone(clause, group, it))
		}
	}
	return out
}

// datedClauses splits a calendar entry into its clauses when each says its
// own time ("Conventions signées en 2024 ; recrutements en 2025 ; fiche de
// liaison opérationnelle en décembre 2026"); otherwise it is one entry.
func datedClauses(text string) []string {
	if items := dashedMilestones(text); items != nil {
		return items
	}
	parts := strings.Split(text, " ; ")
	// "premier semestre 2024 pour les staffs, fin 2025 pour la
	// couverture complète": clauses set apart by commas, each opening on
	// its time.
	if commas := strings.Split(text, ", "); len(parts) < 2 && len(commas) >= 2 && leadEachWithTime(commas) {
		parts = commas
	}
	if len(parts) < 2 {
		// "T3 2025 : extension à Thiers. 1er trimestre 2026 : création de
		// l'équipe.": sentences that each start with their time.
		parts = strings.SplitAfter(text, ". ")
		for _, c := range parts {
			i := strings.IndexByte(c, ':')
			if i < 0 || !isLeadingPeriod(strings.TrimSpace(c[:i])) {
				return []string{text}
			}
		}
		if len(parts) < 2 {
			return []string{text}
		}
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		return parts
	}
	// "T1 2027 ; T3 2027": parts of one year, which no span runs
	// between, are periods of their own.
	if partsOfOneYear(parts) {
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		return parts
	}
	// Each clause says what is due as well as when: "2022 ; 2024" alone
	// may be a span, and stays one entry.
	for _, c := range parts {
		if _, raw := splitMilestone(c); !isLeadingPeriod(raw) || isPeriod(strings.TrimRight(c, " .")) {
			return []string{text}
		}
	}
	return parts
}

// partsOfOneYear reports clauses that are each a period within one and
// the same year, shorter than it.
func partsOfOneYear(parts []string) bool {
	year := 0
	for _, c := range parts {
		p, ok := ParsePeriod(strings.TrimSpace(c))
		if !ok || p.Start.IsZero() || p.End.IsZero() || p.Start.Year() != p.End.Year() || p.Start.YearDay() == 1 && p.End.YearDay() >= 365 {
			return false
		}
		if year != 0 && p.Start.Year() != year {
			return false
		}
		year = p.Start.Year()
	}
	return true
}

// leadEachWithTime reports clauses that each open on a time expression
// and say what is due after it.
func leadEachWithTime(clauses []string) bool {
	for _, c := range clauses {
		if _, ok := leadingPeriod(c); !ok || isPeriod(strings.TrimRight(c, " .")) {
			return false
		}
	}
	return true
}

// milestone reads one calendar entry, under the group a heading item
// ("Phase 1 :") opened.
func milestone(text, group string, it Item) Milestone {
	label, raw := splitMilestone(text)
	if group != "" && it.Level > 0 {
		if label == "" {
			label = group
		} else {
			label = group + " – " + label
		}
	}
	m := Milestone{Label: label, Raw: raw, Span: it.Span}
	if per, ok := leadingPeriod(raw); ok {
		m.Start, m.End = per.Start, per.End
	} else if per, when, ok := sentenceTime(text); ok {
		// "Les six lieux devront être ouverts d'ici décembre 2027": a
		// calendar told in a sentence; the sentence is what is due.
		m.Label, m.Raw, m.Start, m.End = strings.TrimRight(text, " ."), when, per.Start, per.End
	}
	return m
}

// reYearWord is a year standing as a word of a sentence.
var reYearWord = regexp.MustCompile(`^(?:19|20)\d\d[.,;:)]*$`)

// sentenceTime finds the time a calendar sentence states: the longest
// time expression, of at most six words, that ends with the first of its
// years ("d'ici décembre 2027", "en 2025").
func sentenceTime(text string) (Period, string, bool) {
	words := strings.Fields(text)
	for i, w := range words {
		if !reYearWord.MatchString(w) {
			continue
		}
		for k := max(0, i-5); k <= i; k++ {
			when := strings.TrimRight(strings.Join(words[k:i+1], " "), ".,;:)")
			if per, ok := ParsePeriod(when); ok && !per.Start.IsZero() && !per.End.IsZero() {
				return per, when, true
			}
		}
		return Period{}, "", false
	}
	return Period{}, "", false
}

// splitMilestone splits "Élaboration du guide : Semestre 1 : 2021" at the
// first colon whose right side is a time expression. An item that is all
// time expression has no label; one with no readable time keeps its text
// after the last colon as raw.
func splitMilestone(text string) (label, raw string) {
	text = strings.TrimRight(text, " .;")
	if _, ok := leadingPeriod(text); ok && !strings.Contains(text, ":") {
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
	// "1er semestre 2020 : conventionnement…": the date comes first.
	if i := strings.IndexByte(text, ':'); i > 0 {
		if left := strings.TrimSpace(text[:i]); isLeadingPeriod(left) {
			return strings.TrimSpace(text[i+1:]), left
		}
	}
	// "Q4 2025 — conventions signées": the date first, then a dash.
	for _, sep := range []string{" — ", " – ", " - "} {
		if i := strings.Index(text, sep); i > 0 {
			if left := strings.TrimSpace(text[:i]); isLeadingPeriod(left) {
				return strings.TrimSpace(text[i+len(sep):]), left
			}
		}
	}
	if i := strings.LastIndexByte(text, ':'); i >= 0 {
		return strings.TrimSpace(text[:i]), strings.TrimSpace(text[i+1:])
	}
	return text, ""
}

// leadingPeriod reads a time expression, or the one a calendar entry
// starts with before a comment ("2024 (installation), puis rapport
// annuel", "fin 2024 pour les premiers recrutements, 2026 pour…"), or
// the one a sentence ends on ("Relais opérationnel en 2025").
func leadingPeriod(raw string) (Period, bool) {
	clause := raw
	for _, sep := range []string{"(", ",", ";", " puis ", " pour ", " avec "} {
		if i := strings.Index(clause, sep); i > 0 {
			clause = clause[:i]
		}
	}
	clause = strings.TrimSpace(clause)
	// The first clause decides: "installation en 2015, bilan annuel
	// jusqu'en 2020" is due in 2015.
	for _, s := range []string{raw, clause} {
		if per, ok := ParsePeriod(s); ok {
			return per, true
		}
	}
	for _, s := range []string{clause, raw} {
		if m := reTrailingWhen.FindStringSubmatch(s); m != nil {
			if per, ok := ParsePeriod(m[1] + m[2]); ok {
				return per, true
			}
		}
	}
	return Period{}, false
}

// reTrailingWhen is the time expression that ends a sentence, after the
// word that places it: "… opérationnel en 2025", "… au 1er semestre 2024",
// "… signé au T2 2025", "… à la rentrée 2024". (A word boundary would not
// see one before "à".) A span of years ("… de 2025 à 2028", "… en 2025 et
// 2026") is read whole, so that its last year is due too; "mi-" before a
// year ("… en service mi-2026") is kept as the first group, the rest of
// the expression is the second.
var reTrailingWhen = regexp.MustCompile(`(?i)(?:^|[\s(])(?:(?:en|dès|des|au|à partir de|d'ici|avant|fin|début|à la|a la|de)\s+|(mi-))((?:(?:1er|2e|2nd|premier|second|deuxième)\s+(?:semestre|trimestre)\s+|[tsq][1-4]\s+|rentrée(?:\s+scolaire)?\s+|(?:\d{1,2}(?:er)?\s+)?(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+)?(?:19|20)\d\d(?:\s*(?:[-–]|à|et)\s*(?:19|20)\d\d)?)\s*[.;)]?$`)

func isLeadingPeriod(s string) bool {
	_, ok := leadingPeriod(s)
	return ok
}

func isPeriod(s string) bool {
	_, ok := ParsePeriod(s)
	return ok
}

// statedInChapters completes fiches read from a table of follow-up that
// the chapters state in their own paragraph: "8. Engagement E1. Le
// Département s'engage à proposer une visite…" under "Orientation 1" is
// what fiche E1 of the annex table plans, and where it belongs. A fiche
// with no actions or objectives of its own takes the paragraph as its
// actions, and the axis of the chapter that states it.
func (p *parser) statedInChapters() {
	d := p.doc
	axes := map[string]Axis{}
	for _, a := range d.Axes {
		axes[a.Label()] = a
	}
	for i := range d.Fiches {
		f := &d.Fiches[i]
		if !f.Actions.Empty() || !f.Objectives.Empty() || f.FromTOC {
			continue
		}
		re, err := regexp.Compile(`^(?:\d{1,3}[.)]\s+)?(\p{L}[\p{L}-]*\s+` + regexp.QuoteMeta(f.ID) + `)\s*[.:—–-]\s+(\S.{20,})$`)
		if err != nil {
			continue
		}
		for _, s := range d.Sections {
			for _, para := range s.Paragraphs {
				m := re.FindStringSubmatch(para.Text)
				if m == nil {
					continue
				}
				f.Actions = Field{Label: m[1], Items: []Item{{Text: m[2], Span: para.Span}}, Span: para.Span}
				if a, ok := axes[firstOf(s.Path)]; ok {
					f.Axis, f.AxisNumber = a.Label(), a.Number
				}
				break
			}
			if !f.Actions.Empty() {
				break
			}
		}
	}
}

func firstOf(path []string) string {
	if len(path) == 0 {
		return ""
	}
	return path[0]
}

// relabelPerAxis handles documents that number fiches again under each axis
// (Axe 1: fiches 1, 2, 3; Axe 2: fiches 1, 2…): when plain numbers repeat
// across axes and each axis restarts at 1, a fiche is named by axis and
// number ("2.1"), as readers of such documents do.
func (p *parser) relabelPerAxis() {
	d := p.doc
	seen := map[string]int{}
	dup := false
	for _, f := range d.Fiches {
		seen[f.ID]++
		if seen[f.ID] > 1 {
			dup = true
		}
	}
	if !dup {
		return
	}
	first := map[int]string{}
	for _, f := range d.Fiches {
		if f.AxisNumber == 0 || f.Number == 0 {
			return
		}
		if _, ok := first[f.AxisNumber]; !ok {
			first[f.AxisNumber] = f.ID
		}
	}
	if len(first) < 2 {
		return
	}
	for _, id := range first {
		if id != "1" {
			return
		}
	}
	for i := range d.Fiches {
		f := &d.Fiches[i]
		f.ID = strconv.Itoa(f.AxisNumber) + "." + f.ID
		f.Number = 0
	}
	var kept []string
	for _, w := range d.Warnings {
		if !strings.Contains(w, " is defined twice ") {
			kept = append(kept, w)
		}
	}
	d.Warnings = append(kept, fmt.Sprintf("%s: fiches are numbered again under each axis; they are named axis.number (2.1 is fiche 1 of axis 2)", p.name))
}

// addTOCOnly adds the axes and fiches that the table of contents lists but
// the body does not give (a sommaire alone, or fiches in another volume),
// cited to the table of contents.
func (p *parser) addTOCOnly() {
	d := p.doc
	if len(d.Axes) == 0 {
		d.Axes = append(d.Axes, p.tocAxes...)
	}
	for _, tf := range p.tocFiches {
		if d.Fiche(tf.id) != nil || tf.title == "" {
			continue
		}
		f := Fiche{Doc: d.ID, ID: tf.id, Number: labelNumber(tf.id), Title: tf.title, Page: tf.page, FromTOC: true,
			Span: Span{StartLine: tf.line, EndLine: tf.line, Page: tf.page}}
		if tf.axis >= 0 && tf.axis < len(p.tocAxes) {
			a := p.tocAxes[tf.axis]
			for _, b := range d.Axes {
				if b.Number == a.Number && Fold(b.Kind) == Fold(a.Kind) {
					a = b
					break
				}
			}
			f.Axis, f.AxisNumber = a.Label(), a.Number
		}
		d.Fiches = append(d.Fiches, f)
	}
}

// actionTable reads a plan of actions printed as a table, one action a
// row: "| N° | Action | Pilote | Partenaires | Échéance |". Each row is a
// fiche, its label from the number column, its title from the action
// column, its fields from the others. It returns the last line it took.
func (p *parser) actionTable(i int) (int, bool) {
	raw := strings.TrimSpace(p.lines[i])
	if p.curFiche != nil || !strings.HasPrefix(raw, "|") {
		return i, false
	}
	header := splitCells(raw)
	idCol, titleCol := -1, -1
	kinds := make([]fieldKind, len(header))
	fields := 0
	for c, cell := range header {
		f := normalizeLabel(cleanText(cell))
		switch {
		case idCol < 0 && (f == "n°" || f == "no" || f == "num" || f == "numero" || f == "#" || f == "ref" || f == "reference" || f == "code"):
			idCol = c
		case titleCol < 0 && (strings.HasPrefix(f, "action") || strings.HasPrefix(f, "intitule") || f == "titre" || f == "objet" || strings.HasPrefix(f, "fiche")):
			titleCol = c
		default:
			if k := vocabularyKind(f); k != fNone {
				kinds[c] = k
				fields++
			}
		}
	}
	if idCol < 0 || titleCol < 0 || fields < 2 {
		return i, false
	}
	last := i
	for j := i + 1; j < len(p.lines); j++ {
		row := strings.TrimSpace(p.lines[j])
		if !strings.HasPrefix(row, "|") {
			break
		}
		last = j
		if isSeparatorRow(row) {
			continue
		}
		cells := splitCells(row)
		if len(cells) <= idCol || len(cells) <= titleCol {
			continue
		}
		id := CanonicalFicheID(cleanText(cells[idCol]))
		if id == "" {
			continue
		}
		ln := j + 1
		p.startFiche(ln, []string{id, cleanText(cells[titleCol])})
		for c, k := range kinds {
			if k == fNone || c >= len(cells) {
				continue
			}
			p.curField = p.openField(ln, k, cleanText(header[c]))
			p.addItems(ln, cellItems(cells[c]))
		}
		p.endFiche()
	}
	return last, true
}

// midPhraseWords are the words a phrase cannot end on: a line that ends on
// one ("Direction de la") goes on in the next line, whatever its case
// ("Solidarité Départementale").
var midPhraseWords = map[string]bool{"de": true, "du": true, "des": true, "la": true, "le": true, "les": true, "l'": true, "d'": true,
	"et": true, "en": true, "à": true, "au": true, "aux": true, "avec": true, "pour": true, "par": true, "sur": true, "dans": true, "ou": true}

// endsOnMonth tells whether a line ends on a month's name, whose year the
// conversion may have put on a line of its own ("… en décembre", "2026.").
func endsOnMonth(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	_, ok := monthWords[Fold(f[len(f)-1])]
	return ok
}

// wantsYear reports text that ends on a month or a part of a year, which a
// year completes: "Convention avec les maternités : 1er semestre" / "2025".
func wantsYear(s string) bool {
	if endsOnMonth(s) {
		return true
	}
	f := strings.Fields(Fold(s))
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "semestre", "trimestre", "rentree", "automne", "printemps", "ete", "hiver", "fin", "debut", "mi", "courant":
		return true
	case "d'ici", "d’ici", "jusqu'en", "jusqu’en", "horizon":
		// "… 240 nouveaux assistants familiaux d'ici" / "2028": the
		// words that lead to a deadline want its year.
		return true
	}
	return false
}

var reYearStart = regexp.MustCompile(`^(?:19|20)\d\d\b`)

func endsMidPhrase(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	return len(f) > 1 && midPhraseWords[f[len(f)-1]]
}

// runInFields splits a line of fields run in one after the other between
// pipes or bullets ("Pilote : X | Partenaires : Y") when at least two of its
// parts open on a label; nil otherwise.
// headerWords reports a table header cell that reads as a column's
// name: a few words, no figure, no sentence.
func headerWords(c string) bool {
	t := cleanText(c)
	return t != "" && len(strings.Fields(t)) <= 4 && !strings.ContainsAny(t, "0123456789.:;?!")
}

// reFieldGap is the gap between two fields a line aligns: a tab, or three
// spaces or more.
var reFieldGap = regexp.MustCompile(`\s*\t\s*|\s{3,}`)

func runInFields(p *parser, raw string) []string {
	t := strings.TrimSpace(raw)
	if strings.HasPrefix(t, "|") || strings.HasPrefix(t, "•") {
		return nil
	}
	for _, sep := range []string{" | ", " • ", " · ", "   "} {
		parts := strings.Split(t, sep)
		if sep == "   " {
			// "Pilote : SAF     Copilote : DRH": fields set apart by a
			// run of spaces or a tab, as a word processor aligns them.
			parts = reFieldGap.Split(t, -1)
		}
		if len(parts) < 2 {
			continue
		}
		labelled := 0
		for _, part := range parts {
			if k, rest := p.label(part); k != fNone && rest != "" {
				labelled++
			}
		}
		if labelled >= 2 && labelled >= len(parts)-1 {
			return parts
		}
	}
	return nil
}

// sentenceThenLabel splits a line of a field's text where a sentence ends
// and the next opens on another field's label and its colon ("Pendant
// toute la durée du schéma. Objectif : 50 nouveaux assistants"), as a
// writer does who adds a figure to the answer of a plain question ("Pour
// quand ?"); nil when the line has no such label. The label must be of
// the vocabulary, three words at most, so that a sentence that merely
// holds a colon stays whole.
func (p *parser) sentenceThenLabel(raw string) []string {
	t := strings.TrimSpace(raw)
	if p.curKind == fNone || p.curKind == fOther || strings.ContainsAny(t, "|\t") {
		return nil
	}
	for i := 0; i < len(t); {
		j := strings.Index(t[i:], ". ")
		if j < 0 {
			return nil
		}
		at := i + j + 2
		before, after := strings.TrimSpace(t[:at]), strings.TrimSpace(t[at:])
		if c := strings.IndexByte(after, ':'); c > 0 && !abbreviationBefore(t[:i+j]) {
			head := normalizeLabel(after[:c])
			k, rest := p.label(after)
			if k != fNone && k != fOther && rest != "" && len(strings.Fields(head)) <= 3 && vocabularyKind(head) == k && k != p.curKind {
				return []string{before, after}
			}
		}
		i = at
	}
	return nil
}

// opensField reports a line that starts with a field's label, run in or
// set apart by spaces ("Partenaires         Missions locales…").
func (p *parser) opensField(raw, t string) bool {
	if k, _ := p.label(raw); k != fNone {
		return true
	}
	if segs := segments(strings.TrimSpace(raw)); len(segs) >= 2 {
		if k, _ := p.label(segs[0].text + " :"); k != fNone {
			return true
		}
	}
	_, _, ok := labelThenValue(t)
	return ok
}

// fullLine reports line i (from 0) as long as the document's full lines, which a
// conversion of a printed page wrapped: the text goes on below, whatever
// the next line starts with ("recrutements réalisés courant" / "2025 ;").
func (p *parser) fullLine(i int) bool {
	if p.measure == 0 || i < 0 || i >= len(p.lines) {
		return false
	}
	return utf8.RuneCountInString(strings.TrimSpace(p.lines[i]))*10 >= p.measure*8
}

// addAliases gives coded actions the order numbers a summary gave them,
// when those numbers run 1, 2, 3… and no fiche bears one as its own label.
func (p *parser) addAliases() {
	d := p.doc
	if len(p.aliases) < 2 {
		return
	}
	seen := map[string]bool{}
	for i := range d.Fiches {
		n, ok := p.aliases[d.Fiches[i].ID]
		if !ok || seen[n] || n == d.Fiches[i].ID {
			return
		}
		seen[n] = true
	}
	for n := range seen {
		if slices.ContainsFunc(d.Fiches, func(f Fiche) bool { return labelKey(f.ID) == labelKey(n) }) {
			return
		}
	}
	for i := range d.Fiches {
		d.Fiches[i].Aliases = append(d.Fiches[i].Aliases, p.aliases[d.Fiches[i].ID])
	}
}

// fullestFirst puts first, of the fiches a document labels alike, the one
// with the most fields filled: a summary line that swallowed the lines
// after it ("Fiche C.4 – …" then "Calendrier prévisionnel…") is no better
// answer than the fiche itself, which questions about the label get.
func fullestFirst(fiches []Fiche) {
	filled := func(f *Fiche) int {
		n := 0
		for _, fl := range []Field{f.Objectives, f.Actions, f.Pilots, f.Partners, f.Calendar, f.Diagnostic} {
			if !fl.Empty() {
				n++
			}
		}
		if len(f.AllIndicators()) > 0 {
			n++
		}
		return n
	}
	first := map[string]int{}
	for i := range fiches {
		j, seen := first[fiches[i].ID]
		if !seen {
			first[fiches[i].ID] = i
			continue
		}
		if filled(&fiches[i]) > filled(&fiches[j]) {
			fiches[i], fiches[j] = fiches[j], fiches[i]
		}
	}
}

// joinContinued joins a fiche to the one before it when both carry the same
// label and fill different fields: "FICHE A.1" (constats, objectives) then,
// on the next page, "FICHE A.1 – Pilotage et suivi" (pilots, partners,
// calendar). Two fiches labelled alike that fill the same fields stay two,
// with the warning given when the second was read.
func (p *parser) joinContinued(fiches []Fiche) []Fiche {
	out := fiches[:0]
	for _, f := range fiches {
		n := len(out)
		if n == 0 || out[n-1].ID != f.ID || f.ID == "" {
			out = append(out, f)
			continue
		}
		prev := &out[n-1]
		a, b := fieldsOf(prev), fieldsOf(&f)
		overlap := false
		for i := range a {
			overlap = overlap || !a[i].Empty() && !b[i].Empty()
		}
		if overlap || len(prev.AllIndicators()) > 0 && len(f.AllIndicators()) > 0 {
			out = append(out, f)
			continue
		}
		for i := range a {
			if a[i].Empty() && !b[i].Empty() {
				*a[i] = *b[i]
			}
		}
		if len(prev.AllIndicators()) == 0 {
			prev.Indicators, prev.IndicatorsRealisation, prev.IndicatorsImpact = f.Indicators, f.IndicatorsRealisation, f.IndicatorsImpact
		}
		prev.Other = append(prev.Other, f.Other...)
		prev.Span.EndLine = max(prev.Span.EndLine, f.Span.EndLine)
		if prev.Title == "" {
			prev.Title = f.Title
		}
		twice := fmt.Sprintf(": fiche %s is defined twice", f.ID)
		p.doc.Warnings = slices.DeleteFunc(p.doc.Warnings, func(w string) bool { return strings.Contains(w, twice) })
	}
	return out
}

// fieldsOf returns a fiche's fields other than its indicators, to compare
// and fill them.
func fieldsOf(f *Fiche) []*Field {
	return []*Field{&f.Objectives, &f.Actions, &f.Pilots, &f.Partners, &f.Calendar, &f.Diagnostic}
}

// resultsAfterAims reads a "Résultats attendus" label as the fiche's
// indicators when it comes after both the fiche's objectives and its
// indicators: set among the measures, the results it expects are what its
// success will be measured by ("80 mesures installées", "un délai ramené
// à 30 jours"). Between the objectives and the indicators, or alone, the
// label goes on with the fiche's objectives.
func resultsAfterAims(f *Fiche, k fieldKind, label string) fieldKind {
	if k != fObjectives || len(f.Objectives.Items) == 0 || len(f.AllIndicators()) == 0 {
		return k
	}
	head := cleanText(label)
	if i := strings.IndexByte(head, ':'); i >= 0 {
		head = head[:i]
	}
	// The label may still carry its value, run in after a bullet.
	if norm := normalizeLabel(strings.TrimLeft(head, "#* ")); !strings.HasPrefix(norm, "resultats attendus") && !strings.HasPrefix(norm, "resultat attendu") {
		return k
	}
	return fIndicators
}

// whyAfterFindings reads a "Pourquoi agir ?" label as the fiche's
// objectives when the fiche has already told its findings under a label of
// their own ("Ce que nous avons constaté"): the question then gives what
// the action aims at, not its diagnosis a second time.
func whyAfterFindings(f *Fiche, k fieldKind, label string) fieldKind {
	if k != fDiagnostic || f.Diagnostic.Span.StartLine == 0 || f.Objectives.Span.StartLine != 0 {
		return k
	}
	if !strings.HasPrefix(normalizeLabel(strings.TrimLeft(cleanText(label), "#* ")), "pourquoi") {
		return k
	}
	return fObjectives
}

// italicQuote reports a quotation set wholly in italics ("> *Ciò chì no
// faremu…*"): in a bilingual document, the passage in the other
// language; elsewhere a witness's words. Neither is an item of a field.
func italicQuote(raw string) bool {
	q := strings.TrimSpace(raw)
	if !strings.HasPrefix(q, ">") {
		return false
	}
	inner := strings.TrimSpace(strings.TrimLeft(q, "> "))
	return len(inner) > 2 && (inner[0] == '*' && strings.HasSuffix(inner, "*") || inner[0] == '_' && strings.HasSuffix(inner, "_"))
}

// fieldsAheadWindow is how many lines after a label unfilledLabelAhead
// looks through: a fiche's remaining blocks fit on the page or the column
// the label is on.
const fieldsAheadWindow = 40

// unfilledLabelAhead reports that, after line ln (from 1) and before the
// next fiche or axis heading, a label opens a field fiche f has not filled
// yet. A second label of a kind the fiche has filled ("Résultats attendus"
// after "Nos objectifs") then adds a block to the fiche, as its blocks go
// on ("Indicateurs de suivi"), instead of heading what follows the fiche,
// as "Échéancier récapitulatif" does after the last of its fields.
func (p *parser) unfilledLabelAhead(ln int, f *Fiche) bool {
	for j := ln; j < len(p.lines) && j < ln+fieldsAheadWindow; j++ {
		t := cleanText(p.lines[j])
		if t == "" || p.furniture[j] {
			continue
		}
		if p.matchFiche(t) != nil || reAxis.MatchString(t) {
			return false
		}
		k, _ := p.label(p.lines[j])
		if fld := f.field(k); fld != nil && len(fld.Items) == 0 && (k != fIndicators || len(f.AllIndicators()) == 0) {
			return true
		}
	}
	return false
}
