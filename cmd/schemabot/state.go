package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
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

const stateUsage = `schemabot state check            check the store of the data directory
  schemabot state export [FILE]    write the store as JSON (to standard output without FILE)
  schemabot state import FILE      add the entries of an export the store lacks
  schemabot state recover DAMAGED  save what can be read of a damaged store file (moved aside first)
                                   into the store of the data directory`

func runState(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "state")
	common := addCommon(fs, env)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: %s", errUsage, stateUsage)
	}
	dir, err := common.data()
	if err != nil {
		return err
	}
	verb, rest := fs.Arg(0), fs.Args()[1:]
	switch {
	case verb == "check" && len(rest) == 0:
		st, err := state.Open(state.Path(dir), state.ReadOnly())
		if err != nil {
			return err
		}
		defer st.Close()
		d, err := st.Export(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "%s is sound: %d marks, %d digests, %d feedback\n", st.Path(), len(d.Marks), len(d.Digests), len(d.Feedback))
		return nil
	case verb == "export" && len(rest) <= 1:
		st, err := state.Open(state.Path(dir), state.ReadOnly())
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
			return fmt.Errorf("read export: %w", err)
		}
		var d state.Dump
		if err := json.Unmarshal(data, &d); err != nil {
			return fmt.Errorf("%s is not a state export: %w", rest[0], err)
		}
		return importDump(ctx, env, dir, d, "imported")
	case verb == "recover" && len(rest) == 1:
		if abs(rest[0]) == abs(state.Path(dir)) {
			return fmt.Errorf("%w: move the damaged store aside first (mv %s %s.damaged), then run schemabot state recover %s.damaged",
				errUsage, rest[0], rest[0], rest[0])
		}
		d, err := state.Salvage(ctx, rest[0])
		if err != nil {
			return err
		}
		return importDump(ctx, env, dir, d, "recovered")
	}
	return fmt.Errorf("%w: %s", errUsage, stateUsage)
}

func importDump(ctx context.Context, env *Env, dir string, d state.Dump, verb string) error {
	st, err := state.OpenDir(dir)
	if err != nil {
		return err
	}
	defer st.Close()
	n, err := st.Import(ctx, d)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "%s %s into %s (found %d marks, %d digests, %d feedback; entries already in the store were kept)\n",
		verb, n, st.Path(), len(d.Marks), len(d.Digests), len(d.Feedback))
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
		return fmt.Errorf("write export: %w", err)
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
		return fmt.Errorf("write export %s: %w", name, err)
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
