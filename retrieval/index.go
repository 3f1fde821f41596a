package retrieval

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/philippgille/chromem-go"

	"schemabot/corpus"
)

// indexVersion changes when the chunking or the stored format changes, so
// that old indexes are rebuilt.
const indexVersion = "4"

const collectionName = "chunks"

// Index is the searchable form of a library: its chunks, a BM25 index and
// a chromem-go vector collection.
type Index struct {
	chunks []Chunk
	byID   map[string]int
	lex    *bm25
	vec    *vectors
	emb    Embedder
	vocab  map[string][]string // index terms by their first two letters, for Correct
	// Rebuilt tells whether Open had to (re)build the vectors.
	Rebuilt bool
	// storeErr is why a rebuilt index could not be stored, if it could not.
	storeErr error
}

// StoreError returns why Open could not store the index it built in
// Options.Dir (a read-only directory, a full disk), or nil. The index
// still works in memory; the next run builds it again.
func (ix *Index) StoreError() error { return ix.storeErr }

// Options configure Open.
type Options struct {
	// Dir is where the index is kept between runs; "" keeps it in memory.
	Dir string
	// Embedder makes the vectors; the zero value means HashEmbedder().
	Embedder Embedder
	// Progress, when set, is told how many chunks are embedded so far.
	Progress func(done, total int)
	// Force rebuilds the vectors even when the stored ones are current.
	Force bool
	// Partitions is how many groups the vectors are split into, each
	// searched only when its centroid is near the query: 0 chooses (one
	// exact collection below 10 000 chunks, about one partition per
	// 1 024 chunks above), a negative value never partitions.
	Partitions int
	Logger     *slog.Logger
}

type meta struct {
	Version     string `json:"version"`
	Embedder    string `json:"embedder"`
	ContentHash string `json:"content_hash"`
	Chunks      int    `json:"chunks"`
	Partitions  int    `json:"partitions"` // as asked: empty groups are dropped
}

// Open returns the index of lib. With a directory, it loads the stored
// vectors when they were made from the same content by the same embedder,
// and otherwise rebuilds and stores them.
func Open(ctx context.Context, lib *corpus.Library, opts Options) (*Index, error) {
	if opts.Embedder.Func == nil {
		opts.Embedder = HashEmbedder()
	}
	log := opts.Logger
	if log == nil {
		log = slog.Default()
	}
	chunks := Chunks(lib)
	if len(chunks) == 0 {
		return nil, errors.New("the documents hold no text to index")
	}
	ix := &Index{chunks: chunks, byID: make(map[string]int, len(chunks)), emb: opts.Embedder}
	terms := make([][]string, len(chunks))
	for i := range chunks {
		ix.byID[chunks[i].ID] = i
		terms[i] = Terms(chunks[i].Context + "\n" + chunks[i].Text)
	}
	ix.lex = newBM25(terms)
	ix.vocab = map[string][]string{}
	for t := range ix.lex.postings {
		if r := []rune(t); len(r) >= 3 && !isNumber(t) {
			ix.vocab[string(r[:2])] = append(ix.vocab[string(r[:2])], t)
		}
	}
	want := meta{Version: indexVersion, Embedder: opts.Embedder.Name, ContentHash: contentHash(chunks),
		Chunks: len(chunks), Partitions: partitionCount(len(chunks), opts.Partitions)}

	var unlock func()
	if opts.Dir != "" {
		if !opts.Force {
			vec, err := loadShared(ctx, opts.Dir, want, opts.Embedder)
			if err == nil {
				ix.vec = vec
				return ix, nil
			}
			if !errors.Is(err, os.ErrNotExist) {
				log.Info("rebuilding the index", "reason", err)
			}
		}
		// One process builds at a time: the others wait, then load what it
		// stored instead of building it again.
		var err error
		unlock, err = lockIndex(ctx, opts.Dir, true)
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			ix.storeErr = err
		} else {
			defer unlock()
			if !opts.Force {
				if vec, err := load(opts.Dir, want, opts.Embedder); err == nil {
					ix.vec = vec
					return ix, nil
				}
			}
		}
	}
	docs := make([]chromem.Document, 0, len(chunks))
	for i, c := range chunks {
		emb, err := opts.Embedder.Func(ctx, c.Context+"\n"+c.Text)
		if err != nil {
			return nil, fmt.Errorf("embed chunk %s with %s: %w", c.ID, opts.Embedder.Name, err)
		}
		docs = append(docs, chromem.Document{ID: c.ID, Embedding: emb, Content: c.Text,
			Metadata: map[string]string{"doc": c.Doc, "fiche": c.Fiche, "field": c.Field}})
		if opts.Progress != nil && ((i+1)%64 == 0 || i+1 == len(chunks)) {
			opts.Progress(i+1, len(chunks))
		}
	}
	db := chromem.NewDB()
	vec, err := addVectors(ctx, db, opts.Embedder, docs, want.Partitions)
	if err != nil {
		return nil, err
	}
	ix.vec = vec
	ix.Rebuilt = true
	if opts.Dir != "" && unlock != nil {
		ix.storeErr = store(opts.Dir, db, want)
	}
	if ix.storeErr != nil {
		// The index still works in memory; the next run rebuilds it.
		log.Warn("could not store the index", "dir", opts.Dir, "err", ix.storeErr)
	}
	return ix, nil
}

