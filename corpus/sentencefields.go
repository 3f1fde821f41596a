package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A schéma may tell each fiche in running text, without a label or a
// table: a numbered heading whose title is the first sentence of the
// paragraph it opens ("1.1 Renforcer les visites… naissance. Trop de"),
// sentences that name the pilot ("Cette action est portée par…"), the
// partners ("… y sont associés"), the deadline and the indicators ("On
// suivra…"), and sub-actions lettered in one sentence ("a) recruter… ;
// b) signer… ; c) proposer…"). prose.go files the sentences; this file
// reads the parts such documents print in their own way: the title run
// into the paragraph, the lettered sub-actions, and a glossary written
// as one paragraph ("ARS : agence régionale de santé. CAF : caisse…").

// reLetteredItem is the mark of a lettered sub-action inside a sentence:
// "a) ", "b) ".
var reLetteredItem = regexp.MustCompile(`(?:^|\s)([a-h])\)\s`)

// splitLettered splits a sentence that lists sub-actions lettered a), b),
// c)… in order into its lead and its items; items is nil when the
// sentence holds no such run of two items at least.
func splitLettered(sent string) (lead string, items []string) {
	locs := reLetteredItem.FindAllStringSubmatchIndex(sent, -1)
	var starts []int
	want := byte('a')
	for _, l := range locs {
		if sent[l[2]] != want {
			continue
		}
		starts = append(starts, l[2])
		want++
	}
	if len(starts) < 2 {
		return sent, nil
	}
	lead = strings.TrimSpace(sent[:starts[0]])
	for k, s := range starts {
		end := len(sent)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		item := strings.TrimSpace(sent[s:end])
		items = append(items, item)
	}
	return lead, items
}

// runOnTitle cuts the title of a fiche heading that runs on into the
// paragraph it opens ("Renforcer les visites à domicile autour de la
// naissance. Trop de"): the title is its first sentence, the rest is the
// paragraph's first words. rest is "" when the title is whole.
func runOnTitle(title string) (string, string) {
	for i := 0; i+2 < len(title); i++ {
		if title[i] != '.' || title[i+1] != ' ' {
			continue
		}
		r, _ := utf8.DecodeRuneInString(title[i+2:])
		if unicode.IsUpper(r) && !abbreviationBefore(title[:i]) && i >= 15 {
			return title[:i+1], strings.TrimSpace(title[i+2:])
		}
	}
	return title, ""
}

// reRunInAcronym is an acronym that opens an entry of a glossary written
// as a paragraph: at its start or after the full stop of the entry
// before, then a colon.
var reRunInAcronym = regexp.MustCompile(`(?:^|[.;]\s+)([A-ZÀ-Ý][A-Z0-9&ÀÉÈ'’-]{1,11}(?:\s\d{1,3})?)\s*:\s+`)

// runInGlossary reads the paragraph starting at line i of a glossary
// written as one paragraph: "ARS : agence régionale de santé. CAF :
// caisse d'allocations familiales. …", wrapped over lines. It returns
// the entries with their lines and the index of the paragraph's last
// line; no entries when the paragraph holds fewer than three.
func (p *parser) runInGlossary(i int) ([]GlossaryEntry, int) {
	// A paragraph that does not open with an acronym is none: it is not
	// gathered, which keeps a long glossary from being gathered again at
	// each of its lines.
	if i >= len(p.lines) || p.furniture[i] {
		return nil, i
	}
	if l := reRunInAcronym.FindStringSubmatchIndex(cleanText(p.lines[i])); l == nil || l[2] != 0 {
		return nil, i
	}
	var b strings.Builder
	var starts, nums []int
	last := i
	for j := i; j < len(p.lines); j++ {
		if p.furniture[j] {
			continue
		}
		t := cleanText(p.lines[j])
		if t == "" || j > i && (p.isGlossaryHeading(t) || reMDHead.MatchString(p.lines[j])) {
			break
		}
		starts, nums = append(starts, b.Len()+min(b.Len(), 1)), append(nums, j+1)
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t)
		last = j
	}
	text := b.String()
	locs := reRunInAcronym.FindAllStringSubmatchIndex(text, -1)
	if len(locs) < 3 || locs[0][2] != 0 {
		return nil, i
	}
	lineAt := func(off int) int {
		n := nums[0]
		for k, st := range starts {
			if st <= off {
				n = nums[k]
			}
		}
		return n
	}
	var out []GlossaryEntry
	for k, l := range locs {
		end := len(text)
		if k+1 < len(locs) {
			end = locs[k+1][0] + 1 // keep the full stop that ends the entry
		}
		exp := strings.TrimRight(strings.TrimSpace(text[l[1]:min(end, len(text))]), ".; ")
		acr := text[l[2]:l[3]]
		if !isAcronym(strings.Fields(acr)[0]) || exp == "" {
			return nil, i
		}
		out = append(out, GlossaryEntry{Acronym: acr, Expansion: exp, Span: Span{StartLine: lineAt(l[2]), EndLine: lineAt(max(l[2], end-1)), Page: p.sectionPage()}})
	}
	return out, last
}
