package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"schemabot/bot"
)

func init() {
	register(&subcommand{name: "ask", summary: "answer a question (--json for the machine-readable answer; - reads questions from stdin)", run: runAsk})
}

func runAsk(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "ask")
	common := addCommon(fs, env)
	asJSON := fs.Bool("json", false, "print one JSON object per answer")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: give a question, or - to read one question per line from standard input\n  example: schemabot ask \"Qui pilote la fiche 12 ?\"", errUsage)
	}
	eng, err := common.engine(ctx, env)
	if err != nil {
		return err
	}
	if fs.NArg() == 1 && fs.Arg(0) == "-" {
		return askLines(ctx, env, eng, *asJSON)
	}
	question := strings.Join(fs.Args(), " ")
	var ans bot.Answer
	if *asJSON {
		ans, _ = eng.Ask(ctx, question, bot.Conversation{})
		return writeJSON(env.Stdout, ans)
	}
	printed := ""
	ans, _ = eng.AskStream(ctx, question, bot.Conversation{}, func(soFar string) {
		// Print only what is new since the last call.
		if strings.HasPrefix(soFar, printed) {
			fmt.Fprint(env.Stdout, soFar[len(printed):])
			printed = soFar
		}
	})
	streamed := printed != ""
	if streamed {
		fmt.Fprintln(env.Stdout)
	}
	printAnswer(env.Stdout, ans, streamed)
	return nil
}

// askLines answers one question per line of standard input, in order, with
// the index loaded once.
func askLines(ctx context.Context, env *Env, eng *bot.Engine, asJSON bool) error {
	sc := bufio.NewScanner(env.Stdin)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		ans, _ := eng.Ask(ctx, line, bot.Conversation{})
		if asJSON {
			if err := writeJSON(env.Stdout, ans); err != nil {
				return err
			}
			continue
		}
		printAnswer(env.Stdout, ans, false)
		fmt.Fprintln(env.Stdout, "---")
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read questions: %w", err)
	}
	return nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// printAnswer writes an answer for a person: the text, then the sources.
func printAnswer(w io.Writer, a bot.Answer, textShown bool) {
	if !textShown {
		fmt.Fprintln(w, a.Text)
	}
	if len(a.Citations) == 0 {
		return
	}
	if a.Lang == bot.English {
		fmt.Fprintln(w, "\nSources:")
	} else {
		fmt.Fprintln(w, "\nSources :")
	}
	for i, c := range a.Citations {
		where := c.Doc
		if c.Fiche != nil {
			where += fmt.Sprintf(", fiche %s", *c.Fiche)
		}
		if c.Section != "" {
			where += ", « " + c.Section + " »"
		}
		if c.Page != nil {
			where += fmt.Sprintf(", p. %d", *c.Page)
		}
		if c.Line > 0 {
			where += fmt.Sprintf(", ligne %d", c.Line)
		}
		fmt.Fprintf(w, "[%d] %s\n", i+1, where)
	}
}
