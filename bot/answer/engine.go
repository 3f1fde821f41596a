package answer

import (
	"context"
	"fmt"
	"log/slog"
	"regexp"
	"runtime/debug"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"schemabot/bot/chat"
	"schemabot/bot/understand"
	"schemabot/corpus"
	"schemabot/retrieval"
)

// Engine answers questions from a library of documents: exact answers from
// the structured fiches, glossaries and overview, and cited passages found
// by hybrid search for the rest. It is safe for concurrent use.
type Engine struct {
	lib   *corpus.Library
	ix    *retrieval.Index
	gen   Generator
	log   *slog.Logger
	today func() time.Time
	// fterms holds each fiche's analysed terms, to tell how much of a
	// question a fiche covers.
	fterms map[ficheKey]map[string]bool
	// ftext holds each fiche's whole text, folded, to find phrases in it.
	ftext map[ficheKey]string
	// analysed caches each chunk's sentences and their terms (by chunk
	// ID): every passage question reads the same few chunks again. Engines
	// made by WithParams share it.
	analysed *sync.Map
	// subAxes caches each document's sub-axis headings (subAxesOf).
	subAxes *sync.Map
	// expansions caches what each document's acronyms stand for, from its
	// glossary or its text ("doc\x00ACR" → expansion, "" when none).
	expansions *sync.Map
	params     Params
}

// EngineOption configures an Engine.
type EngineOption func(*engineConfig)

type engineConfig struct {
	today  func() time.Time
	index  retrieval.Options
	gen    Generator
	log    *slog.Logger
	params *Params
}

// WithIndexDir keeps the index in dir between runs.
func WithIndexDir(dir string) EngineOption { return func(c *engineConfig) { c.index.Dir = dir } }

// WithEmbedder chooses the embedder (the offline hashed one by default).
func WithEmbedder(e retrieval.Embedder) EngineOption {
	return func(c *engineConfig) { c.index.Embedder = e }
}

// WithIndexProgress reports index building progress.
func WithIndexProgress(fn func(done, total int)) EngineOption {
	return func(c *engineConfig) { c.index.Progress = fn }
}

// WithRebuild forces the index to be rebuilt.
func WithRebuild() EngineOption { return func(c *engineConfig) { c.index.Force = true } }

// WithGenerator lets a language model write answers to open questions; the
// offline answer stays the fallback.
func WithGenerator(g Generator) EngineOption { return func(c *engineConfig) { c.gen = g } }

// WithToday sets the as-of date for questions such as "what is due this
// quarter?" (SCHEMABOT_TODAY); the real date by default.
func WithToday(today func() time.Time) EngineOption { return func(c *engineConfig) { c.today = today } }

// WithEngineLogger sets the engine's logger.
func WithEngineLogger(l *slog.Logger) EngineOption { return func(c *engineConfig) { c.log = l } }

// NewEngine indexes lib (or loads its stored index) and returns an engine.
func NewEngine(ctx context.Context, lib *corpus.Library, opts ...EngineOption) (*Engine, error) {
	cfg := engineConfig{log: slog.Default()}
	for _, o := range opts {
		o(&cfg)
	}
	cfg.index.Logger = cfg.log
	ix, err := retrieval.Open(ctx, lib, cfg.index)
	if err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	if cfg.today == nil {
		cfg.today = time.Now
	}
	params := DefaultParams
	if cfg.params != nil {
		params = *cfg.params
	}
	return &Engine{lib: lib, ix: ix, gen: cfg.gen, log: cfg.log, today: cfg.today, fterms: buildFicheTerms(ix), ftext: buildFicheText(ix),
		analysed: &sync.Map{}, expansions: &sync.Map{}, subAxes: &sync.Map{}, params: params}, nil
}

// Library returns the documents the engine answers from.
func (e *Engine) Library() *corpus.Library { return e.lib }

// Index returns the engine's search index.
func (e *Engine) Index() *retrieval.Index { return e.ix }

// Ask answers one question in the context of a conversation and returns the
// conversation's next state.
func (e *Engine) Ask(ctx context.Context, question string, conv chat.Conversation) (chat.Answer, chat.Conversation) {
	return e.AskStream(ctx, question, conv, nil)
}

// AskStream is Ask with progressive output: when a language model writes
// the answer, partial receives the text so far. partial may be nil.
func (e *Engine) AskStream(ctx context.Context, text string, conv chat.Conversation, partial func(string)) (ans chat.Answer, out chat.Conversation) {
	// A fault in answering one question must not take down the command or
	// the chat connection: the user is told, the thread is kept as it was.
	defer func() {
		if p := recover(); p != nil {
			e.log.Error("answering failed", "panic", p, "stack", string(debug.Stack()))
			lang := understand.DetectLang(text)
			msg := "Je n'ai pas pu répondre à cette question (erreur interne). Reformulez-la ou réessayez."
			if lang == chat.English {
				msg = "I could not answer this question (internal error). Please rephrase it or try again."
			}
			ans, out = chat.Answer{Text: msg}, conv
		}
	}()
	text = chat.CleanInput(text)
	// A dictated question: numbers and acronyms as they would be typed.
	text = understand.SpelledAcronyms(understand.SpokenNumbers(text), e.knownAcronym)
	// "Je suis à la CAF de Moselle. Le schéma nous engage sur quoi ?": a
	// partner asks for the fiches that involve their body.
	if body, ok := understand.ForAskersBody(text, e.lib); ok {
		a, c := e.AskStream(ctx, body, conv, partial)
		a.Question, c.Question = chat.Defuse(text), body
		return a, c
	}
	// "Je viens d'arriver à la DEJS. Qui pilote le suivi santé des enfants
	// placés en Isère ?": who the asker is is no word of the question.
	if a, c, ok := e.askIntroduced(ctx, text, conv, partial); ok {
		return a, c
	}
	// "Le calendrier et les indicateurs de la fiche 21 ?": each field
	// asked of the same fiche.
	if fields := understand.CoordinatedFields(text); len(fields) >= 2 {
		if a, c, ok := e.askFields(ctx, text, conv, fields); ok {
			return a, c
		}
	}
	// "Which fiches involve the Charmeyran?" then "who's in charge of
	// those two?": the field of each fiche listed.
	if a, c, ok := e.askListed(ctx, text, conv); ok {
		return a, c
	}
	// "C'est prévu pour quand et qui le pilote ?": two questions, the
	// second following the first, answered together.
	// "…c'est quelle fiche et ils prévoient quoi ?" asks one thing: a
	// field of the fiche the first part looks for.
	if parts := compoundParts(text); len(parts) == 2 && !e.fieldOfTheFicheAsked(parts, conv) {
		a1, c1 := e.askOne(ctx, parts[0], conv, false, nil)
		if !a1.Found && conv.Fiche != "" {
			if b, ok := e.countInFiche(ctx, parts[0], conv, false); ok {
				a1, c1 = b, conv
			}
		}
		// The second part is about the schéma the first part named.
		a2, c2 := e.askOne(ctx, parts[1], c1, true, nil)
		// "Internat scolaire : combien d'établissements et combien de
		// moniteurs ?": a second count that names nothing else counts in
		// the fiche the first part answered from.
		if a1.Found && c1.Fiche != "" {
			if b, ok := e.countInFiche(ctx, parts[1], c1, false); ok {
				a2 = b
			}
		}
		if !a1.Found && a2.Found {
			// The topic may be in the second part only ("quels
			// partenaires et quel calendrier pour la fiche 3 ?").
			if b1, _ := e.askOne(ctx, parts[0], c2, false, nil); b1.Found {
				a1 = b1
			}
		}
		if a1.Found || a2.Found {
			// The thread remembers the whole message: "the fourth one"
			// next refers to what either part listed.
			if c2.Question == parts[1] {
				c2.Question = text
			}
			// "… in 2018, and how does that compare with 2013?" then
			// "and in Isère?": the figure asked again is the first
			// part's, which the second only compares.
			if c1.Figure == parts[0] {
				c2.Figure = parts[0]
			}
			// The first part sets the topic the second refers back to
			// ("how many MNA in 2018, and how does that compare?"): the
			// thread goes on about the fiche the first part found.
			if a1.Found && c1.Fiche != "" {
				c2.Doc, c2.Fiche = c1.Doc, c1.Fiche
			}
			return mergeAnswers(text, a1, a2), c2
		}
	}
	// "Can you list the 8 establishments?" in a thread about a fiche: the
	// fiche's own line that announces them and its items.
	if conv.Fiche != "" {
		if b, ok := e.listInFiche(ctx, text, conv); ok {
			next := conv
			next.Question, next.Named = text, false
			return b, next
		}
	}
	// "How many staff are they recruiting for it?" in a thread about a
	// fiche: a count that points back counts in that fiche, what it says
	// besides being the fiche's words.
	if conv.Fiche != "" && understand.CountPointsBack(" "+corpus.Fold(text)+" ") {
		if b, ok := e.countInFiche(ctx, text, conv, true); ok {
			next := conv
			next.Question, next.Figure = text, text
			return b, next
		}
	}
	a, c := e.askOne(ctx, text, conv, false, partial)
	// "Dans combien d'établissements ?" in a thread about a fiche: a count
	// that names nothing else counts in that fiche.
	if !a.Found && conv.Fiche != "" {
		if b, ok := e.countInFiche(ctx, text, conv, false); ok {
			next := conv
			next.Question, next.Figure = text, text
			return b, next
		}
	}
	// "Ma fille a été placée en urgence il y a 3 mois… C'est normal ?? Le
	// schéma de l'Isère dit quoi sur l'accueil d'urgence": a story around
	// the one sentence that asks about the schéma, or a cry before it,
	// may bury it; that sentence is asked alone. A message that asks
	// several things, or a thing the schéma does not hold (a name, a sum),
	// keeps its answer.
	if !a.Found {
		if s, ok := buriedQuestion(text); ok && !e.asksUnheld(text, conv) {
			if b, next := e.askOne(ctx, s, conv, false, nil); b.Found {
				b.Question = a.Question
				return b, next
			}
		}
	}
	return a, c
}

// reSentenceEnd ends a sentence of a chat message: its punctuation and the
// space after it, or a line break.
var reSentenceEnd = regexp.MustCompile(`[.?!…？]+["»”)]*(?:\s+|$)|\n+`)

// reAsks is a word that makes a sentence a question without its question
// mark ("le schéma dit quoi sur l'accueil d'urgence"), folded.
var reAsks = regexp.MustCompile(`\b(?:qui|quoi|quand|comment|combien|quel|quelle|quels|quelles|pourquoi|est[- ]ce|who|what|whats|when|how|which|where|why|does|do|is there|are there|can you|could you|tell me)\b`)

// asksUnheld reports whether the message, or one of its sentences, asks
// for what a schéma does not hold: a person's name, a sum of money, a
// contact or an address ("who heads the ODPE? name pls").
func (e *Engine) asksUnheld(text string, conv chat.Conversation) bool {
	for _, s := range append(messageSentences(text), text) {
		if q := e.understand(s, conv); q.WantsName || q.WantsMoney || q.WantsContact || q.WantsPlace {
			return true
		}
	}
	return false
}

// messageSentences cuts a chat message into its sentences.
func messageSentences(text string) []string {
	var out []string
	start := 0
	for _, loc := range append(reSentenceEnd.FindAllStringIndex(text, -1), []int{len(text), len(text)}) {
		if s := strings.TrimSpace(text[start:loc[1]]); s != "" {
			out = append(out, s)
		}
		start = loc[1]
	}
	return out
}

// buriedQuestion returns the one sentence of a message of several that
// asks something with words of its own (a question mark or a question
// word, and two words to search for), when the others tell a story or
// cry out ("C'est normal ??", a sentence with one word to search at
// most).
func buriedQuestion(text string) (string, bool) {
	sentences := messageSentences(text)
	var asking string
	found := 0
	for _, s := range sentences {
		asks := strings.ContainsAny(s, "?？") || reAsks.MatchString(corpus.Fold(strings.ToLower(s)))
		if asks && len(retrieval.Terms(retrieval.Translate(s))) >= 2 {
			asking = s
			found++
		}
	}
	return asking, len(sentences) > 1 && found == 1
}

// countInFiche answers a count that names nothing but what it counts
// ("how many educators?") from the sentences of the thread's fiche; a
// count that points back to the fiche (pointed) may name what the fiche
// says too ("how many staff are they recruiting for it?").
func (e *Engine) countInFiche(ctx context.Context, text string, conv chat.Conversation, pointed bool) (chat.Answer, bool) {
	q := e.understand(text, conv)
	if !q.WantsNumber || q.Counted == "" || len(q.Fiches) > 0 || len(q.Docs) > 0 && !slices.Contains(q.Docs, conv.Doc) || q.Field != "" && q.Field != retrieval.FieldSummary {
		return chat.Answer{}, false
	}
	counted := termSet(q.Counted)
	if pointed {
		// "How many MNA were in care there at the end of 2018?" asks a
		// dated figure of the schéma's context, not of the fiche's plan.
		if q.Year != 0 || !q.From.IsZero() {
			return chat.Answer{}, false
		}
		// What the question says besides what it counts, in the
		// documents' words, must be the fiche's.
		said := e.fterms[ficheKey{conv.Doc, conv.Fiche}]
		rest := strings.Replace(q.Topic, corpus.Fold(q.Counted), " ", 1)
		groups := [][]string{}
		if q.Lang == chat.English {
			french, _ := retrieval.Translations(rest)
			for _, f := range french {
				groups = append(groups, understand.ContentTerms(strings.ReplaceAll(f, "|", " "), nil))
			}
		} else {
			for _, t := range understand.ContentTerms(rest, q.Acronyms) {
				groups = append(groups, []string{t})
			}
		}
		for _, g := range groups {
			if len(g) > 0 && !slices.ContainsFunc(g, func(t string) bool { return said[t] }) {
				return chat.Answer{}, false
			}
		}
	} else {
		for _, t := range understand.ContentTerms(q.Topic, q.Acronyms) {
			if !counted[t] {
				return chat.Answer{}, false
			}
		}
	}
	q.Fiches, q.Docs, q.weights = []string{conv.Fiche}, []string{conv.Doc}, nil
	a, ok := e.withinFicheAnswer(ctx, &q, nil)
	if pointed && !(ok && a.Found) {
		// "Ça fera combien de places en tout ?" of a fiche that counts
		// none: the fiche does not say, which is the answer; a figure of
		// another part of the schéma would answer another question.
		return e.ficheGivesNoCount(&q, conv), true
	}
	return a.Answer, ok && a.Found
}

