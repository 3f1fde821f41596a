package bot

import (
	"context"
	"sync"
	"time"
)

// HandledStore remembers which incoming messages the bot took on, so that a
// message delivered again (a retried event, a replay after a reconnect, the
// catch-up after a restart) is answered once. Keys are "platform/id".
//
// The durable implementation belongs to the state store (see
// state.Store.ClaimMessage, to be added); MemoryHandled keeps claims for the
// life of the process only.
type HandledStore interface {
	// ClaimMessage records key as handled at at and reports whether it was
	// new: true means the caller must answer it.
	ClaimMessage(ctx context.Context, key string, at time.Time) (bool, error)
	// ReleaseMessage forgets key, when no answer could be delivered, so that
	// a later catch-up answers it.
	ReleaseMessage(ctx context.Context, key string) error
}

// MemoryHandled is a HandledStore in memory. It forgets claims older than
// its retention, and is safe for concurrent use.
type MemoryHandled struct {
	mu        sync.Mutex
	claims    map[string]time.Time
	retention time.Duration
}

// NewMemoryHandled returns an empty in-memory HandledStore keeping claims
// for 48 hours, longer than any catch-up window.
func NewMemoryHandled() *MemoryHandled {
	return &MemoryHandled{claims: map[string]time.Time{}, retention: 48 * time.Hour}
}

// ClaimMessage implements HandledStore.
func (s *MemoryHandled) ClaimMessage(_ context.Context, key string, at time.Time) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.claims[key]; ok {
		return false, nil
	}
	s.claims[key] = at
	if len(s.claims) > 10000 {
		for k, t := range s.claims {
			if at.Sub(t) > s.retention {
				delete(s.claims, k)
			}
		}
	}
	return true, nil
}

// ReleaseMessage implements HandledStore.
func (s *MemoryHandled) ReleaseMessage(_ context.Context, key string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.claims, key)
	return nil
}

// WithHandledStore makes s decide which messages were already answered
// (an in-memory store otherwise). Give the core the same durable store
// across restarts so that a redelivered message is not answered twice.
func WithHandledStore(s HandledStore) CoreOption { return func(c *Core) { c.handled = s } }

// Release forgets that m was handled, for an adapter that could not deliver
// the answer: the next catch-up answers m again.
func (c *Core) Release(ctx context.Context, m Message) {
	if m.ID == "" {
		return
	}
	if err := c.handled.ReleaseMessage(ctx, m.Platform+"/"+m.ID); err != nil {
		c.log.Warn("could not release a message", "platform", m.Platform, "err", err)
	}
}
