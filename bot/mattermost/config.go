package mattermost

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
)

// Config is what the adapter needs to reach Mattermost as a bot account.
type Config struct {
	// URL is the server's address as users open it in a browser, e.g.
	// "https://chat.example.org" (a sub-path is allowed).
	URL string
	// Token is the bot account's access token. It is a secret: it is never
	// logged nor shown in an error.
	Token string
}

// tokenShape is the shape of Mattermost ids and access tokens: 26 lowercase
// letters and digits.
var tokenShape = regexp.MustCompile(`^[a-z0-9]{26}$`)

// ConfigFromEnv reads MATTERMOST_URL and MATTERMOST_TOKEN. The adapter is
// enabled when either is set; a missing or malformed one is an error of one
// line that names the variable and the expected shape, and never contains
// the token.
func ConfigFromEnv(getenv func(string) string) (cfg Config, enabled bool, err error) {
	rawURL := strings.TrimSpace(getenv("MATTERMOST_URL"))
	token := strings.TrimSpace(getenv("MATTERMOST_TOKEN"))
	if rawURL == "" && token == "" {
		return Config{}, false, nil
	}
	var problems []string
	u, uerr := parseServerURL(rawURL)
	if uerr != "" {
		problems = append(problems, uerr)
	}
	switch {
	case token == "":
		problems = append(problems, "MATTERMOST_TOKEN is not set: expected the bot account's access token (26 lowercase letters and digits)")
	case !tokenShape.MatchString(token):
		problems = append(problems, fmt.Sprintf("MATTERMOST_TOKEN is malformed: expected the bot account's access token, 26 lowercase letters and digits (got %d characters)", len(token)))
	}
	if len(problems) > 0 {
		return Config{}, true, fmt.Errorf("mattermost: %s", strings.Join(problems, "; "))
	}
	return Config{URL: u, Token: token}, true, nil
}

// parseServerURL checks an http(s) server address and returns it without a
// trailing slash or "/api/v4", or a one-line problem. The address itself is
// not repeated in the problem: it may hold credentials.
func parseServerURL(raw string) (string, string) {
	const shape = "expected the server's http(s) address, e.g. https://chat.example.org"
	if raw == "" {
		return "", "MATTERMOST_URL is not set: " + shape
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" ||
		u.RawQuery != "" || u.Fragment != "" || u.User != nil || strings.ContainsAny(raw, " \t\n") {
		return "", "MATTERMOST_URL is malformed: " + shape
	}
	p := strings.TrimRight(u.Path, "/")
	p = strings.TrimSuffix(p, "/api/v4")
	return u.Scheme + "://" + u.Host + p, ""
}