// ficheGivesNoCount says that the thread's fiche states no figure of what
// a question counts.
func (e *Engine) ficheGivesNoCount(q *question, conv chat.Conversation) chat.Answer {
	d := e.lib.Doc(conv.Doc)
	if d == nil {
		return chat.Answer{Text: e.suggestions(q.Lang, "")}
	}
	text := fmt.Sprintf("Je n'ai pas trouvé cela dans le schéma : la fiche %s du schéma %s ne donne pas ce chiffre.", conv.Fiche, ofDoc(d))
	if q.Lang == chat.English {
		text = fmt.Sprintf("I did not find this in the schémas: fiche %s of the %s schéma gives no such figure.", conv.Fiche, docLabel(d))
	}
	return chat.Answer{Text: text}
}

// listInFiche answers "which ones" of a thing the thread's fiche announces
// a list of ("which schools are in the pilot?", "list the 8
// establishments", "quels établissements ?" after "Expérimenter le
// dispositif dans 8 établissements :"): the announcing line and its items.
func (e *Engine) listInFiche(ctx context.Context, text string, conv chat.Conversation) (chat.Answer, bool) {
	q := e.understand(text, conv)
	if len(q.Fiches) > 0 || len(q.Docs) > 0 && !slices.Contains(q.Docs, conv.Doc) || q.Glossary || q.Overview != "" || q.WantsNumber || q.WantsDate {
		return chat.Answer{}, false
	}
	for _, c := range e.ix.Chunks() {
		if c.Doc != conv.Doc || c.Fiche != conv.Fiche {
			continue
		}
		for i, sn := range e.analysedChunk(&c).sentences {
			noun := announcedNoun(sn.text)
			if noun == "" || !asksWhichOf(&q, noun, true) {
				continue
			}
			first := scoredSentence{hit: retrieval.Hit{Chunk: &c}, text: sn.text, score: 1, order: i}
			picked := e.withEnumeration(&q, []scoredSentence{first})
			if len(picked) < 3 {
				continue
			}
			items := make([]string, 0, len(picked)-1)
			for _, p := range picked[1:] {
				items = append(items, p.text)
			}
			cite := chunkCitation(&c, sn.text+"\n- "+strings.Join(items, "\n- "))
			where := "fiche " + c.Fiche
			if cite.Section != "" {
				where += ", « " + cite.Section + " »"
			}
			var b strings.Builder
			if q.Lang == chat.English {
				fmt.Fprintf(&b, "From the schéma %s (%s):\n> %s\n", docLabel(e.lib.Doc(c.Doc)), where, cite.Quote)
			} else {
				fmt.Fprintf(&b, "D'après le schéma %s (%s) :\n> %s\n", docLabel(e.lib.Doc(c.Doc)), where, cite.Quote)
			}
			if cite.Page != nil {
				fmt.Fprintf(&b, "_p. %d_\n", *cite.Page)
			}
			return chat.Answer{Question: chat.Defuse(text), Lang: q.Lang, Text: strings.TrimSpace(b.String()), Found: true, Citations: []chat.Citation{cite}}, true
		}
	}
	return chat.Answer{}, false
}

// askListed answers a field asked of every fiche the thread listed, a
// few of them ("those two", "les deux"), fiche by fiche: the question is
// asked in a thread about each.
func (e *Engine) askListed(ctx context.Context, text string, conv chat.Conversation) (chat.Answer, chat.Conversation, bool) {
	if len(conv.List) < 2 || len(conv.List) > 6 {
		return chat.Answer{}, conv, false
	}
	q := e.understand(text, conv)
	if q.Field == "" || q.Field == retrieval.FieldSummary || q.List || len(q.Fiches) > 0 || len(q.Docs) > 0 || !understand.NamesAllListed(q.Folded) {
		return chat.Answer{}, conv, false
	}
	var out chat.Answer
	found := false
	for _, l := range conv.List {
		doc, label, ok := strings.Cut(l, "/")
		if !ok {
			continue
		}
		c := conv
		c.Doc, c.Fiche, c.List, c.Named = doc, label, nil, true
		a, _ := e.askOneField(ctx, text, c, q.Field)
		if !a.Found {
			continue
		}
		if found {
			out = mergeAnswers(text, out, a)
		} else {
			out, found = a, true
		}
	}
	if !found {
		return chat.Answer{}, conv, false
	}
	next := conv
	next.Question, next.Field, next.Lang = text, q.Field, q.Lang
	return out, next, true
}

// askFields answers a question that asks several fields of one fiche
// ("pilote et partenaires de la fiche 3 ?"), field by field, when it asks
// nothing else (no list, definition or overview) and some field is found.
func (e *Engine) askFields(ctx context.Context, text string, conv chat.Conversation, fields []string) (chat.Answer, chat.Conversation, bool) {
	if q := e.understand(text, conv); q.List || q.Glossary || q.Overview != "" || q.WantsNumber {
		return chat.Answer{}, conv, false
	}
	var as []chat.Answer
	next, found := conv, false
	for _, f := range fields {
		a, c := e.askOneField(ctx, text, conv, f)
		as = append(as, a)
		if a.Found {
			next, found = c, true
		}
	}
	if !found {
		return chat.Answer{}, conv, false
	}
	out := as[0]
	for _, a := range as[1:] {
		out = mergeAnswers(text, out, a)
	}
	next.Question = text
	return out, next, true
}

// nameFicheByNoun makes the one fiche whose title holds the word a
// question names it by ("la fiche innovation", "the MNA fiche") the fiche
// asked, when no other title of the schémas asked holds it: "quelles
// actions ?" then asks for its actions, not for a list.
func (e *Engine) nameFicheByNoun(q *question) {
	// Only a field asked, the fiche summed up ("résume la fiche MNA"), or
	// the actions listed, of the fiche so named: a part of it asked in
	// other words is found by its passages.
	if q.FicheNoun == "" || len(q.Fiches) > 0 || q.Glossary || q.Count || q.Field == "" && !(q.List && (q.ListActions || q.ListByActions)) {
		return
	}
	var found []ficheKey
	for _, d := range e.docsFor(q) {
		// "the MNA fiche": the acronym's expansion in this schéma, as a
		// phrase of the title.
		phrase := phraseText(q.FicheNoun)
		if x := d.Expand(strings.ToUpper(q.FicheNoun)); x != "" {
			phrase = phraseText(x)
		}
		if strings.TrimSpace(phrase) == "" {
			continue
		}
		for _, f := range d.Fiches {
			if strings.Contains(phraseText(f.Title), phrase) {
				found = append(found, ficheKey{d.ID, f.ID})
			}
		}
	}
	if len(found) != 1 {
		return
	}
	q.Fiches, q.Docs, q.weights = []string{found[0].n}, []string{found[0].doc}, nil
	if q.List && (q.ListActions || q.ListByActions) {
		q.Field = retrieval.FieldActions
	}
	q.List, q.ListActions, q.ListByActions = false, false, false
}

// namesHead reports an answer that names the kind of thing a question
// asks for (its Head: "cabinet"), in the documents' words.
func (e *Engine) namesHead(q *question, text string) bool {
	have := termSet(text)
	for _, g := range e.weightsIn(q.Head, q.Lang) {
		if !slices.Contains(g.terms, unknownTerm) && g.in(have, "") {
			return true
		}
	}
	return false
}

// fieldOfTheFicheAsked reports a two-part question whose first part asks
// which fiche treats a topic and whose second asks a field and names no
// topic of its own.
func (e *Engine) fieldOfTheFicheAsked(parts []string, conv chat.Conversation) bool {
	p1 := e.understand(parts[0], conv)
	p2 := e.understand(parts[1], conv)
	return p1.List && !p1.Count && p1.Field == "" && p2.Field != "" && p2.Overview == "" && len(understand.ContentTerms(p2.Topic, p2.Acronyms)) == 0
}

// askOne answers one question; sameDoc keeps the thread's document when the
// question names none (the second part of a two-part question).
func (e *Engine) askOne(ctx context.Context, text string, conv chat.Conversation, sameDoc bool, partial func(string)) (chat.Answer, chat.Conversation) {
	return e.askAs(ctx, text, conv, sameDoc, partial, "")
}

// askOneField is askOne with the field asked set to field.
func (e *Engine) askOneField(ctx context.Context, text string, conv chat.Conversation, field string) (chat.Answer, chat.Conversation) {
	return e.askAs(ctx, text, conv, false, nil, field)
}

