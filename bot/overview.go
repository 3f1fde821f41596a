package bot

import (
	"fmt"
	"strings"
	"unicode"

	"schemabot/corpus"
)

// overviewAnswer answers questions on a schéma as a whole: its axes, its
// period, its editorial, the documents known.
func (e *Engine) overviewAnswer(q *question) (answer, bool) {
	var b strings.Builder
	var cites []Citation
	docs := e.docsFor(q)
	switch q.overview {
	case ovAxes:
		for _, d := range docs {
			if len(d.Axes) == 0 {
				continue
			}
			fmt.Fprintf(&b, "**%s — %s**\n", docLabel(d), d.Title)
			if q.count {
				kind := axisKind(d.Axes[0].Label(), len(d.Axes) > 1)
				if q.lang == English {
					fmt.Fprintf(&b, "%d %s:\n", len(d.Axes), kind)
				} else {
					fmt.Fprintf(&b, "%d %s :\n", len(d.Axes), kind)
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
				cites = append(cites, Citation{Doc: d.ID, Section: a.Label(), Page: intPtr(a.Span.Page), Quote: a.Label(), Line: a.Span.StartLine})
			}
			b.WriteString("\n")
		}
	case ovPeriod:
		for _, d := range docs {
			if d.Period() == "" {
				continue
			}
			if q.lang == English {
				fmt.Fprintf(&b, "The schéma of %s covers %d to %d (“%s”).\n", d.Departement, d.StartYear, d.EndYear, d.Title)
			} else {
				fmt.Fprintf(&b, "Le schéma de %s couvre la période %d-%d (« %s »).\n", d.Departement, d.StartYear, d.EndYear, d.Title)
			}
			cites = append(cites, Citation{Doc: d.ID, Section: "Titre", Quote: d.Title, Line: 1})
		}
	case ovEditorial:
		for _, d := range docs {
			s := editorial(d)
			if s == nil {
				continue
			}
			signer, role := signature(s)
			switch {
			case signer != "" && q.lang == English:
				fmt.Fprintf(&b, "The editorial of the schéma %s is signed by **%s**", docLabel(d), signer)
			case signer != "":
				fmt.Fprintf(&b, "L'éditorial du schéma %s est signé par **%s**", docLabel(d), signer)
			default:
				continue
			}
			if role != "" {
				fmt.Fprintf(&b, ", %s", lowerFirst(role))
			}
			b.WriteString(".\n")
			quote := signer
			if role != "" {
				quote = role + "\n" + signer
			}
			cites = append(cites, Citation{Doc: d.ID, Section: s.Heading, Page: intPtr(s.Span.Page), Quote: quote, Line: s.Span.StartLine})
		}
	case ovDocs, ovFiches:
		list := e.lib.Docs
		if q.overview == ovFiches {
			list = docs
		}
		for _, d := range list {
			if q.lang == English {
				fmt.Fprintf(&b, "- %s: “%s”, %d fiches action\n", docLabel(d), d.Title, len(d.Fiches))
			} else {
				fmt.Fprintf(&b, "- %s : « %s », %d fiches action\n", docLabel(d), d.Title, len(d.Fiches))
			}
			cites = append(cites, Citation{Doc: d.ID, Section: "Titre", Quote: d.Title, Line: 1})
		}
	}
	if len(cites) == 0 {
		return answer{}, false
	}
	a := answer{Answer: Answer{Text: strings.TrimSpace(b.String()), Found: true, Citations: cites}}
	if len(docs) == 1 {
		a.focusDoc = docs[0].ID
	}
	return a, true
}

// editorial returns the document's editorial, with the paragraphs of the
// sub-sections under it (a signature block may read as a heading).
func editorial(d *corpus.Document) *corpus.Section {
	for i := range d.Sections {
		h := corpus.Fold(d.Sections[i].Heading)
		if strings.HasPrefix(h, "edito") || strings.HasPrefix(h, "editorial") || strings.HasPrefix(h, "preface") || strings.HasPrefix(h, "avant-propos") {
			s := d.Sections[i]
			s.Paragraphs = append([]corpus.Item(nil), s.Paragraphs...)
			for _, sub := range d.Sections[i+1:] {
				if len(sub.Path) < 2 || sub.Path[0] != s.Heading {
					break
				}
				s.Paragraphs = append(s.Paragraphs, corpus.Item{Text: sub.Heading, Span: sub.Span})
				s.Paragraphs = append(s.Paragraphs, sub.Paragraphs...)
			}
			return &s
		}
	}
	return nil
}

// signature finds who signed a section: a short line that is a person's
// name, and the role line before it ("Le Président du Conseil départemental").
func signature(s *corpus.Section) (name, role string) {
	ps := s.Paragraphs
	isRole := func(j int) bool {
		return j >= 0 && j < len(ps) && strings.Contains(corpus.Fold(ps[j].Text), "president")
	}
	best, bestScore := -1, -1
	for i := len(ps) - 1; i >= 0 && i >= len(ps)-10; i-- {
		t := strings.TrimSpace(ps[i].Text)
		if !looksLikeName(t) {
			continue
		}
		score := 0
		if isRole(i-1) || isRole(i+1) {
			score = 1
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return "", ""
	}
	name = strings.TrimSpace(ps[best].Text)
	for _, j := range []int{best - 1, best + 1, best - 2} {
		if isRole(j) {
			role = strings.TrimSpace(ps[j].Text)
			break
		}
	}
	return name, role
}

// looksLikeName: two to four capitalised words, no sentence punctuation.
func looksLikeName(t string) bool {
	words := strings.Fields(t)
	if len(words) < 2 || len(words) > 4 || strings.ContainsAny(t, ".:;,!?'") {
		return false
	}
	for _, w := range words {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return false
		}
	}
	for _, w := range strings.Fields(corpus.Fold(t)) {
		switch w {
		case "president", "presidente", "departement", "conseil", "ancien", "ancienne", "depute", "deputee", "senateur",
			"senatrice", "maire", "vice-president", "directeur", "directrice", "general", "generale", "sommaire", "introduction":
			return false
		}
	}
	return true
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
