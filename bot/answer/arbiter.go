package answer

import (
	"context"
	"slices"
	"strings"

	"schemabot/bot/chat"
	"schemabot/bot/understand"
	"schemabot/retrieval"
)

// A candidate is one reading of a question about a topic: the field of the
// fiche the topic names, the fiches that treat it, the schéma's overview,
// a passage that announces a list, the sentences that hold it… The
// question's reading (understand) says which readings it allows and how
// strongly it asks for each; the documents say how well each answers.
type candidate struct {
	kind string
	// cue is how strongly the question asks for this kind of answer: 1
	// for a phrase that only asks for it, Params.CueWeak for one that may
	// also describe a topic, 0 for none (a passage answers anything).
	cue float64
	// try returns the candidate's answer and whether it is one; an answer
	// that is one may still be a "not found" that says why.
	try func() (answer, bool)
}

// arbitrate returns the answer of the best-scoring candidate. A candidate
// scores KindCue times its cue plus KindSupport times its support (how
// well the documents bear its answer out). Candidates come in the order
// of preference between readings the question allows, and a later one
// wins only by scoring KindMargin more than the best so far: the order
// holds what the documents cannot weigh (an overview of the schéma is
// the answer to "quelles priorités ?" even when a passage holds more of
// the question's words). Candidates are tried no further than one could
// still win.
func (e *Engine) arbitrate(ctx context.Context, q *question, cands []candidate) answer {
	p := e.params
	trace, _ := ctx.Value(readingsKey{}).(func([]Reading))
	var best answer
	var tried []Reading
	bestScore, found, chosen := 0.0, false, -1
	for i, c := range cands {
		if found && trace == nil && !slices.ContainsFunc(cands[i:], func(c candidate) bool { return p.KindCue*c.cue+p.KindSupport > bestScore+p.KindMargin }) {
			break
		}
		a, ok := c.try()
		if !ok {
			continue
		}
		s := p.KindCue*c.cue + p.KindSupport*support(a)
		if trace != nil {
			tried = append(tried, Reading{Kind: c.kind, Cue: c.cue, Support: support(a), Answer: a.Answer})
		}
		if !found || s > bestScore+p.KindMargin {
			best, bestScore, found, chosen = a, s, true, len(tried)-1
		}
	}
	if trace != nil && len(tried) > 0 {
		if chosen >= 0 {
			tried[chosen].Chosen = true
		}
		trace(tried)
	}
	return best
}

// A Reading is one way a question about a topic was read, as the arbiter
// weighed it: the kind of answer, how strongly the question asked for it,
// how well the documents bore it out, the answer it gave and whether it
// was the one chosen.
type Reading struct {
	Kind         string
	Cue, Support float64
	Chosen       bool
	Answer       chat.Answer
}

type readingsKey struct{}

// WithReadings returns a context under which every arbitration between
// readings tries all of them and reports them to f: what each reading
// would have answered, to study the arbiter (`schemabot eval --readings`).
func WithReadings(ctx context.Context, f func([]Reading)) context.Context {
	return context.WithValue(ctx, readingsKey{}, f)
}

// support is how well answer a is borne out by the documents: the share
// of the question's weighed words that what it is about holds (its
// evidence), 1 for an answer about what the question names, 0 when it
// found nothing.
func support(a answer) float64 {
	switch {
	case !a.Found:
		return 0
	case a.evidence > 0:
		return min(a.evidence, 1)
	}
	return 1
}