// askAs answers one question; a field other than "" is the field asked,
// whatever the question's cues say.
func (e *Engine) askAs(ctx context.Context, text string, conv chat.Conversation, sameDoc bool, partial func(string), field string) (chat.Answer, chat.Conversation) {
	q := e.understand(text, conv)
	if field != "" {
		q.Field, q.FieldWeak = field, false
	}
	if sameDoc && len(q.Docs) == 0 && conv.Doc != "" {
		q.Docs = []string{conv.Doc}
	}
	// A fiche named by a word of its title is no fiche named by its
	// number: "et côté Moselle ?" then looks for the same topic there.
	asked, named := text, len(q.Fiches) > 0
	e.nameFicheByNoun(&q)
	e.stepFiche(&q, conv)
	e.resolvePronoun(&q, conv)
	// "Et en Moselle ?", "and in the other schéma?": the thread's last
	// question, asked of the schéma now named.
	var switched *question
	// "Et dans l'autre schéma, qui s'occupe des MNA ?": the schéma the
	// thread was not about.
	if len(q.Docs) == 0 && conv.Doc != "" && understand.NamesOtherSchema(q.Folded) {
		for _, d := range e.lib.Docs {
			if d.ID != conv.Doc {
				q.Docs = append(q.Docs, d.ID)
			}
		}
	}
	// "Please list the action sheets under the fourth one" after the
	// axes: that axis.
	// "And what are the indicators for the last one?" after a list: that
	// fiche of the list.
	if q.Axis == 0 && len(q.Fiches) == 0 && len(conv.List) > 0 {
		if n := understand.OrdinalOne(q.Folded); n != 0 {
			if n == understand.LastOrdinal {
				n = len(conv.List)
			}
			if n >= 1 && n <= len(conv.List) {
				if doc, label, ok := strings.Cut(conv.List[n-1], "/"); ok {
					q.Fiches, q.Docs, q.List, q.FollowUp = []string{label}, []string{doc}, false, false
				}
			}
		}
	}
	if q.Axis == 0 && len(q.Fiches) == 0 && conv.Question != "" {
		if n := understand.OrdinalOne(q.Folded); n != 0 {
			if prev := e.lastQuestion(&q, conv); prev.Overview == understand.OverviewAxes {
				if len(q.Docs) == 0 && conv.Doc != "" {
					q.Docs = []string{conv.Doc}
				}
				// "Which action sheets sit under the last one?": the
				// last axis of the schéma the thread is about.
				if d := e.lib.Doc(conv.Doc); n == understand.LastOrdinal && d != nil {
					n = len(d.Axes)
				}
				if n > 0 {
					q.Axis, q.List, q.Field, q.Overview, q.Overviews = n, true, "", "", nil
				}
			}
		}
	}
	// "Can you list them for a slide?", "tu peux me les lister ?" after
	// the count of a schéma's axes: the axes themselves.
	// The sentence that asks is the one that counts: "short titles is
	// fine" after it says how, not what.
	if q.Overview == "" && q.Axis == 0 && len(q.Fiches) == 0 && conv.Question != "" && understand.ListsThem(q.Folded) && !e.hasTopic(understand.ListsThemRest(q.Folded), q.Lang) {
		if prev := e.lastQuestion(&q, conv); prev.Overview == understand.OverviewAxes {
			q.Overview, q.Overviews, q.Count, q.Field, q.FieldWeak, q.List = understand.OverviewAxes, []string{understand.OverviewAxes}, false, "", false, false
			if len(q.Docs) == 0 {
				q.Docs = prev.Docs
				if len(q.Docs) == 0 && conv.Doc != "" {
					q.Docs = []string{conv.Doc}
				}
			}
		}
	}
	// "Et l'équivalent côté Isère ?" after a definition: the other
	// schéma's counterpart, not the same acronym asked there.
	eq, isEq := e.equivalentAnswer(&q, conv)
	// "Is there a similar fiche in the Isère plan?" after a fiche: the
	// fiche of that schéma closest to the thread's.
	if !isEq {
		eq, isEq = e.counterpartFiche(ctx, &q, conv, false)
	}
	asked0 := q
	// "Et en 2014 ?", "et en Moselle à la même date ?" after a figure: the
	// thread's question, asked of that year or of that schéma.
	// "And Isère, similar numbers?" a few turns after a figure: the
	// thread's last figure.
	if !isEq && q.Continues && len(q.Fiches) == 0 && !q.Glossary && (q.Field == "" || q.Field == retrieval.FieldSummary && (q.WantsNumber || reYear.MatchString(q.Folded)) || q.Field == retrieval.FieldCalendar && !q.From.IsZero()) &&
		(q.WantsNumber || reYear.MatchString(q.Folded) || len(q.Docs) > 0) && !e.hasTopic(withoutEquivalence(reYear.ReplaceAllString(q.Topic, " ")), q.Lang) {
		again := ""
		if conv.Question != "" && conv.Field == "" && e.lastQuestion(&q, conv).WantsNumber {
			again = conv.Question
			// A message of two parts asked its figure in the first
			// ("… fin 2018, and how does that compare with 2013?").
			if conv.Figure != "" {
				again = conv.Figure
			}
		} else if q.WantsNumber && conv.Figure != "" {
			again = conv.Figure
		}
		if again != "" {
			if ys := reYear.FindAllString(q.Folded, -1); len(ys) == 1 {
				if xs := reYear.FindAllString(again, -1); len(xs) > 0 && !slices.Contains(xs, ys[0]) {
					again = strings.Replace(again, xs[0], ys[0], 1)
				}
			}
			docs := q.Docs
			q = e.understand(again, conv)
			// The thread may have moved to another schéma since the
			// figure was asked ("… en Moselle ?", "et côté Isère ?",
			// "et en 2014 ?"): the schéma it is about now.
			if len(docs) == 0 && conv.Doc != "" && len(q.Docs) > 0 && !slices.Contains(q.Docs, conv.Doc) {
				docs = []string{conv.Doc}
			}
			if len(docs) > 0 {
				q.Docs = docs
			}
			asked, named = again, false
		}
	}
	// "And classic AEMO?" after "How many kids were in reinforced AEMO in
	// 2018?": the figure asked again, of what the follow-up names.
	// "Et en AED ?" names an acronym alone, which asks what it means
	// anywhere else.
	bareAcronym := q.Glossary && len(q.Acronyms) == 1 && len(understand.ContentTerms(q.Topic, q.Acronyms)) == 0 && !understand.AsksMeaning(q.Folded)
	if !isEq && conv.Question != "" && conv.Field == "" && q.Continues && len(q.Fiches) == 0 && (!q.Glossary || bareAcronym) && q.Field == "" && !q.List && q.Overview == "" &&
		!q.WantsNumber && !q.WantsDate && len(q.Acronyms) <= 1 && len(strings.Fields(q.Topic)) <= 6 && (e.hasTopic(q.Topic, q.Lang) || bareAcronym) {
		if prev := e.lastQuestion(&q, conv); prev.WantsNumber {
			q.WantsNumber, q.Counted, q.Year, q.From, q.To, q.weights, q.Glossary = true, prev.Counted, prev.Year, prev.From, prev.To, nil, false
			if prev.Year != 0 {
				q.Topic += " " + strconv.Itoa(prev.Year)
			}
			if len(q.Docs) == 0 {
				q.Docs = prev.Docs
			}
			if len(q.Docs) == 0 && conv.Doc != "" {
				q.Docs = []string{conv.Doc}
			}
			asked = conv.Question
		}
	}
	// "Et côté Moselle, il y a quelque chose sur la santé des enfants
	// confiés ?", "and does Moselle plan anything similar on…?" in a
	// thread: what that schéma plans on the topic, whatever field the
	// thread was on.
	if conv.Question != "" && q.Continues && q.Field == "" && !q.List && len(q.Fiches) == 0 && !q.Glossary && q.Overview == "" &&
		understand.AsksWhetherAny(q.Folded) && e.hasTopic(withoutEquivalence(q.Topic), q.Lang) {
		q.Field, q.FollowUp, q.Topic, q.weights = retrieval.FieldActions, false, withoutEquivalence(q.Topic), nil
	}
	if docs, ok := e.switchedDocs(&q, conv); ok && switched == nil && !isEq && !(q.Equivalent && len(e.lastQuestion(&q, conv).Fiches) > 0) {
		prev := *e.lastQuestion(&q, conv)
		prev.Docs, prev.Lang, prev.weights, prev.last = docs, q.Lang, nil, nil
		// The field last asked in the thread, unless this message asks
		// another ("what indicators?" then "même question pour l'Isère");
		// "and what about Isère?" asks no other: its "about" is no field.
		if q.Field != "" && q.Field != retrieval.FieldSummary {
			prev.Field = q.Field
			// "How much does each spend per minor?" then "back to
			// Moselle: what are they going to measure?": the field now
			// asked is what is wanted, not the sum or the count asked
			// before.
			prev.WantsNumber, prev.WantsMoney, prev.WantsDuration, prev.WantsDate, prev.Counted = false, false, false, false, ""
			prev.WantsName, prev.WantsContact, prev.Count = false, false, false
		} else if conv.Field != "" {
			prev.Field = conv.Field
		}
		// "C'est quelle fiche… ?", "piloté par qui ?", then "et dans
		// l'autre schéma ?": the thread went from the list to one fiche's
		// field, which is what is asked of the other schéma.
		if prev.List && prev.OneFiche && conv.Fiche != "" && prev.Field != "" && prev.Field != retrieval.FieldSummary {
			prev.List = false
		}
		q, asked, named = prev, conv.Question, false
		switched = &prev
	}
	if q.FollowUp {
		asked, named = conv.Question, conv.Named
	}
	a := eq
	if !isEq {
		// "Et en Moselle, il y a un équivalent pour associer les familles
		// ?": the word that asks for a counterpart is no word to search
		// ("Équivalent temps plein").
		if q.Equivalent {
			q.Topic, q.weights = withoutEquivalence(q.Topic), nil
		}
		a = e.answer(ctx, &q, conv, partial)
		if !a.Found && q.Equivalent {
			if b, ok := e.counterpartFiche(ctx, &asked0, conv, true); ok {
				a = b
			}
		}
	}
	// "Même question pour l'Isère" after a thread on a fiche: the field
	// asked of the fiche of that schéma on the same topic, when the
	// thread's first words do not find it.
	if switched != nil && !a.Found && conv.Fiche != "" && switched.Field != "" && switched.Field != retrieval.FieldSummary {
		if f := e.lib.Doc(conv.Doc).Fiche(conv.Fiche); f != nil {
			byTitle := *switched
			byTitle.Topic, byTitle.Raw, byTitle.Acronyms, byTitle.weights = f.Title, f.Title, nil, nil
			byTitle.WantsNumber, byTitle.WantsDate, byTitle.Counted = false, false, ""
			if b, ok := e.topicFieldAnswer(ctx, &byTitle); ok && b.Found {
				q, a = byTitle, b
			}
		}
	}
	// "What's the current rate of cases going to the judge that they
	// quote?" in a thread about one schéma: a question that names no
	// schéma, which both together do not answer, is asked of the thread's.
	if !a.Found && !a.settled && len(q.Docs) == 0 && conv.Doc != "" && q.UnknownPlace == "" && len(e.lib.Docs) > 1 && len(q.Fiches) == 0 {
		inThread := q
		inThread.Docs, inThread.weights = []string{conv.Doc}, nil
		if b := e.answer(ctx, &inThread, conv, partial); b.Found {
			q, a = inThread, b
		}
	}
	whole := q // what the whole message asks for, whichever part answers
	// Words around the question (a greeting, the meeting it is for, a
	// second sentence) must not lose its answer: when the whole message
	// finds nothing, its question alone is asked, keeping the places and
	// the language the whole message gave.
	if !a.Found && !a.settled && q.UnknownPlace == "" {
		for _, core := range questionCores(text) {
			q2 := e.understand(core, conv)
			// "On réfléchit à des conférences familiales. Quelles fiches en
			// parlent ?": the sentence that asks refers to the topic of
			// the one before; alone it would list every fiche.
			if q2.List && len(understand.ContentTerms(q2.Topic, q2.Acronyms)) == 0 && len(understand.ContentTerms(q.Topic, q.Acronyms)) > 0 {
				continue
			}
			if len(q2.Docs) == 0 {
				q2.Docs = q.Docs
			}
			q2.Lang = q.Lang
			if a2 := e.answer(ctx, &q2, conv, partial); a2.Found {
				q, a = q2, a2
				break
			}
		}
	}
	// "When was the new PPE form supposed to be computerised?": a date
	// that the fiche found by its topic does not give may be in a passage
	// of the schéma's narrative.
	if !a.Found && !a.settled && q.UnknownPlace == "" && q.Field == retrieval.FieldCalendar && !named && !q.FollowUp && !q.List && e.hasTopic(q.Topic, q.Lang) {
		dated := q
		dated.Field, dated.WantsDate, dated.Fiches, dated.weights = "", true, nil, nil
		if b := e.answer(ctx, &dated, conv, partial); b.Found && b.passage {
			a = b
		}
	}
	if !a.Found && !a.settled && q.UnknownPlace == "" {
		if b, ok := e.namedFicheDetail(ctx, &q, partial); ok {
			a = b
		}
	} else if a.Found && a.passage && q.WantsNumber && q.UnknownPlace == "" {
		// "The Isère boarding-school scheme: how many staff, how many
		// schools?": a figure asked of what one fiche's title names is
		// that fiche's, when it holds one, not a figure of the schéma's
		// narrative that shares a word ("96 collèges publics").
		if k, ok := e.ficheNamedByTitle(ctx, &q); ok && (a.focusDoc != k.doc || a.focusFiche != k.n) {
			if b, ok := e.namedFicheDetail(ctx, &q, partial); ok && b.Found && (q.WantsTarget || !e.quotesObjective(b)) {
				a = b
			}
		}
	}
	// "Le téléphone du pilote de la fiche 3 ?", "son nom ?": a service is
	// no phone number and no person's name; what the answer does not
	// hold is not found.
	check := q
	// "When is the CRIP phone line up and running?" asks a date: the phone
	// is the topic, not a number asked for.
	check.WantsContact = (q.WantsContact || whole.WantsContact) && whole.Field != retrieval.FieldCalendar && !whole.WantsDate
	// "LAEP — what's the full name?" asks what an acronym stands for.
	check.WantsName = (asksFor(whole.Folded, nameHeads) || reAsksOffice.MatchString(whole.Folded)) && !whole.Glossary && !isEq
	check.WantsMoney = whole.WantsMoney && asksFor(whole.Folded, moneyHeads)
	if a.Found && (check.WantsContact || check.WantsName || check.WantsMoney) && (!check.typeOK(a.Text) || check.WantsName && !e.namesPerson(a.Text)) {
		a = e.missingFact(&q, a)
	}
	// "An equivalent child poverty rate for Moselle?": a passage with no
	// rate or share ("21 mesures") does not give the rate asked.
	if a.Found && whole.WantsNumber && len(whole.Fiches) == 0 && whole.asksRate() && !reRate.MatchString(quotesOf(a.Citations)) {
		a = e.missingFact(&q, a)
	}
	// "How many MNA at the end of 2021?": a figure dated another year is
	// not the one asked (an undated one may be: its year is in its
	// context).
	if quoted := reYearRange.ReplaceAllString(quotesOf(a.Citations), " "); a.Found && whole.WantsNumber && len(reYear.FindAllString(quoted, 1)) > 0 && !mentionsAnyYear(quoted, askedYears(whole.Folded)) {
		// "What are the numbers compared to 2014?": the passages that
		// hold the year asked, when the best one does not.
		years := askedYears(whole.Folded)
		dated := q
		dated.weights = nil
		if len(years) == 1 && q.Year == 0 {
			dated.Year, _ = strconv.Atoi(years[0])
		}
		if b := e.answer(ctx, &dated, conv, partial); dated.Year != 0 && b.Found && mentionsAnyYear(quotesOf(b.Citations), years) {
			a = b
		} else {
			a = e.missingFact(&q, a)
		}
	}
	// "Il y a un calendrier pour la structure mère-enfants ? c'est prévu
	// pour quelle année ?": a passage quoted for a calendar must date
	// something; one that only names the topic gives no date.
	if a.Found && a.passage && whole.Field == retrieval.FieldCalendar && (asked0.Field == retrieval.FieldCalendar || asked0.WantsDate) && !whole.WantsDuration && !whole.WantsFrequency && !whole.WantsNumber {
		dated := q
		dated.WantsDate, dated.WantsPlace, dated.WantsTown, dated.WantsContact, dated.WantsName, dated.WantsMoney = true, false, false, false, false, false
		if !dated.typeOK(quotesOf(a.Citations)) {
			a = e.missingFact(&q, a)
		}
	}
	// "When is Moselle supposed to increase SERAD capacity?": a date the
	// schéma plans is within or after its period; a passage whose years
	// are all before it ("la période 2004-2009 a vu naître le SERAD")
	// tells history, not the date asked.
	if a.Found && a.passage && whole.WantsPlanned && q.Field == retrieval.FieldCalendar && len(a.Citations) > 0 {
		if d := e.lib.Doc(a.Citations[0].Doc); d != nil && d.StartYear > 0 && !mentionsYearFrom(quotesOf(a.Citations), d.StartYear) {
			a = e.missingFact(&q, a)
		}
	}
	// "When is the next steering committee? need the date": a coming date;
	// an answer whose dates are all past does not give it.
	if a.Found && whole.WantsDate && whole.WantsUpcoming && !mentionsYearFrom(a.Text, e.today().Year()) {
		a = e.missingFact(&q, a)
	}
	// "What did the 2021 review conclude?", "qu'a montré l'étude
	// longitudinale ?": a fiche plans its evaluations, it does not report
	// what they found; quoting the fiche would pass the plan for a
	// result.
	// "Comment ils vont savoir si ça a marché ?" asks how it will be
	// measured: the indicators answer.
	if a.Found && understand.AsksResults(q.Folded) && q.Field != retrieval.FieldIndicators && len(a.Citations) > 0 && !slices.ContainsFunc(a.Citations, func(c chat.Citation) bool { return c.Fiche == nil }) {
		a = e.missingFact(&q, a)
	}
	a.Question = chat.Defuse(text)
	a.Lang = q.Lang
	if a.Citations == nil {
		a.Citations = []chat.Citation{}
	}
	a.Text = chat.Defuse(a.Text)
	for i := range a.Citations {
		a.Citations[i].Quote = chat.Defuse(a.Citations[i].Quote)
	}
	next := conv
	next.Lang = q.Lang
	next.Question, next.Named = asked, named
	if a.Found && whole.WantsNumber {
		next.Figure = asked
	}
	if a.Found {
		next.Doc, next.Fiche, next.Field = a.focusDoc, a.focusFiche, q.Field
		if len(a.listed) > 0 {
			next.List = a.listed
		}
		next.Due = a.due
		// A list of one fiche is that fiche: "who pilots that one?".
		if len(a.listed) == 1 && a.focusFiche == "" {
			if doc, label, ok := strings.Cut(a.listed[0], "/"); ok {
				next.Doc, next.Fiche = doc, label
			}
		}
		// A figure, a passage or a definition of the same schéma, read
		// between two questions about a fiche, does not change the fiche
		// the thread is about ("and who are the contributors on that
		// fiche?", "RAPT ça veut dire ? … et l'Isère, un équivalent ?"); a
		// question about the schéma as a whole does.
		if next.Fiche == "" && (a.passage || whole.Glossary) && whole.Overview == "" && conv.Fiche != "" && (next.Doc == "" || next.Doc == conv.Doc) {
			next.Doc, next.Fiche = conv.Doc, conv.Fiche
		}
	} else if len(q.Fiches) == 1 && len(q.Docs) == 1 {
		// "Fiche 9 Moselle : l'échéance ?", which that fiche does not
		// give: the thread is still about it ("et qui la pilote du coup ?").
		if d := e.lib.Doc(q.Docs[0]); d != nil && d.Fiche(q.Fiches[0]) != nil {
			next.Doc, next.Fiche, next.Field = d.ID, q.Fiches[0], q.Field
		}
	}
	return a.Answer, next
}

