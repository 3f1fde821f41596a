package corpus_test

import (
	"context"
	"path/filepath"
	"testing"

	"schemabot/corpus"
)

// benchLib keeps the parsed library so that the compiler cannot drop the work.
var benchLib *corpus.Library

// BenchmarkParseShipped parses the two shipped schémas, what every
// command-line run does before answering.
func BenchmarkParseShipped(b *testing.B) {
	for b.Loop() {
		lib, err := corpus.LoadDefault()
		if err != nil {
			b.Fatal(err)
		}
		benchLib = lib
	}
}

// BenchmarkParseLayouts parses the test schémas of other départements,
// seventeen layouts.
func BenchmarkParseLayouts(b *testing.B) {
	dir := filepath.Join("testdata", "layouts")
	for b.Loop() {
		lib, err := corpus.LoadPath(context.Background(), dir)
		if err != nil {
			b.Fatal(err)
		}
		benchLib = lib
	}
}
