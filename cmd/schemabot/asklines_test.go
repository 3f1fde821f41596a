package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// TestAskBatchGoesOnAfterAnOverlongLine checks that one line over 1 MiB
// on `ask --json -` gets an error line and the later questions are still
// answered (the scanner stopped the batch and lost them).
func TestAskBatchGoesOnAfterAnOverlongLine(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  []string // per output line: "" for an answer, or a substring of its error
	}{
		{"overlong line in the middle",
			"qui pilote la fiche 3 ?\n" + strings.Repeat("a", 3<<20/2) + "\nque veut dire ODPE ?", []string{"", "line 2 is longer", ""}},
		{"overlong last line without newline", "que veut dire ODPE ?\r\n\n" + strings.Repeat("é", 1<<20), []string{"", "line 3 is longer"}},
		{"just at the limit is answered", strings.Repeat("x", maxQuestionBytes) + "\nque veut dire ODPE ?\n", []string{"", ""}},
	}
	dataDir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			env := &Env{Stdin: strings.NewReader(tt.input), Stdout: &out, Stderr: &errOut, Getenv: func(string) string { return "" }}
			if code := run(context.Background(), env, []string{"ask", "--data", dataDir, "--json", "-"}); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut.String())
			}
			lines := strings.Split(strings.TrimSpace(out.String()), "\n")
			if len(lines) != len(tt.want) {
				t.Fatalf("%d output lines, want %d:\n%.2000s", len(lines), len(tt.want), out.String())
			}
			for i, w := range tt.want {
				var got struct {
					Question string `json:"question"`
					Answer   string `json:"answer"`
					Error    string `json:"error"`
				}
				if err := json.Unmarshal([]byte(lines[i]), &got); err != nil {
					t.Fatalf("line %d is not JSON: %v", i+1, err)
				}
				if w == "" && (got.Error != "" || got.Answer == "") {
					t.Errorf("line %d: want an answer, got %+v", i+1, got)
				}
				if w != "" && !strings.Contains(got.Error, w) {
					t.Errorf("line %d: error %q, want %q", i+1, got.Error, w)
				}
				if len(lines[i]) > 4096 && w != "" {
					t.Errorf("line %d: the error line repeats the overlong question (%d bytes)", i+1, len(lines[i]))
				}
			}
		})
	}
}
