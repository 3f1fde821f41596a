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
	// The real environment wins over .env: godotenv.Load never overrides.
	if err := godotenv.Load(); err != nil && !errors.Is(err, os.ErrNotExist) {
		fmt.Fprintf(os.Stderr, "schemabot: .env: %v\n", err)
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
