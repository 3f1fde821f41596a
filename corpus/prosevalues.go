package corpus

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A schéma may give a fiche's pilot and partners inside running sentences
// ("Le pilotage de cette action est confié au service de PMI, qui
// s'appuiera sur la CAF et la CPAM."), often setting the values in bold.
// prose.go files such a sentence under the field its cue names; this
// file reads the value the sentence assigns: the noun phrase after the
// cue ("confié au", "portée par", "sous la responsabilité de", "avec",
// "en lien avec", "associe"), or the subject of a verb whose object is
// the action ("La Direction … pilote cette action"). A phrase in bold
// there bounds the value exactly; without bold, the phrase ends where
// the clause does (", qui", ", avec", the end of an enumeration).

// boldStart and boldEnd mark a stretch of bold runs in a Word
// paragraph while it is read; boldMarkup turns them into markdown.
const (
	boldStart = '\x01'
	boldEnd   = '\x02'
)

// boldMarkup writes the bold stretches a paragraph's text marks as
// markdown "**…**", the spaces around a stretch outside it. A paragraph
// bold throughout (a heading typed in bold, a table's header cell) keeps
// no mark, nor does a label in bold: only words set in bold among others
// are a cue.
func boldMarkup(s string) string {
	if strings.IndexByte(s, boldStart) < 0 {
		return strings.Map(func(r rune) rune {
			if r == boldEnd {
				return -1
			}
			return r
		}, s)
	}
	type seg struct {
		text string
		bold bool
	}
	var segs []seg
	bold, from := false, 0
	flush := func(to int) {
		if to > from {
			segs = append(segs, seg{s[from:to], bold})
		}
	}
	for i := 0; i < len(s); i++ {
		if s[i] == boldStart || s[i] == boldEnd {
			flush(i)
			bold, from = s[i] == boldStart, i+1
		}
	}
	flush(len(s))
	plain := 0
	for _, g := range segs {
		if !g.bold && strings.TrimSpace(g.text) != "" {
			plain++
		}
	}
	var b strings.Builder
	for _, g := range segs {
		core := strings.TrimSpace(g.text)
		// A label in bold ("**Pilote :**", "**| Échéance :**") is read by
		// its colon already: it stays as it was.
		if !g.bold || plain == 0 || !strings.ContainsFunc(core, unicode.IsLetter) || strings.ContainsAny(core, ":|") {
			b.WriteString(g.text)
			continue
		}
		lead := g.text[:strings.Index(g.text, core)]
		b.WriteString(lead + "**" + core + "**" + g.text[len(lead)+len(core):])
	}
	return b.String()
}

// reBold is a stretch in bold in a line of markdown.
var reBold = regexp.MustCompile(`\*\*([^*]+?)\*\*`)

// boldPhrases returns the phrases set in bold inside lines [from, to]
// (1-based) of the text that also hold words in plain type, cleaned.
func (p *parser) boldPhrases(from, to int) []string {
	var out []string
	for i := max(from-1, 0); i < min(to, len(p.lines)); i++ {
		l := p.lines[i]
		if !strings.Contains(l, "**") {
			continue
		}
		for _, m := range reBold.FindAllStringSubmatch(l, -1) {
			if t := strings.TrimSpace(cleanText(m[1])); utf8.RuneCountInString(t) >= 3 {
				out = append(out, t)
			}
		}
	}
	return out
}

// A pilot's cue followed by the pilot: "pilotée par", "confié au",
// "placée sous la responsabilité de", "sous le pilotage de". The value
// starts at the end of the match.
var rePilotBefore = regexp.MustCompile(`(?i)(?:\b(?:(?:co-?)?(?:pilot|port|coordonn|anim|assur|men)(?:é|e)e?s?|conduite?s?)\s+(?:conjointement\s+|ensemble\s+)?par\s+|\b(?:est|sera|seront|sont|a\s+été|ont\s+été)\s+confi(?:é|e)e?s?\s+(?:à|a|au|aux)\s+|\bsous\s+(?:la\s+responsabilit(?:é|e)|le\s+pilotage|la\s+conduite|la\s+coordination|l['’]autorit(?:é|e)|l['’]égide|l['’]egide)\s+(?:de\s+|d['’]|du\s+|des\s+))`)

// rePilotSubject is a sentence whose subject pilots the action: "La
// Direction … pilote cette action avec…", "Le chef de service de la CRIP
// pilote la réorganisation", "Le service … pilotera trois actions : …".
// The subject is group 1.
var rePilotSubject = regexp.MustCompile(`^((?:Le|La|Les|L['’]|Un|Une)\s?.{3,160}?)\s+(?:(?:co-?pilot|pilot|coordonn|port|anim)(?:e|ent|era|eront)|condui(?:t|sent|ra|ront))\s+(?:cette|ce|cet|ces|la|le|l['’]|les|ses|son|sa|leurs?|des|un|une|deux|trois|quatre|cinq|six|plusieurs|\d+)\s?\S`)

