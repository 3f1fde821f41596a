package answer

import (
	"context"
	"errors"
	"fmt"
	"maps"
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

var (
	// A quantity: a number that is not a year, a date or a reference.
	reQuantity   = regexp.MustCompile(`(?i)(?:^|[^\p{L}\d/.,])(\d[\d  .]*(?:[,.]\d+)?)\s*(%|€|euros?|millions?|milliards?|\p{L})`)
	reYear       = regexp.MustCompile(`\b(19|20)\d\d\b`)
	reLawDate    = regexp.MustCompile(`(?i)\b(?:lois?|d[ée]crets?|ordonnances?|arr[êe]t[ée]s?|circulaires?|instructions?)\s+(?:n°\s*[\d-]+\s+)?du\s+\d{1,2}(?:er)?\s+\p{L}+\s+(?:19|20)\d\d\b`)
	reDateish    = regexp.MustCompile(`(?i)\b(` + corpus.FrenchMonthNames + `|semestre|trimestre)\b|\b(19|20)\d\d\b`)
	reFullDate   = regexp.MustCompile(`(?i)\b(` + corpus.FrenchMonthNames + `)\b`)
	reMonthAfter = regexp.MustCompile(`(?i)^(` + corpus.FrenchMonthNames + `|er )`)
	reAddress    = regexp.MustCompile(`(?i)\b\d{1,4}\s*(bis|ter)?,?\s+(rue|avenue|av\.|boulevard|bd|place|chemin|route|allée|allee|quai|impasse|cours)\b|\b\d{5}\s+\p{Lu}`)
	reContact    = regexp.MustCompile(`(?i)\b0\d(?:[ .]?\d\d){4}\b|\+33\s?\d|[\w.+-]+@[\w-]+\.[\w.]+`)
	// A person: "M. Dupont", "Jean-Pierre BARBIER", or a name followed by
	// the office held ("Adrien Taquet, secrétaire d'Etat").
	rePerson = regexp.MustCompile(`\b(?:M\.|Mme|Monsieur|Madame|Dr)\s+\p{Lu}|\b(\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}{2,}\b|\b\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+\**,\s+(?:le\s+|la\s+)?(?i:secrétaire|ministre|président|présidente|directeur|directrice|chef|cheffe|maire|député)`)
	// notFirstNames open the names of services ("Service PMI", "Cellule CRIP").
	notFirstNames = map[string]bool{"Service": true, "Direction": true, "Département": true, "Cellule": true, "Chef": true,
		"Pôle": true, "Mission": true, "Conseil": true, "Maison": true, "Centre": true, "Équipe": true, "Equipe": true,
		"Médecin": true, "Référent": true, "Référente": true, "Réseau": true, "Comité": true, "Commission": true, "Schéma": true,
		"Fiche": true, "Action": true, "Axe": true, "Orientation": true, "Objectif": true, "Loi": true, "Plan": true, "Sous-Direction": true}
	reRefNum = regexp.MustCompile(`(?i)(loi|décret|decret|article|art\.|n°|fiche|action|orientation|objectif|page|p\.|axe|axis|atelier|phase|étape|etape|niveau|annexe|partie|chapitre|titre|volet)\s*(du\s+)?(?:[A-Z]\.?\s?)?\d[\d./-]*`)
)

// hasPerson reports a person's name in s: a civility and a name, a first
// name and a surname in capitals, or a name and the office held.
func hasPerson(s string) bool {
	for _, m := range rePerson.FindAllStringSubmatch(s, -1) {
		if m[1] == "" || !notFirstNames[m[1]] {
			return true
		}
	}
	return false
}

// namesTown reports a sentence that names a place by its proper name: a
// capitalised word that is no French word ("Thionville", "Sarrebourg",
// but not "Département" or "Conférence"), no acronym, and no
// département's name (the schéma's own, "Moselle", is everywhere).
func namesTown(s string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	for i, w := range words {
		r := []rune(w)
		if len(r) < 3 || !unicode.IsUpper(r[0]) || !unicode.IsLower(r[1]) || retrieval.IsStop(strings.ToLower(w)) {
			continue
		}
		// A sentence's first word is capitalised anyway; a list item's
		// short label before its colon is a name ("Thionville : vendredi…",
		// "Metz Orne secteur rural : lundi…").
		if head, _, ok := strings.Cut(s, " : "); i == 0 && (!ok || utf8.RuneCountInString(head) > 40) {
			continue
		}
		if _, dept := corpus.DepartementCode(w); !dept && !retrieval.FrenchWord(retrieval.Stem(corpus.Fold(strings.ToLower(w)))) {
			return true
		}
	}
	return false
}

// reYearSpan is a span of years: "2020-2024", "de 2019 à 2023".
var reYearSpan = regexp.MustCompile(`\b((?:19|20)\d\d)\s*(?:-|–|à|a|to)\s*((?:19|20)\d\d)\b`)

// mentionsYear reports whether s names year y or a span of years holding it.
func mentionsYear(s string, y int) bool {
	if strings.Contains(s, strconv.Itoa(y)) {
		return true
	}
	for _, m := range reYearSpan.FindAllStringSubmatch(s, -1) {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		if a <= y && y <= b {
			return true
		}
	}
	return false
}

// hasQuantity reports a number that counts something. Unless durations
// are asked for, ages and durations ("moins de 21 ans", "72h") do not
// count; when money is asked for, only sums of money do.
func hasQuantity(s string, durations, money bool) bool {
	clean := reRefNum.ReplaceAllString(s, " ")
	for _, m := range reQuantity.FindAllStringSubmatch(clean, -1) {
		n := strings.TrimSpace(strings.ReplaceAll(m[1], " ", ""))
		if len(n) == 4 && (strings.HasPrefix(n, "19") || strings.HasPrefix(n, "20")) && m[2] != "%" {
			continue // a year
		}
		after := clean[strings.Index(clean, m[0])+len(m[0])-len(m[2]):]
		if reMonthAfter.MatchString(after) {
			continue // a day: "27 juin"
		}
		if !durations && reDurationAfter.MatchString(after) {
			continue
		}
		if money && !reMoneyAfter.MatchString(after) {
			continue
		}
		return true
	}
	// "Enfants confiés à l'ASE : 1 094": a key figure after its label,
	// as infographics read once converted.
	if m := reLabelledFigure.FindStringSubmatch(clean); m != nil && !money {
		n := strings.ReplaceAll(strings.ReplaceAll(m[1], " ", ""), "\u00a0", "")
		if !(len(n) == 4 && (strings.HasPrefix(n, "19") || strings.HasPrefix(n, "20"))) {
			return true
		}
	}
	// "à trois reprises", "deux fois plus": counts written in words.
	return !money && reNumberWord.MatchString(clean)
}

var reLabelledFigure = regexp.MustCompile(`\p{L}[^:]*:\s*(\d[\d \x{00a0}]*(?:[,.]\d+)?)\s*%?\s*(?:$|[—–(;])`)

var reNumberWord = regexp.MustCompile(`(?i)\b(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|cent|mille|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|thousand)\s+(reprises|fois|times|\p{L}{3,})`)

var (
	reDurationAfter = regexp.MustCompile(`(?i)^(ans?|années?|mois|jours?|semaines?|heures?|h|min|minutes?)\b`)
	reMoneyAfter    = regexp.MustCompile(`(?i)^(€|euros?|k€|m€|millions? d['’]euros|millions? €|milliards?)`)
)

// sentences splits a passage into its sentences and list lines.
func sentences(text string) []string { return corpus.Sentences(text) }

type scoredSentence struct {
	hit   retrieval.Hit
	text  string
	score float64
	order int  // position in the passage, to quote sentences in the document's order
	item  bool // an item of the list the sentence before announces
	// context is what qualifies the sentence besides its own words: its
	// chunk's headings and the short dated line that leads it.
	context string
	// lead is the short dated line that leads the sentence and dates it
	// ("Au 31 décembre 2022, … les caractéristiques suivantes :"), when
	// the question asks a figure of that year; it is quoted with it.
	lead string
}

// withNumber adds to terms their other grammatical number where the
// documents use it: the stemmer keeps short plurals ("lois", "lieux"), and
// "quelles lois…" is answered by a line that names one "loi".
func (e *Engine) withNumber(terms []string) []string {
	out := slices.Clone(terms)
	for _, t := range terms {
		for _, v := range []string{strings.TrimSuffix(t, "s"), strings.TrimSuffix(t, "x"), t + "s", t + "x"} {
			if v != t && len(v) >= 3 && e.ix.HasTerm(v) && !slices.Contains(out, v) {
				out = append(out, v)
			}
		}
	}
	return out
}

// pickSentences keeps the sentences that answer: those of the best passage
// close to the best score, in the document's order, then the best sentence
// of one more passage when it is about as good.
func pickSentences(ss []scoredSentence) []scoredSentence {
	best := ss[0].score
	first := ss[0].hit.Chunk.ID
	var picked []scoredSentence
	// The items of one list answer together ("Thionville : …", "Sarrebourg
	// : …", … under "LES CONFÉRENCES DE TERRITOIRE"): up to eight of them.
	most := 3
	if ss[0].item {
		most = 8
	}
	for _, s := range ss {
		if s.hit.Chunk.ID == first && s.score >= 0.8*best && len(picked) < most && (len(picked) < 3 || s.item) {
			picked = append(picked, s)
		}
	}
	sort.Slice(picked, func(i, j int) bool { return picked[i].order < picked[j].order })
	for _, s := range ss {
		if s.hit.Chunk.ID != first && s.score >= 0.9*best {
			picked = append(picked, s)
			break
		}
	}
	return picked
}

// contextAnswer completes the answer to "why this fiche?" when the fiche
// has no diagnostic of its own (Isère's have none): the passage of the
// document's chapters that best matches the fiche's title, cited.
func (e *Engine) contextAnswer(ctx context.Context, q *question, empty answer) (answer, bool) {
	var d *corpus.Document
	var f *corpus.Fiche
	for _, doc := range e.docsFor(q) {
		if ff := doc.Fiche(q.Fiches[0]); ff != nil {
			if f != nil {
				return answer{}, false // two documents: the plain answer says which has what
			}
			d, f = doc, ff
		}
	}
	if f == nil || len(q.Fiches) != 1 {
		return answer{}, false
	}
	sub := &question{Question: understand.Question{Raw: f.Title, Lang: q.Lang, Docs: []string{d.ID}, Topic: f.Title, Narrative: true}}
	// Sentences, not the lists of fiche titles the chapters also hold.
	var ss []scoredSentence
	isTitle := func(text string) bool {
		t := corpus.Fold(strings.TrimRight(text, " ."))
		for _, other := range d.Fiches {
			if strings.Contains(t, corpus.Fold(other.Title)) {
				return true
			}
		}
		return false
	}
	for _, s := range e.rankSentences(ctx, sub, f.Title) {
		if utf8.RuneCountInString(s.text) >= 60 && !isTitle(s.text) && s.score >= e.params.PassageFound {
			ss = append(ss, s)
		}
	}
	if len(ss) == 0 {
		return answer{}, false
	}
	ss = ss[:min(2, len(ss))]
	var b strings.Builder
	b.WriteString(empty.Text + "\n\n")
	if q.Lang == chat.English {
		b.WriteString("The schéma explains the context in its chapters:\n")
	} else {
		b.WriteString("Le schéma en expose le contexte dans ses chapitres :\n")
	}
	var cites []chat.Citation
	for _, s := range ss {
		c := chunkCitation(s.hit.Chunk, s.text)
		fmt.Fprintf(&b, "> %s\n_(%s", s.text, c.Section)
		if c.Page != nil {
			fmt.Fprintf(&b, ", p. %d", *c.Page)
		}
		b.WriteString(")_\n")
		cites = append(cites, c)
	}
	a := empty
	a.Text = strings.TrimSpace(b.String())
	a.Found = true
	a.Citations = append(append([]chat.Citation{}, empty.Citations...), cites...)
	return a, true
}

// countedGroups returns, for a "how many" question, one term group per
// word of what it counts; an acronym's group holds its expansion's terms
// too ("MNA" is also "mineurs non accompagnés").
func (e *Engine) countedGroups(q *question) []termGroup {
	if !q.WantsNumber || q.Counted == "" {
		return nil
	}
	// "young adults" is counted as "jeunes majeurs", not as "jeunes".
	counted := q.Counted
	if q.Lang == chat.English {
		// "child-at-risk reports", "out-of-home placements": a hyphenated
		// word before the noun qualifies it; the sentence that gives the
		// figure names the noun.
		var kept []string
		words := strings.Fields(counted)
		for i, w := range words {
			if !strings.Contains(w, "-") || i == len(words)-1 {
				kept = append(kept, w)
			}
		}
		counted = strings.Join(kept, " ")
	}
	out := e.nounGroups(q, counted)
	// "How many children and young people…", "combien d'enfants ou de
	// jeunes…": either of the things joined is what is counted.
	if c := " " + corpus.Fold(q.Counted) + " "; len(out) > 1 && (strings.Contains(c, " and ") || strings.Contains(c, " et ") || strings.Contains(c, " or ") || strings.Contains(c, " ou ")) {
		either := termGroup{weight: 1}
		for _, g := range out {
			either.terms = append(either.terms, g.terms...)
			either.all = append(either.all, g.all...)
			either.phrases = append(either.phrases, g.phrases...)
		}
		out = []termGroup{either}
	}
	return out
}

// nounGroups returns one term group per word of the noun phrase text, in
// French: an English phrase's translation, an acronym's expansion.
func (e *Engine) nounGroups(q *question, text string) []termGroup {
	var out []termGroup
	french, rest := retrieval.Abbreviations(text)
	if q.Lang != chat.French {
		french, rest = retrieval.Translations(text)
	}
	for _, f := range french {
		if g, ok := e.phraseGroup(f, map[string]bool{}); ok {
			g.weight = 1
			out = append(out, g)
		}
	}
	for _, w := range strings.Fields(rest) {
		g := termGroup{weight: 1}
		for _, wg := range e.weightsIn(w, q.Lang) {
			if !slices.Contains(wg.terms, unknownTerm) {
				g.terms = append(g.terms, wg.terms...)
				g.all = append(g.all, wg.all...)
			}
		}
		for _, d := range e.docsFor(q) {
			if exp := e.searchExpansion(d, strings.ToUpper(w)); exp != "" {
				g.all = append(g.all, retrieval.Terms(exp))
			}
		}
		if len(g.terms) > 0 || len(g.all) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// isItem reports a short line that ends no sentence: a list item, or a
// figure set apart as the infographics of the diagnostic chapters become
// once converted.
// subItems returns the items a line of chunk c heads, the line being
// sentence whole: the lines after it indented deeper, up to the next line
// at its level (at most eight).
func subItems(c *retrieval.Chunk, sentence string) []string {
	lines := strings.Split(c.Text, "\n")
	indent := func(l string) int { return len(l) - len(strings.TrimLeft(l, " ")) }
	for i, l := range lines {
		if strings.TrimLeft(strings.TrimSpace(l), "-•* ") != sentence {
			continue
		}
		var out []string
		for _, next := range lines[i+1:] {
			if strings.TrimSpace(next) == "" || indent(next) <= indent(l) || len(out) == 8 {
				break
			}
			out = append(out, strings.TrimLeft(strings.TrimSpace(next), "-•* "))
		}
		return out
	}
	return nil
}

// isObjective reports a sentence of chunk c that is one of its fiche's
// objectives.
func (e *Engine) isObjective(c *retrieval.Chunk, sentence string) bool {
	if c.Fiche == "" {
		return false
	}
	if c.Field == retrieval.FieldObjectives {
		return true
	}
	d := e.lib.Doc(c.Doc)
	if d == nil {
		return false
	}
	f := d.Fiche(c.Fiche)
	return f != nil && slices.ContainsFunc(f.Objectives.Items, func(it corpus.Item) bool { return strings.Contains(it.Text, sentence) })
}

// itemHead returns, for a sentence that is a sub-item of chunk c, the line
// that heads it and the items of that head: "Organiser des modalités de
// recueil de la parole" is one way "Action 3 : Favoriser l'expression de
// l'enfant" is carried out, and its siblings say what else is (the tool
// a user heard of is a sibling). It returns "" when the sentence heads
// nothing, when its head is a whole paragraph rather than the label of
// an item, or when the head has more than eight items (a list, which
// withEnumeration shows).
func itemHead(c *retrieval.Chunk, sentence string) (string, []string) {
	lines := strings.Split(c.Text, "\n")
	indent := func(l string) int { return len(l) - len(strings.TrimLeft(l, " ")) }
	bare := func(l string) string { return strings.TrimLeft(strings.TrimSpace(l), "-•* ") }
	for i, l := range lines {
		if !strings.Contains(bare(l), sentence) || indent(l) == 0 {
			continue
		}
		h := i - 1
		for h >= 0 && (strings.TrimSpace(lines[h]) == "" || indent(lines[h]) >= indent(l)) {
			if strings.TrimSpace(lines[h]) == "" {
				return "", nil
			}
			h--
		}
		if h < 0 || utf8.RuneCountInString(bare(lines[h])) > 250 {
			return "", nil
		}
		head := bare(lines[h])
		items := subItems(c, head)
		if len(items) < 2 || len(items) >= 8 {
			return "", nil
		}
		return head, items
	}
	return "", nil
}

func isItem(line string) bool {
	line = strings.TrimSpace(line)
	return line != "" && utf8.RuneCountInString(line) <= 100 && !strings.HasSuffix(line, ".")
}

// reAgeYears matches an age given in years: "à 17 ans", "16-18 ans",
// "aged 17".
var reAgeYears = regexp.MustCompile(`\b\d{1,2}\s*(?:ans|years?)\b|\baged \d{1,2}\b`)

// reFrequency matches, in folded text, words that say how often something
// happens: "annuellement", "deux fois par an", "chaque trimestre", "tous
// les six mois", "réunions régulières", "monthly".
var reFrequency = regexp.MustCompile(`\b(annuel\w*|semestriel\w*|trimestriel\w*|mensuel\w*|hebdomadaire\w*|bimestriel\w*|bisannuel\w*|regulier\w*|reguliere\w*|regulierement|periodique\w*|chaque (annee|an|mois|semaine|trimestre|semestre)|(\d+|une|deux|trois|quatre|cinq|six) (fois|reprises)|tous les (\d+|deux|trois|quatre|six|douze) (ans|mois|semaines|jours)|(une|deux|trois|quatre|\d+) fois par (an|mois|semaine|trimestre|semestre)|par an|annually|yearly|monthly|quarterly|weekly|every (year|month|quarter|week))\b`)

// typeOK tells whether a sentence has the kind of answer the question wants.
func (q *question) typeOK(s string) bool { return q.typeOKIn(s, "") }

// typeOKIn is typeOK for a sentence under a heading: the year a figure is
// for may be in the heading ("Les chiffres clés au 31 décembre 2018").
func (q *question) typeOKIn(s, heading string) bool {
	// A figure asked for a year must be that year's.
	if q.Year != 0 && q.WantsNumber && !mentionsYear(s, q.Year) && !mentionsYear(heading, q.Year) {
		return false
	}
	switch {
	case q.WantsFrequency:
		return reFrequency.MatchString(corpus.Fold(s))
	case q.WantsContact:
		return reContact.MatchString(s)
	case q.WantsName:
		return hasPerson(s)
	case q.WantsPlace:
		return reAddress.MatchString(s)
	case q.WantsTown:
		return namesTown(s)
	case q.WantsNumber:
		// "Un taux de pauvreté équivalent ?" wants a rate, not a count
		// ("21 mesures").
		if q.asksRate() && !reRate.MatchString(s) {
			return false
		}
		return hasQuantity(s, q.WantsDuration, q.WantsMoney)
	case q.WantsDuration:
		// "La durée moyenne de séjour ?" wants a length of time, not the
		// indicator that will measure it; a plan's span answers too.
		return hasQuantity(s, true, false) || len(reYear.FindAllString(s, 2)) == 2
	case q.WantsMoney:
		// "What is the budget?" wants a sum, not "Élaboration du budget".
		return hasQuantity(s, false, true)
	case q.WantsDate:
		// "…prévu par la loi du 14 mars 2016" dates the law, not what
		// the sentence plans.
		return reDateish.MatchString(reLawDate.ReplaceAllString(s, " "))
	}
	return true
}

// rankSentences scores the sentences of the best passages for a question.
// "How many children are in care?" is answered from the document's key
// figures or its context, outside the fiches, when the passage found
// speaks of what is asked but gives no count of it: the fiches speak of
// the same people more often, in shorter passages, and of shares of them.
func (e *Engine) rankSentences(ctx context.Context, q *question, text string) []scoredSentence {
	out := e.rankSentencesIn(ctx, q, text, false)
	if q.asksCount() && q.within == nil && e.onlyCounted(q) && len(out) > 0 && out[0].score >= e.params.PassageFound && !givesCount(q, out[0].text) {
		return e.rankSentencesIn(ctx, q, text, true)
	}
	return out
}

// rankSentencesIn is rankSentences, searching the parts outside the
// fiches as well when outside is set.
func (e *Engine) rankSentencesIn(ctx context.Context, q *question, text string, outside bool) []scoredSentence {
	docs := map[string]bool{}
	for _, id := range q.Docs {
		docs[id] = true
	}
	query := retrieval.Query{Text: text, K: 16, Lexical: 3}
	// A figure is found by its words: a table of key figures whose row
	// names what is counted ("Enfants confiés à l'ASE : 2 180") is long
	// and numbers-heavy, and may rank low by meaning.
	if q.WantsNumber {
		query.Lexical = 6
	}
	if len(q.Docs) == 1 {
		query.Doc = q.Docs[0] // the vector search is then restricted too
	}
	if len(docs) > 1 || q.Narrative {
		query.Filter = func(c *retrieval.Chunk) bool {
			return (len(docs) == 0 || docs[c.Doc]) && (!q.Narrative || c.Fiche == "")
		}
	}
	if k := q.within; k != nil {
		query.Doc, query.Filter = k.doc, func(c *retrieval.Chunk) bool { return c.Doc == k.doc && c.Fiche == k.n }
	}
	hits, err := e.ix.Search(ctx, query)
	if err != nil {
		e.log.Warn("search failed", "err", err)
		return nil
	}
	// An acronym's expansion has many words of its own ("Centre régional
	// d'études, d'actions et d'informations…") that pull in passages about
	// it; the passage that answers may leave the acronym out ("1 075
	// professionnels formés au référentiel d'évaluation"): the question's
	// own words are searched too.
	if len(q.Acronyms) > 0 && text != q.Topic && len(retrieval.Terms(retrieval.Translate(q.Topic))) > 1 {
		own := query
		own.Text = q.Topic
		if more, err := e.ix.Search(ctx, own); err == nil {
			hits = withNewHits(hits, more)
		}
	}
	if outside {
		outside := query
		outside.K = 6
		outside.Filter = func(c *retrieval.Chunk) bool { return c.Fiche == "" && (len(docs) == 0 || docs[c.Doc]) }
		if more, err := e.ix.Search(ctx, outside); err == nil {
			hits = withNewHits(hits, more)
		}
	}
	w := e.questionWeights(q, text)
	// "Combien d'assistants familiaux…": a figure answers only if it
	// counts what is asked, not "assistants maternels".
	counted := e.countedGroups(q)
	// "How many reports involved domestic violence?": a figure answers
	// only if its sentence or its passage names that kind of report.
	var kind []termGroup
	if len(counted) > 0 && q.CountedKind != "" {
		kind = e.nounGroups(q, q.CountedKind)
	}
	// "Quel cabinet d'avocats…": a sentence answers only if it names the
	// kind of thing asked for, in itself or in its heading; within a fiche
	// the question names, its sentences are about what is asked ("quels
	// publics…": "les familles nombreuses, …").
	var head []termGroup
	if q.Head != "" && len(counted) == 0 && q.within == nil && !q.WantsTown {
		for _, g := range e.weightsIn(q.Head, q.Lang) {
			if !slices.Contains(g.terms, unknownTerm) {
				head = append(head, g)
			}
		}
	}
	// Within the fiche a question names, every sentence is about the
	// fiche's title: "combien d'établissements ?" of the fiche on the
	// internat scolaire is answered by "Expérimenter le dispositif dans 8
	// établissements", which names the établissements only.
	var about map[string]bool
	if k := q.within; k != nil {
		if f := e.lib.Doc(k.doc).Fiche(k.n); f != nil {
			about = termSet(f.Title)
		}
	}
	var out []scoredSentence
	for _, h := range hits {
		ac := e.analysedChunk(h.Chunk)
		chunkCov := coverage(w, ac.context)
		// The items of a list set apart under a heading ("LES CONFÉRENCES
		// DE TERRITOIRE", then "Thionville : vendredi 7 septembre 2018")
		// are about what the heading names.
		prev1, prev2 := coverage(w, ac.heading), 0.0
		// A short line that leads a list ("Activité … (données au
		// 31/12/2022)") dates the undated lines after it.
		lead := ""
		for si, sn := range ac.sentences {
			// A sentence inherits part of the topic of the sentences just
			// before it in its paragraph ("Un premier acte s'est déroulé
			// les 23 et 24 avril 2018" follows the sentence that names
			// the États généraux); a figure or a list item set apart after
			// a paragraph ("698 répondants à l'échelle du département")
			// inherits from that paragraph.
			if sn.lineStart && !sn.item {
				prev1, prev2 = 0, 0
			}
			own := coverage(w, sn.terms)
			if about != nil {
				own = coverage(w, union(sn.terms, about))
			}
			cov := max(own, 0.9*prev1, 0.8*prev2)
			if sn.item {
				prev1 = max(prev1, own)
			} else {
				prev2, prev1 = prev1, own
			}
			sc := e.params.SentenceOwn*cov + (1-e.params.SentenceOwn)*chunkCov
			// Only a figure asked for a year reads the context (typeOKIn).
			context, dated := h.Chunk.Context, ""
			if q.Year != 0 && q.WantsNumber {
				// A lead that ends on its colon ("Au 31 décembre 2022, le
				// dispositif présentait les caractéristiques suivantes :")
				// dates its items, even one that compares with another
				// year ("soit 11 % de plus qu'en 2020").
				colonLead := strings.HasSuffix(strings.TrimSpace(lead), ":")
				switch {
				case reYear.MatchString(sn.text) && !(colonLead && !strings.HasSuffix(strings.TrimSpace(sn.text), ":")):
					if utf8.RuneCountInString(sn.text) <= 120 {
						lead = sn.text
					} else {
						lead = ""
					}
				case lead != "":
					context += " " + lead
					dated = lead
				}
			}
			// "À quel âge…" is answered by "à 17 ans", which names no age.
			ageGiven := q.WantsDuration && reAgeYears.MatchString(sn.text)
			if !q.typeOKIn(sn.text, context) || len(counted) > 0 && coverage(counted, sn.terms) < 1 ||
				len(kind) > 0 && coverage(kind, union(sn.terms, ac.context)) < 1 ||
				len(head) > 0 && coverage(head, sn.terms) < 1 && coverage(head, ac.context) < 1 && !ageGiven {
				sc *= 0.3
			} else if (q.WantsDate || q.Field == retrieval.FieldCalendar) && reFullDate.MatchString(sn.text) {
				// A day or a month says more than a year, and more than
				// a sentence with no date ("les conférences de
				// territoire, liste + dates").
				sc += 0.1
			} else if si+1 < len(ac.sentences) && ac.sentences[si+1].item && listTitle(sn) {
				// "LES CONFÉRENCES DE TERRITOIRE" over "- Thionville :
				// vendredi 7 septembre 2018"…: the title of a list says
				// what its items are, better than a sentence that only
				// names them.
				sc += 0.05
			}
			// "How many foster carers does the Dordogne work with?" asks
			// what is: a fiche's target ("50 nouveaux assistants
			// familiaux en 5 ans") answers only a figure aimed at.
			if q.WantsNumber && !q.WantsTarget && e.isObjective(h.Chunk, sn.text) {
				sc *= e.params.TargetAsCount
			}
			out = append(out, scoredSentence{hit: h, text: sn.text, score: sc, order: len(out), context: context, lead: dated, item: sn.item})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	// "How many children are in care?" asks a count: "2 640 enfants
	// confiés" answers it, "4 % des enfants confiés" or "un enfant confié
	// sur trois" only tells a share of them. A count that scores nearly as
	// well as the share ahead of it answers in its place, as relevant as it.
	if q.asksCount() && len(out) > 1 && !givesCount(q, out[0].text) {
		for j := 1; j < len(out) && out[j].score >= e.params.RateAsCount*out[0].score; j++ {
			if givesCount(q, out[j].text) && q.typeOKIn(out[j].text, out[j].context) {
				best := out[j]
				best.score = out[0].score
				copy(out[1:j+1], out[0:j])
				out[0] = best
				break
			}
		}
	}
	return out
}

// withNewHits appends to hits those of more that it does not hold yet.
func withNewHits(hits, more []retrieval.Hit) []retrieval.Hit {
	seen := map[string]bool{}
	for _, h := range hits {
		seen[h.Chunk.ID] = true
	}
	for _, h := range more {
		if !seen[h.Chunk.ID] {
			hits = append(hits, h)
		}
	}
	return hits
}

// givesCount reports a sentence that gives a quantity other than a rate or
// a share.
func givesCount(q *question, s string) bool {
	s = reRateFigure.ReplaceAllString(s, " ")
	if !q.WantsDuration {
		// "En cinq ans, le nombre… a progressé de 9 %" counts no one.
		s = reWordDuration.ReplaceAllString(s, " ")
	}
	return hasQuantity(s, q.WantsDuration, q.WantsMoney)
}

var reWordDuration = regexp.MustCompile(`(?i)\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|two|three|four|five|six|seven|eight|nine|ten)\s+(?:ans|années|annees|mois|semaines|jours|years|months|weeks|days)\b`)

// withEnumeration follows a first sentence that announces a list ("Le
// Schéma affirme trois priorités… :", "synthétisées en quatre points :")
// with the list's own lines: the lines that start after it, short, set
// apart or numbered, not the bullets and paragraphs that detail them, and
// the headings of the parts under it when the list's items became
// headings. The announcement alone answers nothing.
func (e *Engine) withEnumeration(q *question, picked []scoredSentence) []scoredSentence {
	// A sentence that counts what it announces ("synthétisées en quatre
	// points :"), about as close to the question as the best one, answers
	// with its items; a question for a figure or a date wants a fact, not
	// a list.
	w := e.questionWeights(q, e.searchText(q))
	// A quoted sentence that ends on its colon, right after the sentences
	// it follows in the passage, leaves the reader hanging ("Parmi les
	// premiers axes… figurent :"): they stay, and its items follow.
	ann := slices.IndexFunc(picked, func(s scoredSentence) bool {
		if !strings.HasSuffix(strings.TrimSpace(s.text), ":") && !(s.score == picked[0].score && isListTitle(s.text)) {
			return false
		}
		return s.score == picked[0].score || !q.WantsNumber && !q.WantsDate && announcedCount(s.text) > 0 && s.score >= 0.9*picked[0].score &&
			coverage(w, termSet(s.text)) >= coverage(w, termSet(picked[0].text))
	})
	if ann < 0 && !q.WantsNumber && !q.WantsDate {
		ann = slices.IndexFunc(picked, func(s scoredSentence) bool {
			return strings.HasSuffix(strings.TrimSpace(s.text), ":") && s.hit.Chunk.ID == picked[0].hit.Chunk.ID && s.order == picked[0].order+1
		})
		if ann > 0 {
			out := append(slices.Clone(picked[:ann]), e.withEnumeration(q, picked[ann:])...)
			// The passage of another part, picked as well, still follows.
			for _, s := range picked[ann:] {
				if s.hit.Chunk.ID != picked[ann].hit.Chunk.ID && !slices.ContainsFunc(out, func(o scoredSentence) bool { return o.text == s.text }) {
					out = append(out, s)
				}
			}
			return out
		}
	}
	if ann < 0 {
		return picked
	}
	if ann > 0 {
		picked = picked[ann:]
	}
	first := picked[0]
	limit := 6
	if n := announcedCount(first.text); n > 0 {
		limit = n
	}
	var lines []scoredSentence
	seen := map[string]bool{}
	add := func(c *retrieval.Chunk, text string) {
		// "Atelier 1" then its theme on the next line (a table row the
		// conversion cut): one item.
		if n := len(lines); n > 0 && reBareLabel.MatchString(lines[n-1].text) && !reBareLabel.MatchString(text) && !seen[text] {
			seen[text] = true
			lines[n-1].text += " : " + text
			return
		}
		if len(lines) < limit && !seen[text] {
			seen[text] = true
			lines = append(lines, scoredSentence{hit: retrieval.Hit{Chunk: c, Score: first.hit.Score}, text: text, score: first.score, order: first.order + len(lines) + 1, item: true})
		}
	}
	lineOf := func(sn analysedSentence) bool {
		return sn.lineStart && (!sn.item || reNumbered.MatchString(sn.text)) && utf8.RuneCountInString(sn.text) <= 180
	}
	// itemOf is a line's item: the line when short, or the lead-in a long
	// line explains after a colon or a dash ("Une synergie avec les
	// politiques départementales : …").
	itemOf := func(sn analysedSentence) (string, bool) {
		if lineOf(sn) {
			return sn.text, true
		}
		// A numbered line is an item of the list however long ("2 Une
		// ambition assumée de privilégier la protection « hors-les-murs »,
		// que celle-ci soit…").
		if !sn.lineStart || sn.item && !reNumbered.MatchString(sn.text) {
			return "", false
		}
		for _, sep := range []string{" : ", " – ", " — "} {
			if i := strings.Index(sn.text, sep); i >= 10 && utf8.RuneCountInString(sn.text[:i]) <= 180 {
				return strings.TrimSpace(sn.text[:i]), true
			}
		}
		// A counted list's items are its next lines, however long: quoted
		// up to a word near 180 letters.
		if r := []rune(sn.text); announcedCount(first.text) > 0 && len(r) > 180 {
			cut := 180
			for cut > 120 && r[cut] != ' ' {
				cut--
			}
			return strings.TrimSpace(string(r[:cut])) + " …", true
		}
		return "", false
	}
	chunks := e.ix.Chunks()
	at := slices.IndexFunc(chunks, func(c retrieval.Chunk) bool { return c.ID == first.hit.Chunk.ID })
	if at < 0 {
		return picked
	}
	// A counted list ("cinq ateliers :") is the next lines, as many as
	// announced, whatever their length or marks, across the chunks of
	// the same part.
	if announcedCount(first.text) > 0 {
		started := false
		for j := at; j < len(chunks) && len(lines) < limit && chunks[j].Doc == chunks[at].Doc && slices.Equal(chunks[j].Path, chunks[at].Path); j++ {
			for _, sn := range e.analysedChunk(&chunks[j]).sentences {
				if !started {
					started = sn.text == first.text
					continue
				}
				if !sn.lineStart {
					continue
				}
				text := sn.text
				if utf8.RuneCountInString(text) > 180 {
					text, _ = itemOf(analysedSentence{text: text, lineStart: true})
				}
				if text != "" {
					add(&chunks[j], text)
				}
			}
		}
		if len(lines) >= 2 {
			return append([]scoredSentence{first}, lines...)
		}
		lines = nil
		seen = map[string]bool{}
	}
	// The announced items are the bullets right after it when it has
	// some ("Action 3 : … au CDE :" then its bullets); otherwise the short
	// lines set apart after it, their bullets being details.
	// ended: the list ended inside the first chunk, and does not go on in
	// the next one.
	started, bullets, atEnd, ended := false, false, false, false
	firstSents := e.analysedChunk(&chunks[at]).sentences
	for i, sn := range firstSents {
		if !started {
			if sn.text == first.text {
				started = true
				next := e.analysedChunk(&chunks[at]).sentences[i+1:]
				// An announcement that ends its chunk: its list is the
				// start of the next chunk of the same part.
				if len(next) == 0 && at+1 < len(chunks) && chunks[at+1].Doc == chunks[at].Doc && slices.Equal(chunks[at+1].Path, chunks[at].Path) {
					next = e.analysedChunk(&chunks[at+1]).sentences
					atEnd = true
				}
				bullets = len(next) > 0 && next[0].lineStart && next[0].item
			}
			continue
		}
		if bullets {
			if !listLine(firstSents, i) {
				ended = true
				break
			}
			if sn.lineStart {
				add(&chunks[at], sn.text)
			}
			continue
		}
		if it, ok := itemOf(sn); ok {
			add(&chunks[at], it)
		}
	}
	// A list the chunking cut goes on in the next chunk of the same part:
	// bullets while they last, or as many lines as were announced.
	counted := announcedCount(first.text) > 0
	for j := at + 1; !ended && (bullets || counted) && (len(lines) > 0 || atEnd) && len(lines) < limit && j < len(chunks) && chunks[j].Doc == chunks[at].Doc && slices.Equal(chunks[j].Path, chunks[at].Path); j++ {
		ended := false
		sents := e.analysedChunk(&chunks[j]).sentences
		for k, sn := range sents {
			it, ok := itemOf(sn)
			if bullets && !listLine(sents, k) || !bullets && !ok {
				ended = true
				break
			}
			if bullets && sn.lineStart {
				add(&chunks[j], sn.text)
			} else if !bullets {
				add(&chunks[j], it)
			}
		}
		if ended {
			break
		}
	}
	if bullets {
		if len(lines) < 2 {
			return picked
		}
		return append([]scoredSentence{first}, lines...)
	}
	// The parts under the announcing one, in order.
	parent := chunks[at].Path
	for j := at + 1; j < len(chunks) && len(lines) < limit; j++ {
		c := &chunks[j]
		if c.Doc != chunks[at].Doc || len(c.Path) <= len(parent) || !slices.Equal(c.Path[:len(parent)], parent) {
			break
		}
		add(c, c.Section)
		// Items may also be lines of the part, its bullets detailing them,
		// or the next numbered item, which was too long to become a
		// heading ("2 Une ambition assumée de privilégier…" between the
		// parts "1 …" and "3 …").
		for _, sn := range e.analysedChunk(c).sentences {
			if lineOf(sn) && !sn.item {
				add(c, sn.text)
			} else if m := reItemNumber.FindStringSubmatch(sn.text); m != nil && sn.lineStart && m[1] == strconv.Itoa(len(lines)+1) {
				if it, ok := itemOf(sn); ok {
					add(c, it)
				}
			}
		}
	}
	if len(lines) < 2 {
		return picked
	}
	return append([]scoredSentence{first}, lines...)
}

// listLine tells whether the i-th sentence goes on a list of bullets: an
// item, or a line of one sentence, as long bullets are once the conversion
// dropped their marks ("La prévention des sorties sèches de l'ASE, en
// favorisant …"); paragraphs run several sentences a line.
func listLine(ss []analysedSentence, i int) bool {
	sn := ss[i]
	if sn.item {
		return true
	}
	if !sn.lineStart {
		return i > 0 && listLine(ss, i-1)
	}
	return i+1 == len(ss) || ss[i+1].lineStart
}

// namesAcronymsOf tells whether a sentence answering an amount is about
// what the question names by acronym ("the budget of the reinforced AEMO
// measures"): the acronym or its expansion is in the sentence or its
// headings. The budget of something else is no answer. (Counts are not
// held to this: the text names what it counts in full words as often.)
func (e *Engine) namesAcronymsOf(q *question, s scoredSentence) bool {
	if !q.WantsMoney {
		return true
	}
	return e.holdsAcronyms(q, s)
}

// holdsAcronyms reports a sentence that names one of the question's
// acronyms, or what it stands for (in its words or its headings), or a
// question that names none.
func (e *Engine) holdsAcronyms(q *question, s scoredSentence) bool {
	if len(q.Acronyms) == 0 {
		return true
	}
	hay := " " + corpus.Fold(s.text+" "+s.context+" "+strings.Join(s.hit.Chunk.Path, " ")) + " "
	for _, a := range q.Acronyms {
		if understand.IndexWord(hay, corpus.Fold(a)) >= 0 {
			return true
		}
		if d := e.lib.Doc(s.hit.Chunk.Doc); d != nil {
			if exp := e.searchExpansion(d, a); exp != "" && strings.Contains(hay, corpus.Fold(exp)) {
				return true
			}
		}
	}
	return false
}

// reNumbered is a line that a number opens ("1 *Une politique…*", "2.").
// listTitle reports a line that titles the list after it: a few words
// in capitals, no sentence ("LES CONFÉRENCES DE TERRITOIRE").
func listTitle(sn analysedSentence) bool {
	return sn.lineStart && !sn.item && isListTitle(sn.text)
}

// isListTitle reports a short text in capitals, two to ten words, that
// ends no sentence.
func isListTitle(text string) bool {
	t := strings.TrimSpace(text)
	if n := len(strings.Fields(t)); n < 2 || n > 10 || strings.HasSuffix(t, ".") {
		return false
	}
	upper, letters := 0, 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters >= 8 && upper == letters
}

// reRate is a rate or a share: "24,6 %", "8 sur 10", "pour mille".
// onlyCounted reports a count question whose topic is what it counts,
// with a word at most to qualify it ("combien d'enfants confiés en
// Gironde ?", "how many children are in care?"), not a thing of a fiche
// ("l'internat scolaire : combien d'établissements ?").
func (e *Engine) onlyCounted(q *question) bool {
	// The words as typed: a translation may stand for one word by several.
	counted := map[string]bool{}
	for _, w := range retrieval.Words(corpus.Fold(q.Counted)) {
		counted[retrieval.Stem(w)] = true
	}
	other := 0
	for _, w := range retrieval.Words(corpus.Fold(q.Topic)) {
		if t := retrieval.Stem(w); !retrieval.IsStop(w) && !counted[t] && !isNumeric(t) && !slices.ContainsFunc(q.Acronyms, func(a string) bool { return strings.EqualFold(a, w) }) {
			other++
		}
	}
	return len(counted) > 0 && other <= 1
}

// reRateFigure is a rate or a share with its whole number: "27 %",
// "20,9 %", "1 enfant sur 4", "un enfant confié sur trois".
var reRateFigure = regexp.MustCompile(`(?i)\d[\d \x{00a0}]*(?:[,.]\d+)?\s*(?:%|‰)|(?:\d+|\bun|\bune)\s+(?:\p{L}+\s+){0,4}sur\s+(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\b`)

var reRate = regexp.MustCompile(`\d\s*%|\d\s*‰|(?i)\bpour\s?(?:cent|mille)\b|\bpercent\b|\d+\s+(?:\p{L}+\s+){0,4}sur\s+\d+|\b(?:moitié|tiers|quart)\b`)

// reItemNumber is the number a numbered line starts with.
var reItemNumber = regexp.MustCompile(`^\s*(\d{1,2})\s*[.)]?\s+\S`)

var reNumbered = regexp.MustCompile(`^\s*\d{1,2}\s*[.)]?\s+\S`)

// announcedCount returns the number of things a sentence announces
// ("trois priorités", "4 points", "five orientations"), or 0.
func announcedCount(s string) int {
	n, _ := announced(s)
	return n
}

// announced finds the count a sentence announces and the noun it counts.
// A count that points back ("ces deux ambitions") or measures time ("les
// cinq années à venir") is not the list's; of the others, the one nearest
// the colon is: "Pour concrétiser ces deux ambitions, la Moselle
// privilégiera quatre modalités d'intervention :", "le schéma affirme
// trois priorités qui structureront la feuille de route pour les cinq
// années à venir :".
func announced(s string) (int, string) {
	words := strings.Fields(corpus.Fold(s))
	count, noun := 0, ""
	for i, w := range words {
		w = strings.Trim(w, ",;:()")
		n, err := strconv.Atoi(w)
		if err != nil {
			n = corpus.NumberWord(w)
		}
		if n < 2 || n > 9 {
			continue
		}
		if i > 0 && (words[i-1] == "ces" || words[i-1] == "ses" || words[i-1] == "leurs") {
			continue
		}
		next := ""
		if i+1 < len(words) {
			next = strings.Trim(words[i+1], ",;():")
		}
		if timeUnits[next] {
			continue
		}
		count, noun = n, next
	}
	return count, noun
}

// timeUnits count time, not the items of a list.
var timeUnits = map[string]bool{"ans": true, "annees": true, "mois": true, "semaines": true, "jours": true, "fois": true, "heures": true, "years": true, "months": true, "weeks": true, "days": true, "times": true}

// reBareLabel is a label with its number and nothing else: "Atelier 1",
// "Action 2".
var reBareLabel = regexp.MustCompile(`^\p{L}+\s+\d{1,2}$`)

// announcingOf finds, among the best sentences, one that announces a
// counted list of a thing the question names: "… dans le cadre de cinq
// ateliers :" for a question on the ateliers.
func (e *Engine) announcingOf(q *question, ss []scoredSentence) *scoredSentence {
	asked := map[string]bool{}
	for _, g := range e.questionWeights(q, e.searchText(q)) {
		for _, t := range g.terms {
			asked[t] = true
		}
	}
	// "Les grandes priorités du schéma": the word the question names the
	// schéma's parts by is a cue, not in the topic; the list the text
	// announces with it is what is asked.
	if q.Overview == understand.OverviewAxes {
		for _, t := range retrieval.Terms(q.Folded) {
			asked[t] = true
		}
	}
	for i := range ss {
		if i >= 12 || ss[i].score < 0.5*ss[0].score {
			break
		}
		if n := announcedNoun(ss[i].text); n != "" && asked[retrieval.Stem(n)] && !namesOneOf(q.Folded, n) {
			return &ss[i]
		}
	}
	return nil
}

// asksWhich reports a question that asks which ones of noun ("dans quels
// établissements", "which schools", "list the schools"): the list a
// sentence announces of that noun answers it.
func asksWhich(q *question, noun string) bool { return asksWhichOf(q, noun, false) }

// asksWhichOf is asksWhich; loose lets articles, a count and a verb of
// being stand between the interrogative and the noun ("list the 8
// establishments", "quels sont les établissements"). Within one fiche the
// noun is the fiche's; across a schéma, "quels sont les grands axes" would
// also find a law's axes, so only lists within a fiche ask loosely.
func asksWhichOf(q *question, noun string, loose bool) bool {
	if noun == "" {
		return false
	}
	stem := retrieval.Stem(noun)
	words := strings.Fields(strings.NewReplacer("?", " ", ",", " ", ":", " ").Replace(q.Folded))
	for i, w := range words {
		if !whichWords[w] {
			continue
		}
		for j, k := i+1, 0; j < len(words) && k < 2; j++ {
			if loose && (skipBeforeNoun[words[j]] || isNumeric(words[j])) {
				continue
			}
			if slices.Contains(retrieval.Terms(retrieval.Translate(words[j])), stem) {
				return true
			}
			k++
		}
	}
	return false
}

// skipBeforeNoun are the words that may stand between "which" or "list"
// and the noun asked for.
var skipBeforeNoun = map[string]bool{"the": true, "les": true, "des": true, "sont": true, "are": true, "all": true, "tous": true, "toutes": true, "me": true}

// whichWords ask which ones, or for the list of them.
var whichWords = map[string]bool{"quels": true, "quelles": true, "which": true, "what": true, "list": true, "liste": true, "lister": true, "listez": true, "name": true}

// countsAsAsked reports a sentence that announces as many items as the
// question counts ("4 modalités" and "quatre modalités :").
func countsAsAsked(q *question, s string) bool {
	n := announcedCount(s)
	for _, t := range retrieval.Terms(q.Topic) {
		if t == strconv.Itoa(n) {
			return true
		}
	}
	return false
}

// namesOneOf reports a question that names one item of a list by its
// number ("during phase 1", "l'atelier 2"): it asks about that item, not
// for the list.
func namesOneOf(folded, noun string) bool {
	stem := retrieval.Stem(noun)
	words := strings.Fields(strings.NewReplacer("?", " ", ",", " ", ":", " ").Replace(folded))
	for i := 0; i+1 < len(words); i++ {
		if retrieval.Stem(strings.Trim(words[i], "'")) == stem && strings.IndexFunc(words[i+1], unicode.IsDigit) == 0 {
			return true
		}
	}
	return false
}

// announcedNoun is what a sentence ending with a colon counts: "cinq
// ateliers :" → "ateliers", "quatre modalités d'intervention :" →
// "modalités"; "" when it counts nothing.
func announcedNoun(s string) string {
	if !strings.HasSuffix(strings.TrimSpace(s), ":") {
		return ""
	}
	_, noun := announced(strings.TrimSuffix(strings.TrimSpace(s), ":"))
	return noun
}

// analysed is a chunk cut into sentences, with the analysed terms of each
// and of the chunk's context and heading.
type analysed struct {
	context, heading map[string]bool
	sentences        []analysedSentence
}

type analysedSentence struct {
	text      string
	terms     map[string]bool
	lineStart bool // first sentence of its line
	item      bool // its line is a list item or a figure set apart
}

// analysedChunk returns c's sentences and terms, analysed once.
func (e *Engine) analysedChunk(c *retrieval.Chunk) *analysed {
	if v, ok := e.analysed.Load(c.ID); ok {
		return v.(*analysed)
	}
	a := &analysed{
		context: termSet(c.Context + " " + strings.Join(c.Path, " ") + " " + c.Text),
		heading: termSet(c.Section),
	}
	for _, line := range joinFigureLines(strings.Split(c.Text, "\n")) {
		item, first := isItem(line), true
		for _, s := range sentences(line) {
			if len([]rune(s)) < 3 {
				continue
			}
			a.sentences = append(a.sentences, analysedSentence{text: s, terms: termSet(s), lineStart: first, item: item})
			first = false
		}
	}
	v, _ := e.analysed.LoadOrStore(c.ID, a)
	return v.(*analysed)
}

// reBareFigure is a line that holds a figure and nothing else ("2 186",
// "+14 %"), as key-figure pages print them above their label.
var reBareFigure = regexp.MustCompile(`^[+\-–]?\s*\d[\d\s.,]*\s*[%‰]?$`)

// joinFigureLines joins a figure printed alone on its line to the short
// lines of its label after it ("2 186" / "informations préoccupantes" /
// "reçues par la CRIP en 2021"): one statement, as the page shows it.
func joinFigureLines(lines []string) []string {
	var out []string
	for i := 0; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		if !reBareFigure.MatchString(line) {
			out = append(out, lines[i])
			continue
		}
		for n := 0; n < 4 && i+1 < len(lines); n++ {
			next := strings.TrimSpace(lines[i+1])
			if next == "" || reBareFigure.MatchString(next) || utf8.RuneCountInString(next) > 60 {
				break
			}
			line += " " + next
			i++
			if strings.HasSuffix(next, ".") {
				break
			}
		}
		out = append(out, line)
	}
	return out
}

func (e *Engine) bestPassageCoverage(ctx context.Context, q *question, text string) float64 {
	ss := e.rankSentences(ctx, q, text)
	if len(ss) == 0 {
		return 0
	}
	return ss[0].score
}

// rareTopic reports a question that names nothing but one word, which the
// documents use in a few passages only, typed as into a search box
// ("parrainage moselle") or asked whether the schéma has anything on it
// ("y a quelque chose sur les fratries ?"): no other question word, no
// field, count or list asked, no other word, not even one the documents
// lack.
func (e *Engine) rareTopic(q *question, g termGroup) bool {
	whether := understand.AsksWhetherAny(q.Folded)
	// A stem of five letters ("fratr") is rare enough when the question
	// asks whether the schéma has anything on it.
	minLen := 6
	if whether {
		minLen = 5
	}
	if len(q.Acronyms) > 0 || q.Field != "" && q.Field != retrieval.FieldSummary || q.Head != "" || q.WantsNumber || q.Count || q.List ||
		reAsks.MatchString(q.Folded) && !whether {
		return false
	}
	if len(g.terms) == 0 {
		french, rest := retrieval.Translations(q.Topic)
		return len(understand.ContentTerms(rest, nil)) == 0 && e.phraseTopic(g, understand.ContentTerms(strings.Join(french, " "), nil))
	}
	content := understand.ContentTerms(retrieval.Translate(q.Topic), nil)
	if len(g.terms) != 1 || len([]rune(g.terms[0])) < minLen || g.terms[0] == unknownTerm || len(content) != 1 {
		return false
	}
	n := e.ix.TermChunks(g.terms[0])
	return n > 0 && n <= rareChunks
}

// rareChunks is the most passages a rare word of the documents is met in.
const rareChunks = 3

// phraseTopic reports a group of phrases of two words or more ("family
// conferences", read as "conférences familiales"), which names a topic as
// two words typed in French do, when the question's content words are
// all its own and the documents hold it.
func (e *Engine) phraseTopic(g termGroup, content []string) bool {
	if len(g.all) == 0 {
		return false
	}
	own := map[string]bool{}
	for _, alt := range g.all {
		if len(alt) < 2 {
			return false
		}
		for _, t := range alt {
			own[t] = true
		}
	}
	for _, t := range content {
		if !own[t] {
			return false
		}
	}
	return slices.ContainsFunc(g.all, func(alt []string) bool { return e.ix.ChunksWithAll(alt) > 0 })
}

// passageAnswer answers with the sentences of the documents that hold the
// question's meaning, each cited; or says plainly that it did not find.
func (e *Engine) passageAnswer(ctx context.Context, q *question, partial func(string)) answer {
	text := e.searchText(q)
	// One meaningful word ("lien") is not a question the text can answer,
	// except within a fiche: "et la thèse dedans ?" of the fiche that
	// names one. An acronym alone ("RAPT?? saw it in fiche 8") asks what
	// it means, which a passage that uses it does not say.
	// A rare word of the documents' own ("parrainage", met in two or three
	// passages) is a topic of its own, which those passages answer.
	if w := e.questionWeights(q, text); len(w) < 2 && !(len(w) == 1 && (q.WantsNumber || q.within != nil && len(q.Acronyms) == 0 || e.rareTopic(q, w[0]))) {
		return answer{Answer: chat.Answer{Text: e.suggestions(q.Lang, "")}}
	}
	ss := e.rankSentences(ctx, q, text)
	// A list announced of what the question names, counted as the
	// question counts it, is evidence enough a little below the bar ("la
	// moselle se fixe 4 modalités d'intervention, tu peux me les lister
	// ?").
	var announcing *scoredSentence
	if len(ss) > 0 && !q.WantsNumber && !q.WantsDate {
		announcing = e.announcingOf(q, ss)
	}
	// The schéma's own list ("le schéma affirme trois priorités :"), not
	// a law's ("cette loi s'articule autour de 2 axes").
	axesAnnounced := announcing != nil && q.Overview == understand.OverviewAxes && len(q.Fiches) == 0 && q.Axis == 0 &&
		strings.Contains(corpus.Fold(announcing.text), "schema")
	if announcing != nil && (announcing.score >= 0.8*e.params.PassageFound && countsAsAsked(q, announcing.text) || axesAnnounced ||
		announcing.score >= 0.5*e.params.PassageFound && asksWhich(q, announcedNoun(announcing.text))) {
		ss = append([]scoredSentence{*announcing}, ss...)
	} else if len(ss) == 0 || ss[0].score < e.params.PassageFound || !q.typeOKIn(ss[0].text, ss[0].context) || !e.namesAcronymsOf(q, ss[0]) {
		return answer{Answer: chat.Answer{Text: e.suggestions(q.Lang, "")}}
	}
	picked := pickSentences(ss)
	// "Les ateliers de la conférence départementale, c'était quoi les
	// thèmes ?": a sentence that announces a counted list of what the
	// question names ("présentées dans le cadre de cinq ateliers :")
	// answers with its list, though another sentence names more of the
	// question's words.
	if announcing != nil && announcing.text != picked[0].text {
		picked = []scoredSentence{*announcing}
	}
	picked = e.withEnumeration(q, picked)
	// A question that names no schéma, that another schéma answers about
	// as well, is answered from both.
	if len(q.Docs) == 0 && !slices.ContainsFunc(picked, func(s scoredSentence) bool { return s.hit.Chunk.Doc != picked[0].hit.Chunk.Doc }) {
		for _, s := range ss {
			if s.hit.Chunk.Doc != picked[0].hit.Chunk.Doc {
				if (s.score >= e.params.OtherSchema*ss[0].score || q.EachSchema && s.score >= e.params.PassageFound) && q.typeOKIn(s.text, s.context) {
					picked = append(picked, s)
				}
				break
			}
		}
	}
	// "What does the plan say about helping kids like me when we leave
	// care?", "c'est quoi la fiche sur…": the fiche the passage stands for
	// answers (when one schéma answers).
	if !slices.ContainsFunc(picked, func(s scoredSentence) bool { return s.hit.Chunk.Doc != picked[0].hit.Chunk.Doc }) {
		if a, ok := e.ficheOverPassage(q, picked[0]); ok {
			return a
		}
	}
	note := ""
	if e.gen != nil {
		a, ok, n := e.tryGenerate(ctx, q, ss, partial)
		if ok {
			a.evidence = ss[0].score
			return a
		}
		note = n
	}
	var b strings.Builder
	var cites []chat.Citation
	byChunk := map[string]int{}
	var items []string
	itemChunks := map[string]bool{}
	for _, s := range picked {
		c := s.hit.Chunk
		if s.item {
			items = append(items, s.text)
			itemChunks[c.ID] = true
		}
		if i, ok := byChunk[c.ID]; ok {
			cites[i].Quote += "\n" + s.text
			continue
		}
		byChunk[c.ID] = len(cites)
		quote := s.text
		// The line that dates a figure shows with it.
		if s.lead != "" && !slices.ContainsFunc(picked, func(o scoredSentence) bool { return o.text == s.lead }) {
			quote = s.lead + "\n" + s.text
		}
		// A sub-item shows under its head with its siblings, when it is
		// what the answer stands on: the head names what the item is a
		// part of.
		if s.text == picked[0].text && !s.item {
			if head, items := itemHead(c, s.text); head != "" {
				quote = head + "\n- " + strings.Join(items, "\n- ")
			}
		}
		// "Action 2 : Favoriser l'attractivité des métiers" heads the
		// items that say what it does: they show with it.
		for _, sub := range subItems(c, s.text) {
			if !slices.ContainsFunc(picked, func(o scoredSentence) bool { return strings.Contains(sub, o.text) }) {
				quote += "\n- " + sub
			}
		}
		cites = append(cites, chunkCitation(c, quote))
	}
	shown := cites
	if len(items) > 0 {
		// A list announced: the announcement, then its items, shown once
		// (each item stays cited where the document has it).
		first := cites[0]
		var lead []string
		for _, s := range picked {
			if s.item {
				break
			}
			if s.hit.Chunk.ID == picked[0].hit.Chunk.ID {
				lead = append(lead, s.text)
			}
		}
		first.Quote = "- " + strings.Join(items, "\n- ")
		if len(lead) > 0 {
			first.Quote = strings.Join(lead, " ") + "\n" + first.Quote
		}
		shown = []chat.Citation{first}
		// A passage of another part picked besides the list still shows.
		for _, s := range picked {
			if i := byChunk[s.hit.Chunk.ID]; i > 0 && !itemChunks[s.hit.Chunk.ID] && !slices.ContainsFunc(shown, func(c chat.Citation) bool { return c.Quote == cites[i].Quote }) {
				shown = append(shown, cites[i])
			}
		}
	}
	for _, c := range shown {
		d := e.lib.Doc(c.Doc)
		// Where the passage stands, without empty marks when a part has
		// no heading: "(fiche 3)", not "(fiche 3, «  »)" or "()".
		where := strings.TrimSpace(c.Section)
		if c.Fiche != nil {
			if where != "" {
				where = fmt.Sprintf("fiche %s, « %s »", *c.Fiche, where)
			} else {
				where = "fiche " + *c.Fiche
			}
		}
		if where != "" {
			where = " (" + where + ")"
		}
		if q.Lang == chat.English {
			fmt.Fprintf(&b, "From the schéma %s%s:\n> %s\n", docLabel(d), where, c.Quote)
		} else {
			fmt.Fprintf(&b, "D'après le schéma %s%s :\n> %s\n", docLabel(d), where, c.Quote)
		}
		if c.Page != nil {
			fmt.Fprintf(&b, "_p. %d_\n", *c.Page)
		}
		b.WriteString("\n")
	}
	if note != "" {
		b.WriteString(note)
	}
	a := answer{Answer: chat.Answer{Text: strings.TrimSpace(b.String()), Found: true, Citations: cites}, enumerated: len(items) > 0, passage: true, evidence: ss[0].score}
	if len(cites) > 0 {
		a.focusDoc = cites[0].Doc
		if cites[0].Fiche != nil {
			a.focusFiche = *cites[0].Fiche
		}
	}
	return a
}

// ficheOverPassage answers from the fiche the best passage stands for,
// rather than with the passage: the fiche summed up when it is asked for
// ("c'est quoi la fiche sur…"), its actions when what the schéma does is
// asked and the passage only tells why (a diagnostic) or names the fiche.
func (e *Engine) ficheOverPassage(q *question, s scoredSentence) (answer, bool) {
	c := s.hit.Chunk
	doc, fiche, field := c.Doc, c.Fiche, c.Field
	// A line of the narrative that is a fiche's title ("- Développer
	// l'accueil en internat scolaire" in the list of the plan's actions)
	// stands for that fiche.
	if fiche == "" {
		if f := e.titledBy(doc, s.text); f != nil {
			fiche, field = f.ID, retrieval.FieldSummary
		}
	}
	if fiche == "" || q.within != nil || q.List {
		return answer{}, false
	}
	f := e.lib.Doc(doc).Fiche(fiche)
	if f == nil {
		return answer{}, false
	}
	about := coverage(e.questionWeights(q, e.searchText(q)), termSet(f.Title)) >= e.params.TitleAbout
	// "C'est quoi la fiche sur les sorties sèches ?": the fiche is asked,
	// summed up, when its title is about what is asked.
	if q.TheFiche && q.Field == retrieval.FieldSummary && about {
		sum := *q
		sum.Docs, sum.Fiches, sum.weights = []string{doc}, []string{fiche}, nil
		if a := e.ficheAnswer(&sum); a.Found {
			return a, true
		}
	}
	if !understand.AsksWhatPlanSays(q.Folded) ||
		q.Field != "" && q.Field != retrieval.FieldSummary && q.Field != retrieval.FieldActions ||
		q.WantsNumber || q.WantsDate || q.WantsMoney || q.WantsDuration || q.WantsName || q.WantsContact || q.WantsPlace || q.WantsTown || q.WantsFrequency {
		return answer{}, false
	}
	// A diagnostic is never what a schéma does. Another part of a fiche
	// (its title, its indicators) stands for the fiche's actions when the
	// fiche's title is about what is asked; a detail a part names ("le
	// parrainage" among indicators) stays quoted as the document has it.
	switch field {
	case retrieval.FieldDiagnostic:
	case retrieval.FieldActions, retrieval.FieldPilots, retrieval.FieldPartners, retrieval.FieldCalendar:
		return answer{}, false
	default:
		if !about {
			return answer{}, false
		}
	}
	acts := *q
	acts.Docs, acts.Fiches, acts.Field, acts.weights = []string{doc}, []string{fiche}, retrieval.FieldActions, nil
	a := e.ficheAnswer(&acts)
	return a, a.Found
}

// titledBy returns the fiche of document doc whose title a line is, nil
// when none.
func (e *Engine) titledBy(doc, line string) *corpus.Fiche {
	d := e.lib.Doc(doc)
	if d == nil {
		return nil
	}
	l := corpus.Fold(strings.TrimRight(strings.TrimLeft(line, "-•* "), " ."))
	if l == "" {
		return nil
	}
	for i := range d.Fiches {
		// The title as listed may leave out its acronym: "Redéfinir
		// l'offre… dédiée aux Mineurs Non Accompagnés" for "… (MNA)".
		title := strings.TrimRight(d.Fiches[i].Title, " .")
		if j := strings.LastIndex(title, " ("); j > 0 && strings.HasSuffix(title, ")") && l == corpus.Fold(title[:j]) {
			return &d.Fiches[i]
		}
		if corpus.Fold(title) == l {
			return &d.Fiches[i]
		}
	}
	return nil
}

// tryGenerate asks the model for an answer; when it cannot, note is what
// to tell the user about it ("" when nothing needs saying).
func (e *Engine) tryGenerate(ctx context.Context, q *question, ss []scoredSentence, partial func(string)) (a answer, ok bool, note string) {
	a, ok, err := e.generate(ctx, q, ss, partial)
	if ok {
		return a, true, ""
	}
	var cd interface{ CoolingDown() bool }
	if errors.As(err, &cd) && cd.CoolingDown() {
		note = "_Réponse hors ligne : le modèle de langue ne répond pas pour le moment._"
		if q.Lang == chat.English {
			note = "_Offline answer: the language model is not responding at the moment._"
		}
	}
	return answer{}, false, note
}

// generate asks the language model for an answer grounded in the best
// passages; any failure leaves the offline answer.
func (e *Engine) generate(ctx context.Context, q *question, ss []scoredSentence, partial func(string)) (answer, bool, error) {
	var passages []Passage
	seen := map[string]bool{}
	for _, s := range ss {
		c := s.hit.Chunk
		if seen[c.ID] || len(passages) >= 5 {
			continue
		}
		seen[c.ID] = true
		passages = append(passages, Passage{Citation: chunkCitation(c, c.Text), Heading: strings.Join(c.Path, " > "), Text: c.Text})
	}
	req := GenerateRequest{Question: q.Raw, Lang: q.Lang, Passages: passages}
	if partial != nil {
		req.OnToken = partial
	}
	g, err := e.gen.Generate(ctx, req)
	if err != nil {
		e.log.Warn("generation failed, answering offline", "err", err)
		return answer{}, false, err
	}
	var cites []chat.Citation
	for _, n := range g.Cited {
		if n >= 1 && n <= len(passages) {
			cites = append(cites, passages[n-1].Citation)
		}
	}
	if len(cites) == 0 {
		return answer{}, false, errors.New("generated answer cites no passage")
	}
	a := answer{Answer: chat.Answer{Text: g.Text, Found: true, Citations: cites}, focusDoc: cites[0].Doc}
	return a, true, nil
}

// union returns the terms of a and b.
func union(a, b map[string]bool) map[string]bool {
	out := maps.Clone(a)
	if out == nil {
		out = map[string]bool{}
	}
	maps.Copy(out, b)
	return out
}
