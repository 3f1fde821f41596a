package answer

// Speed and memory benchmarks of the engine. They measure and report; they
// assert nothing about time. Run them with, for example:
//
//	go test -run XXX -bench . -benchmem ./bot
//
// A plain `go test ./bot` does not run them.

import (
	"bufio"
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"schemabot/bot/chat"
	"schemabot/corpus"
)

// benchQuestions are questions of every kind the engine tells apart. When
// after is set, the question is asked in the thread left by asking after
// first (a follow-up).
var benchQuestions = []struct {
	text, after string
}{
	{text: "Qui pilote la fiche 12 ?"},
	{text: "Quels sont les partenaires de la fiche 5 en Moselle ?"},
	{text: "Et le calendrier ?", after: "Qui pilote la fiche 12 en Isère ?"},
	{text: "When is the ODPE training commission supposed to be set up?"},
	{text: "Que veut dire CRIP ?"},
	{text: "What does ODPE stand for?"},
	{text: "Quelles fiches concernent les MNA ?"},
	{text: "Combien de fiches compte le schéma de l'Isère ?"},
	{text: "Quelles fiches relèvent de l'orientation 2 en Isère ?"},
	{text: "Quelles sont les orientations du schéma de la Moselle ?"},
	{text: "Qui pilote l'action sur le recrutement des assistants familiaux ?"},
	{text: "Combien de jeunes majeurs étaient accueillis ou accompagnés en Isère fin 2018 ?"},
	{text: "How are foster families supported?"},
	{text: "protecion de l'enfence et handicap"},
	{text: "Qui pilote la fiche 3 dans le Rhône ?"},
	{text: "Quel temps fait-il à Metz ?"},
}

// benchAnswer keeps answers so that the compiler cannot drop the work.
var benchAnswer chat.Answer

// quietEngine is an engine option that discards the engine's logs, which
// would otherwise be mixed with the benchmark results.
func quietEngine() EngineOption { return WithEngineLogger(slog.New(slog.DiscardHandler)) }

// BenchmarkAsk answers questions of every kind with the index already
// built: the warm answer.
func BenchmarkAsk(b *testing.B) {
	ctx := context.Background()
	lib, err := corpus.LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	e, err := NewEngine(ctx, lib, quietEngine())
	if err != nil {
		b.Fatal(err)
	}
	convs := make([]chat.Conversation, len(benchQuestions))
	for i, q := range benchQuestions {
		if q.after != "" {
			_, convs[i] = e.Ask(ctx, q.after, chat.Conversation{})
		}
	}
	lat := newBenchLatencies()
	b.ReportAllocs()
	i := 0
	// b.Loop resets the timer on its first call: the setup above is not timed.
	for b.Loop() {
		k := i % len(benchQuestions)
		start := time.Now()
		benchAnswer, _ = e.Ask(ctx, benchQuestions[k].text, convs[k])
		lat.add(time.Since(start))
		i++
	}
	lat.report(b)
	reportBenchRSS(b)
}

// BenchmarkFirstAsk is the first question on a fresh clone: parse the
// shipped documents, build the index into an empty data directory, store
// it, and answer.
func BenchmarkFirstAsk(b *testing.B) {
	ctx := context.Background()
	base := b.TempDir()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		lib, err := corpus.LoadDefault()
		if err != nil {
			b.Fatal(err)
		}
		// A directory that does not exist yet, as on a fresh clone.
		e, err := NewEngine(ctx, lib, WithIndexDir(filepath.Join(base, strconv.Itoa(i))), quietEngine())
		if err != nil {
			b.Fatal(err)
		}
		benchAnswer, _ = e.Ask(ctx, "Qui pilote la fiche 12 ?", chat.Conversation{})
		i++
	}
	reportBenchRSS(b)
}

// BenchmarkWarmStartAsk is every later question of the command line: parse
// the shipped documents, load the index stored by an earlier run, and
// answer.
func BenchmarkWarmStartAsk(b *testing.B) {
	ctx := context.Background()
	dir := b.TempDir()
	lib, err := corpus.LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	if _, err := NewEngine(ctx, lib, WithIndexDir(dir), quietEngine()); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		lib, err := corpus.LoadDefault()
		if err != nil {
			b.Fatal(err)
		}
		e, err := NewEngine(ctx, lib, WithIndexDir(dir), quietEngine())
		if err != nil {
			b.Fatal(err)
		}
		if e.Index().Rebuilt {
			b.Fatal("the stored index was rebuilt instead of loaded")
		}
		benchAnswer, _ = e.Ask(ctx, "Qui pilote la fiche 12 ?", chat.Conversation{})
	}
	reportBenchRSS(b)
}

// benchLatencies samples the duration of single operations for
// percentiles. Its buffer is allocated before the timer starts so that
// -benchmem counts only the measured work.
type benchLatencies struct {
	d []time.Duration
	n int
}

func newBenchLatencies() *benchLatencies { return &benchLatencies{d: make([]time.Duration, 1<<16)} }

// add records one duration; past the buffer's size, older samples are
// overwritten in turn.
func (l *benchLatencies) add(d time.Duration) {
	l.d[l.n%len(l.d)] = d
	l.n++
}

// report adds the p50 and p99 of the samples, in milliseconds, to b's results.
func (l *benchLatencies) report(b *testing.B) {
	s := slices.Clone(l.d[:min(l.n, len(l.d))])
	if len(s) == 0 {
		return
	}
	slices.Sort(s)
	pct := func(p float64) float64 {
		return float64(s[int(p*float64(len(s)-1))]) / float64(time.Millisecond)
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}

// reportBenchRSS adds the process's resident set size and its peak, in MB,
// to b's results. They are for the whole test process, so they include
// what earlier benchmarks left behind.
func reportBenchRSS(b *testing.B) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return // not Linux: nothing to report
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Bytes()
		for _, m := range []struct{ key, unit string }{{"VmRSS:", "RSS-MB"}, {"VmHWM:", "peakRSS-MB"}} {
			rest, ok := bytes.CutPrefix(line, []byte(m.key))
			if !ok {
				continue
			}
			kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(string(rest)), " kB"), 64)
			if err == nil {
				b.ReportMetric(kb/1024, m.unit)
			}
		}
	}
}
