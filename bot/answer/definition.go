package answer

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"schemabot/bot/chat"
	"schemabot/bot/understand"
	"schemabot/corpus"
	"schemabot/retrieval"
)

// Schémas define the terms of their trade that are no acronyms in running
// text, not in their glossary: "… des conférences familiales, à savoir des
// réunions regroupant…", "le concept de « méta-besoin » comme un besoin
// englobant…", "Constitué de parents et de jeunes…, le comité…". A
// question asking what such a term means is answered by the sentence that
// defines it.

// defineAfter are the words that, right after a term, say what it is.
var defineAfter = []string{
	"a savoir", "c'est-a-dire", "c'est a dire", "autrement dit", "designe", "designent", "consiste", "consistent",
	"correspond a", "correspondent a", "se definit", "se definissent", "defini comme", "definie comme", "definis comme",
	"definies comme", "comme un ", "comme une ", "comme des ", "est un ", "est une ", "sont des ", "sont comptabilises",
	"est comptabilise", "recouvre", "recouvrent", "englobe", "englobent", "qui designe", "qui consiste", "qui regroupe",
	"qui regroupent", "qui reunit", "qui reunissent", "qui rassemble", "qui rassemblent", "regroupant", "reunissant",
	"rassemblant", "regroupe ", "regroupent ", "reunit ", "reunissent ", "rassemble ", "rassemblent ", "s'entend",
	"s'entendent",
}

// composedAfter are the words that, right after a term, say what it is
// made of.
var composedAfter = []string{"compose de", "composee de", "composes de", "composees de", "compose d'", "composee d'",
	"constitue de", "constituee de", "constitues de", "constituees de", "constitue d'", "constituee d'", "reunit",
	"reunissant", "regroupe", "regroupant", "rassemble", "rassemblant", "associe", "associant", "qui reunit",
	"qui regroupe", "qui rassemble", "qui associe", "comprend", "comprenant"}

// defineBefore are the words that, right before a term, announce its
// definition.
var defineBefore = []string{"le concept de", "la notion de", "on entend par", "l'on entend par", "on appelle",
	"l'on appelle", "ce que l'on appelle", "dits", "dites", "dit", "dite", "appele", "appelee", "appeles", "appelees",
	"denomme", "denommee", "denommes", "denommees"}

// composedOpen opens a sentence that says what its subject is made of:
// "Constitué de parents et de jeunes…, le comité s'est réuni…".
var composedOpen = []string{"constitue de", "constituee de", "constitues de", "constituees de", "constitue d'",
	"constituee d'", "compose de", "composee de", "composes de", "composees de", "compose d'", "composee d'"}

// genericTerm are the words that name the documents' own parts, which a
// question asking "what is the schéma?" names without asking a term.
var genericTerm = map[string]bool{}

func init() {
	for _, w := range []string{"schema", "fiche", "fiches", "plan", "document", "departement", "action", "actions",
		"orientation", "axe", "objectif", "mesure", "ca", "cela", "quoi"} {
		genericTerm[retrieval.Stem(w)] = true
	}
}

// reToken is a word of folded text, with its elided article if any.
var reToken = regexp.MustCompile(`[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)?`)

