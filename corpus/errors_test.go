package corpus_test

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"schemabot/corpus"
)

// Every load error is a *corpus.FileError naming the file and saying the
// problem, so that a front end can explain it in its user's language; its
// cause stays reachable.
func TestFileErrorProblems(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	write := func(name, text string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	same := t.TempDir()
	for _, n := range []string{"isere.md", "isere.txt"} {
		if err := os.WriteFile(filepath.Join(same, n), []byte("Schéma 2020-2024\n\nTexte.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name    string
		load    func() error
		problem corpus.Problem
		check   func(e *corpus.FileError) bool
	}{
		{"missing", func() error { _, err := corpus.LoadPath(ctx, filepath.Join(dir, "nowhere")); return err }, corpus.ProblemUnreadable,
			func(e *corpus.FileError) bool {
				return errors.Is(e, fs.ErrNotExist) && strings.HasSuffix(e.Path, "nowhere")
			}},
		{"no document", func() error { _, err := corpus.LoadPath(ctx, t.TempDir()); return err }, corpus.ProblemNoDocument,
			func(e *corpus.FileError) bool { return e.Value == ".md .txt .pdf .csv .docx .odt .html" }},
		{"no document in an FS", func() error { _, err := corpus.LoadFS(fstest.MapFS{"a.docx": {}}, "."); return err }, corpus.ProblemNoDocument,
			func(e *corpus.FileError) bool { return e.Value == ".md .txt" }},
		{"type", func() error { _, err := corpus.LoadPath(ctx, write("a.rtf", "x")); return err }, corpus.ProblemUnsupportedType,
			func(e *corpus.FileError) bool { return e.Value == ".rtf" }},
		{"duplicate id", func() error { _, err := corpus.LoadPath(ctx, same); return err }, corpus.ProblemDuplicateID,
			func(e *corpus.FileError) bool { return e.Value == "isere" }},
		{"directory as a file", func() error { _, err := corpus.LoadFile(ctx, dir); return err }, corpus.ProblemNotRegular,
			func(e *corpus.FileError) bool { return e.Value == "directory" }},
		{"empty", func() error { _, err := corpus.LoadFile(ctx, write("vide.md", " \n")); return err }, corpus.ProblemEmpty, nil},
		{"binary", func() error { _, err := corpus.LoadFile(ctx, write("bin.md", "ab\x00")); return err }, corpus.ProblemBinary,
			func(e *corpus.FileError) bool { return e.Offset == 2 }},
		{"not UTF-8", func() error { _, err := corpus.LoadFile(ctx, write("l1.txt", "a\nb\x81\n")); return err }, corpus.ProblemNotUTF8,
			func(e *corpus.FileError) bool { return e.Line == 2 && e.Offset == 3 }},
		{"too large", func() error {
			_, err := corpus.Parse("big", "big.md", []byte(strings.Repeat("a", corpus.MaxDocumentBytes+1)))
			return err
		}, corpus.ProblemTooLarge, func(e *corpus.FileError) bool {
			return e.Size == corpus.MaxDocumentBytes+1 && e.Limit == corpus.MaxDocumentBytes
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.load()
			var fe *corpus.FileError
			if !errors.As(err, &fe) {
				t.Fatalf("err = %v (%T), want a *corpus.FileError", err, err)
			}
			if fe.Problem != tt.problem || fe.Path == "" || !strings.Contains(err.Error(), filepath.Base(fe.Path)) {
				t.Errorf("problem %d, path %q, message %q; want problem %d", fe.Problem, fe.Path, err, tt.problem)
			}
			if tt.check != nil && !tt.check(fe) {
				t.Errorf("fields %+v", fe)
			}
		})
	}
}
