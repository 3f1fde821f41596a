package retrieval

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

const childDataEnv = "SCHEMABOT_RETRIEVAL_TEST_CHILD_DIR"

// TestOpenIndexChild is one process of TestConcurrentProcessesShareOneBuild:
// it opens the index and prints whether it built it.
func TestOpenIndexChild(t *testing.T) {
	dir := os.Getenv(childDataEnv)
	if dir == "" {
		t.Skip("run by TestConcurrentProcessesShareOneBuild")
	}
	ix, err := Open(context.Background(), shipped(t), Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.StoreError(); err != nil {
		t.Fatal(err)
	}
	hits, err := ix.Search(context.Background(), Query{Text: "qui pilote la fiche 12", K: 3})
	if err != nil || len(hits) == 0 {
		t.Fatalf("search on the loaded index: %v, %v", hits, err)
	}
	fmt.Printf("CHILD rebuilt=%v\n", ix.Rebuilt)
}

// TestConcurrentProcessesShareOneBuild starts several processes at once on
// a fresh data directory, as 8 `ask` started together do: they used to
// write the same .tmp file, corrupting the stored index and warning about a
// vanished .tmp. Now one builds, the others wait and load its index, and no
// temporary file remains.
func TestConcurrentProcessesShareOneBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	const procs = 8
	dir := t.TempDir()
	var wg sync.WaitGroup
	outs := make([]string, procs)
	errs := make([]error, procs)
	for p := range procs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.Command(os.Args[0], "-test.run=^TestOpenIndexChild$", "-test.count=1", "-test.v")
			cmd.Env = append(os.Environ(), childDataEnv+"="+dir)
			out, err := cmd.CombinedOutput()
			outs[p], errs[p] = string(out), err
		}()
	}
	wg.Wait()
	built := 0
	for p := range procs {
		if errs[p] != nil || !strings.Contains(outs[p], "CHILD rebuilt=") {
			t.Errorf("process %d: %v\n%s", p, errs[p], outs[p])
		}
		if strings.Contains(outs[p], "CHILD rebuilt=true") {
			built++
		}
		if strings.Contains(outs[p], "could not store") || strings.Contains(outs[p], ".tmp") {
			t.Errorf("process %d warned:\n%s", p, outs[p])
		}
	}
	if built != 1 {
		t.Errorf("%d processes built the index, want 1", built)
	}
	entries, err := os.ReadDir(indexDir(dir))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
	ix, err := Open(context.Background(), shipped(t), Options{Dir: dir})
	if err != nil || ix.Rebuilt {
		t.Fatalf("after the race the stored index must load: rebuilt %v, err %v", ix != nil && ix.Rebuilt, err)
	}
}

// TestStoreErrorIsReported checks that an index that cannot be stored says
// so (`index` printed "Index rebuilt" and exited 0).
func TestStoreErrorIsReported(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string)
	}{
		{"index is a file", func(t *testing.T, dir string) {
			if err := os.WriteFile(filepath.Join(dir, "index"), []byte("x"), 0o644); err != nil {
				t.Fatal(err)
			}
		}},
		{"meta.json cannot be replaced", func(t *testing.T, dir string) {
			// A non-empty directory where meta.json goes: removing and
			// renaming over it both fail, as on a damaged file system.
			if err := os.MkdirAll(filepath.Join(dir, "index", "meta.json", "x"), 0o755); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			tt.setup(t, dir)
			ix, err := Open(context.Background(), shipped(t), Options{Dir: dir, Force: true})
			if err != nil {
				t.Fatal(err) // the index still works in memory
			}
			if ix.StoreError() == nil {
				t.Fatal("StoreError() = nil for an index that could not be stored")
			}
			entries, _ := os.ReadDir(indexDir(dir))
			for _, e := range entries {
				if strings.HasSuffix(e.Name(), ".tmp") {
					t.Errorf("temporary file left: %s", e.Name())
				}
			}
		})
	}
}
