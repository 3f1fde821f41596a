package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDotEnvErrorsNeverEchoValues checks that a .env that does not parse
// gives the line and the problem, never the content: godotenv's message
// quoted the rest of the file, tokens included.
func TestDotEnvErrorsNeverEchoValues(t *testing.T) {
	const secret = "mm-s3cr3t-token-value"
	tests := []struct {
		name    string
		content string
		want    string // substring of the error
	}{
		{"bad character in a name", "LLM_MODEL=x\nMATTERMOST-URL=https://chat\nMATTERMOST_TOKEN=" + secret + "\n", "line 2"},
		{"token alone on a line", "MATTERMOST_URL=https://chat\n" + secret + " oops\nMATTERMOST_TOKEN=" + secret + "\n", "line 2"},
		{"unterminated quote", "A=1\n\n# comment\nMATTERMOST_TOKEN=\"" + secret + "\n", "line 4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), ".env")
			if err := os.WriteFile(path, []byte(tt.content), 0o600); err != nil {
				t.Fatal(err)
			}
			err := loadDotEnv(path, func(string) (string, bool) { return "", false }, func(k, v string) error {
				t.Errorf("set %s from a file that does not parse", k)
				return nil
			})
			if err == nil {
				t.Fatal("no error")
			}
			if strings.Contains(err.Error(), secret) || strings.Contains(err.Error(), "https://chat") {
				t.Errorf("error echoes a value: %q", err)
			}
			if !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
				t.Errorf("error %q, want one line mentioning %q", err, tt.want)
			}
		})
	}
}

func TestDotEnvLoads(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".env")
	content := "# settings\nexport LLM_MODEL=m\nLLM_API_KEY=\"a\\\"b\"\nSCHEMABOT_DATA=/from/file\n"
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"SCHEMABOT_DATA": "/from/env"}
	err := loadDotEnv(path, func(k string) (string, bool) { v, ok := env[k]; return v, ok }, func(k, v string) error {
		env[k] = v
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if env["LLM_MODEL"] != "m" || env["LLM_API_KEY"] != `a"b` || env["SCHEMABOT_DATA"] != "/from/env" {
		t.Errorf("env = %v; the real environment must win", env)
	}
	if err := loadDotEnv(filepath.Join(t.TempDir(), "none"), nil, nil); !os.IsNotExist(err) {
		t.Errorf("missing .env: err = %v", err)
	}
}
