package retrieval

import (
	"math"
	"sort"
)

// bm25 is an Okapi BM25 index over analysed terms. It is a few dozen lines
// on top of the French analysis, which is where the work is.
type bm25 struct {
	k1, b    float64
	postings map[string][]posting
	lengths  []int
	avgLen   float64
}

type posting struct {
	doc int
	tf  int
}

func newBM25(docs [][]string) *bm25 {
	ix := &bm25{k1: 1.2, b: 0.75, postings: map[string][]posting{}, lengths: make([]int, len(docs))}
	total := 0
	for i, terms := range docs {
		ix.lengths[i] = len(terms)
		total += len(terms)
		tf := map[string]int{}
		for _, t := range terms {
			tf[t]++
		}
		for t, n := range tf {
			ix.postings[t] = append(ix.postings[t], posting{doc: i, tf: n})
		}
	}
	if len(docs) > 0 {
		ix.avgLen = float64(total) / float64(len(docs))
	}
	return ix
}

// idf is BM25's inverse document frequency of a term.
func (ix *bm25) idf(term string) float64 {
	n := float64(len(ix.postings[term]))
	N := float64(len(ix.lengths))
	return math.Log(1 + (N-n+0.5)/(n+0.5))
}

type scored struct {
	doc   int
	score float64
}

// search scores the documents that contain any query term; allowed, when
// not nil, restricts the documents. It returns at most k, best first.
func (ix *bm25) search(query []string, k int, allowed func(int) bool) []scored {
	acc := map[int]float64{}
	seen := map[string]bool{}
	for _, t := range query {
		if seen[t] {
			continue
		}
		seen[t] = true
		idf := ix.idf(t)
		for _, p := range ix.postings[t] {
			if allowed != nil && !allowed(p.doc) {
				continue
			}
			tf := float64(p.tf)
			norm := ix.k1 * (1 - ix.b + ix.b*float64(ix.lengths[p.doc])/ix.avgLen)
			acc[p.doc] += idf * tf * (ix.k1 + 1) / (tf + norm)
		}
	}
	out := make([]scored, 0, len(acc))
	for d, s := range acc {
		out = append(out, scored{d, s})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].doc < out[j].doc
	})
	if len(out) > k {
		out = out[:k]
	}
	return out
}
