package answer

import (
	"context"

	"schemabot/bot/chat"
)

// Passage is a piece of document text handed to a generator, with where it
// comes from. Passages are numbered from 1 in the order given.
type Passage struct {
	chat.Citation
	Heading string // heading path or fiche field, for the prompt
	Text    string
}

// GenerateRequest asks a generator for an answer grounded in passages.
type GenerateRequest struct {
	Question string
	Lang     string // "fr" or "en": the language to answer in
	Passages []Passage
	// OnToken, when set, receives the answer text generated so far. That
	// text is a draft that has not passed the grounding check: a front end
	// may show that an answer is coming, but never the draft as an answer
	// (chat platforms show a placeholder, the terminal a dim "brouillon"
	// line erased before the checked answer).
	OnToken func(textSoFar string)
}

// Generation is a generated answer: markdown text with [n] markers, and the
// 1-based numbers of the passages it cites.
type Generation struct {
	Text  string
	Cited []int
}

// Generator writes answers with a language model. It must return an error
// (never a half-checked text) when the model fails or its answer is not
// grounded in the passages; the engine then answers offline.
type Generator interface {
	Generate(ctx context.Context, req GenerateRequest) (Generation, error)
}
