package llm

import (
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"time"
)

// Config says which OpenAI-compatible endpoint to use and how patient to be
// with it. Zero values mean the defaults below.
type Config struct {
	// BaseURL is the API root, e.g. "https://api.openai.com/v1" or
	// "http://localhost:11434/v1"; requests go to BaseURL + "/chat/completions".
	BaseURL string
	// APIKey is sent as "Authorization: Bearer …"; empty sends no header
	// (Ollama, a local vLLM).
	APIKey string
	Model  string
	// Timeout bounds a whole Generate call, retries included (default 30s).
	Timeout time.Duration
	// StallTimeout is the longest gap allowed between two chunks of a
	// streamed answer once it has started (default 10s). The wait for the
	// first chunk is bounded by Timeout only, as a model may be slow to load.
	StallTimeout time.Duration
	// RewriteTimeout bounds a Rewrite call (default 8s).
	RewriteTimeout time.Duration
	// MaxRetries is how many times a request is retried after a 429, a 5xx
	// or a network error (default 2; negative for none).
	MaxRetries int
	// Temperature of the answers (default 0.1).
	Temperature float32
	// MaxTokens bounds an answer's length (default 1024).
	MaxTokens int
	// MaxFailures is how many failures in a row start a cool-down
	// (default 3), and CoolDown how long it lasts (default 2m).
	MaxFailures int
	CoolDown    time.Duration
}

// Defaults.
const (
	DefaultTimeout        = 30 * time.Second
	DefaultStallTimeout   = 10 * time.Second
	DefaultRewriteTimeout = 8 * time.Second
	DefaultMaxRetries     = 2
	DefaultTemperature    = 0.1
	DefaultMaxTokens      = 1024
	DefaultMaxFailures    = 3
	DefaultCoolDown       = 2 * time.Minute
)

func (c Config) withDefaults() Config {
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.StallTimeout <= 0 {
		c.StallTimeout = DefaultStallTimeout
	}
	if c.RewriteTimeout <= 0 {
		c.RewriteTimeout = DefaultRewriteTimeout
	}
	switch {
	case c.MaxRetries == 0:
		c.MaxRetries = DefaultMaxRetries
	case c.MaxRetries < 0:
		c.MaxRetries = 0
	}
	if c.Temperature <= 0 {
		c.Temperature = DefaultTemperature
	}
	if c.MaxTokens <= 0 {
		c.MaxTokens = DefaultMaxTokens
	}
	if c.MaxFailures <= 0 {
		c.MaxFailures = DefaultMaxFailures
	}
	if c.CoolDown <= 0 {
		c.CoolDown = DefaultCoolDown
	}
	return c
}

// LogValue logs the configuration without the API key.
func (c Config) LogValue() slog.Value {
	key := "unset"
	if c.APIKey != "" {
		key = "set"
	}
	return slog.GroupValue(
		slog.String("base_url", redactURL(c.BaseURL)),
		slog.String("model", c.Model),
		slog.String("api_key", key),
		slog.Duration("timeout", c.Timeout),
		slog.Duration("stall_timeout", c.StallTimeout),
	)
}

// String describes the configuration without the API key.
func (c Config) String() string {
	return fmt.Sprintf("llm %s at %s", c.Model, redactURL(c.BaseURL))
}

func redactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return "(invalid URL)"
	}
	return u.Redacted()
}

// ConfigFromEnv reads the configuration from LLM_BASE_URL, LLM_API_KEY,
// LLM_MODEL, LLM_TIMEOUT and LLM_STALL_TIMEOUT (Go durations such as "45s").
// The LLM is enabled only when LLM_BASE_URL is set. A malformed value gives
// an error naming the variable; the key is never part of an error.
func ConfigFromEnv(getenv func(string) string) (cfg Config, enabled bool, err error) {
	get := func(k string) string { return strings.TrimSpace(getenv(k)) }
	cfg.BaseURL = get("LLM_BASE_URL")
	if cfg.BaseURL == "" {
		return Config{}, false, nil
	}
	u, perr := url.Parse(cfg.BaseURL)
	if perr != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return Config{}, false, errors.New(`LLM_BASE_URL: want an http(s) URL such as "https://api.mistral.ai/v1"`)
	}
	if u.RawQuery != "" || u.Fragment != "" {
		return Config{}, false, errors.New("LLM_BASE_URL: want the API root without query or fragment, such as \"http://localhost:11434/v1\"")
	}
	cfg.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	cfg.APIKey = get("LLM_API_KEY")
	if strings.ContainsAny(cfg.APIKey, " \t\r\n") {
		return Config{}, false, errors.New("LLM_API_KEY: contains spaces or line breaks")
	}
	cfg.Model = get("LLM_MODEL")
	if cfg.Model == "" {
		return Config{}, false, errors.New("LLM_MODEL: required when LLM_BASE_URL is set (e.g. mistral-small-latest, llama3.1:8b)")
	}
	for _, d := range []struct {
		name string
		dst  *time.Duration
		def  time.Duration
	}{
		{"LLM_TIMEOUT", &cfg.Timeout, DefaultTimeout},
		{"LLM_STALL_TIMEOUT", &cfg.StallTimeout, DefaultStallTimeout},
	} {
		*d.dst = d.def
		v := get(d.name)
		if v == "" {
			continue
		}
		dur, perr := time.ParseDuration(v)
		if perr != nil || dur <= 0 {
			return Config{}, false, fmt.Errorf("%s: want a positive Go duration such as %q, got %q", d.name, d.def.String(), v)
		}
		*d.dst = dur
	}
	return cfg.withDefaults(), true, nil
}
