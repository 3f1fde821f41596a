package state

import (
	"context"
	"testing"
	"time"

	"schemabot/bot"
)

// TestPurgeFeedback checks the cutoff on a real store, including times
// with a fraction of a second, whose text does not sort within a second.
func TestPurgeFeedback(t *testing.T) {
	cutoff := time.Date(2026, 3, 1, 12, 0, 5, 0, time.UTC)
	tests := []struct {
		name   string
		at     time.Time
		purged bool
	}{
		{name: "a year before", at: cutoff.AddDate(-1, 0, 0), purged: true},
		{name: "a second before", at: cutoff.Add(-time.Second), purged: true},
		{name: "a tenth of a second before the cutoff's second", at: cutoff.Add(-100 * time.Millisecond), purged: true},
		{name: "at the cutoff", at: cutoff},
		{name: "just after, with a fraction", at: cutoff.Add(300 * time.Millisecond)},
		{name: "a day after, in another zone", at: cutoff.Add(24 * time.Hour).In(time.FixedZone("CET", 3600))},
	}
	eachEngine(t, func(t *testing.T, e engine) {
		st := e.must(t, e.fresh(t))
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				ctx := context.Background()
				if _, err := st.PurgeFeedback(ctx, time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)); err != nil {
					t.Fatal(err) // start empty: one store serves every case
				}
				if err := st.SaveFeedback(ctx, bot.Feedback{ReplyID: "r1", Platform: "slack", User: "U1", Question: "q", At: tt.at}); err != nil {
					t.Fatal(err)
				}
				n, err := st.PurgeFeedback(ctx, cutoff)
				if err != nil {
					t.Fatal(err)
				}
				list, err := st.ListFeedback(ctx)
				if err != nil {
					t.Fatal(err)
				}
				want := int64(0)
				if tt.purged {
					want = 1
				}
				if n != want || int64(len(list)) != 1-want {
					t.Errorf("purged %d, left %d; want purged %d", n, len(list), want)
				}
			})
		}
	})
}
