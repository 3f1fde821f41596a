package answer

import (
	"context"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"schemabot/bot/chat"
	"schemabot/bot/understand"
	"schemabot/corpus"
	"schemabot/retrieval"
)

// searchText is what to search for a question: its topic words, with the
// expansions of its acronyms.
func (e *Engine) searchText(q *question) string {
	text := q.Topic
	if len(retrieval.Terms(retrieval.Translate(text))) == 0 {
		text = q.Raw
	}
	for _, a := range q.Acronyms {
		for _, d := range e.docsFor(q) {
			if exp := e.searchExpansion(d, a); exp != "" && !strings.Contains(text, exp) {
				text += " " + exp
			}
		}
	}
	return text
}

// askedSearchText is searchText for the sentence of the question that
// asks, without the sentences around it (keepBefore: without those after
// it only, as what comes before often sets the topic: "I recruit foster
// carers. What does the schéma plan?"); "" when there are none, or when
// that sentence has no words to search.
func (e *Engine) askedSearchText(q *question, keepBefore bool) string {
	start, end := askingSpan(q.Topic)
	if keepBefore {
		start = 0
	}
	// "… ? (niveaux 1 à 3, niveau 4)": words in brackets after the
	// question qualify it.
	if strings.HasPrefix(strings.TrimLeft(q.Topic[min(end+1, len(q.Topic)):], " "), "(") {
		end = len(q.Topic)
	}
	if start == 0 && end == len(q.Topic) || len(retrieval.Terms(retrieval.Translate(q.Topic[start:end]))) == 0 {
		return ""
	}
	c := *q
	c.Topic = q.Topic[start:end]
	// Only the acronyms of the sentence that asks are expanded.
	c.Acronyms = nil
	for _, a := range q.Acronyms {
		if strings.Contains(strings.ToLower(c.Topic), strings.ToLower(a)) {
			c.Acronyms = append(c.Acronyms, a)
		}
	}
	return e.searchText(&c)
}

// termGroup is one meaningful unit of a question: a French word, or the
// French alternatives of one English word. It counts as present when any
// of its terms is.
type termGroup struct {
	terms   []string
	all     [][]string // alternatives whose terms must all be present
	phrases []string   // the same alternatives as folded phrases
	weight  float64
	context bool // a word of the sentences around the one that asks
}

// changeStems are the terms of every word for a change of a figure, in a
// fixed order.
var changeStems = sync.OnceValue(func() []string {
	return slices.Sorted(maps.Keys(understand.ChangeTerms()))
})

// in reports whether the group is present among terms. Given the text the
// terms come from (phraseText), its alternatives count only as phrases:
// a whole fiche holds "centre", "départemental" and "enfance" apart
// without naming the Centre départemental de l'enfance.
func (g termGroup) in(terms map[string]bool, text string) bool {
	for _, t := range g.terms {
		if terms[t] {
			return true
		}
	}
	if text != "" {
		for _, p := range g.phrases {
			if strings.Contains(text, p) || containsSpaced(text, p) {
				return true
			}
		}
		return false
	}
	for _, alt := range g.all {
		ok := len(alt) > 0
		for _, t := range alt {
			ok = ok && terms[t]
		}
		if ok {
			return true
		}
	}
	return false
}

// containsSpaced reports whether the terms of phrase p stand in text in
// their order with at most one other term between two of them: "retour de
// l'enfant à domicile" names the "retour à domicile" a question asks.
func containsSpaced(text, p string) bool {
	want := strings.Fields(p)
	if len(want) < 2 || !strings.Contains(text, " "+want[0]+" ") {
		return false
	}
	terms := strings.Fields(text)
	for i, t := range terms {
		if t != want[0] {
			continue
		}
		j, k := i, 1
		for k < len(want) {
			if j+1 < len(terms) && terms[j+1] == want[k] {
				j++
			} else if j+2 < len(terms) && terms[j+2] == want[k] {
				j += 2
			} else {
				break
			}
			k++
		}
		if k == len(want) {
			return true
		}
	}
	return false
}

// credit is how much of the group terms hold: all of it when the group is
// in them. In a sentence (text ""), a phrase some of whose words are there
// counts in part: most when its first word, the head of a French noun
// phrase, is there (a sentence names "le comité" the question called "the
// users' committee"), half the share of its words otherwise. In a fiche's
// whole text a phrase counts only whole.
func (g termGroup) credit(terms map[string]bool, text string) float64 {
	if g.in(terms, text) {
		return 1
	}
	if text != "" {
		return 0
	}
	best := 0.0
	for _, alt := range g.all {
		n := 0
		for _, t := range alt {
			if terms[t] {
				n++
			}
		}
		c := float64(n) / float64(len(alt)) / 2
		if len(alt) > 0 && terms[alt[0]] {
			c = max(c, headCredit)
		}
		best = max(best, c)
	}
	return best
}

// headCredit is what the head word of a phrase alone is worth in a
// sentence.
const headCredit = 0.5

// weights splits text into term groups weighted by rarity (BM25 idf);
// terms the documents never use are left out, as nothing can match them.
func (e *Engine) weights(text string) []termGroup {
	return e.weightsIn(text, understand.DetectLang(text))
}

// questionWeights is weightsIn for a question's search text: an acronym
// and the words of its expansion form one group, present when either is
// ("AED" in the text counts as "action éducative à domicile").
func (e *Engine) questionWeights(q *question, text string) []termGroup {
	// The same question's text is weighed by every step that tries to
	// answer it: weigh it once.
	if w, ok := q.weights[text]; ok {
		return w
	}
	w := e.weighQuestion(q, text)
	if q.weights == nil {
		q.weights = map[string][]termGroup{}
	}
	q.weights[text] = w
	return w
}

