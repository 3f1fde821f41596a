package state

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"schemabot/bot"
)

// writeBolt writes a store in the bbolt layout of earlier schemabot
// versions, with one mark, one digest and one feedback.
func writeBolt(t *testing.T, path string) {
	t.Helper()
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	put := func(tx *bbolt.Tx, bucket, key string, v any) {
		t.Helper()
		b, err := tx.CreateBucketIfNotExists([]byte(bucket))
		if err != nil {
			t.Fatal(err)
		}
		data, _ := json.Marshal(v)
		if err := b.Put([]byte(key), data); err != nil {
			t.Fatal(err)
		}
	}
	err = db.Update(func(tx *bbolt.Tx) error {
		m, _ := tx.CreateBucketIfNotExists([]byte("meta"))
		_ = m.Put([]byte("schema"), []byte("1"))
		put(tx, "marks/v1", "isere/3/1", Mark{Key: "isere/3/1", Done: true, By: "U1", At: t0,
			History: []MarkEvent{{Done: true, By: "U1", At: t0}}})
		put(tx, "digests/v1", "C1\x002020-01-13T08:00:00Z", Digest{ID: "dg-1", Channel: "C1",
			Scheduled: time.Date(2020, 1, 13, 8, 0, 0, 0, time.UTC), Status: DigestSent, Started: t0})
		put(tx, "feedback/v1", "r1\x00slack\x00U1", bot.Feedback{ReplyID: "r1", Platform: "slack", User: "U1",
			Useful: true, Question: "Qui pilote la fiche 3 ?", At: t0})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
}

// fill writes one entry of each kind into a new store at dir and closes it.
func fill(t *testing.T, dir string) {
	t.Helper()
	ctx := context.Background()
	st, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.MarkDone(ctx, "isere/3/1", "U1", t0); err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.BeginDigest(ctx, Digest{ID: "dg-1", Channel: "C1", Scheduled: t0, Status: DigestSending, Started: t0}); err != nil {
		t.Fatal(err)
	}
	if err := st.SaveFeedback(ctx, bot.Feedback{ReplyID: "r1", Platform: "slack", User: "U1", Useful: true,
		Question: "Qui pilote la fiche 3 ?", At: t0}); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
}

func overwrite(t *testing.T, path string, off int64, data []byte) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(data, off); err != nil {
		t.Fatal(err)
	}
}

func randomBytes(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	return b
}

// TestDamagedStoreIsOneLineError checks that a damaged state.db gives one
// line naming the file and the way out, never a panic: bbolt panicked on a
// bad freelist and gave "bad file descriptor" on an empty file.
func TestDamagedStoreIsOneLineError(t *testing.T) {
	tests := []struct {
		name   string
		damage func(t *testing.T, path string)
	}{
		{"random bytes", func(t *testing.T, path string) {
			if err := os.WriteFile(path, randomBytes(64<<10), 0o600); err != nil {
				t.Fatal(err)
			}
		}},
		{"empty file after a full disk", func(t *testing.T, path string) {
			if err := os.WriteFile(path, nil, 0o600); err != nil {
				t.Fatal(err)
			}
		}},
		{"sqlite truncated", func(t *testing.T, path string) {
			fill(t, filepath.Dir(path))
			if err := os.Truncate(path, 4096+100); err != nil {
				t.Fatal(err)
			}
		}},
		{"sqlite pages overwritten", func(t *testing.T, path string) {
			fill(t, filepath.Dir(path))
			info, _ := os.Stat(path)
			overwrite(t, path, 4096, randomBytes(int(info.Size())-4096))
		}},
		{"sqlite header overwritten", func(t *testing.T, path string) {
			fill(t, filepath.Dir(path))
			overwrite(t, path, 0, randomBytes(100))
		}},
		{"bbolt meta pages overwritten", func(t *testing.T, path string) {
			writeBolt(t, path)
			overwrite(t, path, 16, randomBytes(2*4096-16))
			overwrite(t, path, 16, []byte("\xed\xda\x0c\xed")) // still looks like bbolt
		}},
		{"bbolt truncated", func(t *testing.T, path string) {
			writeBolt(t, path)
			if err := os.Truncate(path, 4096+50); err != nil {
				t.Fatal(err)
			}
		}},
		{"a directory", func(t *testing.T, path string) {
			if err := os.Mkdir(path, 0o700); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := Path(dir)
			tt.damage(t, path)
			for _, ro := range []bool{false, true} {
				var opts []Option
				if ro {
					opts = append(opts, ReadOnly())
				}
				st, err := Open(path, opts...)
				if err == nil {
					_ = st.Close()
					t.Fatalf("read-only %v: damaged store opened", ro)
				}
				if !errors.Is(err, ErrDamaged) {
					t.Errorf("read-only %v: err = %v, want ErrDamaged", ro, err)
				}
				msg := err.Error()
				if strings.Contains(msg, "\n") || !strings.Contains(msg, path) || !strings.Contains(msg, "schemabot state recover") ||
					!strings.Contains(msg, "mv ") {
					t.Errorf("read-only %v: error must be one line naming the file and what to do: %q", ro, msg)
				}
			}
		})
	}
}

// TestLegacyBoltStoreConverted checks that the bbolt store of an earlier
// version is converted once, its data kept, the old file set aside.
func TestLegacyBoltStoreConverted(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := Path(dir)
	writeBolt(t, path)

	// A read-only open (schemabot feedback) reads it without converting.
	ro, err := Open(path, ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	if fb, err := ro.ListFeedback(ctx); err != nil || len(fb) != 1 {
		t.Fatalf("read-only legacy feedback = %v, %v", fb, err)
	}
	if err := ro.MarkDone(ctx, "x", "U", t0); err == nil {
		t.Error("write to a read-only legacy store succeeded")
	}
	_ = ro.Close()
	if k, _ := sniff(path); k != kindBolt {
		t.Fatal("read-only open converted the store")
	}

	st, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !st.IsDone("isere/3/1") {
		t.Error("done mark lost in the conversion")
	}
	if d, ok, err := st.Digest(ctx, "C1", time.Date(2020, 1, 13, 8, 0, 0, 0, time.UTC)); err != nil || !ok || d.Status != DigestSent {
		t.Errorf("digest after conversion = %+v, %v, %v", d, ok, err)
	}
	if fb, err := st.ListFeedback(ctx); err != nil || len(fb) != 1 || fb[0].Question != "Qui pilote la fiche 3 ?" {
		t.Errorf("feedback after conversion = %+v, %v", fb, err)
	}
	_ = st.Close()
	if k, _ := sniff(path); k != kindSQLite {
		t.Error("state.db is not SQLite after the conversion")
	}
	if k, _ := sniff(path + ".bbolt"); k != kindBolt {
		t.Error("the old bbolt file was not kept as state.db.bbolt")
	}
}

// TestSalvage checks that `schemabot state recover` finds the entries of a
// store whose header or meta pages are gone.
func TestSalvage(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name string
		make func(t *testing.T, path string)
	}{
		{"sqlite header overwritten", func(t *testing.T, path string) {
			fill(t, filepath.Dir(path))
			overwrite(t, path, 0, randomBytes(100))
		}},
		{"sqlite intact", func(t *testing.T, path string) { fill(t, filepath.Dir(path)) }},
		{"bbolt meta pages overwritten", func(t *testing.T, path string) {
			writeBolt(t, path)
			overwrite(t, path, 0, randomBytes(2*4096))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := Path(t.TempDir())
			tt.make(t, path)
			d, err := Salvage(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Marks) != 1 || !d.Marks[0].Done || len(d.Digests) != 1 || len(d.Feedback) != 1 {
				t.Fatalf("salvaged %d marks, %d digests, %d feedback; want one of each: %+v", len(d.Marks), len(d.Digests), len(d.Feedback), d)
			}
			// Into a new store.
			dst, err := OpenDir(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			defer dst.Close()
			n, err := dst.Import(ctx, d)
			if err != nil || n != (Counts{1, 1, 1}) {
				t.Fatalf("Import = %v, %v", n, err)
			}
			if !dst.IsDone("isere/3/1") {
				t.Error("salvaged mark not done")
			}
		})
	}
	if _, err := Salvage(ctx, filepath.Join(t.TempDir(), "nothing")); err == nil {
		t.Error("salvage of a missing file succeeded")
	}
}

// TestSalvageKeepsNewestCopy checks that of the copies a raw scan finds
// the latest wins: a reopened milestone must not come back done.
func TestSalvageKeepsNewestCopy(t *testing.T) {
	old := Mark{Key: "k", Done: true, By: "U1", At: t0}
	cur := Mark{Key: "k", Done: false, By: "U2", At: t0.Add(time.Hour)}
	var buf bytes.Buffer
	for _, m := range []Mark{cur, old} {
		data, _ := json.Marshal(m)
		buf.Write([]byte("\x00\x01garbage{"))
		buf.Write(data)
	}
	d := newest(scanJSON(buf.Bytes()))
	if len(d.Marks) != 1 || d.Marks[0].Done || d.Marks[0].By != "U2" {
		t.Fatalf("marks = %+v, want the reopening by U2", d.Marks)
	}
}

func TestExportImportRoundTrip(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	fill(t, dir)
	st, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	d, err := st.Export(ctx)
	if err != nil {
		t.Fatal(err)
	}
	dst, _ := openTemp(t)
	if n, err := dst.Import(ctx, d); err != nil || n != (Counts{1, 1, 1}) {
		t.Fatalf("Import = %v, %v", n, err)
	}
	// Importing again adds nothing and keeps what is there.
	if n, err := dst.Import(ctx, d); err != nil || n != (Counts{}) {
		t.Fatalf("second Import = %v, %v", n, err)
	}
	d2, _ := dst.Export(ctx)
	a, _ := json.Marshal(d)
	b, _ := json.Marshal(d2)
	if !bytes.Equal(a, b) {
		t.Errorf("round trip differs:\n%s\n%s", a, b)
	}
}

func TestSchemaVersionRecorded(t *testing.T) {
	st, dir := openTemp(t)
	st = reopen(t, st, dir)
	var n, v int
	if err := st.db.QueryRow(`SELECT COUNT(*), MAX(version) FROM schema_version`).Scan(&n, &v); err != nil {
		t.Fatal(err)
	}
	// One row per migration applied, each once.
	if n != latestVersion() || v != latestVersion() || v < 1 {
		t.Fatalf("schema_version has %d rows, max %d; want %d, version %d", n, v, latestVersion(), latestVersion())
	}
}

const childDirEnv = "SCHEMABOT_STATE_TEST_CHILD_DIR"

// TestStoreChild is the body of one process of TestConcurrentProcesses.
func TestStoreChild(t *testing.T) {
	dir := os.Getenv(childDirEnv)
	if dir == "" {
		t.Skip("run by TestConcurrentProcesses")
	}
	id := os.Getenv(childDirEnv + "_ID")
	ctx := context.Background()
	st, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for i := range 20 {
		if err := st.MarkDone(ctx, fmt.Sprintf("p%s/%d", id, i), "U"+id, t0); err != nil {
			t.Fatal(err)
		}
		if err := st.SaveFeedback(ctx, bot.Feedback{ReplyID: fmt.Sprintf("r%s-%d", id, i), User: "U" + id, At: t0}); err != nil {
			t.Fatal(err)
		}
		if _, _, err := st.BeginDigest(ctx, Digest{ID: "dg-" + id, Channel: "C", Scheduled: t0, Status: DigestSending}); err != nil {
			t.Fatal(err)
		}
	}
}

// TestConcurrentProcesses starts several processes on a fresh data
// directory at once: all of them must create or open the store and write.
func TestConcurrentProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	const procs = 6
	dir := t.TempDir()
	var wg sync.WaitGroup
	errs := make([]error, procs)
	outs := make([][]byte, procs)
	for p := range procs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.Command(os.Args[0], "-test.run=^TestStoreChild$", "-test.count=1")
			cmd.Env = append(os.Environ(), childDirEnv+"="+dir, childDirEnv+"_ID="+strconv.Itoa(p))
			outs[p], errs[p] = cmd.CombinedOutput()
		}()
	}
	wg.Wait()
	for p := range procs {
		if errs[p] != nil {
			t.Errorf("process %d: %v\n%s", p, errs[p], outs[p])
		}
	}
	st, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	keys, _ := st.DoneKeys()
	fb, _ := st.ListFeedback(context.Background())
	dg, _ := st.Digests(context.Background())
	if len(keys) != procs*20 || len(fb) != procs*20 || len(dg) != 1 {
		t.Errorf("%d marks, %d feedback, %d digests; want %d, %d, 1", len(keys), len(fb), len(dg), procs*20, procs*20)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".new-") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}