// candidates lists the readings q allows, most preferred first when the
// question asks for several equally.
func (e *Engine) candidates(ctx context.Context, q *question, conv chat.Conversation, partial func(string)) []candidate {
	fieldCue, listCue := 1.0, 1.0
	if q.FieldWeak {
		fieldCue = e.params.CueWeak
	}
	if q.ListWeak || q.ListBare {
		listCue = e.params.CueWeak
	}
	// The passage search is the costliest reading and several readings
	// use it: it runs once.
	var passage *answer
	passageOf := func() answer {
		if passage == nil {
			a := e.passageAnswer(ctx, q, partial)
			passage = &a
		}
		return *passage
	}
	found := func(a answer, ok bool) (answer, bool) { return a, ok && a.Found }
	var cs []candidate
	add := func(kind string, cue float64, when bool, try func() (answer, bool)) {
		if when {
			cs = append(cs, candidate{kind: kind, cue: cue, try: try})
		}
	}
	// "The Moselle fiche about innovation (orientation 5), what does it
	// aim at?" asks a field of the fiche the topic names; the orientation
	// only places it.
	noTopic := len(retrieval.Terms(retrieval.Translate(q.Topic))) == 0 && len(q.Acronyms) == 0
	// "The actions under axe 3" are its fiches.
	axisPlaces := q.Axis > 0 && !q.List && q.Field != "" && q.Field != retrieval.FieldSummary && q.Field != retrieval.FieldActions && !noTopic
	lists := !q.Glossary && (q.List || q.Axis > 0 && !axisPlaces) && !(q.ListBare && q.Overview == understand.OverviewAxes && q.Axis == 0)
	// "Prévention spé en Isère : quelles actions sont prévues ?": the
	// actions of the fiche the topic names, when one does.
	add("fiche actions", fieldCue, lists && q.ListByActions && q.Field == retrieval.FieldActions && q.Axis == 0 && len(q.Within) == 0,
		func() (answer, bool) { return found(e.topicFieldAnswer(ctx, q)) })
	// "Quelles actions pour les jeunes à la croisée soin/handicap/ASE ?":
	// the actions of the one fiche whose title the topic names.
	add("one fiche's actions", 1, lists && q.ListActions && !q.ListByActions && q.Axis == 0 && len(q.Within) == 0 && len(q.Fiches) == 0,
		func() (answer, bool) {
			c := *q
			c.Field = retrieval.FieldActions
			if q.TheFiche || e.namesOneFiche(ctx, &c) {
				return found(e.topicFieldAnswer(ctx, &c))
			}
			return answer{}, false
		})
	// "What does Moselle plan for young people turning 18? Which fiche is
	// that?": what the one fiche on the topic plans answers both, its
	// heading naming the fiche.
	add("the fiche's field", fieldCue, lists && q.OneFiche && !q.ListByActions && (q.Field == retrieval.FieldActions || q.Field == retrieval.FieldObjectives) && q.Axis == 0 && len(q.Within) == 0 && len(q.Fiches) == 0 && q.From.IsZero(),
		func() (answer, bool) { return found(e.topicFieldAnswer(ctx, q)) })
	// "List the 6 national working groups": a list the text announces
	// answers rather than fiches.
	add("announced list", listCue, lists && q.ListWeak && len(q.Within) == 0 && q.Axis == 0,
		func() (answer, bool) { a := passageOf(); return a, a.Found && a.enumerated })
	add("fiches", listCue, lists, func() (answer, bool) {
		a, ok := e.listAnswer(ctx, q)
		if ok && a.Found && q.OneFiche && len(a.listed) > 1 && q.Axis == 0 && q.Field == "" {
			e.pointOutOne(ctx, q, &a)
		}
		// "Which fiche does the RAPT stuff + what actions?": a list of one
		// fiche answers with the part of it the question asks.
		// A list by date or by body names what it lists by; a list by
		// topic of one fiche has nothing to add to the field.
		contentField := q.Field == retrieval.FieldActions || q.Field == retrieval.FieldObjectives || q.Field == retrieval.FieldIndicators
		if ok && a.Found && len(a.listed) == 1 && contentField && q.From.IsZero() && q.Axis == 0 && len(q.Within) == 0 {
			if doc, n, cut := strings.Cut(a.listed[0], "/"); cut {
				c := *q
				c.Docs, c.Fiches, c.List = []string{doc}, []string{n}, false
				if f := e.ficheAnswer(&c); f.Found {
					return f, true
				}
			}
		}
		return a, ok
	})
	// "La prévention spé, quels axes prioritaires ?": the priorities of a
	// topic one fiche's title names are that fiche's objectives, not the
	// schéma's axes.
	add("fiche objectives", 1, q.Overview == understand.OverviewAxes && len(q.Fiches) == 0 && q.Axis == 0 && !q.List && (q.Field == "" || q.Field == retrieval.FieldObjectives),
		func() (answer, bool) {
			c := *q
			c.Field, c.Overview, c.weights = retrieval.FieldObjectives, "", nil
			if e.namesOneFiche(ctx, &c) || e.topicHeldByOneFiche(ctx, &c) {
				return found(e.topicFieldAnswer(ctx, &c))
			}
			return answer{}, false
		})
	// "Quand le schéma a-t-il été adopté ?" is no request for the list of
	// orientations: overview answers only questions that want no fact.
	// "Les 3 priorités du schéma" in a schéma whose axes are orientations
	// and whose text announces "trois priorités : …": that list answers.
	// A part of the document the question names its aims by ("les
	// priorités (finalités)" where a part is headed "Les finalités…")
	// comes first: the overview quotes it.
	add("announced aims", 1, q.Overview == understand.OverviewAxes && len(q.Fiches) == 0 && q.Axis == 0 && !e.namesAxisKind(q) && !e.namesAimsSection(q),
		func() (answer, bool) { a := passageOf(); return a, a.Found && a.enumerated })
	// "Quel cabinet a accompagné la Moselle pour élaborer son schéma ?"
	// asks for a thing of the method, which the sentences that name it
	// answer (or nothing does), not the method as a whole.
	// "Comment la Moselle a-t-elle construit son schéma, … avec quels
	// outils ?" asks for the method as a whole, whatever its parts ask.
	headOfMethod := q.Overview == understand.OverviewMethod && q.Head != "" && !understand.IsOverviewWord(q.Head, understand.OverviewMethod) &&
		understand.IndexWord(q.Folded, "comment") < 0 && understand.IndexWord(q.Folded, "how") < 0
	// "Dans l'édito, quel est le « parti pris fort » du schéma ?" asks
	// for a thing the editorial says, which its sentences answer, not who
	// signed it.
	inEditorial := q.Overview == understand.OverviewEditorial && len(understand.ContentTerms(retrieval.Translate(q.Topic), q.Acronyms)) >= 2 &&
		understand.IndexWord(q.Folded, "qui") < 0 && understand.IndexWord(q.Folded, "who") < 0
	add("overview", 1, q.Overview != "" && len(q.Fiches) == 0 && !(q.Overview == understand.OverviewAxes && (q.WantsDate || q.WantsNumber || q.Field != "" && q.Field != retrieval.FieldSummary && !q.FieldWeak)) && !e.namesPastSchema(q) && !q.WantsFrequency && !inEditorial,
		func() (answer, bool) {
			a, ok := e.overviewAnswer(q)
			return a, ok && (!headOfMethod || e.namesHead(q, a.Text))
		})
	// "Qui sont les contributeurs de cette fiche ?" in a thread whose
	// last answer was a passage: the fiche the last question's topic
	// names (right after a list of several fiches, none is guessed; a
	// list the thread has moved on from is no longer what it points to).
	add("thread's topic", fieldCue, q.Field != "" && noTopic && conv.Question != "" && conv.Fiche == "" && (len(conv.List) == 0 || !e.lastQuestion(q, conv).List),
		func() (answer, bool) {
			prev := e.lastQuestion(q, conv)
			if len(retrieval.Terms(retrieval.Translate(prev.Topic))) == 0 {
				return answer{}, false
			}
			c := *q
			c.Topic, c.Acronyms, c.weights = prev.Topic, prev.Acronyms, nil
			if len(c.Docs) == 0 {
				c.Docs = prev.Docs
				if len(c.Docs) == 0 && conv.Doc != "" {
					c.Docs = []string{conv.Doc}
				}
			}
			return found(e.topicFieldAnswer(ctx, &c))
		})
	// "Qui pilote celle-là ?" right after a list of two or three fiches
	// of one schéma: the field of each, rather than a question back.
	add("each listed", fieldCue, q.Field != "" && noTopic && conv.Fiche == "" && len(conv.List) >= 2 && len(conv.List) <= 3 && conv.Question != "" && e.lastQuestion(q, conv).List,
		func() (answer, bool) {
			c := *q
			c.Docs, c.Fiches, c.List = nil, nil, false
			for _, k := range conv.List {
				doc, label, _ := strings.Cut(k, "/")
				if len(c.Docs) > 0 && c.Docs[0] != doc {
					return answer{}, false
				}
				c.Docs, c.Fiches = []string{doc}, append(c.Fiches, label)
			}
			return found(e.ficheAnswer(&c), true)
		})
	// A field asked about nothing in particular ("et les partenaires ?" in
	// a new thread): ask which fiche.
	add("which fiche", fieldCue, q.Field != "" && noTopic, func() (answer, bool) {
		text := "De quelle fiche parlez-vous ? Précisez son numéro ou son sujet, par exemple « Qui pilote la fiche 12 en Isère ? »."
		if q.Lang == chat.English {
			text = "Which fiche do you mean? Give its number or its topic, for example “Who leads fiche 12 in Isère?”."
		}
		return answer{Answer: chat.Answer{Text: text}}, true
	})
	// "Est-ce que le schéma dit quelque chose sur les retours à la
	// maison ?", "does the plan do anything about kids leaving care at
	// 18?": whether a schéma has anything on a topic is answered by the
	// fiche the topic names, when one does.
	add("fiche on the topic", 1, understand.AsksWhetherAny(q.Folded) && (q.Field == "" || q.Field == retrieval.FieldSummary || q.Field == retrieval.FieldActions) && !lists && q.Overview == "" &&
		!noTopic && !q.Glossary && !q.WantsNumber && !q.WantsDate && !q.WantsName && !q.WantsMoney && !q.WantsContact && q.Head == "" && q.Counted == "",
		func() (answer, bool) { return found(e.ficheOnTopic(ctx, q)) })
	// A field asked about a topic: the fiche the topic names.
	add("field", fieldCue, q.Field != "" && q.Field != retrieval.FieldSummary && !noTopic, func() (answer, bool) {
		a, ok := e.topicFieldAnswer(ctx, q)
		if !ok {
			return a, false
		}
		// "À quel âge l'entretien de préparation à la majorité est-il
		// organisé ?": a field that states no age or duration does not
		// answer; the sentence that does, in the narrative or the
		// diagnostic, may.
		if q.WantsDuration && q.Field == retrieval.FieldActions && !hasQuantity(a.Text, true, false) {
			return a, false
		}
		// An open question ("comment le schéma prévoit-il…") is better
		// synthesised by a model when there is one; the fiche's own
		// field stays the answer when the model cannot.
		if e.gen != nil && openField(q.Field) {
			if ss := e.rankSentences(ctx, q, e.searchText(q)); len(ss) > 0 && ss[0].score >= e.params.PassageFound {
				g, ok, note := e.tryGenerate(ctx, q, ss, partial)
				if ok {
					return g, true
				}
				if note != "" {
					a.Text += "\n" + note
				}
			}
		}
		return a, true
	})
	add("parts", 1, q.Head != "", func() (answer, bool) { return e.sectionListAnswer(q) })
	add("passage", 0, true, func() (answer, bool) {
		a := passageOf()
		// "What's the boarding school thing in Isère about?", "l'internat
		// en Isère ?": a topic of one word, or words no sentence holds
		// together, that names the title of one fiche of the schéma
		// asked is answered by that fiche.
		if !a.Found && !lists && q.Overview == "" && !noTopic && !q.Glossary && !q.WantsNumber && !q.WantsDate && !q.WantsName &&
			!q.WantsMoney && !q.WantsContact && !q.WantsDuration && !q.WantsFrequency && !q.WantsPlace && !q.WantsTown &&
			q.Head == "" && q.Counted == "" && (q.Field == "" || q.Field == retrieval.FieldSummary) {
			// A message of several sentences is asked again by the one
			// that asks, after this reading; the fiche stands for a
			// topic it names, or for one word it holds far ahead.
			_, buried := buriedQuestion(q.Raw)
			oneWord := len(understand.ContentTerms(retrieval.Translate(q.Topic), q.Acronyms)) == 1
			if b, ok := e.ficheOnTopic(ctx, q); ok && b.Found && !buried && (oneWord || e.namesOneFiche(ctx, q)) {
				return b, true
			}
		}
		return a, true
	})
	return cs
}

