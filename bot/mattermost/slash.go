package mattermost

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/mattermost/mattermost/server/public/model"

	"schemabot/bot"
	"schemabot/bot/chat"
)

// SlashHandler serves a Mattermost custom slash command (e.g. /schema): the
// server POSTs a form with token, text, channel_id and user_id, and shows
// the JSON reply. token is the one Mattermost generated for the command; a
// request carrying another token is refused, and so is every request when
// token is empty.
func (a *Adapter) SlashHandler(token string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
		if err := r.ParseForm(); err != nil {
			http.Error(w, "bad form", http.StatusBadRequest)
			return
		}
		got := r.PostForm.Get("token")
		if token == "" || subtle.ConstantTimeCompare([]byte(got), []byte(token)) != 1 {
			http.Error(w, "invalid token", http.StatusUnauthorized)
			return
		}
		// Each invocation is a new message: the core answers an ID once.
		id := r.PostForm.Get("trigger_id")
		if id == "" {
			id = model.NewId()
		}
		m := chat.Message{
			Platform: platform,
			ID:       "slash/" + id,
			Channel:  r.PostForm.Get("channel_id"),
			User:     r.PostForm.Get("user_id"),
			Text:     "/schema " + r.PostForm.Get("text"),
			Direct:   isDirectChannelName(r.PostForm.Get("channel_name")),
		}
		start := time.Now()
		reply, err := a.handle(r.Context(), m, nil)
		switch {
		case errors.Is(err, bot.ErrIgnored):
			reply = chat.Reply{Answer: chat.Answer{Text: "Je ne réponds pas dans ce canal.", Lang: chat.French}, Ephemeral: true}
		case err != nil:
			a.log.Error("mattermost: slash command failed", "err", err)
			a.countError("slash")
			reply = chat.Reply{Answer: chat.Answer{Text: sorry, Lang: chat.French}, Ephemeral: true}
		case a.metrics != nil:
			a.metrics.Questions.WithLabelValues(platform).Inc()
			a.metrics.Latency.WithLabelValues(platform).Observe(time.Since(start).Seconds())
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(a.slashResponse(r.Context(), m, reply))
	})
}

// slashResponse shows a slash command's reply. An in_channel command
// response would appear as posted by the user who typed the command, so a
// public answer is posted by the bot itself, with the question quoted
// above it, and the command response stays empty. A private reply, or an
// answer the bot cannot post there (it is not a member of the channel), is
// the command's own ephemeral response.
func (a *Adapter) slashResponse(ctx context.Context, m chat.Message, reply chat.Reply) *model.CommandResponse {
	if !reply.Ephemeral && m.Channel != "" {
		public := reply
		if q := strings.TrimSpace(reply.Question); q != "" {
			public.Text = "> " + oneLine(q) + "\n\n" + reply.Text
		}
		pctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), a.requestTimeout)
		defer cancel()
		pm := m
		pm.Thread = ""
		if posted := a.deliver(pctx, a.me.Load(), pm, public, ""); len(posted) > 0 {
			return &model.CommandResponse{ResponseType: model.CommandResponseTypeEphemeral, Text: "", SkipSlackParsing: true}
		}
		a.log.Warn("mattermost: could not post the slash command's answer in the channel; answering privately", "channel", m.Channel)
	}
	chunks := split(chat.Defuse(a.format(reply)), maxRunes)
	if len(chunks) == 0 {
		chunks = []string{"…"}
	}
	kind := model.CommandResponseTypeEphemeral
	resp := &model.CommandResponse{ResponseType: kind, Text: chunks[0], SkipSlackParsing: true}
	for _, c := range chunks[1:] {
		resp.ExtraResponses = append(resp.ExtraResponses,
			&model.CommandResponse{ResponseType: kind, Text: c, SkipSlackParsing: true})
	}
	return resp
}

// isDirectChannelName reports whether a channel name is that of a direct
// message channel: two user ids joined by "__".
func isDirectChannelName(name string) bool {
	a, b, ok := strings.Cut(name, "__")
	return ok && tokenShape.MatchString(a) && tokenShape.MatchString(b)
}