func contentHash(chunks []Chunk) string {
	h := sha256.New()
	for _, c := range chunks {
		_, _ = io.WriteString(h, c.ID+"\x00"+c.Context+"\x00"+c.Text+"\x00")
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Chunks returns every chunk of the index.
func (ix *Index) Chunks() []Chunk { return ix.chunks }

// Embedder returns the name of the embedder that made the vectors.
func (ix *Index) Embedder() string { return ix.emb.Name }

// Hit is a search result.
type Hit struct {
	Chunk   *Chunk
	Score   float64 // fused score, higher is better
	Lexical float64 // BM25 score, 0 when the chunk shares no term with the query
	Vector  float32 // cosine similarity, 0 when not among the vector results
}

// Query is a search request.
type Query struct {
	Text   string
	Doc    string            // restrict to one document when set
	Filter func(*Chunk) bool // further restriction, optional
	K      int               // results wanted (default 10)
	// Lexical is how many of the best BM25 hits the results keep even
	// when fusion ranks them lower: a chunk that alone holds the rarest
	// word asked ("cabinet") is a candidate, whatever the vectors say.
	Lexical int
}

// rrfK is the constant of reciprocal rank fusion.
const rrfK = 60

// Search ranks chunks for a query by fusing the BM25 ranking with the
// vector ranking (reciprocal rank fusion). English words of the query are
// also searched as their French equivalents.
func (ix *Index) Search(ctx context.Context, q Query) ([]Hit, error) {
	if q.K <= 0 {
		q.K = 10
	}
	text := Translate(q.Text)
	allowed := func(i int) bool {
		c := &ix.chunks[i]
		return (q.Doc == "" || c.Doc == q.Doc) && (q.Filter == nil || q.Filter(c))
	}
	depth := max(q.K*4, 40)
	lex := ix.lex.search(Terms(text), depth, allowed)
	hits := map[int]*Hit{}
	for rank, s := range lex {
		hits[s.doc] = &Hit{Chunk: &ix.chunks[s.doc], Lexical: s.score, Score: 1 / float64(rrfK+rank+1)}
	}
	vec, err := ix.emb.Func(ctx, text)
	if err != nil {
		return nil, fmt.Errorf("embed query: %w", err)
	}
	var where map[string]string
	if q.Doc != "" {
		where = map[string]string{"doc": q.Doc}
	}
	res, err := ix.vec.query(ctx, vec, depth, where)
	if err != nil {
		return nil, fmt.Errorf("vector search: %w", err)
	}
	rank := 0
	for _, r := range res {
		i, ok := ix.byID[r.ID]
		if !ok || !allowed(i) {
			continue
		}
		h := hits[i]
		if h == nil {
			h = &Hit{Chunk: &ix.chunks[i]}
			hits[i] = h
		}
		h.Vector = r.Similarity
		h.Score += 1 / float64(rrfK+rank+1)
		rank++
	}
	out := make([]Hit, 0, len(hits))
	for _, h := range hits {
		out = append(out, *h)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].Chunk.ID < out[j].Chunk.ID
	})
	if len(out) > q.K {
		kept := map[*Chunk]bool{}
		for _, h := range out[:q.K] {
			kept[h.Chunk] = true
		}
		extra := out[q.K:]
		out = out[:q.K:q.K]
		for _, s := range lex[:min(q.Lexical, len(lex))] {
			if c := &ix.chunks[s.doc]; !kept[c] {
				for _, h := range extra {
					if h.Chunk == c {
						out = append(out, h)
						break
					}
				}
			}
		}
	}
	return out, nil
}

// TermIDF returns the BM25 inverse document frequency of an analysed term,
// a measure of how rare (and so how telling) it is in the documents.
func (ix *Index) TermIDF(term string) float64 { return ix.lex.idf(term) }

// TermChunks returns how many chunks contain the analysed term.
func (ix *Index) TermChunks(term string) int { return len(ix.lex.postings[term]) }

// ChunksWithAll returns how many chunks contain every one of the analysed
// terms (not necessarily side by side).
func (ix *Index) ChunksWithAll(terms []string) int {
	if len(terms) == 0 {
		return 0
	}
	in := map[int]int{}
	for _, t := range terms {
		seen := map[int]bool{}
		for _, p := range ix.lex.postings[t] {
			if !seen[p.doc] {
				seen[p.doc] = true
				in[p.doc]++
			}
		}
	}
	n := 0
	for _, c := range in {
		if c == len(terms) {
			n++
		}
	}
	return n
}

