// Package reminder reminds team leads of what is due in their schéma: a
// weekly digest per channel of the milestones ending soon and of the overdue
// ones not marked done, and the chat commands to list milestones, mark them
// done or reopen them, and draw the planning.
package reminder

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"
	_ "time/tzdata" // Europe/Paris even on a host without zoneinfo

	"github.com/robfig/cron/v3"

	"schemabot/bot/chat"
	"schemabot/bot/state"
	"schemabot/corpus"
	"schemabot/corpus/calendar"
)

// Defaults of Config.
const (
	DefaultSchedule    = "0 9 * * 1" // Mondays at 09:00
	DefaultTimeZone    = "Europe/Paris"
	DefaultHorizonDays = 30
	DefaultRetryEvery  = 5 * time.Minute
	DefaultMaxAttempts = 5
)

// maxWait bounds how long Run sleeps before looking at the clock again, so
// that a wall-clock change or a suspended host delays a digest by at most
// this much.
const maxWait = time.Hour

// Poster posts a digest to a channel. The lead adapts the Slack and
// Mattermost clients to it.
type Poster interface {
	Post(ctx context.Context, channel string, r chat.Reply) error
}

// PostChecker is what a Poster may also implement to tell whether a digest
// reached a channel, for example by looking for its id (FindDigestID) in the
// bot's recent messages there. Without it, a digest whose fate is unknown is
// not sent again.
type PostChecker interface {
	Posted(ctx context.Context, channel, digestID string) (bool, error)
}

// Channel is where digests go, optionally for one document only.
type Channel struct {
	ID  string // platform channel id
	Doc string // document id; "" for every document of the library
}

// Config configures a Scheduler. Zero fields take the defaults.
type Config struct {
	Channels []Channel
	// Schedule is a standard 5-field cron expression (robfig/cron), read in
	// Location unless it starts with CRON_TZ=.
	Schedule string
	Location *time.Location // Europe/Paris by default
	// HorizonDays is how far ahead a digest looks (DefaultHorizonDays).
	HorizonDays int
	// Now is the clock that decides when digests are due (time.Now).
	Now func() time.Time
	// Today gives the as-of date of a digest's content (SCHEMABOT_TODAY),
	// read as a date in Location; Now when nil.
	Today func() time.Time
	// RetryEvery is how soon Run tries again after a failed post or check.
	RetryEvery time.Duration
	// MaxAttempts bounds the failed posts and checks for one digest.
	MaxAttempts int
	// After waits like time.After; tests replace it with a fake clock.
	After func(time.Duration) <-chan time.Time
	// OnDigest, when set, is told of each digest's outcome: "sent",
	// "failed" (to retry) or "given_up", for the metrics.
	OnDigest func(status string)
	Logger   *slog.Logger
}

// Scheduler sends the reminder digests, each exactly once.
//
// A digest is identified by its channel and scheduled time. At each tick the
// scheduler takes the last scheduled time at or before now and, for each
// channel, sends that digest unless the store records it. So a process that
// was down at 09:00 on Monday sends Monday's digest when it starts, once; an
// older missed digest is not sent (no backlog).
//
// Sending follows an intent log, so that a crash at any point neither
// duplicates nor silently drops a digest:
//
//  1. the intent ("sending", with the digest id) is committed to the store
//     before posting;
//  2. the digest, whose footer carries its id, is posted;
//  3. the digest is marked "sent".
//
// When a tick finds an intent still "sending" (the process died or the post
// failed between 1 and 3), it asks the Poster, if it is a PostChecker,
// whether the digest id is in the channel: if so it is only marked sent, if
// not it is posted. When the Poster cannot tell (it is not a PostChecker),
// the digest is marked "unknown", logged as an error and not sent again: a
// missed reminder is preferred to a duplicate. A check or a post that fails
// leaves the intent "sending": Run tries again every RetryEvery, through the
// same check, until MaxAttempts failures, then gives up ("unknown") with an
// error log.
type Scheduler struct {
	lib      *corpus.Library
	st       *state.Store
	poster   Poster
	sched    cron.Schedule
	loc      *time.Location
	channels []Channel
	horizon  int
	now      func() time.Time
	today    func() time.Time
	retry    time.Duration
	maxTries int
	after    func(time.Duration) <-chan time.Time
	log      *slog.Logger
	onDigest func(status string)

	mu sync.Mutex // one tick at a time
}

// defaultLocation is Europe/Paris, or UTC if even the embedded zone data
// cannot give it.
var defaultLocation = sync.OnceValue(func() *time.Location {
	loc, err := LoadLocation(DefaultTimeZone)
	if err != nil {
		slog.Error("no time zone data; dates are read in UTC", "err", err)
		return time.UTC
	}
	return loc
})

