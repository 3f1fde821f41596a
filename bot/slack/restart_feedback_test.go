package slack

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"schemabot/bot"
	"schemabot/bot/state"
)

// The reliability issue end to end on Slack: the bot answers, is restarted
// (a new adapter and a new core, on the same state store), and a 👍 clicked
// on the answer posted before the restart is saved with its question and
// answer. Before the reply store, the new core did not know the reply id
// the button carries and the vote was saved without them.
func TestFeedbackClickAfterRestart(t *testing.T) {
	const question = "Qui pilote la fiche 5 ?"
	st, err := state.Open(filepath.Join(t.TempDir(), state.FileName))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	core := func() *bot.Core { return realCore(t, bot.WithFeedbackStore(st), bot.WithReplyStore(st)) }

	before := start(t, core())
	before.sendAndWaitAck(eventsEnvelope("q", 0, mentionEvent("C1", "UALICE", "1700000100.000100", "", "<@UBOT> "+question)))
	waitFor(t, "the reply", 5*time.Second, func() bool { return len(before.slack.callsOf("chat.postMessage")) == 1 })
	var up button
	for _, b := range buttons(t, before.slack.callsOf("chat.postMessage")[0]) {
		if b.ActionID == bot.ActionFeedbackUp {
			up = b
		}
	}
	if up.Value == "" {
		t.Fatal("no 👍 button on the reply")
	}
	before.stop()

	after := start(t, core())
	after.sendAndWaitAck(blockActionEnvelope("click", "C1", "UBOB", "1700000000.000001", "1700000100.000100", up.ActionID, up.Value))
	waitFor(t, "the thank-you", 5*time.Second, func() bool { return len(after.slack.callsOf("chat.postEphemeral")) == 1 })
	after.stop()

	fb, err := st.ListFeedback(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(fb) != 1 {
		t.Fatalf("store got %d feedbacks, want 1: %+v", len(fb), fb)
	}
	want := expectedAnswer(t, question)
	if !fb[0].Useful || fb[0].User != "UBOB" || fb[0].ReplyID != up.Value {
		t.Errorf("feedback = %+v", fb[0])
	}
	if fb[0].Question != want.Question || fb[0].Answer != want.Text {
		t.Errorf("feedback after restart kept question %q answer %q, want %q and %q", fb[0].Question, fb[0].Answer, want.Question, want.Text)
	}
}
