package slack

import (
	"context"
	"fmt"

	"schemabot/bot"
)

// Post posts a reply at the top level of a channel, split within Slack's
// limits. The reminder scheduler posts its digests through it.
func (a *Adapter) Post(ctx context.Context, channel string, r bot.Reply) error {
	for _, msg := range render(r) {
		if _, err := a.post(ctx, channel, "", msg); err != nil {
			return fmt.Errorf("post to %s: %w", channel, err)
		}
	}
	return nil
}
