package mattermost

import (
	"strings"
	"testing"
)

func TestConfigFromEnv(t *testing.T) {
	const token = "k7q3xw9dbe8fym1uo5n4atr6hs"
	tests := []struct {
		name        string
		url, token  string
		wantEnabled bool
		wantURL     string
		wantErr     []string // parts of the error; nil for none
	}{
		{name: "unset", wantEnabled: false},
		{name: "valid", url: "https://chat.example.org", token: token, wantEnabled: true, wantURL: "https://chat.example.org"},
		{name: "trailing slash and api path", url: " https://chat.example.org/mm/api/v4/ ", token: token + "\n",
			wantEnabled: true, wantURL: "https://chat.example.org/mm"},
		{name: "http on a port", url: "http://localhost:8065", token: token, wantEnabled: true, wantURL: "http://localhost:8065"},
		{name: "token without url", token: token, wantEnabled: true, wantErr: []string{"MATTERMOST_URL is not set", "https://"}},
		{name: "url without token", url: "https://chat.example.org", wantEnabled: true,
			wantErr: []string{"MATTERMOST_TOKEN is not set", "26 lowercase letters and digits"}},
		{name: "url without scheme", url: "chat.example.org", token: token, wantEnabled: true,
			wantErr: []string{"MATTERMOST_URL is malformed", "http(s)"}},
		{name: "websocket url", url: "wss://chat.example.org", token: token, wantEnabled: true, wantErr: []string{"MATTERMOST_URL is malformed"}},
		{name: "url with credentials", url: "https://admin:secret@chat.example.org", token: token, wantEnabled: true,
			wantErr: []string{"MATTERMOST_URL is malformed"}},
		{name: "short token", url: "https://chat.example.org", token: "abc123", wantEnabled: true,
			wantErr: []string{"MATTERMOST_TOKEN is malformed", "26 lowercase letters and digits"}},
		{name: "uppercase token", url: "https://chat.example.org", token: strings.ToUpper(token), wantEnabled: true,
			wantErr: []string{"MATTERMOST_TOKEN is malformed"}},
		{name: "both wrong", url: "ftp://x", token: "Bearer " + token, wantEnabled: true,
			wantErr: []string{"MATTERMOST_URL is malformed", "MATTERMOST_TOKEN is malformed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := map[string]string{"MATTERMOST_URL": tt.url, "MATTERMOST_TOKEN": tt.token}
			cfg, enabled, err := ConfigFromEnv(func(k string) string { return env[k] })
			if enabled != tt.wantEnabled {
				t.Errorf("enabled = %v, want %v", enabled, tt.wantEnabled)
			}
			if tt.wantErr == nil {
				if err != nil {
					t.Fatalf("error %v", err)
				}
				if cfg.URL != tt.wantURL || (tt.wantEnabled && cfg.Token != token) {
					t.Errorf("config URL %q, want %q (token read: %v)", cfg.URL, tt.wantURL, cfg.Token == token)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", tt.wantErr)
			}
			msg := err.Error()
			if strings.Contains(msg, "\n") {
				t.Errorf("error spans several lines: %q", msg)
			}
			if tt.token != "" && strings.Contains(msg, strings.TrimSpace(strings.TrimPrefix(tt.token, "Bearer "))) {
				t.Errorf("error %q echoes the token", msg)
			}
			if strings.Contains(msg, "secret") {
				t.Errorf("error %q echoes credentials of the URL", msg)
			}
			for _, part := range tt.wantErr {
				if !strings.Contains(msg, part) {
					t.Errorf("error %q lacks %q", msg, part)
				}
			}
		})
	}
}