// answer is a chat.Answer with what it was about, for the thread's memory.
type answer struct {
	chat.Answer
	focusDoc   string
	focusFiche string
	listed     []string // "doc/label" of the fiches a list answer gives
	due        string   // the period a list of what falls due gives, as chat.Conversation.Due
	enumerated bool     // a passage that announces a list, with its items
	passage    bool     // quotes passages found by search
	// evidence is the share of the question's weighed words that what the
	// answer is about holds: the fiche found by topic, the best passage,
	// the first fiche listed; 0 when the answer is about what the
	// question names (an axis, the schéma, a period), which is certain.
	evidence float64
	// settled is a "not found" that says why (a schéma not held): asking
	// the question's core again must not answer it from another schéma.
	settled bool
}

// hasTopic reports whether a question's topic holds a word the documents
// use: "which fiches actually deal with it?" has none of its own.
// withoutEquivalence removes from topic the words that ask for a
// counterpart ("comparable", "équivalent"): "un chiffre comparable ?"
// names no topic of its own.
func withoutEquivalence(topic string) string {
	eq := understand.EquivalentTerms()
	var kept []string
	for _, w := range strings.Fields(topic) {
		if ts := retrieval.Terms(w); len(ts) == 1 && eq[ts[0]] {
			continue
		}
		kept = append(kept, w)
	}
	return strings.Join(kept, " ")
}

func (e *Engine) hasTopic(topic, lang string) bool {
	for _, g := range e.weightsIn(topic, lang) {
		if !slices.Contains(g.terms, unknownTerm) {
			return true
		}
	}
	return false
}

// namesOtherFiche reports a question whose own words name a fiche other
// than the thread's: the fiche that holds most of them, well enough to be
// named by them, is another.
func (e *Engine) namesOtherFiche(ctx context.Context, q *question, conv chat.Conversation) bool {
	if !e.hasTopic(q.Topic, q.Lang) || e.threadFicheHolds(q, conv) {
		return false
	}
	ranked, _, cover := e.rankFiches(ctx, q, e.searchText(q), "")
	return len(ranked) > 0 && ranked[0] != (ficheKey{conv.Doc, conv.Fiche}) && cover[ranked[0]] >= e.params.FicheCover
}

// plannedWord are the terms of "prévu" and its forms, and of the words
// that ask about a fiche's work without naming a thing of it.
var plannedWord = func() map[string]bool {
	m := map[string]bool{}
	// "Qui est associé aux travaux ? l'ADEPAPE en fait partie ?": the
	// work of the fiche, and whether one is part of it, are no words of
	// its own either.
	for _, t := range retrieval.Terms("prévu prévue prévus prévues planned travaux partie") {
		m[t] = true
	}
	return m
}()

// threadFicheHolds reports a question whose every meaningful word the
// thread's fiche holds.
func (e *Engine) threadFicheHolds(q *question, conv chat.Conversation) bool {
	// "Concrètement ils vont faire quoi pour aider les parents ? on a un
	// petit appart": what the asker tells after the question is no word
	// of it.
	c := q
	if asked := e.askedTopic(q); asked != q.Topic {
		c = &question{Question: q.Question}
		c.Topic = asked
	}
	// "Y a un recrutement prévu dans cette fiche ?": whether a thing is
	// planned is what is asked, not a word the fiche must hold.
	w := slices.DeleteFunc(e.questionWeights(c, e.searchText(c)), func(g termGroup) bool {
		return len(g.terms) == 1 && plannedWord[g.terms[0]]
	})
	if len(w) == 0 {
		return false
	}
	k := ficheKey{conv.Doc, conv.Fiche}
	return coverageIn(w, e.fterms[k], e.ftext[k]) >= 0.999
}

// titleHoldsAll reports a topic of two words or more that fiche f's title
// names whole and the thread's title does not: "et pour l'accueil
// d'urgence, c'était prévu pour quand ?" on the fiche on placement
// regulation, which mentions emergency reception, asks of the fiche titled
// on it.
func (e *Engine) titleHoldsAll(q *question, text string, f, thread ficheKey) bool {
	w := e.questionWeights(q, text)
	d := e.lib.Doc(f.doc)
	if len(w) < 2 || d == nil || d.Fiche(f.n) == nil || d.Fiche(thread.n) == nil {
		return false
	}
	return coverage(w, termSet(d.Fiche(f.n).Title)) >= 0.999 && coverage(w, termSet(d.Fiche(thread.n).Title)) < 0.999
}

// namesOwnScheme reports a topic of two words or more ("Petits Pas Grands
// Pas") that fiche f's title names in part and the thread's fiche does not
// hold at all: the name of another fiche's scheme, not filler around a
// follow-up ("et niveau calendrier ?").
func (e *Engine) namesOwnScheme(q *question, text string, f, thread ficheKey) bool {
	w := e.questionWeights(q, text)
	d := e.lib.Doc(f.doc)
	if len(w) < 2 || d == nil || d.Fiche(f.n) == nil {
		return false
	}
	return coverage(w, termSet(d.Fiche(f.n).Title)) > 0 && coverageIn(w, e.fterms[thread], e.ftext[thread]) == 0
}

// namesAxisKind reports a question that names the axes of the schémas
// asked by the word they use ("orientations" in a schéma of orientations),
// rather than by another ("priorités").
func (e *Engine) namesAxisKind(q *question) bool {
	for _, d := range e.docsFor(q) {
		if len(d.Axes) == 0 {
			continue
		}
		kind := retrieval.Terms(d.Axes[0].Kind)
		// "Enjeux" stems apart from "enjeu": plurals are compared without
		// their mark.
		if len(kind) > 0 && slices.ContainsFunc(retrieval.Terms(q.Raw), func(t string) bool {
			return strings.TrimRight(t, "sx") == strings.TrimRight(kind[0], "sx")
		}) {
			return true
		}
	}
	return false
}

// resolveOrdinal turns "the third fiche (of axis 1)" into the fiche's
// label when one document is asked about.
func (e *Engine) resolveOrdinal(q *question) {
	if q.Ordinal == 0 || len(q.Fiches) > 0 {
		return
	}
	docs := e.docsFor(q)
	if len(docs) != 1 {
		return
	}
	var in []corpus.Fiche
	for _, f := range docs[0].Fiches {
		if q.Axis == 0 || f.AxisNumber == q.Axis {
			in = append(in, f)
		}
	}
	if q.Ordinal == understand.LastOrdinal {
		q.Ordinal = len(in)
	}
	if q.Ordinal >= 1 && q.Ordinal <= len(in) {
		q.Fiches, q.Docs = []string{in[q.Ordinal-1].ID}, []string{docs[0].ID}
		q.Axis, q.List = 0, false
	}
}

