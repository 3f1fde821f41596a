package main

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPlanningCommand(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	file := filepath.Join(dir, "planning.png")
	code, out, stderr := runCalendarCmd(t, nil, "planning", "--png", file, "--today", "2023-05-10")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	// Moselle has no calendar: the chart is Isère's 32 fiches.
	if want := "Planning écrit dans " + file + " : 32 fiches, 90 échéances datées.\n"; out != want {
		t.Errorf("stdout %q, want %q", out, want)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	// A4 landscape width at 150 dpi; taller than A4 for 32 rows.
	if b := img.Bounds(); b.Dx() < 1700 || b.Dy() < 1200 {
		t.Errorf("image is %d×%d", b.Dx(), b.Dy())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("the directory holds %d files, want only the chart", len(entries))
	}
}

func TestPlanningErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	file := filepath.Join(dir, "moselle.png")
	code, _, stderr := runCalendarCmd(t, nil, "planning", "--png", file, "--doc", "moselle-2019-2023", "--today", "2023-05-10")
	if code != 1 || !strings.Contains(stderr, "no dated milestone") {
		t.Errorf("Moselle: exit %d, stderr %q", code, stderr)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a failed chart left %d files behind", len(entries))
	}
	for _, args := range [][]string{
		{"planning"},
		{"planning", "--png", file, "--today", "10/13/2023"},
	} {
		code, out, stderr := runCalendarCmd(t, nil, args...)
		if code != 2 || out != "" || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want a one-line usage error", args, code, out, stderr)
		}
	}
}

// The output file's extension chooses the chart's format.
func TestPlanningFormatsByExtension(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct{ file, magic string }{
		{"p.png", "\x89PNG"}, {"p.svg", "<?xml"}, {"p.pdf", "%PDF"},
	} {
		out := filepath.Join(dir, tt.file)
		code, _, errOut := runCalendarCmd(t, nil, "planning", "--png", out, "--doc", "isere-2020-2024", "--today", "2021-01-15")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", tt.file, code, errOut)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(data), tt.magic) {
			t.Errorf("%s starts with %q, want %q", tt.file, data[:min(8, len(data))], tt.magic)
		}
	}
}
