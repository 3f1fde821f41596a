package main

import (
	"bytes"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Isère's 90 milestones do not fit one A4 page: a PNG per page, named
// after the file asked for, each an A4 landscape page.
func TestPlanningCommand(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	file := filepath.Join(dir, "planning.png")
	code, out, stderr := runCalendarCmd(t, nil, "planning", "--output", file, "--today", "2023-05-10")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	entries, _ := os.ReadDir(dir)
	n := len(entries)
	if n < 2 {
		t.Fatalf("%d file(s) for 90 milestones, want one per page", n)
	}
	// Moselle has no calendar: the chart is Isère's 32 fiches.
	first, last := filepath.Join(dir, "planning-1.png"), filepath.Join(dir, fmt.Sprintf("planning-%d.png", n))
	want := fmt.Sprintf("Planning écrit sur %d pages A4, une par fichier, de %s à %s : 32 fiches, 90 échéances datées.\n", n, first, last)
	if out != want {
		t.Errorf("stdout %q, want %q", out, want)
	}
	for i := 1; i <= n; i++ {
		data, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("planning-%d.png", i)))
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("page %d is not a PNG: %v", i, err)
		}
		// A4 landscape at 150 dpi: 1754 × 1240 pixels.
		if b := img.Bounds(); b.Dx() != 1754 || b.Dy() != 1240 {
			t.Errorf("page %d is %d×%d, want A4 landscape", i, b.Dx(), b.Dy())
		}
	}
}

// A PDF holds every page; one document's short calendar stays one page
// under the name asked for.
func TestPlanningCommandPDFAndOnePage(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	pdf := filepath.Join(dir, "planning.pdf")
	code, out, stderr := runCalendarCmd(t, map[string]string{"LANG": "en_US.UTF-8"}, "planning", "--output", pdf, "--today", "2023-05-10")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(pdf)
	if err != nil {
		t.Fatal(err)
	}
	pages := len(regexp.MustCompile(`/Type /Page\b[^s]`).FindAll(data, -1))
	if pages < 2 {
		t.Errorf("the PDF has %d page(s)", pages)
	}
	if want := fmt.Sprintf("Planning written to %s, %d A4 pages: 32 fiches, 90 dated milestones.\n", pdf, pages); out != want {
		t.Errorf("stdout %q, want %q", out, want)
	}

	doc := writeDocs(t, map[string]string{"cantal-2022-2026.md": "# Schéma départemental du Cantal 2022-2026\n\n## Axe 1 : Prévenir\n\n" +
		"### Fiche 1 – Prévenir tôt\n\nPilote : Direction enfance famille\n\n**Calendrier**\n\n- Diagnostic : 2022\n- Guide : 2023\n"})
	svg := filepath.Join(dir, "cantal.svg")
	code, out, stderr = runCalendarCmd(t, nil, "planning", "--corpus", doc, "--output", svg, "--today", "2022-05-10")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if want := "Planning écrit dans " + svg + " : 1 fiche, 2 échéances datées.\n"; out != want {
		t.Errorf("stdout %q, want %q", out, want)
	}
	if data, err := os.ReadFile(svg); err != nil || !strings.Contains(string(data), "Diagnostic") || strings.Contains(string(data), "page 1/") {
		t.Errorf("one-page SVG: %v, numbered or without its milestone", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "cantal-1.svg")); err == nil {
		t.Error("a one-page chart was written as cantal-1.svg")
	}
}

func TestPlanningErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	file := filepath.Join(dir, "moselle.png")
	code, _, stderr := runCalendarCmd(t, nil, "planning", "--output", file, "--doc", "moselle-2019-2023", "--today", "2023-05-10")
	if code != 1 || !strings.Contains(stderr, "aucune échéance datée") {
		t.Errorf("Moselle: exit %d, stderr %q", code, stderr)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a failed chart left %d files behind", len(entries))
	}
	for _, args := range [][]string{
		{"planning"},
		{"planning", "--output", file, "--today", "10/13/2023"},
	} {
		code, out, stderr := runCalendarCmd(t, nil, args...)
		if code != 2 || out != "" || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want a one-line usage error", args, code, out, stderr)
		}
	}
}

// The output file's extension chooses the chart's format; --png is the
// former name of --output.
func TestPlanningFormatsByExtension(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct{ flag, file, magic string }{
		{"--output", "p.png", "\x89PNG"}, {"--output", "p.svg", "<?xml"}, {"--png", "q.pdf", "%PDF"},
	} {
		out := filepath.Join(dir, tt.file)
		code, _, errOut := runCalendarCmd(t, nil, "planning", tt.flag, out, "--doc", "isere-2020-2024", "--today", "2021-01-15")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", tt.file, code, errOut)
		}
		name := out
		if tt.magic != "%PDF" {
			name = strings.TrimSuffix(out, filepath.Ext(out)) + "-1" + filepath.Ext(out)
		}
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(data), tt.magic) {
			t.Errorf("%s starts with %q, want %q", tt.file, data[:min(8, len(data))], tt.magic)
		}
	}
	// "-" writes one PNG, the whole chart, to standard output.
	code, out, errOut := runCalendarCmd(t, nil, "planning", "--output", "-", "--doc", "isere-2020-2024", "--today", "2021-01-15")
	if code != 0 || !strings.HasPrefix(out, "\x89PNG") {
		t.Fatalf("-: exit %d, stderr %q", code, errOut)
	}
	img, err := png.Decode(strings.NewReader(out))
	if err != nil || img.Bounds().Dy() <= 1240 {
		t.Errorf("-: %v; want one image taller than a page", err)
	}
}
