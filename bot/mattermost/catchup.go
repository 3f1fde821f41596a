package mattermost

import (
	"context"
	"fmt"
	"sort"
	"time"

	"schemabot/bot/chat"

	"github.com/mattermost/mattermost/server/public/model"
)

// seen notes the creation time of a post the bot received.
func (a *Adapter) seen(createAt int64) {
	for {
		cur := a.lastSeen.Load()
		if createAt <= cur || a.lastSeen.CompareAndSwap(cur, createAt) {
			return
		}
	}
}

// since is where a catch-up starts reading (Unix ms): a little before the
// newest post seen, and never more than catchUpWindow ago. At start-up
// nothing was seen: the whole window is read.
func (a *Adapter) since(now time.Time) int64 {
	from := now.Add(-a.catchUpWindow).UnixMilli()
	if last := a.lastSeen.Load(); last > 0 {
		from = max(from, last-a.catchUpMargin.Milliseconds())
	}
	return from
}

// catchUp reads the posts made since the last one seen in every channel
// and direct message the bot belongs to, and answers the questions among
// them that are not answered yet. The core's handled store has the last
// word on "already answered"; a question the server shows an answer of
// the bot after is skipped too, so that a restart with an empty store does
// not answer the last day again.
func (a *Adapter) catchUp(ctx, work context.Context, me *identity) error {
	from := a.since(time.Now())
	var chans []*model.Channel
	_, err := a.call(ctx, "channels", func(ctx context.Context) (*model.Response, error) {
		var resp *model.Response
		var err error
		chans, resp, err = a.api.GetChannelsForUserWithLastDeleteAt(ctx, me.id, 0)
		return resp, err
	})
	if err != nil {
		return fmt.Errorf("list the bot's channels: %w", err)
	}
	questions := 0
	for _, ch := range chans {
		if ch == nil || ch.DeleteAt != 0 {
			continue
		}
		var list *model.PostList
		_, err := a.call(ctx, "posts_since", func(ctx context.Context) (*model.Response, error) {
			var resp *model.Response
			var err error
			list, resp, err = a.api.GetPostsSince(ctx, ch.Id, from, false)
			return resp, err
		})
		if err != nil {
			a.log.Warn("mattermost: catch-up skipped a channel", "channel", ch.Id, "err", err)
			continue
		}
		for _, m := range a.missed(me, ch, list, from) {
			questions++
			received := time.Now()
			a.spawnFor(ctx, work, m.User, func(ctx context.Context) { a.answer(ctx, me, m, received) })
		}
	}
	a.log.Info("mattermost: caught up", "channels", len(chans), "questions", questions,
		"since", time.UnixMilli(from).UTC().Format(time.RFC3339))
	return nil
}

// missed returns, oldest first, the questions of a channel's posts created
// from from on that the bot has not visibly answered: no post of the bot
// in the question's thread after it.
func (a *Adapter) missed(me *identity, ch *model.Channel, list *model.PostList, from int64) []chat.Message {
	if list == nil {
		return nil
	}
	posts := make([]*model.Post, 0, len(list.Posts))
	for _, p := range list.Posts {
		if p != nil {
			posts = append(posts, p)
		}
	}
	sort.Slice(posts, func(i, j int) bool {
		if posts[i].CreateAt != posts[j].CreateAt {
			return posts[i].CreateAt < posts[j].CreateAt
		}
		return posts[i].Id < posts[j].Id
	})
	lastReply := map[string]int64{} // thread root -> newest post of the bot in it
	for _, p := range posts {
		if p.UserId == me.id && p.RootId != "" {
			lastReply[p.RootId] = max(lastReply[p.RootId], p.CreateAt)
		}
	}
	var out []chat.Message
	for _, p := range posts {
		// "since" also returns older posts edited or deleted since.
		if p.CreateAt < from {
			continue
		}
		a.seen(p.CreateAt)
		if p.ChannelId == "" {
			p.ChannelId = ch.Id
		}
		m, ok := a.messageFromPost(me, p, string(ch.Type))
		if !ok || lastReply[m.Thread] > p.CreateAt {
			continue
		}
		// The server shows no answer after it: a claim a dead process left
		// undelivered may be taken over (see bot.DeliveryTracker).
		m.CatchUp = true
		out = append(out, m)
	}
	return out
}
