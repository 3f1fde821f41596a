package slack

import (
	"context"
	"errors"
	"strings"

	slackgo "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackutilsx"

	"schemabot/bot"
	"schemabot/bot/chat"
)

// command runs a slash command ("/schema …") and posts the core's reply:
// to the user only when the reply is ephemeral, in the channel otherwise.
func (a *Adapter) command(ctx context.Context, cmd slackgo.SlashCommand) {
	m := chat.Message{
		Platform: platform,
		ID:       "command:" + cmd.TriggerID,
		Channel:  cmd.ChannelID,
		User:     cmd.UserID,
		Text:     cmd.Text,
		Direct:   slackutilsx.DetectChannelType(cmd.ChannelID) == slackutilsx.CTypeDM,
	}
	reply, err := a.core.Command(ctx, m, strings.Fields(cmd.Text))
	if err != nil {
		a.fail("core", "core failed on a slack command", err)
		reply = chat.Reply{Answer: chat.Answer{Text: sorry}, Ephemeral: true}
	}
	a.respond(ctx, cmd.ChannelID, cmd.UserID, "", cmd.ResponseURL, reply)
}

// interaction handles button clicks (block_actions): each reaches the core,
// and its reply is posted in the thread of the clicked message.
func (a *Adapter) interaction(ctx context.Context, cb slackgo.InteractionCallback) {
	channel := cb.Channel.ID
	if channel == "" {
		channel = cb.Container.ChannelID
	}
	thread := cb.Container.ThreadTs
	if thread == "" {
		thread = cb.Message.ThreadTimestamp
	}
	for _, act := range cb.ActionCallback.BlockActions {
		if act == nil {
			continue
		}
		reply, err := a.core.Act(ctx, bot.ActionEvent{
			Platform: platform,
			Channel:  channel,
			User:     cb.User.ID,
			ActionID: actionID(act.ActionID),
			Value:    act.Value,
		})
		if err != nil {
			a.fail("core", "core failed on a slack click", err)
			reply = chat.Reply{Answer: chat.Answer{Text: sorry}, Ephemeral: true}
		}
		a.respond(ctx, channel, cb.User.ID, thread, cb.ResponseURL, reply)
	}
}

// respond posts a reply to a command or a click. When the bot cannot post
// in the channel (it is not a member, or it is a conversation between other
// people), the reply goes through the response_url Slack gave.
func (a *Adapter) respond(ctx context.Context, channel, user, thread, responseURL string, reply chat.Reply) {
	for _, msg := range renderNamed(reply, a.docName) {
		var err error
		if reply.Ephemeral {
			err = a.postEphemeral(ctx, channel, user, thread, msg)
		} else {
			_, err = a.post(ctx, channel, thread, msg)
		}
		if err != nil && responseURL != "" && notMember(err) {
			err = a.postResponseURL(ctx, responseURL, reply.Ephemeral, msg)
		}
		if err != nil {
			break
		}
	}
	if len(reply.Image) > 0 {
		a.upload(ctx, channel, thread, reply)
	}
}

// notMember reports whether err says the bot cannot post in the channel.
func notMember(err error) bool {
	var se slackgo.SlackErrorResponse
	if !errors.As(err, &se) {
		return false
	}
	switch se.Err {
	case "channel_not_found", "not_in_channel", "is_archived", "restricted_action":
		return true
	}
	return false
}
