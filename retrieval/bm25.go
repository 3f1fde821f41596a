package retrieval

import (
	"container/heap"
	"math"
	"slices"
)

// bm25 is an Okapi BM25 index over analysed terms. It is a few dozen lines
// on top of the French analysis, which is where the work is.
type bm25 struct {
	k1, b    float64
	postings map[string][]posting
	lengths  []int
	norms    []float64 // k1·(1−b+b·length/avgLen), by document
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
	ix.norms = make([]float64, len(docs))
	for i, n := range ix.lengths {
		ix.norms[i] = ix.k1 * (1 - ix.b + ix.b*float64(n)/max(ix.avgLen, 1))
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
// not nil, restricts the documents. It returns at most k, best first
// (ties by document order).
func (ix *bm25) search(query []string, k int, allowed func(int) bool) []scored {
	acc := make([]float64, len(ix.lengths))
	var touched []int
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
			if acc[p.doc] == 0 {
				touched = append(touched, p.doc)
			}
			tf := float64(p.tf)
			acc[p.doc] += idf * tf * (ix.k1 + 1) / (tf + ix.norms[p.doc])
		}
	}
	// Keep the k best in a min-heap rather than sorting every match.
	top := &topK{}
	for _, d := range touched {
		s := scored{d, acc[d]}
		if top.Len() < k {
			heap.Push(top, s)
		} else if k > 0 && better(s, (*top)[0]) {
			(*top)[0] = s
			heap.Fix(top, 0)
		}
	}
	out := []scored(*top)
	slices.SortFunc(out, func(a, b scored) int {
		if better(a, b) {
			return -1
		}
		return 1
	})
	return out
}

// better orders search results: higher score first, then lower document.
func better(a, b scored) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return a.doc < b.doc
}

// topK is a min-heap of results, the worst on top.
type topK []scored

func (h topK) Len() int           { return len(h) }
func (h topK) Less(i, j int) bool { return better(h[j], h[i]) }
func (h topK) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *topK) Push(x any)        { *h = append(*h, x.(scored)) }
func (h *topK) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// Lexical is a plain BM25 index over texts with the same French analysis as
// the index: the "plain search engine" the bot is measured against.
type Lexical struct{ ix *bm25 }

// NewLexical indexes texts.
func NewLexical(texts []string) *Lexical {
	docs := make([][]string, len(texts))
	for i, t := range texts {
		docs[i] = Terms(t)
	}
	return &Lexical{ix: newBM25(docs)}
}

// Search returns the indices of the k best texts for query, best first.
func (l *Lexical) Search(query string, k int) []int {
	var out []int
	for _, s := range l.ix.search(Terms(Translate(query)), k, func(int) bool { return true }) {
		out = append(out, s.doc)
	}
	return out
}
