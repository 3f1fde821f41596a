package corpus

// A fiche printed on one page with a shaded box of fields beside its main
// column (pilot, co-pilot, partners, calendar, indicators, links to other
// fiches), which the PDF draws last: in the extracted text the box comes
// after the actions, in lines as narrow as the box. Its references to other
// fiches ("Liens" / "Fiche 5") head no fiche, and its values, wrapped
// mid-phrase, are mended whole.

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// linkLabels are the labels, normalized, of a fiche's references to other
// fiches.
var linkLabels = map[string]bool{
	"lien": true, "liens": true, "liens avec les autres fiches": true, "liens avec d'autres fiches": true,
	"lien avec les autres fiches": true, "liens avec les fiches": true, "liens avec d'autres fiches-actions": true,
	"liens avec les autres fiches-actions": true, "fiches liees": true, "fiche liee": true, "fiches-actions liees": true,
	"fiches actions liees": true, "actions liees": true, "fiches associees": true, "fiches en lien": true,
	"en lien avec": true, "en lien avec les fiches": true, "voir aussi": true, "voir egalement": true, "renvois": true,
	"fiches connexes": true, "articulation avec les autres fiches": true, "articulation avec d'autres fiches": true,
	"see also": true, "related actions": true, "related fiches": true, "links": true,
}

// isLinksLabel reports a label of references to other fiches.
func isLinksLabel(s string) bool {
	return linkLabels[normalizeLabel(strings.TrimLeft(s, "#* "))]
}

// crossReference reports the line i that names a fiche ("Fiche 5",
// "Fiche-action n°11.") as a reference to it, no heading: it comes, on the
// same page, after a label of links or right after the references under
// one, or right after a line whose phrase it ends ("… en lien avec la" / "fiche 11.",
// "voir" / "fiche-action n°4"). A heading at the top of a page, or marked
// as one ("### Action 1.2"), is one.
func (p *parser) crossReference(i int) bool {
	if i <= 0 || i >= len(p.lines) || strings.ContainsRune(p.lines[i], '\f') || strings.HasPrefix(strings.TrimSpace(p.lines[i]), "#") {
		return false
	}
	j := i - 1
	for j >= 0 && strings.TrimSpace(p.lines[j]) == "" {
		j--
	}
	if j < 0 || p.furniture[j] || p.isTOC[j] {
		return false
	}
	prev := cleanText(p.lines[j])
	if isLinksLabel(strings.TrimRight(prev, " :")) {
		return true
	}
	if j == i-1 && p.curFiche != nil && p.curField != nil && isLinksLabel(p.curField.Label) && p.lastItemLine == i {
		return true
	}
	return j == i-1 && (endsMidPhrase(prev) || opensReference(prev))
}

// opensReference reports a line that ends on the word that announces a
// reference: "voir", "cf.", an open parenthesis.
func opensReference(s string) bool {
	f := strings.Fields(Fold(s))
	if len(f) == 0 {
		return false
	}
	switch strings.TrimLeft(f[len(f)-1], "(") {
	case "voir", "cf", "cf.", "see", "":
		return true
	}
	return false
}

