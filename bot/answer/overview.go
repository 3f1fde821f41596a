package answer

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"schemabot/bot/chat"
	"schemabot/bot/understand"
	"schemabot/corpus"
	"schemabot/retrieval"
)

// outsideAll reports years that no schéma's period reaches.
func outsideAll(docs []*corpus.Document, from, to int) bool {
	for _, d := range docs {
		if d.StartYear == 0 || from <= d.EndYear && to >= d.StartYear {
			return false
		}
	}
	return len(docs) > 0
}

func yearSpan(from, to int) string {
	if from == to {
		return fmt.Sprint(from)
	}
	return fmt.Sprintf("%d-%d", from, to)
}

// overviewAnswer answers questions on a schéma as a whole: its axes, its
// period, its editorial, the documents known.
func (e *Engine) overviewAnswer(q *question) (answer, bool) {
	var b strings.Builder
	var cites []chat.Citation
	docs := e.docsFor(q)
	kinds := q.Overviews
	if len(kinds) == 0 {
		kinds = []string{q.Overview}
	}
	for _, kind := range kinds {
		e.overviewFact(&b, &cites, q, kind, docs)
	}
	if len(cites) == 0 {
		return answer{}, false
	}
	a := answer{Answer: chat.Answer{Text: strings.TrimSpace(b.String()), Found: true, Citations: cites}}
	// "What does the plan say for 2024-2028?" of a schéma that ends in
	// 2023: its period is what it can say, and it says nothing of the
	// years asked.
	if slices.Contains(kinds, understand.OverviewPeriod) && len(kinds) == 1 && !q.From.IsZero() && outsideAll(docs, q.From.Year(), q.To.Year()) {
		if q.Lang == chat.English {
			fmt.Fprintf(&b, "\nIt plans nothing for %s.", yearSpan(q.From.Year(), q.To.Year()))
		} else {
			fmt.Fprintf(&b, "\nIl ne prévoit rien pour %s.", yearSpan(q.From.Year(), q.To.Year()))
		}
		a.Text = strings.TrimSpace(b.String())
		a.Found = false
	}
	if len(docs) == 1 {
		a.focusDoc = docs[0].ID
	}
	return a, true
}

