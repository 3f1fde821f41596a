package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

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

// feedbackDataDir returns the --data directory, or the user cache
// directory's schemabot folder.
func feedbackDataDir(c *commonFlags) (string, error) {
	if c.dataDir != "" {
		return c.dataDir, nil
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no --data directory and no user cache directory: %w", err)
	}
	return filepath.Join(cache, "schemabot"), nil
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
	dir, err := feedbackDataDir(common)
	if err != nil {
		return err
	}
	var list []bot.Feedback
	st, err := state.Open(state.Path(dir), state.ReadOnly())
	switch {
	case errors.Is(err, os.ErrNotExist):
		// No store yet: nothing was ever recorded.
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
