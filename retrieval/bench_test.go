package retrieval_test

// Speed and memory benchmarks of the index. They measure and report; they
// assert nothing about time. Run them with, for example:
//
//	go test -run XXX -bench . -benchmem -benchtime 3x ./retrieval
//
// A plain `go test ./retrieval` does not run them.

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"schemabot/corpus"
	"schemabot/retrieval"
)

// benchCopies is how many times the 100× corpus replicates the shipped one.
const benchCopies = 100

// benchSearchQueries are varied queries, French and English, typos and
// missing accents included. restrict limits the search to the first
// document of the library.
var benchSearchQueries = []struct {
	text     string
	restrict bool
}{
	{text: "Qui pilote la fiche 12 ?"},
	{text: "accueil des mineurs non accompagnés"},
	{text: "When is the ODPE training commission supposed to be set up?"},
	{text: "recrutement et formation des assistants familiaux"},
	{text: "jeunes majeurs contrat d'accompagnement 18-21 ans", restrict: true},
	{text: "informations preoccupantes CRIP delai de traitement"},
	{text: "foster families support and disability"},
	{text: "prévention précoce PMI périnatalité"},
	{text: "protecion de l'enfence indicateurs de suivi"},
	{text: "Which fiches concern children's health?"},
}

// benchHits keeps search results so that the compiler cannot drop the work.
var benchHits []retrieval.Hit

// benchIndex keeps built indexes alive until the RSS is read.
var benchIndex *retrieval.Index

// benchLib parses the shipped documents, each copies times under distinct
// ids ("moselle-2019-2023-r007"); with copies == 1 the ids are unchanged.
func benchLib(copies int) (*corpus.Library, error) {
	fsys := corpus.Shipped()
	names, err := fs.Glob(fsys, "*.md")
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, errors.New("no shipped document")
	}
	sort.Strings(names)
	lib := &corpus.Library{}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		stem := strings.TrimSuffix(name, path.Ext(name))
		for r := range copies {
			id := stem
			if copies > 1 {
				id = fmt.Sprintf("%s-r%03d", stem, r)
			}
			doc, err := corpus.Parse(id, name, data)
			if err != nil {
				return nil, err
			}
			lib.Docs = append(lib.Docs, doc)
		}
	}
	return lib, nil
}

// The libraries are parsed once per process, outside any timer.
var (
	benchLib1   = sync.OnceValues(func() (*corpus.Library, error) { return benchLib(1) })
	benchLib100 = sync.OnceValues(func() (*corpus.Library, error) { return benchLib(benchCopies) })
)

// library returns the 1× or the 100× library.
func library(tb testing.TB, copies int) *corpus.Library {
	tb.Helper()
	load := benchLib1
	if copies == benchCopies {
		load = benchLib100
	}
	lib, err := load()
	if err != nil {
		tb.Fatalf("parse the %d× corpus: %v", copies, err)
	}
	return lib
}

func benchmarkOpen(b *testing.B, copies int) {
	ctx := context.Background()
	lib := library(b, copies)
	b.ReportAllocs()
	// b.Loop resets the timer on its first call: the parsing above is not timed.
	for b.Loop() {
		ix, err := retrieval.Open(ctx, lib, retrieval.Options{})
		if err != nil {
			b.Fatal(err)
		}
		benchIndex = ix
	}
	b.ReportMetric(float64(len(benchIndex.Chunks())), "chunks")
	reportRSS(b)
}

// BenchmarkOpen_1x builds the in-memory index of the two shipped documents.
func BenchmarkOpen_1x(b *testing.B) { benchmarkOpen(b, 1) }

// BenchmarkOpen_100x builds the in-memory index of a corpus 100 times larger.
func BenchmarkOpen_100x(b *testing.B) { benchmarkOpen(b, benchCopies) }

