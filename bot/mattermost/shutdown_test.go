package mattermost

import (
	"context"
	"testing"
	"time"

	"schemabot/bot/answer"
	"schemabot/bot/answer/answertest"
	"schemabot/bot/chat"
	"schemabot/corpus"
)

// slowModel is a language model that never answers: it holds each
// generation until its context ends.
type slowModel struct{ entered chan struct{} }

func (s *slowModel) Generate(ctx context.Context, _ answer.GenerateRequest) (answer.Generation, error) {
	select {
	case s.entered <- struct{}{}:
	default:
	}
	<-ctx.Done()
	return answer.Generation{}, context.Cause(ctx)
}

// SIGTERM while an answer waits on a slow model: the model is cut off
// after its share of the grace, and the question still gets the offline
// answer, posted before Run returns, within the documented 10 s.
func TestShutdownAnswersOfflineWhenTheModelIsSlow(t *testing.T) {
	const question = "Comment le schéma de l'Isère prévoit-il d'accompagner les jeunes majeurs vers l'autonomie ?"
	lib, err := corpus.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	model := &slowModel{entered: make(chan struct{}, 1)}
	gen := answer.NewCutoffGenerator(model)
	eng, err := answer.NewEngine(context.Background(), lib, answer.WithGenerator(gen))
	if err != nil {
		t.Fatal(err)
	}
	offline, _ := answertest.Engine(t).Ask(context.Background(), chat.CleanInput(question), chat.Conversation{})

	h := start(t, setup{eng: eng, tweak: func(a *Adapter) { a.drainTimeout = New(Config{}, nil).drainTimeout }})
	if h.ad.drainTimeout > 10*time.Second {
		t.Fatalf("the default drain timeout is %s, more than the documented 10 s", h.ad.drainTimeout)
	}
	q := h.ask(h.conn, townSq, "", "@schemabot "+question, "O")
	select {
	case <-model.entered:
	case <-time.After(10 * time.Second):
		t.Fatal("the model was not asked; the test shows nothing")
	}
	// SIGTERM: what serve does with its signal context.
	sig, term := context.WithCancel(context.Background())
	answer.CutOnShutdown(sig, gen, 300*time.Millisecond)
	began := time.Now()
	term()
	h.cancel()
	select {
	case err := <-h.done:
		h.done <- err
	case <-time.After(15 * time.Second):
		t.Fatal("Run did not return")
	}
	if took := time.Since(began); took > 10*time.Second {
		t.Errorf("shutdown took %s, want at most 10 s", took)
	}
	want := h.wantPosts(offline)[0]
	if got := h.fake.postsIn(q.Id); len(got) != 1 || got[0].Message != want {
		t.Errorf("posts when Run returned: %q, want the offline answer %q", messages(got), want)
	}
}
