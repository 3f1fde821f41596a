package bot

import (
	"context"

	"schemabot/corpus"
)

// Conversation is what a thread remembers between questions, so that a
// follow-up ("et les partenaires ?") is understood.
type Conversation struct {
	Doc   string // document last talked about
	Fiche int    // fiche last talked about, 0 when none
	Field string // field last asked for
	Lang  string
}

// Engine answers questions from a library of documents.
type Engine struct {
	lib *corpus.Library
}

// NewEngine returns an engine over lib.
func NewEngine(ctx context.Context, lib *corpus.Library) (*Engine, error) {
	return &Engine{lib: lib}, nil
}

// Library returns the documents the engine answers from.
func (e *Engine) Library() *corpus.Library { return e.lib }

// AskStream is Ask with progressive output: when the answer is generated,
// partial receives the text so far. partial may be nil.
func (e *Engine) AskStream(ctx context.Context, question string, conv Conversation, partial func(string)) (Answer, Conversation) {
	return e.Ask(ctx, question, conv)
}

// Ask answers one question in the context of a conversation and returns the
// conversation's next state.
func (e *Engine) Ask(ctx context.Context, question string, conv Conversation) (Answer, Conversation) {
	lang := DetectLang(question)
	return Answer{Question: question, Text: msg(lang, msgNotFound), Lang: lang}, conv
}
