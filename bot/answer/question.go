package answer

import (
	"time"

	"schemabot/bot/chat"
	"schemabot/bot/understand"
	"schemabot/corpus"
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
}

// lastQuestion returns the thread's last question, understood on its own:
// several follow-up rules read it, and it is parsed once.
func (e *Engine) lastQuestion(q *question, conv chat.Conversation) *question {
	if q.last == nil {
		l := understandQ(conv.Question, e.lib, chat.Conversation{}, e.today())
		q.last = &l
	}
	return q.last
}

// understandQ interprets text in the conversation's context.
func understandQ(text string, lib *corpus.Library, conv chat.Conversation, today time.Time) question {
	return question{Question: understand.Parse(text, lib, conv, today)}
}
