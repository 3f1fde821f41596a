package reminder

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"schemabot/bot/chat"
	"schemabot/bot/state"
	"schemabot/bot/state/statetest"
)

// chatPlatform is the channels the digests go to, shared by every replica
// and outliving them all.
type chatPlatform struct {
	mu    sync.Mutex
	posts map[string]int // "channel digest-id" -> how many times posted
}

func (p *chatPlatform) post(channel string, r chat.Reply) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.posts[channel+" "+FindDigestID(r.Text)]++
}

func (p *chatPlatform) count(channel, id string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.posts[channel+" "+id]
}

// How a replica dies while it sends a digest.
type crashPoint int

const (
	noCrash    crashPoint = iota
	beforePost            // the intent is recorded, nothing is posted
	afterPost             // the digest is posted, not recorded as sent
)

var errKilled = errors.New("the replica was killed")

// digestReplica is one schemabot process sending digests.
type digestReplica struct {
	name  string
	db    string
	plat  *chatPlatform
	st    *state.Store
	sched *Scheduler

	mu    sync.Mutex
	dead  bool
	crash crashPoint // at its next post
}

func (r *digestReplica) Post(ctx context.Context, channel string, rep chat.Reply) error {
	r.mu.Lock()
	crash, dead := r.crash, r.dead
	r.mu.Unlock()
	if dead {
		return errKilled
	}
	switch crash {
	case beforePost:
		r.die()
		return errKilled
	case afterPost:
		r.plat.post(channel, rep)
		r.die()
		return errKilled
	}
	r.plat.post(channel, rep)
	return nil
}

// Posted looks for the digest in the channel, as the adapters do.
func (r *digestReplica) Posted(ctx context.Context, channel, id string) (bool, error) {
	if r.isDead() {
		return false, errKilled
	}
	return r.plat.count(channel, id) > 0, nil
}

func (r *digestReplica) isDead() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.dead
}

// die kills the replica: its store handle closes and the database drops
// its sessions, and with them the locks it held.
func (r *digestReplica) die() {
	r.mu.Lock()
	if r.dead {
		r.mu.Unlock()
		return
	}
	r.dead = true
	r.mu.Unlock()
	_ = r.st.Close()
}

