package corpus

import "strings"

// maxTitleRowLines is how many lines a title read from its labelled row
// may take: a title wraps in its cell, a longer run is the fiche's text.
const maxTitleRowLines = 4

// titleRow reads a fiche's title from the labelled row that opens its body
// when the heading gave only the fiche's number ("FICHE ACTION N° 4", an
// "ORIENTATION 2 : …" line, then "Intitulé   Consolider la CRIP…" or
// "Intitulé" with the title on the lines below). The rows of a fiche's
// table are its fields; the first one names the fiche. The title goes on
// over the lines that follow until a blank line, a label or a list item.
// It reports whether the line was taken.
func (p *parser) titleRow(ln int, raw, t string) bool {
	f := p.curFiche
	if p.titleRowOpen {
		if p.endsTitleRow(ln, raw, t) {
			p.titleRowOpen = false
			return false
		}
		if line := strings.Trim(t, "| "); f.Title == "" {
			f.Title = line
		} else {
			f.Title = joinWrapped(f.Title, line)
		}
		f.Span.EndLine = ln
		return true
	}
	if f.Title != "" || ficheHasContent(f) || p.curField != nil {
		return false
	}
	// "FICHE ACTION N° 4" / "____": the heading's underline is no text
	// of the fiche, and the title row may follow it.
	if reRuleLine.MatchString(strings.TrimSpace(raw)) {
		return true
	}
	title, ok := titleRowValue(raw, t)
	if !ok {
		return false
	}
	f.Title = title
	p.titleRowOpen, p.titleRowFrom = true, ln
	return true
}

// titleRowValue reads a title label and the title on its line, if any:
// "Intitulé : Créer…", "Intitulé      Créer…", "| Intitulé | Créer… |".
func titleRowValue(raw, t string) (string, bool) {
	if strings.HasPrefix(strings.TrimSpace(raw), "|") {
		var cells []string
		for _, c := range splitCells(raw) {
			if c = cleanText(c); c != "" {
				cells = append(cells, c)
			}
		}
		if len(cells) == 0 || len(cells) > 2 {
			return "", false
		}
		if rest, ok := titleLabel(cells[0]); ok && rest == "" {
			if len(cells) == 2 {
				return cells[1], true
			}
			return "", true
		}
		return "", false
	}
	return titleLabel(strings.TrimLeft(t, "#* "))
}

// endsTitleRow reports a line that is no more of the title read from its
// row: one after a blank line once the title has words, a label, a list
// item, or one past maxTitleRowLines.
func (p *parser) endsTitleRow(ln int, raw, t string) bool {
	title := p.curFiche.Title
	if title != "" && ln >= 2 && strings.TrimSpace(p.lines[ln-2]) == "" || ln-p.titleRowFrom >= maxTitleRowLines {
		return true
	}
	// "… associer les familles au" / "pilotage": a title cut mid-phrase
	// goes on, even in a word that could head a field.
	if startsLower(t) && endsMidPhrase(title) {
		return false
	}
	if _, bullet := bulletItem(raw); bullet {
		return true
	}
	// "Axe stratégique<TAB>Axe 1 – …": the next row of the fiche's table,
	// whatever its label, is no more of the title.
	if label, _, ok := strings.Cut(raw, "\t"); ok && strings.TrimSpace(label) != "" {
		return true
	}
	if k, _ := p.label(t); k != fNone {
		return true
	}
	if _, value, ok := p.spacedLabel(raw); ok && value != "" {
		return true
	}
	_, _, ok := labelThenValue(t)
	return ok || p.matchFiche(t) != nil || reAxis.MatchString(t)
}
