// Command schemabot answers questions about a schéma départemental de
// protection de l'enfance, from the terminal or as a Slack/Mattermost bot.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
	"unicode"

	"github.com/joho/godotenv"
)

// Env is what a sub-command talks to; tests give their own.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	// DotEnv is a .env file run reads first ("" for none): the variables
	// it sets that LookupEnv does not find are set with Setenv, so that
	// the real environment wins.
	DotEnv    string
	LookupEnv func(string) (string, bool)
	Setenv    func(string, string) error

	lang       lang          // the user's language, from the locale (set by run)
	flags      *flag.FlagSet // the running command's flags, for its help
	flagFailed bool          // the flag set refused the arguments (or -h)
}

// subcommand is one verb of the command line.
type subcommand struct {
	name    string
	summary string
	run     func(ctx context.Context, env *Env, args []string) error
}

var subcommands = map[string]*subcommand{}

func register(c *subcommand) { subcommands[c.name] = c }

// errUsage marks an error whose message already says how to call the command.
var errUsage = errors.New("usage")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	env := &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv,
		DotEnv: ".env", LookupEnv: os.LookupEnv, Setenv: os.Setenv}
	os.Exit(run(ctx, env, os.Args[1:]))
}

// run executes one command line and returns the process exit code.
func run(ctx context.Context, env *Env, args []string) int {
	// .env may set the locale: it is read first. When it cannot be read,
	// the real environment's locale says the error.
	if env.DotEnv != "" {
		if err := loadDotEnv(env.DotEnv, env.LookupEnv, env.Setenv); err != nil && !errors.Is(err, os.ErrNotExist) {
			env.lang = langOf(env.Getenv)
			fmt.Fprintf(env.Stderr, "schemabot: %s\n", env.explain(err))
			return 2
		}
	}
	env.lang = langOf(env.Getenv)
	logger, err := newLogger(env)
	if err != nil {
		fmt.Fprintf(env.Stderr, "schemabot: %s\n", env.explain(err))
		return 2
	}
	slog.SetDefault(logger)
	globals, rest, err := splitGlobalFlags(args)
	if err != nil {
		fmt.Fprintf(env.Stderr, "schemabot: %s (%s)\n", env.explain(err), env.t("seeHelp", "schemabot -h"))
		return 2
	}
	if len(rest) == 0 || rest[0] == "help" || isHelpFlag(rest[0]) {
		if len(rest) > 1 {
			if c, ok := subcommands[rest[1]]; ok {
				return runCommand(ctx, env, c, []string{"-h"})
			}
		}
		usage(env, env.Stdout)
		return 0
	}
	c, ok := subcommands[rest[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "schemabot: %s\n", env.t("unknownCommand", rest[0]))
		usage(env, env.Stderr)
		return 2
	}
	// Global flags (schemabot --corpus DIR index) are the command's own.
	return runCommand(ctx, env, c, append(globals, rest[1:]...))
}

// runCommand runs one sub-command with its arguments, flags anywhere
// among them, and turns its error into a message and an exit code.
func runCommand(ctx context.Context, env *Env, c *subcommand, args []string) int {
	args = flagsFirst(ctx, env, c, args)
	env.flags, env.flagFailed = nil, false
	err := c.run(ctx, env, args)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		commandHelp(env, env.Stdout, c.name, env.flags)
		return 0
	case env.flagFailed:
		// The flag package's own message is in English and was not
		// printed (its output is discarded): say it in the user's language.
		fmt.Fprintf(env.Stderr, "schemabot %s: %s (%s)\n", c.name, env.explain(err),
			env.t("seeHelp", "schemabot "+c.name+" -h"))
		return 2
	case errors.Is(err, errUsage):
		// One line, which a script's log keeps whole.
		fmt.Fprintf(env.Stderr, "schemabot %s: %s\n", c.name, env.explain(err))
		return 2
	}
	fmt.Fprintf(env.Stderr, "schemabot %s: %s\n", c.name, env.explain(err))
	return 1
}

// explain says err in the user's language.
func (env *Env) explain(err error) string { return explain(env.lang, err) }

// usage lists the commands, in the user's language.
func usage(env *Env, w io.Writer) {
	fmt.Fprintln(w, env.t("intro"))
	fmt.Fprintf(w, "\n%s\n\n%s\n", env.t("mainSynopsis"), env.t("commands"))
	names := make([]string, 0, len(subcommands))
	for n := range subcommands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-11s %s\n", n, commandSummary(env.lang, subcommands[n]))
	}
	fmt.Fprintf(w, "\n%s\n", env.t("globalFlags"))
	fmt.Fprintf(w, "\n%s\n", env.t("moreHelp"))
}

