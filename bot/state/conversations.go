package state

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"schemabot/bot"
	"schemabot/bot/chat"
)

// ConversationRetention is how long a thread's context is kept after its
// last message: a follow-up weeks later starts afresh.
const ConversationRetention = 30 * 24 * time.Hour

// The store keeps the core's thread context.
var _ bot.ConversationStore = (*Store)(nil)

// LoadConversation returns the context of the thread key, and false when
// the store has none (a new thread, or one pruned); it implements
// bot.ConversationStore.
func (s *Store) LoadConversation(ctx context.Context, key string) (chat.Conversation, bool, error) {
	var c chat.Conversation
	ok, err := getJSON(ctx, s.db, `SELECT body FROM conversations WHERE thread_key = $1`, &c, key)
	if err != nil {
		return chat.Conversation{}, false, fmt.Errorf("load conversation: %w", err)
	}
	return c, ok, nil
}

// SaveConversation records the context of the thread key after a message
// answered at at, replacing the one before; it implements
// bot.ConversationStore. Threads unused for ConversationRetention are
// pruned on the way.
func (s *Store) SaveConversation(ctx context.Context, key string, c chat.Conversation, at time.Time) error {
	if key == "" {
		return fmt.Errorf("save conversation: empty thread key")
	}
	body, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("save conversation: %w", err)
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO conversations (thread_key, body, updated_at) VALUES ($1, $2, $3)
ON CONFLICT (thread_key) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
		key, string(body), claimText(at)); err != nil {
		return fmt.Errorf("save conversation: %w", err)
	}
	// Pruning is cheap (updated_at is indexed); a failure only delays it.
	_, _ = s.db.ExecContext(ctx, `DELETE FROM conversations WHERE updated_at < $1`, claimText(at.Add(-ConversationRetention)))
	return nil
}
