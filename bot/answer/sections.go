package answer

import (
	"fmt"
	"slices"
	"strings"

	"schemabot/bot/chat"
	"schemabot/corpus"
	"schemabot/retrieval"
)

// sectionListAnswer answers "quelles lois sont présentées dans le contexte
// législatif ?": a question that names a part of a document by words of its
// heading, side by side, and asks for the things of one kind (its Head)
// that part holds. The answer is the headings of the part's sub-parts that
// name that kind ("Loi du 2 janvier 2002 : …", "Loi du 27 juin 2005 : …"),
// or else its short lines that do.
func (e *Engine) sectionListAnswer(q *question) (answer, bool) {
	if q.Head == "" || len(q.Fiches) > 0 || q.Field != "" && q.Field != retrieval.FieldSummary || q.WantsNumber || q.WantsDate {
		return answer{}, false
	}
	var head []termGroup
	for _, g := range e.weightsIn(q.Head, q.Lang) {
		if !slices.Contains(g.terms, unknownTerm) {
			head = append(head, g)
		}
	}
	if len(head) == 0 {
		return answer{}, false
	}
	var topic []termGroup
	for _, g := range e.questionWeights(q, e.searchText(q)) {
		if len(g.terms) > 0 && !slices.Contains(g.terms, unknownTerm) && !slices.ContainsFunc(head, func(h termGroup) bool { return slices.Contains(h.terms, g.terms[0]) }) {
			topic = append(topic, g)
		}
	}
	if len(topic) < 2 {
		return answer{}, false
	}
	type found struct {
		d     *corpus.Document
		part  *corpus.Section
		items []*corpus.Section
		lines []corpus.Item
	}
	var best *found
	bestNamed := 0
	for _, d := range e.docsFor(q) {
		for i := range d.Sections {
			part := &d.Sections[i]
			terms := termSet(part.Heading)
			named := 0
			for _, g := range topic {
				if g.in(terms, "") {
					named++
				}
			}
			// Two of the question's words name the part: one word is
			// any heading's.
			if named < 2 || named <= bestNamed {
				continue
			}
			f := &found{d: d, part: part}
			for j := range d.Sections {
				sub := &d.Sections[j]
				if len(sub.Path) >= 2 && sub.Path[len(sub.Path)-2] == part.Heading && coverage(head, termSet(sub.Heading)) == 1 {
					f.items = append(f.items, sub)
				}
			}
			if len(f.items) < 2 {
				f.items = nil
				for _, p := range part.Paragraphs {
					if len([]rune(p.Text)) <= 160 && coverage(head, termSet(p.Text)) == 1 {
						f.lines = append(f.lines, p)
					}
				}
				if len(f.lines) < 2 {
					continue
				}
			}
			best, bestNamed = f, named
		}
	}
	if best == nil {
		return answer{}, false
	}
	var b strings.Builder
	var cites []chat.Citation
	if q.Lang == chat.English {
		fmt.Fprintf(&b, "From the schéma %s (« %s »):\n", docLabel(best.d), best.part.Heading)
	} else {
		fmt.Fprintf(&b, "D'après le schéma %s (« %s ») :\n", docLabel(best.d), best.part.Heading)
	}
	for _, s := range best.items {
		b.WriteString("- " + s.Heading + "\n")
		cites = append(cites, chat.Citation{Doc: best.d.ID, Section: s.Heading, Page: intPtr(sectionPageOf(best.d, s)), Quote: s.Heading, Line: s.Span.StartLine})
	}
	for _, p := range best.lines {
		b.WriteString("- " + p.Text + "\n")
		cites = append(cites, chat.Citation{Doc: best.d.ID, Section: best.part.Heading, Page: intPtr(sectionPageOf(best.d, best.part)), Quote: p.Text, Line: p.Span.StartLine})
	}
	return answer{Answer: chat.Answer{Text: strings.TrimSpace(b.String()), Found: true, Citations: cites}, focusDoc: best.d.ID}, true
}

// sectionPageOf is a section's page, or that of the part that holds it
// when the conversion lost its own.
func sectionPageOf(d *corpus.Document, s *corpus.Section) int {
	if s.Span.Page > 0 {
		return s.Span.Page
	}
	page := 0
	for _, o := range d.Sections {
		if o.Span.StartLine > s.Span.StartLine {
			break
		}
		if o.Span.Page > 0 {
			page = o.Span.Page
		}
	}
	return page
}
