package state

import (
	"context"
	"testing"
	"time"

	"schemabot/bot"
)

// The store is the bot's durable HandledStore and DeliveryTracker: serve
// picks it up by these interfaces.
var (
	_ bot.HandledStore    = (*Store)(nil)
	_ bot.DeliveryTracker = (*Store)(nil)
)

// Each step runs against the same store, in order: a claim is won once,
// survives a reopen, can be taken over only when stale and undelivered,
// and is pruned after the retention.
func TestHandledMessages(t *testing.T) {
	eachEngine(t, func(t *testing.T, e engine) {
		ctx := context.Background()
		where := e.fresh(t)
		st := e.must(t, where)
		t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
		lease := time.Minute
		steps := []struct {
			name string
			do   func(st *Store) (bool, error)
			want bool
		}{
			{"first claim wins", func(st *Store) (bool, error) { return st.ClaimMessage(ctx, "mattermost/a", t0) }, true},
			{"second claim loses", func(st *Store) (bool, error) { return st.ClaimMessage(ctx, "mattermost/a", t0.Add(time.Second)) }, false},
			{"another key wins", func(st *Store) (bool, error) { return st.ClaimMessage(ctx, "mattermost/b", t0) }, true},
			{"a fresh claim is not taken over", func(st *Store) (bool, error) {
				return st.TakeOverMessage(ctx, "mattermost/a", t0.Add(30*time.Second), lease)
			}, false},
			{"a stale undelivered claim is taken over", func(st *Store) (bool, error) {
				return st.TakeOverMessage(ctx, "mattermost/a", t0.Add(2*time.Minute), lease)
			}, true},
			{"the take-over renews the lease", func(st *Store) (bool, error) {
				return st.TakeOverMessage(ctx, "mattermost/a", t0.Add(2*time.Minute+time.Second), lease)
			}, false},
			{"a delivered claim is never taken over", func(st *Store) (bool, error) {
				if err := st.MarkDelivered(ctx, "mattermost/b", t0.Add(time.Second)); err != nil {
					return false, err
				}
				return st.TakeOverMessage(ctx, "mattermost/b", t0.Add(time.Hour), lease)
			}, false},
			{"an unknown key is not taken over", func(st *Store) (bool, error) {
				return st.TakeOverMessage(ctx, "mattermost/zz", t0.Add(time.Hour), lease)
			}, false},
			{"a released claim can be claimed again", func(st *Store) (bool, error) {
				if err := st.ReleaseMessage(ctx, "mattermost/a"); err != nil {
					return false, err
				}
				return st.ClaimMessage(ctx, "mattermost/a", t0.Add(3*time.Minute))
			}, true},
			{"claims survive a restart", func(st *Store) (bool, error) { return st.ClaimMessage(ctx, "mattermost/b", t0.Add(time.Hour)) }, false},
			{"claims older than the retention are pruned", func(st *Store) (bool, error) {
				later := t0.Add(HandledRetention + time.Hour)
				if _, err := st.ClaimMessage(ctx, "mattermost/c", later); err != nil {
					return false, err
				}
				return st.ClaimMessage(ctx, "mattermost/b", later)
			}, true},
		}
		for i, s := range steps {
			if i == 9 { // the store is closed and opened again, as by a restart
				st = e.restart(t, st, where)
			}
			got, err := s.do(st)
			if err != nil {
				t.Fatalf("%s: %v", s.name, err)
			}
			if got != s.want {
				t.Errorf("%s: got %v, want %v", s.name, got, s.want)
			}
		}
	})
}

// Claim times are compared as text: a fraction of a second must not make
// a later time sort before an earlier one.
func TestClaimTextSorts(t *testing.T) {
	a := time.Date(2026, 1, 1, 10, 0, 5, 0, time.UTC)
	b := a.Add(500 * time.Millisecond)
	if !(claimText(a) < claimText(b)) {
		t.Errorf("%s does not sort before %s", claimText(a), claimText(b))
	}
}
