package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIndexFailsWhenItCannotStore checks that `index` exits non-zero with
// the reason when the index cannot be written (it said "Index reconstruit" and
// exited 0).
func TestIndexFailsWhenItCannotStore(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string)
		want  string
	}{
		{"index path is a file", func(t *testing.T, dir string) {
			if err := os.WriteFile(filepath.Join(dir, "index"), nil, 0o644); err != nil {
				t.Fatal(err)
			}
		}, "impossible d'enregistrer l'index"},
		{"stored index is ok", func(t *testing.T, dir string) {}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			tt.setup(t, dir)
			code, out, stderr := runCmd(t, nil, "index", "--data", dir)
			if tt.want == "" {
				if code != 0 || !strings.Contains(out, "Index reconstruit") {
					t.Fatalf("exit %d, out %q, stderr %q", code, out, stderr)
				}
				return
			}
			if code != 1 || strings.Contains(out, "Index reconstruit") || !strings.Contains(stderr, tt.want) || !strings.Contains(stderr, dir) {
				t.Fatalf("exit %d, out %q, stderr %q; want exit 1 and %q", code, out, stderr, tt.want)
			}
		})
	}
}
