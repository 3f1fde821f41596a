package retrieval_test

import (
	"context"
	"runtime"
	"runtime/metrics"
	"testing"
	"time"

	"schemabot/retrieval"
)

// replicaDocs is about every département's schéma: 101 départements, one
// schéma each, of the size of the shipped ones.
const replicaDocs = 100

// BenchmarkReplica_100Docs measures what one replica of the bot holds when
// it serves every département: the in-memory index (chromem-go vectors and
// BM25) of 100 documents the size of the shipped ones (the two shipped
// schémas, 50 times each under other ids). It reports the build time, the
// live heap once built, the process's RSS, and the latency of searches
// (p50, p99); ns/op is one search. Run it alone for a clean RSS:
//
//	go test -run XXX -bench Replica_100Docs -benchtime 2000x ./retrieval
func BenchmarkReplica_100Docs(b *testing.B) {
	ctx := context.Background()
	lib, err := benchLib(replicaDocs / 2)
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	start := time.Now()
	ix, err := retrieval.Open(ctx, lib, retrieval.Options{})
	if err != nil {
		b.Fatal(err)
	}
	build := time.Since(start)
	benchIndex = ix
	runtime.GC()
	heap := liveHeap()

	queries := make([]retrieval.Query, len(benchSearchQueries))
	for i, q := range benchSearchQueries {
		queries[i] = retrieval.Query{Text: q.text, K: 10}
		if q.restrict {
			queries[i].Doc = lib.Docs[i%len(lib.Docs)].ID
		}
	}
	lat := newLatencies()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		t := time.Now()
		hits, err := ix.Search(ctx, queries[i%len(queries)])
		lat.add(time.Since(t))
		if err != nil {
			b.Fatal(err)
		}
		benchHits = hits
		i++
	}
	b.ReportMetric(float64(len(lib.Docs)), "docs")
	b.ReportMetric(float64(len(ix.Chunks())), "chunks")
	b.ReportMetric(build.Seconds(), "build-s")
	b.ReportMetric(float64(heap)/(1<<20), "heap-MB")
	lat.report(b)
	reportRSS(b)
}

// liveHeap returns the bytes of live heap objects, read after a GC.
func liveHeap() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}
