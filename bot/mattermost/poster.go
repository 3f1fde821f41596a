package mattermost

import (
	"context"
	"fmt"
	"strings"

	"schemabot/bot/chat"

	"github.com/mattermost/mattermost/server/public/model"
)

// Post posts a reply at the top level of a channel, split within
// Mattermost's limit. The reminder scheduler posts its digests through it.
func (a *Adapter) Post(ctx context.Context, channel string, r chat.Reply) error {
	for _, c := range split(chat.Defuse(a.format(r)), maxRunes) {
		if _, err := a.createPost(ctx, &model.Post{ChannelId: channel, Message: c}); err != nil {
			return fmt.Errorf("post to %s: %w", channel, err)
		}
	}
	return nil
}

// Posted reports whether a post of the bot among the channel's last 200
// holds digestID, so that a digest interrupted between posting and
// recording is not posted twice (reminder.PostChecker).
func (a *Adapter) Posted(ctx context.Context, channel, digestID string) (bool, error) {
	var list *model.PostList
	_, err := a.call(ctx, "posts", func(ctx context.Context) (*model.Response, error) {
		l, resp, err := a.api.GetPostsForChannel(ctx, channel, 0, 200, "", false, false)
		list = l
		return resp, err
	})
	if err != nil {
		return false, fmt.Errorf("read posts of %s: %w", channel, err)
	}
	if list == nil {
		return false, nil
	}
	for _, p := range list.Posts {
		if strings.Contains(p.Message, digestID) {
			return true, nil
		}
	}
	return false, nil
}