func (e *Engine) weighQuestion(q *question, text string) []termGroup {
	expansions := map[string][][]string{}
	phrases := map[string][]string{}
	for _, a := range q.Acronyms {
		k := retrieval.Stem(strings.ToLower(a))
		for _, d := range e.docsFor(q) {
			if exp := e.searchExpansion(d, a); exp != "" {
				// An acronym no document writes ("le nombre d'IP" where the
				// schéma writes "informations préoccupantes") is no unknown
				// word: its expansion's words stand for it.
				if !e.ix.HasTerm(k) {
					text = withoutWord(text, a)
					continue
				}
				text = strings.Replace(text, " "+exp, "", 1)
				k := retrieval.Stem(strings.ToLower(a))
				expansions[k] = append(expansions[k], retrieval.Terms(exp))
				phrases[k] = append(phrases[k], phraseText(exp))
			}
		}
	}
	w := e.weightsIn(text, q.Lang)
	// "Quand est prévue l'élaboration du protocole ?": the words that ask
	// for a date ("prévu", "échéance") name no topic.
	// "Rappelez-moi le calendrier prévu" neither.
	if q.Field == retrieval.FieldCalendar {
		due := understand.DueTerms()
		w = slices.DeleteFunc(w, func(g termGroup) bool { return len(g.terms) == 1 && due[g.terms[0]] })
	}
	// In a question for a figure, a number other than a year qualifies
	// what is counted ("young adults (18-21)", "moins de 6 ans"): the
	// sentence that gives the figure need not repeat it.
	if q.WantsNumber {
		units := map[string]bool{}
		for _, m := range reAgeUnit.FindAllStringSubmatch(corpus.Fold(text), -1) {
			for _, t := range retrieval.Terms(m[1]) {
				units[t] = true
			}
		}
		change := understand.ChangeTerms()
		for i := range w {
			if len(w[i].terms) == 1 && (isNumeric(w[i].terms[0]) && !reYearTerm.MatchString(w[i].terms[0]) || units[w[i].terms[0]] || change[w[i].terms[0]]) {
				w[i].weight /= 2
			}
			// "Une forte hausse des MNA : les chiffres ?": the text tells
			// the change in its own word ("une augmentation du nombre…"),
			// any word for a change is as good.
			if len(w[i].terms) == 1 && change[w[i].terms[0]] {
				w[i].terms = changeStems()
			}
		}
		w = mergeYears(w)
	}
	// "… la fiche innovation ? on voudrait associer des boîtes privées",
	// "je prépare le copil de jeudi. côté Isère, la fiche PPE vise quoi ?":
	// the sentence that asks names the topic; the words of the sentences
	// around it are context, and weigh less.
	if start, end := askingSpan(text); start > 0 || end < len(text) {
		// "On m'a dit que l'Isère allait écrire un référentiel de la PMI.
		// C'est prévu pour quand ?": a sentence that asks nothing of its
		// own, or points back ("ce chantier", "that project"), asks about
		// the sentence before it, which is the topic, not context.
		if start > 0 && e.asksOfBefore(q, text[start:end]) {
			start = sentenceStart(text, start)
		}
		asking := map[string]bool{}
		for _, g := range e.weightsIn(text[start:end], q.Lang) {
			for _, t := range g.terms {
				asking[t] = true
			}
		}
		// The asker's trade ("je suis greffier, …") is no word of the
		// topic the documents lack.
		askingUnknown := 0.0
		for _, g := range e.weightsIn(understand.WithoutSelfClauses(text[start:end]), q.Lang) {
			if slices.Contains(g.terms, unknownTerm) {
				askingUnknown = g.weight
			}
		}
		for j := range w {
			switch {
			case slices.Contains(w[j].terms, unknownTerm):
				// Unknown words of the context ("on a des gamins qui
				// restent…") weigh as context too.
				w[j].weight = max(askingUnknown, w[j].weight*e.params.ContextWeight)
				w[j].context = askingUnknown == 0
			case !slices.ContainsFunc(w[j].terms, func(t string) bool { return asking[t] }) &&
				// A phrase the asking sentence reads ("signalements" as
				// "informations préoccupantes") is no context either.
				!slices.ContainsFunc(w[j].all, func(alt []string) bool {
					return !slices.ContainsFunc(alt, func(t string) bool { return !asking[t] })
				}):
				w[j].weight *= e.params.ContextWeight
				w[j].context = true
			}
		}
	}
	for i := range w {
		for _, t := range w[i].terms {
			if x, ok := expansions[t]; ok {
				// The expansion counts when all its words are there: "centre"
				// alone is not "Centre départemental de l'enfance".
				w[i].all = append(w[i].all, x...)
				w[i].phrases = append(w[i].phrases, phrases[t]...)
				break
			}
		}
	}
	return w
}

// withoutWord returns text without word w, whatever its case, where it
// stands as a whole word (or in the plural: "IPs").
func withoutWord(text, w string) string {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	var b strings.Builder
	rs := []rune(text)
	for i := 0; i < len(rs); {
		if !isWord(rs[i]) {
			b.WriteRune(rs[i])
			i++
			continue
		}
		j := i
		for j < len(rs) && isWord(rs[j]) {
			j++
		}
		word := string(rs[i:j])
		if !strings.EqualFold(word, w) && !strings.EqualFold(word, w+"s") {
			b.WriteString(word)
		}
		i = j
	}
	return b.String()
}

// mergeYears makes the years of a question for a figure one group, present
// when any of them is: "combien en 2018, et en 2013 ?" compares two dates,
// and a document that gives the figure for 2018 against 2014 answers it.
func mergeYears(w []termGroup) []termGroup {
	first := -1
	var out []termGroup
	for _, g := range w {
		if len(g.terms) != 1 || !reYearTerm.MatchString(g.terms[0]) || g.context {
			out = append(out, g)
			continue
		}
		if first < 0 {
			first = len(out)
			out = append(out, g)
			continue
		}
		out[first].terms = append(out[first].terms, g.terms[0])
		out[first].weight = max(out[first].weight, g.weight)
	}
	return out
}