func (e *Engine) answer(ctx context.Context, q *question, conv chat.Conversation, partial func(string)) answer {
	e.resolveOrdinal(q)
	if strings.TrimSpace(q.Raw) == "" {
		return answer{Answer: chat.Answer{Text: e.suggestions(q.Lang, "")}}
	}
	if q.UnknownPlace != "" && len(q.Docs) == 0 {
		return answer{Answer: chat.Answer{Text: e.notCovered(q.Lang, q.UnknownPlace)}}
	}
	// "In your opinion, which of the two does better?": a judgement is no
	// fact of the schémas, and a passage that shares its words would pass
	// for one.
	if q.WantsOpinion {
		text := "Je n'ai pas trouvé cela dans le schéma : je ne donne pas d'avis, je rapporte ce que les schémas écrivent. Je peux citer ce qu'un schéma prévoit sur un sujet, ses objectifs ou ses indicateurs."
		if q.Lang == chat.English {
			text = "I did not find this in the schémas: I give no opinion, I report what the schémas write. I can quote what a schéma plans on a topic, its objectives or its indicators."
		}
		return answer{Answer: chat.Answer{Text: text}, settled: true}
	}
	// "The Isère 2025-2029 schéma", "le prochain schéma 2025-2029": a
	// schéma named by a period no document has is not held.
	if span := namedSchemaSpan(q.Folded); span != "" && !e.holdsPeriod(span) {
		text := fmt.Sprintf("Je n'ai pas trouvé cela dans le schéma : je ne dispose que des schémas %s, pas d'un schéma %s.", e.ofDocs(), span)
		if q.Lang == chat.English {
			text = fmt.Sprintf("I did not find this in the schémas: I only have the schémas of %s, not a %s one.", e.docsLabel(), span)
		}
		return answer{Answer: chat.Answer{Text: text}, settled: true}
	}
	// "Qu'est-ce que le schéma isère prévoit comme objectifs pour 2026 ?"
	// of a schéma of 2020-2024 that never names 2026: the year is not
	// the schéma's.
	// (The milestones of such a year are listed as none by the calendar
	// list, which says so itself.)
	if y := q.Year; y != 0 && len(q.Docs) == 1 && !(q.List && q.Field == retrieval.FieldCalendar) {
		if d := e.lib.Doc(q.Docs[0]); d != nil && d.EndYear > 0 && (y > d.EndYear || y < d.StartYear) && !docNamesYear(d, y) {
			text := fmt.Sprintf("Je n'ai pas trouvé cela dans le schéma : le schéma %s ne parle pas de %d, hors de sa période.", docLabel(d), y)
			if q.Lang == chat.English {
				text = fmt.Sprintf("I did not find this in the schéma: the %s schéma says nothing of %d, outside its period.", docLabel(d), y)
			}
			return answer{Answer: chat.Answer{Text: text}, settled: true}
		}
	}
	// "How many action sheets did the previous schéma (2013-2018) have?":
	// the documents held mention that schéma, but their fiches, axes and
	// calendars are their own.
	if e.namesPastSchema(q) && (q.Overview != "" || q.Count || q.List || len(q.Fiches) > 0 || q.Field != "" && q.Field != retrieval.FieldSummary) {
		span := namedSchemaSpan(q.Folded)
		text := fmt.Sprintf("Je n'ai pas trouvé cela dans le schéma : je dispose des schémas %s ; le schéma %s n'y est cité qu'en passant, sans ses fiches ni ses orientations.", e.ofDocs(), span)
		if q.Lang == chat.English {
			text = fmt.Sprintf("I did not find this in the schémas: I have the schémas of %s; the %s schéma is only mentioned in them, without its fiches or orientations.", e.docsLabel(), span)
		}
		return answer{Answer: chat.Answer{Text: text}, settled: true}
	}
	// A question in German or Spanish would be half understood: say so
	// rather than answer beside the point.
	if understand.OtherLanguage(q.Raw) {
		return answer{Answer: chat.Answer{Text: "Je réponds aux questions posées en français ou en anglais : pourriez-vous reformuler ?\n" +
			"I answer questions asked in French or English: could you rephrase?"}}
	}
	// "Il sort quand ce référentiel ?": a noun after a demonstrative that
	// the thread's fiche holds points back to it.
	if !q.FollowUp && len(q.Fiches) == 0 && q.Field != "" && conv.Fiche != "" && conv.Doc != "" && len(q.Docs) <= 1 && (len(q.Docs) == 0 || q.Docs[0] == conv.Doc) {
		k := ficheKey{conv.Doc, conv.Fiche}
		refs := reDemonstrative.FindAllStringSubmatch(q.Folded, -1)
		// "Le guide il sort quand ?": in a short message, a noun with a
		// definite article points back too.
		if len(strings.Fields(q.Folded)) <= 6 {
			refs = append(refs, reDefinite.FindAllStringSubmatch(q.Folded, -1)...)
		}
		for _, m := range refs {
			if t := retrieval.Terms(m[1]); len(t) == 1 && e.fterms[k][t[0]] {
				q.FollowUp = true
			}
			// "That experiment" of a fiche that writes "Expérimenter":
			// an English noun points back by its French words.
			if q.Lang == chat.English && slices.ContainsFunc(frenchTerms(m[1]), func(t string) bool { return e.fterms[k][t] }) {
				q.FollowUp = true
			}
		}
	}
	// "Et pour Petits Pas Grands Pas, quels partenaires ?": a follow-up
	// whose own topic names another fiche of the thread's schéma by its
	// title is about that fiche.
	if q.FollowUp && len(q.Fiches) == 0 && conv.Fiche != "" && conv.Doc != "" && len(q.Docs) == 0 && e.hasTopic(q.Topic, q.Lang) && !e.threadFicheHolds(q, conv) {
		sub := *q
		sub.Docs, sub.weights = []string{conv.Doc}, nil
		text := e.searchText(&sub)
		// The other fiche is named by its title, or holds every word of
		// the topic where the thread's fiche holds none of them ("Petits
		// Pas Grands Pas", a fiche's own name for its scheme).
		k := ficheKey{conv.Doc, conv.Fiche}
		if ranked, scores, cover := e.rankFiches(ctx, &sub, text, q.Field); len(ranked) > 0 && ranked[0].n != conv.Fiche && cover[ranked[0]] >= e.params.FicheCover &&
			(e.titleNamed(&sub, text, ranked, scores) >= e.params.TitleRecall ||
				e.namesOwnScheme(&sub, text, ranked[0], k) && cover[ranked[0]] >= 0.999 && e.clearLead(ranked, scores, cover) ||
				e.titleHoldsAll(&sub, text, ranked[0], k)) {
			q.FollowUp, q.Docs = false, []string{conv.Doc}
			// "And the mental health one?" after "who pilots it?": the
			// thread's question, asked of the fiche the topic names.
			if q.Field == "" && q.Continues && !q.Glossary && !q.List && !q.WantsNumber && !q.WantsDate && q.Overview == "" {
				q.Field = conv.Field
			}
		}
	}
	// "Et niveau calendrier, qu'est-ce qui tombe en 2021 ?" in a thread
	// about one fiche: what falls due, asked as a continuation with no
	// topic of its own, falls due in that fiche.
	if q.List && q.Continues && q.Field == retrieval.FieldCalendar && !q.From.IsZero() && len(q.Fiches) == 0 && len(q.Within) == 0 && conv.Fiche != "" && conv.Doc != "" &&
		(len(q.Docs) == 0 || len(q.Docs) == 1 && q.Docs[0] == conv.Doc) && !e.namesOtherFiche(ctx, q, conv) {
		q.Fiches, q.Docs, q.List = []string{conv.Fiche}, []string{conv.Doc}, false
	}
	// "Ok, and the one about unaccompanied minors, how will they measure
	// it?" after a list of fiches: the fiche of the list its topic names.
	if len(q.Fiches) == 0 && len(q.Docs) == 0 && len(conv.List) > 0 && !q.List && understand.PicksOneListed(q.Folded) {
		e.pickListed(ctx, q, conv.List)
	}
	// A follow-up in a thread inherits the thread's document and fiche.
	if q.FollowUp {
		if len(q.Docs) == 0 && conv.Doc != "" {
			q.Docs = []string{conv.Doc}
		}
		// A fiche found by its topic belongs to the thread's document: a
		// follow-up about another schéma does not inherit it. One named by
		// its number is that number in any schéma ("et en Moselle ?").
		// "Et en Isère, qui pilote le PPE ?" after Moselle's fiche 6 names
		// its topic: Isère's fiche on it, not Isère's fiche 6.
		// "Il y a un équivalent en Moselle ?" after Isère's fiche 6 asks
		// for its counterpart, not Moselle's fiche 6.
		ownTopic := !slices.Contains(q.Docs, conv.Doc) && (len(q.Acronyms) > 0 || e.hasTopic(q.Topic, q.Lang) || q.Equivalent)
		if len(q.Fiches) == 0 && (conv.Named && !ownTopic || conv.Doc == "" || slices.Contains(q.Docs, conv.Doc)) {
			q.Fiches = []string{conv.Fiche}
		}
		// "Et combien d'enfants… ?", "et la part qui part chez le juge ?"
		// ask a figure, not the field the thread was on.
		if q.Field == "" && !q.WantsFrequency && !(q.WantsNumber && (q.Counted != "" || e.hasTopic(q.Topic, q.Lang))) && !e.asksElsewhereInFiche(q, conv) {
			q.Field = conv.Field
		}
	} else if len(q.Fiches) > 0 && len(q.Docs) == 0 && conv.Doc != "" && len(retrieval.Terms(q.Topic)) == 0 {
		// "et la 12 ?" after a question on a fiche, "who pilots fiche 8
		// then?" after a list: same document.
		q.Docs = []string{conv.Doc}
		if q.Field == "" && conv.Fiche != "" {
			q.Field = conv.Field
		}
	} else if len(q.Fiches) == 1 && len(q.Docs) == 0 && slices.Contains(conv.List, conv.Doc+"/"+q.Fiches[0]) {
		// "In sheet 6, what does it say about working with us?" after a
		// list of one schéma's fiches that holds fiche 6: that schéma's.
		q.Docs = []string{conv.Doc}
	}
	// "What does RAPT stand for?" then "which fiches deal with it?": what
	// the thread defined is what the follow-up is about.
	if q.Continues && !q.Glossary && len(q.Acronyms) == 0 && len(q.Fiches) == 0 && conv.Question != "" && !e.hasTopic(q.Topic, q.Lang) {
		if prev := e.lastQuestion(q, conv); prev.Glossary && len(prev.Acronyms) > 0 {
			q.Acronyms = prev.Acronyms
			// Before the question's own words, so that it stays in the
			// sentence that asks.
			q.Topic = strings.TrimSpace(strings.Join(prev.Acronyms, " ") + " " + q.Topic)
			q.weights = nil
			if len(q.Docs) == 0 && conv.Doc != "" {
				q.Docs = []string{conv.Doc}
			}
		}
	}
	// "Et comment il a été élaboré ?", "and its orientations?": a question
	// about the schéma as a whole, continuing a thread about one schéma,
	// is about that schéma.
	if q.Overview != "" && len(q.Docs) == 0 && len(q.Fiches) == 0 && conv.Doc != "" && q.Continues {
		q.Docs = []string{conv.Doc}
	}
	// "When is the commission supposed to be up and running?" in a thread
	// about the fiche that sets the commission up: a field asked about
	// something the thread's fiche holds is asked of that fiche.
	// So is "y a une thèse dans cette fiche ?", a question that points
	// back, about something the fiche holds; not a fact the fiche may not
	// state ("combien ça va coûter ce marché ?"), which its card would not
	// answer.
	asksOfThread := q.Field != "" || q.Continues && !q.Glossary && len(q.Acronyms) == 0 &&
		!q.WantsNumber && !q.WantsMoney && !q.WantsContact && !q.WantsName
	if !q.FollowUp && len(q.Fiches) == 0 && asksOfThread && !q.List && q.Overview == "" && conv.Fiche != "" && conv.Doc != "" &&
		(len(q.Docs) == 0 || len(q.Docs) == 1 && q.Docs[0] == conv.Doc) && e.threadFicheHolds(q, conv) {
		q.Fiches, q.Docs = []string{conv.Fiche}, []string{conv.Doc}
	}
	e.followDueList(q, conv)
	// "Et avant ça, en 2020 ?" after a fiche's calendar over a period:
	// the same fiche's steps of the period now named.
	if conv.Due == "" && conv.Fiche != "" && conv.Doc != "" && conv.Field == retrieval.FieldCalendar && len(q.Fiches) == 0 && !q.From.IsZero() &&
		(q.Field == "" || q.Field == retrieval.FieldCalendar) && !q.Glossary && q.Overview == "" && q.Axis == 0 && !q.Count && !q.WantsNumber &&
		(len(q.Docs) == 0 || len(q.Docs) == 1 && q.Docs[0] == conv.Doc) && !e.hasTopic(withoutTerms(reYear.ReplaceAllString(q.Topic, " "), understand.DueTerms()), q.Lang) {
		q.Fiches, q.Docs, q.Field, q.List = []string{conv.Fiche}, []string{conv.Doc}, retrieval.FieldCalendar, false
	}
	// "What KPIs would we be asked to feed?" in a thread on one fiche: a
	// field asked with no word the documents use besides is asked of the
	// thread's fiche, whatever the asker's own words around it.
	if !q.FollowUp && len(q.Fiches) == 0 && q.Field != "" && q.Field != retrieval.FieldSummary && !q.List && q.Overview == "" && conv.Fiche != "" && conv.Doc != "" &&
		len(q.Docs) == 0 && (len(q.Acronyms) == 0 && !e.hasTopic(q.Topic, q.Lang) || len(q.Acronyms) > 0 && e.threadFicheHolds(q, conv)) {
		// "Qui est associé aux travaux ? l'ADEPAPE en fait partie ?": an
		// acronym the thread's fiche names checks that fiche's field.
		q.Fiches, q.Docs = []string{conv.Fiche}, []string{conv.Doc}
	}
	// A question that names its object (an acronym asked, a fiche by its
	// number) is answered about that object; any other is read in every
	// way it allows, and the best-scoring reading answers (arbitrate).
	switch {
	case q.Glossary:
		if a, ok := e.glossaryAnswer(q); ok {
			return a
		}
		// "SERAD ça veut dire quoi en toutes lettres ?" of an acronym no
		// glossary and no text spells out: the passages that use it do not
		// say what it stands for.
		if len(q.Acronyms) == 1 && understand.AsksSpelledOut(q.Folded) && !e.spellsOut(q.Acronyms[0]) {
			text := fmt.Sprintf("Je n'ai pas trouvé cela dans le schéma : %s n'y est écrit en toutes lettres ni dans le glossaire ni dans le texte.", q.Acronyms[0])
			if q.Lang == chat.English {
				text = fmt.Sprintf("I did not find this in the schémas: %s is spelled out neither in a glossary nor in the text.", q.Acronyms[0])
			}
			return answer{Answer: chat.Answer{Text: text}, settled: true}
		}
	case len(q.Fiches) > 0:
		// "Et les conférences familiales, ça veut dire quoi ?" in a thread
		// on a fiche: the term is defined where the schéma defines it,
		// the fiche being only the thread's.
		if (q.Field == "" || q.Field == retrieval.FieldSummary) && understand.AsksMeaning(q.Folded) && !strings.Contains(q.Folded, q.Fiches[0]) {
			c := *q
			c.Fiches = nil
			if a, ok := e.definitionAnswer(&c); ok {
				return a
			}
		}
		if a, ok := e.withinFicheAnswer(ctx, q, partial); ok {
			return a
		}
		a := e.ficheAnswer(q)
		// "Et combien d'enfants ont déjà changé de statut grâce à elle ?":
		// a count asked of a fiche that states none is not answered by
		// the fiche's card, which is only what comes closest.
		if a.Found && q.WantsNumber && q.Counted != "" && (q.Field == "" || q.Field == retrieval.FieldSummary) && !e.statesCount(q, a.Text) {
			return e.missingFact(q, a)
		}
		// "Y a un montant quelque part ?", "on touche une indemnité ?" of
		// a fiche that states no sum: its card is only what comes
		// closest.
		if a.Found && q.WantsMoney && (q.Field == "" || q.Field == retrieval.FieldSummary) && !hasQuantity(a.Text, false, true) {
			return e.missingFact(q, a)
		}
		// "Il faut attendre combien de temps en moyenne ?" of a fiche
		// that states no duration: its card is only what comes closest.
		if a.Found && q.WantsDuration && (q.Field == "" || q.Field == retrieval.FieldSummary) && !hasQuantity(a.Text, true, false) {
			return e.missingFact(q, a)
		}
		if q.Field == retrieval.FieldDiagnostic && !a.Found {
			if c, ok := e.contextAnswer(ctx, q, a); ok {
				return c
			}
		}
		return a
	}
	if a, ok := e.definitionAnswer(q); ok {
		return a
	}
	return e.arbitrate(ctx, q, e.candidates(ctx, q, conv, partial))
}

// pickListed sets the question's fiche to the fiche of listed (as
// "doc/label") that its topic names, when one is the best of the fiches
// ranked and holds enough of the question.
func (e *Engine) pickListed(ctx context.Context, q *question, listed []string) {
	var docs []string
	for _, k := range listed {
		if doc, _, ok := strings.Cut(k, "/"); ok && !slices.Contains(docs, doc) {
			docs = append(docs, doc)
		}
	}
	sub := *q
	sub.Docs, sub.weights = docs, nil
	ranked, _, cover := e.rankFiches(ctx, &sub, e.searchText(&sub), q.Field)
	for _, r := range ranked {
		if slices.Contains(listed, r.doc+"/"+r.n) {
			if cover[r] >= e.params.FicheCover {
				q.Fiches, q.Docs, q.FollowUp, q.weights = []string{r.n}, []string{r.doc}, false, nil
			}
			return
		}
	}
}

// namedFicheDetail answers a question that nothing else answered with the
// sentences of the one fiche it names by its title: "Internat scolaire en
// Isère : combien d'établissements ?" asks a detail of that fiche, which
// no passage of the whole schéma holds well enough.
func (e *Engine) namedFicheDetail(ctx context.Context, q *question, partial func(string)) (answer, bool) {
	if q.Field != "" || q.List || q.Count || q.Overview != "" || len(q.Fiches) > 0 || q.Glossary {
		return answer{}, false
	}
	k, ok := e.ficheNamedByTitle(ctx, q)
	if !ok {
		return answer{}, false
	}
	sub := *q
	sub.Fiches, sub.Docs, sub.weights = []string{k.n}, []string{k.doc}, nil
	return e.withinFicheAnswer(ctx, &sub, partial)
}