// definitionAnswer answers a question that asks what a term means, when
// the term is no acronym, with the sentence of the documents that defines
// it; false when the question asks something else or no sentence defines
// the term.
func (e *Engine) definitionAnswer(q *question) (answer, bool) {
	if q.Glossary || len(q.Fiches) > 0 || q.List || q.Count || q.Overview != "" || q.Axis != 0 ||
		q.Field != "" && q.Field != retrieval.FieldSummary && (q.Field != retrieval.FieldPartners || !understand.AsksComposition(q.Folded)) ||
		!understand.AsksMeaning(q.Folded) && !understand.AsksComposition(q.Folded) ||
		q.WantsNumber || q.WantsMoney || q.WantsDate || q.WantsContact || q.WantsName || q.WantsPlace {
		return answer{}, false
	}
	term, name := e.termAsked(q)
	if len(term) == 0 {
		return answer{}, false
	}
	var b strings.Builder
	var cites []chat.Citation
	for _, d := range e.docsFor(q) {
		line, sentence, said, ok := definingSentence(d, term, understand.AsksComposition(q.Folded))
		if !ok {
			continue
		}
		if name == "" {
			name = said
		}
		c := chat.Citation{Doc: d.ID, Section: sectionAt(d, line), Quote: sentence, Line: line}
		for _, f := range d.Fiches {
			if line >= f.Span.StartLine && line <= f.Span.EndLine {
				c.Fiche, c.Page, c.Section = &f.ID, intPtr(f.Page), ""
				break
			}
		}
		if c.Page == nil {
			for _, s := range d.Sections {
				if s.Span.StartLine <= line && s.Span.Page > 0 {
					c.Page = intPtr(s.Span.Page)
				}
			}
		}
		where := c.Section
		if c.Fiche != nil {
			where = "fiche " + *c.Fiche
		}
		if where != "" {
			where = " (" + where + ")"
		}
		// The term is named, as the sentence may call it by its head
		// only ("le comité s'est réuni…").
		if q.Lang == chat.English {
			fmt.Fprintf(&b, "**%s** — from the schéma %s%s:\n> %s\n", name, docLabel(d), where, sentence)
		} else {
			fmt.Fprintf(&b, "**%s** — d'après le schéma %s%s :\n> %s\n", name, docLabel(d), where, sentence)
		}
		if c.Page != nil {
			fmt.Fprintf(&b, "_p. %d_\n", *c.Page)
		}
		b.WriteString("\n")
		cites = append(cites, c)
	}
	if len(cites) == 0 {
		return answer{}, false
	}
	a := answer{Answer: chat.Answer{Text: strings.TrimSpace(b.String()), Found: true, Citations: cites}, focusDoc: cites[0].Doc, settled: true}
	if cites[0].Fiche != nil {
		a.focusFiche = *cites[0].Fiche
	}
	return a, true
}

// termAsked returns the stems of the term a question asks the meaning of:
// the words it quotes, or else every meaningful word of its topic; nil
// when that is no term (nothing left, or only the names of the documents'
// parts).
func (e *Engine) termAsked(q *question) (term []string, name string) {
	for _, m := range reQuoted.FindAllStringSubmatch(q.Raw, -1) {
		if t := retrieval.Terms(m[1]); len(t) > 0 && len(t) <= 5 {
			term, name = t, strings.TrimSpace(m[1])
			break
		}
	}
	if term == nil && q.Lang == chat.English && len(q.Docs) == 0 {
		// "What's the boarding school scheme about?": the term is the
		// French the English words stand for ("internat scolaire"), its
		// first reading; words the vocabulary leaves out name nothing.
		// Asked of one schéma, the fiche the term names answers instead
		// (ficheOnTopic).
		french, rest := retrieval.Translations(q.Topic)
		if len(french) == 1 && len(retrieval.Terms(e.withoutEnglish(rest))) == 0 {
			first, _, _ := strings.Cut(french[0], "|")
			term = retrieval.Terms(first)
			name = strings.TrimSpace(first)
		}
	}
	if term == nil {
		// A French word that is English as well ("conférences") comes
		// back from the translation a second time: once is the term.
		for _, t := range retrieval.Terms(retrieval.Translate(q.Topic)) {
			term = understand.AppendUnique(term, t)
		}
		name = surfaceOf(q.Raw, term)
	}
	if len(term) == 0 || len(term) > 4 || !slices.ContainsFunc(term, func(s string) bool { return !genericTerm[s] }) {
		return nil, ""
	}
	return term, name
}

