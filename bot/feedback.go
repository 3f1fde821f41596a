package bot

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"time"

	"schemabot/bot/chat"
)

// Feedback is a user's 👍 or 👎 on an answer, kept with what was asked and
// answered so that it can be reviewed later.
type Feedback struct {
	ReplyID   string          `json:"reply_id"`
	Platform  string          `json:"platform"`
	Channel   string          `json:"channel"`
	User      string          `json:"user"`
	Useful    bool            `json:"useful"`
	Question  string          `json:"question"`
	Answer    string          `json:"answer"`
	Citations []chat.Citation `json:"citations"`
	At        time.Time       `json:"at"`
}

// FeedbackStore keeps feedback.
type FeedbackStore interface {
	SaveFeedback(ctx context.Context, f Feedback) error
}

// SavedReply is what feedback needs of an answer once the answer has left
// the core's memory (a restart, or more than a few thousand answers since):
// the question and answer saved with a 👍/👎, and the language of the thanks.
type SavedReply struct {
	ID        string // Reply.ID, the value the feedback buttons carry
	Platform  string // where it was asked; "" for slash sub-commands
	Question  string
	Answer    string
	Lang      string
	Citations []chat.Citation
	At        time.Time
}

// ReplyStore keeps the link from an answer to its question across restarts,
// so that a 👍/👎 given on an answer posted before a restart is still saved
// with its question. The durable implementation is the state store
// (state.Store), which forgets replies after its retention.
type ReplyStore interface {
	// SaveReply records r, replacing a reply with the same ID.
	SaveReply(ctx context.Context, r SavedReply) error
	// LoadReply returns the reply with this ID; false when there is none
	// (never saved, or pruned).
	LoadReply(ctx context.Context, id string) (SavedReply, bool, error)
}

// Action ids of the feedback buttons every answer carries.
const (
	ActionFeedbackUp   = "feedback_up"
	ActionFeedbackDown = "feedback_down"
)

// ActionEvent is a click on a Button.
type ActionEvent struct {
	Platform string
	Channel  string
	User     string
	ActionID string
	Value    string
}

// ActionFunc handles a button click and may return a reply to show.
type ActionFunc func(ctx context.Context, ev ActionEvent) (chat.Reply, error)

// RegisterAction routes clicks on buttons with this action id to fn.
func (c *Core) RegisterAction(actionID string, fn ActionFunc) { c.actions[actionID] = fn }

// Act handles a button click. Feedback buttons are handled by the core.
func (c *Core) Act(ctx context.Context, ev ActionEvent) (chat.Reply, error) {
	switch ev.ActionID {
	case ActionFeedbackUp, ActionFeedbackDown:
		return c.feedback(ctx, ev)
	}
	fn, ok := c.actions[ev.ActionID]
	if !ok {
		return chat.Reply{}, fmt.Errorf("unknown action %q", ev.ActionID)
	}
	return fn(ctx, ev)
}

func (c *Core) feedback(ctx context.Context, ev ActionEvent) (chat.Reply, error) {
	f := Feedback{ReplyID: ev.Value, Platform: ev.Platform, Channel: ev.Channel, User: ev.User,
		Useful: ev.ActionID == ActionFeedbackUp, At: c.now()}
	r, ok := c.lookupReply(ctx, ev.Value)
	lang := chat.French
	if ok {
		f.Question, f.Answer, f.Citations, lang = r.Question, r.Answer, r.Citations, r.Lang
	}
	if c.fb != nil {
		if err := c.fb.SaveFeedback(ctx, f); err != nil {
			return chat.Reply{}, fmt.Errorf("save feedback: %w", err)
		}
	}
	text := "Merci pour votre retour."
	if lang == chat.English {
		text = "Thank you for your feedback."
	}
	return chat.Reply{Answer: chat.Answer{Text: text, Found: true, Lang: lang}, Ephemeral: true}, nil
}

// lookupReply finds the answer a feedback is about: in memory first, then in
// the reply store, which has the answers posted before a restart. A store
// failure is logged and the vote saved without its question: losing the
// vote too would be worse.
func (c *Core) lookupReply(ctx context.Context, id string) (SavedReply, bool) {
	if id == "" {
		return SavedReply{}, false
	}
	c.mu.Lock()
	r, ok := c.replies[id]
	c.mu.Unlock()
	if ok {
		return savedReply(r, "", time.Time{}), true
	}
	if c.rs == nil {
		return SavedReply{}, false
	}
	s, ok, err := c.rs.LoadReply(ctx, id)
	if err != nil {
		c.log.Warn("reply store failed, feedback saved without its question", "reply", id, "err", err)
		return SavedReply{}, false
	}
	return s, ok
}

// LinkPost records that a platform's post (its key, e.g. the post id) shows
// the reply replyID, so that a reaction on the post after a restart finds
// the answer: the reply is kept a second time under the post's key. Without
// a reply store the link lives as long as the process, in the adapter.
func (c *Core) LinkPost(ctx context.Context, postKey, replyID string) {
	if c.rs == nil || postKey == "" {
		return
	}
	s, ok := c.lookupReply(ctx, replyID)
	if !ok {
		return
	}
	s.ID = postKey
	if s.At.IsZero() {
		s.At = c.now()
	}
	if err := c.rs.SaveReply(ctx, s); err != nil {
		c.log.Warn("reply store failed, feedback on this post is lost at the next restart", "post", postKey, "err", err)
	}
}

// KnownReply reports whether id names an answer the core gave, in memory
// or in the reply store.
func (c *Core) KnownReply(ctx context.Context, id string) bool {
	_, ok := c.lookupReply(ctx, id)
	return ok
}

// savedReply is what the reply store keeps of r.
func savedReply(r chat.Reply, platform string, at time.Time) SavedReply {
	return SavedReply{ID: r.ID, Platform: platform, Question: r.Question, Answer: r.Text,
		Lang: r.Lang, Citations: r.Citations, At: at}
}

// remember is rememberFor for callers that know neither the request's
// context nor its platform (the built-in slash sub-commands): the save is
// bounded by the store's own write timeout.
func (c *Core) remember(r chat.Reply) chat.Reply { return c.rememberFor(context.Background(), "", r) }

// rememberFor gives r an ID and feedback buttons, and keeps it for feedback:
// in memory (the most recent 2 000, a cache) and in the reply store, when
// there is one, so that feedback survives a restart. A store failure is
// logged and the answer still given: only a later restart would lose the
// link.
func (c *Core) rememberFor(ctx context.Context, platform string, r chat.Reply) chat.Reply {
	var b [8]byte
	_, _ = rand.Read(b[:])
	r.ID = hex.EncodeToString(b[:])
	if r.Question != "" {
		r.Buttons = append(r.Buttons,
			chat.Button{ID: ActionFeedbackUp, Label: "👍", Value: r.ID},
			chat.Button{ID: ActionFeedbackDown, Label: "👎", Value: r.ID})
		// Only answers offering feedback need the link to outlive the
		// process.
		if c.rs != nil {
			if err := c.rs.SaveReply(ctx, savedReply(r, platform, c.now())); err != nil {
				c.log.Warn("reply store failed, feedback on this answer is lost at the next restart", "reply", r.ID, "err", err)
			}
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.replies[r.ID] = r
	c.order = append(c.order, r.ID)
	if len(c.order) > 2000 {
		for _, id := range c.order[:1000] {
			delete(c.replies, id)
		}
		c.order = append([]string(nil), c.order[1000:]...)
	}
	return r
}
