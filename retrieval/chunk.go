package retrieval

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"schemabot/corpus"
)

// Field names of fiche chunks.
const (
	FieldSummary    = "summary"
	FieldDiagnostic = "diagnostic"
	FieldObjectives = "objectives"
	FieldActions    = "actions"
	FieldPilots     = "pilots"
	FieldPartners   = "partners"
	FieldCalendar   = "calendar"
	FieldIndicators = "indicators"
	FieldOther      = "other"
)

// Chunk is a searchable piece of a document with where it comes from.
type Chunk struct {
	ID      string
	Doc     string
	Fiche   string // the fiche's label, "" outside fiches
	Field   string // for fiche chunks: one of the Field constants
	Section string // the label or heading as the document writes it
	Path    []string
	Span    corpus.Span
	Text    string // the document's text, as quoted in answers
	Context string // headings and fiche title: indexed, not quoted
}

// maxChunkRunes bounds how much narrative text one chunk holds; list items
// and short paragraphs of a section are grouped up to it.
const maxChunkRunes = 700

// Chunks cuts a library into chunks: for each fiche a summary and one chunk
// per field, and the narrative sections' paragraphs grouped.
func Chunks(lib *corpus.Library) []Chunk {
	var out []Chunk
	for _, d := range lib.Docs {
		out = append(out, docChunks(d)...)
	}
	return out
}

func docChunks(d *corpus.Document) []Chunk {
	var out []Chunk
	docLabel := d.Title
	if d.Departement != "" {
		docLabel = d.Departement + " " + d.Period()
	}
	seen := map[string]bool{}
	for i := range d.Fiches {
		f := &d.Fiches[i]
		ctx := fmt.Sprintf("%s. Fiche action n°%s : %s", docLabel, f.ID, f.Title)
		head := fmt.Sprintf("Fiche action n°%s : %s", f.ID, f.Title)
		// A label the document prints twice gets distinct chunk ids.
		key := f.ID
		if seen[key] {
			key = fmt.Sprintf("%s@%d", f.ID, f.Span.StartLine)
		}
		seen[f.ID] = true
		summary := head
		if !f.Objectives.Empty() {
			summary += "\n" + strings.Join(f.Objectives.Texts(), "\n")
		}
		out = append(out, Chunk{ID: fmt.Sprintf("%s/f%s/summary", d.ID, key), Doc: d.ID, Fiche: f.ID,
			Field: FieldSummary, Section: head, Path: pathOf(f.Axis, head), Span: f.Span, Text: summary, Context: docLabel + ". " + f.Axis})
		add := func(name string, fld corpus.Field) {
			if fld.Empty() {
				return
			}
			out = append(out, Chunk{ID: fmt.Sprintf("%s/f%s/%s/%d", d.ID, key, name, fld.Span.StartLine), Doc: d.ID,
				Fiche: f.ID, Field: name, Section: fld.Label, Path: pathOf(f.Axis, head, fld.Label), Span: fld.Span,
				Text: itemsText(fld.Items), Context: ctx + ". " + fld.Label})
		}
		add(FieldDiagnostic, f.Diagnostic)
		add(FieldObjectives, f.Objectives)
		add(FieldActions, f.Actions)
		add(FieldPilots, f.Pilots)
		add(FieldPartners, f.Partners)
		add(FieldCalendar, f.Calendar)
		add(FieldIndicators, f.IndicatorsRealisation)
		add(FieldIndicators, f.IndicatorsImpact)
		add(FieldIndicators, f.Indicators)
		for _, o := range f.Other {
			add(FieldOther, o)
		}
	}
	for si, s := range d.Sections {
		var group []corpus.Item
		size := 0
		flush := func() {
			if len(group) == 0 {
				return
			}
			span := corpus.Span{StartLine: group[0].Span.StartLine, EndLine: group[len(group)-1].Span.EndLine, Page: s.Span.Page}
			out = append(out, Chunk{ID: fmt.Sprintf("%s/s%d/%d", d.ID, si, span.StartLine), Doc: d.ID, Section: s.Heading,
				Path: s.Path, Span: span, Text: itemsText(group), Context: docLabel + ". " + strings.Join(s.Path, " > ")})
			group, size = nil, 0
		}
		for _, p := range s.Paragraphs {
			n := len([]rune(p.Text))
			// A figure set apart after a paragraph ("698 répondants à
			// l'échelle du département") stays with it.
			if size > 0 && size+n > maxChunkRunes && !(n <= 100 && startsWithDigit(p.Text)) {
				flush()
			}
			group = append(group, p)
			size += n
		}
		flush()
	}
	if len(d.Glossary) > 0 {
		var lines []string
		for _, g := range d.Glossary {
			lines = append(lines, g.Acronym+" : "+g.Expansion)
		}
		for start := 0; start < len(lines); start += 12 {
			end := min(start+12, len(lines))
			span := corpus.Span{StartLine: d.Glossary[start].Span.StartLine, EndLine: d.Glossary[end-1].Span.EndLine, Page: d.Glossary[start].Span.Page}
			out = append(out, Chunk{ID: fmt.Sprintf("%s/glossary/%d", d.ID, start), Doc: d.ID, Section: "Glossaire",
				Path: []string{"Glossaire"}, Span: span, Text: strings.Join(lines[start:end], "\n"), Context: docLabel + ". Glossaire"})
		}
	}
	return out
}

func pathOf(parts ...string) []string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

func itemsText(items []corpus.Item) string {
	var b strings.Builder
	for i, it := range items {
		if i > 0 {
			b.WriteByte('\n')
		}
		if it.Level > 0 {
			b.WriteString(strings.Repeat("  ", it.Level))
		}
		b.WriteString(it.Text)
	}
	return b.String()
}

func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}
