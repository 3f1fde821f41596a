package bot

import (
	"context"
	"sync"
	"time"

	"schemabot/bot/chat"
)

// HandledStore remembers which incoming messages the bot took on, so that a
// message delivered again (a retried event, a replay after a reconnect, the
// catch-up after a restart) is answered once. Keys are "platform/id".
//
// The durable implementation is the state store (state.Store);
// MemoryHandled keeps claims for the life of the process only. Both also
// implement DeliveryTracker.
type HandledStore interface {
	// ClaimMessage records key as handled at at and reports whether it was
	// new: true means the caller must answer it.
	ClaimMessage(ctx context.Context, key string, at time.Time) (bool, error)
	// ReleaseMessage forgets key, when no answer could be delivered, so that
	// a later catch-up answers it.
	ReleaseMessage(ctx context.Context, key string) error
}

// DeliveryTracker is what a HandledStore may also implement so that a
// process killed after claiming a message but before posting its answer
// does not lose the question: the adapter marks a claim delivered once the
// answer is posted, and a catch-up that found no answer on the platform
// may take over a claim older than the lease that was never delivered.
type DeliveryTracker interface {
	// MarkDelivered records that the answer to key was posted.
	MarkDelivered(ctx context.Context, key string, at time.Time) error
	// TakeOverMessage claims key again at at when its claim is older than
	// lease and not delivered, and reports whether it did.
	TakeOverMessage(ctx context.Context, key string, at time.Time, lease time.Duration) (bool, error)
}

// DefaultClaimLease is how long a claim protects a message from a
// catch-up's take-over: longer than an answer may take (the adapters give
// up after two minutes), so that a live process is never doubled.
const DefaultClaimLease = 5 * time.Minute

// MemoryHandled is a HandledStore in memory. It forgets claims older than
// its retention, and is safe for concurrent use.
type MemoryHandled struct {
	mu        sync.Mutex
	claims    map[string]time.Time
	delivered map[string]bool
	retention time.Duration
}

// NewMemoryHandled returns an empty in-memory HandledStore keeping claims
// for 48 hours, longer than any catch-up window.
func NewMemoryHandled() *MemoryHandled {
	return &MemoryHandled{claims: map[string]time.Time{}, delivered: map[string]bool{}, retention: 48 * time.Hour}
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
				delete(s.delivered, k)
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
	delete(s.delivered, key)
	return nil
}

// MarkDelivered implements DeliveryTracker.
func (s *MemoryHandled) MarkDelivered(_ context.Context, key string, _ time.Time) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.claims[key]; ok {
		s.delivered[key] = true
	}
	return nil
}

// TakeOverMessage implements DeliveryTracker.
func (s *MemoryHandled) TakeOverMessage(_ context.Context, key string, at time.Time, lease time.Duration) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.claims[key]
	if !ok || s.delivered[key] || at.Sub(t) <= lease {
		return false, nil
	}
	s.claims[key] = at
	return true, nil
}

// WithClaimLease sets how old an undelivered claim must be before a
// catch-up may take it over (DefaultClaimLease otherwise).
func WithClaimLease(d time.Duration) CoreOption {
	return func(c *Core) {
		if d > 0 {
			c.lease = d
		}
	}
}

// Delivered records that the answer to m was posted, so that no catch-up
// takes its claim over. Adapters call it after posting.
func (c *Core) Delivered(ctx context.Context, m chat.Message) {
	if m.ID == "" {
		return
	}
	t, ok := c.handled.(DeliveryTracker)
	if !ok {
		return
	}
	if err := t.MarkDelivered(ctx, m.Platform+"/"+m.ID, c.now()); err != nil {
		c.log.Warn("could not mark a message delivered", "platform", m.Platform, "err", err)
	}
}

// takeOver claims again a message whose claim went stale without delivery,
// for a catch-up that checked the platform shows no answer.
func (c *Core) takeOver(ctx context.Context, key string) bool {
	t, ok := c.handled.(DeliveryTracker)
	if !ok {
		return false
	}
	ok, err := t.TakeOverMessage(ctx, key, c.now(), c.lease)
	if err != nil {
		c.log.Warn("handled store failed on a take-over", "err", err)
		return false
	}
	if ok {
		c.log.Info("answering a message whose claim was never delivered", "key", key)
	}
	return ok
}

// WithHandledStore makes s decide which messages were already answered
// (an in-memory store otherwise). Give the core the same durable store
// across restarts so that a redelivered message is not answered twice.
func WithHandledStore(s HandledStore) CoreOption { return func(c *Core) { c.handled = s } }

// Release forgets that m was handled, for an adapter that could not deliver
// the answer: the next catch-up answers m again.
func (c *Core) Release(ctx context.Context, m chat.Message) {
	if m.ID == "" {
		return
	}
	if err := c.handled.ReleaseMessage(ctx, m.Platform+"/"+m.ID); err != nil {
		c.log.Warn("could not release a message", "platform", m.Platform, "err", err)
	}
}
