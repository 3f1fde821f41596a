package bot

import (
	"context"
	"time"

	"schemabot/bot/chat"
)

// ConversationStore keeps each thread's Conversation outside the process,
// so that a follow-up handled by another replica of the bot, or after a
// restart, keeps the fiche, document and field the thread is about. Keys
// are "platform/channel/thread". The durable implementation is the state
// store (state.Store); without one the core keeps threads in memory.
type ConversationStore interface {
	// LoadConversation returns the thread's context, false when there is
	// none.
	LoadConversation(ctx context.Context, key string) (chat.Conversation, bool, error)
	// SaveConversation records the thread's context after a message
	// answered at at.
	SaveConversation(ctx context.Context, key string, c chat.Conversation, at time.Time) error
}

// WithConversationStore keeps thread context in s (in memory otherwise).
// Give every replica the same store so that any of them can answer a
// follow-up.
func WithConversationStore(s ConversationStore) CoreOption { return func(c *Core) { c.cs = s } }

// maxMemoryThreads bounds the threads kept in memory; beyond it, the half
// least recently used are forgotten.
const maxMemoryThreads = 5000

// loadConversation returns the context of thread key: from the store when
// the core has one, else (or when the store fails) from memory.
func (c *Core) loadConversation(ctx context.Context, key string) chat.Conversation {
	if c.cs != nil {
		conv, ok, err := c.cs.LoadConversation(ctx, key)
		if err == nil {
			if !ok {
				return chat.Conversation{}
			}
			return conv
		}
		c.log.Warn("conversation store failed; using this process's copy of the thread", "err", err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e := c.convs[key]; e != nil {
		return e.conv
	}
	return chat.Conversation{}
}

// saveConversation records the context of thread key after an answer, in
// memory and in the store when the core has one. The memory copy is what a
// failing store falls back on.
func (c *Core) saveConversation(ctx context.Context, key string, conv chat.Conversation) {
	now := c.now()
	c.mu.Lock()
	e := c.convs[key]
	if e == nil {
		e = &convEntry{}
		c.convs[key] = e
	}
	e.conv, e.used = conv, now
	if len(c.convs) > maxMemoryThreads {
		c.evictLocked()
	}
	c.mu.Unlock()
	if c.cs == nil {
		return
	}
	// The answer is given: its context is saved even when the question's
	// context ended meanwhile (a shutdown, the answer timeout).
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := c.cs.SaveConversation(sctx, key, conv, now); err != nil {
		c.log.Warn("conversation store failed; the thread's context is kept in this process only", "err", err)
	}
}
