package answer

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"schemabot/bot/chat"
	"schemabot/corpus"
	"schemabot/retrieval"
)

// glossaryAnswer expands the acronyms of a question from the documents'
// glossaries, or from a definition in the text ("… de l'Enfance (ODPE)").
func (e *Engine) glossaryAnswer(q *question) (answer, bool) {
	var b strings.Builder
	var cites []chat.Citation
	var focus string
	for _, acr := range q.Acronyms {
		type def struct {
			docs []*corpus.Document
			exp  string
		}
		var defs []*def
		for _, d := range e.docsFor(q) {
			for _, g := range d.Glossary {
				if !strings.EqualFold(g.Acronym, acr) {
					continue
				}
				var found *def
				for _, x := range defs {
					if corpus.Fold(x.exp) == corpus.Fold(g.Expansion) {
						found = x
					}
				}
				if found == nil {
					found = &def{exp: g.Expansion}
					defs = append(defs, found)
				}
				found.docs = append(found.docs, d)
				cites = append(cites, chat.Citation{Doc: d.ID, Section: "Glossaire", Page: intPtr(g.Span.Page),
					Quote: g.Acronym + " : " + g.Expansion, Line: g.Span.StartLine})
				focus = d.ID
				break
			}
		}
		if len(defs) == 0 {
			for _, d := range e.docsFor(q) {
				if exp, quote, line, ok := inlineDefinition(d, acr); ok {
					defs = append(defs, &def{docs: []*corpus.Document{d}, exp: exp})
					c := chat.Citation{Doc: d.ID, Section: sectionAt(d, line), Quote: quote, Line: line}
					// A definition inside a fiche cites that fiche.
					for _, f := range d.Fiches {
						if line >= f.Span.StartLine && line <= f.Span.EndLine {
							c.Fiche, c.Page = &f.ID, intPtr(f.Page)
							break
						}
					}
					cites = append(cites, c)
					focus = d.ID
					break
				}
			}
		}
		for _, df := range defs {
			var names []string
			for _, d := range df.docs {
				names = append(names, docLabel(d))
			}
			if q.Lang == chat.English {
				fmt.Fprintf(&b, "**%s** stands for « %s » (schéma %s).\n", acr, df.exp, strings.Join(names, ", "))
			} else {
				fmt.Fprintf(&b, "**%s** signifie « %s » (schéma %s).\n", acr, df.exp, strings.Join(names, ", "))
			}
		}
	}
	if len(cites) == 0 {
		return answer{}, false
	}
	return answer{Answer: chat.Answer{Text: strings.TrimSpace(b.String()), Found: true, Citations: cites}, focusDoc: focus}, true
}

var emphasis = strings.NewReplacer("**", "", "*", "")

// inlineDefinition finds "Expansion Words (ACR)" in a document's text.
func inlineDefinition(d *corpus.Document, acr string) (exp, quote string, line int, ok bool) {
	re := regexp.MustCompile(`\(\s*` + acronymPattern(acr) + `\s*\)`)
	for i, l := range d.Lines {
		loc := re.FindStringIndex(l)
		if loc == nil {
			continue
		}
		head := l[:loc[0]]
		// An expansion wrapped onto the line before ("… de l'intervention
		// sociale et" / "familiale (TISF)").
		if i > 0 && strings.TrimSpace(d.Lines[i-1]) != "" && len(strings.Fields(head)) < 2*len(acr) {
			head = d.Lines[i-1] + " " + head
		}
		before := strings.Fields(emphasis.Replace(head))
		// Walk back until there are as many meaningful words as letters.
		need := len([]rune(strings.TrimSuffix(acr, "s")))
		var words []string
		meaningful := 0
		for j := len(before) - 1; j >= 0 && meaningful < need; j-- {
			w := before[j]
			words = append([]string{w}, words...)
			if !retrieval.IsStop(strings.ToLower(strings.Trim(w, ",;:'’"))) {
				meaningful++
			}
		}
		if meaningful < need || len(words) == 0 {
			continue
		}
		exp = strings.Trim(strings.Join(words, " "), ",;: ")
		exp = strings.TrimPrefix(strings.TrimPrefix(exp, "l'"), "d'")
		return exp, strings.TrimSpace(l), i + 1, true
	}
	return initialsDefinition(d, acr)
}

