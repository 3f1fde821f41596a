package retrieval

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"math"
	"sort"
	"strings"

	"github.com/philippgille/chromem-go"

	"schemabot/corpus"
)

// Embedder turns text into a vector. Name identifies the model: an index
// remembers it and is rebuilt when it changes, so vectors of two embedders
// are never mixed.
type Embedder struct {
	Name string
	Func chromem.EmbeddingFunc
}

// HashDims is the size of the offline embedder's vectors.
const HashDims = 384

// HashEmbedder is the offline default: pure Go, deterministic, no model to
// download. A text becomes a bag of features hashed into HashDims
// dimensions with a sign (the "hashing trick"): each French stem (accent-
// folded, elision removed, stop words dropped) and each character trigram
// of each word, so that typos and missing accents still share most
// features. The vector is L2-normalised, so a dot product is a cosine.
func HashEmbedder() Embedder {
	return Embedder{
		Name: fmt.Sprintf("hash-stem-trigram-v1-%d-%s", HashDims, analysisFingerprint),
		Func: func(_ context.Context, text string) ([]float32, error) {
			return hashVector(text), nil
		},
	}
}

// analysisFingerprint changes whenever the French analysis the vectors are
// made from changes (its stop words, or analysisVersion when the analysis
// itself changes), so that an index built with the old analysis is rebuilt
// rather than silently mixed with new query vectors.
var analysisFingerprint = stopFingerprint(extraStop) + analysisVersion

// analysisVersion numbers changes of the analysis other than its stop
// words (number words read as numbers: "a"; feminine "-ée(s)" stemmed as
// "-é(s)": "b"; acronyms printed with dots read as one word: "c"; verbs'
// "-ent" stemmed as their infinitive: "d").
const analysisVersion = "d"

func stopFingerprint(stops map[string]bool) string {
	var words []string
	for w, stop := range stops {
		if stop {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	sum := sha256.Sum256([]byte(strings.Join(words, "\n")))
	return hex.EncodeToString(sum[:4])
}

func hashVector(text string) []float32 {
	v := make([]float32, HashDims)
	add := func(feature string, weight float32) {
		h := fnv.New64a()
		_, _ = h.Write([]byte(feature))
		x := h.Sum64()
		i := int(x % HashDims)
		if x>>63 == 1 {
			weight = -weight
		}
		v[i] += weight
	}
	for _, w := range Words(text) {
		if IsStop(w) {
			continue
		}
		add("s:"+Stem(w), 1)
		f := "#" + corpus.Fold(w) + "#"
		r := []rune(f)
		for i := 0; i+3 <= len(r); i++ {
			add("t:"+string(r[i:i+3]), 0.35)
		}
	}
	var norm float64
	for _, x := range v {
		norm += float64(x) * float64(x)
	}
	if norm == 0 {
		v[0] = 1 // chromem-go needs a non-zero vector; an empty text matches nothing in particular
		return v
	}
	n := float32(math.Sqrt(norm))
	for i := range v {
		v[i] /= n
	}
	return v
}

// OpenAIEmbedder embeds with an OpenAI-compatible endpoint (OpenAI,
// Mistral, the Albert API, vLLM) through chromem-go's provider.
func OpenAIEmbedder(baseURL, apiKey, model string) Embedder {
	normalized := false
	return Embedder{
		Name: "openai-compat:" + baseURL + ":" + model,
		Func: chromem.NewEmbeddingFuncOpenAICompat(baseURL, apiKey, model, &normalized),
	}
}

// OllamaEmbedder embeds with a local Ollama server through chromem-go's provider.
func OllamaEmbedder(baseURL, model string) Embedder {
	return Embedder{
		Name: "ollama:" + baseURL + ":" + model,
		Func: chromem.NewEmbeddingFuncOllama(model, baseURL),
	}
}