// askingSpan returns the bounds of the sentence of text that asks: the
// one ending with its first question mark, from the end of the sentence
// before it. Without a question mark, or with nothing but that sentence,
// it is the whole text.
func askingSpan(text string) (start, end int) {
	i := strings.IndexAny(text, "?")
	if i < 0 {
		return 0, len(text)
	}
	end = len(text)
	if len(retrieval.Terms(text[i+1:])) > 0 {
		end = i
	}
	for j := i - 1; j > 0; j-- {
		if (text[j] == '.' || text[j] == '!' || text[j] == '\n') && j+1 < len(text) && (text[j+1] == ' ' || text[j+1] == '\n') && sentenceEnd(text[:j]) {
			start = j + 1
			break
		}
		// "je fais un point PMI pour la nouvelle équipe : quelles
		// fiches…": what the asker says of themselves before a colon is
		// context, not the topic.
		if text[j] == ':' && j+1 < len(text) && understand.SaysOfSelf(text[:j]) {
			start = j + 1
			break
		}
		// "Je suis sage-femme de PMI 🙂 quelles fiches…": an emoji ends
		// what the chat said before the question.
		if r, size := utf8.DecodeRuneInString(text[j:]); size > 1 && unicode.Is(unicode.So, r) {
			start = j + size
			break
		}
	}
	if len(retrieval.Terms(text[:start])) == 0 {
		start = 0
	}
	return start, end
}

// asksOfBefore reports an asking sentence that names no topic of its own
// (its words only ask, or a date is asked and they name none) or that
// points back to what was named before it.
func (e *Engine) asksOfBefore(q *question, asking string) bool {
	// "J'ai lu que le schéma voulait… : quel service porte ce chantier ?"
	// points back within its own sentence.
	if i := strings.LastIndexAny(asking, ":–—"); i >= 0 && len(retrieval.Terms(asking[:i])) > 0 {
		return false
	}
	if understand.PointsBack(corpus.Fold(asking)) {
		return true
	}
	due := understand.DueTerms()
	for _, g := range e.weightsIn(asking, q.Lang) {
		if !((q.WantsDate || q.Field == retrieval.FieldCalendar) && len(g.terms) == 1 && due[g.terms[0]]) {
			return false
		}
	}
	return true
}

// sentenceStart returns where the sentence before the one starting at
// start begins: after the previous full stop, exclamation or question
// mark, line break or colon (0 when there is none).
func sentenceStart(text string, start int) int {
	for j := start - 2; j > 0; j-- {
		if strings.ContainsRune(".!?\n:", rune(text[j])) && (text[j+1] == ' ' || text[j+1] == '\n') {
			return j + 1
		}
	}
	return 0
}

// sentenceEnd reports whether the text before a full stop ends a sentence
// rather than an abbreviation ("M.", "n.", "ex.").
func sentenceEnd(before string) bool {
	// A dot after a space ends a sentence whose last word was a place the
	// search text left out ("je prends un poste en Isère. Quelles…").
	if strings.HasSuffix(before, " ") {
		return true
	}
	k := strings.LastIndexAny(before, " \n(") + 1
	return len([]rune(before[k:])) >= 3 || strings.HasSuffix(before, ")")
}

// weightsIn is weights for a text known to be in lang: a question's search
// text carries French acronym expansions whatever language it was asked in.
// agentNoun reports a stem that names a person by what they do
// ("decrocheur", "financeus").
func agentNoun(stem string) bool {
	return strings.HasSuffix(stem, "eur") || strings.HasSuffix(stem, "eus")
}

// rareFamily is the inverse document frequency from which a word and the
// words of its family stand for one another: words met in a few passages.
const rareFamily = 3.5

