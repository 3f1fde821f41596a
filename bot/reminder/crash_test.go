package reminder

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"schemabot/bot/chat"
	"schemabot/bot/state"
)

// crashDirEnv makes TestCrashChild run: it is the child process that
// TestKill9AfterPosting kills.
const crashDirEnv = "REMINDER_CRASH_DIR"

// filePoster "posts" by writing the digest text to a file, atomically, then
// hangs before returning, so that the process is killed between "posted"
// and "recorded".
type filePoster struct{ path string }

func (p filePoster) Post(ctx context.Context, channel string, r chat.Reply) error {
	tmp := p.path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if _, err := f.WriteString(r.Text); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, p.path); err != nil {
		return err
	}
	time.Sleep(time.Minute) // killed here
	return errors.New("not killed")
}

// fileChecker says a digest was posted when the file holds its id.
type fileChecker struct {
	path  string
	posts int
}

func (c *fileChecker) Post(ctx context.Context, channel string, r chat.Reply) error {
	c.posts++
	return nil
}

func (c *fileChecker) Posted(ctx context.Context, channel, id string) (bool, error) {
	data, err := os.ReadFile(c.path)
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	return FindDigestID(string(data)) == id, err
}

var crashMonday = at(2020, 1, 13, 9, 0)

func TestCrashChild(t *testing.T) {
	dir := os.Getenv(crashDirEnv)
	if dir == "" {
		t.Skip("run by TestKill9AfterPosting")
	}
	st, err := state.OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	s := newScheduler(t, handLib(), st, filePoster{filepath.Join(dir, "posted.txt")}, newClock(crashMonday))
	_ = s.Tick(context.Background())
	t.Fatal("Post returned")
}

// TestKill9AfterPosting kills a real process (SIGKILL) after it posted a
// digest and before it recorded it as sent: on restart the digest is found
// "sending", the platform confirms it was posted, and it is not posted again.
func TestKill9AfterPosting(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	dir := t.TempDir()
	posted := filepath.Join(dir, "posted.txt")
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$")
	cmd.Env = append(os.Environ(), crashDirEnv+"="+dir)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = cmd.Process.Kill() }()
	deadline := time.Now().Add(30 * time.Second)
	for {
		if _, err := os.Stat(posted); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the child never posted")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()

	st, err := state.OpenDir(dir, state.WithTimeout(time.Second))
	if err != nil {
		t.Fatalf("reopen after kill -9: %v", err)
	}
	defer st.Close()
	d, ok, err := st.Digest(context.Background(), "C1", crashMonday)
	if err != nil || !ok || d.Status != state.DigestSending {
		t.Fatalf("after kill -9 the log has %+v, %v, %v; want the intent, sending", d, ok, err)
	}
	c := &fileChecker{path: posted}
	if err := newScheduler(t, handLib(), st, c, newClock(crashMonday.Add(time.Minute))).Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	if c.posts != 0 {
		t.Fatalf("digest posted again after the restart (%d posts)", c.posts)
	}
	if d, _, _ := st.Digest(context.Background(), "C1", crashMonday); d.Status != state.DigestSent {
		t.Fatalf("digest is %s after the restart, want sent", d.Status)
	}
}
