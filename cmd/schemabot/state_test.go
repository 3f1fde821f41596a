package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"schemabot/bot"
	"schemabot/bot/state"
)

func runCmd(t *testing.T, vars map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut, Getenv: func(k string) string { return vars[k] }}
	code := run(context.Background(), env, args)
	return code, out.String(), errOut.String()
}

// TestDamagedStoreCommandsAndRecovery follows the documented procedure: a
// damaged state.db makes `feedback` fail with one line (it panicked with
// bbolt), the file is moved aside, `state recover` saves its entries into a
// new store, and `feedback` reads them.
func TestDamagedStoreCommandsAndRecovery(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st, err := state.OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2020, 1, 15, 10, 30, 0, 0, time.UTC)
	if err := st.SaveFeedback(ctx, bot.Feedback{ReplyID: "r1", Platform: "slack", User: "U1", Useful: true, Question: "Qui pilote la fiche 3 ?", At: at}); err != nil {
		t.Fatal(err)
	}
	if err := st.MarkDone(ctx, "isere-2020-2024/3/1", "U1", at); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	path := state.Path(dir)
	// Damage the header: the file is no longer an SQLite database.
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = f.WriteAt(bytes.Repeat([]byte{0xAB}, 100), 0)
	_ = f.Close()

	for _, args := range [][]string{{"feedback", "--data", dir}, {"state", "--data", dir, "check"}} {
		code, _, stderr := runCmd(t, nil, args...)
		lines := strings.Split(strings.TrimSpace(stderr), "\n")
		if code != 1 || len(lines) != 1 || !strings.Contains(stderr, path) || !strings.Contains(stderr, "state recover") {
			t.Fatalf("%v on a damaged store: exit %d, stderr %q; want one line naming the file and the recovery", args, code, stderr)
		}
	}
	// Recovering in place is refused: the file must be moved aside first.
	if code, _, stderr := runCmd(t, nil, "state", "--data", dir, "recover", path); code != 2 || !strings.Contains(stderr, "mv ") {
		t.Fatalf("recover in place: exit %d, %q", code, stderr)
	}
	aside := path + ".damaged"
	if err := os.Rename(path, aside); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCmd(t, nil, "state", "--data", dir, "recover", aside)
	if code != 0 || !strings.Contains(out, "Récupéré dans "+filepath.Join(dir, "state.db")+" : jalons faits 1, rappels 0, avis 1") {
		t.Fatalf("recover: exit %d, out %q, stderr %q", code, out, stderr)
	}
	code, out, stderr = runCmd(t, nil, "feedback", "--data", dir)
	if code != 0 || !strings.Contains(out, "Qui pilote la fiche 3 ?") {
		t.Fatalf("feedback after recovery: exit %d, out %q, stderr %q", code, out, stderr)
	}

	// export then import into another data directory.
	export := filepath.Join(t.TempDir(), "state.json")
	if code, _, stderr := runCmd(t, nil, "state", "--data", dir, "export", export); code != 0 {
		t.Fatalf("export: exit %d, %s", code, stderr)
	}
	other := t.TempDir()
	code, out, stderr = runCmd(t, nil, "state", "--data", other, "import", export)
	if code != 0 || !strings.Contains(out, "Importé dans "+filepath.Join(other, "state.db")+" : jalons faits 1, rappels 0, avis 1") {
		t.Fatalf("import: exit %d, out %q, stderr %q", code, out, stderr)
	}
	if code, out, _ := runCmd(t, nil, "state", "--data", other, "check"); code != 0 || !strings.Contains(out, "jalons faits 1") {
		t.Fatalf("check: exit %d, %q", code, out)
	}
}
