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
	// The real environment wins over .env.
	if err := loadDotEnv(".env", os.LookupEnv, os.Setenv); err != nil && !errors.Is(err, os.ErrNotExist) {
		fmt.Fprintf(os.Stderr, "schemabot: %v\n", err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	env := &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
	os.Exit(run(ctx, env, os.Args[1:]))
}

// run executes one command line and returns the process exit code.
func run(ctx context.Context, env *Env, args []string) int {
	slog.SetDefault(slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: logLevel(env)})))
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(env.Stdout)
		return 0
	}
	c, ok := subcommands[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "schemabot: unknown command %q\n", args[0])
		usage(env.Stderr)
		return 2
	}
	if err := c.run(ctx, env, args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		msg := err.Error()
		if errors.Is(err, errUsage) {
			fmt.Fprintf(env.Stderr, "schemabot %s: %s\n", c.name, strings.TrimPrefix(msg, errUsage.Error()+": "))
			return 2
		}
		fmt.Fprintf(env.Stderr, "schemabot %s: %s\n", c.name, msg)
		return 1
	}
	return 0
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "schemabot answers questions about a schéma départemental de protection de l'enfance.")
	fmt.Fprintln(w, "\nUsage: schemabot <command> [flags]\n\nCommands:")
	names := make([]string, 0, len(subcommands))
	for n := range subcommands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, subcommands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'schemabot <command> -h' for a command's flags.")
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

// newFlags returns a flag set that writes its usage to env.Stderr and
// returns errors instead of exiting.
func newFlags(env *Env, name string) *flag.FlagSet {
	fs := flag.NewFlagSet("schemabot "+name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
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
		return fmt.Errorf("%s: %w", name, err)
	} else if !info.Mode().IsRegular() {
		return fmt.Errorf("%s: not a regular file", name)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxDotEnvBytes+1))
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	if len(data) > maxDotEnvBytes {
		return fmt.Errorf("%s: more than %d bytes", name, maxDotEnvBytes)
	}
	vars, err := godotenv.UnmarshalBytes(data)
	if err != nil {
		// godotenv's message quotes the rest of the file: never show it.
		return fmt.Errorf("%s: %s (values are not shown)", name, dotEnvProblem(data))
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
			return fmt.Errorf("%s: set %s: %w", name, k, err)
		}
	}
	return nil
}

// dotEnvProblem finds the first line of a .env file godotenv refuses and
// says what is wrong with it, without its content.
func dotEnvProblem(data []byte) string {
	lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	for i := 0; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line = strings.TrimSpace(strings.TrimPrefix(line, "export "))
		sep := strings.IndexAny(line, "=:")
		if sep <= 0 {
			return fmt.Sprintf("line %d is not NAME=value", i+1)
		}
		for _, r := range strings.TrimSpace(line[:sep]) {
			if !(r == '_' || r == '.' || unicode.IsLetter(r) || unicode.IsNumber(r)) {
				return fmt.Sprintf("line %d: the variable name has a character other than letters, digits, _ and .", i+1)
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
			return fmt.Sprintf("line %d: the quoted value is not closed", start+1)
		}
	}
	return "syntax error"
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
