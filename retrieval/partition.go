package retrieval

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"sort"
	"strconv"
	"sync"

	"github.com/philippgille/chromem-go"
)

// A large index is partitioned (an "inverted file" of vectors): the
// vectors are grouped around centroids by k-means, each group is its own
// chromem-go collection, and the centroids are one more collection. A
// query first ranks the centroids, then scans only the groups of the
// nearest ones. chromem-go scans every vector of a collection, so on
// tens of thousands of chunks this is what keeps a search within tens
// of milliseconds. Small indexes, such as the shipped documents, stay one
// collection and are searched exactly.

const (
	// partitionAbove is the number of chunks from which Open partitions
	// the vectors when Options.Partitions is 0.
	partitionAbove = 10000
	// chunksPerPartition sets how many partitions an automatic index has.
	chunksPerPartition = 1024
	centroidCollection = "centroids"
	kmeansIterations   = 8
	// kmeansSample is how many vectors per centroid train the k-means.
	kmeansSample = 64
)

// partitionCount returns how many partitions n chunks get, 0 meaning one
// unpartitioned collection.
func partitionCount(n, requested int) int {
	switch {
	case requested < 0:
		return 0
	case requested > 0:
		return min(requested, n)
	case n < partitionAbove:
		return 0
	default:
		return (n + chunksPerPartition - 1) / chunksPerPartition
	}
}

// probeCount is how many partitions a query scans at least: a fifth of
// them, and never fewer than four. On the 100× benchmark corpus this
// finds the same top ten as an exact search (BENCHMARKS.md).
func probeCount(partitions int) int {
	return min(partitions, max(4, (partitions+4)/5))
}

func partitionName(i int) string { return fmt.Sprintf("%s-%03d", collectionName, i) }

// kmeans groups unit vectors around k unit centroids (spherical k-means,
// seeded with k-means++ from a fixed seed, so that a rebuild of the same
// content gives the same partitions). It trains on an evenly spread sample
// and returns the centroids and the group of every vector.
func kmeans(vecs [][]float32, k int) (centroids [][]float32, assign []int) {
	if k <= 0 || len(vecs) == 0 {
		return nil, nil
	}
	sample := vecs
	if limit := k * kmeansSample; len(vecs) > limit {
		sample = make([][]float32, 0, limit)
		for i := range limit {
			sample = append(sample, vecs[i*len(vecs)/limit])
		}
	}
	centroids = seedCentroids(sample, k)
	for range kmeansIterations {
		groups := nearest(sample, centroids)
		dims := len(centroids[0])
		sums := make([][]float32, len(centroids))
		for c := range sums {
			sums[c] = make([]float32, dims)
		}
		for i, g := range groups {
			for d, x := range sample[i] {
				sums[g][d] += x
			}
		}
		for c, s := range sums {
			if normalize(s) {
				centroids[c] = s
			} // an empty group keeps its centroid
		}
	}
	return centroids, nearest(vecs, centroids)
}

// seedCentroids picks k starting centroids with k-means++: each next one
// is drawn with a probability growing with its distance to those picked.
func seedCentroids(vecs [][]float32, k int) [][]float32 {
	rng := rand.New(rand.NewPCG(1, 2))
	out := [][]float32{clone(vecs[rng.IntN(len(vecs))])}
	dist := make([]float64, len(vecs))
	for i := range dist {
		dist[i] = math.Inf(1)
	}
	for len(out) < k {
		last := out[len(out)-1]
		var total float64
		for i, v := range vecs {
			d := 1 - float64(dot(v, last)) // cosine distance of unit vectors
			dist[i] = max(0, min(dist[i], d))
			total += dist[i]
		}
		if total == 0 {
			// Fewer distinct vectors than k: the others would be copies.
			break
		}
		r := rng.Float64() * total
		pick := len(vecs) - 1
		for i, d := range dist {
			if r -= d; r <= 0 && d > 0 {
				pick = i
				break
			}
		}
		out = append(out, clone(vecs[pick]))
	}
	return out
}

// nearest returns the index of the centroid closest to each vector, using
// every processor.
func nearest(vecs, centroids [][]float32) []int {
	out := make([]int, len(vecs))
	workers := max(1, min(runtime.GOMAXPROCS(0), len(vecs)/256))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				best, bestSim := 0, float32(math.Inf(-1))
				for c, cv := range centroids {
					if s := dot(vecs[i], cv); s > bestSim {
						best, bestSim = c, s
					}
				}
				out[i] = best
			}
		}(w*len(vecs)/workers, (w+1)*len(vecs)/workers)
	}
	wg.Wait()
	return out
}

func dot(a, b []float32) float32 {
	var s float32
	b = b[:len(a)]
	for i, x := range a {
		s += x * b[i]
	}
	return s
}

// normalize scales v to unit length in place; it reports false for a zero vector.
func normalize(v []float32) bool {
	var n float64
	for _, x := range v {
		n += float64(x) * float64(x)
	}
	if n == 0 {
		return false
	}
	inv := float32(1 / math.Sqrt(n))
	for i := range v {
		v[i] *= inv
	}
	return true
}

