// Package answertest gives other packages' tests the real answering engine
// over the shipped schémas, built once per test binary, and questions it
// answers.
package answertest

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"testing"

	"schemabot/bot/answer"
	"schemabot/corpus"
)

var (
	once   sync.Once
	shared *answer.Engine
	err    error
)

// Engine returns the engine over the shipped documents, quiet, built once:
// indexing takes about a second. It is safe for concurrent use.
func Engine(tb testing.TB) *answer.Engine {
	tb.Helper()
	once.Do(func() {
		lib, e := corpus.LoadDefault()
		if e != nil {
			err = e
			return
		}
		quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
		shared, err = answer.NewEngine(context.Background(), lib, answer.WithEngineLogger(quiet))
	})
	if err != nil {
		tb.Fatalf("engine over the shipped documents: %v", err)
	}
	return shared
}

// Questions returns n distinct questions about the shipped documents'
// fiches (pilots, partners, objectives, calendar, indicators of fiche 1,
// 2, …), for tests that need many messages.
func Questions(n int) []string {
	forms := []string{
		"Qui pilote la fiche %d ?",
		"Quels sont les partenaires de la fiche %d ?",
		"Quels sont les objectifs de la fiche %d ?",
		"Quel est le calendrier de la fiche %d ?",
		"Quels sont les indicateurs de la fiche %d ?",
	}
	out := make([]string, 0, n)
	for i := 0; len(out) < n; i++ {
		out = append(out, fmt.Sprintf(forms[i%len(forms)], 1+i/len(forms)))
	}
	return out
}
