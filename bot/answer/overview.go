package answer

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"schemabot/bot/chat"
	"schemabot/bot/understand"
	"schemabot/corpus"
)

// overviewAnswer answers questions on a schéma as a whole: its axes, its
// period, its editorial, the documents known.
func (e *Engine) overviewAnswer(q *question) (answer, bool) {
	var b strings.Builder
	var cites []chat.Citation
	docs := e.docsFor(q)
	kinds := q.Overviews
	if len(kinds) == 0 {
		kinds = []string{q.Overview}
	}
	for _, kind := range kinds {
		e.overviewFact(&b, &cites, q, kind, docs)
	}
	if len(cites) == 0 {
		return answer{}, false
	}
	a := answer{Answer: chat.Answer{Text: strings.TrimSpace(b.String()), Found: true, Citations: cites}}
	if len(docs) == 1 {
		a.focusDoc = docs[0].ID
	}
	return a, true
}

// overviewFact writes one fact of the schémas as a whole.
func (e *Engine) overviewFact(b *strings.Builder, cites *[]chat.Citation, q *question, kind string, docs []*corpus.Document) {
	switch kind {
	case understand.OverviewAxes:
		for _, d := range docs {
			if len(d.Axes) == 0 {
				continue
			}
			fmt.Fprintf(b, "**%s — %s**\n", docLabel(d), d.Title)
			if q.Count {
				kind := axisKind(d.Axes[0].Label(), len(d.Axes) > 1)
				if q.Lang == chat.English {
					fmt.Fprintf(b, "%d %s:\n", len(d.Axes), kind)
				} else {
					fmt.Fprintf(b, "%d %s :\n", len(d.Axes), kind)
				}
			}
			for _, a := range d.Axes {
				var nums []string
				for _, f := range d.Fiches {
					if f.AxisNumber == a.Number {
						nums = append(nums, f.ID)
					}
				}
				line := "- " + a.Label()
				if len(nums) > 0 {
					line += fmt.Sprintf(" (fiches %s)", strings.Join(nums, ", "))
				}
				b.WriteString(line + "\n")
				*cites = append(*cites, chat.Citation{Doc: d.ID, Section: a.Label(), Page: intPtr(a.Span.Page), Quote: a.Label(), Line: a.Span.StartLine})
			}
			b.WriteString("\n")
		}
	case understand.OverviewPeriod:
		for _, d := range docs {
			if d.Period() == "" {
				continue
			}
			if q.Lang == chat.English {
				fmt.Fprintf(b, "The schéma %s covers %d to %d (“%s”).\n", docLabel(d), d.StartYear, d.EndYear, d.Title)
			} else {
				fmt.Fprintf(b, "Le schéma %s couvre la période %d-%d (« %s »).\n", docLabel(d), d.StartYear, d.EndYear, d.Title)
			}
			*cites = append(*cites, chat.Citation{Doc: d.ID, Section: "Titre", Quote: d.Title, Line: d.TitleLine})
		}
	case understand.OverviewEditorial:
		for _, d := range docs {
			if d.Signatory == "" {
				continue
			}
			if q.Lang == chat.English {
				fmt.Fprintf(b, "The editorial of the schéma %s is signed by **%s**", docLabel(d), d.Signatory)
			} else {
				fmt.Fprintf(b, "L'éditorial du schéma %s est signé par **%s**", docLabel(d), d.Signatory)
			}
			if d.SignatoryRole != "" {
				fmt.Fprintf(b, ", %s", lowerFirst(d.SignatoryRole))
			}
			b.WriteString(".\n")
			quote := d.Signatory
			if d.SignatoryRole != "" {
				quote = d.SignatoryRole + "\n" + d.Signatory
			}
			section := "Éditorial"
			if ed := corpus.Editorial(d); ed != nil {
				section = ed.Heading
			}
			*cites = append(*cites, chat.Citation{Doc: d.ID, Section: section, Page: intPtr(d.SignatorySpan.Page), Quote: quote, Line: d.SignatorySpan.StartLine})
		}
	case understand.OverviewAdopted:
		for _, d := range docs {
			if d.Adopted == "" {
				continue
			}
			// A date in figures reads "adopté le 18 juin 2021"; a clause
			// in words ("en séance plénière du vingt-huit juin…") is quoted as it is.
			when := d.Adopted
			if r, _ := utf8.DecodeRuneInString(when); unicode.IsDigit(r) {
				when = "le " + when
			}
			if q.Lang == chat.English {
				fmt.Fprintf(b, "The schéma %s was adopted « %s ».\n", docLabel(d), when)
			} else {
				fmt.Fprintf(b, "Le schéma %s a été adopté %s.\n", docLabel(d), when)
			}
			*cites = append(*cites, chat.Citation{Doc: d.ID, Section: sectionAt(d, d.AdoptedSpan.StartLine), Quote: strings.TrimSpace(d.Text(d.AdoptedSpan)), Line: d.AdoptedSpan.StartLine})
		}
	case understand.OverviewMethod:
		// How the schéma was made: the sections whose heading says so
		// ("Méthode d'élaboration", "La méthodologie employée", "La
		// démarche"), their first paragraphs quoted.
		for _, d := range docs {
			for _, s := range d.Sections {
				h := corpus.Fold(s.Heading)
				if !(strings.Contains(h, "method") || strings.Contains(h, "elaboration") || strings.Contains(h, "demarche") || strings.Contains(h, "concertation")) || s.Text == "" {
					continue
				}
				text := s.Text
				if r := []rune(text); len(r) > 700 {
					text = string(r[:700]) + "…"
				}
				if q.Lang == chat.English {
					fmt.Fprintf(b, "From the schéma %s (%s):\n> %s\n\n", docLabel(d), s.Heading, strings.ReplaceAll(text, "\n", "\n> "))
				} else {
					fmt.Fprintf(b, "D'après le schéma %s (%s) :\n> %s\n\n", docLabel(d), s.Heading, strings.ReplaceAll(text, "\n", "\n> "))
				}
				*cites = append(*cites, chat.Citation{Doc: d.ID, Section: s.Heading, Page: intPtr(s.Span.Page), Quote: text, Line: s.Span.StartLine})
				break
			}
		}
	case understand.OverviewDocs, understand.OverviewFiches:
		list := e.lib.Docs
		if q.Overview == understand.OverviewFiches {
			list = docs
		}
		for _, d := range list {
			if q.Lang == chat.English {
				fmt.Fprintf(b, "- %s: “%s”, %d fiches action\n", docLabel(d), d.Title, len(d.Fiches))
			} else {
				fmt.Fprintf(b, "- %s : « %s », %d fiches action\n", docLabel(d), d.Title, len(d.Fiches))
			}
			*cites = append(*cites, chat.Citation{Doc: d.ID, Section: "Titre", Quote: d.Title, Line: d.TitleLine})
		}
	}
}

func lowerFirst(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	r[0] = unicode.ToLower(r[0])
	return string(r)
}

// axisKind returns the words an axis label starts with, lower case and in
// the plural when asked: "Objectif stratégique 1 : …" → "objectifs
// stratégiques".
func axisKind(label string, plural bool) string {
	var words []string
	for _, w := range strings.Fields(label) {
		if w[0] >= '0' && w[0] <= '9' || w == ":" || strings.HasPrefix(w, "n°") {
			break
		}
		w = strings.ToLower(w)
		if plural && !strings.HasSuffix(w, "s") {
			w += "s"
		}
		words = append(words, w)
	}
	return strings.Join(words, " ")
}