func (e *Engine) weightsIn(text, lang string) []termGroup {
	var out []termGroup
	seen := map[string]bool{}
	add := func(terms []string) {
		g := termGroup{}
		for _, t := range terms {
			if c, ok := e.ix.Correct(t); ok && !seen[c] {
				seen[c] = true
				g.terms = append(g.terms, c)
				g.weight = max(g.weight, e.ix.TermIDF(c))
			}
		}
		// "Les élèves décrocheurs" are what "le décrochage scolaire" is
		// about: people named by what they do stand for the doing, and the
		// doing for them, when the words are rare; a common word of the
		// family ("parent" for "parental") says less.
		for _, t := range slices.Clone(g.terms) {
			if e.ix.TermIDF(t) < rareFamily {
				continue
			}
			for _, f := range e.ix.Family(t, 4) {
				if !seen[f] && e.ix.TermIDF(f) >= rareFamily && (agentNoun(t) || agentNoun(f)) {
					seen[f] = true
					g.terms = append(g.terms, f)
				}
			}
		}
		for _, v := range e.withNumber(g.terms)[len(g.terms):] {
			if !seen[v] {
				seen[v] = true
				g.terms = append(g.terms, v)
			}
		}
		if len(g.terms) > 0 {
			out = append(out, g)
		}
	}
	// Unknown words are telling in a French question; in an English one,
	// the words the vocabulary does not translate are not.
	frenchQuestion := lang == chat.French
	// The English vocabulary is for English questions: in a French one,
	// "légal" or "réception" are French words, not "legal" or "reception".
	french, rest := retrieval.Abbreviations(text)
	if !frenchQuestion {
		french, rest = retrieval.Translations(text)
		rest = e.withoutEnglish(rest)
	}
	var unknown int
	for _, word := range retrieval.Words(rest) {
		if retrieval.IsStop(word) {
			continue
		}
		t := retrieval.Stem(word)
		// A short word the documents never use, that is no French word
		// either, is a word cut short ("prév", "conj", "régul"): it stands
		// for the words it begins, and weighs as the commonest of them.
		if frenchQuestion && utf8.RuneCountInString(t) <= 6 && !retrieval.FrenchWord(t) {
			if c := e.ix.Completions(t, 6); len(c) > 0 {
				g := termGroup{weight: e.ix.TermIDF(c[0])}
				for _, x := range c {
					if !seen[x] {
						seen[x] = true
						g.terms = append(g.terms, x)
					}
				}
				if len(g.terms) > 0 {
					out = append(out, g)
				}
				continue
			}
		}
		// "Les AEMO renforcées ont explosé ?": a word for a change that the
		// documents do not use is no typo of one they do ("exposé").
		if understand.ChangeTerms()[t] && !e.ix.HasTerm(t) {
			continue
		}
		// "Les élèves décrocheurs": a word the documents use in another
		// form of its family ("le décrochage scolaire") is theirs.
		if _, ok := e.ix.Correct(t); !ok && frenchQuestion && !isNumeric(t) {
			if fam := e.ix.Family(t, 6); len(fam) > 0 {
				add(fam)
				continue
			}
		}
		if _, ok := e.ix.Correct(t); !ok && !isNumeric(t) {
			// "Le nombre de MNA a triplé ?": how a figure changed is
			// printed as two figures, not in the word asked.
			if understand.ChangeTerms()[t] {
				continue
			}
			// "Des gamins qui restent six mois": what people do is no
			// thing asked for.
			if frenchQuestion && !retrieval.VerbForm(word) {
				unknown++
			} else if !frenchQuestion && abstractNoun(word) && retrieval.FrenchWord(t) && !retrieval.EnglishOnly(word) {
				// "prostitution", "exploitation": a noun both languages
				// share, that no document uses, is asked for all the same.
				unknown++
			}
			continue
		}
		add([]string{t})
	}
	for _, f := range french {
		// "conférences familiales | conférences des familles": phrases,
		// each present only as a whole.
		if strings.Contains(f, "|") || len(strings.Fields(f)) > 1 {
			// "The fight against…" is "lutter contre | lutte": words
			// that say how an action stands to its topic, stop words in
			// every alternative, find nothing and miss nothing.
			if !slices.ContainsFunc(strings.Split(f, "|"), func(alt string) bool { return len(retrieval.Terms(alt)) > 0 }) {
				continue
			}
			if g, known := e.phraseGroupKnown(f, seen); len(g.terms)+len(g.all) > 0 {
				out = append(out, g)
			} else if !known {
				unknown++
			}
			continue
		}
		terms := retrieval.Terms(f)
		known := false
		for _, t := range terms {
			if _, ok := e.ix.Correct(t); ok {
				known = true
			}
		}
		if !known && len(terms) > 0 {
			unknown++ // a translated word the documents never use ("mayor" → "maire")
		}
		add(terms)
	}
	// A word the documents never use, nor anything close to it ("mayor",
	// "adresse"), is part of the question nothing can answer: it weighs
	// like a rare word.
	if unknown > 0 && len(out) > 0 {
		out = append(out, termGroup{terms: []string{unknownTerm}, weight: e.params.UnknownWeight * e.maxIDF() * min(float64(unknown), 1.5)})
	}
	return out
}

// phraseGroup is the group of the alternatives of a vocabulary value
// written as phrases ("assistants familiaux | famille d'accueil"): a
// one-word alternative is a term, a longer one counts only with all its
// words, next to each other in a fiche's text. ok is false when the
// documents use none of them.
func (e *Engine) phraseGroup(value string, seen map[string]bool) (termGroup, bool) {
	g, _ := e.phraseGroupKnown(value, seen)
	return g, len(g.terms)+len(g.all) > 0
}

// phraseGroupKnown is phraseGroup that also reports whether the documents
// use any of the alternatives, even one another group already holds: a
// word asked twice ("national … nationale") is no word the documents lack.
func (e *Engine) phraseGroupKnown(value string, seen map[string]bool) (g termGroup, known bool) {
	for _, alt := range strings.Split(value, "|") {
		terms := retrieval.Terms(alt)
		if len(terms) == 1 {
			// A term another group holds is counted there.
			c, ok := e.ix.Correct(terms[0])
			known = known || ok
			if ok && !seen[c] {
				seen[c] = true
				g.terms = append(g.terms, c)
				g.weight = max(g.weight, e.ix.TermIDF(c))
			}
			continue
		}
		if len(terms) == 0 || !slices.ContainsFunc(terms, e.ix.HasTerm) {
			continue
		}
		known = true
		for _, t := range terms {
			g.weight = max(g.weight, e.ix.TermIDF(t))
		}
		g.all = append(g.all, terms)
		g.phrases = append(g.phrases, phraseText(alt))
	}
	return g, known
}

// withoutEnglish drops from the untranslated rest of an English question
// the English words that are not French ones and match a French term by
// accident: an inflection French does not have ("based" is not "base"), or
// a short word a spelling correction would turn into another ("teams" is
// no typo of "termes"). Longer English words stay: spelling brings a
// cognate to its French word ("barometer", "baromètre").
func (e *Engine) withoutEnglish(rest string) string {
	words := strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	kept := words[:0]
	for _, w := range words {
		if retrieval.EnglishOnly(w) {
			lw := strings.ToLower(w)
			if strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ly") {
				continue
			}
			if ts := retrieval.Terms(w); len(ts) == 1 && !e.ix.HasTerm(ts[0]) && utf8.RuneCountInString(w) < 7 {
				continue
			}
		}
		kept = append(kept, w)
	}
	return strings.Join(kept, " ")
}

// reAgeUnit is the unit after a number of a question ("18-21 ans", "6
// months"), part of what qualifies the number.
var reAgeUnit = regexp.MustCompile(`\d\s*(ans|an|mois|years|year|months|month)\b`)

// reYearTerm is a year among analysed terms.
var reYearTerm = regexp.MustCompile(`^(19|20)\d\d$`)

// abstractNoun reports a word with the ending of an abstract noun French
// and English share ("exploitation", "extremism", "commission").
func abstractNoun(word string) bool {
	w := strings.ToLower(word)
	for _, end := range []string{"tion", "tions", "sion", "sions", "isme", "ism"} {
		if strings.HasSuffix(w, end) && len(w) > len(end)+2 {
			return true
		}
	}
	return false
}

