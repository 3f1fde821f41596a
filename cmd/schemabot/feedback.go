package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"schemabot/bot"
	"schemabot/bot/state"
)

func init() {
	register(&subcommand{
		name:    "feedback",
		summary: "list the 👍/👎 feedback users gave on answers",
		run:     runFeedback,
	})
}

func runFeedback(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "feedback")
	common := addCommon(fs, env)
	asJSON := fs.Bool("json", false, "print the feedback as a JSON array")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: schemabot feedback [--data dir] [--json]", errUsage)
	}
	dir, err := common.data()
	if err != nil {
		return err
	}
	var list []bot.Feedback
	st, err := state.Open(state.Path(dir), state.ReadOnly())
	switch {
	case errors.Is(err, os.ErrNotExist):
		// No store yet: nothing was ever recorded.
	case errors.Is(err, state.ErrLocked):
		// The running bot holds the store: ask it over its ops address.
		addr := opsAddr(env.Getenv)
		var ferr error
		if list, ferr = fetchFeedback(ctx, addr); ferr != nil {
			return fmt.Errorf("%w, and the running bot's ops address %s did not answer: %v", err, addr, ferr)
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
	return printFeedback(env.Stdout, list)
}

// printFeedback writes one line per feedback: date, 👍/👎, user, question
// and the first line of the answer.
func printFeedback(w io.Writer, list []bot.Feedback) error {
	if len(list) == 0 {
		_, err := fmt.Fprintln(w, "No feedback recorded.")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tVOTE\tUSER\tQUESTION\tANSWER")
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
	fmt.Fprintf(tw, "\n%d feedback: %d 👍, %d 👎\n", len(list), up, len(list)-up)
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

// feedbackHandler serves the stored feedback as JSON to this machine only:
// the ops address may be opened to a chat server for slash commands, and
// feedback holds users' questions.
func feedbackHandler(st *state.Store) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host, _, err := net.SplitHostPort(r.RemoteAddr)
		if ip := net.ParseIP(host); err != nil || ip == nil || !ip.IsLoopback() {
			http.Error(w, "feedback is served to this machine only", http.StatusForbidden)
			return
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
		_ = json.NewEncoder(w).Encode(list)
	})
}

// fetchFeedback asks a running bot for its feedback.
func fetchFeedback(ctx context.Context, addr string) ([]bot.Feedback, error) {
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
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("status %s", resp.Status)
	}
	var list []bot.Feedback
	if err := json.NewDecoder(io.LimitReader(resp.Body, 64<<20)).Decode(&list); err != nil {
		return nil, fmt.Errorf("unreadable feedback: %w", err)
	}
	return list, nil
}
