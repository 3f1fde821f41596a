package corpus

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Some schémas present each fiche twice: in the body, under its axis, as a
// title and a paragraph of aims ("Engagement n°4 – Prendre soin des
// adolescents"), and again in an annex of its own that gives its fields
// ("Annexe 4 – Fiche engagement n°4", then "Pilote : …", "Calendrier :
// …"). The two are one fiche: the annex fills in the fields the body left
// out, and the body's text stays the fiche's. An annex that names no fiche
// (the list of the participants, the glossary) is a part of the document.

// reAnnexHead is the heading of an annex: "Annexe 3 – …", "ANNEXE N° 2 :
// …", "Annexe B. …", with what the annex holds after the separator.
var reAnnexHead = regexp.MustCompile(`(?i)^(?:#+\s*)?annexe\s+(?:n\s*[°º]\s*)?(\d{1,2}|[IVX]{1,4}|[A-Z])\s*[:.\-–—]\s*(\S.*)$`)

// reFicheBefore is the word an annex heading may set before the unit it
// details: "Fiche engagement n°3", "Fiche-mesure 2".
var reFicheBefore = regexp.MustCompile(`(?i)^fiches?[\s-]+`)

// annexHead reads t as the heading of an annex and returns what follows
// its number, or false when t heads no annex. A heading that runs on as
// a sentence is none.
func annexHead(t string) (string, bool) {
	t = strings.TrimSpace(strings.Trim(t, "*"))
	if utf8.RuneCountInString(t) > 160 {
		return "", false
	}
	m := reAnnexHead.FindStringSubmatch(t)
	if m == nil {
		return "", false
	}
	return strings.TrimSpace(m[2]), true
}

// annexFiche reads an annex heading that details a fiche ("Annexe 3 –
// Fiche engagement n°3", "Annexe 2 : Fiche action n°2 – Titre") as that
// fiche's heading, [code, title] as matchFiche returns it; nil for any
// other line. The unit may be the one the document's fiche headings use
// ("Engagement n°3"), which only its family knows.
func (p *parser) annexFiche(t string) []string {
	rest, ok := annexHead(t)
	if !ok {
		return nil
	}
	if m := p.matchFiche(rest); m != nil {
		return m
	}
	if unit := reFicheBefore.ReplaceAllString(rest, ""); unit != rest {
		if m := p.matchFiche(unit); m != nil {
			return m
		}
	}
	return nil
}

// toldOnly reports a fiche read so far with no field label of its own: a
// title and a paragraph of aims, whose fields, when it has any, were
// guessed from its sentences.
func toldOnly(f *Fiche) bool {
	return !ficheHasFields(f)
}

// fillFromAnnex merges the fiche just read, a second presentation of
// fiche id, into the first one: the fields the annex labels replace those
// the body only told (or left empty), its other parts are added, and the
// body's title, axis and presentation stay. The second fiche is dropped.
func (p *parser) fillFromAnnex(id string) {
	last := len(p.doc.Fiches) - 1
	if last < 0 || p.doc.Fiches[last].ID != id {
		return
	}
	annex := p.doc.Fiches[last]
	var first *Fiche
	for i := range p.doc.Fiches[:last] {
		if p.doc.Fiches[i].ID == id {
			first = &p.doc.Fiches[i]
			break
		}
	}
	if first == nil {
		return
	}
	// The sentences the body's fields were guessed from stay its text.
	var told []Item
	for _, k := range []fieldKind{fDiagnostic, fObjectives, fActions, fPilots, fPartners, fCalendar} {
		if src := annex.field(k); !src.Empty() {
			told = append(told, first.field(k).Items...)
			*first.field(k) = *src
		}
	}
	if len(annex.AllIndicators()) > 0 {
		told = append(told, first.AllIndicators()...)
		first.Indicators, first.IndicatorsRealisation, first.IndicatorsImpact = annex.Indicators, annex.IndicatorsRealisation, annex.IndicatorsImpact
	}
	keepTold(first, told)
	first.Other = append(first.Other, annex.Other...)
	if first.Title == "" {
		first.Title = annex.Title
	}
	if first.Page == 0 {
		first.Page = annex.Page
	}
	first.Aliases = append(first.Aliases, annex.Aliases...)
	p.doc.Fiches = p.doc.Fiches[:last]
}

// annexLine handles line i when it heads an annex: one that details a
// fiche opens it, one that names no fiche closes the fiche or the glossary
// being read and opens a part of the document, its heading joined to the
// words the line wrap sent below. It returns the last line it read, and
// false when the line heads no annex or is left to the caller.
func (p *parser) annexLine(i int, raw, t string) (int, bool) {
	rest, ok := annexHead(t)
	if !ok || strings.Contains(raw, "\t") || p.isTOC[i] || p.inContentsList(raw) {
		return i, false
	}
	ln := i + 1
	if m := p.annexFiche(t); m != nil {
		p.annexHeading = true
		at := p.startFiche(ln, m)
		p.annexHeading = false
		return max(at, i), true
	}
	// A glossary that has read no entry yet was opened by an entry of a
	// table of contents printed without page numbers ("Glossaire" then
	// "Annexe 5 – …"): the annex's line is the next entry, no heading.
	glossary := p.inGlossary && len(p.doc.Glossary) > p.glossaryFrom
	if p.curFiche == nil && !glossary || p.isGlossaryHeading(rest) {
		return i, false
	}
	p.endFiche()
	p.inGlossary = false
	last := i
	if i+1 < len(p.lines) {
		if next := cleanText(p.lines[i+1]); next != "" && startsLower(next) && utf8.RuneCountInString(next) <= 60 && wrapsOnto(t, next) {
			t, last = joinWrapped(t, next), i+1
		}
	}
	p.startSection(ln, t, 1)
	return last, true
}

// keepTold adds the body's sentences that an annex's fields displaced to
// the fiche's presentation, in the order of the document.
func keepTold(f *Fiche, told []Item) {
	if len(told) == 0 {
		return
	}
	i := slices.IndexFunc(f.Other, func(o Field) bool { return o.Label == "Présentation" })
	if i < 0 {
		f.Other = append([]Field{{Label: "Présentation", Span: told[0].Span}}, f.Other...)
		i = 0
	}
	pres := &f.Other[i]
	pres.Items = append(pres.Items, told...)
	slices.SortStableFunc(pres.Items, func(a, b Item) int { return a.Span.StartLine - b.Span.StartLine })
	pres.Span.StartLine = min(pres.Span.StartLine, pres.Items[0].Span.StartLine)
	pres.Span.EndLine = max(pres.Span.EndLine, pres.Items[len(pres.Items)-1].Span.EndLine)
}