// quotesObjective reports an answer whose first quote is one of its
// fiche's objectives: a target, which a count of what is does not take.
func (e *Engine) quotesObjective(a answer) bool {
	if len(a.Citations) == 0 || a.Citations[0].Fiche == nil {
		return false
	}
	c := a.Citations[0]
	d := e.lib.Doc(c.Doc)
	if d == nil {
		return false
	}
	f := d.Fiche(*c.Fiche)
	return f != nil && slices.ContainsFunc(f.Objectives.Items, func(it corpus.Item) bool {
		return slices.ContainsFunc(strings.Split(c.Quote, "\n"), func(l string) bool {
			l = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "-"))
			return l != "" && strings.Contains(it.Text, l)
		})
	})
}

// ficheNamedByTitle returns the fiche a question names by its title, well
// ahead of the others.
func (e *Engine) ficheNamedByTitle(ctx context.Context, q *question) (ficheKey, bool) {
	text := e.searchText(q)
	if len(e.questionWeights(q, text)) == 0 {
		return ficheKey{}, false
	}
	ranked, scores, cover := e.rankFiches(ctx, q, text, q.Field)
	if len(ranked) == 0 || e.titleNamed(q, text, ranked, scores) < e.params.TitleRecall || !e.clearLead(ranked, scores, cover) {
		return ficheKey{}, false
	}
	return ranked[0], true
}

// withinFicheAnswer answers a question on one fiche named by number that
// asks no field but something of its own ("quels publics la fiche 3
// identifie comme vulnérables ?"): the fiche's sentences that hold it,
// when they do.
func (e *Engine) withinFicheAnswer(ctx context.Context, q *question, partial func(string)) (answer, bool) {
	if len(q.Fiches) != 1 || q.Field != "" && q.Field != retrieval.FieldSummary || q.List || q.Glossary {
		return answer{}, false
	}
	var d *corpus.Document
	var f *corpus.Fiche
	for _, doc := range e.docsFor(q) {
		if ff := doc.Fiche(q.Fiches[0]); ff != nil {
			if f != nil {
				return answer{}, false // two schémas: the fiche cards say which has what
			}
			d, f = doc, ff
		}
	}
	if f == nil {
		return answer{}, false
	}
	w := e.questionWeights(q, e.searchText(q))
	// A question the title holds almost whole asks for the fiche itself,
	// unless it counts something ("combien d'établissements ?").
	if !e.hasTopic(q.Topic, q.Lang) || coverage(w, termSet(f.Title)) >= 0.75 && !(q.WantsNumber && q.Counted != "") {
		return answer{}, false
	}
	sub := *q
	sub.within, sub.Docs = &ficheKey{d.ID, f.ID}, []string{d.ID}
	a := e.passageAnswer(ctx, &sub, partial)
	if !a.Found {
		return answer{}, false
	}
	a.focusDoc, a.focusFiche = d.ID, f.ID
	return a, true
}

// followDueList makes "et l'année d'après ?", "and the year before?" or
// "et en 2023 il reste quoi comme jalon ?", after a list of what falls due
// in a period, the same list for the period asked, in the same schéma.
func (e *Engine) followDueList(q *question, conv chat.Conversation) {
	shift := understand.YearShift(q.Folded)
	// "And the year before?" after a list of one fiche, which the thread
	// took as its fiche, still asks for the list.
	if shift != 0 && q.FollowUp && slices.Equal(q.Fiches, []string{conv.Fiche}) {
		q.Fiches = nil
	}
	if conv.Due == "" || len(q.Fiches) > 0 || q.Glossary || q.Overview != "" || q.Field != "" && q.Field != retrieval.FieldCalendar {
		return
	}
	fromS, toS, _ := strings.Cut(conv.Due, "/")
	from, err1 := time.Parse(time.DateOnly, fromS)
	to, err2 := time.Parse(time.DateOnly, toS)
	if err1 != nil || err2 != nil {
		return
	}
	if shift != 0 && q.From.IsZero() {
		// The words of the shift say which period, not what is due; the
		// question's own text, searched when its topic is empty, loses
		// them too.
		q.Topic, q.weights = understand.WithoutYearShift(q.Topic), nil
		q.Raw = understand.WithoutYearShift(" " + corpus.Fold(q.Raw) + " ")
		q.From, q.To = from.AddDate(shift, 0, 0), to.AddDate(shift, 0, 0)
		if q.From.Year() == q.To.Year() {
			q.Year = q.From.Year()
		}
	}
	if q.From.IsZero() || !q.Continues && e.hasTopic(q.Topic, q.Lang) {
		return
	}
	q.List, q.Field = true, retrieval.FieldCalendar
	if len(q.Docs) == 0 && conv.Doc != "" {
		q.Docs = []string{conv.Doc}
	}
}

// asksElsewhereInFiche reports a follow-up about something the thread's
// fiche holds and the field the thread was on does not ("and the thesis
// thing in it?" after the fiche's objectives): it asks for that passage,
// not for the field again.
func (e *Engine) asksElsewhereInFiche(q *question, conv chat.Conversation) bool {
	if conv.Field == "" || conv.Fiche == "" || !e.hasTopic(q.Topic, q.Lang) {
		return false
	}
	k := ficheKey{conv.Doc, conv.Fiche}
	w := e.questionWeights(q, e.searchText(q))
	if len(w) == 0 || coverageIn(w, e.fterms[k], e.ftext[k]) < 1 {
		return false
	}
	d := e.lib.Doc(conv.Doc)
	if d == nil {
		return false
	}
	f := d.Fiche(conv.Fiche)
	if f == nil {
		return false
	}
	var held []string
	for _, fl := range ficheFields(f, conv.Field) {
		for _, it := range fl.Items {
			held = append(held, it.Text)
		}
	}
	field := strings.Join(held, " ")
	// "Et le guide pour les mineurs de 17 ans ?" after a calendar that
	// holds "Création du guide" still asks for the calendar.
	return coverageIn(w, termSet(field), corpus.Fold(field)) == 0
}

// openField reports the fields whose answer is prose rather than a list of
// facts (names, dates) that must be quoted exactly.
func openField(f string) bool {
	return f == retrieval.FieldActions || f == retrieval.FieldObjectives || f == retrieval.FieldDiagnostic
}

// docsFor returns the documents a question is about: those it names, or all.
func (e *Engine) docsFor(q *question) []*corpus.Document {
	if len(q.Docs) == 0 {
		return e.lib.Docs
	}
	var out []*corpus.Document
	for _, id := range q.Docs {
		if d := e.lib.Doc(id); d != nil {
			out = append(out, d)
		}
	}
	return out
}

// docLabel names a document for people: "Isère (2020-2024)".
func docLabel(d *corpus.Document) string {
	name := d.Departement
	if name == "" {
		name = d.Title
	}
	if name == "" {
		name = d.ID
	}
	if p := d.Period(); p != "" {
		return name + " (" + p + ")"
	}
	return name
}

// ofDoc names a document after "de" in French: "de l'Isère (2020-2024)",
// "de la Moselle (2019-2023)"; a document whose département is unknown is
// named by its title.
func ofDoc(d *corpus.Document) string {
	if d.Departement == "" {
		return "de " + docLabel(d)
	}
	s := corpus.OfDepartement(d.Departement)
	if p := d.Period(); p != "" {
		s += " (" + p + ")"
	}
	return s
}

// ofDocs is ofDoc for every document: "de l'Isère (2020-2024) et de la
// Moselle (2019-2023)".
func (e *Engine) ofDocs() string {
	var names []string
	for _, d := range e.lib.Docs {
		names = append(names, ofDoc(d))
	}
	if len(names) > 1 {
		return strings.Join(names[:len(names)-1], ", ") + " et " + names[len(names)-1]
	}
	return strings.Join(names, "")
}

func (e *Engine) docsLabel() string {
	var names []string
	for _, d := range e.lib.Docs {
		names = append(names, docLabel(d))
	}
	return strings.Join(names, ", ")
}

// reSchemaSpan is a schéma named by its period: "schéma 2025-2029",
// "le schéma isérois 2025-2029", "the Isère 2025-2029 plan".
var reSchemaSpan = regexp.MustCompile(`\b(?:schemas?|plans?|sdpe)\s+(?:[a-z'-]+\s+){0,3}\(?((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)\d\d)\s+(?:schemas?|plans?)\b`)

// namedSchemaSpan returns the period a question names a schéma by
// ("2025-2029"), or "" when it names none; a span of one or two years is
// no schéma's.
func namedSchemaSpan(folded string) string {
	m := reSchemaSpan.FindStringSubmatch(folded)
	if m == nil {
		return ""
	}
	from, to := m[1]+m[3], m[2]+m[4]
	a, _ := strconv.Atoi(from)
	b, _ := strconv.Atoi(to)
	if b-a < 3 || b-a > 10 {
		return ""
	}
	return from + "-" + to
}

// holdsPeriod reports whether a document's period is span, or a document
// speaks of a schéma of that period ("le Schéma 2014-2018 a posé les
// jalons…": the previous one, whose record it gives).
// namesPastSchema reports a question about a schéma named by a period that
// is none of the documents' own ("the previous Moselle schéma (2013-2018)"):
// the figures of the documents held (their fiches, axes, period) are not
// that schéma's.
func (e *Engine) namesPastSchema(q *question) bool {
	span := namedSchemaSpan(q.Folded)
	if span == "" {
		return false
	}
	for _, d := range e.docsFor(q) {
		if d.Period() == span {
			return false
		}
	}
	return true
}

func (e *Engine) holdsPeriod(span string) bool {
	from, to, _ := strings.Cut(span, "-")
	re := regexp.MustCompile(from + `\s*[-–/]\s*` + to)
	for _, d := range e.lib.Docs {
		if d.Period() == span {
			return true
		}
		for _, l := range d.Lines {
			if strings.Contains(l, from) && re.MatchString(l) {
				return true
			}
		}
	}
	return false
}

func (e *Engine) notCovered(lang, place string) string {
	if lang == chat.English {
		return fmt.Sprintf("I did not find this in the schémas: I only have the schémas of %s, not one for %s.", e.docsLabel(), place)
	}
	return fmt.Sprintf("Je n'ai pas trouvé cela dans le schéma : je ne dispose que des schémas %s, pas de celui %s.", e.ofDocs(), corpus.OfDepartement(place))
}

// suggestions says what can be asked.
func (e *Engine) suggestions(lang, lead string) string {
	if lang == chat.English {
		if lead == "" {
			lead = "I did not find this in the schémas."
		}
		return lead + " I can answer from the schémas of " + e.docsLabel() +
			": who pilots a fiche (“Who leads fiche 12 in Isère?”), its partners, calendar, objectives, actions or indicators, what an acronym means (“What does ODPE stand for?”), which fiches concern a topic, or the orientations of a schéma."
	}
	if lead == "" {
		lead = "Je n'ai pas trouvé cela dans le schéma."
	}
	return lead + " Je peux répondre à partir des schémas " + e.ofDocs() +
		" : qui pilote une fiche (« Qui pilote la fiche 12 en Isère ? »), ses partenaires, son calendrier, ses objectifs, ses actions ou ses indicateurs, le sens d'un sigle (« Que veut dire ODPE ? »), les fiches qui concernent un sujet, ou les orientations d'un schéma."
}

func intPtr(n int) *int {
	if n == 0 {
		return nil
	}
	return &n
}

func strPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// ficheCitation cites a fiche field.
func ficheCitation(d *corpus.Document, f *corpus.Fiche, label string, span corpus.Span, quote string) chat.Citation {
	return chat.Citation{Doc: d.ID, Fiche: strPtr(f.ID), Section: label, Page: intPtr(f.Page), Quote: quote, Line: span.StartLine}
}

func chunkCitation(c *retrieval.Chunk, quote string) chat.Citation {
	return chat.Citation{Doc: c.Doc, Fiche: strPtr(c.Fiche), Section: c.Section, Page: intPtr(c.Span.Page), Quote: quote, Line: c.Span.StartLine}
}

// sortedFiches returns fiche numbers ranked by score, best first.
func sortedFiches(scores map[ficheKey]float64) []ficheKey {
	keys := make([]ficheKey, 0, len(scores))
	for k := range scores {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if scores[keys[i]] != scores[keys[j]] {
			return scores[keys[i]] > scores[keys[j]]
		}
		if keys[i].doc != keys[j].doc {
			return keys[i].doc < keys[j].doc
		}
		return corpus.CompareFicheIDs(keys[i].n, keys[j].n) < 0
	})
	return keys
}

type ficheKey struct {
	doc string
	n   string // the fiche's label
}

// questionCores returns the question a message asks without the words
// around it: the sentence that holds the question mark, then that
// sentence after a colon or a greeting ("bonjour, on a un copil jeudi :
// concrètement, le schéma prévoit quoi ?"). It returns nothing when the
// message is its question.
func questionCores(text string) []string {
	var sentences []string
	start := 0
	for i := 0; i < len(text); i++ {
		if strings.IndexByte(".!?", text[i]) >= 0 && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') {
			sentences = append(sentences, strings.TrimSpace(text[start:i+1]))
			start = i + 1
		}
	}
	if rest := strings.TrimSpace(text[start:]); rest != "" {
		sentences = append(sentences, rest)
	}
	var out []string
	add := func(s string) {
		s = strings.TrimSpace(s)
		if len(strings.Fields(s)) >= 3 && s != strings.TrimSpace(text) && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	for _, s := range sentences {
		if !strings.Contains(s, "?") {
			continue
		}
		add(s)
		if i := strings.LastIndexByte(s, ':'); i > 0 {
			add(s[i+1:])
		}
		if i := strings.IndexByte(s, ','); i > 0 && len(strings.Fields(s[:i])) <= 6 {
			add(s[i+1:])
		}
		break
	}
	return out
}