// asksUnknown reports a question whose asking words hold a word no
// document uses.
func asksUnknown(w []termGroup) bool {
	return slices.ContainsFunc(w, func(g termGroup) bool { return !g.context && slices.Contains(g.terms, unknownTerm) })
}

// unknownTerm stands for the question's words that no document uses.
const unknownTerm = "\x00unknown"

func isNumeric(t string) bool {
	for _, r := range t {
		if r < '0' || r > '9' {
			return false
		}
	}
	return t != ""
}

// maxIDF is the rarity of a word found in one chunk only.
func (e *Engine) maxIDF() float64 { return e.ix.TermIDF("\x00never") }

// coverage is the share of the groups' weight present in terms.
func coverage(w []termGroup, terms map[string]bool) float64 { return coverageIn(w, terms, "") }

// coverageIn is coverage over terms analysed from text (phraseText, or ""
// for a sentence, where an expansion's words together are enough).
func coverageIn(w []termGroup, terms map[string]bool, text string) float64 {
	var have, total float64
	for _, g := range w {
		total += g.weight
		have += g.weight * g.credit(terms, text)
	}
	if total == 0 {
		return 0
	}
	return have / total
}

func termSet(text string) map[string]bool {
	m := map[string]bool{}
	for _, t := range retrieval.Terms(text) {
		m[t] = true
	}
	return m
}

// buildFicheTerms returns the analysed terms of each fiche's whole text.
func buildFicheTerms(ix *retrieval.Index) map[ficheKey]map[string]bool {
	m := map[ficheKey]map[string]bool{}
	for _, c := range ix.Chunks() {
		if c.Fiche == "" {
			continue
		}
		k := ficheKey{c.Doc, c.Fiche}
		if m[k] == nil {
			m[k] = map[string]bool{}
		}
		for _, t := range retrieval.Terms(c.Text) {
			m[k][t] = true
		}
		if c.Field == retrieval.FieldSummary {
			for _, t := range retrieval.Terms(c.Section) {
				m[k][t] = true
			}
		}
	}
	return m
}

// ficheHoldsAcronyms reports a fiche whose text names one of the
// question's acronyms.
func (e *Engine) ficheHoldsAcronyms(q *question, k ficheKey) bool {
	for _, a := range q.Acronyms {
		if understand.IndexWord(" "+e.ftext[k]+" ", corpus.Fold(a)) >= 0 {
			return true
		}
	}
	return false
}

// buildFicheText returns each fiche's whole text, folded and with single
// spaces, for phrase lookups.
func buildFicheText(ix *retrieval.Index) map[ficheKey]string {
	parts := map[ficheKey][]string{}
	for _, c := range ix.Chunks() {
		if c.Fiche != "" {
			k := ficheKey{c.Doc, c.Fiche}
			parts[k] = append(parts[k], c.Section, c.Text)
		}
	}
	m := make(map[ficheKey]string, len(parts))
	for k, p := range parts {
		m[k] = phraseText(strings.Join(p, " "))
	}
	return m
}

// phraseText reduces s to its analysed terms, one space apart and one
// around, so that a phrase is found whatever its punctuation, inflection
// or small words ("conférence des familles", "conférences familiales"
// differ; "assistants familiaux" is "assistant familial").
func phraseText(s string) string {
	return " " + strings.Join(retrieval.Terms(s), " ") + " "
}

// rankFiches ranks the fiches for a text by their best chunks; field, when
// set, favours chunks of that field. cover is how much of the text's
// meaningful terms each fiche contains.
func (e *Engine) rankFiches(ctx context.Context, q *question, text, field string) ([]ficheKey, map[ficheKey]float64, map[ficheKey]float64) {
	docs := map[string]bool{}
	for _, id := range q.Docs {
		docs[id] = true
	}
	hits, err := e.ix.Search(ctx, retrieval.Query{Text: text, K: 40, Filter: func(c *retrieval.Chunk) bool {
		return c.Fiche != "" && (len(docs) == 0 || docs[c.Doc])
	}})
	if err != nil {
		e.log.Warn("search failed", "err", err)
		return nil, nil, nil
	}
	scores := map[ficheKey]float64{}
	addHits := func(hits []retrieval.Hit, weight float64) {
		seen := map[ficheKey]int{}
		for _, h := range hits {
			k := ficheKey{h.Chunk.Doc, h.Chunk.Fiche}
			s := h.Score * weight
			if field != "" && h.Chunk.Field == field {
				s *= e.params.FieldBoost
			}
			if seen[k] > 0 {
				s *= 0.5 / float64(seen[k])
			}
			seen[k]++
			scores[k] += s
		}
	}
	addHits(hits, 1)
	// "Je préside un club de foot, on aimerait accueillir des jeunes
	// suivis par l'ASE. Le Département a prévu quelque chose avec les
	// clubs ?": the story told before the question has many words, and
	// the search for the whole message finds what the story is about;
	// the sentence that asks is searched on its own too.
	if start, end := askingSpan(text); start > 0 && !understand.PointsBack(text[start:end]) && !e.asksOfBefore(q, text[start:end]) && len(retrieval.Terms(text[start:end])) > 1 {
		own, err := e.ix.Search(ctx, retrieval.Query{Text: text[start:end], K: 40, Filter: func(c *retrieval.Chunk) bool {
			return c.Fiche != "" && (len(docs) == 0 || docs[c.Doc])
		}})
		if err == nil {
			addHits(own, e.params.AskingSearch)
		}
	}
	w := e.questionWeights(q, text)
	ft := e.fterms
	cover := map[ficheKey]float64{}
	// Two words of the question side by side in a fiche's title
	// ("évaluation initiale") name it more than the same words apart; side
	// by side in its text ("le protocole d'accès à l'autonomie"), they name
	// a thing the fiche does.
	var pairs []string
	if ts := retrieval.Terms(text); len(ts) > 1 && field != "" {
		for i := 1; i < len(ts); i++ {
			if ts[i] != ts[i-1] && !isNumeric(ts[i]) && !isNumeric(ts[i-1]) {
				pairs = append(pairs, " "+ts[i-1]+" "+ts[i]+" ")
			}
		}
	}
	for k := range scores {
		if f := e.lib.Doc(k.doc).Fiche(k.n); f != nil && len(pairs) > 0 {
			title := phraseText(f.Title)
			n := 0.0
			for _, p := range pairs {
				if strings.Contains(title, p) {
					n++
				} else if strings.Contains(e.ftext[k], p) {
					n += e.params.PhraseWeight
				}
			}
			scores[k] *= 1 + n/float64(len(pairs))
		}
	}
	var noun []string
	if q.FicheNoun != "" {
		noun = retrieval.Terms(retrieval.Translate(q.FicheNoun))
	}
	for k := range scores {
		cover[k] = coverageIn(w, ft[k], e.ftext[k])
		// A fiche that holds more of the question's words ranks higher;
		// asked for one field, the fiche whose title names the topic is
		// about it, more than one that only mentions it among its
		// partners or actions (lists keep every fiche that treats it).
		scores[k] *= 1 + e.params.CoverWeight*(cover[k]-0.5)
		// "La fiche innovation", "the MNA fiche": the word beside "fiche"
		// names it by its title.
		if f := e.lib.Doc(k.doc).Fiche(k.n); f != nil && len(noun) > 0 {
			title := termSet(f.Title)
			if slices.ContainsFunc(noun, func(t string) bool { return title[t] }) {
				scores[k] *= 1 + e.params.NounWeight
			}
		}
		if f := e.lib.Doc(k.doc).Fiche(k.n); f != nil && field != "" {
			scores[k] *= 1 + e.params.TitleWeight*(coverage(w, termSet(f.Title))-0.5)
		}
		// For a date, the milestone that names what is asked matters most.
		if field == retrieval.FieldCalendar {
			best := 0.0
			if f := e.lib.Doc(k.doc).Fiche(k.n); f != nil {
				for _, m := range f.Milestones {
					best = max(best, coverage(w, milestoneTerms(e.lib.Doc(k.doc), m)))
				}
			}
			scores[k] *= 1 + e.params.MilestoneWeight*(best-0.3)
		}
	}
	return sortedFiches(scores), scores, cover
}

