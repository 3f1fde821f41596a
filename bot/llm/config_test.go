package llm

import (
	"bytes"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"
)

func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestConfigFromEnv(t *testing.T) {
	const key = "sk-live-1234567890abcdef"
	tests := []struct {
		name    string
		env     map[string]string
		enabled bool
		want    Config
		errVar  string // the variable the error must name
	}{
		{"unset", map[string]string{"LLM_API_KEY": key, "LLM_MODEL": "gpt-4o-mini"}, false, Config{}, ""},
		{"mistral", map[string]string{"LLM_BASE_URL": "https://api.mistral.ai/v1/", "LLM_API_KEY": key, "LLM_MODEL": "mistral-small-latest"}, true,
			Config{BaseURL: "https://api.mistral.ai/v1", APIKey: key, Model: "mistral-small-latest", Timeout: 30 * time.Second, StallTimeout: 10 * time.Second}, ""},
		{"ollama without key, custom timeouts", map[string]string{"LLM_BASE_URL": "http://localhost:11434/v1", "LLM_MODEL": "llama3.1:8b", "LLM_TIMEOUT": "90s", "LLM_STALL_TIMEOUT": "20s"}, true,
			Config{BaseURL: "http://localhost:11434/v1", Model: "llama3.1:8b", Timeout: 90 * time.Second, StallTimeout: 20 * time.Second}, ""},
		{"no model", map[string]string{"LLM_BASE_URL": "https://api.openai.com/v1", "LLM_API_KEY": key}, false, Config{}, "LLM_MODEL"},
		{"not a URL", map[string]string{"LLM_BASE_URL": "api.mistral.ai", "LLM_API_KEY": key, "LLM_MODEL": "m"}, false, Config{}, "LLM_BASE_URL"},
		{"key in the URL", map[string]string{"LLM_BASE_URL": "https://host/v1?key=" + key, "LLM_MODEL": "m"}, false, Config{}, "LLM_BASE_URL"},
		{"bad timeout", map[string]string{"LLM_BASE_URL": "http://localhost:8000/v1", "LLM_API_KEY": key, "LLM_MODEL": "m", "LLM_TIMEOUT": "30"}, false, Config{}, "LLM_TIMEOUT"},
		{"negative stall timeout", map[string]string{"LLM_BASE_URL": "http://localhost:8000/v1", "LLM_MODEL": "m", "LLM_STALL_TIMEOUT": "-1s"}, false, Config{}, "LLM_STALL_TIMEOUT"},
		{"key with a line break", map[string]string{"LLM_BASE_URL": "http://localhost:8000/v1", "LLM_MODEL": "m", "LLM_API_KEY": "sk-a\nsk-b"}, false, Config{}, "LLM_API_KEY"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, enabled, err := ConfigFromEnv(env(tt.env))
			if tt.errVar != "" {
				if err == nil {
					t.Fatalf("no error, want one naming %s", tt.errVar)
				}
				msg := err.Error()
				if !strings.HasPrefix(msg, tt.errVar+":") || strings.Contains(msg, "\n") {
					t.Errorf("error %q is not one line starting with %s", msg, tt.errVar)
				}
				if strings.Contains(msg, key) || strings.Contains(msg, "sk-a") {
					t.Errorf("error %q shows the API key", msg)
				}
				if enabled {
					t.Error("enabled despite the error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if enabled != tt.enabled {
				t.Fatalf("enabled = %v, want %v", enabled, tt.enabled)
			}
			if !enabled {
				return
			}
			if cfg.BaseURL != tt.want.BaseURL || cfg.APIKey != tt.want.APIKey || cfg.Model != tt.want.Model ||
				cfg.Timeout != tt.want.Timeout || cfg.StallTimeout != tt.want.StallTimeout {
				t.Errorf("cfg = %+v, want %+v", cfg, tt.want)
			}
			if cfg.MaxRetries != DefaultMaxRetries || cfg.CoolDown != DefaultCoolDown {
				t.Errorf("defaults not applied: %+v", cfg)
			}
		})
	}
}

func TestConfigNeverLogsTheKey(t *testing.T) {
	cfg := Config{BaseURL: "https://user:pass@albert.api.etalab.gouv.fr/v1", APIKey: "sk-secret-value", Model: "albert-large"}
	var buf bytes.Buffer
	slog.New(slog.NewTextHandler(&buf, nil)).Info("llm", "config", cfg)
	out := buf.String() + cfg.String()
	for _, secret := range []string{"sk-secret-value", "pass@"} {
		if strings.Contains(out, secret) {
			t.Errorf("%q shows a secret (%s)", out, secret)
		}
	}
	if !strings.Contains(out, "albert-large") || !strings.Contains(out, "api_key=set") {
		t.Errorf("log %q lacks the model or whether the key is set", out)
	}
}

func TestRetryAfterHeader(t *testing.T) {
	now := time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		v    string
		want time.Duration
		ok   bool
	}{
		{"1", time.Second, true},
		{" 30 ", 30 * time.Second, true},
		{now.Add(7 * time.Second).Format(http.TimeFormat), 7 * time.Second, true},
		{now.Add(-time.Minute).Format(http.TimeFormat), 0, true},
		{"", 0, false},
		{"-3", 0, false},
		{"soon", 0, false},
	}
	for _, tt := range tests {
		got, ok := retryAfter(tt.v, now)
		if got != tt.want || ok != tt.ok {
			t.Errorf("retryAfter(%q) = %s, %v; want %s, %v", tt.v, got, ok, tt.want, tt.ok)
		}
	}
}
