package mattermost

import (
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"schemabot/bot/answer"
	"schemabot/bot/answer/answertest"
	"schemabot/bot/chat"
	"schemabot/bot/llm"
	"schemabot/bot/llm/llmtest"
	"schemabot/corpus"
)

// A model answer the grounding check rejects must never reach Mattermost:
// not as a post, not as an edit, not for a millisecond. The thread gets the
// offline answer.
func TestRejectedModelTextNeverReachesMattermost(t *testing.T) {
	const question = "Comment le schéma de l'Isère prévoit-il d'accompagner les jeunes majeurs vers l'autonomie ?"
	srv := llmtest.New(t)
	gen := llm.New(llm.Config{BaseURL: srv.BaseURL(), Model: "test-model", APIKey: "sk-test-not-a-secret",
		Timeout: 5 * time.Second, StallTimeout: 300 * time.Millisecond, MaxFailures: 1000},
		llm.WithLogger(slog.New(slog.DiscardHandler)))
	lib, err := corpus.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	eng, err := answer.NewEngine(context.Background(), lib, answer.WithGenerator(gen))
	if err != nil {
		t.Fatal(err)
	}
	offline, _ := answertest.Engine(t).Ask(context.Background(), chat.CleanInput(question), chat.Conversation{})

	h := start(t, setup{eng: eng})
	for _, tt := range llmtest.Rejected {
		t.Run(tt.Name, func(t *testing.T) {
			if tt.Stall {
				srv.Stall(tt.Text)
			} else {
				srv.Answer(tt.Text)
			}
			before := srv.Requests()
			q := h.ask(h.conn, townSq, "", "@schemabot "+question, "O")
			want := h.wantPosts(offline)[0]
			waitFor(t, "the final answer", func() bool {
				ps := h.fake.postsIn(q.Id)
				return len(ps) > 0 && ps[0].Message == want
			})
			if srv.Requests() == before {
				t.Fatal("the model was not asked; the test shows nothing")
			}
			for _, p := range h.fake.Posts() {
				if strings.Contains(p.Message, tt.Marker) {
					t.Errorf("post shows the rejected text: %q", p.Message)
				}
			}
			for _, p := range h.fake.Patches() {
				if strings.Contains(p.Message, tt.Marker) {
					t.Errorf("edit shows the rejected text: %q", p.Message)
				}
			}
		})
	}
}
