package llm

import (
	"os"
	"strings"
	"testing"

	"schemabot/bot/answer"
	"schemabot/bot/chat"
)

// TestLive asks a real endpoint, configured as in production by LLM_BASE_URL,
// LLM_API_KEY and LLM_MODEL. It runs only when LLM_BASE_URL is set:
//
//	LLM_BASE_URL=http://localhost:11434/v1 LLM_MODEL=llama3.1:8b go test -run Live -v ./bot/llm
func TestLive(t *testing.T) {
	if os.Getenv("LLM_BASE_URL") == "" {
		t.Skip("LLM_BASE_URL is not set: no live endpoint to test")
	}
	cfg, enabled, err := ConfigFromEnv(os.Getenv)
	if err != nil || !enabled {
		t.Fatalf("ConfigFromEnv: %v (enabled %v)", err, enabled)
	}
	c := New(cfg, WithLogger(testLogger(t)))
	var k tokens
	got, err := c.Generate(t.Context(), answer.GenerateRequest{
		Question: "Qui pilote la fiche action 30 ?",
		Lang:     chat.French,
		Passages: fiche30(t),
		OnToken:  k.on,
	})
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	t.Logf("answer: %s (cited %v, %d partial texts)", got.Text, got.Cited, len(k.all()))
	if !strings.Contains(got.Text, "[1]") || len(k.all()) == 0 {
		t.Errorf("want an answer citing the pilot's passage [1], streamed")
	}

	q, err := c.Rewrite(t.Context(), "Who are the partners of action sheet 30 in Isère?", "")
	if err != nil {
		t.Fatalf("Rewrite: %v", err)
	}
	t.Logf("rewritten: %s", q)
	if !strings.Contains(q, "30") {
		t.Errorf("Rewrite lost the fiche number: %q", q)
	}
}
