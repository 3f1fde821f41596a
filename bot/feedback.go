package bot

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"time"
)

// Feedback is a user's 👍 or 👎 on an answer, kept with what was asked and
// answered so that it can be reviewed later.
type Feedback struct {
	ReplyID   string     `json:"reply_id"`
	Platform  string     `json:"platform"`
	Channel   string     `json:"channel"`
	User      string     `json:"user"`
	Useful    bool       `json:"useful"`
	Question  string     `json:"question"`
	Answer    string     `json:"answer"`
	Citations []Citation `json:"citations"`
	At        time.Time  `json:"at"`
}

// FeedbackStore keeps feedback.
type FeedbackStore interface {
	SaveFeedback(ctx context.Context, f Feedback) error
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
type ActionFunc func(ctx context.Context, ev ActionEvent) (Reply, error)

// RegisterAction routes clicks on buttons with this action id to fn.
func (c *Core) RegisterAction(actionID string, fn ActionFunc) { c.actions[actionID] = fn }

// Act handles a button click. Feedback buttons are handled by the core.
func (c *Core) Act(ctx context.Context, ev ActionEvent) (Reply, error) {
	switch ev.ActionID {
	case ActionFeedbackUp, ActionFeedbackDown:
		return c.feedback(ctx, ev)
	}
	fn, ok := c.actions[ev.ActionID]
	if !ok {
		return Reply{}, fmt.Errorf("unknown action %q", ev.ActionID)
	}
	return fn(ctx, ev)
}

func (c *Core) feedback(ctx context.Context, ev ActionEvent) (Reply, error) {
	f := Feedback{ReplyID: ev.Value, Platform: ev.Platform, Channel: ev.Channel, User: ev.User,
		Useful: ev.ActionID == ActionFeedbackUp, At: c.now()}
	c.mu.Lock()
	r, ok := c.replies[ev.Value]
	c.mu.Unlock()
	if ok {
		f.Question, f.Answer, f.Citations = r.Question, r.Text, r.Citations
	}
	lang := French
	if ok {
		lang = r.Lang
	}
	if c.fb != nil {
		if err := c.fb.SaveFeedback(ctx, f); err != nil {
			return Reply{}, fmt.Errorf("save feedback: %w", err)
		}
	}
	text := "Merci pour votre retour."
	if lang == English {
		text = "Thank you for your feedback."
	}
	return Reply{Answer: Answer{Text: text, Found: true, Lang: lang}, Ephemeral: true}, nil
}

// remember gives r an ID and feedback buttons, and keeps it for feedback.
func (c *Core) remember(r Reply) Reply {
	var b [8]byte
	_, _ = rand.Read(b[:])
	r.ID = hex.EncodeToString(b[:])
	if r.Question != "" {
		r.Buttons = append(r.Buttons,
			Button{ID: ActionFeedbackUp, Label: "👍", Value: r.ID},
			Button{ID: ActionFeedbackDown, Label: "👎", Value: r.ID})
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
