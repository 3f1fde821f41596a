package answer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"schemabot/bot/chat"
)

// answersAll asks each question in a new thread and checks that it is
// answered with every one of wants in the text; a want "a|b" is either.
func answersAll(t *testing.T, eng *Engine, questions []string, wants ...string) {
	t.Helper()
	for _, q := range questions {
		a, _ := eng.Ask(context.Background(), q, chat.Conversation{})
		for _, want := range wants {
			if !a.Found || !slices.ContainsFunc(strings.Split(want, "|"), func(w string) bool { return strings.Contains(a.Text, w) }) {
				t.Errorf("%q:\n got %q\nwant %q", q, a.Text, want)
			}
		}
	}
}

// findsNothing asks each question in a new thread and checks that the
// bot says it did not find it.
func findsNothing(t *testing.T, eng *Engine, questions []string) {
	t.Helper()
	for _, q := range questions {
		if a, _ := eng.Ask(context.Background(), q, chat.Conversation{}); a.Found {
			t.Errorf("%q: found %q, want nothing", q, a.Text)
		}
	}
}

// findsNothingInThread asks each follow-up after the questions of prior,
// in a new thread each time, and checks that the bot says it did not find
// it.
func findsNothingInThread(t *testing.T, eng *Engine, prior, follows []string) {
	t.Helper()
	for _, f := range follows {
		if a := askInThread(eng, prior, f); a.Found {
			t.Errorf("%q after %q: found %q, want nothing", f, prior, a.Text)
		}
	}
}

// askInThread asks f after the questions of prior, in a new thread.
func askInThread(eng *Engine, prior []string, f string) chat.Answer {
	ctx := context.Background()
	var conv chat.Conversation
	for _, p := range prior {
		_, conv = eng.Ask(ctx, p, conv)
	}
	a, _ := eng.Ask(ctx, f, conv)
	return a
}

// answersInThread asks each follow-up after the questions of prior, in a
// new thread each time, and checks that it is answered with every one of
// wants in the text; a want "a|b" is either.
func answersInThread(t *testing.T, eng *Engine, prior, follows []string, wants ...string) {
	t.Helper()
	for _, f := range follows {
		a := askInThread(eng, prior, f)
		for _, want := range wants {
			if !a.Found || !slices.ContainsFunc(strings.Split(want, "|"), func(w string) bool { return strings.Contains(a.Text, w) }) {
				t.Errorf("%q after %q:\n got %q\nwant %q", f, prior, a.Text, want)
			}
		}
	}
}

// answersInThreadWithout is answersInThread with one want, for answers
// that must also not hold absent (another schéma's fiche, say).
func answersInThreadWithout(t *testing.T, eng *Engine, prior, follows []string, want, absent string) {
	t.Helper()
	for _, f := range follows {
		if a := askInThread(eng, prior, f); !a.Found || !strings.Contains(a.Text, want) || strings.Contains(a.Text, absent) {
			t.Errorf("%q after %q:\n got %q\nwant %q and no %q", f, prior, a.Text, want, absent)
		}
	}
}
