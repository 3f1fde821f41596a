package slack

import (
	"fmt"
	"strings"
)

// Environment variables the adapter reads.
const (
	EnvAppToken = "SLACK_APP_TOKEN"
	EnvBotToken = "SLACK_BOT_TOKEN"
)

// Config is what the adapter needs to reach Slack.
type Config struct {
	// AppToken is the app-level token ("xapp-…") that opens the Socket
	// Mode connection; it needs the connections:write scope.
	AppToken string
	// BotToken is the bot token ("xoxb-…") used for the Web API calls.
	BotToken string
}

// ConfigFromEnv reads the Slack tokens. The adapter is enabled when either
// variable is set; when one is then missing or malformed, err is a single
// line naming the variable and the expected shape. It never contains a
// token's value.
func ConfigFromEnv(getenv func(string) string) (cfg Config, enabled bool, err error) {
	cfg = Config{
		AppToken: strings.TrimSpace(getenv(EnvAppToken)),
		BotToken: strings.TrimSpace(getenv(EnvBotToken)),
	}
	if cfg.AppToken == "" && cfg.BotToken == "" {
		return Config{}, false, nil
	}
	var problems []string
	if p := checkToken(EnvAppToken, cfg.AppToken, "xapp-", "an app-level token", "xoxb-", "a bot token"); p != "" {
		problems = append(problems, p)
	}
	if p := checkToken(EnvBotToken, cfg.BotToken, "xoxb-", "a bot token", "xapp-", "an app-level token"); p != "" {
		problems = append(problems, p)
	}
	if len(problems) > 0 {
		return cfg, true, fmt.Errorf("%s", strings.Join(problems, "; "))
	}
	return cfg, true, nil
}

// checkToken describes what is wrong with token, or returns "". other is the
// prefix of the other kind of token, to spot the two being swapped.
func checkToken(name, token, prefix, kind, other, otherKind string) string {
	want := fmt.Sprintf("%s must be %s starting with %q", name, kind, prefix)
	switch {
	case token == "":
		return want + " (it is not set)"
	case strings.HasPrefix(token, other):
		return want + " (it holds " + otherKind + ": are the two Slack tokens swapped?)"
	case !strings.HasPrefix(token, prefix) || len(token) == len(prefix) || strings.ContainsAny(token, " \t\r\n"):
		return want
	}
	return ""
}