// A partner's cue followed by the partners: "avec", "en lien avec", "qui
// s'appuiera sur", "associe", "en partenariat avec", "mobilisera".
var rePartnersBefore = regexp.MustCompile(`(?i)(?:\b(?:en\s+lien\s+(?:étroit\s+|etroit\s+)?avec|en\s+partenariat\s+avec|en\s+dialogue\s+avec|en\s+collaboration\s+avec|en\s+concertation\s+avec|avec\s+le\s+concours\s+(?:de\s+|d['’]|du\s+|des\s+)|avec\s+l['’]appui\s+(?:de\s+|d['’]|du\s+|des\s+)|avec\s+le\s+soutien\s+(?:de\s+|d['’]|du\s+|des\s+)|s['’]appui(?:eront|era|ent|e)\s+sur|travaill(?:eront|era|ent|e)\s+avec|associ(?:eront|era|ent|e)(?:\s+(?:davantage|également|egalement|étroitement|etroitement))?|mobilis(?:eront|era|ent|e)|avec))\s*`)

// reClauseEnd ends a phrase without bold: a new clause or a sentence's
// end. An enumeration's commas are read apart (see nounPhrase).
var reClauseEnd = regexp.MustCompile(`(?i)\s*(?:[.;:(]\s|[.;:]$|,\s+(?:qui|que|dont|afin|pour|dans|en\s+lien|en\s+dialogue|en\s+partenariat|avec|et\s+avec|cette|ce|cet|il|elle|ils|elles|le\s+plan|la\s+démarche|la\s+demarche|un|une|sur|selon|notamment)\b|\s+(?:qui|dans\s+le\s+cadre|afin|pour|sur\s+la\s+base)\b)`)

// reDeterminer opens a noun phrase.
var reDeterminer = regexp.MustCompile(`^(?:le|la|les|l['’]|un|une|des|du|ses|son|sa|leurs?|\p{Lu})`)

// nounPhrase returns the noun phrase that opens s: up to the end of its
// clause, an enumeration's commas kept while each item opens on a
// determiner or a capital ("la CAF, la MSA et les communes, cette
// dernière…" gives "la CAF, la MSA et les communes").
func nounPhrase(s string) string {
	end := len(s)
	if l := reClauseEnd.FindStringIndex(s); l != nil {
		end = l[0]
	}
	s = s[:end]
	parts := strings.Split(s, ", ")
	out := parts[0]
	for k, part := range parts[1:] {
		if !reDeterminer.MatchString(part) || strings.Contains(parts[k], " et ") {
			break
		}
		out += ", " + part
	}
	// "du Département", "pour …" closing a noun phrase is its own; a
	// trailing verb is not ("la CRIP sera" is no phrase).
	return strings.TrimRight(strings.TrimSpace(out), " ,")
}

// contracted gives a value that followed a contracted article its own:
// "au service" → "le service", "du médecin" → "le médecin".
func contracted(cue, value string) string {
	c := strings.ToLower(strings.TrimSpace(cue))
	switch {
	case strings.HasSuffix(c, " au") || c == "au":
		return "le " + value
	case strings.HasSuffix(c, " aux"):
		return "les " + value
	case strings.HasSuffix(c, " du"):
		return "le " + value
	case strings.HasSuffix(c, " des"):
		return "les " + value
	}
	return value
}

// proseValues returns the pilot and the partners a sentence of prose
// assigns, "" for what it does not name; bold holds the phrases the
// document sets in bold, which bound a value when one starts where the
// cue ends.
func proseValues(sent string, bold []string) (pilot, partners string) {
	// "au service de PMI": the contraction stays with the cue.
	valueAt := func(at int, cue string) string {
		rest := sent[at:]
		if strings.HasPrefix(strings.ToLower(strings.TrimSpace(cue)), "confi") {
			for _, art := range []string{"au ", "aux ", "à la ", "à l’", "à l'", "à ", "a "} {
				if strings.HasPrefix(rest, art) {
					cue += " " + strings.TrimSpace(art)
					rest = rest[len(art):]
					break
				}
			}
		}
		for _, b := range bold {
			if strings.HasPrefix(rest, b) && len(b) < len(rest)+1 {
				return contracted(cue, b)
			}
		}
		// "par la DEF et par la CAF": one pilot of two.
		if v := strings.ReplaceAll(nounPhrase(rest), " et par ", " et "); v != "" {
			return contracted(cue, v)
		}
		return ""
	}
	pilotEnd := -1
	if m := rePilotSubject.FindStringSubmatchIndex(sent); m != nil {
		subj := sent[m[2]:m[3]]
		for _, b := range bold {
			if strings.HasPrefix(subj, b) || strings.HasPrefix(b, subj) {
				subj = b
				break
			}
		}
		if !strings.Contains(strings.ToLower(subj), "action") && (!strings.Contains(subj, ",") || slices.Contains(bold, subj)) {
			pilot, pilotEnd = strings.TrimSpace(subj), m[3]
		}
	}
	if pilot == "" {
		if l := rePilotBefore.FindStringIndex(sent); l != nil {
			pilot = valueAt(l[1], sent[l[0]:l[1]])
			pilotEnd = l[1] + len(pilot)
		}
	}
	if pilot != "" {
		// A pilot names no partner: "copilotée par la CAF et la
		// Direction…, avec l'ARS" has its partners after.
		for _, l := range rePartnersBefore.FindAllStringIndex(sent, -1) {
			if l[0] < pilotEnd {
				continue
			}
			partners = valueAt(l[1], sent[l[0]:l[1]])
			break
		}
		return pilot, partners
	}
	if l := rePartnersBefore.FindStringIndex(sent); l != nil {
		partners = valueAt(l[1], sent[l[0]:l[1]])
	}
	return "", partners
}