// surfaceOf returns the words of text that the term's stems stand for, in
// a row as text writes them ("comité des usagers"), or "".
func surfaceOf(text string, term []string) string {
	if len(term) == 0 {
		return ""
	}
	toks := reToken.FindAllStringIndex(text, -1)
	folded := reToken.FindAllString(corpus.Fold(strings.ToLower(text)), -1)
	if len(folded) != len(toks) {
		return ""
	}
	for i := range folded {
		j, k := i, 0
		for j < len(folded) && k < len(term) {
			w := folded[j]
			if n := strings.IndexAny(w, "'’"); n > 0 {
				w = w[n+1:]
			}
			if retrieval.Stem(w) == term[k] {
				k++
			} else if k == 0 || !retrieval.IsStop(w) {
				break
			}
			j++
		}
		if k == len(term) {
			return text[toks[i][0]:toks[j-1][1]]
		}
	}
	return ""
}

// definingSentence finds the first sentence of d that holds the term, its
// words in a row, and defines it; its line (1-based) and text.
// With composed, only a sentence that says what the term is made of
// defines it.
func definingSentence(d *corpus.Document, term []string, composed bool) (line int, sentence, name string, ok bool) {
	// A stem is not always the start of the word ("conférences" stems
	// "conferent"), but its first letters are.
	head := term[0][:min(4, len(term[0]))]
	for i, l := range d.Lines {
		if !strings.Contains(corpus.Fold(strings.ToLower(l)), head) {
			continue
		}
		for _, s := range corpus.Sentences(emphasis.Replace(l)) {
			if ok, first, last := defines(corpus.Fold(strings.ToLower(s)), term, composed); ok {
				// Folding keeps the words apart where they were: the
				// term's words are the same tokens of the sentence.
				if toks := reToken.FindAllStringIndex(s, -1); last < len(toks) {
					name = s[toks[first][0]:toks[last][1]]
				}
				return i + 1, strings.TrimLeft(s, "-•* "), name, true
			}
		}
	}
	return 0, "", "", false
}

// defines reports whether a folded sentence holds the term's words in a row
// with words around them that define it (with composed, that say what it
// is made of).
func defines(f string, term []string, composed bool) (ok bool, first, last int) {
	toks := reToken.FindAllStringIndex(f, -1)
	// The meaningful words of the sentence, with where each stands.
	type word struct {
		stem       string
		start, end int
		tok        int // its index in toks
	}
	var ws []word
	for k, t := range toks {
		w := f[t[0]:t[1]]
		if k := strings.IndexAny(w, "'’"); k > 0 {
			w = w[k+len(string([]rune(w[k:])[0])):]
		}
		if retrieval.IsStop(w) {
			continue
		}
		ws = append(ws, word{retrieval.Stem(w), t[0], t[1], k})
	}
	for i := 0; i+len(term) <= len(ws); i++ {
		match := true
		for j, s := range term {
			if ws[i+j].stem != s {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		start, end := ws[i].start, ws[i+len(term)-1].end
		first, last = ws[i].tok, ws[i+len(term)-1].tok
		after := strings.TrimLeft(f[end:], " »\"”’'")
		// "Hors les murs : accueils…": a line that opens on the term and a
		// colon defines it; a colon or a bracket further on introduces a
		// detail ("une maison des fratries (12 places)").
		if strings.HasPrefix(after, ":") && strings.Trim(f[:start], " -•*«\"“'‘") == "" {
			return true, first, last
		}
		after = strings.TrimLeft(after, ", ")
		cues := defineAfter
		if composed {
			cues = composedAfter
		}
		for _, c := range cues {
			if strings.HasPrefix(after, c) {
				return true, first, last
			}
		}
		before := strings.TrimRight(f[:start], " «\"“'‘")
		for _, c := range defineBefore {
			if composed {
				break
			}
			if strings.HasSuffix(before, " "+c) || before == c {
				return true, first, last
			}
		}
	}
	// "Constitué de parents…, le comité…": a sentence that opens on what
	// its subject is made of, the subject after the first comma being the
	// term's head.
	if slices.ContainsFunc(composedOpen, func(c string) bool { return strings.HasPrefix(f, c) }) {
		if comma := strings.IndexByte(f, ','); comma > 0 {
			for _, w := range ws {
				if w.start > comma {
					return w.stem == term[0], w.tok, w.tok
				}
			}
		}
	}
	return false, 0, 0
}
