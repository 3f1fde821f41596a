package reminder

import (
	"context"
	"strings"
	"testing"
	"time"

	"schemabot/bot/state"
)

func TestLast(t *testing.T) {
	tests := []struct {
		name     string
		schedule string
		now      time.Time
		want     time.Time
	}{
		{"just before Monday 09:00", "", at(2020, 1, 13, 8, 59), at(2020, 1, 6, 9, 0)},
		{"Monday 09:00 exactly", "", at(2020, 1, 13, 9, 0), at(2020, 1, 13, 9, 0)},
		{"Wednesday", "", at(2020, 1, 15, 17, 0), at(2020, 1, 13, 9, 0)},
		{"Monday after the switch to summer time", "", at(2020, 3, 30, 10, 0), at(2020, 3, 30, 9, 0)},
		{"monthly", "0 9 1 * *", at(2020, 3, 15, 12, 0), at(2020, 3, 1, 9, 0)},
		{"yearly", "@yearly", at(2021, 6, 1, 0, 0), at(2021, 1, 1, 0, 0)},
		{"every minute", "* * * * *", at(2020, 1, 15, 17, 3).Add(30 * time.Second), at(2020, 1, 15, 17, 3)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := New(handLib(), openStore(t, t.TempDir()), &recorder{}, Config{
				Channels: []Channel{{ID: "C1"}}, Schedule: tt.schedule})
			if err != nil {
				t.Fatal(err)
			}
			got, ok := s.Last(tt.now.UTC())
			if !ok || !got.Equal(tt.want) {
				t.Errorf("Last(%v) = %v, %v; want %v", tt.now, got, ok, tt.want)
			}
		})
	}
}

func TestNewRejectsBadConfig(t *testing.T) {
	st := openStore(t, t.TempDir())
	for name, cfg := range map[string]Config{
		"no channel":       {},
		"bad cron":         {Channels: []Channel{{ID: "C1"}}, Schedule: "every monday"},
		"unknown document": {Channels: []Channel{{ID: "C1", Doc: "gironde-2020"}}},
		"empty channel":    {Channels: []Channel{{}}},
	} {
		if _, err := New(handLib(), st, &recorder{}, cfg); err == nil {
			t.Errorf("%s: New accepted %+v", name, cfg)
		}
	}
}

