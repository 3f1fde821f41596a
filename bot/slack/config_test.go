package slack

import (
	"strings"
	"testing"
)

func TestConfigFromEnv(t *testing.T) {
	const app, bot = "xapp-1-A1-2-abcdef", "xoxb-1-2-abcdef"
	tests := []struct {
		name        string
		env         map[string]string
		wantEnabled bool
		wantErr     string // substring; "" for no error
	}{
		{"not configured", map[string]string{}, false, ""},
		{"both tokens", map[string]string{"SLACK_APP_TOKEN": app, "SLACK_BOT_TOKEN": bot}, true, ""},
		{"pasted with spaces", map[string]string{"SLACK_APP_TOKEN": " " + app + "\n", "SLACK_BOT_TOKEN": bot + " "}, true, ""},
		{"bot token missing", map[string]string{"SLACK_APP_TOKEN": app}, true,
			`SLACK_BOT_TOKEN must be a bot token starting with "xoxb-" (it is not set)`},
		{"app token missing", map[string]string{"SLACK_BOT_TOKEN": bot}, true,
			`SLACK_APP_TOKEN must be an app-level token starting with "xapp-" (it is not set)`},
		{"malformed bot token", map[string]string{"SLACK_APP_TOKEN": app, "SLACK_BOT_TOKEN": "xoxp-user-token"}, true,
			`SLACK_BOT_TOKEN must be a bot token starting with "xoxb-"`},
		{"malformed app token", map[string]string{"SLACK_APP_TOKEN": "abc secret", "SLACK_BOT_TOKEN": bot}, true,
			`SLACK_APP_TOKEN must be an app-level token starting with "xapp-"`},
		{"prefix only", map[string]string{"SLACK_APP_TOKEN": "xapp-", "SLACK_BOT_TOKEN": bot}, true,
			`SLACK_APP_TOKEN must be an app-level token starting with "xapp-"`},
		{"swapped", map[string]string{"SLACK_APP_TOKEN": bot, "SLACK_BOT_TOKEN": app}, true, "swapped"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, enabled, err := ConfigFromEnv(func(k string) string { return tt.env[k] })
			if enabled != tt.wantEnabled {
				t.Errorf("enabled = %v, want %v", enabled, tt.wantEnabled)
			}
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				if enabled && (cfg.AppToken != app || cfg.BotToken != bot) {
					t.Errorf("cfg = %+v, want the trimmed tokens", cfg)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", tt.wantErr)
			}
			msg := err.Error()
			if !strings.Contains(msg, tt.wantErr) {
				t.Errorf("error %q, want it to contain %q", msg, tt.wantErr)
			}
			if strings.Contains(msg, "\n") {
				t.Errorf("error %q spans several lines", msg)
			}
			for _, v := range tt.env {
				if v = strings.TrimSpace(v); len(v) > len("xoxb-") && strings.Contains(msg, v) {
					t.Errorf("error %q echoes a token value", msg)
				}
			}
		})
	}
}
