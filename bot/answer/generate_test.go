package answer

import (
	"context"
	"errors"
	"strings"
	"testing"

	"schemabot/bot/chat"
	"schemabot/corpus"
)

// fakeGenerator stands for a language model.
type fakeGenerator struct {
	gen   Generation
	err   error
	calls int
	got   GenerateRequest
}

func (f *fakeGenerator) Generate(ctx context.Context, req GenerateRequest) (Generation, error) {
	f.calls++
	f.got = req
	if req.OnToken != nil && f.err == nil {
		req.OnToken(f.gen.Text[:len(f.gen.Text)/2])
		req.OnToken(f.gen.Text)
	}
	return f.gen, f.err
}

type coolingDown struct{}

func (coolingDown) Error() string     { return "cooling down" }
func (coolingDown) CoolingDown() bool { return true }

func engineWith(t *testing.T, g Generator) *Engine {
	t.Helper()
	lib, err := corpus.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	e, err := NewEngine(context.Background(), lib, WithGenerator(g))
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestGeneratedAnswers(t *testing.T) {
	const open = "Comment le schéma de l'Isère prévoit-il d'accompagner les jeunes majeurs vers l'autonomie ?"
	ctx := context.Background()

	t.Run("a grounded answer is used with the passages it cites", func(t *testing.T) {
		g := &fakeGenerator{gen: Generation{Text: "Le schéma prévoit un accompagnement vers l'autonomie [1].", Cited: []int{1}}}
		e := engineWith(t, g)
		var partials []string
		a, _ := e.AskStream(ctx, open, chat.Conversation{}, func(s string) { partials = append(partials, s) })
		if g.calls != 1 || len(g.got.Passages) == 0 || g.got.Lang != chat.French {
			t.Fatalf("generator called %d times with %d passages, lang %q", g.calls, len(g.got.Passages), g.got.Lang)
		}
		if !a.Found || a.Text != g.gen.Text || len(a.Citations) != 1 || a.Citations[0] != g.got.Passages[0].Citation {
			t.Errorf("answer %+v", a)
		}
		if len(partials) != 2 {
			t.Errorf("partials %q", partials)
		}
	})

	t.Run("structured questions never go to the model", func(t *testing.T) {
		g := &fakeGenerator{gen: Generation{Text: "Le pilote est M. Untel [1].", Cited: []int{1}}}
		e := engineWith(t, g)
		a, _ := e.Ask(ctx, "Qui pilote la fiche 24 en Isère ?", chat.Conversation{})
		if g.calls != 0 || !strings.Contains(a.Text, "Directeur de l'Éducation") {
			t.Errorf("calls=%d answer=%q", g.calls, a.Text)
		}
	})

	t.Run("a failing model leaves the offline answer", func(t *testing.T) {
		offline, _ := engineWith(t, nil).Ask(ctx, open, chat.Conversation{})
		g := &fakeGenerator{err: errors.New("status 500")}
		a, _ := engineWith(t, g).Ask(ctx, open, chat.Conversation{})
		if g.calls != 1 || a.Text != offline.Text || a.Found != offline.Found {
			t.Errorf("want the offline answer %q, got %q", offline.Text, a.Text)
		}
	})

	t.Run("a cool-down is said in a short note", func(t *testing.T) {
		a, _ := engineWith(t, &fakeGenerator{err: coolingDown{}}).Ask(ctx, open, chat.Conversation{})
		if !a.Found || !strings.Contains(a.Text, "hors ligne") {
			t.Errorf("answer %q", a.Text)
		}
	})

	t.Run("an answer citing nothing given is not used", func(t *testing.T) {
		g := &fakeGenerator{gen: Generation{Text: "Réponse sans source.", Cited: []int{9}}}
		a, _ := engineWith(t, g).Ask(ctx, open, chat.Conversation{})
		if a.Text == g.gen.Text {
			t.Errorf("ungrounded text was used: %q", a.Text)
		}
	})
}