// HasTerm reports whether any chunk contains the analysed term.
func (ix *Index) HasTerm(term string) bool { return len(ix.lex.postings[term]) > 0 }

// Correct returns the index term closest to an unknown analysed term
// (one edit away, two for long terms), so that a typo still finds its
// word; ok is false when none is close.
func (ix *Index) Correct(term string) (string, bool) {
	if ix.HasTerm(term) {
		return term, true
	}
	r := []rune(term)
	if len(r) < 4 {
		return "", false
	}
	maxDist := typoEdits(r)
	best, bestDist := "", maxDist+1
	for _, cand := range ix.vocab[string(r[:2])] {
		if d := editDistance(r, []rune(cand), maxDist); d < bestDist || d == bestDist && cand < best {
			best, bestDist = cand, d
		}
	}
	return best, best != ""
}

// Completions returns the index terms an unknown short term begins,
// most used first, at most limit of them: chat shortens words ("prév",
// "conj", "diag", "régul") where a typo would change a letter, and a
// shortened word may stand for any of the words it begins.
func (ix *Index) Completions(term string, limit int) []string {
	r := []rune(term)
	if len(r) < 3 || ix.HasTerm(term) {
		return nil
	}
	var out []string
	for _, cand := range ix.vocab[string(r[:2])] {
		if len(cand) > len(term) && strings.HasPrefix(cand, term) {
			out = append(out, cand)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		ni, nj := len(ix.lex.postings[out[i]]), len(ix.lex.postings[out[j]])
		return ni > nj || ni == nj && out[i] < out[j]
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

// derivations are the endings, as the stemmer leaves them, that derive a
// French word from another of its family: "décrocheur" and "décrochage"
// are "decrocheur" and "decrochag", both "decroch" and a derivation.
var derivations = []string{"euse", "eur", "ag", "it", "ion", "is", "if", "iv", "al", "ier"}

// familyRoot returns term without its derivation endings, one after the
// other, as long as five letters stay.
func familyRoot(term string) string {
	for {
		cut := false
		for _, d := range derivations {
			if b, ok := strings.CutSuffix(term, d); ok && utf8.RuneCountInString(b) >= 5 {
				term, cut = b, true
				break
			}
		}
		if !cut {
			return term
		}
	}
}

// Family returns the index terms of an unknown term's word family, most
// used first, at most limit of them: the words the documents use that
// share its root once derivation endings are taken off, term itself
// left out. A question says "les élèves décrocheurs" where the schéma
// says "le décrochage scolaire"; a typo is Correct's, not a family's.
func (ix *Index) Family(term string, limit int) []string {
	root := familyRoot(term)
	if root == term && utf8.RuneCountInString(term) < 6 {
		return nil
	}
	r := []rune(root)
	var out []string
	for _, cand := range ix.vocab[string(r[:2])] {
		if cand != term && strings.HasPrefix(cand, root) && familyRoot(cand) == root {
			out = append(out, cand)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		ni, nj := len(ix.lex.postings[out[i]]), len(ix.lex.postings[out[j]])
		return ni > nj || ni == nj && out[i] < out[j]
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

// typoEdits is how many edits a typo of a word of r's length makes at
// most: one, two for long words.
func typoEdits(r []rune) int {
	if len(r) >= 8 {
		return 2
	}
	return 1
}

// IsTypoOf reports whether word is a typo of target: another word, at
// most typoEdits away ("calendirer", "indicatuers", "partenairs").
// TypoDistance returns the number of edits between word and target, and
// whether that few edits make word a typo of target (IsTypoOf): of
// several words a typo may be of, the nearest is meant.
func TypoDistance(word, target string) (int, bool) {
	a, b := []rune(word), []rune(target)
	if len(a) < 4 || word == target {
		return 0, false
	}
	limit := typoEdits(b)
	d := editDistance(a, b, limit)
	return d, d <= limit
}

func IsTypoOf(word, target string) bool {
	a, b := []rune(word), []rune(target)
	if len(a) < 4 || word == target {
		return false
	}
	limit := typoEdits(b)
	return editDistance(a, b, limit) <= limit
}

// editDistance is the optimal string alignment distance of a and b (the
// Levenshtein distance where swapping two neighbouring letters is one
// edit: "acceuil" is one typo from "accueil"), or limit+1 when it is
// larger than limit.
func editDistance(a, b []rune, limit int) int {
	if abs(len(a)-len(b)) > limit {
		return limit + 1
	}
	before := make([]int, len(b)+1) // the row before prev
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], before[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		before, prev, cur = prev, cur, before
	}
	return prev[len(b)]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
