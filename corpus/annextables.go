package corpus

import (
	"regexp"
	"strings"
)

// Some schémas keep a fiche's body for its text and give its pilots,
// partners, calendar and indicators only in annexes at the end: a table
// with one row a fiche, keyed by the fiche's code ("PRE-1   Service de PMI
// CAF, communes"), its columns headed by field labels or by years marked
// "■"; or a definition list whose terms are the fiches' codes under a
// heading that names the field ("Indicateurs de suivi"). applyAnnexes
// puts those rows into their fiches' fields, as a reader turning to the
// annex would.

// reDashRule is the rule under the header of a table whose columns are
// set apart by spaces (pandoc's simple tables): "-------  ------ ----".
var reDashRule = regexp.MustCompile(`^\s*-{3,}(?:\s+-{3,})+\s*$`)

// reYearHead is a spacedColumn headed by a year.
var reYearHead = regexp.MustCompile(`^(?:19|20)\d{2}$`)

// spacedColumn is one spacedColumn of a table set apart by spaces: its header and
// the byte range its rule covers.
type spacedColumn struct {
	head       string
	start, end int
}

// applyAnnexes reads the annex tables and definition lists of d whose
// rows name its fiches and adds each row to its fiche.
func applyAnnexes(d *Document) {
	if len(d.Fiches) == 0 {
		return
	}
	touched := map[*Fiche]bool{}
	heading := ""
	for i := 0; i < len(d.Lines); i++ {
		line := d.Lines[i]
		if m := reMDHead.FindStringSubmatch(line); m != nil {
			heading = m[2]
			continue
		}
		if reDashRule.MatchString(line) && i > 0 && strings.TrimSpace(d.Lines[i-1]) != "" {
			i = annexTable(d, i, touched)
			continue
		}
		// "PRE-1" then ":   Nombre de communes…": a definition list.
		if i+1 < len(d.Lines) && strings.HasPrefix(d.Lines[i+1], ":") && strings.TrimSpace(line) != "" {
			annexDefinition(d, heading, i, touched)
		}
	}
	for f := range touched {
		f.Milestones = milestones(f.Calendar)
	}
}

// annexTable reads the table whose header rule is line i and returns the
// last line it read.
func annexTable(d *Document, i int, touched map[*Fiche]bool) int {
	rule := d.Lines[i]
	header := d.Lines[i-1]
	var cols []spacedColumn
	for j := 0; j < len(rule); {
		if rule[j] != '-' {
			j++
			continue
		}
		k := j
		for k < len(rule) && rule[k] == '-' {
			k++
		}
		cols = append(cols, spacedColumn{start: j, end: k})
		j = k
	}
	for c := range cols {
		cols[c].head = strings.TrimSpace(spacedCell(header, cols, c))
	}
	j := i + 1
	for ; j < len(d.Lines); j++ {
		row := d.Lines[j]
		if strings.TrimSpace(row) == "" || reDashRule.MatchString(row) {
			break
		}
		f := d.Fiche(strings.TrimSpace(spacedCell(row, cols, 0)))
		if f == nil {
			continue
		}
		var years []string
		for c := 1; c < len(cols); c++ {
			v := strings.TrimSpace(spacedCell(row, cols, c))
			if v == "" {
				continue
			}
			if reYearHead.MatchString(cols[c].head) {
				// "■" under "2015": a year the fiche is carried out.
				years = append(years, cols[c].head)
				continue
			}
			k, _ := labelKind(cols[c].head + " :")
			if k == fNone || k == fOther {
				continue
			}
			if k == fCalendar {
				v = cols[c].head + " : " + v
			}
			addAnnexItem(f, k, cols[c].head, v, j+1)
			touched[f] = true
		}
		if len(years) > 0 {
			addAnnexItem(f, fCalendar, "Calendrier", "Années de mise en œuvre : "+strings.Join(yearSpan(years), ", "), j+1)
			touched[f] = true
		}
	}
	return j
}

// spacedCell returns the text of spacedColumn c of a row: from the spacedColumn's start to
// the next spacedColumn's, so that a cell wider than its rule stays whole.
func spacedCell(row string, cols []spacedColumn, c int) string {
	start := cols[c].start
	if start >= len(row) {
		return ""
	}
	// A cell may begin a little before its rule when the text is
	// right-aligned; back up to the space that ends the cell before.
	for start > 0 && row[start-1] != ' ' {
		start--
	}
	end := len(row)
	if c+1 < len(cols) && cols[c+1].start < len(row) {
		end = cols[c+1].start
		for end > start && row[end-1] != ' ' {
			end--
		}
	}
	if end < start {
		return ""
	}
	return row[start:end]
}

// annexDefinition reads the definition of term line i under heading: a
// fiche's field when the term is a fiche's code and the heading names a
// field, a glossary entry when the term is an acronym the glossary
// lacks.
func annexDefinition(d *Document, heading string, i int, touched map[*Fiche]bool) {
	term := strings.Trim(strings.TrimSpace(d.Lines[i]), "*_`")
	def := strings.TrimSpace(strings.TrimPrefix(d.Lines[i+1], ":"))
	for j := i + 2; j < len(d.Lines) && strings.HasPrefix(d.Lines[j], "    ") && strings.TrimSpace(d.Lines[j]) != ""; j++ {
		def += " " + strings.TrimSpace(d.Lines[j])
	}
	if def == "" {
		return
	}
	if f := d.Fiche(term); f != nil && CanonicalFicheID(term) != "" {
		if k := headingKind(heading); k != fNone {
			addAnnexItem(f, k, heading, def, i+2)
			touched[f] = true
		}
		return
	}
	if isAcronym(term) && d.Expand(term) == "" {
		// "Aide sociale à l'enfance — *Aiutu suciale…*": the gloss in
		// the other language is no part of the expansion.
		if k := strings.Index(def, " — *"); k > 0 {
			def = def[:k]
		}
		d.Glossary = append(d.Glossary, GlossaryEntry{Acronym: term, Expansion: strings.TrimSpace(def), Span: Span{StartLine: i + 1, EndLine: i + 2}})
	}
}

// reHeadingParts parts a heading at its dashes, slashes and colons.
var reHeadingParts = regexp.MustCompile(`\s+[—–/-]\s+|\s*:\s*`)

// headingKind reads an annex heading as a field label: "Annexe 3 —
// Indicateurs de suivi / Indicatori" names the indicators.
func headingKind(heading string) fieldKind {
	for _, part := range reHeadingParts.Split(heading, -1) {
		if k, _ := labelKind(strings.TrimSpace(part) + " :"); k != fNone && k != fOther {
			return k
		}
	}
	return fNone
}

// addAnnexItem adds an item read in an annex to a fiche's field, opening
// the field under the annex's label when the fiche has none.
func addAnnexItem(f *Fiche, k fieldKind, label, text string, line int) {
	addAnnexItemAt(f, k, label, text, Span{StartLine: line, EndLine: line})
}

// addAnnexItemAt is addAnnexItem for text that spans lines: a paragraph.
func addAnnexItemAt(f *Fiche, k fieldKind, label, text string, span Span) {
	fld := f.field(k)
	if fld == nil {
		return
	}
	if fld.Label == "" {
		fld.Label = label
	}
	if fld.Span.StartLine == 0 {
		fld.Span = span
	}
	fld.Items = append(fld.Items, Item{Text: text, Span: span})
}