// ficheOnTopic answers with the card of the one fiche whose title the
// question's topic names: the topic of the sentences that ask, when they
// have one, so that the story told before the question ("mon fils est
// placé depuis deux ans…") does not dilute it.
func (e *Engine) ficheOnTopic(ctx context.Context, q *question) (answer, bool) {
	c := *q
	c.Field, c.weights = retrieval.FieldSummary, nil
	c.Topic = e.askedTopic(q)
	// A question that names no schéma, where several are loaded, is
	// answered from all of them by the other readings: the topic's fiche
	// in one does not say what the others do on it.
	if len(q.Docs) == 0 && len(e.lib.Docs) > 1 {
		return answer{}, false
	}
	// "Y a un truc sur une thèse dans la fiche innovation ?" asks for a
	// detail of a fiche it names, not for the fiche; "anything about the
	// impact of Covid?" names a topic no document uses.
	if q.FicheNoun != "" || understand.HasAny(q.Folded, []string{"fiche", "fiches", "sheet", "sheets"}) || asksUnknown(e.questionWeights(&c, e.searchText(&c))) {
		return answer{}, false
	}
	if !e.namesOneFiche(ctx, &c) && !e.topicHeldByOneFiche(ctx, &c) {
		return answer{}, false
	}
	ranked, _, _ := e.rankFiches(ctx, &c, e.searchText(&c), c.Field)
	if len(ranked) == 0 {
		return answer{}, false
	}
	c.Docs, c.Fiches = []string{ranked[0].doc}, []string{ranked[0].n}
	a := e.ficheAnswer(&c)
	// What the fiche does comes with what it aims at: "does the plan do
	// anything about…" asks both.
	acts := c
	acts.Field = retrieval.FieldActions
	if b := e.ficheAnswer(&acts); a.Found && b.Found {
		if _, rest, ok := strings.Cut(b.Text, "\n"); ok {
			a.Text = strings.TrimRight(a.Text, "\n") + "\n" + rest
			a.Citations = append(a.Citations, b.Citations...)
		}
	}
	return a, a.Found
}

// askedTopic is the topic of the sentences of q that ask, when they have
// one of their own, and q's whole topic otherwise: the story told around
// a question ("mon fils est placé depuis deux ans…", "on a un petit
// appart") is no word of it.
func (e *Engine) askedTopic(q *question) string {
	// "… nos assistantes familiales sont épuisées. Le schéma prévoit
	// quelque chose pour mieux les soutenir ?": a sentence that points
	// back asks about what the one before names.
	asking := understand.QuestionSentences(q.Folded)
	if understand.PointsBack(asking) {
		return q.Topic
	}
	if asked := askedWords(q.Topic, asking); asked != q.Topic && e.hasTopic(asked, q.Lang) {
		return asked
	}
	return q.Topic
}

// askedWords keeps the words of topic that the asking sentences hold.
func askedWords(topic, asking string) string {
	var kept []string
	for _, w := range strings.Fields(topic) {
		if understand.IndexWord(asking, strings.Trim(w, ".,;:!?()\"'«»")) >= 0 {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}