// overviewFact writes one fact of the schémas as a whole.
func (e *Engine) overviewFact(b *strings.Builder, cites *[]chat.Citation, q *question, kind string, docs []*corpus.Document) {
	switch kind {
	case understand.OverviewAxes:
		aims := understand.AimsNamed(q.Folded)
		for _, d := range docs {
			// "Les finalités du schéma" where the document gives them a
			// part of their own: that part, not the axes.
			if s := aimsSection(d, aims); s != nil {
				quoteSection(b, cites, q, d, s, sectionWithParts(d, s), 900)
				// The axes follow: they are how the schéma works the
				// aims out.
			}
			if len(d.Axes) == 0 {
				continue
			}
			fmt.Fprintf(b, "**%s — %s**\n", docLabel(d), d.Title)
			if q.Count {
				kind := axisKind(d.Axes[0].Label(), len(d.Axes) > 1)
				// "Five orientations (14 fiches):": a count is written in
				// words, as a reader says it, with the fiches it holds.
				count := spelledCount(len(d.Axes), q.Lang)
				if q.Lang == chat.English {
					fmt.Fprintf(b, "%s %s (%d %s):\n", count, kind, len(d.Fiches), unitWord(d))
				} else {
					fmt.Fprintf(b, "%s %s (%d %s) :\n", count, kind, len(d.Fiches), unitWord(d))
				}
				// "Le schéma s'articule autour de cinq orientations": the
				// document's own words for the count, to check it by.
				if ln, text := countSentence(d, len(d.Axes), kind); text != "" {
					fmt.Fprintf(b, "> %s\n", text)
					*cites = append(*cites, chat.Citation{Doc: d.ID, Section: "", Quote: text, Line: ln})
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
				*cites = append(*cites, chat.Citation{Doc: d.ID, Section: a.Label(), Page: intPtr(a.Span.Page), Quote: a.Label(), Line: a.Span.StartLine})
			}
			b.WriteString("\n")
		}
	case understand.OverviewPeriod:
		for _, d := range docs {
			if d.Period() == "" {
				continue
			}
			if q.Lang == chat.English {
				fmt.Fprintf(b, "The schéma %s covers %d to %d (“%s”).\n", docLabel(d), d.StartYear, d.EndYear, d.Title)
			} else {
				fmt.Fprintf(b, "Le schéma %s couvre la période %d-%d (« %s »).\n", docLabel(d), d.StartYear, d.EndYear, d.Title)
			}
			*cites = append(*cites, chat.Citation{Doc: d.ID, Section: "Titre", Quote: d.Title, Line: d.TitleLine})
		}
	case understand.OverviewEditorial:
		for _, d := range docs {
			if d.Signatory == "" {
				continue
			}
			if q.Lang == chat.English {
				fmt.Fprintf(b, "The editorial of the schéma %s is signed by **%s**", docLabel(d), d.Signatory)
			} else {
				fmt.Fprintf(b, "L'éditorial du schéma %s est signé par **%s**", docLabel(d), d.Signatory)
			}
			if d.SignatoryRole != "" {
				fmt.Fprintf(b, ", %s", lowerFirst(d.SignatoryRole))
			}
			b.WriteString(".\n")
			quote := d.Signatory
			if d.SignatoryRole != "" {
				quote = d.SignatoryRole + "\n" + d.Signatory
			}
			section := "Éditorial"
			if ed := corpus.Editorial(d); ed != nil {
				section = ed.Heading
			}
			*cites = append(*cites, chat.Citation{Doc: d.ID, Section: section, Page: intPtr(d.SignatorySpan.Page), Quote: quote, Line: d.SignatorySpan.StartLine})
		}
	case understand.OverviewAdopted:
		for _, d := range docs {
			if d.Adopted == "" {
				continue
			}
			// A date in figures reads "adopté le 18 juin 2021"; a clause
			// in words ("en séance plénière du vingt-huit juin…") is quoted as it is.
			when := d.Adopted
			if r, _ := utf8.DecodeRuneInString(when); unicode.IsDigit(r) {
				when = "le " + when
			}
			if q.Lang == chat.English {
				fmt.Fprintf(b, "The schéma %s was adopted « %s ».\n", docLabel(d), when)
			} else {
				fmt.Fprintf(b, "Le schéma %s a été adopté %s.\n", docLabel(d), when)
			}
			*cites = append(*cites, chat.Citation{Doc: d.ID, Section: sectionAt(d, d.AdoptedSpan.StartLine), Quote: strings.TrimSpace(d.Text(d.AdoptedSpan)), Line: d.AdoptedSpan.StartLine})
		}
	case understand.OverviewMethod:
		// How the schéma was made: the sections whose heading says so
		// ("Méthode d'élaboration", "La méthodologie employée", "La
		// démarche"), their first paragraphs quoted.
		for _, d := range docs {
			for i, s := range d.Sections {
				h := corpus.Fold(s.Heading)
				if !(strings.Contains(h, "method") || strings.Contains(h, "elaboration") || strings.Contains(h, "demarche") || strings.Contains(h, "concertation")) || s.Text == "" {
					continue
				}
				text := quoteSection(b, cites, q, d, &d.Sections[i], s.Text, 700)
				e.methodDetails(b, cites, q, d, d.Sections[i:], text)
				break
			}
		}
	case understand.OverviewDocs, understand.OverviewFiches:
		list := e.lib.Docs
		if q.Overview == understand.OverviewFiches {
			list = docs
		}
		for _, d := range list {
			if q.Lang == chat.English {
				fmt.Fprintf(b, "- %s: “%s”, %d %s\n", docLabel(d), d.Title, len(d.Fiches), unitWord(d))
			} else {
				fmt.Fprintf(b, "- %s : « %s », %d %s\n", docLabel(d), d.Title, len(d.Fiches), unitWord(d))
			}
			*cites = append(*cites, chat.Citation{Doc: d.ID, Section: "Titre", Quote: d.Title, Line: d.TitleLine})
		}
	}
}

// namesAimsSection reports a question that names the aims of a schéma by
// a word a part of one of its documents is headed with.
func (e *Engine) namesAimsSection(q *question) bool {
	aims := understand.AimsNamed(q.Folded)
	if len(aims) == 0 {
		return false
	}
	for _, d := range e.docsFor(q) {
		if aimsSection(d, aims) != nil {
			return true
		}
	}
	return false
}

// aimsSection returns the narrative part of d whose heading names one of
// the aim words ("Les finalités du Schéma…") and that has text, nil when
// none does.
func aimsSection(d *corpus.Document, aims []string) *corpus.Section {
	for _, w := range aims {
		want := retrieval.Terms(w)
		if len(want) == 0 {
			continue
		}
		for i := range d.Sections {
			s := &d.Sections[i]
			h := termSet(s.Heading)
			// "PARTIE 3 – ENJEUX ET FICHES-ACTIONS" holds the plan of
			// actions, not the aims.
			if s.Text != "" && h[want[0]] && !slices.ContainsFunc(retrieval.Terms("fiches actions"), func(t string) bool { return h[t] }) {
				return s
			}
		}
	}
	return nil
}

// quoteSection writes text, of part s of d, cut to most runes, as a
// quote under the part's heading, cites it and returns what it quoted.
func quoteSection(b *strings.Builder, cites *[]chat.Citation, q *question, d *corpus.Document, s *corpus.Section, text string, most int) string {
	if r := []rune(text); len(r) > most {
		text = string(r[:most]) + "…"
	}
	if q.Lang == chat.English {
		fmt.Fprintf(b, "From the schéma %s (%s):\n> %s\n\n", docLabel(d), s.Heading, strings.ReplaceAll(text, "\n", "\n> "))
	} else {
		fmt.Fprintf(b, "D'après le schéma %s (%s) :\n> %s\n\n", docLabel(d), s.Heading, strings.ReplaceAll(text, "\n", "\n> "))
	}
	*cites = append(*cites, chat.Citation{Doc: d.ID, Section: s.Heading, Page: intPtr(s.Span.Page), Quote: text, Line: s.Span.StartLine})
	return text
}

// sectionWithParts returns the text of s and of the parts under it, each
// under its heading: "Les finalités du schéma" announces three priorities
// that its sub-parts set out.
func sectionWithParts(d *corpus.Document, s *corpus.Section) string {
	parts := []string{s.Text}
	for _, sub := range d.Sections {
		if len(sub.Path) >= 2 && slices.Contains(sub.Path[:len(sub.Path)-1], s.Heading) && sub.Heading != s.Heading {
			parts = append(parts, sub.Heading)
			if sub.Text != "" {
				parts = append(parts, sub.Text)
			}
		}
	}
	return strings.Join(parts, "\n")
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
		// "Orientation A", "Axe IV": the letter or numeral numbers it.
		if w[0] >= '0' && w[0] <= '9' || w == ":" || strings.HasPrefix(w, "n°") || len(words) > 0 && reAxisNumeral.MatchString(w) {
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

// methodSpan is how many sections after its heading a schéma's account of
// its making may run over (its phases, the bodies consulted).
const methodSpan = 12

// reStep is a heading that numbers a step: "Phase 1 : État des lieux",
// "Étape 2 - Évaluation".
var reStep = regexp.MustCompile(`^(\p{L}+)\s*(\d{1,2})\s*[:.–—-]`)

// methodDetails adds to a method answer what the sections after the method
// heading say: the steps they number ("Phase 1…", "Phase 2…"), and the
// sentences that hold what the question asks besides the method ("y a eu
// un cabinet ?", "how many people answered the barometer?"). quoted is what
// the answer already quotes.
func (e *Engine) methodDetails(b *strings.Builder, cites *[]chat.Citation, q *question, d *corpus.Document, sections []corpus.Section, quoted string) {
	if len(sections) > methodSpan {
		sections = sections[:methodSpan]
	}
	// Steps: at least two lines numbered under one word, headings or not
	// ("Phase 3 : …" may be read as text).
	first := sections[0].Span.StartLine
	last := sections[len(sections)-1].Span.EndLine
	type step struct {
		text string
		line int
	}
	words := map[string][]step{}
	var order []string
	for n := first; n <= last && n <= len(d.Lines); n++ {
		line := strings.Trim(strings.TrimSpace(d.Lines[n-1]), "*#_ ")
		m := reStep.FindStringSubmatch(line)
		if m == nil || utf8.RuneCountInString(line) > 160 {
			continue
		}
		w := corpus.Fold(m[1])
		if len(words[w]) == 0 {
			order = append(order, w)
		}
		words[w] = append(words[w], step{line, n})
	}
	listed := map[string]bool{}
	for _, w := range order {
		steps := words[w]
		if len(steps) < 2 {
			continue
		}
		for _, st := range steps {
			fmt.Fprintf(b, "- %s\n", st.text)
			*cites = append(*cites, chat.Citation{Doc: d.ID, Section: sections[0].Heading, Page: intPtr(pageAt(sections, st.line)), Quote: st.text, Line: st.line})
			listed[corpus.Fold(st.text)] = true
		}
		b.WriteString("\n")
		break
	}
	// The parts of the account the document sets apart under headings
	// ("LES CONFÉRENCES DE TERRITOIRE", "La constitution d'un comité des
	// usagers"): what the making of the schéma involved.
	parent := sections[0].Path
	if len(parent) > 1 {
		parent = parent[:len(parent)-1]
	}
	var parts []corpus.Section
	for _, s := range sections[1:] {
		if len(s.Path) <= len(parent) || !slices.Equal(s.Path[:len(parent)], parent) {
			break
		}
		h := strings.Trim(strings.TrimSpace(s.Heading), "*#_ ")
		if h == "" || listed[corpus.Fold(h)] || reStep.MatchString(h) || utf8.RuneCountInString(h) > 160 {
			continue
		}
		listed[corpus.Fold(h)] = true
		parts = append(parts, s)
	}
	if len(parts) > 0 {
		for _, s := range parts[:min(6, len(parts))] {
			fmt.Fprintf(b, "- %s\n", strings.Trim(strings.TrimSpace(s.Heading), "*#_ "))
			*cites = append(*cites, chat.Citation{Doc: d.ID, Section: s.Heading, Page: intPtr(s.Span.Page), Quote: s.Heading, Line: s.Span.StartLine})
		}
		b.WriteString("\n")
	}
	// The means the account names (a survey, conferences, a users'
	// committee, a consultancy): how people were consulted is what a
	// question on the making of a schéma wants to know.
	var means int
	for _, s := range sections {
		for _, sent := range sentences(s.Text) {
			if means == 5 {
				break
			}
			folded := corpus.Fold(strings.Trim(sent, "*#_- "))
			if strings.Contains(quoted, sent) || listed[folded] || strings.HasSuffix(sent, ":") || !understand.NamesMeans(sent) {
				continue
			}
			listed[folded] = true
			text := strings.Trim(sent, "*#_- ")
			if r := []rune(text); len(r) > 240 {
				text = string(r[:240]) + "…"
			}
			fmt.Fprintf(b, "- %s\n", text)
			*cites = append(*cites, chat.Citation{Doc: d.ID, Section: s.Heading, Page: intPtr(s.Span.Page), Quote: text, Line: s.Span.StartLine})
			means++
		}
	}
	if means > 0 {
		b.WriteString("\n")
	}
	// Sentences on what else the question names.
	want := termSet(retrieval.Translate(q.Topic))
	for _, t := range understand.ContentTerms(q.Topic, q.Acronyms) {
		want[t] = true
	}
	for t := range want {
		if methodWords[t] {
			delete(want, t)
		}
	}
	if len(want) == 0 {
		return
	}
	type hit struct {
		text string
		s    corpus.Section
		n    int
	}
	var hits []hit
	for _, s := range sections {
		for _, sent := range sentences(s.Text) {
			if strings.Contains(quoted, sent) {
				continue
			}
			n := 0
			for t := range termSet(sent) {
				if want[t] {
					n++
				}
			}
			if n > 0 {
				hits = append(hits, hit{sent, s, n})
			}
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].n > hits[j].n })
	for _, h := range hits[:min(2, len(hits))] {
		fmt.Fprintf(b, "> %s\n\n", h.text)
		*cites = append(*cites, chat.Citation{Doc: d.ID, Section: h.s.Heading, Page: intPtr(h.s.Span.Page), Quote: h.text, Line: h.s.Span.StartLine})
	}
}

// methodWords are the analysed terms that ask how a schéma was made, not
// for a detail of it.
var methodWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range retrieval.Terms("comment elabore elaboration methode methodologie demarche schema plan put together made built drawn up how was it") {
		m[w] = true
	}
	return m
}()

// pageAt is the page of the section that holds a line, 0 when unknown.
func pageAt(sections []corpus.Section, line int) int {
	page := 0
	for _, s := range sections {
		if s.Span.StartLine <= line {
			page = s.Span.Page
		}
	}
	return page
}

// reAxisNumeral is a letter or a Roman numeral that numbers an axis.
var reAxisNumeral = regexp.MustCompile(`^(?:[A-Z]|[IVXL]{1,5})[.:]?$`)

// unitNouns are the words documents call their fiches by, besides
// "fiche", folded: "Engagement A1", "Chantier 2.3", "Projet P4".
var unitNouns = []string{"action", "engagement", "chantier", "projet", "mesure", "levier", "operation"}

// unitWord is what a document calls its fiches, in the plural: "fiches
// action", or "actions", "engagements", "chantiers" when its headings read
// "Action 2.3 …", "Engagement A1 …".
func unitWord(d *corpus.Document) string {
	if len(d.Fiches) == 0 {
		return "fiches action"
	}
	if l := d.Fiches[0].Span.StartLine; l >= 1 && l <= len(d.Lines) {
		h := strings.TrimLeft(corpus.Fold(d.Lines[l-1]), "#*-|> ")
		for _, n := range unitNouns {
			if strings.HasPrefix(h, n) {
				return n + "s"
			}
		}
	}
	return "fiches action"
}

// countWords are the numbers a schéma writes in words, from 1.
var countWords = [][]string{nil, {"un", "une", "one"}, {"deux", "two"}, {"trois", "three"}, {"quatre", "four"}, {"cinq", "five"},
	{"six"}, {"sept", "seven"}, {"huit", "eight"}, {"neuf", "nine"}, {"dix", "ten"}, {"onze", "eleven"}, {"douze", "twelve"},
	{"treize", "thirteen"}, {"quatorze", "fourteen"}, {"quinze", "fifteen"}, {"seize", "sixteen"}}

// countSentence returns the first sentence of the document that states
// how many units of a kind it has ("cinq orientations", "4 axes"), and its
// line; "" when none does.
func countSentence(d *corpus.Document, n int, kind string) (int, string) {
	words := []string{strconv.Itoa(n)}
	if n < len(countWords) {
		words = append(words, countWords[n]...)
	}
	stem := strings.TrimSuffix(corpus.Fold(kind), "s")
	if len(stem) < 3 {
		return 0, ""
	}
	re, err := regexp.Compile(`\b(?:` + strings.Join(words, "|") + `)\s+(?:(?:grandes?|principales?|grands?|main|big|major|strategic|strategiques?)\s+)?` + regexp.QuoteMeta(stem) + `s?\b`)
	if err != nil {
		return 0, ""
	}
	for i, line := range d.Lines {
		if utf8.RuneCountInString(line) > 400 {
			continue
		}
		if re.MatchString(corpus.Fold(line)) {
			return i + 1, strings.TrimSpace(strings.TrimLeft(line, "#*-• "))
		}
	}
	return 0, ""
}

// spelledCount writes a small count in words, capitalised ("Cinq",
// "Five"), and a larger one in digits.
func spelledCount(n int, lang string) string {
	if n < 1 || n >= len(countWords) {
		return strconv.Itoa(n)
	}
	w := countWords[n][0]
	if lang == chat.English {
		w = countWords[n][len(countWords[n])-1]
	}
	return strings.ToUpper(w[:1]) + w[1:]
}