// TestCatchUpOnce: a digest sent on Monday; the bot is down across the next
// two Mondays; on start it sends one digest (the latest missed one), and
// none on the next start, even with the store closed and reopened.
func TestCatchUpOnce(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	p := &recorder{}
	clock := newClock(at(2020, 1, 6, 9, 0))

	st := openStore(t, dir)
	if err := newScheduler(t, handLib(), st, p, clock).Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if n := len(p.Posts()); n != 1 {
		t.Fatalf("Monday 09:00: %d digests, want 1", n)
	}
	// Same Monday, later: nothing new.
	clock.Set(at(2020, 1, 6, 15, 0))
	if err := newScheduler(t, handLib(), st, p, clock).Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if n := len(p.Posts()); n != 1 {
		t.Fatalf("Monday 15:00: %d digests, want still 1", n)
	}
	_ = st.Close() // down

	clock.Set(at(2020, 1, 22, 11, 0)) // missed the 13th and the 20th
	st = openStore(t, dir)
	if err := newScheduler(t, handLib(), st, p, clock).Tick(ctx); err != nil {
		t.Fatal(err)
	}
	posts := p.Posts()
	if len(posts) != 2 {
		t.Fatalf("start after two missed Mondays: %d digests in all, want 2 (one catch-up)", len(posts))
	}
	if got, want := FindDigestID(posts[1].reply.Text), DigestID("C1", at(2020, 1, 20, 9, 0)); got != want {
		t.Errorf("catch-up digest id = %q, want the one of Monday the 20th %q", got, want)
	}
	_ = st.Close()

	st = openStore(t, dir) // next start, same week
	clock.Advance(time.Hour)
	if err := newScheduler(t, handLib(), st, p, clock).Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if n := len(p.Posts()); n != 2 {
		t.Fatalf("second start: %d digests in all, want still 2", n)
	}

	clock.Set(at(2020, 1, 27, 9, 0)) // the next Monday
	if err := newScheduler(t, handLib(), st, p, clock).Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if n := len(p.Posts()); n != 3 {
		t.Fatalf("next Monday: %d digests in all, want 3", n)
	}
	log, err := st.Digests(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range log {
		if d.Status != state.DigestSent {
			t.Errorf("digest %s is %s, want sent", d.ID, d.Status)
		}
	}
}

// TestEachChannelGetsItsDigest: two channels, one for Moselle only.
func TestEachChannelGetsItsDigest(t *testing.T) {
	p := &recorder{}
	clock := newClock(at(2020, 1, 15, 10, 0))
	s := newScheduler(t, handLib(), openStore(t, t.TempDir()), p, clock, Channel{ID: "C1"}, Channel{ID: "C2", Doc: moselle})
	if err := s.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	posts := p.Posts()
	if len(posts) != 2 || posts[0].channel != "C1" || posts[1].channel != "C2" {
		t.Fatalf("posts = %+v, want one to C1 and one to C2", posts)
	}
	if !strings.Contains(posts[0].reply.Text, "Service PMI") {
		t.Errorf("C1 digest lacks Isère:\n%s", posts[0].reply.Text)
	}
	if strings.Contains(posts[1].reply.Text, "Service PMI") || !strings.Contains(posts[1].reply.Text, "Réunion de lancement") {
		t.Errorf("C2 digest should list Moselle only:\n%s", posts[1].reply.Text)
	}
	if FindDigestID(posts[0].reply.Text) == FindDigestID(posts[1].reply.Text) {
		t.Error("two channels share a digest id")
	}
}

// crashAfterPost posts, then "kills" the bot by closing its store before the
// digest is recorded as sent.
func crashAfterPost(t *testing.T, dir string, p *recorder, clock *fakeClock) {
	t.Helper()
	st := openStore(t, dir)
	p.after = func() { _ = st.Close() }
	err := newScheduler(t, handLib(), st, p, clock).Tick(context.Background())
	if err == nil {
		t.Fatal("Tick with the store closed after posting returned no error")
	}
	if n := len(p.Posts()); n != 1 {
		t.Fatalf("before the crash: %d posts, want 1", n)
	}
}

func digestStatus(t *testing.T, st *state.Store, scheduled time.Time) state.Digest {
	t.Helper()
	d, ok, err := st.Digest(context.Background(), "C1", scheduled)
	if err != nil || !ok {
		t.Fatalf("digest log: %+v, %v, %v", d, ok, err)
	}
	return d
}

func TestCrashBetweenPostedAndRecorded(t *testing.T) {
	monday := at(2020, 1, 13, 9, 0)
	tests := []struct {
		name      string
		poster    func(*recorder) Poster
		wantPosts int
		want      state.DigestStatus
	}{
		{"platform says posted: no second post",
			func(r *recorder) Poster { return &checker{recorder: r} }, 1, state.DigestSent},
		{"platform says not posted: posted once",
			func(r *recorder) Poster {
				return &checker{recorder: r, answer: func(string, string) (bool, error) { return false, nil }}
			}, 2, state.DigestSent},
		{"platform cannot tell: not re-sent",
			func(r *recorder) Poster { return r }, 1, state.DigestUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			dir := t.TempDir()
			p := &recorder{}
			clock := newClock(at(2020, 1, 13, 9, 0))
			crashAfterPost(t, dir, p, clock)

			clock.Advance(2 * time.Minute) // restart
			st := openStore(t, dir)
			if d := digestStatus(t, st, monday); d.Status != state.DigestSending {
				t.Fatalf("after the crash the digest is %s, want sending", d.Status)
			}
			if err := newScheduler(t, handLib(), st, tt.poster(p), clock).Tick(ctx); err != nil {
				t.Fatal(err)
			}
			if n := len(p.Posts()); n != tt.wantPosts {
				t.Fatalf("posts after restart = %d, want %d", n, tt.wantPosts)
			}
			if d := digestStatus(t, st, monday); d.Status != tt.want {
				t.Fatalf("digest is %s (%s), want %s", d.Status, d.Note, tt.want)
			}
			// And the next restart does nothing more.
			clock.Advance(time.Hour)
			_ = st.Close()
			st = openStore(t, dir)
			if err := newScheduler(t, handLib(), st, tt.poster(p), clock).Tick(ctx); err != nil {
				t.Fatal(err)
			}
			if n := len(p.Posts()); n != tt.wantPosts {
				t.Fatalf("posts after a second restart = %d, want %d", n, tt.wantPosts)
			}
		})
	}
}

// TestCrashBeforePost: the intent is recorded, the process dies before
// posting; the platform says not posted, so it is posted once.
func TestCrashBeforePost(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	monday := at(2020, 1, 13, 9, 0)
	st := openStore(t, dir)
	if _, _, err := st.BeginDigest(ctx, state.Digest{ID: DigestID("C1", monday), Channel: "C1",
		Scheduled: monday, Status: state.DigestSending, Started: monday}); err != nil {
		t.Fatal(err)
	}
	_ = st.Close()

	st = openStore(t, dir)
	r := &recorder{}
	c := &checker{recorder: r}
	if err := newScheduler(t, handLib(), st, c, newClock(at(2020, 1, 13, 9, 5))).Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if n := len(r.Posts()); n != 1 || c.calls != 1 {
		t.Fatalf("posts = %d, checks = %d; want 1 and 1", n, c.calls)
	}
	if d := digestStatus(t, st, monday); d.Status != state.DigestSent {
		t.Fatalf("digest is %s", d.Status)
	}
}