func logLevel(env *Env) slog.Level {
	switch strings.ToLower(env.Getenv("SCHEMABOT_LOG_LEVEL")) {
	case "debug":
		return slog.LevelDebug
	case "warn":
		return slog.LevelWarn
	case "error":
		return slog.LevelError
	}
	return slog.LevelInfo
}

// newLogger builds the logger SCHEMABOT_LOG_FORMAT asks for: text (the
// default, for people) or json (one object per line, for log collectors).
func newLogger(env *Env) (*slog.Logger, error) {
	opts := &slog.HandlerOptions{Level: logLevel(env)}
	switch f := strings.ToLower(strings.TrimSpace(env.Getenv("SCHEMABOT_LOG_FORMAT"))); f {
	case "", "text":
		return slog.New(slog.NewTextHandler(env.Stderr, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(env.Stderr, opts)), nil
	default:
		return nil, fail("logFormat", f)
	}
}

// newFlags returns a flag set that returns errors instead of exiting.
// The flag package's messages are English and its usage is bare: they are
// discarded, and run prints the command's help or a translated error
// instead (see runCommand). env keeps the flag set for that.
func newFlags(env *Env, name string) *flag.FlagSet {
	fs := flag.NewFlagSet("schemabot "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() { env.flagFailed = true }
	env.flags = fs
	return fs
}

// maxDotEnvBytes bounds .env: it holds a few settings.
const maxDotEnvBytes = 1 << 20

// loadDotEnv sets the variables of the .env file name that the
// environment does not already have. Its errors give the line and what is
// wrong with it, never the file's content: a line may hold a token.
func loadDotEnv(name string, lookup func(string) (string, bool), setenv func(string, string) error) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil {
		return failReason(err, "dotenvRead", name)
	} else if !info.Mode().IsRegular() {
		return fail("dotenvNotRegular", name)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxDotEnvBytes+1))
	if err != nil {
		return failReason(err, "dotenvRead", name)
	}
	if len(data) > maxDotEnvBytes {
		return fail("dotenvTooBig", name, maxDotEnvBytes)
	}
	vars, err := godotenv.UnmarshalBytes(data)
	if err != nil {
		// godotenv's message quotes the rest of the file: never show it.
		key, line := dotEnvProblem(data)
		return fail(key, name, line)
	}
	keys := make([]string, 0, len(vars))
	for k := range vars {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if _, ok := lookup(k); ok {
			continue
		}
		if err := setenv(k, vars[k]); err != nil {
			return failWith(err, "dotenvSet", name, k)
		}
	}
	return nil
}

// dotEnvProblem finds the first line of a .env file godotenv refuses and
// returns the key of the message that says what is wrong with it, without
// its content, and its line (0 when none is found).
func dotEnvProblem(data []byte) (key string, lineNo int) {
	lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	for i := 0; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line = strings.TrimSpace(strings.TrimPrefix(line, "export "))
		sep := strings.IndexAny(line, "=:")
		if sep <= 0 {
			return "dotenvNotNameValue", i + 1
		}
		for _, r := range strings.TrimSpace(line[:sep]) {
			if !(r == '_' || r == '.' || unicode.IsLetter(r) || unicode.IsNumber(r)) {
				return "dotenvBadName", i + 1
			}
		}
		value := strings.TrimSpace(line[sep+1:])
		if value == "" || (value[0] != '"' && value[0] != '\'') {
			continue
		}
		// A quoted value ends at its closing quote, maybe lines later.
		q, start, closed := value[0], i, false
		rest := value[1:]
		for {
			if j := closingQuote(rest, q); j >= 0 {
				closed = true
				break
			}
			if i+1 >= len(lines) {
				break
			}
			i++
			rest = lines[i]
		}
		if !closed {
			return "dotenvUnclosedQuote", start + 1
		}
	}
	return "dotenvSyntax", 0
}

// closingQuote returns the index of the quote q that closes a value in s,
// or -1; a backslash escapes a double quote.
func closingQuote(s string, q byte) int {
	for j := 0; j < len(s); j++ {
		if s[j] == '\\' && q == '"' {
			j++
			continue
		}
		if s[j] == q {
			return j
		}
	}
	return -1
}