// usesAcronym reports whether the document writes the acronym itself: a
// phrase whose initials happen to spell another document's acronym is no
// definition.
func usesAcronym(d *corpus.Document, acr string) bool {
	re := regexp.MustCompile(`\b` + acronymPattern(acr) + `(?:\b|$|\s)`)
	for _, l := range d.Lines {
		if re.MatchString(l) {
			return true
		}
	}
	return false
}

// acronymPattern matches an acronym as documents print it, with or without
// a dot after each letter ("PIPPI", "P.I.P.P.I", "P.I.P.P.I.").
func acronymPattern(acr string) string {
	var b strings.Builder
	for _, r := range acr {
		b.WriteString(regexp.QuoteMeta(string(r)))
		if unicode.IsLetter(r) {
			b.WriteString(`\.?`)
		}
	}
	return b.String()
}

// initialsDefinition finds, for an acronym of four letters or more that
// the document never spells out in parentheses, words whose initials spell
// it ("observatoire départemental de la protection de l'enfance" for
// ODPE). Shorter acronyms match too many phrases by chance.
func initialsDefinition(d *corpus.Document, acr string) (exp, quote string, line int, ok bool) {
	letters := []rune(strings.ToLower(corpus.Fold(acr)))
	if len(letters) < 4 || !usesAcronym(d, acr) {
		return "", "", 0, false
	}
	for i, l := range d.Lines {
		words := strings.Fields(emphasis.Replace(l))
		for start := range words {
			var used []string
			k := 0
			for j := start; j < len(words) && k < len(letters); j++ {
				w := strings.Trim(words[j], ",;:.()«»\"")
				// "l'enfance": the article is no word of its own.
				if a := strings.IndexAny(w, "'’"); a > 0 && a <= 2 {
					w = w[a+len(string([]rune(w[a:])[0])):]
				}
				if w == "" {
					break
				}
				// A small word counts when capitalised like the others
				// ("Programme d'Intervention Pour Prévenir…" for PIPPI).
				capital := unicode.IsUpper([]rune(w)[0]) && k > 0 && []rune(strings.ToLower(corpus.Fold(w)))[0] == letters[k]
				if retrieval.IsStop(strings.ToLower(w)) && !capital {
					if k == 0 {
						break
					}
					used = append(used, words[j])
					continue
				}
				if []rune(strings.ToLower(corpus.Fold(w)))[0] != letters[k] {
					break
				}
				used = append(used, words[j])
				k++
			}
			if k == len(letters) {
				exp = strings.Trim(strings.Join(used, " "), ",;:.()« »")
				for _, art := range []string{"l'", "l’", "d'", "d’"} {
					exp = strings.TrimPrefix(exp, art)
				}
				return exp, strings.TrimSpace(l), i + 1, true
			}
		}
	}
	return "", "", 0, false
}

// sectionAt names the section that holds a line.
func sectionAt(d *corpus.Document, line int) string {
	for _, f := range d.Fiches {
		if line >= f.Span.StartLine && line <= f.Span.EndLine {
			return "Fiche action n°" + f.ID
		}
	}
	name := ""
	for _, s := range d.Sections {
		if s.Span.StartLine <= line {
			name = s.Heading
		}
	}
	return name
}

// expansion returns what an acronym stands for in a document: its
// glossary's entry, or else its definition in the text ("Service Accueil
// en Protection de l'Enfance (APE)"); "" when the document gives none.
func (e *Engine) expansion(d *corpus.Document, acr string) string {
	key := d.ID + "\x00" + strings.ToUpper(acr)
	if v, ok := e.expansions.Load(key); ok {
		return v.(string)
	}
	exp := d.Expand(acr)
	if exp == "" && usesAcronym(d, strings.ToUpper(acr)) {
		exp, _, _, _ = inlineDefinition(d, strings.ToUpper(acr))
	}
	e.expansions.Store(key, exp)
	return exp
}