func TestPostFailureRetried(t *testing.T) {
	ctx := context.Background()
	monday := at(2020, 1, 13, 9, 0)
	t.Run("with a checker: retried until posted, once", func(t *testing.T) {
		st := openStore(t, t.TempDir())
		r := &recorder{fail: errPlatform}
		clock := newClock(monday)
		s := newScheduler(t, handLib(), st, &checker{recorder: r}, clock)
		if err := s.Tick(ctx); err == nil {
			t.Fatal("a failed post is not reported")
		}
		if d := digestStatus(t, st, monday); d.Status != state.DigestSending || d.Attempts != 1 {
			t.Fatalf("after a failed post: %+v", d)
		}
		clock.Advance(DefaultRetryEvery)
		if err := s.Tick(ctx); err != nil {
			t.Fatal(err)
		}
		if err := s.Tick(ctx); err != nil {
			t.Fatal(err)
		}
		if n := len(r.Posts()); n != 1 {
			t.Fatalf("posts = %d, want 1", n)
		}
	})
	t.Run("without a checker: given up, not re-sent", func(t *testing.T) {
		st := openStore(t, t.TempDir())
		r := &recorder{fail: errPlatform}
		s := newScheduler(t, handLib(), st, r, newClock(monday))
		_ = s.Tick(ctx)
		if err := s.Tick(ctx); err != nil {
			t.Fatal(err)
		}
		if n := len(r.Posts()); n != 0 {
			t.Fatalf("posts = %d, want 0", n)
		}
		if d := digestStatus(t, st, monday); d.Status != state.DigestUnknown {
			t.Fatalf("digest is %s, want unknown", d.Status)
		}
	})
	t.Run("checker failing: given up after MaxAttempts", func(t *testing.T) {
		st := openStore(t, t.TempDir())
		r := &recorder{fail: errPlatform}
		c := &checker{recorder: r, answer: func(string, string) (bool, error) { return false, errPlatform }}
		s, err := New(handLib(), st, c, Config{Channels: []Channel{{ID: "C1"}}, Now: newClock(monday).Now, MaxAttempts: 3, Logger: quiet})
		if err != nil {
			t.Fatal(err)
		}
		for range 5 {
			_ = s.Tick(ctx)
		}
		if n := len(r.Posts()); n != 0 || c.calls != 2 {
			t.Fatalf("posts = %d, checks = %d; want 0 and 2", n, c.calls)
		}
		if d := digestStatus(t, st, monday); d.Status != state.DigestUnknown || d.Attempts != 3 {
			t.Fatalf("digest = %+v, want unknown after 3 attempts", d)
		}
	})
}

// TestRunSendsWeekly drives Run with a fake clock over three weeks.
func TestRunSendsWeekly(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	clock := newClock(at(2020, 1, 14, 10, 0)) // Tuesday
	end := at(2020, 2, 3, 12, 0)
	r := &recorder{}
	s, err := New(handLib(), openStore(t, t.TempDir()), r, Config{
		Channels: []Channel{{ID: "C1"}},
		Now:      clock.Now,
		Logger:   quiet,
		After: func(d time.Duration) <-chan time.Time {
			if d <= 0 || d > maxWait {
				t.Errorf("Run waits %v", d)
			}
			clock.Advance(d)
			if clock.Now().After(end) {
				cancel()
			}
			ch := make(chan time.Time, 1)
			ch <- clock.Now()
			return ch
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Run(ctx); err != context.Canceled {
		t.Fatalf("Run = %v", err)
	}
	var got []string
	for _, p := range r.Posts() {
		got = append(got, FindDigestID(p.reply.Text))
	}
	want := []string{ // the catch-up of the 13th, then each Monday
		DigestID("C1", at(2020, 1, 13, 9, 0)), DigestID("C1", at(2020, 1, 20, 9, 0)),
		DigestID("C1", at(2020, 1, 27, 9, 0)), DigestID("C1", at(2020, 2, 3, 9, 0)),
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("digests = %v, want %v", got, want)
	}
}

// Each digest's outcome is told to OnDigest (the metrics' digest counter).
func TestOnDigestCountsSentDigests(t *testing.T) {
	p := &recorder{}
	clock := newClock(at(2020, 1, 15, 10, 0))
	var got []string
	s, err := New(handLib(), openStore(t, t.TempDir()), p, Config{Channels: []Channel{{ID: "C1"}, {ID: "C2"}}, Now: clock.Now, Logger: quiet,
		OnDigest: func(status string) { got = append(got, status) }})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != "sent,sent" {
		t.Errorf("OnDigest told %q, want sent twice", got)
	}
}