// statesCount reports a text with a line that gives a quantity of what a
// "how many" question counts ("8 établissements" for "combien
// d'établissements").
func (e *Engine) statesCount(q *question, text string) bool {
	groups := e.countedGroups(q)
	for _, line := range strings.Split(text, "\n") {
		if !hasQuantity(line, q.WantsDuration, q.WantsMoney) {
			continue
		}
		have := termSet(line)
		if !slices.ContainsFunc(groups, func(g termGroup) bool { return !g.in(have, corpus.Fold(line)) }) {
			return true
		}
	}
	return false
}

// missingFact says that the fiche asked about does not give what is
// asked (a phone number, an amount), and what it does give, cited; the
// answer is not found.
func (e *Engine) missingFact(q *question, a answer) answer {
	lead := "Le schéma ne donne pas cette information ; voici ce qu'il dit de plus proche."
	if q.Lang == chat.English {
		lead = "The schéma does not give this; here is what it says that comes closest."
	}
	a.Text = lead + "\n\n" + a.Text
	a.Found = false
	return a
}

// switchedDocs reports a follow-up that only changes the schéma asked
// about ("et en Moselle ?", "and in the other one?", "same for Isère?"),
// with the documents it names.
func (e *Engine) switchedDocs(q *question, conv chat.Conversation) ([]string, bool) {
	if conv.Question == "" || conv.Named || len(q.Fiches) > 0 || q.List || q.Glossary || q.Overview != "" || q.Axis > 0 {
		return nil, false
	}
	docs := q.Docs
	if len(docs) == 0 && understand.NamesOtherSchema(q.Folded) {
		for _, d := range e.lib.Docs {
			if d.ID != conv.Doc {
				docs = append(docs, d.ID)
			}
		}
	}
	if len(docs) == 0 || conv.Doc != "" && slices.Contains(docs, conv.Doc) {
		return nil, false
	}
	// Nothing else asked: at most a word or two ("same period", "aussi"),
	// and no acronym ("et dans l'autre schéma, ils prévoient quoi sur le
	// PPE ?" is a question of its own).
	if len(q.Acronyms) > 0 {
		return nil, false
	}
	// "Anything similar on the care / disability side?" names its topic.
	words := understand.ContentTerms(q.Topic, q.Acronyms)
	if len(words) > 2 || len(words) > 0 && (q.Field == "" && len(strings.Fields(q.Topic)) > 6 || understand.AsksWhetherAny(q.Folded)) {
		return nil, false
	}
	// "Et la Moselle, elle fait quoi sur les violences intrafamiliales ?"
	// after a question on violences conjugales: a topic the thread's
	// question did not name is asked of its own.
	// What the follow-up does ("ça donne quoi", "ça vise quoi") and how it
	// names the other schéma or asks for a counterpart ("un équivalent")
	// name no topic.
	before, topic := termSet(retrieval.Translate(conv.Question)), termSet(strings.Join(words, " "))
	for _, w := range retrieval.Words(understand.WithoutOtherSchema(q.Topic)) {
		t := retrieval.Stem(w)
		if topic[t] && !before[t] && e.ix.HasTerm(t) && !retrieval.VerbForm(w) && !understand.EquivalentTerms()[t] {
			return nil, false
		}
	}
	return docs, true
}

// The words that, asked for ("quel est le budget", "son nom ?", "how much
// does it cost"), make a value of their type the answer, where elsewhere
// in a question they are a topic ("the private funding fiche", "a name of
// service").
var (
	moneyHeads = []string{"budget", "cout", "couts", "coute", "montant", "amount", "cost", "costs", "much", "argent", "money", "euros",
		"pay", "paid", "payes", "paye", "payees", "salary", "salaire", "salaires", "remuneration", "wage", "wages", "prix", "tarif",
		"indemnite", "indemnites", "allocation", "allocations", "allowance", "allowances", "loyer", "rent"}
	nameHeads = []string{"nom", "name", "names", "appelle", "appellent", "s'appelle", "s'appellent"}
	askWords  = map[string]bool{"besoin": true, "need": true, "needs": true, "faut": true, "quel": true, "quelle": true, "quels": true, "quelles": true, "what": true, "what's": true, "whats": true,
		"combien": true, "how": true, "which": true, "qui": true, "who": true, "son": true, "sa": true, "leur": true, "his": true, "her": true, "their": true, "s'appelle": true, "comment": true,
		// A request for the thing is a question for it: "vous avez le nom
		// de…", "tu connais le nom", "do you have the name", "give me the
		// amount".
		"avez": true, "as": true, "auriez": true, "aurais": true, "connais": true, "connait": true, "connaissez": true, "donner": true, "donnez": true, "donne": true,
		"cherche": true, "have": true, "got": true, "know": true, "give": true, "tell": true, "looking": true,
		// "C'est quoi le nom…", "j'aimerais avoir un nom", "can I get a name".
		"quoi": true, "avoir": true, "get": true,
		// "J'ai droit à une indemnité ?", "am I entitled to an allowance?".
		"droit": true, "entitled": true}
	// "Un nom de fonction", "the job title": a role, no person.
	notPersons = map[string]bool{"service": true, "direction": true, "dispositif": true, "fiche": true, "schema": true, "sheet": true, "plan": true,
		"fonction": true, "poste": true, "role": true, "post": true, "position": true, "job": true}
)

// reAsksOffice asks who holds an office ("who is the vice-president in
// charge of…", "c'est qui la directrice…"): a person, whom a schéma that
// names services and roles does not name.
var reAsksOffice = regexp.MustCompile(`\b(?:qui est|c'est qui|who is|who's|whos)\s+(?:(?:le|la|the|our|notre|votre|your)\s+)?(?:(?:new|current|nouvelle?|actuelle?)\s+)?(?:l')?(?:vice[- ]?presidente?|presidente?|president|directeur|directrice|director|juge|judge|magistrate?|elue?|elected|maire|mayor|ministre|minister|prefete?|procureure?|prosecutor|chair|chairman|chairwoman|chairperson)\b`)

// asksFor reports a question whose interrogative (quel, what, combien, qui,
// son…, or a need: "j'ai besoin du nom") is followed within three words by
// one of heads, the head not being a service or a document ("name of
// service", "the service name").
// setAside reports a head the question sets aside after a comma, a
// bracket or the role it wants instead: "la fonction, pas le nom", "(not
// the name)", "the role not the name". A negated verb
// ("je trouve pas son nom") still asks for it.
func setAside(folded, head string) bool {
	re := regexp.MustCompile(`(?:[,(;]|\b(?:fonction|role|poste|function|title|job))\s*(?:mais\s+|but\s+)?(?:pas|not|sans|without)\s+(?:\p{L}+\s+)?` + regexp.QuoteMeta(head) + `\b`)
	return re.MatchString(folded)
}

// nameObjects are the words that follow "name" as a verb: "fiches that
// name the CAF", "do they name us".
var nameObjects = map[string]bool{"the": true, "us": true, "them": true, "it": true, "our": true, "any": true, "an": true, "me": true, "those": true, "these": true, "which": true, "who": true, "both": true, "all": true}

func asksFor(folded string, heads []string) bool {
	words := strings.Fields(strings.NewReplacer("?", " ", ",", " ", ".", " ", "(", " ", ")", " ").Replace(folded))
	for i, w := range words {
		if !askWords[w] {
			continue
		}
		for j := i + 1; j < len(words) && j <= i+4; j++ {
			if slices.Contains(heads, words[j]) {
				// "Which fiches name the Education nationale as a
				// partner?": "name" before its object is the verb.
				if (words[j] == "name" || words[j] == "names") && j+1 < len(words) && nameObjects[words[j+1]] {
					continue
				}
				// "the service name" names no person either; "la
				// fonction, pas le nom" sets the name aside.
				if notPersons[words[j-1]] || setAside(folded, words[j]) {
					return false
				}
				k := j + 1
				for k < len(words) && (words[k] == "of" || words[k] == "du" || words[k] == "de" || words[k] == "la" || words[k] == "a" || words[k] == "the") {
					k++
				}
				return k >= len(words) || !notPersons[words[k]]
			}
		}
	}
	// "name please", "son nom ?", "elle s'appelle comment ?" at the end of
	// a message.
	n := len(words)
	if n > 1 && (words[n-1] == "comment" || words[n-1] == "how") {
		n--
	}
	return n > 0 && slices.Contains(heads, words[n-1]) && !setAside(folded, words[n-1]) ||
		n > 1 && slices.Contains(heads, words[n-2]) && politeness[words[n-1]] && !setAside(folded, words[n-2])
}

// politeness are the words that may close a request ("name pls").
var politeness = map[string]bool{"please": true, "pls": true, "plz": true, "stp": true, "svp": true, "merci": true, "thx": true, "thanks": true}

// reCapsWord is a word in capitals, a surname ("BARBIER") or an acronym.
var reCapsWord = regexp.MustCompile(`\b\p{Lu}{2,}\b`)

// namesPerson reports a person's name in text, not counting "Sous-Direction
// ASE" and kin: a word in capitals that a glossary defines is no surname.
func (e *Engine) namesPerson(text string) bool {
	for _, m := range rePerson.FindAllString(text, -1) {
		person := true
		for _, w := range reCapsWord.FindAllString(m, -1) {
			for _, d := range e.lib.Docs {
				if d.Expand(w) != "" {
					person = false
				}
			}
		}
		if person && hasPerson(m) {
			return true
		}
	}
	return false
}

// interrogatives open or close a question.
var interrogatives = map[string]bool{"qui": true, "quand": true, "quel": true, "quelle": true, "quels": true, "quelles": true,
	"combien": true, "comment": true, "pourquoi": true, "quoi": true, "who": true, "when": true, "what": true, "what's": true,
	"whats": true, "which": true, "how": true, "why": true, "where": true, "ou": false}

// relativePronouns are the interrogatives that also open relative or
// embedded clauses: "les gamins qui…", "change how they are funded".
var relativePronouns = map[string]bool{"qui": true, "who": true, "which": true, "how": true, "comment": true, "when": true, "quand": true, "where": true}

// beforeInterrogative are the words after which such a pronoun still asks:
// "c'est qui", "avec qui", "and who", "by which".
var beforeInterrogative = map[string]bool{"et": true, "and": true, "or": true, "ou": true, "avec": true, "pour": true, "par": true,
	"de": true, "a": true, "chez": true, "sur": true, "dans": true, "in": true, "with": true, "for": true, "by": true, "to": true, "of": true, "on": true,
	"est": true, "c'est": true, "c": true, "cest": true, "sont": true, "is": true, "are": true, "was": true, "were": true, "but": true, "mais": true, "alors": true, "so": true}