// searchExpansion is what an acronym of a question stands for when
// searching document d: its own glossary's expansion, or else the national
// one when d writes it out ("le nombre d'IP" in a schéma that writes
// "informations préoccupantes" and never "IP").
func (e *Engine) searchExpansion(d *corpus.Document, acr string) string {
	if exp := e.expansion(d, acr); exp != "" {
		return exp
	}
	exp := retrieval.NationalAcronym(acr)
	if exp == "" {
		return ""
	}
	key := d.ID + "\x00national\x00" + strings.ToUpper(acr)
	if v, ok := e.expansions.Load(key); ok {
		return v.(string)
	}
	if !strings.Contains(e.foldedText(d), " "+corpus.Fold(exp)) {
		exp = ""
	}
	e.expansions.Store(key, exp)
	return exp
}

// foldedText returns document d's text, folded, its lines joined.
func (e *Engine) foldedText(d *corpus.Document) string {
	key := d.ID + "\x00text"
	if v, ok := e.expansions.Load(key); ok {
		return v.(string)
	}
	t := " " + corpus.Fold(strings.Join(d.Lines, " "))
	e.expansions.Store(key, t)
	return t
}

// equivalentAnswer answers "et l'équivalent côté Isère ?" after a thread
// defined an acronym of another schéma: the entry of the schéma asked
// whose expansion holds most of the first one's words (Moselle's CDIP,
// "Cellule départementale des informations préoccupantes", is Isère's
// CRIP, "Cellule de recueil des informations préoccupantes").
func (e *Engine) equivalentAnswer(q *question, conv chat.Conversation) (answer, bool) {
	if len(q.Acronyms) > 0 || conv.Question == "" || conv.Doc == "" {
		return answer{}, false
	}
	// "And in Moselle?" after a definition, in a schéma that does not
	// use the acronym, asks for its counterpart there too.
	bare := !q.Equivalent && len(q.Docs) > 0 && !slices.Contains(q.Docs, conv.Doc) && q.Field == "" && !q.List &&
		len(q.Fiches) == 0 && q.Overview == "" && !e.hasTopic(q.Topic, q.Lang)
	if !q.Equivalent && !bare {
		return answer{}, false
	}
	prev := e.lastQuestion(q, conv)
	from := e.lib.Doc(conv.Doc)
	if !prev.Glossary || len(prev.Acronyms) != 1 || from == nil {
		return answer{}, false
	}
	if bare {
		for _, id := range q.Docs {
			if d := e.lib.Doc(id); d != nil && e.expansion(d, prev.Acronyms[0]) != "" {
				return answer{}, false
			}
		}
	}
	exp := e.expansion(from, prev.Acronyms[0])
	if exp == "" {
		return answer{}, false
	}
	w := e.weightsIn(exp, chat.French)
	// The schéma named, or else every other one.
	var targets []*corpus.Document
	for _, d := range e.lib.Docs {
		if d.ID != from.ID && (len(q.Docs) == 0 || slices.Contains(q.Docs, d.ID)) {
			targets = append(targets, d)
		}
	}
	var b strings.Builder
	var cites []chat.Citation
	focus := ""
	for _, d := range targets {
		best, bestScore := -1, 0.5
		for i, g := range d.Glossary {
			if s := coverage(w, termSet(g.Expansion)); s > bestScore {
				best, bestScore = i, s
			}
		}
		if best < 0 {
			continue
		}
		g := d.Glossary[best]
		if q.Lang == chat.English {
			fmt.Fprintf(&b, "The counterpart of **%s** (« %s », %s) in the schéma %s is **%s**: « %s ».\n", prev.Acronyms[0], exp, docLabel(from), docLabel(d), g.Acronym, g.Expansion)
		} else {
			fmt.Fprintf(&b, "L'équivalent de **%s** (« %s », %s) dans le schéma %s est **%s** : « %s ».\n", prev.Acronyms[0], exp, docLabel(from), docLabel(d), g.Acronym, g.Expansion)
		}
		cites = append(cites, chat.Citation{Doc: d.ID, Section: "Glossaire", Page: intPtr(g.Span.Page), Quote: g.Acronym + " : " + g.Expansion, Line: g.Span.StartLine})
		focus = d.ID
	}
	if len(cites) == 0 {
		return answer{}, false
	}
	return answer{Answer: chat.Answer{Text: strings.TrimSpace(b.String()), Found: true, Citations: cites}, focusDoc: focus}, true
}
