package main

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"schemabot/bot"
	"schemabot/bot/state"
)

func init() {
	register(&subcommand{
		name:    "feedback",
		summary: "list the 👍/👎 feedback users gave on answers; `feedback purge` deletes the old ones",
		run:     runFeedback,
	})
}

func runFeedback(ctx context.Context, env *Env, args []string) error {
	// One flag set serves both forms: the command line puts flags before
	// positional arguments (flagsFirst) by asking this set which take a
	// value, so --older-than must be known here.
	fs := newFlags(env, "feedback")
	common := addCommon(fs, env)
	asJSON := fs.Bool("json", false, "print the feedback as a JSON array")
	olderThan := fs.String("older-than", "", "with purge: delete the feedback older than this, e.g. 90d (default SCHEMABOT_FEEDBACK_RETENTION, 365d)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	switch {
	case fs.NArg() == 1 && fs.Arg(0) == "purge" && !*asJSON:
		return runFeedbackPurge(ctx, env, common, *olderThan)
	case fs.NArg() > 0 || *olderThan != "":
		return misuse("feedbackUsage")
	}
	dir, err := common.data()
	if err != nil {
		return err
	}
	var list []bot.Feedback
	var st *state.Store
	if u := strings.TrimSpace(env.Getenv("DATABASE_URL")); u != "" {
		// The replicas' shared store: read directly, while they run.
		st, err = state.OpenPostgres(ctx, u, state.ReadOnly())
	} else {
		st, err = state.Open(state.Path(dir), state.ReadOnly())
	}
	switch {
	case errors.Is(err, os.ErrNotExist):
		// No store yet: nothing was ever recorded.
	case errors.Is(err, state.ErrLocked):
		// The running bot holds the store: ask it over its ops address.
		addr := opsAddr(env.Getenv)
		var ferr error
		if list, ferr = fetchFeedback(ctx, addr, opsToken(env.Getenv)); ferr != nil {
			return failWith(ferr, "feedbackLockedNoOps", addr)
		}
	case err != nil:
		return err
	default:
		defer st.Close()
		if list, err = st.ListFeedback(ctx); err != nil {
			return err
		}
	}
	if *asJSON {
		if list == nil {
			list = []bot.Feedback{}
		}
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(list)
	}
	return printFeedback(env.Stdout, env.lang, list)
}

// printFeedback writes one line per feedback: date, 👍/👎, user, question
// and the first line of the answer.
func printFeedback(w io.Writer, l lang, list []bot.Feedback) error {
	if len(list) == 0 {
		_, err := fmt.Fprintln(w, say(l, "feedbackNone"))
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, say(l, "feedbackHeader"))
	up := 0
	for _, f := range list {
		vote := "👎"
		if f.Useful {
			vote = "👍"
			up++
		}
		user := f.User
		if f.Platform != "" {
			user = f.Platform + ":" + f.User
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", f.At.Local().Format("2006-01-02 15:04"), vote, feedbackCell(user, 30),
			feedbackCell(f.Question, 60), feedbackCell(feedbackFirstLine(f.Answer), 80))
	}
	fmt.Fprintf(tw, "\n%s\n", say(l, "feedbackTotal", len(list), up, len(list)-up))
	return tw.Flush()
}

// feedbackFirstLine returns the first line of s.
func feedbackFirstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// feedbackCell folds whitespace (tabs would break the columns) and cuts s to n
// runes.
func feedbackCell(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	if s == "" {
		return "-"
	}
	return s
}

// opsAddr is where a running `schemabot serve` listens for operations:
// SCHEMABOT_OPS_ADDR, this machine's port 9464 by default.
func opsAddr(getenv func(string) string) string {
	if a := strings.TrimSpace(getenv("SCHEMABOT_OPS_ADDR")); a != "" {
		return a
	}
	return "127.0.0.1:9464"
}

// opsToken is SCHEMABOT_OPS_TOKEN, the bearer token /feedback asks for
// when it is set.
func opsToken(getenv func(string) string) string {
	return strings.TrimSpace(getenv("SCHEMABOT_OPS_TOKEN"))
}

// feedbackHandler serves the stored feedback as JSON. Feedback holds users'
// questions, and the ops address may be opened to a chat server or put
// behind a reverse proxy, where every request comes from loopback. So with
// a token, every caller must send "Authorization: Bearer <token>"; without
// one, only this machine is served, as before the token existed.
func feedbackHandler(st *state.Store, token string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if token != "" {
			got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
			if !ok || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(token)) != 1 {
				w.Header().Set("WWW-Authenticate", `Bearer realm="schemabot"`)
				http.Error(w, "feedback needs the ops token (SCHEMABOT_OPS_TOKEN)", http.StatusUnauthorized)
				return
			}
		} else {
			host, _, err := net.SplitHostPort(r.RemoteAddr)
			if ip := net.ParseIP(host); err != nil || ip == nil || !ip.IsLoopback() {
				http.Error(w, "feedback is served to this machine only (or set SCHEMABOT_OPS_TOKEN)", http.StatusForbidden)
				return
			}
		}
		list, err := st.ListFeedback(r.Context())
		if err != nil {
			http.Error(w, "could not read the feedback", http.StatusInternalServerError)
			return
		}
		if list == nil {
			list = []bot.Feedback{}
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		_ = json.NewEncoder(w).Encode(list)
	})
}

