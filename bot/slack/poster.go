package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"schemabot/bot/chat"

	slackgo "github.com/slack-go/slack"
)

// Post posts a reply at the top level of a channel, split within Slack's
// limits. The reminder scheduler posts its digests through it.
func (a *Adapter) Post(ctx context.Context, channel string, r chat.Reply) error {
	for _, msg := range renderNamed(r, a.docName) {
		if _, err := a.post(ctx, channel, "", msg); err != nil {
			return fmt.Errorf("post to %s: %w", channel, err)
		}
	}
	return nil
}

// Posted reports whether one of the channel's last 200 messages holds
// digestID, so that a digest interrupted between posting and recording is
// not posted twice (reminder.PostChecker). It needs the channels:history
// and groups:history scopes.
func (a *Adapter) Posted(ctx context.Context, channel, digestID string) (bool, error) {
	var found bool
	err := a.call(ctx, "conversations.history", func(ctx context.Context) error {
		resp, err := a.api.GetConversationHistoryContext(ctx, &slackgo.GetConversationHistoryParameters{ChannelID: channel, Limit: 200})
		if err != nil {
			return err
		}
		for _, m := range resp.Messages {
			raw, _ := json.Marshal(m)
			if strings.Contains(string(raw), digestID) {
				found = true
			}
		}
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("read history of %s: %w", channel, err)
	}
	return found, nil
}