// boxWrapsOn reports that next goes on with the value last, cut by the narrow
// line of a box: inside a parenthesis still open ("Responsable de la cellule
// (Direction" / "de l'enfance)"), after a dash that joins two parts of a
// name ("Direction Enfance Famille –" / "Inspecteurs…"), before the ";" or
// "," that sets the next item apart ("… de Loire" / "; sages-femmes"), in
// an item that opens on a mark the next line lacks, and inside a list whose
// items the line already sets apart with " ; ".
func boxWrapsOn(last, next string) bool {
	last, next = strings.TrimSpace(last), strings.TrimSpace(next)
	if last == "" || next == "" || strings.HasSuffix(last, ".") {
		return false
	}
	if strings.Count(last, "(") > strings.Count(last, ")") {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(next); r == ';' || r == ',' || r == ')' {
		return true
	}
	for _, d := range []string{" –", " —", " -"} {
		if strings.HasSuffix(last, d) {
			return true
		}
	}
	// "› 2029-2030 : ouverture des trois" / "LAEP itinérants": each item
	// opens on a mark of its own, so a line without it goes on.
	if r, size := utf8.DecodeRuneInString(last); (unicode.IsSymbol(r) || unicode.IsPunct(r)) && !strings.ContainsRune("([«\"'“‘*#", r) && strings.HasPrefix(last[size:], " ") {
		if n, _ := utf8.DecodeRuneInString(next); n != r {
			return true
		}
	}
	inList := strings.Contains(strings.TrimSuffix(last, ";"), " ; ")
	return inList && (strings.HasSuffix(last, ";") || strings.Contains(next, " ; "))
}

// mendBoxActors joins the lines of a pilot or partners field that a narrow
// box cut: in a document whose partners are set apart by " ; " on their
// lines, a line break in such a field is no separator, so items read on
// lines that follow each other are one value ("Délégation départementale
// de l'ARS" / "Centre-Val de Loire"). A label between two lines ("PILOTE" …
// "CO-PILOTE") still parts them. Only lines well short of the page's full
// ones are a box's.
func (p *parser) mendBoxActors() {
	width := pageWidth(p.lines)
	if width == 0 || !semicolonActors(p.doc.Fiches) {
		return
	}
	for i := range p.doc.Fiches {
		f := &p.doc.Fiches[i]
		for _, fld := range []*Field{&f.Pilots, &f.Partners} {
			var out []Item
			for _, it := range fld.Items {
				if n := len(out); n > 0 && it.Span.StartLine == out[n-1].Span.EndLine+1 && p.narrowLines(out[n-1].Span, width) && p.narrowLines(it.Span, width) && !strings.HasSuffix(out[n-1].Text, ".") {
					out[n-1].Text = joinWrapped(out[n-1].Text, it.Text)
					out[n-1].Span.EndLine = it.Span.EndLine
					continue
				}
				out = append(out, it)
			}
			fld.Items = out
		}
	}
}

// semicolonActors reports a document whose partners are listed with " ; "
// between them, in three fiches at least and most of those with partners.
func semicolonActors(fiches []Fiche) bool {
	with, listed := 0, 0
	for _, f := range fiches {
		if f.Partners.Empty() {
			continue
		}
		with++
		if slices.ContainsFunc(f.Partners.Items, func(it Item) bool { return strings.Contains(it.Text, " ; ") }) {
			listed++
		}
	}
	return listed >= 3 && listed*2 > with
}

// pageWidth is the length of the document's longest lines but a few,
// which a page of several columns (and no one measure) still has: 0 for a
// document of few long lines.
func pageWidth(lines []string) int {
	ks := longLineLengths(lines)
	if ks == nil {
		return 0
	}
	return ks[len(ks)*9/10]
}

// narrowLines reports the lines of a span as all shorter than three
// quarters of the page's width.
func (p *parser) narrowLines(s Span, width int) bool {
	if s.StartLine <= 0 || s.EndLine > len(p.lines) || s.EndLine < s.StartLine {
		return false
	}
	for ln := s.StartLine; ln <= s.EndLine; ln++ {
		if utf8.RuneCountInString(strings.TrimSpace(p.lines[ln-1]))*4 >= width*3 {
			return false
		}
	}
	return true
}

// valueUnderLabel reports a line that reads as a label of the kind of the
// label alone right above it ("PORTEUR" / "Responsable de la mission
// jeunes"): it is that label's value, a role named by the label's word. A
// label printed in capitals is one still ("PILOTE" / "CO-PILOTE").
func (p *parser) valueUnderLabel(ln int, k fieldKind, t string) bool {
	if p.curField == nil || k != p.curKind || len(p.curField.Items) > 0 || strings.Contains(t, ":") || strings.ToUpper(t) == t {
		return false
	}
	for j := ln - 2; j >= 0 && j+1 > p.curField.Span.StartLine; j-- {
		if strings.TrimSpace(p.lines[j]) != "" {
			return false
		}
	}
	return p.curField.Span.StartLine < ln
}

// linksEnd reports the line ln that ends a fiche whose box closes on its
// links: the first line of the next page, when it names no fiche, heads
// what follows the fiche ("Fiches liées" / "Fiche A1" / page break / "Suivi
// du schéma").
func (p *parser) linksEnd(ln int, t string) bool {
	if p.curField == nil || !isLinksLabel(p.curField.Label) || reFicheMention.MatchString(t) {
		return false
	}
	for j := ln - 1; j >= 0; j-- {
		if strings.ContainsRune(p.lines[j], '\f') {
			return true
		}
		if j < ln-1 && strings.TrimSpace(p.lines[j]) != "" && !p.furniture[j] {
			return false
		}
	}
	return false
}

// reFicheMention is a line that names a fiche.
var reFicheMention = regexp.MustCompile(`(?i)\b(?:fiches?|actions?|fa)\b`)