// onlyByContext reports a passage that answers better than the fiche only
// through the words around the question: "on bosse avec qui sur les
// violences conjugales ? je prépare une réunion" is about the fiche on
// violences conjugales, not a sentence that also names a "réunion".
func (e *Engine) onlyByContext(q *question, text string, k ficheKey, s scoredSentence) bool {
	w := e.questionWeights(q, text)
	var asked []termGroup
	for _, g := range w {
		if !g.context {
			asked = append(asked, g)
		}
	}
	if len(asked) == len(w) || len(asked) == 0 {
		return false
	}
	return coverage(asked, termSet(s.text)) <= coverageIn(asked, e.fterms[k], e.ftext[k])
}

// topicFieldAnswer answers a field asked about a topic instead of a number
// ("when is the CRIP guide due?"): it finds the fiche the topic names, then
// answers from its structured field.
func (e *Engine) topicFieldAnswer(ctx context.Context, q *question) (answer, bool) {
	text := e.searchText(q)
	// "La fiche sur l'évaluation continue : quelles actions ? je bosse
	// sur le PPE": the fiche is the one the asking sentence names.
	if asked := e.askedSearchText(q, true); asked != "" && len(e.questionWeights(q, asked)) > 0 {
		text = asked
	}
	if len(e.questionWeights(q, text)) == 0 {
		return answer{}, false
	}
	ranked, scores, cover := e.rankFiches(ctx, q, text, q.Field)
	if len(ranked) == 0 {
		return answer{}, false
	}
	// A fiche named by its title holds the question as far as its title
	// is named, whatever the words around.
	held := cover[ranked[0]]
	if recall := e.titleNamed(q, text, ranked, scores); recall >= e.params.TitleRecall {
		held = max(held, recall)
	} else if held < e.params.FicheCover && (!e.clearLead(ranked, scores, cover) || asksUnknown(e.questionWeights(q, text))) {
		// The lead excuses the chat words around a topic, not a word of
		// the topic that no document uses ("la lutte contre la
		// prostitution des mineurs"): the fiche ahead is then only the
		// nearest to a topic no fiche treats.
		return answer{}, false
	}
	// A narrative passage that answers better wins over a fiche; so does
	// one that answers at all when the fiche has nothing for the field
	// ("les conférences de territoire, c'était quand ?" in a schéma whose
	// fiches have no calendar).
	ss := e.rankSentences(ctx, q, text)
	pc := 0.0
	if len(ss) > 0 {
		pc = ss[0].score
	}
	// Nor does a passage that names none of the question's acronyms when
	// the fiche does: "l'UAPED doit ouvrir quand ?" is not answered by
	// "M. X ouvre la séance".
	if pc > held+e.params.PassageOverFiche && pc >= e.params.PassageFound && !e.onlyByContext(q, text, ranked[0], ss[0]) && (q.FieldWeak || speaksOfField(q.Field, ss[0].text+" "+ss[0].context)) &&
		(e.holdsAcronyms(q, ss[0]) || !e.ficheHoldsAcronyms(q, ranked[0])) {
		return answer{}, false
	}
	if f := e.lib.Doc(ranked[0].doc).Fiche(ranked[0].n); f != nil && !hasField(f, q.Field) && pc >= e.params.PassageFound {
		return answer{}, false
	}
	best := ranked[0]
	d := e.lib.Doc(best.doc)
	f := d.Fiche(best.n)
	// A date is the date of a milestone: the topic must name one, or the
	// fiche itself ("when was the plan adopted?" is not fiche 27 on
	// children's status, which mentions adoption but plans no adoption),
	// or the fiche must hold most of the question far ahead of the others,
	// its title part of it ("l'instance qui doit réexaminer le statut des
	// enfants confiés").
	if q.Field == retrieval.FieldCalendar && len(f.Milestones) > 0 {
		w := e.questionWeights(q, text)
		// A fiche whose dates name nothing ("Échéance : fin 2025") is due
		// as a whole: holding the question far ahead is enough.
		unnamed := !slices.ContainsFunc(f.Milestones, func(m corpus.Milestone) bool { return m.Label != "" })
		if tc := coverage(w, termSet(f.Title)); bestMilestone(d, f, w) < 0 && tc < 0.5 && !((tc >= 0.25 || unnamed) && cover[best] >= e.params.FicheCover && e.clearLead(ranked, scores, cover)) {
			return answer{}, false
		}
		// The date of one of the fiche's aims, asked by its words, is in
		// the text that states it, not in the fiche's whole span.
		if bestMilestone(d, f, w) < 0 && len(ss) > 0 && ss[0].score >= e.params.PassageFound && datedAimAsked(best, f, w, ss[0]) {
			return answer{}, false
		}
	}
	var b strings.Builder
	cites, ok := e.writeTopicField(&b, q, text, d, f)
	// A question that names no schéma, about a topic a fiche of another
	// schéma treats about as well, is answered from both.
	var other *ficheKey
	if len(q.Docs) == 0 {
		for _, k := range ranked[1:] {
			if k.doc != best.doc {
				// "Les deux schémas prévoient quelque chose ?" wants each
				// one's fiche, however far behind, when it holds as much
				// of the question as the first.
				if q.EachSchema && cover[k] >= min(e.params.FicheCover, cover[best]) ||
					cover[k] >= e.params.FicheCover && scores[k] >= e.params.OtherSchema*scores[best] {
					other = &k
				}
				break
			}
		}
	}
	if other != nil {
		d2 := e.lib.Doc(other.doc)
		b.WriteString("\n")
		c2, ok2 := e.writeTopicField(&b, q, text, d2, d2.Fiche(other.n))
		cites = append(cites, c2...)
		ok = ok || ok2
	}
	// Say when another fiche is about as close; give its field too when
	// its title names the topic as much as the first's ("hors les murs":
	// the fiche that develops it and the one that goes beyond it).
	if len(ranked) > 1 && other == nil {
		second := ranked[1]
		if scores[second] >= e.params.SeeAlso*scores[best] && cover[second] >= e.params.FicheCover {
			d2 := e.lib.Doc(second.doc)
			f2 := d2.Fiche(second.n)
			w := e.questionWeights(q, text)
			if t2 := coverage(w, termSet(f2.Title)); t2 >= e.params.TitleRecall && t2 >= coverage(w, termSet(f.Title)) && hasField(f2, q.Field) {
				// The fiche whose title names more of the topic comes
				// first, and is the one a follow-up ("et ses objectifs
				// ?") speaks of: the other ranked ahead on words around
				// the topic.
				if t2 > coverage(w, termSet(f.Title)) {
					var b2 strings.Builder
					c2, _ := e.writeTopicField(&b2, q, text, d2, f2)
					b2.WriteString("\n")
					c1, ok1 := e.writeTopicField(&b2, q, text, d, f)
					return answer{Answer: chat.Answer{Text: strings.TrimSpace(b2.String()), Found: ok || ok1, Citations: append(c2, c1...)}, focusDoc: d2.ID, focusFiche: f2.ID, evidence: held}, true
				}
				b.WriteString("\n")
				c2, _ := e.writeTopicField(&b, q, text, d2, f2)
				cites = append(cites, c2...)
				return answer{Answer: chat.Answer{Text: strings.TrimSpace(b.String()), Found: ok, Citations: cites}, focusDoc: d.ID, focusFiche: f.ID, evidence: held}, true
			}
			if q.Lang == chat.English {
				fmt.Fprintf(&b, "\nSee also fiche %s (%s): %s.", f2.ID, docLabel(d2), f2.Title)
			} else {
				fmt.Fprintf(&b, "\nVoir aussi la fiche %s (%s) : %s.", f2.ID, docLabel(d2), f2.Title)
			}
		}
	}
	return answer{Answer: chat.Answer{Text: strings.TrimSpace(b.String()), Found: ok, Citations: cites}, focusDoc: d.ID, focusFiche: f.ID, evidence: held}, true
}

