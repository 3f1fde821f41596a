package corpus

import (
	"regexp"
	"strings"
)

// A report printed in two columns of running text gives each fiche as a
// paragraph under a heading that carries two numbers: the action's place
// in its orientation and, in brackets, the fiche's number that readers
// use ("Action 1.2 (fiche n°2) – Développer le soutien…"). The fields
// are labels run in one after the other inside the paragraph, each after
// the sentence that ends the field before, and the conversion wraps them
// at the column's width:
//
//	Pilote : Direction de l'enfance et de la famille. Partenaires :
//	CAF, centres sociaux. Objectifs : rompre l'isolement des parents.
//	Actions : déployer un bus itinérant ; … Échéance : 2026.
//	Indicateurs : nombre d'ateliers organisés par an.
//
// The fiche is named by the number in brackets, the place in the
// orientation staying an alias, and a line that opens on a field's label
// is cut before each other label of the vocabulary that opens a sentence
// on it, so that each field reads as in a fiche of labelled lines.

// reBracketedFiche is a heading that numbers the action in its
// orientation then the fiche in brackets: "Action 1.2 (fiche n°2) – …",
// "Mesure 3.1 (fiche 7) : …". The title may be cut by the line wrap.
var reBracketedFiche = regexp.MustCompile(`(?i)^(?:#+\s*)?(?:\*\*)?` + actionWord + `\s*(?:n\s*[°º]\s*)?(` + labelPattern + `)\s*\(\s*(?:fiches?(?:[\s-]*actions?)?|fa)\s*(?:n\s*[°º]|n[o°º]\.?|num[ée]ro)?\s*(` + labelPattern + `)\s*\)\s*(?:\*\*)?\s*(?:[:.\-–—·]\s*(.*))?$`)

// bracketedFiche reads a heading of reBracketedFiche and returns the
// fiche's label and title, or nil. A heading without a title is
// accepted: the title is then on the next line.
func bracketedFiche(t string) []string {
	if len(t) > 300 {
		return nil
	}
	m := reBracketedFiche.FindStringSubmatch(t)
	if m == nil {
		return nil
	}
	return []string{m[2], strings.TrimSpace(strings.TrimRight(m[3], " *"))}
}

// bracketedCode returns the action's place in its orientation that a
// heading of reBracketedFiche gives before the fiche's number, in
// canonical form, when it differs from the fiche's label; "" otherwise.
func bracketedCode(t, id string) string {
	m := reBracketedFiche.FindStringSubmatch(t)
	if m == nil {
		return ""
	}
	code := CanonicalFicheID(m[1])
	if code == "" || labelKey(code) == labelKey(id) {
		return ""
	}
	return code
}

// runInLabels cuts a line that opens on a field's label, or goes on with
// the field being read, before each other label of the vocabulary run in
// after a sentence's end ("Pilote : Service de PMI. Partenaires : CAF,
// communes.", "la naissance. Actions :"); nil when the line holds no such
// label. A label cut must be three words at most and
// end with its colon, so that a sentence that merely holds a colon stays
// whole; one of the same field as the label before is no cut either.
func (p *parser) runInLabels(raw string) []string {
	t := strings.TrimSpace(raw)
	if strings.ContainsAny(t, "|\t") || len(t) > 400 {
		return nil
	}
	first, rest := p.label(t)
	switch {
	case !strings.Contains(t, ":"):
		return nil
	case first == fNone && p.curKind != fNone && p.curKind != fOther:
		// The wrapped text of the field being read, which the next
		// label cuts: "dans les deux mois suivant la naissance. Actions :".
		first = p.curKind
	case first == fNone || first == fOther || rest == "":
		return nil
	}
	var parts []string
	prev, from := first, 0
	for i := 0; i < len(t); {
		j := strings.Index(t[i:], ". ")
		if j < 0 {
			break
		}
		at := i + j + 2
		after := t[at:]
		if c := strings.IndexByte(after, ':'); c > 0 && at > from && !abbreviationBefore(t[:i+j]) {
			head := normalizeLabel(after[:c])
			k, _ := p.label(after)
			if k != fNone && k != fOther && len(strings.Fields(head)) <= 3 && vocabularyKind(head) == k && k != prev {
				parts = append(parts, strings.TrimSpace(t[from:at]))
				from, prev = at, k
			}
		}
		i = at
	}
	if len(parts) == 0 {
		return nil
	}
	return append(parts, strings.TrimSpace(t[from:]))
}

// proseColumnPages returns the text of a PDF read as laid out, in which
// each page printed in two columns of running text is replaced by the
// same page read in content order. pdftotext -layout prints such a page's
// two columns side by side, each line mixing the end of one paragraph
// with the middle of another; -raw prints each column whole. A page in
// columns whose lines are not all two long runs of words (a heading or a
// figure in one column, a third column, a line across the page) is read
// column by column from the layout instead (see columnPage). The pages
// of a table of actions stay as laid out, where its columns are kept
// apart. When the two readings do not have the same pages, the layout is
// returned as it is.
func proseColumnPages(raw, layout []byte) []byte {
	rawPages := strings.Split(string(raw), "\f")
	layPages := strings.Split(string(layout), "\f")
	if len(rawPages) != len(layPages) {
		return layout
	}
	changed := false
	for i, pg := range layPages {
		if tableRowCount(strings.Split(pg, "\n")) > 0 {
			// A table's last page may hold few rows, their cells long
			// enough to look like columns of prose.
			continue
		}
		if twoProseColumns(strings.Split(pg, "\n")) {
			layPages[i] = rawPages[i]
			changed = true
		} else if cols, ok := columnPage(pg); ok {
			layPages[i] = cols
			changed = true
		}
	}
	if !changed {
		return layout
	}
	return []byte(strings.Join(layPages, "\f"))
}

// twoProseColumns reports a page laid out in two columns of running
// text: at least eight lines and two in five of its lines of text hold
// exactly two runs of words, the second starting at the same place on
// each (within three characters), both long enough to be wrapped prose
// rather than a table's cells.
func twoProseColumns(lines []string) bool {
	starts := map[int]int{}
	text, pairs := 0, 0
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		text++
		segs := segments(l)
		if len(segs) != 2 || len([]rune(segs[0].text)) < 25 || len([]rune(segs[1].text)) < 25 {
			continue
		}
		pairs++
		starts[segs[1].start]++
	}
	if pairs < 8 || pairs*5 < text*2 {
		return false
	}
	best := 0
	for s := range starts {
		n := 0
		for d := -3; d <= 3; d++ {
			n += starts[s+d]
		}
		best = max(best, n)
	}
	return best*10 >= pairs*8
}
