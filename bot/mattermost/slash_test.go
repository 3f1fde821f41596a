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
)

func TestSlashCommand(t *testing.T) {
	eng := sharedEngine(t)
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

	question := "qui pilote la fiche 3 ? @channel"
	want, _ := eng.Ask(context.Background(), bot.CleanInput(question), bot.Conversation{})
	_, got := post(form("slashtoken0000000000000000", question))
	if got.ResponseType != model.CommandResponseTypeInChannel {
		t.Errorf("response type %q, want in_channel", got.ResponseType)
	}
	if wantText := split(bot.Defuse(ad.format(bot.Reply{Answer: want})), maxRunes)[0]; got.Text != wantText {
		t.Errorf("answer %q, want %q", got.Text, wantText)
	}
	if mentionLeak.MatchString(got.Text) {
		t.Errorf("answer %q would notify someone", got.Text)
	}
}