// BenchmarkOpen_Persisted_1x reopens an index stored in a data directory:
// the warm start, where the vectors are read instead of computed.
func BenchmarkOpen_Persisted_1x(b *testing.B) {
	ctx := context.Background()
	lib := library(b, 1)
	dir := b.TempDir()
	ix, err := retrieval.Open(ctx, lib, retrieval.Options{Dir: dir})
	if err != nil {
		b.Fatal(err)
	}
	if !ix.Rebuilt {
		b.Fatal("the first Open of an empty directory did not build the index")
	}
	b.ReportAllocs()
	for b.Loop() {
		ix, err := retrieval.Open(ctx, lib, retrieval.Options{Dir: dir})
		if err != nil {
			b.Fatal(err)
		}
		if ix.Rebuilt {
			b.Fatal("the stored index was rebuilt instead of loaded")
		}
		benchIndex = ix
	}
	reportRSS(b)
}

func benchmarkSearch(b *testing.B, copies int) {
	ctx := context.Background()
	lib := library(b, copies)
	ix, err := retrieval.Open(ctx, lib, retrieval.Options{})
	if err != nil {
		b.Fatal(err)
	}
	benchIndex = ix
	queries := make([]retrieval.Query, len(benchSearchQueries))
	for i, q := range benchSearchQueries {
		queries[i] = retrieval.Query{Text: q.text, K: 10}
		if q.restrict {
			queries[i].Doc = lib.Docs[0].ID
		}
	}
	lat := newLatencies()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		start := time.Now()
		hits, err := ix.Search(ctx, queries[i%len(queries)])
		lat.add(time.Since(start))
		if err != nil {
			b.Fatal(err)
		}
		benchHits = hits
		i++
	}
	lat.report(b)
	if copies > 1 {
		reportRecall(b, ix, lib, queries)
	}
	reportRSS(b)
}

// replicaSuffix is what benchLib adds to the ids of the copies.
var replicaSuffix = regexp.MustCompile(`-r\d{3}`)

// reportRecall adds the share of an exact search's top ten that the
// (partitioned) index ix also returns, to b's results. The copies of a
// chunk are interchangeable: they have the same text and score, so they
// are compared without their replica suffix.
func reportRecall(b *testing.B, ix *retrieval.Index, lib *corpus.Library, queries []retrieval.Query) {
	ctx := context.Background()
	exact, err := retrieval.Open(ctx, lib, retrieval.Options{Partitions: -1})
	if err != nil {
		b.Fatal(err)
	}
	var found, total int
	for _, q := range queries {
		q.Doc = "" // restricted queries name one replica; compare on all
		want, err1 := exact.Search(ctx, q)
		got, err2 := ix.Search(ctx, q)
		if err := errors.Join(err1, err2); err != nil {
			b.Fatal(err)
		}
		have := map[string]int{}
		for _, h := range got {
			have[replicaSuffix.ReplaceAllString(h.Chunk.ID, "")]++
		}
		for _, h := range want {
			total++
			if id := replicaSuffix.ReplaceAllString(h.Chunk.ID, ""); have[id] > 0 {
				have[id]--
				found++
			}
		}
	}
	b.ReportMetric(float64(found)/float64(total), "recall@10")
}

// BenchmarkSearch_1x runs varied queries against the shipped documents.
func BenchmarkSearch_1x(b *testing.B) { benchmarkSearch(b, 1) }

// BenchmarkSearch_100x runs the same queries against a corpus 100 times larger.
func BenchmarkSearch_100x(b *testing.B) { benchmarkSearch(b, benchCopies) }

// latencies samples the duration of single operations for percentiles. Its
// buffer is allocated before the timer starts so that -benchmem counts
// only the measured work.
type latencies struct {
	d []time.Duration
	n int
}

func newLatencies() *latencies { return &latencies{d: make([]time.Duration, 1<<16)} }

// add records one duration; past the buffer's size, older samples are
// overwritten in turn.
func (l *latencies) add(d time.Duration) {
	l.d[l.n%len(l.d)] = d
	l.n++
}

// report adds the p50 and p99 of the samples, in milliseconds, to b's results.
func (l *latencies) report(b *testing.B) {
	s := slices.Clone(l.d[:min(l.n, len(l.d))])
	if len(s) == 0 {
		return
	}
	slices.Sort(s)
	pct := func(p float64) float64 {
		i := int(p * float64(len(s)-1))
		return float64(s[i]) / float64(time.Millisecond)
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}

// reportRSS adds the process's resident set size and its peak, in MB, to
// b's results. They are for the whole test process, so they include what
// earlier benchmarks left behind.
func reportRSS(b *testing.B) {
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
