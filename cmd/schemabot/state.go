package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"schemabot/bot/state"
)

func init() {
	register(&subcommand{
		name:    "state",
		summary: "check, export, import or recover the bot's state store (done marks, digest log, feedback)",
		run:     runState,
	})
}

func runState(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "state")
	common := addCommon(fs, env)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return misuse("stateUsage")
	}
	dir, err := common.data()
	if err != nil {
		return err
	}
	verb, rest := fs.Arg(0), fs.Args()[1:]
	switch {
	case verb == "check" && len(rest) == 0:
		st, err := openStore(state.Path(dir), state.ReadOnly())
		if err != nil {
			return err
		}
		defer st.Close()
		d, err := st.Export(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintln(env.Stdout, say(env.lang, "stateSound", st.Path(), len(d.Marks), len(d.Digests), len(d.Feedback)))
		return nil
	case verb == "export" && len(rest) <= 1:
		st, err := openStore(state.Path(dir), state.ReadOnly())
		if err != nil {
			return err
		}
		defer st.Close()
		d, err := st.Export(ctx)
		if err != nil {
			return err
		}
		if len(rest) == 0 || rest[0] == "-" {
			return writeDump(env.Stdout, d)
		}
		return writeDumpFile(rest[0], d)
	case verb == "import" && len(rest) == 1:
		data, err := os.ReadFile(rest[0])
		if err != nil {
			return failReason(err, "stateReadExport", rest[0])
		}
		var d state.Dump
		if err := json.Unmarshal(data, &d); err != nil {
			return failWith(err, "stateNotExport", rest[0])
		}
		return importDump(ctx, env, dir, d, "stateImported")
	case verb == "recover" && len(rest) == 1:
		if abs(rest[0]) == abs(state.Path(dir)) {
			return misuse("stateRecoverInPlace", rest[0])
		}
		d, err := state.Salvage(ctx, rest[0])
		if err != nil {
			return failWith(err, "stateSalvage", rest[0])
		}
		return importDump(ctx, env, dir, d, "stateRecovered")
	}
	return misuse("stateUsage")
}

// importDump adds d to the store of dir and says so with the message key
// done.
func importDump(ctx context.Context, env *Env, dir string, d state.Dump, done string) error {
	st, err := state.OpenDir(dir)
	if err != nil {
		return storeError(state.Path(dir), err)
	}
	defer st.Close()
	n, err := st.Import(ctx, d)
	if err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, say(env.lang, done, n.Marks, n.Digests, n.Feedback, st.Path(), len(d.Marks), len(d.Digests), len(d.Feedback)))
	return nil
}

func writeDump(w io.Writer, d state.Dump) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(d)
}

// writeDumpFile writes the export under a temporary name and renames it,
// so that a full disk never leaves half an export under the asked name.
func writeDumpFile(name string, d state.Dump) error {
	tmp := name + ".tmp"
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return failReason(err, "stateWriteExport", name)
	}
	err = writeDump(f, d)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, name)
	}
	if err != nil {
		_ = os.Remove(tmp)
		return failReason(err, "stateWriteExport", name)
	}
	return nil
}

// abs returns the absolute, cleaned form of a path ("" stays as is when it
// cannot be made absolute).
func abs(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	return a
}

// openStore opens the state store at path, saying why it cannot with
// storeError.
func openStore(path string, opts ...state.Option) (*state.Store, error) {
	st, err := state.Open(path, opts...)
	if err != nil {
		return nil, storeError(path, err)
	}
	return st, nil
}

// storeError says why the state store at path could not be opened, with
// the path: a damaged store's error already names it and says what to do;
// a missing or locked one is said plainly.
func storeError(path string, err error) error {
	var damaged *state.DamagedError
	switch {
	case errors.As(err, &damaged):
		return err
	case errors.Is(err, fs.ErrNotExist):
		return fail("stateMissing", path)
	case errors.Is(err, state.ErrLocked):
		return fail("stateLockedAt", path)
	}
	return failWith(err, "stateOpen", path)
}
