package reminder

import (
	"context"
	"errors"
	"log/slog"
	"strconv"
	"sync"
	"testing"
	"time"

	"schemabot/bot/chat"
	"schemabot/bot/state"
	"schemabot/corpus"
)

// paris is the default time zone, loaded as the scheduler loads it.
var paris = func() *time.Location {
	loc, err := LoadLocation(DefaultTimeZone)
	if err != nil {
		panic(err)
	}
	return loc
}()

// at returns a wall-clock time in Paris.
func at(y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, paris)
}

// day returns a civil date (midnight UTC), as the parser gives them.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// fakeClock is a settable clock, safe for concurrent use.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock(t time.Time) *fakeClock { return &fakeClock{t: t} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// post is one digest a poster received.
type post struct {
	channel string
	reply   chat.Reply
}

// recorder is a Poster that keeps what it posts. It survives the store:
// like a chat platform, it remembers across the bot's restarts.
type recorder struct {
	mu    sync.Mutex
	posts []post
	// fail, when set, is returned by the next Post instead of posting.
	fail error
	// after, when set, runs after a successful post (the test "kills" the
	// bot there).
	after func()
}

func (r *recorder) Post(ctx context.Context, channel string, rep chat.Reply) error {
	r.mu.Lock()
	if err := r.fail; err != nil {
		r.fail = nil
		r.mu.Unlock()
		return err
	}
	r.posts = append(r.posts, post{channel, rep})
	after := r.after
	r.after = nil
	r.mu.Unlock()
	if after != nil {
		after()
	}
	return nil
}

func (r *recorder) Posts() []post {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]post(nil), r.posts...)
}

// postedIn reports whether a digest id is in a channel, by its footer.
func (r *recorder) postedIn(channel, id string) bool {
	for _, p := range r.Posts() {
		if p.channel == channel && FindDigestID(p.reply.Text) == id {
			return true
		}
	}
	return false
}

// checker is a Poster that can also tell whether a digest was posted.
type checker struct {
	*recorder
	// answer overrides what Posted says; nil looks in the recorder.
	answer func(channel, id string) (bool, error)
	calls  int
}

func (c *checker) Posted(ctx context.Context, channel, id string) (bool, error) {
	c.calls++
	if c.answer != nil {
		return c.answer(channel, id)
	}
	return c.recorder.postedIn(channel, id), nil
}

// quiet drops the scheduler's logs in tests.
var quiet = slog.New(slog.DiscardHandler)

var errPlatform = errors.New("platform unavailable")

// fiche builds a fiche with pilots and milestones.
func fiche(doc string, n int, title string, pilots []string, ms ...corpus.Milestone) corpus.Fiche {
	f := corpus.Fiche{Doc: doc, ID: strconv.Itoa(n), Number: n, Title: title, Page: 30 + n, Milestones: ms}
	f.Pilots.Label = "Le pilote"
	for _, p := range pilots {
		f.Pilots.Items = append(f.Pilots.Items, corpus.Item{Text: p})
	}
	return f
}

func ms(label, raw string, start, end time.Time, line int) corpus.Milestone {
	return corpus.Milestone{Label: label, Raw: raw, Start: start, End: end, Span: corpus.Span{StartLine: line, EndLine: line}}
}

const (
	isere   = "isere-2020-2024"
	moselle = "moselle-2019-2023"
)

// handLib is a small library with two documents that both have a fiche 12.
// As of 2020-01-15:
//   - isere/12/1 is overdue (S2 2019), isere/12/2 ends 2020-02-10 (due in 30
//     days), isere/12/3 is undated, isere/12/4 ends in 2021 (beyond);
//   - isere/32/1 is overdue and has two pilots, isere/32/2 ends 2020-01-31;
//   - moselle/12/1 ends 2020-02-01 (its pilot writes "@here"), moselle/13/1
//     has no pilot and ends 2020-01-20.
func handLib() *corpus.Library {
	return &corpus.Library{Docs: []*corpus.Document{
		{ID: isere, Departement: "Isère", StartYear: 2020, EndYear: 2024, Fiches: []corpus.Fiche{
			fiche(isere, 12, "Organiser le suivi de la santé des enfants confiés", []string{"Service PMI"},
				ms("Recrutements pour constituer l'équipe mobile", "Semestre 2 / 2019", day(2019, 7, 1), day(2019, 12, 31), 1127),
				ms("Élaboration du référentiel départemental", "Février 2020", day(2020, 2, 1), day(2020, 2, 10), 1128),
				ms("Mise en œuvre des bilans", "À définir", time.Time{}, time.Time{}, 1129),
				ms("Mise en œuvre des bilans de suivi", "2021", day(2021, 1, 1), day(2021, 12, 31), 1130)),
			fiche(isere, 32, "Harmoniser les pratiques de traitement des informations préoccupantes",
				[]string{"Cellule de Recueil des Informations Préoccupantes", "Service PMI"},
				ms("Rédaction et diffusion de la note de cadrage", "Semestre 2 / 2019", day(2019, 7, 1), day(2019, 12, 31), 1980),
				ms("Bilan", "Janvier 2020", day(2020, 1, 1), day(2020, 1, 31), 1983)),
		}},
		{ID: moselle, Departement: "Moselle", StartYear: 2019, EndYear: 2023, Fiches: []corpus.Fiche{
			fiche(moselle, 12, "Pérenniser les retours à domicile", []string{"Direction de l'enfance @here"},
				ms("Évaluation des retours", "Février 2020", day(2020, 2, 1), day(2020, 2, 1), 700)),
			fiche(moselle, 13, "Sans pilote", nil,
				ms("Réunion de lancement", "Janvier 2020", day(2020, 1, 20), day(2020, 1, 20), 720)),
		}},
	}}
}

// openStore opens a store in dir, closed at the end of the test.
func openStore(t *testing.T, dir string) *state.Store {
	t.Helper()
	st, err := state.OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st
}

// newScheduler returns a scheduler for one channel "C1" with the default
// schedule, on clock.
func newScheduler(t *testing.T, lib *corpus.Library, st *state.Store, p Poster, clock *fakeClock, chans ...Channel) *Scheduler {
	t.Helper()
	if len(chans) == 0 {
		chans = []Channel{{ID: "C1"}}
	}
	s, err := New(lib, st, p, Config{Channels: chans, Now: clock.Now, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	return s
}
