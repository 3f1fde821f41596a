package chat

import "sync"

// Lanes runs work in the order it was queued for one key, and concurrently
// across keys. Adapters queue each user's questions under the user's id so
// that a user's questions are answered, and rate-limited, in the order they
// were asked, even though each answer runs in its own goroutine.
//
// The zero value is ready to use. Queue must be called in arrival order (from
// the adapter's event loop); the work itself may take as long as it needs.
type Lanes struct {
	mu    sync.Mutex
	tails map[string]chan struct{}
}

// Queue returns a function that waits for the work queued before it under
// key, runs fn and then lets the next one go. The caller runs the returned
// function in a goroutine of its choosing. An empty key does not wait.
func (l *Lanes) Queue(key string, fn func()) func() {
	if key == "" {
		return fn
	}
	done := make(chan struct{})
	l.mu.Lock()
	if l.tails == nil {
		l.tails = map[string]chan struct{}{}
	}
	prev := l.tails[key]
	l.tails[key] = done
	l.mu.Unlock()
	return func() {
		// Deferred so that a panic in fn, which the caller recovers, does
		// not block the user's later questions.
		defer func() {
			close(done)
			l.mu.Lock()
			if l.tails[key] == done {
				delete(l.tails, key)
			}
			l.mu.Unlock()
		}()
		if prev != nil {
			<-prev
		}
		fn()
	}
}