// fetchFeedback asks a running bot for its feedback, with the ops token
// when there is one.
func fetchFeedback(ctx context.Context, addr, token string) ([]bot.Feedback, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	host := addr
	if h, p, err := net.SplitHostPort(addr); err == nil && (h == "" || h == "0.0.0.0" || h == "::") {
		host = net.JoinHostPort("127.0.0.1", p)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+host+"/feedback", nil)
	if err != nil {
		return nil, err
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fail("opsStatus", resp.Status)
	}
	var list []bot.Feedback
	if err := json.NewDecoder(io.LimitReader(resp.Body, 64<<20)).Decode(&list); err != nil {
		return nil, failWith(err, "opsUnreadable")
	}
	return list, nil
}

// defaultFeedbackRetention is how long feedback is kept when
// SCHEMABOT_FEEDBACK_RETENTION is unset: a year of reviews, not forever.
const defaultFeedbackRetention = 365 * 24 * time.Hour

// parseRetention reads a retention: a number of days ("180d"), a Go
// duration ("720h"), or 0 to keep feedback forever.
func parseRetention(v string) (time.Duration, error) {
	v = strings.TrimSpace(v)
	if v == "0" {
		return 0, nil
	}
	var d time.Duration
	if days, ok := strings.CutSuffix(v, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil || n < 0 || n > 100*365 {
			return 0, fail("retentionDays", v)
		}
		d = time.Duration(n) * 24 * time.Hour
	} else {
		var err error
		if d, err = time.ParseDuration(v); err != nil || d < 0 {
			return 0, fail("retentionDays", v)
		}
	}
	// Under a day, a typo ("1h" for "1d"?) would wipe the feedback of
	// the day being reviewed.
	if d != 0 && d < 24*time.Hour {
		return 0, fail("retentionMin", v)
	}
	return d, nil
}

// feedbackRetention reads SCHEMABOT_FEEDBACK_RETENTION (default 365d).
func feedbackRetention(getenv func(string) string) (time.Duration, error) {
	v := strings.TrimSpace(getenv("SCHEMABOT_FEEDBACK_RETENTION"))
	if v == "" {
		return defaultFeedbackRetention, nil
	}
	d, err := parseRetention(v)
	if err != nil {
		return 0, failWith(err, "retentionOf", "SCHEMABOT_FEEDBACK_RETENTION")
	}
	return d, nil
}

// formatRetention writes a retention back in days when it is whole days.
func formatRetention(d time.Duration) string {
	if d%(24*time.Hour) == 0 {
		return strconv.Itoa(int(d/(24*time.Hour))) + "d"
	}
	return d.String()
}

// purgeFeedback deletes from st the feedback older than retention at now
// and returns the one line that says what happened, in the language l.
func purgeFeedback(ctx context.Context, st *state.Store, l lang, retention time.Duration, now time.Time) (string, error) {
	if retention == 0 {
		return say(l, "purgeForever"), nil
	}
	cutoff := now.Add(-retention)
	n, err := st.PurgeFeedback(ctx, cutoff)
	if err != nil {
		return "", err
	}
	return say(l, "purged", n, formatRetention(retention), cutoff.Local().Format("2006-01-02 15:04")), nil
}

// runFeedbackPurge is `schemabot feedback purge`: it deletes the feedback
// older than --older-than (default SCHEMABOT_FEEDBACK_RETENTION, 365d). The
// store may be in use by the running bot: SQLite lets both write.
func runFeedbackPurge(ctx context.Context, env *Env, common *commonFlags, olderThan string) error {
	retention, err := feedbackRetention(env.Getenv)
	if olderThan != "" {
		if retention, err = parseRetention(olderThan); err != nil {
			return misconfigured(failWith(err, "retentionOf", "--older-than"))
		}
	} else if err != nil {
		return misconfigured(err)
	}
	var st *state.Store
	if u := strings.TrimSpace(env.Getenv("DATABASE_URL")); u != "" {
		st, err = state.OpenPostgres(ctx, u) // the replicas' shared store
	} else {
		var dir string
		if dir, err = common.data(); err != nil {
			return err
		}
		if _, err := os.Stat(state.Path(dir)); errors.Is(err, os.ErrNotExist) {
			_, err := fmt.Fprintln(env.Stdout, say(env.lang, "purgeNothing"))
			return err
		}
		st, err = state.Open(state.Path(dir))
	}
	if err != nil {
		return err
	}
	defer st.Close()
	line, err := purgeFeedback(ctx, st, env.lang, retention, time.Now())
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(env.Stdout, line)
	return err
}