// compoundParts splits a message that asks two questions joined by "et" or
// "and", each with its own interrogative ("il couvre quelle période et il a
// été adopté quand ?"); nil when it asks one.
func compoundParts(text string) []string {
	low := strings.ToLower(text)
	hasQ := func(s string) bool {
		for _, clause := range strings.FieldsFunc(corpus.Fold(s), func(r rune) bool { return strings.ContainsRune(",;:.!?()", r) }) {
			ws := strings.FieldsFunc(clause, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
			for i, w := range ws {
				// "Les gamins qui relèvent du soin", "the team who runs
				// it": a pronoun after a noun opens a relative clause,
				// not a question.
				// One that ends the clause asks ("ça démarre quand",
				// "il est piloté par qui").
				if i > 0 && i < len(ws)-1 && relativePronouns[w] && !beforeInterrogative[ws[i-1]] {
					continue
				}
				if interrogatives[w] || interrogatives[strings.TrimSuffix(w, "'s")] {
					return true
				}
			}
		}
		return false
	}
	for _, sep := range []string{", et ", " et ", ", and ", " and ", ", "} {
		for off := 0; ; {
			i := strings.Index(low[off:], sep)
			if i < 0 {
				break
			}
			i += off
			off = i + len(sep)
			first, second := strings.TrimSpace(text[:i]), strings.TrimSpace(text[i+len(sep):])
			// "I'm looking at how Moselle plans to steer and evaluate its
			// plan. Which fiches…?": a joint inside a sentence that asks
			// nothing joins no two questions.
			if end := strings.IndexAny(second, ".!?"); end >= 0 && end+1 < len(second) && !hasQ(second[:end]) {
				continue
			}
			// "How many staff, how many schools?": after a bare comma,
			// only a part that starts by asking is a second question.
			if strings.TrimSpace(sep) == "," && !startsAsking(second) {
				continue
			}
			if len(strings.Fields(first)) >= 2 && len(strings.Fields(second)) >= 2 && hasQ(first) && hasQ(second) {
				// The first part is a question too: its mark tells the
				// sentence that asks from the chat before it ("On a 4
				// nouveaux MNA ce mois-ci. Combien en 2018, et en 2013 ?").
				if !strings.HasSuffix(first, "?") {
					first += " ?"
				}
				return []string{first, second}
			}
		}
	}
	return nil
}

// startsAsking reports text that starts with an interrogative: "how
// many schools?", "combien d'établissements ?", "qui le pilote ?".
func startsAsking(text string) bool {
	ws := strings.Fields(corpus.Fold(text))
	// "…, avec combien de moniteurs ?", "…, in how many schools?": a
	// preposition may come before the word that asks.
	if len(ws) > 1 && askingPrepositions[ws[0]] {
		ws = ws[1:]
	}
	return len(ws) > 0 && (interrogatives[ws[0]] || ws[0] == "how" || ws[0] == "combien")
}

// askingPrepositions may open a question before its interrogative.
var askingPrepositions = map[string]bool{"avec": true, "dans": true, "pour": true, "sur": true, "par": true, "with": true, "in": true, "for": true, "on": true, "by": true}

// mergeAnswers puts the answers to the two parts of a question together.
func mergeAnswers(text string, a1, a2 chat.Answer) chat.Answer {
	out := chat.Answer{Question: text, Lang: a1.Lang, Found: true}
	var parts []string
	for _, a := range []chat.Answer{a1, a2} {
		// A part answered by what the other part already quotes ("combien
		// en 2018, et combien en 2013 ?" finds one sentence for both) is
		// said once.
		for _, block := range strings.Split(a.Text, "\n\n") {
			if !slices.Contains(parts, block) {
				parts = append(parts, block)
			}
		}
		for _, c := range a.Citations {
			if !slices.Contains(out.Citations, c) {
				out.Citations = append(out.Citations, c)
			}
		}
	}
	out.Text = strings.Join(parts, "\n\n")
	if out.Citations == nil {
		out.Citations = []chat.Citation{}
	}
	return out
}

// quotesOf returns the document text an answer quotes, with the
// headings it stands under ("Chiffres clés 2022").
func quotesOf(cites []chat.Citation) string {
	var b strings.Builder
	for _, c := range cites {
		b.WriteString(c.Section + "\n" + c.Quote + "\n")
	}
	return b.String()
}

// reDemonstrative is a noun after a demonstrative: "ce référentiel",
// "cette commission", "this committee", "the protocol" (in English, the
// definite article points back as well).
var reDemonstrative = regexp.MustCompile(`(?:^|\s)(?:ce|cet|cette|ces|this|that|these|those|the)\s+(\p{L}{3,})`)

// frenchTerms returns the analysed terms of the French words an English
// word translates to, none when it has no translation.
func frenchTerms(word string) []string {
	french, _ := retrieval.Translations(word)
	return retrieval.Terms(strings.Join(french, " "))
}

// reDefinite is a noun after a French definite article: "le guide".
var reDefinite = regexp.MustCompile(`(?:^|\s)(?:le|la|les|l')\s*(\p{L}{3,})`)

// reYearRange is a span of years ("2019-2023", "2014 - 2018").
var reYearRange = regexp.MustCompile(`\b(19|20)\d\d\s*[-–/]\s*(19|20)\d\d\b`)

// askedYears returns the years a question names on their own, not as a
// span (a schéma's "2019-2023" names the document, not a date asked).
func askedYears(folded string) []string {
	return reYear.FindAllString(reYearRange.ReplaceAllString(folded, " "), -1)
}

// mentionsAnyYear reports text that names one of years, or true when
// years is empty.
func mentionsAnyYear(text string, years []string) bool {
	if len(years) == 0 {
		return true
	}
	for _, y := range years {
		if strings.Contains(text, y) {
			return true
		}
	}
	return false
}

// mentionsYearFrom reports a year from y on in text.
func mentionsYearFrom(text string, y int) bool {
	for _, m := range reYear.FindAllString(text, -1) {
		if n, _ := strconv.Atoi(m); n >= y {
			return true
		}
	}
	return false
}

// counterpartFiche answers "is there a similar fiche in the other schéma?"
// in a thread about one fiche: the fiche of the other schéma whose text
// holds most of the thread fiche's title, when one does far ahead of the
// others.
func (e *Engine) counterpartFiche(ctx context.Context, q *question, conv chat.Conversation, spread bool) (answer, bool) {
	// A topic of its own ("anything comparable about volunteer carers?")
	// or a field of the counterpart ("un équivalent ? ça vise quoi ?") is
	// asked otherwise.
	// "Similar numbers?" asks the figure again, not a fiche.
	// "Et en Moselle c'est traité où ?" asks where the other schéma
	// treats the thread's topic: its counterpart too.
	where := q.List && len(q.Docs) > 0 && !slices.Contains(q.Docs, conv.Doc)
	if !q.Equivalent && !where || q.Glossary || q.WantsNumber || len(q.Fiches) > 0 || conv.Fiche == "" || conv.Doc == "" || len(q.Acronyms) > 0 || q.Field != "" && q.Field != retrieval.FieldSummary ||
		// "Mon pote est placé en Moselle, c pareil là-bas ?": the clause
		// where the asker speaks of their own is no topic.
		len(slices.DeleteFunc(understand.ContentTerms(understand.WithoutSelfClauses(q.Topic), nil), func(t string) bool { return understand.EquivalentTerms()[t] || !e.ix.HasTerm(t) })) > 0 {
		return answer{}, false
	}
	from := e.lib.Doc(conv.Doc)
	if from == nil || from.Fiche(conv.Fiche) == nil {
		return answer{}, false
	}
	docs := slices.DeleteFunc(slices.Clone(q.Docs), func(id string) bool { return id == conv.Doc })
	if len(docs) == 0 {
		if id := e.otherDoc(conv.Doc); id != "" && len(e.lib.Docs) == 2 {
			docs = []string{id}
		}
	}
	if len(docs) != 1 {
		return answer{}, false
	}
	f := from.Fiche(conv.Fiche)
	c := *q
	c.Topic, c.Raw, c.Docs, c.Field, c.List, c.weights, c.last = f.Title, f.Title, docs, "", true, nil, nil
	// "Which fiches cover the same thing in Isère?" asks for every fiche
	// of that schéma on the thread fiche's topic, not the closest one.
	if q.List && !q.ListBare {
		c.Folded = " " + corpus.Fold(f.Title) + " "
		if a, ok := e.topicList(ctx, &c); ok && a.Found {
			// The one of them the thread's fiche is closest to is pointed
			// out, so that "qui pilote celle-là ?" is asked of it.
			if len(a.listed) > 1 {
				e.pointOutOne(ctx, &c, &a)
			}
			return a, true
		}
	}
	ranked, scores, cover := e.rankFiches(ctx, &c, e.searchText(&c), "")
	// The fiche first by its whole text is the counterpart when it is
	// also the one whose title says most of the thread fiche's title, and
	// twice as much as the next title, though its text is not far ahead.
	titled := false
	if len(ranked) > 0 {
		var keys []string
		for _, g := range e.lib.Doc(docs[0]).Fiches {
			keys = append(keys, docs[0]+"/"+g.ID)
		}
		k, first, second := e.titleRanking(e.questionWeights(&c, e.searchText(&c)), keys)
		titled = k == ranked[0] && first >= e.params.CounterpartTitle && second < first/2
	}
	if len(ranked) == 0 || cover[ranked[0]] < e.params.FicheCover || !e.clearLead(ranked, scores, cover) && !titled {
		// "Does Moselle have anything similar for kids in care?" after
		// Isère's fiche on their health: no fiche of the other schéma is
		// about it as a whole, but a passage of one may be (an action
		// "mettre en œuvre la référence santé des enfants confiés").
		c.List, c.Folded = false, " "+corpus.Fold(f.Title)+" "
		if a := e.answer(ctx, &c, chat.Conversation{}, nil); a.Found && a.passage {
			return a, true
		}
		// "Et en Moselle il y a un équivalent ?" of a topic the other
		// schéma treats within several fiches: those fiches, when nothing
		// else answers.
		if spread {
			c.List = true
			if a, ok := e.topicList(ctx, &c); ok && a.Found {
				return a, true
			}
		}
		return answer{}, false
	}
	d := e.lib.Doc(ranked[0].doc)
	lead := fmt.Sprintf("Fiche comparable dans le schéma %s (pour la fiche %s du schéma %s) :", ofDoc(d), f.ID, ofDoc(from))
	if q.Lang == chat.English {
		lead = fmt.Sprintf("A comparable fiche in the %s schéma (to fiche %s of the %s schéma):", docLabel(d), f.ID, docLabel(from))
	}
	// "Anything similar in the Isère plan?" asks what the other schéma
	// does there: the counterpart's actions, under its title.
	acts := *q
	acts.Docs, acts.Fiches, acts.Field, acts.List, acts.weights = []string{d.ID}, []string{ranked[0].n}, retrieval.FieldActions, false, nil
	if a := e.ficheAnswer(&acts); a.Found {
		a.Text = lead + "\n\n" + a.Text
		return a, true
	}
	return e.renderList(q, lead, []listed{{d: d, f: d.Fiche(ranked[0].n)}}, func(it listed) string { return it.f.Title }), true
}

// otherDoc returns the id of the library's document that is not id, in a
// library of two, or "".
func (e *Engine) otherDoc(id string) string {
	if len(e.lib.Docs) != 2 {
		return ""
	}
	for _, d := range e.lib.Docs {
		if d.ID != id {
			return d.ID
		}
	}
	return ""
}

// docNamesYear reports a document whose text names year y.
func docNamesYear(d *corpus.Document, y int) bool {
	for _, l := range d.Lines {
		if mentionsYear(l, y) {
			return true
		}
	}
	return false
}

// knownAcronym reports an acronym a loaded document defines or spells
// out, or one of the trade's.
func (e *Engine) knownAcronym(acronym string) bool {
	if retrieval.NationalAcronym(acronym) != "" {
		return true
	}
	for _, d := range e.lib.Docs {
		for _, g := range d.Glossary {
			if strings.EqualFold(g.Acronym, acronym) {
				return true
			}
		}
	}
	return e.spellsOut(acronym)
}

// spellsOut reports a loaded document whose text may spell acronym out: it
// writes the acronym in brackets, or after a colon or a dash that follows
// it, as glossaries and first uses do.
func (e *Engine) spellsOut(acronym string) bool {
	// After the acronym, its expansion starts with its first letter:
	// "SERAD (Service…)" spells it out, "SERAD (dont le SERAD Petite
	// Enfance)" does not.
	if acronym == "" {
		return false
	}
	first := regexp.QuoteMeta(string([]rune(acronym)[:1]))
	re := regexp.MustCompile(`\(` + regexp.QuoteMeta(acronym) + `\)|\b` + regexp.QuoteMeta(acronym) + `\s*(?:[:=–—-]|\()\s*(?i:` + first + `)`)
	for _, d := range e.lib.Docs {
		for _, l := range d.Lines {
			if strings.Contains(l, acronym) && re.MatchString(l) {
				return true
			}
		}
	}
	return false
}

// resolvePronoun gives a question that points back with a pronoun ("who
// leads the action on housing for them?", "qu'est-ce qui est prévu pour
// les aider ?") the words of the thread's last question that can stand
// for it, when the thread is on no fiche the pronoun could be: its
// acronyms and its rare words ("the MNA placements").
func (e *Engine) resolvePronoun(q *question, conv chat.Conversation) {
	// A count "of them" counts among what the last question named, which
	// the count's own path handles.
	if conv.Fiche != "" || conv.Question == "" || len(q.Fiches) > 0 || q.Glossary || q.Overview != "" || q.List || q.WantsNumber || q.Count ||
		!understand.PointsBackToPeople(q.Folded) || !e.hasTopic(q.Topic, q.Lang) {
		return
	}
	prev := e.lastQuestion(q, conv)
	if prev.Glossary || prev.Overview != "" {
		return
	}
	var words []string
	for _, w := range strings.Fields(e.askedTopic(prev)) {
		w = strings.Trim(w, ".,;:!?()\"'«»")
		if up := strings.ToUpper(w); len(w) >= 2 && e.knownAcronym(up) {
			q.Acronyms = understand.AppendUnique(q.Acronyms, up)
			words = append(words, w)
		} else if ts := retrieval.Terms(w); len(ts) == 1 && !reYear.MatchString(w) && e.ix.TermIDF(ts[0]) >= rareFamily {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return
	}
	// Within the sentence that asks, which is what is searched.
	at := strings.LastIndex(q.Topic, "?")
	if at < 0 {
		at = len(q.Topic)
	}
	q.Topic = strings.TrimSpace(q.Topic[:at] + " " + strings.Join(words, " ") + " " + q.Topic[at:])
	q.weights = nil
	// The people pointed back to are those of the schéma the thread is
	// about.
	if len(q.Docs) == 0 && conv.Doc != "" {
		q.Docs = []string{conv.Doc}
	}
}

// stepFiche makes "et la fiche suivante ?", "what about the previous
// one?" in a thread on a fiche the fiche next to it in its schéma, asked
// the field the thread was on unless the question asks another.
func (e *Engine) stepFiche(q *question, conv chat.Conversation) {
	step := understand.FicheStep(q.Folded)
	// The thread's fiche, which a follow-up already took, is no other
	// fiche named.
	if step == 0 || conv.Fiche == "" || len(q.Fiches) > 0 && !slices.Equal(q.Fiches, []string{conv.Fiche}) || q.List || q.Glossary {
		return
	}
	d := e.lib.Doc(conv.Doc)
	if d == nil || len(q.Docs) > 0 && !slices.Contains(q.Docs, d.ID) {
		return
	}
	for i, f := range d.Fiches {
		if f.ID != conv.Fiche {
			continue
		}
		if j := i + step; j >= 0 && j < len(d.Fiches) {
			q.Fiches, q.Docs, q.FollowUp, q.weights = []string{d.Fiches[j].ID}, []string{d.ID}, false, nil
			if (q.Field == "" || q.Field == retrieval.FieldSummary) && conv.Field != "" {
				q.Field = conv.Field
			}
		}
		return
	}
}