// Digests are sent exactly once across replicas sharing a store, over
// many periods, with replicas killed at random: before posting (the
// intent is left "sending"), after posting and before recording it, or
// between sends; a period whose scheduled time finds every replica down is
// caught up once by the first replica back within the period. A period
// with every replica down until the next one is not sent (no backlog, as
// for one process).
func TestReplicaDigestsExactlyOnce(t *testing.T) {
	db := statetest.Database(t)
	ctx := context.Background()
	plat := &chatPlatform{posts: map[string]int{}}
	chans := []Channel{{ID: "C1"}, {ID: "C2", Doc: isere}}
	first := at(2020, 1, 13, 9, 0) // a Monday, the default schedule
	clock := newClock(first)
	gen := 0
	start := func(name string) *digestReplica {
		t.Helper()
		gen++
		app := fmt.Sprintf("%s-%d", name, gen)
		st, err := state.OpenPostgres(ctx, statetest.WithApplication(t, db, app))
		if err != nil {
			t.Fatalf("%s: %v", app, err)
		}
		r := &digestReplica{name: app, db: db, plat: plat, st: st}
		t.Cleanup(func() { _ = st.Close() })
		r.sched, err = New(handLib(), st, r, Config{Channels: chans, Now: clock.Now, Logger: quiet, MaxAttempts: 1000})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	kill := func(r *digestReplica) {
		r.die()
		statetest.Crash(t, db, r.name)
	}
	names := []string{"replica-1", "replica-2", "replica-3"}
	reps := make([]*digestReplica, len(names))
	for i, n := range names {
		reps[i] = start(n)
	}
	alive := func() []*digestReplica {
		var out []*digestReplica
		for _, r := range reps {
			if !r.isDead() {
				out = append(out, r)
			}
		}
		return out
	}

	// plan decides the outages, the same at every run; rng the rest, whose
	// draws depend on which replica happens to win a lock.
	plan := rand.New(rand.NewPCG(14, 5))
	rng := rand.New(rand.NewPCG(14, 4))
	const periods = 40
	want := map[string]int{}
	var crashes, busy, outages, late int
	for p := range periods {
		scheduled := first.AddDate(0, 0, 7*p)
		outage, lateBy := plan.IntN(8) == 0, time.Duration(0)
		if plan.IntN(6) == 0 {
			lateBy = time.Duration(1+plan.IntN(48)) * time.Hour
		}
		for i, r := range reps {
			if r.isDead() && rng.IntN(10) < 7 {
				reps[i] = start(names[i])
			}
		}
		if outage {
			// Every replica is down from before this period's scheduled
			// time until after the next one: nothing is sent for it.
			for _, r := range alive() {
				kill(r)
			}
			outages++
			for _, c := range chans {
				want[c.ID+" "+DigestID(c.ID, scheduled)] = 0
			}
			continue
		}
		for _, c := range chans {
			want[c.ID+" "+DigestID(c.ID, scheduled)] = 1
		}
		offset := time.Minute
		if lateBy > 0 {
			// Down at the scheduled time; one replica comes back hours later.
			for _, r := range alive() {
				kill(r)
			}
			offset = lateBy
			late++
		}
		for round := 0; ; round++ {
			if round > 100 {
				t.Fatalf("period %d: digests still not sent after %d rounds", p, round)
			}
			if len(alive()) == 0 {
				i := rng.IntN(len(reps))
				reps[i] = start(names[i])
			}
			clock.Set(scheduled.Add(offset + time.Duration(round)*DefaultRetryEvery))
			live := alive()
			for _, r := range live {
				crash := noCrash
				if rng.IntN(5) == 0 {
					crash = crashPoint(1 + rng.IntN(2))
				}
				r.mu.Lock()
				r.crash = crash
				r.mu.Unlock()
			}
			var wg sync.WaitGroup
			var mu sync.Mutex
			for _, r := range live {
				wg.Go(func() {
					elsewhere, _ := r.sched.tick(ctx)
					mu.Lock()
					defer mu.Unlock()
					if elsewhere {
						busy++
					}
					if r.isDead() {
						crashes++
					}
				})
			}
			wg.Wait()
			for _, r := range live {
				if r.isDead() {
					statetest.Crash(t, db, r.name) // the server notices the dead process
				}
			}
			if sent(t, ctx, alive(), chans, scheduled) {
				break
			}
		}
		// Between periods, a replica may also be stopped while idle.
		for _, r := range alive() {
			if rng.IntN(5) == 0 {
				kill(r)
			}
		}
	}
	for key, n := range want {
		var ch, id string
		fmt.Sscan(key, &ch, &id)
		if got := plat.count(ch, id); got != n {
			t.Errorf("digest %s posted %d times in %s, want %d", id, got, ch, n)
		}
	}
	if crashes == 0 || outages == 0 || late == 0 {
		t.Errorf("the test did not exercise its cases: %d crashes while sending, %d outages, %d late starts", crashes, outages, late)
	}
	t.Logf("%d periods × %d channels: %d replicas killed while sending, %d ticks found another replica sending, %d whole-period outages, %d periods caught up late",
		periods, len(chans), crashes, busy, outages, late)
}

// sent reports whether the digests of every channel for scheduled are
// recorded as sent, read by a live replica's handle (false when none).
func sent(t *testing.T, ctx context.Context, live []*digestReplica, chans []Channel, scheduled time.Time) bool {
	t.Helper()
	if len(live) == 0 {
		return false
	}
	for _, c := range chans {
		d, ok, err := live[0].st.Digest(ctx, c.ID, scheduled)
		if err != nil {
			if live[0].isDead() {
				return false
			}
			t.Fatal(err)
		}
		if !ok || d.Status != state.DigestSent {
			return false
		}
	}
	return true
}
