package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"schemabot/bot/llm/llmtest"
)

// openQuestion is answered from passages, so a configured model writes it.
const openQuestion = "Comment le schéma de l'Isère prévoit-il d'accompagner les jeunes majeurs vers l'autonomie ?"

// runWith runs the command line args with the environment vars and stdin,
// and returns its exit code and standard output.
func runWith(t *testing.T, vars map[string]string, stdin string, args ...string) (int, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := &Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errOut, Getenv: func(k string) string { return vars[k] }}
	code := run(context.Background(), env, args)
	if code != 0 {
		t.Logf("stderr: %s", errOut.String())
	}
	return code, out.String()
}

// An answer the grounding check rejects must never be printed: ask and chat
// print the offline answer instead, exactly as without a model.
func TestRejectedModelTextIsNeverPrinted(t *testing.T) {
	data := t.TempDir() // the index is built once for every case
	offline := map[string]string{"SCHEMABOT_DATA": data}
	_, wantAsk := runWith(t, offline, "", "ask", openQuestion)
	_, wantChat := runWith(t, offline, openQuestion+"\n", "chat")
	if !strings.Contains(wantAsk, "Source") {
		t.Fatalf("offline answer without sources: %q", wantAsk)
	}

	srv := llmtest.New(t)
	withLLM := map[string]string{"SCHEMABOT_DATA": data, "LLM_BASE_URL": srv.BaseURL(), "LLM_MODEL": "test-model",
		"LLM_API_KEY": "sk-test-not-a-secret", "LLM_STALL_TIMEOUT": "300ms", "LLM_TIMEOUT": "5s"}
	for _, tt := range llmtest.Rejected {
		t.Run(tt.Name, func(t *testing.T) {
			if tt.Stall {
				srv.Stall(tt.Text)
			} else {
				srv.Answer(tt.Text)
			}
			surfaces := []struct {
				name  string
				stdin string
				args  []string
				want  string
			}{
				{"ask", "", []string{"ask", openQuestion}, wantAsk},
				{"chat", openQuestion + "\n", []string{"chat"}, wantChat},
			}
			for _, s := range surfaces {
				before := srv.Requests()
				code, got := runWith(t, withLLM, s.stdin, s.args...)
				if code != 0 {
					t.Fatalf("%s: exit %d", s.name, code)
				}
				if srv.Requests() == before {
					t.Fatalf("%s: the model was not asked; the test shows nothing", s.name)
				}
				if strings.Contains(got, tt.Marker) {
					t.Errorf("%s printed the rejected text:\n%s", s.name, got)
				}
				if got != s.want {
					t.Errorf("%s printed\n%s\nwant the offline answer\n%s", s.name, got, s.want)
				}
			}
		})
	}
}
