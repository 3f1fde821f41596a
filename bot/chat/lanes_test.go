package chat

import (
	"sync"
	"testing"
	"time"
)

func TestLanesKeepOrderPerKey(t *testing.T) {
	var l Lanes
	var mu sync.Mutex
	var got []string
	var wg sync.WaitGroup
	run := func(key, name string, d time.Duration) {
		f := l.Queue(key, func() {
			time.Sleep(d)
			mu.Lock()
			got = append(got, name)
			mu.Unlock()
		})
		wg.Add(1)
		go func() { defer wg.Done(); f() }()
	}
	// The first question of alice is the slowest; it must still come first.
	run("alice", "a1", 60*time.Millisecond)
	run("alice", "a2", 0)
	run("bob", "b1", 10*time.Millisecond)
	run("alice", "a3", 0)
	wg.Wait()
	pos := map[string]int{}
	for i, n := range got {
		pos[n] = i
	}
	if !(pos["a1"] < pos["a2"] && pos["a2"] < pos["a3"]) {
		t.Errorf("alice's work ran as %v, want a1, a2, a3 in order", got)
	}
	if pos["b1"] > pos["a1"] {
		t.Errorf("bob waited for alice: %v", got)
	}
	if len(l.tails) != 0 {
		t.Errorf("lanes kept %d finished keys", len(l.tails))
	}
}

func TestLanesGoOnAfterAPanic(t *testing.T) {
	var l Lanes
	first := l.Queue("alice", func() { panic("boom") })
	ran := make(chan struct{})
	second := l.Queue("alice", func() { close(ran) })
	go func() {
		defer func() { _ = recover() }()
		first()
	}()
	go second()
	select {
	case <-ran:
	case <-time.After(2 * time.Second):
		t.Fatal("a panic in one question blocked the user's next one")
	}
}
