package main

import (
	"testing"

	"github.com/joho/godotenv"

	"schemabot/bot/llm"
)

// TestEnvExampleIsValid checks that .env.example, copied as is, is read by
// godotenv and accepted by every configuration reader: only the missing
// chat tokens are reported.
func TestEnvExampleIsValid(t *testing.T) {
	m, err := godotenv.Read("../../.env.example")
	if err != nil {
		t.Fatal(err)
	}
	get := func(k string) string { return m[k] }
	_, err = serveConfigFromEnv(get, "")
	if err == nil || err.Error() != "no chat platform configured: set SLACK_APP_TOKEN and SLACK_BOT_TOKEN, or MATTERMOST_URL and MATTERMOST_TOKEN (see .env.example)" {
		t.Errorf("serve config: %v", err)
	}
	if _, err := embedderFromEnv(get); err != nil {
		t.Errorf("embedder: %v", err)
	}
	if _, on, err := llm.ConfigFromEnv(get); err != nil || on {
		t.Errorf("llm: on=%v err=%v, want off without error", on, err)
	}
}