func clone(v []float32) []float32 { return append([]float32(nil), v...) }

// vectors is where an index's vectors live: one collection, or partitions
// with their centroids.
type vectors struct {
	cols      []*chromem.Collection
	centroids *chromem.Collection // nil when not partitioned
	probe     int
}

func (v *vectors) count() int {
	n := 0
	for _, c := range v.cols {
		n += c.Count()
	}
	return n
}

// addVectors stores docs (with their embeddings) in db, partitioned into k
// groups when k > 0.
func addVectors(ctx context.Context, db *chromem.DB, emb Embedder, docs []chromem.Document, k int) (*vectors, error) {
	meta := map[string]string{"embedder": emb.Name}
	if k == 0 {
		col, err := db.CreateCollection(collectionName, meta, emb.Func)
		if err != nil {
			return nil, fmt.Errorf("create collection: %w", err)
		}
		if err := col.AddDocuments(ctx, docs, 1); err != nil {
			return nil, fmt.Errorf("add chunks: %w", err)
		}
		return &vectors{cols: []*chromem.Collection{col}}, nil
	}
	vecs := make([][]float32, len(docs))
	for i := range docs {
		vecs[i] = docs[i].Embedding
		if !normalize(vecs[i]) {
			vecs[i][0] = 1
		}
	}
	centroids, assign := kmeans(vecs, k)
	groups := make([][]chromem.Document, len(centroids))
	for i, g := range assign {
		groups[g] = append(groups[g], docs[i])
	}
	v := &vectors{}
	cdocs := make([]chromem.Document, 0, len(groups))
	for g, members := range groups {
		if len(members) == 0 {
			continue
		}
		name := partitionName(len(v.cols))
		col, err := db.CreateCollection(name, meta, emb.Func)
		if err != nil {
			return nil, fmt.Errorf("create collection: %w", err)
		}
		if err := col.AddDocuments(ctx, members, 1); err != nil {
			return nil, fmt.Errorf("add chunks: %w", err)
		}
		cdocs = append(cdocs, chromem.Document{ID: strconv.Itoa(len(v.cols)), Embedding: centroids[g], Content: name})
		v.cols = append(v.cols, col)
	}
	col, err := db.CreateCollection(centroidCollection, meta, emb.Func)
	if err != nil {
		return nil, fmt.Errorf("create collection: %w", err)
	}
	if err := col.AddDocuments(ctx, cdocs, 1); err != nil {
		return nil, fmt.Errorf("add centroids: %w", err)
	}
	v.centroids = col
	v.probe = probeCount(len(v.cols))
	return v, nil
}

// loadVectors finds the collections of a stored index.
func loadVectors(db *chromem.DB, emb Embedder, partitioned bool) (*vectors, error) {
	if !partitioned {
		col := db.GetCollection(collectionName, emb.Func)
		if col == nil {
			return nil, fmt.Errorf("no %q collection", collectionName)
		}
		return &vectors{cols: []*chromem.Collection{col}}, nil
	}
	v := &vectors{centroids: db.GetCollection(centroidCollection, emb.Func)}
	if v.centroids == nil {
		return nil, errors.New("no stored centroids")
	}
	partitions := v.centroids.Count()
	for i := range partitions {
		col := db.GetCollection(partitionName(i), emb.Func)
		if col == nil {
			return nil, fmt.Errorf("partition %d is missing", i)
		}
		v.cols = append(v.cols, col)
	}
	v.probe = probeCount(partitions)
	return v, nil
}

// query returns the n chunks most similar to vec (restricted by where),
// best first. A partitioned index scans the partitions of the nearest
// centroids: at least probe of them, and more until n chunks are found.
func (v *vectors) query(ctx context.Context, vec []float32, n int, where map[string]string) ([]chromem.Result, error) {
	if v.centroids == nil {
		col := v.cols[0]
		return col.QueryEmbedding(ctx, vec, min(n, col.Count()), where, nil)
	}
	order, err := v.centroids.QueryEmbedding(ctx, vec, v.centroids.Count(), nil, nil)
	if err != nil {
		return nil, fmt.Errorf("rank partitions: %w", err)
	}
	var res []chromem.Result
	for probed, c := range order {
		if probed >= v.probe && len(res) >= n {
			break
		}
		i, err := strconv.Atoi(c.ID)
		if err != nil || i < 0 || i >= len(v.cols) {
			return nil, fmt.Errorf("unknown partition %q", c.ID)
		}
		col := v.cols[i]
		r, err := col.QueryEmbedding(ctx, vec, min(n, col.Count()), where, nil)
		if err != nil {
			return nil, err
		}
		res = append(res, r...)
	}
	sort.Slice(res, func(i, j int) bool {
		if res[i].Similarity != res[j].Similarity {
			return res[i].Similarity > res[j].Similarity
		}
		return res[i].ID < res[j].ID
	})
	return res[:min(n, len(res))], nil
}
