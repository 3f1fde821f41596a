package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"schemabot/bot/answer"
	"schemabot/bot/chat"
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
		return misuse("askArgs")
	}
	eng, err := common.engine(ctx, env)
	if err != nil {
		return err
	}
	if fs.NArg() == 1 && fs.Arg(0) == "-" {
		return askLines(ctx, env, eng, *asJSON)
	}
	question := strings.Join(fs.Args(), " ")
	var ans chat.Answer
	if *asJSON {
		ans, _ = eng.Ask(ctx, question, chat.Conversation{})
		return writeJSON(env.Stdout, ans)
	}
	// The streamed text is a draft the grounding check may still reject:
	// only the final, checked answer is printed.
	draft := newDraftLine(env.Stderr, env.Stderr)
	ans, _ = eng.AskStream(ctx, question, chat.Conversation{}, draft.update)
	draft.clear()
	newAnswerPrinter(env, eng.Library()).print(env.Stdout, ans)
	return nil
}

// maxQuestionBytes bounds one line of `ask -`: a longer line is answered
// with an error and the batch goes on.
const maxQuestionBytes = 1 << 20

// askLines answers one question per line of standard input, in order, with
// the index loaded once. A line too long to be a question gets an error
// answer (in JSON, an object with "error") and the next lines are still
// answered.
func askLines(ctx context.Context, env *Env, eng *answer.Engine, asJSON bool) error {
	r := bufio.NewReaderSize(env.Stdin, 64*1024)
	var printer *answerPrinter
	if !asJSON {
		printer = newAnswerPrinter(env, eng.Library())
	}
	for n := 1; ; n++ {
		line, tooLong, err := readQuestion(r, maxQuestionBytes)
		if err != nil && !errors.Is(err, io.EOF) {
			return failWith(err, "askRead")
		}
		switch {
		case tooLong:
			if werr := writeLineError(env, asJSON, line, fail("askLineTooLong", n, maxQuestionBytes)); werr != nil {
				return werr
			}
		case strings.TrimSpace(line) != "":
			ans, _ := eng.Ask(ctx, strings.TrimSpace(line), chat.Conversation{})
			if asJSON {
				if werr := writeJSON(env.Stdout, ans); werr != nil {
					return werr
				}
			} else {
				printer.print(env.Stdout, ans)
				fmt.Fprintln(env.Stdout, "---")
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
	}
}

// readQuestion reads one line, without its end. A line longer than max is
// read to its end and dropped: tooLong is true and line holds its start.
// err is io.EOF at the end of the input (line may still hold a last line).
func readQuestion(r *bufio.Reader, max int) (line string, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if len(buf) <= max {
			buf = append(buf, chunk...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if len(buf) > 0 && buf[len(buf)-1] == '\n' {
			buf = buf[:len(buf)-1]
			if len(buf) > 0 && buf[len(buf)-1] == '\r' {
				buf = buf[:len(buf)-1]
			}
		}
		if len(buf) > max {
			const keep = 80
			return strings.ToValidUTF8(string(buf[:keep]), "") + "…", true, err
		}
		return string(buf), false, err
	}
}

// lineError is the JSON line of a question that was not answered.
type lineError struct {
	Question  string          `json:"question"`
	Answer    string          `json:"answer"`
	Found     bool            `json:"found"`
	Citations []chat.Citation `json:"citations"`
	Error     string          `json:"error"`
}

// writeLineError writes the error of a question that was not answered:
// in the user's language in text, in English in JSON (a stable value for
// programs).
func writeLineError(env *Env, asJSON bool, start string, lineErr error) error {
	if asJSON {
		return writeJSON(env.Stdout, lineError{Question: start, Answer: "", Citations: []chat.Citation{}, Error: lineErr.Error()})
	}
	_, err := fmt.Fprintf(env.Stdout, "%s\n---\n", say(env.lang, "askLineError", env.explain(lineErr)))
	return err
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
