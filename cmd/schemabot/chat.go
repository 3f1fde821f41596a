package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"

	"schemabot/bot"
	"schemabot/bot/chat"
)

func init() {
	register(&subcommand{name: "chat", summary: "talk with the bot in the terminal (follow-up questions keep their context; Ctrl-D quits)", run: runChat})
}

// runChat is the terminal front end of the conversation core: the same
// core as in Slack and Mattermost, one thread for the whole session.
func runChat(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "chat")
	common := addCommon(fs, env)
	if err := fs.Parse(args); err != nil {
		return err
	}
	eng, err := common.engine(ctx, env)
	if err != nil {
		return err
	}
	core := bot.NewCore(eng)
	var rw io.ReadWriter = struct {
		io.Reader
		io.Writer
	}{env.Stdin, env.Stdout}
	prompt := say(env.lang, "chatPrompt")
	printer := newAnswerPrinter(env, eng.Library()) // before raw mode: it may query the terminal
	var t *term.Terminal
	if in, ok := env.Stdin.(*os.File); ok && term.IsTerminal(int(in.Fd())) {
		old, err := term.MakeRaw(int(in.Fd()))
		if err == nil {
			defer term.Restore(int(in.Fd()), old)
			t = term.NewTerminal(rw, prompt) // line editing and ↑ history
		}
	}
	write := func(s string) {
		if t != nil {
			s = strings.ReplaceAll(s, "\n", "\r\n")
			fmt.Fprint(t, s+"\r\n")
			return
		}
		fmt.Fprintln(env.Stdout, s)
	}
	write(say(env.lang, "chatGreeting"))
	lines := newLineReader(env.Stdin)
	for n := 1; ; n++ {
		var line string
		var err error
		if t != nil {
			line, err = t.ReadLine()
		} else {
			fmt.Fprint(env.Stdout, prompt)
			line, err = lines()
		}
		if errors.Is(err, io.EOF) {
			write("")
			return nil
		}
		if err != nil {
			return err
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		// The streamed text is a draft the grounding check may still
		// reject: a terminal shows it as a draft line, erased before the
		// checked answer is printed.
		draft := &draftLine{}
		if t != nil {
			draft = newDraftLine(env.Stdout, env.Stdin)
		}
		reply, err := core.HandleStream(ctx, chat.Message{Platform: "terminal", ID: fmt.Sprint(n), Channel: "terminal", Thread: "session", User: "local", Text: line, Direct: true},
			draft.update)
		draft.clear()
		if err != nil {
			return err
		}
		write(printer.format(reply.Answer) + "\n")
	}
}

// newLineReader reads lines from r without buffering past what it returns
// more than needed.
func newLineReader(r io.Reader) func() (string, error) {
	buf := make([]byte, 0, 4096)
	one := make([]byte, 1)
	return func() (string, error) {
		buf = buf[:0]
		for {
			n, err := r.Read(one)
			if n == 1 {
				if one[0] == '\n' {
					return string(buf), nil
				}
				buf = append(buf, one[0])
				if len(buf) > 1<<20 {
					return string(buf), nil
				}
			}
			if err != nil {
				if len(buf) > 0 && errors.Is(err, io.EOF) {
					return string(buf), nil
				}
				return "", err
			}
		}
	}
}
