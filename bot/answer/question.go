package answer

import (
	"regexp"
	"slices"

	"schemabot/bot/chat"
	"schemabot/bot/understand"
	"schemabot/retrieval"
)

// question is an understood question as the engine answers it: the
// interpretation, and the engine's own memory of the term weights it
// computed for it.
type question struct {
	understand.Question
	weights map[string][]termGroup // questionWeights by search text, once computed
	// within restricts passages to one fiche: a question on a fiche named
	// by number that asks something its fields do not say directly.
	within *ficheKey
	// last is the thread's last question as understood on its own, once
	// read (lastQuestion).
	last *question
	// rate is 1 when the question asks a rate or a share ("quel taux",
	// "what percentage"), 2 when it does not, 0 before it is read.
	rate int8
}

// reAsksRate asks for a rate or a share rather than a count, in French
// and in English ("ça rate encore" is a French verb). A name quoted in
// the question ("« augmenter le taux de couverture »", reQuoted) names a
// thing rather than asks a rate.
var reAsksRate = map[string]*regexp.Regexp{
	chat.French:  regexp.MustCompile(`\b(?:taux|pourcentage|proportion|quelle part)\b`),
	chat.English: regexp.MustCompile(`\b(?:rate|rates|percentage|percent|proportion|what share)\b`),
}

// asksRate reports a question for a rate or a share, read once.
func (q *question) asksRate() bool {
	if q.rate == 0 {
		q.rate = 2
		if re := reAsksRate[q.Lang]; re != nil && re.MatchString(reQuoted.ReplaceAllString(q.Folded, " ")) {
			q.rate = 1
		}
	}
	return q.rate == 1
}

// asksCount reports a question for how many of something there are
// ("combien d'enfants confiés ?", "how many IPs?"), not for a rate.
// A question that speaks of a share, a weight or a change ("la part du
// hors les murs est passée de combien à combien ?", "a augmenté de plus de
// 15 %") asks no count.
func (q *question) asksCount() bool {
	if !q.WantsNumber || q.asksRate() || !reAsksCount.MatchString(q.Folded) || reAsksShare.MatchString(q.Folded) {
		return false
	}
	change := understand.ChangeTerms()
	return !slices.ContainsFunc(retrieval.Terms(q.Folded), func(t string) bool { return change[t] })
}

var (
	reAsksCount = regexp.MustCompile(`\b(?:combien d(?:e\b|')|nombre d(?:e\b|')|how many|number of)`)
	reAsksShare = regexp.MustCompile(`%|\b(?:part|parts|share|represente\w*|represent\w*|pese\w*|weigh\w*|passee?s?|went|gone|evolu\w*|compare\w*|augment\w*|hausse|baisse|diminu\w*|progress\w*|growth|grow\w*|increase\w*|rise|risen|drop\w*|fall|fell)\b`)
)

// lastQuestion returns the thread's last question, understood on its own:
// several follow-up rules read it, and it is parsed once.
func (e *Engine) lastQuestion(q *question, conv chat.Conversation) *question {
	if q.last == nil {
		l := e.understand(conv.Question, chat.Conversation{})
		q.last = &l
	}
	return q.last
}

// understand interprets text in the conversation's context.
func (e *Engine) understand(text string, conv chat.Conversation) question {
	return question{Question: understand.ParseWeighted(text, e.lib, conv, e.today(), e.params.cues())}
}