// partnerItems splits an enumeration of partners into its items when
// each opens on a determiner or a capital ("le CH, les sages-femmes et la
// CPAM"); a single partner stays whole.
func partnerItems(s string) []string {
	s = strings.TrimRight(s, " .")
	pieces := strings.Split(s, ", ")
	var out []string
	for k, piece := range pieces {
		if k == len(pieces)-1 {
			if a, b, ok := strings.Cut(piece, " et "); ok && reDeterminer.MatchString(b) {
				out = append(out, a, b)
				continue
			}
			// "avec l'appui de la CAF et de la MSA": the second partner
			// repeats the preposition; a body's own name goes on in
			// lower case ("de l'enfance et de la famille").
			if a, b, ok := strings.Cut(piece, " et de "); ok && reDeterminer.MatchString(a) && reNamedBody.MatchString(b) {
				out = append(out, a, b)
				continue
			}
		}
		out = append(out, piece)
	}
	// "avec un financement de l'ARS": the funder is the partner.
	for k, o := range out {
		if m := reSupportLead.FindStringIndex(o); m != nil && m[1] < len(o) {
			out[k] = o[m[1]:]
		}
	}
	for _, o := range out {
		if !reDeterminer.MatchString(o) {
			return []string{s}
		}
	}
	return out
}

// reNamedBody is a partner named after an article: "la MSA", "l'ARS".
var reNamedBody = regexp.MustCompile(`^(?:la\s|l['’])\p{Lu}`)

// reSupportLead is the kind of support that opens a partner's mention:
// "un financement de l'ARS", "une participation du Département".
var reSupportLead = regexp.MustCompile(`(?i)^(?:un|une|le|la|l['’])\s*(?:co-?financement|financement|participation|contribution|appui|soutien|concours)\s+(?:financière\s+|financier\s+)?(?:de\s+|d['’]|du\s+|des\s+)?`)

// reOutlineHead is a heading numbered in a dotted outline ("4.",
// "4.1", "3.2.1") or by a Roman numeral ("IV."), the number group 1.
var reOutlineHead = regexp.MustCompile(`^(?:#{1,6}\s+)?((?:\d{1,2}\.)*\d{1,2}\.?|[IVX]{1,5}\.)\s+\p{Lu}`)

// outlineAbove reports a heading of a numbered outline above the level
// of the fiche being read, whose label is a dotted number ("1.1.1"): "4.
// Préparer l'avenir…" or "4.1 Accompagner…" after the fiche "3.3.2" opens
// the next part, whether the headings are markdown or plain paragraphs.
func (p *parser) outlineAbove(raw, t string) bool {
	id := p.curFiche.ID
	parts := strings.Count(id, ".") + 1
	if parts < 2 || strings.Trim(id, "0123456789.") != "" {
		return false
	}
	m := reOutlineHead.FindStringSubmatch(strings.TrimSpace(raw))
	if m == nil || utf8.RuneCountInString(t) > 160 || strings.HasSuffix(strings.TrimSpace(t), ".") && !reMDHead.MatchString(strings.TrimSpace(raw)) {
		return false
	}
	// Only a fiche whose own heading opens on its bare number is a
	// level of that outline ("1.1.1  Garantir…", not "Fiche n°3.2").
	if head := strings.TrimLeft(strings.TrimSpace(p.lines[p.curFiche.Span.StartLine-1]), "# "); !strings.HasPrefix(head, id+" ") && !strings.HasPrefix(head, id+". ") {
		return false
	}
	num := strings.TrimSuffix(m[1], ".")
	if strings.Trim(num, "IVX") == "" {
		return reMDHead.MatchString(strings.TrimSpace(raw))
	}
	// The heading comes after the fiche in the outline: "4." or "4.1"
	// after "3.3.2", never a field numbered "1." inside it.
	hs, fs := strings.Split(num, "."), strings.Split(id, ".")
	if len(hs) >= len(fs) {
		return false
	}
	for k, h := range hs {
		a, _ := strconv.Atoi(h)
		b, _ := strconv.Atoi(fs[k])
		if a != b {
			return a > b
		}
	}
	return false
}