// writeTopicField writes fiche f's field asked by q, with its source, and
// returns its citations and whether the fiche has the field.
func (e *Engine) writeTopicField(b *strings.Builder, q *question, text string, d *corpus.Document, f *corpus.Fiche) ([]chat.Citation, bool) {
	b.WriteString(ficheTitle(d, f, q.Lang) + "\n")
	highlight := -1
	if q.Field == retrieval.FieldCalendar {
		highlight = bestMilestone(d, f, e.questionWeights(q, text))
	}
	cites, ok := renderField(b, d, f, q.Field, q.Lang, highlight)
	if !ok {
		b.WriteString(emptyField(d, f, q.Field, q.Lang) + "\n")
		cites = append(cites, ficheCitation(d, f, f.Title, f.Span, "Fiche action n°"+f.ID+" : "+f.Title))
	}
	b.WriteString(source(d, f, fieldLabel(f, q.Field), q.Lang) + "\n")
	return cites, ok
}

// clearLead reports a first fiche far ahead of the others, holding most of
// the question still: the chat words around a topic ("elles courent sur
// quelle période", "avec qui on travaille pour passer…") lower its share of
// the question's words, not its lead.
func (e *Engine) clearLead(ranked []ficheKey, scores, cover map[ficheKey]float64) bool {
	first := ranked[0]
	return cover[first] >= e.params.LeadCover && (len(ranked) == 1 || scores[first] >= e.params.LeadRatio*scores[ranked[1]])
}

// namesOneFiche reports a question whose topic names one fiche by its
// title, well ahead of the others.
func (e *Engine) namesOneFiche(ctx context.Context, q *question) bool {
	text := e.searchText(q)
	if len(e.questionWeights(q, text)) == 0 {
		return false
	}
	ranked, scores, cover := e.rankFiches(ctx, q, text, q.Field)
	if len(ranked) == 0 {
		return false
	}
	return e.titleNamed(q, text, ranked, scores) >= e.params.TitleRecall && e.clearLead(ranked, scores, cover)
}

