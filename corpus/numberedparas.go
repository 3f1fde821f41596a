package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A schéma written like a legal text numbers every paragraph ("1.4.3",
// "3.2.1.5"). Its fiches are headings that carry both the paragraph's
// number and the fiche's own, and their fields are numbered
// sub-paragraphs whose label runs in, in italics, in bold or plain,
// before a full stop or a colon:
//
//	#### 3.1.2 Mesure 2 – Renforcer l'aide à domicile aux familles
//	3.1.2.3 *Porteur.* Service prévention et accompagnement des familles.
//	3.1.2.5 **Échéance :** dès 2024.
//
// The paragraph number is the document's outline, not the fiche's label:
// a reader names "Mesure 2", never "3.1.2". unfoldNumberedParagraphs
// drops the paragraph number before a fiche's or an axis's heading, so
// that the heading reads as in any other document, and writes the
// run-in label of each sub-paragraph numbered under a fiche as "Label :
// value", so that the field vocabulary reads it. Numbered paragraphs
// elsewhere (the introduction, the governance) keep their number: they
// are chapter text.

var (
	// reParaNumber is the number a numbered paragraph opens on, two
	// levels deep at least, after a markdown heading's marks if any:
	// "1.4.3 ", "#### 3.1.2 ", "2.1. ".
	reParaNumber = regexp.MustCompile(`^(#{1,6}\s+)?(\d{1,2}(?:\.\d{1,2}){1,5})\.?\s+(\S.*)$`)
	// reRunInEmphasis is a label run in, in italics or in bold, the stop
	// inside or after the emphasis: "*Porteur.* …", "**Échéance :** …",
	// "_Partenaires_ : …".
	reRunInEmphasis = regexp.MustCompile(`^(\*{1,2}|_{1,2})([^*_]{2,60}?)\s*([.:])?\s*(?:\*{1,2}|_{1,2})\s*([.:])?\s*(.*)$`)
	// reRunInPlain is a plain label run in before a full stop or a colon:
	// "Porteur. Service…", "Échéance : 2026".
	reRunInPlain = regexp.MustCompile(`^(\p{Lu}[^.:;,()]{1,50}?)\s*[.:]\s+(\S.*)$`)
)

// numberedHead is a numbered paragraph that heads a fiche or an axis.
type numberedHead struct {
	number string // the paragraph number, "3.1.2"
	fiche  bool   // a fiche's heading, not an axis's
}

// unfoldNumberedParagraphs rewrites a document whose paragraphs are all
// numbered (see above); any other document is returned as it is. The
// lines keep their count and order, so spans still point at the source.
func unfoldNumberedParagraphs(lines []string) []string {
	heads, numbered := map[int]numberedHead{}, 0
	fiches := 0
	for i, l := range lines {
		if len(l) > 400 {
			continue
		}
		m := reParaNumber.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil {
			continue
		}
		numbered++
		rest := strings.TrimSpace(m[3])
		switch {
		case numberedFicheHead(rest):
			heads[i] = numberedHead{number: m[2], fiche: true}
			fiches++
		case matchAxis(rest) != nil:
			heads[i] = numberedHead{number: m[2]}
		}
	}
	// Three fiche headings at least, and four times as many numbered
	// paragraphs: a document that numbers its headings only, or one
	// chapter that happens to name an action, is no such text.
	if fiches < 3 || numbered < 4*fiches {
		return lines
	}
	out := make([]string, len(lines))
	copy(out, lines)
	under := "" // the paragraph number of the fiche being read, with its dot
	for i, l := range lines {
		m := reParaNumber.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil || len(l) > 400 {
			continue
		}
		if h, ok := heads[i]; ok {
			out[i] = m[1] + strings.TrimSpace(m[3])
			under = ""
			if h.fiche {
				under = h.number + "."
			}
			continue
		}
		if under == "" || !strings.HasPrefix(m[2], under) {
			// A numbered paragraph outside the fiche (the next
			// chapter's) ends it: its run-in words are no field.
			under = ""
			continue
		}
		if field, ok := runInField(m[3]); ok {
			out[i] = field
		}
	}
	return out
}

// numberedFicheHead reports the text after a paragraph number that heads
// a fiche: "Mesure 2 – Renforcer…", "Fiche action n°3 : …", "Action 4.
// …", the word followed by the fiche's own number and its title.
func numberedFicheHead(t string) bool {
	if utf8.RuneCountInString(t) > 250 {
		return false
	}
	if m := reFiche.FindStringSubmatch(t); m != nil && !codeAfterFA(t) && strings.TrimSpace(m[2]) != "" {
		return true
	}
	return reActionHead.MatchString(t)
}

// runInField writes a sub-paragraph that opens on a run-in label of the
// field vocabulary as "Label : value"; ok is false when its head is no
// such label, and the paragraph is then left as it is.
func runInField(t string) (string, bool) {
	t = strings.TrimSpace(t)
	var head, rest string
	if m := reRunInEmphasis.FindStringSubmatch(t); m != nil && (m[3] != "" || m[4] != "") {
		head, rest = m[2], m[5]
	} else if m := reRunInPlain.FindStringSubmatch(t); m != nil && len(strings.Fields(m[1])) <= 5 {
		head, rest = m[1], m[2]
	} else {
		return "", false
	}
	head = strings.TrimSpace(head)
	if r, _ := utf8.DecodeRuneInString(head); !unicode.IsUpper(r) {
		return "", false
	}
	if k, _ := labelKind(head + " :"); k == fNone {
		return "", false
	}
	return strings.TrimSpace(head + " : " + strings.TrimSpace(rest)), true
}
