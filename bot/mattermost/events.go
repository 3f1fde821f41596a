package mattermost

import (
	"context"
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mattermost/mattermost/server/public/model"

	"schemabot/bot"
	"schemabot/bot/chat"
)

// messageFromPosted turns a "posted" event into a message for the core, or
// reports false when the bot must not answer it (see messageFromPost).
func (a *Adapter) messageFromPosted(me *identity, ev *model.WebSocketEvent) (chat.Message, bool) {
	data := ev.GetData()
	raw, _ := data["post"].(string) // the server sends the post as a JSON string
	var p model.Post
	if err := json.Unmarshal([]byte(raw), &p); err != nil || p.Id == "" {
		a.log.Debug("mattermost: unreadable post event", "err", err)
		return chat.Message{}, false
	}
	channelType, _ := data["channel_type"].(string)
	if p.ChannelId == "" && ev.GetBroadcast() != nil {
		p.ChannelId = ev.GetBroadcast().ChannelId
	}
	a.seen(p.CreateAt)
	return a.messageFromPost(me, &p, channelType)
}

// messageFromPost turns a post into a message for the core, or reports
// false when the bot must not answer it: its own posts, posts of other
// bots, webhooks, plugins and system messages, edits and deletions, and
// channel posts that do not mention it.
func (a *Adapter) messageFromPost(me *identity, p *model.Post, channelType string) (chat.Message, bool) {
	if p.Id == "" || p.UserId == "" || p.UserId == me.id || p.Type != model.PostTypeDefault || p.EditAt != 0 || p.DeleteAt != 0 {
		return chat.Message{}, false
	}
	for _, k := range []string{model.PostPropsFromBot, model.PostPropsFromWebhook, model.PostPropsFromPlugin} {
		if isTrue(p.GetProp(k)) {
			return chat.Message{}, false
		}
	}
	direct := channelType == string(model.ChannelTypeDirect)
	spans := mentionSpans(p.Message, me.username)
	if !direct && len(spans) == 0 {
		return chat.Message{}, false
	}
	thread := p.RootId
	if thread == "" {
		thread = p.Id
	}
	return chat.Message{
		Platform: platform,
		ID:       p.Id,
		Channel:  p.ChannelId,
		Thread:   thread,
		User:     p.UserId,
		Text:     addressedText(p.Message, spans),
		Direct:   direct,
	}, true
}

// feedbackFromReaction turns a 👍 or 👎 reaction of a person on one of the
// bot's answers into a feedback action.
func (a *Adapter) feedbackFromReaction(me *identity, ev *model.WebSocketEvent) (bot.ActionEvent, bool) {
	raw, _ := ev.GetData()["reaction"].(string) // a JSON string, like posts
	var r model.Reaction
	if err := json.Unmarshal([]byte(raw), &r); err != nil || r.UserId == "" || r.UserId == me.id {
		return bot.ActionEvent{}, false
	}
	var action string
	switch r.EmojiName {
	case "+1", "thumbsup":
		action = bot.ActionFeedbackUp
	case "-1", "thumbsdown":
		action = bot.ActionFeedbackDown
	default:
		return bot.ActionEvent{}, false
	}
	replyID := a.replyOf(r.PostId)
	if replyID == "" {
		// An answer posted before a restart: the core's store has it
		// under the post's key.
		if key := postKey(r.PostId); a.core != nil && a.core.KnownReply(context.Background(), key) {
			replyID = key
		} else {
			return bot.ActionEvent{}, false
		}
	}
	channel := r.ChannelId
	if channel == "" && ev.GetBroadcast() != nil {
		channel = ev.GetBroadcast().ChannelId
	}
	return bot.ActionEvent{Platform: platform, Channel: channel, User: r.UserId, ActionID: action, Value: replyID}, true
}

// remember records that the bot's post postID carries the reply replyID,
// keeping the most recent maxRemembered posts.
func (a *Adapter) remember(postID, replyID string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, ok := a.answers[postID]; ok {
		return
	}
	a.answers[postID] = replyID
	a.order = append(a.order, postID)
	if len(a.order) > maxRemembered {
		drop := len(a.order) - maxRemembered
		for _, id := range a.order[:drop] {
			delete(a.answers, id)
		}
		a.order = append([]string(nil), a.order[drop:]...)
	}
}

// postKey is the key under which the core keeps the answer a post shows.
func postKey(postID string) string { return "mattermost-post:" + postID }

// replyOf returns the reply id an answer post carries, or "".
func (a *Adapter) replyOf(postID string) string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.answers[postID]
}

func isTrue(v any) bool {
	switch v := v.(type) {
	case string:
		return v == "true"
	case bool:
		return v
	}
	return false
}

// mentionSpans returns the byte ranges of "@username" in text, matched
// case-insensitively on word boundaries: "@schemabot," is a mention,
// "@schemabot_test", "@schemabot.x" and "x@schemabot" are not.
func mentionSpans(text, username string) [][2]int {
	if username == "" {
		return nil
	}
	needle := "@" + username
	var spans [][2]int
	for i := 0; i+len(needle) <= len(text); {
		j := indexFold(text[i:], needle)
		if j < 0 {
			break
		}
		start, end := i+j, i+j+len(needle)
		i = end
		if start > 0 {
			r, _ := utf8.DecodeLastRuneInString(text[:start])
			if isNameRune(r) || r == '.' {
				continue
			}
		}
		if end < len(text) {
			r, size := utf8.DecodeRuneInString(text[end:])
			if isNameRune(r) {
				continue
			}
			if r == '.' && end+size < len(text) {
				if next, _ := utf8.DecodeRuneInString(text[end+size:]); isNameRune(next) {
					continue
				}
			}
		}
		spans = append(spans, [2]int{start, end})
	}
	return spans
}

// indexFold is strings.Index ignoring ASCII case; usernames are ASCII.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// isNameRune reports whether r can continue a username.
func isNameRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '-'
}

// addressedText is the message from the line where it mentions the bot
// on, without the bot's mentions.
func addressedText(text string, spans [][2]int) string {
	if len(spans) == 0 {
		return withoutMentions(text, spans)
	}
	from := len(text) - len(chat.FromLine(text, spans[0][0]))
	shifted := make([][2]int, 0, len(spans))
	for _, s := range spans {
		if s[0] >= from {
			shifted = append(shifted, [2]int{s[0] - from, s[1] - from})
		}
	}
	return withoutMentions(text[from:], shifted)
}

// withoutMentions removes the spans from text, and the "," or ":" that
// usually follows a leading mention.
func withoutMentions(text string, spans [][2]int) string {
	var b strings.Builder
	last := 0
	for _, s := range spans {
		b.WriteString(text[last:s[0]])
		b.WriteByte(' ')
		last = s[1]
	}
	b.WriteString(text[last:])
	out := strings.TrimSpace(b.String())
	out = strings.TrimLeft(out, ":,; ")
	return strings.TrimSpace(out)
}
