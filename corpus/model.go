// Package corpus holds the model of a schéma départemental (its sections,
// axes, fiches action and glossary) and the parser that reads converted
// documents into it. Every piece of text keeps where it came from so that an
// answer can cite it.
package corpus

import (
	"strconv"
	"strings"
	"time"
)

// Span locates text in its source document: 1-based inclusive line numbers
// and, when the table of contents gives it, the printed page (0 when unknown).
type Span struct {
	StartLine int `json:"start_line"`
	EndLine   int `json:"end_line"`
	Page      int `json:"page,omitempty"`
}

// Document is one schéma: its metadata, narrative sections, strategic axes,
// fiches action and glossary.
type Document struct {
	ID          string // file stem, e.g. "isere-2020-2024"
	Path        string // where it was read from, for error messages
	Title       string // a short title: a heading, never a paragraph
	TitleLine   int    // the line the title starts on, 0 when there is none
	Departement string // e.g. "Isère"; empty when neither the text nor the file name says
	StartYear   int    // first year of the plan's period, 0 when unknown
	EndYear     int    // last year of the plan's period, 0 when unknown
	// Adopted is when the schéma was adopted, as the text writes it
	// ("le 18 juin 2021"), "" when it does not say; AdoptedSpan is where.
	Adopted     string
	AdoptedSpan Span
	// Signatory is who signs the document's editorial, "" when none is
	// found; SignatoryRole is the role printed beside the name ("Le
	// Président du Conseil départemental"), SignatorySpan is where.
	Signatory     string
	SignatoryRole string
	SignatorySpan Span
	Axes          []Axis
	Sections      []Section
	Fiches        []Fiche
	Glossary      []GlossaryEntry
	Lines         []string // the document's lines, index 0 is line 1
	// Warnings are problems found in the document that did not stop it from
	// loading, each naming the file and line ("isere.md:120: fiche 3 has no pilot").
	Warnings []string
}

// Period returns the plan's period as "2019-2023", or "" when unknown.
func (d *Document) Period() string {
	if d.StartYear == 0 || d.EndYear == 0 {
		return ""
	}
	return strconv.Itoa(d.StartYear) + "-" + strconv.Itoa(d.EndYear)
}

// Fiche returns the fiche with the given label ("12", "1.2", "3 bis", "A3"),
// compared in canonical form, or nil. When a document prints a label twice,
// the first fiche is returned.
func (d *Document) Fiche(label string) *Fiche {
	key := labelKey(CanonicalFicheID(label))
	if key == "" {
		return nil
	}
	for i := range d.Fiches {
		if labelKey(d.Fiches[i].ID) == key {
			return &d.Fiches[i]
		}
	}
	for i := range d.Fiches {
		for _, a := range d.Fiches[i].Aliases {
			if labelKey(a) == key {
				return &d.Fiches[i]
			}
		}
	}
	return nil
}

// Expand returns the glossary expansion of an acronym (case-insensitive), or "".
func (d *Document) Expand(acronym string) string {
	for _, g := range d.Glossary {
		if strings.EqualFold(g.Acronym, acronym) {
			return g.Expansion
		}
	}
	return ""
}

// Text returns the source lines of a span joined by newlines.
func (d *Document) Text(s Span) string {
	if s.StartLine < 1 || s.EndLine > len(d.Lines) || s.StartLine > s.EndLine {
		return ""
	}
	return strings.Join(d.Lines[s.StartLine-1:s.EndLine], "\n")
}

// Axis is a strategic heading that groups fiches: an "Orientation" in
// Moselle, an "Objectif stratégique" in Isère, an "Axe" elsewhere.
type Axis struct {
	Kind   string // the heading word as written: "Orientation", "Objectif stratégique", "Axe"
	Number int
	// Numeral is the number as printed when it is not arabic ("VII").
	Numeral string
	// FromTOC is set when the axis is known only from the table of contents.
	FromTOC bool
	Title   string
	Text    string // the narrative paragraphs that present the axis, when any
	Span    Span
}

// Label returns the axis as a reader would name it: "Orientation 2 : GARANTIR …".
func (a Axis) Label() string {
	n := a.Numeral
	if n == "" {
		n = strconv.Itoa(a.Number)
	}
	return a.Kind + " " + n + " : " + a.Title
}

// Section is a narrative part of the document under a heading.
type Section struct {
	Heading string
	Path    []string // enclosing headings, outermost first, ending with Heading
	Text    string   // body text, without the heading
	// Paragraphs are the body's paragraphs and list items, each with its span.
	Paragraphs []Item
	Span       Span
}

// GlossaryEntry maps an acronym to its expansion as the document gives it.
type GlossaryEntry struct {
	Acronym   string
	Expansion string
	Span      Span
}

// Item is one entry of a fiche field: a bullet, a table cell entry or a
// paragraph, with its nesting level (0 for top level).
//
// An item lies within its fiche's span, except the paragraph of a chapter
// that states a fiche the document only lists in a table ("Engagement E1.
// Le Département s'engage à…"): that item's span is the paragraph's.
type Item struct {
	Text  string
	Level int
	Span  Span
}

// Field is a labelled part of a fiche (objectives, pilots…), with the label as
// the document writes it and its items.
type Field struct {
	Label string
	Items []Item
	Span  Span
}

// Texts returns the items' texts.
func (f Field) Texts() []string {
	out := make([]string, 0, len(f.Items))
	for _, it := range f.Items {
		out = append(out, it.Text)
	}
	return out
}

// Empty reports whether the field has no item.
func (f Field) Empty() bool { return len(f.Items) == 0 }

// Milestone is one entry of a fiche's calendar. Start and End are set only
// when Raw is a time expression the parser could read; they are never guessed.
type Milestone struct {
	Label string // what is due, e.g. "Élaboration du référentiel"; may be empty
	Raw   string // the time expression as written, e.g. "Semestre 2 / 2021"
	Start time.Time
	End   time.Time
	Span  Span
}

// Dated reports whether the milestone has a date range.
func (m Milestone) Dated() bool { return !m.Start.IsZero() && !m.End.IsZero() }

// Fiche is a fiche action of the action plan.
type Fiche struct {
	Doc string
	// ID is the fiche's label as the document prints it, in canonical form
	// (CanonicalFicheID): "12", "1.2", "2.2.4", "3 bis", "A3".
	ID string
	// Number is the label as an integer when it is one, 0 otherwise.
	Number     int
	Title      string
	Axis       string // label of the enclosing axis, "" when none
	AxisNumber int
	Page       int // page from the table of contents, 0 when unknown
	Span       Span
	// FromTOC is set when the fiche is known only from the table of
	// contents: it has a title and an axis, no fields.
	FromTOC bool
	// Aliases are the other numbers the document gives the fiche: the
	// order number of a summary that lists coded actions ("8. Action
	// 3.2.1 — …"), by which readers may name it too.
	Aliases []string

	Diagnostic Field
	Objectives Field
	Actions    Field
	Pilots     Field
	Partners   Field
	Calendar   Field // the raw calendar items
	Milestones []Milestone
	// IndicatorsRealisation and IndicatorsImpact are the two indicator
	// columns; Indicators holds indicators the document does not split.
	IndicatorsRealisation Field
	IndicatorsImpact      Field
	Indicators            Field
	// Other holds labelled parts outside the known vocabulary, in order.
	Other []Field
}

// AllIndicators returns every indicator, realisation first.
func (f *Fiche) AllIndicators() []Item {
	var out []Item
	out = append(out, f.IndicatorsRealisation.Items...)
	out = append(out, f.IndicatorsImpact.Items...)
	out = append(out, f.Indicators.Items...)
	return out
}
