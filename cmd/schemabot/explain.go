package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/url"
	"os"
	"regexp"
	"strings"

	"schemabot/bot/state"
	"schemabot/corpus"
	"schemabot/corpus/calendar"
)

// Errors reach the user through explain, in the user's language. The
// packages return Go errors in lowercase English (the convention for
// libraries and what the logs keep); the command line says them in French
// or English:
//
//   - its own errors are userErrors: a key of the messages table, its
//     arguments and the error that caused it;
//   - the errors of the packages it may ask for structure are typed:
//     *corpus.FileError, *state.DamagedError, state.ErrLocked, and the
//     standard library's *fs.PathError and errno values;
//   - the few packages whose errors are plain text (flag, the Slack,
//     Mattermost and model configuration, cron) are matched by pattern in
//     foreignMessages;
//   - anything else is shown in French after a French lead-in, so that
//     the detail is never lost.

// userError is an error of the command line for its user.
type userError struct {
	key    string // in messages
	args   []any
	cause  error // said after the message, in the same language; may be nil
	usage  bool  // the command was called wrongly: exit status 2
	reason bool  // the cause is said as its system reason only (see failReason)
}

// Error says the error in English, for logs and tests.
func (e *userError) Error() string { return explain(english, e) }

func (e *userError) Unwrap() error { return e.cause }

// Is makes a usage error errUsage, which runCommand turns into exit status 2.
func (e *userError) Is(target error) bool { return target == errUsage && e.usage }

// fail is an error with the message key.
func fail(key string, args ...any) error { return &userError{key: key, args: args} }

// failWith is an error with the message key, followed by what caused it.
func failWith(cause error, key string, args ...any) error {
	return &userError{key: key, args: args, cause: cause}
}

// failReason is an error with the message key, which names the file,
// followed by why the system refused it ("permission denied"): the
// system's error would repeat the file's name.
func failReason(cause error, key string, args ...any) error {
	return &userError{key: key, args: args, cause: cause, reason: true}
}

// misconfigured makes err, said as it is, a usage error.
func misconfigured(err error) error { return &userError{cause: err, usage: true} }

// misuse is a usage error: the command was called with wrong arguments.
func misuse(key string, args ...any) error { return &userError{key: key, args: args, usage: true} }

// errorList is several problems found at once, said on one line.
type errorList []error

func (l errorList) Error() string { return explain(english, l) }

func (l errorList) Unwrap() []error { return l }

// explain says err in the language l. An error it does not know is
// said in English after a lead-in in l.
func explain(l lang, err error) string {
	s, known := detail(l, err)
	if known || l == english {
		return s
	}
	return say(l, "unexpected", s)
}

// detail says err in the language l when it knows it, else in English.
func detail(l lang, err error) (string, bool) {
	if err == nil {
		return "", true
	}
	if s, ok := explainKnown(l, err); ok {
		return s, true
	}
	if l == english {
		return err.Error(), true
	}
	// A wrapper from a package, around an error that names what failed.
	if s, ok := explainInner(l, err); ok {
		return s, true
	}
	return err.Error(), false
}

// explainInner says the first informative error wrapped in err, depth
// first as errors.Is looks.
func explainInner(l lang, err error) (string, bool) {
	var inner []error
	switch u := err.(type) {
	case interface{ Unwrap() error }:
		inner = []error{u.Unwrap()}
	case interface{ Unwrap() []error }:
		inner = u.Unwrap()
	}
	for _, e := range inner {
		if e == nil {
			continue
		}
		if informative(e) {
			if s, ok := explainKnown(l, e); ok {
				return s, true
			}
		}
		if s, ok := explainInner(l, e); ok {
			return s, true
		}
	}
	return "", false
}

// informative reports whether err, found inside an unknown wrapper, says
// enough alone: it names the file, the store or the cause in full.
func informative(err error) bool {
	switch err.(type) {
	case *userError, errorList, *corpus.FileError, *state.DamagedError, *fs.PathError, *os.LinkError:
		return true
	}
	return err == state.ErrLocked
}

// explainKnown says err when its type or its message is known.
func explainKnown(l lang, err error) (string, bool) {
	switch e := err.(type) {
	case *userError:
		if e.key == "" {
			return explain(l, e.cause), true
		}
		s := say(l, e.key, e.args...)
		switch {
		case e.cause != nil && e.reason:
			s += colon(l) + systemReason(l, e.cause)
		case e.cause != nil:
			d, _ := detail(l, e.cause)
			s += colon(l) + d
		}
		return s, true
	case errorList:
		parts := make([]string, len(e))
		for i, p := range e {
			parts[i] = explain(l, p)
		}
		return strings.Join(parts, say(l, "listSep")), true
	}
	if l == english {
		return "", false
	}
	switch e := err.(type) {
	case *corpus.FileError:
		return explainFile(l, e), true
	case *state.DamagedError:
		reason, ok := damageReasons[e.Reason]
		if !ok {
			reason = tr{e.Reason, e.Reason}
		}
		return say(l, "stateDamaged", e.Path, reason.in(l)), true
	case *fs.PathError:
		return e.Path + colon(l) + systemReason(l, e.Err), true
	case *os.LinkError:
		return e.Old + " → " + e.New + colon(l) + systemReason(l, e.Err), true
	case *json.SyntaxError:
		return say(l, "jsonSyntax", e.Offset), true
	case *json.UnmarshalTypeError:
		return say(l, "jsonType", e.Value, e.Field, e.Offset), true
	case *url.Error:
		// "Get \"http://…\": dial tcp …": the address is said by the caller.
		d, ok := detail(l, e.Err)
		return d, ok
	case *net.OpError:
		where := ""
		if e.Addr != nil {
			where = e.Addr.String() + colon(l)
		}
		return where + systemReason(l, e.Err), true
	}
	switch err {
	case state.ErrLocked:
		return say(l, "stateLocked"), true
	case calendar.ErrNothingToPlot:
		return say(l, "nothingToPlot"), true
	case context.Canceled:
		return say(l, "canceled"), true
	case context.DeadlineExceeded:
		return say(l, "deadline"), true
	}
	return translateForeign(l, err.Error())
}

