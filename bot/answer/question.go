package answer

import (
	"schemabot/bot/chat"
	"schemabot/bot/understand"
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
		l := e.understand(conv.Question, chat.Conversation{})
		q.last = &l
	}
	return q.last
}

// understand interprets text in the conversation's context.
func (e *Engine) understand(text string, conv chat.Conversation) question {
	return question{Question: understand.ParseWeighted(text, e.lib, conv, e.today(), e.params.cues())}
}
