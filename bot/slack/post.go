package slack

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"time"

	"schemabot/bot/chat"

	slackgo "github.com/slack-go/slack"
)

// call runs one Web API call. When Slack answers HTTP 429, it waits the
// Retry-After delay (bounded by ctx) and tries again, a few times at most.
// Other errors are logged and counted under the method's name; slack-go's
// errors never contain the tokens.
func (a *Adapter) call(ctx context.Context, method string, fn func(ctx context.Context) error) error {
	for attempt := 0; ; attempt++ {
		err := fn(ctx)
		if err == nil {
			return nil
		}
		var rl *slackgo.RateLimitedError
		if !errors.As(err, &rl) || attempt >= a.maxRetries {
			a.fail(method, "slack call failed", fmt.Errorf("%s: %w", method, err))
			return err
		}
		wait := max(rl.RetryAfter, time.Second)
		a.log.Warn("slack rate limit: waiting before retrying", "method", method, "retry_after", wait)
		if a.metrics != nil {
			a.metrics.Errors.WithLabelValues(platform, "rate_limited").Inc()
		}
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			a.fail(method, "slack call abandoned while rate limited", ctx.Err())
			return fmt.Errorf("%s: %w", method, ctx.Err())
		}
	}
}

// msgOptions sends a message's fallback text (already escaped) and blocks.
// link_names is never set, so nothing in a message can notify anyone.
func msgOptions(msg outMsg) []slackgo.MsgOption {
	opts := []slackgo.MsgOption{slackgo.MsgOptionText(msg.text, false)}
	if len(msg.blocks) > 0 {
		opts = append(opts, slackgo.MsgOptionBlocks(msg.blocks...))
	}
	return opts
}

// post posts msg in channel, in thread when thread is set, and returns its ts.
func (a *Adapter) post(ctx context.Context, channel, thread string, msg outMsg) (string, error) {
	opts := msgOptions(msg)
	if thread != "" {
		opts = append(opts, slackgo.MsgOptionTS(thread))
	}
	var ts string
	err := a.call(ctx, "chat.postMessage", func(ctx context.Context) error {
		var err error
		_, ts, err = a.api.PostMessageContext(ctx, channel, opts...)
		return err
	})
	return ts, err
}

// update replaces the message ts with msg.
func (a *Adapter) update(ctx context.Context, channel, ts string, msg outMsg) error {
	opts := msgOptions(msg)
	if len(msg.blocks) == 0 {
		// Clear any blocks so that the text shows.
		opts = append(opts, slackgo.MsgOptionBlocks())
	}
	return a.call(ctx, "chat.update", func(ctx context.Context) error {
		_, _, _, err := a.api.UpdateMessageContext(ctx, channel, ts, opts...)
		return err
	})
}

// postEphemeral shows msg to user only, in channel (and thread when set).
func (a *Adapter) postEphemeral(ctx context.Context, channel, user, thread string, msg outMsg) error {
	opts := msgOptions(msg)
	if thread != "" {
		opts = append(opts, slackgo.MsgOptionTS(thread))
	}
	return a.call(ctx, "chat.postEphemeral", func(ctx context.Context) error {
		_, err := a.api.PostEphemeralContext(ctx, channel, user, opts...)
		return err
	})
}

// postResponseURL answers a slash command or a click through its
// response_url, which works where the bot is not a member.
func (a *Adapter) postResponseURL(ctx context.Context, responseURL string, ephemeral bool, msg outMsg) error {
	kind := slackgo.ResponseTypeInChannel
	if ephemeral {
		kind = slackgo.ResponseTypeEphemeral
	}
	opts := append(msgOptions(msg), slackgo.MsgOptionResponseURL(responseURL, kind))
	return a.call(ctx, "response_url", func(ctx context.Context) error {
		_, _, err := a.api.PostMessageContext(ctx, "", opts...)
		return err
	})
}

// upload shares the reply's image in channel (in thread when set) with the
// files.getUploadURLExternal / upload / files.completeUploadExternal flow.
func (a *Adapter) upload(ctx context.Context, channel, thread string, r chat.Reply) {
	name := r.ImageName
	if name == "" {
		name = "image.png"
	}
	_ = a.call(ctx, "files.upload", func(ctx context.Context) error {
		_, err := a.api.UploadFileContext(ctx, slackgo.UploadFileParameters{
			Reader:          bytes.NewReader(r.Image),
			FileSize:        len(r.Image),
			Filename:        name,
			Title:           name,
			Channel:         channel,
			ThreadTimestamp: thread,
		})
		return err
	})
}
