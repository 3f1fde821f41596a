//go:build unix

package corpus_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"schemabot/corpus"
)

// TestSpecialFilesRefused checks that only regular files are read: a FIFO
// named x.md hung forever and a symlink to /dev/zero ate memory until the
// runtime died.
func TestSpecialFilesRefused(t *testing.T) {
	tests := []struct {
		name string
		make func(t *testing.T, path string)
		want string
	}{
		{"fifo", func(t *testing.T, path string) {
			if err := syscall.Mkfifo(path, 0o600); err != nil {
				t.Skipf("mkfifo: %v", err)
			}
		}, "named pipe"},
		{"symlink to /dev/zero", func(t *testing.T, path string) {
			if _, err := os.Stat("/dev/zero"); err != nil {
				t.Skip("no /dev/zero")
			}
			if err := os.Symlink("/dev/zero", path); err != nil {
				t.Fatal(err)
			}
		}, "device"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "a.md"), []byte("# Schéma\n\nDu texte.\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, "x.md")
			tt.make(t, path)
			for _, target := range []string{dir, path} {
				done := make(chan error, 1)
				go func() {
					_, err := corpus.LoadPath(context.Background(), target)
					done <- err
				}()
				select {
				case err := <-done:
					if err == nil || !strings.Contains(err.Error(), "x.md") || !strings.Contains(err.Error(), tt.want) {
						t.Errorf("LoadPath(%s): err = %v, want one naming x.md as %s", target, err, tt.want)
					}
				case <-time.After(10 * time.Second):
					t.Fatalf("LoadPath(%s) still reading after 10s", target)
				}
			}
		})
	}
}

// TestOversizedFileRefused checks that a file over the limit gives one
// error naming it (the read itself is bounded too, by a LimitReader, for a
// file that grows after its size was checked).
func TestOversizedFileRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.md")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file over the limit: cheap to make, large to read.
	if err := f.Truncate(corpus.MaxDocumentBytes*4 + 1); err != nil {
		t.Fatal(err)
	}
	_ = f.Close()
	_, err = corpus.LoadFile(context.Background(), path)
	if err == nil || !strings.Contains(err.Error(), "big.md") || !strings.Contains(err.Error(), "MB") {
		t.Fatalf("err = %v, want one naming the file and the limit", err)
	}
}