// LoadLocation returns the named time zone, from the system or from the
// zone data embedded in the binary.
func LoadLocation(name string) (*time.Location, error) {
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("load time zone %q: %w", name, err)
	}
	return loc, nil
}

// New returns a scheduler posting through p and keeping its log in st.
func New(lib *corpus.Library, st *state.Store, p Poster, cfg Config) (*Scheduler, error) {
	if lib == nil || st == nil || p == nil {
		return nil, errors.New("reminder: library, store and poster are required")
	}
	if len(cfg.Channels) == 0 {
		return nil, errors.New("reminder: no channel to post to")
	}
	sched, err := ParseSchedule(cfg.Schedule, time.Now())
	if err != nil {
		return nil, err
	}
	s := &Scheduler{
		lib: lib, st: st, poster: p, sched: sched, channels: cfg.Channels,
		loc: cfg.Location, horizon: cfg.HorizonDays, now: cfg.Now, today: cfg.Today,
		retry: cfg.RetryEvery, maxTries: cfg.MaxAttempts, after: cfg.After, log: cfg.Logger,
		onDigest: cfg.OnDigest,
	}
	for _, c := range cfg.Channels {
		if c.ID == "" {
			return nil, errors.New("reminder: empty channel id")
		}
		if c.Doc != "" && lib.Doc(c.Doc) == nil {
			return nil, fmt.Errorf("reminder: channel %s: unknown document %q", c.ID, c.Doc)
		}
	}
	if s.loc == nil {
		s.loc = defaultLocation()
	}
	if s.horizon <= 0 {
		s.horizon = DefaultHorizonDays
	}
	if s.now == nil {
		s.now = time.Now
	}
	if s.retry <= 0 {
		s.retry = DefaultRetryEvery
	}
	if s.maxTries <= 0 {
		s.maxTries = DefaultMaxAttempts
	}
	if s.after == nil {
		s.after = time.After
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	if s.onDigest == nil {
		s.onDigest = func(string) {}
	}
	return s, nil
}

// Last returns the last scheduled time at or before now, and false when the
// schedule had none in the past five years.
func (s *Scheduler) Last(now time.Time) (time.Time, bool) {
	now = now.In(s.loc)
	// cron schedules only go forward: look back over growing windows for
	// the first occurrence, then walk forward to the last one <= now.
	for back := time.Hour; back <= 5*366*24*time.Hour; back *= 2 {
		t := s.sched.Next(now.Add(-back))
		if t.IsZero() || t.After(now) {
			continue
		}
		for {
			n := s.sched.Next(t)
			if n.IsZero() || n.After(now) {
				return t, true
			}
			t = n
		}
	}
	return time.Time{}, false
}

// Next returns the next scheduled time after now.
func (s *Scheduler) Next(now time.Time) time.Time { return s.sched.Next(now.In(s.loc)) }

// Tick sends the digests of the last scheduled time that are not recorded
// as sent (see Scheduler). It returns an error when a digest is left to
// retry.
func (s *Scheduler) Tick(ctx context.Context) error {
	_, err := s.tick(ctx)
	return err
}

// tick is Tick, also reporting whether another replica was sending one of
// the digests: Run then looks again after RetryEvery, in case it died.
func (s *Scheduler) tick(ctx context.Context) (elsewhere bool, _ error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	scheduled, ok := s.Last(s.now())
	if !ok {
		return false, nil
	}
	var errs []error
	for _, c := range s.channels {
		busy, err := s.deliverOnce(ctx, c, scheduled)
		if err != nil {
			errs = append(errs, fmt.Errorf("digest for %s: %w", c.ID, err))
		}
		elsewhere = elsewhere || busy
	}
	return elsewhere, errors.Join(errs...)
}

// deliverOnce runs the send protocol for one channel's digest under the
// store's lock on it, so that replicas sharing a store send it one at a
// time: whoever holds the lock is alive (PostgreSQL frees the lock of a
// replica that dies), so an intent found unfinished under the lock was
// left by a dead one and is checked on the platform. It reports true,
// without sending, when another replica holds the lock.
func (s *Scheduler) deliverOnce(ctx context.Context, c Channel, scheduled time.Time) (busy bool, _ error) {
	release, ok, err := s.st.TryLock(ctx, "digest:"+c.ID+"@"+scheduled.UTC().Format(time.RFC3339))
	if err != nil {
		return false, err
	}
	if !ok {
		s.log.Debug("reminder digest being sent by another replica", "channel", c.ID, "scheduled", scheduled)
		return true, nil
	}
	defer release()
	return false, s.deliver(ctx, c, scheduled)
}

// Run ticks now, then at every scheduled time (sooner while a digest waits
// for a retry), until ctx is done.
func (s *Scheduler) Run(ctx context.Context) error {
	for ctx.Err() == nil {
		elsewhere, err := s.tick(ctx)
		if err != nil {
			s.log.Warn("reminder digest not sent yet", "err", err)
		}
		now := s.now()
		wait := s.Next(now).Sub(now)
		if (err != nil || elsewhere) && wait > s.retry {
			wait = s.retry
		}
		if wait > maxWait {
			wait = maxWait
		}
		if wait < 0 {
			wait = 0
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-s.after(wait):
		}
	}
	return ctx.Err()
}

// deliver runs the send protocol for one channel's digest.
func (s *Scheduler) deliver(ctx context.Context, c Channel, scheduled time.Time) error {
	// A read first: most ticks find the digest sent and write nothing.
	d, ok, err := s.st.Digest(ctx, c.ID, scheduled)
	if err != nil {
		return err
	}
	if ok && d.Status != state.DigestSending {
		return nil // sent, or given up on
	}
	created := false
	if !ok {
		d, created, err = s.st.BeginDigest(ctx, state.Digest{
			ID: DigestID(c.ID, scheduled), Channel: c.ID, Scheduled: scheduled, Status: state.DigestSending, Started: s.now(),
		})
		if err != nil {
			return err
		}
	}
	log := s.log.With("channel", c.ID, "digest", d.ID, "scheduled", scheduled)
	if !created {
		if d.Status != state.DigestSending {
			return nil // sent, or given up on
		}
		if d.Attempts >= s.maxTries {
			return s.giveUp(ctx, log, d, state.DigestUnknown, "too many attempts")
		}
		checker, ok := s.poster.(PostChecker)
		if !ok {
			return s.giveUp(ctx, log, d, state.DigestUnknown,
				"interrupted before being recorded as sent; the platform cannot tell whether it was posted, so it is not sent again")
		}
		posted, err := checker.Posted(ctx, c.ID, d.ID)
		if err != nil {
			return s.failed(ctx, log, d, state.DigestUnknown, fmt.Errorf("check whether posted: %w", err))
		}
		if posted {
			d.Status, d.Finished, d.Note = state.DigestSent, s.now(), "posted before an interruption; confirmed by the platform"
			log.Info("reminder digest was already posted", "note", d.Note)
			return s.st.SaveDigest(ctx, d)
		}
		log.Info("reminder digest interrupted before posting; posting it now")
	}

	reply := s.compose(c, d.ID)
	if err := s.poster.Post(ctx, c.ID, reply); err != nil {
		return s.failed(ctx, log, d, state.DigestUnknown, fmt.Errorf("post: %w", err))
	}
	d.Status, d.Finished, d.Note = state.DigestSent, s.now(), ""
	if err := s.st.SaveDigest(ctx, d); err != nil {
		// The intent stays "sending": the next tick asks the platform.
		return fmt.Errorf("posted but not recorded: %w", err)
	}
	s.onDigest("sent")
	log.Info("reminder digest sent", "milestones", len(reply.Buttons))
	return nil
}

// failed counts a failed attempt; at MaxAttempts the digest is given up on
// with status final.
func (s *Scheduler) failed(ctx context.Context, log *slog.Logger, d state.Digest, final state.DigestStatus, cause error) error {
	d.Attempts++
	d.Note = cause.Error()
	s.onDigest("failed")
	if d.Attempts >= s.maxTries {
		return errors.Join(cause, s.giveUp(ctx, log, d, final, cause.Error()))
	}
	if err := s.st.SaveDigest(ctx, d); err != nil {
		return errors.Join(cause, err)
	}
	return cause
}

// giveUp records that a digest will not be sent, and says so in the log.
func (s *Scheduler) giveUp(ctx context.Context, log *slog.Logger, d state.Digest, status state.DigestStatus, why string) error {
	d.Status, d.Finished, d.Note = status, s.now(), why
	s.onDigest("given_up")
	log.Error("reminder digest given up", "status", status, "reason", why)
	return s.st.SaveDigest(ctx, d)
}

// compose builds the digest of channel c as of today.
func (s *Scheduler) compose(c Channel, id string) chat.Reply {
	today := s.now()
	if s.today != nil {
		today = s.today()
	}
	today = today.In(s.loc)
	done, err := s.st.DoneKeys()
	if err != nil {
		s.log.Error("read done milestones; the digest lists them all", "err", err)
	}
	set := make(map[string]bool, len(done))
	for _, k := range done {
		set[k] = true
	}
	es := calendar.Entries(s.lib, today, func(k string) bool { return set[k] })
	if c.Doc != "" {
		es = calendar.Filter{Doc: c.Doc}.Apply(es)
	}
	return Compose(s.lib, Due(es, today, s.horizon), today, s.horizon, id)
}
