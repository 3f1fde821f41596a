package mattermost

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/mattermost/mattermost/server/public/model"

	"schemabot/bot"
	"schemabot/bot/answer/answertest"
	"schemabot/bot/chat"
)

func TestSlashCommand(t *testing.T) {
	eng := answertest.Engine(t)
	core := bot.NewCore(eng)
	ad := New(Config{URL: "http://127.0.0.1:1", Token: testToken}, core)
	srv := httptest.NewServer(ad.SlashHandler("slashtoken0000000000000000"))
	defer srv.Close()

	post := func(form url.Values) (*http.Response, model.CommandResponse) {
		t.Helper()
		resp, err := http.PostForm(srv.URL, form)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var cr model.CommandResponse
		if resp.StatusCode == http.StatusOK {
			if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
				t.Errorf("content type %q", ct)
			}
			if err := json.NewDecoder(resp.Body).Decode(&cr); err != nil {
				t.Fatal(err)
			}
		}
		return resp, cr
	}
	form := func(token, text string) url.Values {
		return url.Values{"token": {token}, "text": {text}, "channel_id": {townSq}, "user_id": {aliceID}, "trigger_id": {model.NewId()},
			"channel_name": {"town-square"}, "command": {"/schema"}, "team_id": {model.NewId()}}
	}

	if resp, _ := post(form("wrong", "aide")); resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("wrong token: status %d, want 401", resp.StatusCode)
	}
	if resp, _ := post(form("", "aide")); resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("no token: status %d, want 401", resp.StatusCode)
	}
	if resp, err := http.Get(srv.URL); err != nil || resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET: %v %v, want 405", resp.StatusCode, err)
	}

	_, help := post(form("slashtoken0000000000000000", ""))
	if help.ResponseType != model.CommandResponseTypeEphemeral || !strings.Contains(help.Text, "Posez une question") {
		t.Errorf("help = %+v, want the ephemeral help", help)
	}

	// Without a server to post to, the answer is the command's own
	// ephemeral response: never in_channel, which Mattermost shows as
	// posted by the user who typed the command.
	question := "qui pilote la fiche 3 ? @channel"
	want, _ := eng.Ask(context.Background(), chat.CleanInput(question), chat.Conversation{})
	_, got := post(form("slashtoken0000000000000000", question))
	if got.ResponseType != model.CommandResponseTypeEphemeral {
		t.Errorf("response type %q, want ephemeral", got.ResponseType)
	}
	if wantText := split(chat.Defuse(ad.format(chat.Reply{Answer: want})), maxRunes)[0]; got.Text != wantText {
		t.Errorf("answer %q, want %q", got.Text, wantText)
	}
	if mentionLeak.MatchString(got.Text) {
		t.Errorf("answer %q would notify someone", got.Text)
	}
}

// A slash command's public answer is posted by the bot, with the question
// quoted, and the command response itself shows nothing: an in_channel
// response would appear as written by the user who typed the command.
func TestSlashAnswerIsPostedByTheBot(t *testing.T) {
	h := start(t, setup{})
	srv := httptest.NewServer(h.ad.SlashHandler("slashtoken0000000000000000"))
	defer srv.Close()
	tests := []struct {
		name      string
		text      string
		public    bool   // the bot posts in the channel
		wantInMsg string // part of the post or of the ephemeral response
	}{
		{name: "question", text: "qui pilote la fiche 3 ? @channel", public: true, wantInMsg: "> qui pilote la fiche 3 ?"},
		{name: "help stays private", text: "aide", public: false, wantInMsg: "Posez une question"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(h.fake.Posts())
			resp, err := http.PostForm(srv.URL, url.Values{"token": {"slashtoken0000000000000000"}, "text": {tt.text},
				"channel_id": {townSq}, "user_id": {aliceID}, "trigger_id": {model.NewId()}, "channel_name": {"town-square"}})
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var cr model.CommandResponse
			if err := json.NewDecoder(resp.Body).Decode(&cr); err != nil {
				t.Fatal(err)
			}
			if cr.ResponseType == model.CommandResponseTypeInChannel {
				t.Fatalf("in_channel response %q: it would show as posted by the user", cr.Text)
			}
			posts := h.fake.Posts()[before:]
			if !tt.public {
				if len(posts) != 0 || !strings.Contains(cr.Text, tt.wantInMsg) {
					t.Errorf("posts %q, response %q: want only the ephemeral response", messages(posts), cr.Text)
				}
				return
			}
			if len(posts) != 1 || posts[0].ChannelId != townSq || posts[0].UserId != h.fake.bot.Id {
				t.Fatalf("posts %+v, want one post of the bot in the channel", posts)
			}
			if !strings.HasPrefix(posts[0].Message, tt.wantInMsg) || mentionLeak.MatchString(posts[0].Message) {
				t.Errorf("post %q, want it to start with %q and notify no one", posts[0].Message, tt.wantInMsg)
			}
			if cr.Text != "" {
				t.Errorf("command response %q, want nothing more", cr.Text)
			}
			waitFor(t, "feedback reactions on the slash answer", func() bool { return len(h.fake.Reactions()) >= 2 })
		})
	}
}
