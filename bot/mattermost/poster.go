package mattermost

import (
	"context"
	"fmt"

	"github.com/mattermost/mattermost/server/public/model"

	"schemabot/bot"
)

// Post posts a reply at the top level of a channel, split within
// Mattermost's limit. The reminder scheduler posts its digests through it.
func (a *Adapter) Post(ctx context.Context, channel string, r bot.Reply) error {
	for _, c := range split(bot.Defuse(a.format(r)), maxRunes) {
		if _, err := a.createPost(ctx, &model.Post{ChannelId: channel, Message: c}); err != nil {
			return fmt.Errorf("post to %s: %w", channel, err)
		}
	}
	return nil
}
