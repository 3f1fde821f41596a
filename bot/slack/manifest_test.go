package slack

import (
	"os"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestManifest checks that the app manifest an administrator pastes asks for
// exactly what the adapter uses.
func TestManifest(t *testing.T) {
	data, err := os.ReadFile("manifest.yml")
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Features struct {
			AppHome struct {
				MessagesTab         bool `yaml:"messages_tab_enabled"`
				MessagesTabReadOnly bool `yaml:"messages_tab_read_only_enabled"`
			} `yaml:"app_home"`
			BotUser struct {
				DisplayName string `yaml:"display_name"`
			} `yaml:"bot_user"`
			SlashCommands []struct {
				Command string `yaml:"command"`
			} `yaml:"slash_commands"`
		} `yaml:"features"`
		OAuth struct {
			Scopes struct {
				Bot  []string `yaml:"bot"`
				User []string `yaml:"user"`
			} `yaml:"scopes"`
		} `yaml:"oauth_config"`
		Settings struct {
			Events struct {
				Bot []string `yaml:"bot_events"`
			} `yaml:"event_subscriptions"`
			Interactivity struct {
				Enabled bool `yaml:"is_enabled"`
			} `yaml:"interactivity"`
			SocketMode bool `yaml:"socket_mode_enabled"`
		} `yaml:"settings"`
	}
	if err := yaml.Unmarshal(data, &m); err != nil {
		t.Fatalf("manifest.yml is not valid YAML: %v", err)
	}
	// channels:history and groups:history stay for the digest crash check
	// (Posted): a crash between posting and recording loses the message's
	// ts, so only reading the channel can tell. README.md explains it.
	scopes := slices.Sorted(slices.Values(m.OAuth.Scopes.Bot))
	if want := []string{"app_mentions:read", "channels:history", "chat:write", "commands", "files:write", "groups:history", "im:history"}; !slices.Equal(scopes, want) {
		t.Errorf("bot scopes = %v, want exactly %v", scopes, want)
	}
	// The history scopes read channel messages: whoever keeps them must
	// leave the administrator the reason (see README.md).
	if slices.Contains(scopes, "channels:history") && !strings.Contains(string(data), "Why channels:history") {
		t.Error("manifest.yml asks for channels:history without pointing to why (README.md, \"Why channels:history\")")
	}
	if len(m.OAuth.Scopes.User) != 0 {
		t.Errorf("user scopes %v: the bot needs none", m.OAuth.Scopes.User)
	}
	events := slices.Sorted(slices.Values(m.Settings.Events.Bot))
	if want := []string{"app_mention", "message.im"}; !slices.Equal(events, want) {
		t.Errorf("bot events = %v, want %v", events, want)
	}
	if !m.Settings.SocketMode || !m.Settings.Interactivity.Enabled {
		t.Error("socket mode and interactivity must be on")
	}
	if !m.Features.AppHome.MessagesTab || m.Features.AppHome.MessagesTabReadOnly {
		t.Error("the messages tab must be open, or nobody can write to the bot")
	}
	if len(m.Features.SlashCommands) != 1 || m.Features.SlashCommands[0].Command != "/schema" {
		t.Errorf("slash commands = %+v, want /schema", m.Features.SlashCommands)
	}
	if m.Features.BotUser.DisplayName == "" {
		t.Error("no bot user: there would be no bot token")
	}
}