// topicHeldByOneFiche reports a question whose words, other than those
// that ask for axes ("les axes prioritaires de la prévention
// spécialisée"), one fiche holds far ahead of the others.
func (e *Engine) topicHeldByOneFiche(ctx context.Context, q *question) bool {
	text := e.searchText(q)
	// Neither the words that ask for axes nor those of a schéma's own
	// title ("le schéma enfance famille") name a topic.
	skip := maps.Clone(understand.AxesTerms())
	for _, d := range e.lib.Docs {
		for t := range termSet(d.Title) {
			skip[t] = true
		}
	}
	var topic []termGroup
	for _, g := range e.questionWeights(q, text) {
		if !slices.ContainsFunc(g.terms, func(t string) bool { return skip[t] || t == unknownTerm }) && !g.context {
			topic = append(topic, g)
		}
	}
	if len(topic) == 0 {
		return false
	}
	ranked, scores, cover := e.rankFiches(ctx, q, text, q.Field)
	if len(ranked) == 0 {
		return false
	}
	f := e.lib.Doc(ranked[0].doc).Fiche(ranked[0].n)
	return f != nil && coverage(topic, e.fterms[ranked[0]]) >= e.params.FicheCover && e.clearLead(ranked, scores, cover) &&
		coverage(topic, termSet(f.Title)) > 0
}

// titleNamed returns the share of the first fiche's title, weighed by
// rarity, that the question names when that fiche is ahead of the next
// by TitleLead (0 otherwise): chat and context around a fiche named by
// its title's words lower its share of the question, not the share of its
// title the question names.
func (e *Engine) titleNamed(q *question, text string, ranked []ficheKey, scores map[ficheKey]float64) float64 {
	first := ranked[0]
	if len(ranked) > 1 && scores[first] < e.params.TitleLead*scores[ranked[1]] {
		return 0
	}
	f := e.lib.Doc(first.doc).Fiche(first.n)
	if f == nil {
		return 0
	}
	// An acronym names a thing: the fiche whose title spells it out in
	// full ("la fiche PPE", Conforter la mise en œuvre du Projet pour
	// l'enfant) is named, whatever else its title says.
	title := phraseText(f.Title)
	for _, g := range e.questionWeights(q, text) {
		for _, p := range g.phrases {
			if p != "" && strings.Contains(title, p) && len(strings.Fields(p)) > 1 {
				return 1
			}
		}
	}
	asked := map[string]bool{}
	for _, g := range e.questionWeights(q, text) {
		for _, t := range g.terms {
			asked[t] = true
		}
		for _, alt := range g.all {
			for _, t := range alt {
				asked[t] = true
			}
		}
	}
	var have, total float64
	for _, t := range retrieval.Terms(f.Title) {
		w := e.ix.TermIDF(t)
		total += w
		if asked[t] {
			have += w
		}
	}
	if total == 0 {
		return 0
	}
	return have / total
}

// bestMilestone returns the index of the milestone whose words share the
// most of the question's weighted terms, or -1.
func bestMilestone(d *corpus.Document, f *corpus.Fiche, w []termGroup) int {
	best, bestScore := -1, 0.0
	for i, m := range f.Milestones {
		s := coverage(w, milestoneTerms(d, m))
		if s > bestScore {
			best, bestScore = i, s
		}
	}
	return best
}

// milestoneTerms are the words of a milestone: its label, and the line it
// is written on, where a label the parser kept short may go on
// ("Protocole signé avant le 31 décembre 2022 ; astreinte opérationnelle au
// 1er semestre 2023").
func milestoneTerms(d *corpus.Document, m corpus.Milestone) map[string]bool {
	text := m.Label
	if d != nil {
		text += " " + d.Text(m.Span)
	}
	return termSet(text)
}

// fieldWords are the stems a passage names a fiche's field by: who steers
// it, how it is measured. Partners are not among them: "quels groupes de
// travail ont été mobilisés ?" is answered by the passage that lists the
// groups, which names no partner.
var fieldWords = map[string][]string{
	retrieval.FieldPilots:     {"pilot", "porte", "portee", "responsab", "coordon", "charge", "lead", "referent"},
	retrieval.FieldIndicators: {"indicat", "evaluat", "mesur", "nombre", "taux", "suivi", "bilan"},
}

// speaksOfField reports whether a passage says something of the field asked:
// "what indicators for the emergency placement system?" is not answered by
// the context that tells why the system is saturated, however many of the
// question's words it holds. Fields whose content any sentence may state
// (objectives, actions) and dates (checked apart) always qualify.
func speaksOfField(field, passage string) bool {
	words, ok := fieldWords[field]
	if !ok {
		return true
	}
	folded := corpus.Fold(passage)
	return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(folded, w) })
}

// reItemYear is a year in a sentence.
var reItemYear = regexp.MustCompile(`\b20\d\d\b`)

// datedAimAsked reports that the best sentence for the question is a dated
// objective or action of fiche f (key k) that holds question words the
// fiche's title does not: "by when does the plan want to stop housing
// minors in hotels?" asks the date an objective gives ("… hébergements
// hôteliers d'ici fin 2025"), not the span of the fiche its title names.
func datedAimAsked(k ficheKey, f *corpus.Fiche, w []termGroup, s scoredSentence) bool {
	c := s.hit.Chunk
	if c == nil || c.Doc != k.doc || c.Fiche != f.ID || c.Field != retrieval.FieldObjectives && c.Field != retrieval.FieldActions || !reItemYear.MatchString(s.text) {
		return false
	}
	title := termSet(f.Title)
	var rest []termGroup
	for _, g := range w {
		if !g.context && coverage([]termGroup{g}, title) == 0 {
			rest = append(rest, g)
		}
	}
	return len(rest) > 0 && coverage(rest, termSet(s.text)) > 0
}
