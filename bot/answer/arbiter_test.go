package answer

import (
	"context"
	"testing"

	"schemabot/bot/chat"
)

func TestArbitrate(t *testing.T) {
	found := func(text string, evidence float64) answer {
		return answer{Answer: chat.Answer{Text: text, Found: true}, evidence: evidence}
	}
	notFound := answer{Answer: chat.Answer{Text: "pas trouvé"}}
	type try struct {
		a  answer
		ok bool
	}
	cases := []struct {
		name   string
		params Params
		cues   []float64
		tries  []try
		want   string
		called int // how many candidates were tried
	}{
		{name: "the preferred reading that answers wins, later ones are not tried",
			params: Params{KindSupport: 1, KindMargin: 2},
			cues:   []float64{1, 1, 0},
			tries:  []try{{answer{}, false}, {found("fiches", 0.4), true}, {found("passage", 0.9), true}},
			want:   "fiches", called: 2},
		{name: "a later reading wins when its support beats the margin",
			params: Params{KindSupport: 1, KindMargin: 0.3},
			cues:   []float64{1, 0},
			tries:  []try{{found("fiche", 0.4), true}, {found("passage", 0.9), true}},
			want:   "passage", called: 2},
		{name: "within the margin the preferred reading stays",
			params: Params{KindSupport: 1, KindMargin: 0.3},
			cues:   []float64{1, 0},
			tries:  []try{{found("fiche", 0.6), true}, {found("passage", 0.8), true}},
			want:   "fiche", called: 2},
		{name: "no reading is tried that could not win",
			params: Params{KindSupport: 1, KindMargin: 0.3},
			cues:   []float64{1, 0},
			tries:  []try{{found("fiche", 0.7), true}, {found("passage", 1), true}},
			want:   "fiche", called: 1},
		{name: "a stronger cue wins over a weak one",
			params: Params{KindCue: 1, KindSupport: 1, KindMargin: 0.1},
			cues:   []float64{0.5, 1},
			tries:  []try{{found("list", 1), true}, {found("field", 0.9), true}},
			want:   "field", called: 2},
		{name: "a not-found answer that says why is an answer when nothing else is",
			params: Params{KindSupport: 1, KindMargin: 2},
			cues:   []float64{1, 0},
			tries:  []try{{answer{}, false}, {notFound, true}},
			want:   "pas trouvé", called: 2},
		{name: "any found answer beats a not-found one by its support",
			params: Params{KindSupport: 1, KindMargin: 0.3},
			cues:   []float64{1, 0},
			tries:  []try{{notFound, true}, {found("passage", 0.6), true}},
			want:   "passage", called: 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := &Engine{params: c.params}
			called := 0
			var cands []candidate
			for i, tr := range c.tries {
				cands = append(cands, candidate{kind: "k", cue: c.cues[i], try: func() (answer, bool) { called++; return tr.a, tr.ok }})
			}
			got := e.arbitrate(context.Background(), &question{}, cands)
			if got.Text != c.want {
				t.Errorf("answer %q, want %q", got.Text, c.want)
			}
			if called != c.called {
				t.Errorf("%d candidates tried, want %d", called, c.called)
			}
		})
	}
}