// explainFile says what is wrong with a document file.
func explainFile(l lang, e *corpus.FileError) string {
	switch e.Problem {
	case corpus.ProblemUnreadable:
		return say(l, "fileUnreadable", e.Path, systemReason(l, e.Err))
	case corpus.ProblemNoDocument:
		return say(l, "fileNoDocument", e.Path, joinOr(l, strings.Fields(e.Value)))
	case corpus.ProblemUnsupportedType:
		return say(l, "fileType", e.Path, e.Value)
	case corpus.ProblemDuplicateID:
		return say(l, "fileDuplicateID", e.Path, e.Value)
	case corpus.ProblemNotRegular:
		kind, ok := specialFiles[e.Value]
		if !ok {
			kind = specialFiles[""]
		}
		return say(l, "fileNotRegular", e.Path, kind.in(l))
	case corpus.ProblemTooLarge:
		if e.Size > 0 {
			return say(l, "fileTooLarge", e.Path, float64(e.Size)/1e6, e.Limit>>20)
		}
		return say(l, "fileTooLargeRead", e.Path, e.Limit>>20)
	case corpus.ProblemEmpty:
		return say(l, "fileEmpty", e.Path)
	case corpus.ProblemBinary:
		return say(l, "fileBinary", e.Path, e.Offset)
	case corpus.ProblemNotUTF8:
		return say(l, "fileNotUTF8", e.Path, e.Line, e.Offset)
	case corpus.ProblemNoPdftotext:
		return say(l, "fileNoPdftotext", e.Path)
	case corpus.ProblemPdftotext:
		return say(l, "filePdftotext", e.Path, e.Value)
	case corpus.ProblemDamaged:
		return say(l, "fileDamaged", e.Path)
	}
	return say(l, "unexpected", e.Error())
}

// systemReason says why a system call failed (a missing file, a refused
// permission…), without the path its error repeats.
func systemReason(l lang, err error) string {
	if err == nil {
		return ""
	}
	for _, r := range systemReasons {
		if errors.Is(err, r.err) {
			return r.text.in(l)
		}
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return systemReason(l, pe.Err)
	}
	var se *os.SyscallError
	if errors.As(err, &se) {
		return systemReason(l, se.Err)
	}
	return err.Error()
}

// joinOr lists items as a sentence does: "a, b or c", "a, b ou c".
func joinOr(l lang, items []string) string {
	if len(items) <= 1 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + say(l, "or") + " " + items[len(items)-1]
}

// colon separates a message from its cause: French puts a space before
// the colon.
func colon(l lang) string {
	if l == english {
		return ": "
	}
	return " : "
}

// say returns the message key in the language l, formatted with args.
func say(l lang, key string, args ...any) string {
	m, ok := messages[key]
	if !ok {
		// A key missing from the table is a bug; still say something.
		return strings.TrimSpace(key + " " + fmt.Sprint(args...))
	}
	if len(args) == 0 {
		return m.in(l)
	}
	return fmt.Sprintf(m.in(l), args...)
}

// foreignMessage translates a message of a package that returns plain
// text: the flag package, the chat and model configuration, cron. The
// pattern matches the whole English message; fr may use its groups ($1).
type foreignMessage struct {
	re *regexp.Regexp
	fr string
}

// translateForeign says an English message of another package in l. A
// message made of several problems ("a; b") is translated problem by
// problem when every problem is known.
func translateForeign(l lang, msg string) (string, bool) {
	if l == english {
		return msg, true
	}
	msg = strings.TrimPrefix(msg, "mattermost: ")
	if parts := strings.Split(msg, "; "); len(parts) > 1 {
		ok := true
		for i, p := range parts {
			if parts[i], ok = translateOne(p); !ok {
				break
			}
		}
		if ok {
			return strings.Join(parts, say(l, "listSep")), true
		}
	}
	// One message with "; " in it, such as a document warning.
	return translateOne(msg)
}

// translateOne says one English message in French, when a pattern knows it.
func translateOne(msg string) (string, bool) {
	for _, f := range foreignMessages {
		if m := f.re.FindStringSubmatchIndex(msg); m != nil {
			return string(f.re.ExpandString(nil, f.fr, msg, m)), true
		}
	}
	return "", false
}
