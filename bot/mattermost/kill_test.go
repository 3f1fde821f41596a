package mattermost

import (
	"bufio"
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"

	"schemabot/bot"
	"schemabot/bot/answer/answertest"
	"schemabot/bot/chat"
	"schemabot/bot/state"
)

// killChildEnv carries the fake server's URL to the child process of
// TestKilledAfterClaimIsAnsweredOnce; killChildEnv+"_STORE" the store path.
const killChildEnv = "SCHEMABOT_MM_KILL_CHILD"

// claimedLine is what the child prints once the core claimed a message.
const claimedLine = "CLAIMED "

// TestKilledAfterClaimChild is the bot process that gets killed: a real
// adapter and core with the durable store, whose answers stop between the
// claim (in the core) and the post, as a kill -9 at that moment would.
func TestKilledAfterClaimChild(t *testing.T) {
	url := os.Getenv(killChildEnv)
	if url == "" {
		t.Skip("run by TestKilledAfterClaimIsAnsweredOnce")
	}
	st, err := state.Open(os.Getenv(killChildEnv + "_STORE"))
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.DiscardHandler)
	core := bot.NewCore(answertest.Engine(t), bot.WithHandledStore(st), bot.WithLogger(log))
	ad := New(Config{URL: url, Token: testToken}, core, WithLogger(log))
	ad.handle = func(ctx context.Context, m chat.Message, partial func(string)) (chat.Reply, error) {
		r, err := core.HandleStream(ctx, m, partial)
		if err == nil {
			fmt.Println(claimedLine + m.ID)
			select {} // killed here: claimed, answered, not posted
		}
		return r, err
	}
	_ = ad.Run(context.Background())
}

// A bot killed (SIGKILL) after claiming a question and before posting its
// answer must not lose it: the restarted bot, with the same durable store,
// finds on its catch-up that the server shows no answer, takes the stale
// undelivered claim over and answers once; a further restart does not
// answer again.
func TestKilledAfterClaimIsAnsweredOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	fake := newFakeServer(t, testToken)
	fake.join(townSq, "O")
	q := &model.Post{Id: model.NewId(), CreateAt: model.GetMillis(), UserId: aliceID, ChannelId: townSq,
		Message: "@schemabot Qui pilote la fiche 3 ?"}
	fake.store(q)
	storePath := filepath.Join(t.TempDir(), state.FileName)
	st, err := state.Open(storePath) // created before the child, so both open one file
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })

	cmd := exec.Command(os.Args[0], "-test.run=^TestKilledAfterClaimChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), killChildEnv+"="+fake.srv.URL, killChildEnv+"_STORE="+storePath)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	claimed := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if id, ok := strings.CutPrefix(sc.Text(), claimedLine); ok {
				claimed <- id
			}
		}
		close(claimed)
	}()
	select {
	case id, ok := <-claimed:
		if !ok || id != q.Id {
			_ = cmd.Process.Kill()
			t.Fatalf("the child claimed %q, want %s", id, q.Id)
		}
	case <-time.After(60 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatal("the child did not claim the question")
	}
	if err := cmd.Process.Kill(); err != nil { // SIGKILL: no deferred code runs
		t.Fatal(err)
	}
	_ = cmd.Wait()
	if n := len(fake.postsIn(q.Id)); n != 0 {
		t.Fatalf("the killed child posted %d answers; the test shows nothing", n)
	}
	if ok, err := st.ClaimMessage(context.Background(), "mattermost/"+q.Id, time.Now()); err != nil || ok {
		t.Fatalf("the child's claim is not in the store (claim again = %v, %v)", ok, err)
	}
	drainConns(fake)

	lease := 50 * time.Millisecond
	time.Sleep(2 * lease) // the child's claim is now stale
	opts := []bot.CoreOption{bot.WithHandledStore(st), bot.WithClaimLease(lease)}
	h := start(t, setup{fake: fake, coreOpts: opts})
	waitFor(t, "the answer after the restart", func() bool { return len(fake.postsIn(q.Id)) > 0 })
	settle()
	onlyOneAnswer(t, fake, q.Id)
	if got := counterValue(h.metrics.CaughtUp.WithLabelValues(platform)); got != 1 {
		t.Errorf("schemabot_caught_up_total = %v, want 1", got)
	}

	// The answer is marked delivered: another restart, even with the lease
	// long past, leaves it alone.
	h.cancel()
	<-h.done
	h.done <- nil
	drainConns(fake)
	time.Sleep(2 * lease)
	start(t, setup{fake: fake, coreOpts: opts})
	settle()
	onlyOneAnswer(t, fake, q.Id)
}

// drainConns forgets the WebSocket connections of a bot that is gone, so
// that the next start waits for its own.
func drainConns(f *fakeServer) {
	for {
		select {
		case <-f.conns:
		default:
			return
		}
	}
}
