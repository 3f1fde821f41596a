package main

import (
	"context"
	"errors"
	"os"

	"schemabot/bot/state"
)

// doneMarks reads the milestones marked done in chat from the state store
// of the data directory, read-only (a running bot may hold it), so that
// `deadlines`, `--ics` and `planning` show them "fait". No store yet means
// no mark; a store that cannot be read is an error, never a silent "échu".
func doneMarks(ctx context.Context, common *commonFlags) (func(key string) bool, error) {
	dir, err := common.data()
	if err != nil {
		return nil, err
	}
	path := state.Path(dir)
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return func(string) bool { return false }, nil
	}
	st, err := openStore(path, state.ReadOnly())
	if err != nil {
		return nil, failWith(err, "doneMarks")
	}
	defer st.Close()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	keys, err := st.DoneKeys()
	if err != nil {
		return nil, failWith(err, "doneMarks")
	}
	set := make(map[string]bool, len(keys))
	for _, k := range keys {
		set[k] = true
	}
	return func(key string) bool { return set[key] }, nil
}
