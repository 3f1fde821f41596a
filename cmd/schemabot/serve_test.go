package main

import (
	"strings"
	"testing"
	"time"
)

func TestServeConfigFromEnv(t *testing.T) {
	const app, botTok = "xapp-1-A1-123-abc", "xoxb-123-456-abc"
	tests := []struct {
		name    string
		env     map[string]string
		wantErr string // substring; "" for no error
		check   func(t *testing.T, c serveConfig)
	}{
		{name: "nothing configured", env: map[string]string{}, wantErr: "no chat platform configured"},
		{name: "slack", env: map[string]string{"SLACK_APP_TOKEN": app, "SLACK_BOT_TOKEN": botTok}, check: func(t *testing.T, c serveConfig) {
			if !c.slackOn || c.mmOn || c.opsAddr != "127.0.0.1:9464" || c.rateN != 10 || c.rateWindow != time.Minute {
				t.Errorf("got %+v", c)
			}
		}},
		{name: "malformed bot token", env: map[string]string{"SLACK_APP_TOKEN": app, "SLACK_BOT_TOKEN": "xoxp-nope"}, wantErr: "SLACK_BOT_TOKEN"},
		{name: "bad rate", env: map[string]string{"SLACK_APP_TOKEN": app, "SLACK_BOT_TOKEN": botTok, "SCHEMABOT_RATE_LIMIT": "lots"}, wantErr: "SCHEMABOT_RATE_LIMIT"},
		{name: "rate", env: map[string]string{"SLACK_APP_TOKEN": app, "SLACK_BOT_TOKEN": botTok, "SCHEMABOT_RATE_LIMIT": "3/30s"}, check: func(t *testing.T, c serveConfig) {
			if c.rateN != 3 || c.rateWindow != 30*time.Second {
				t.Errorf("rate %d/%v", c.rateN, c.rateWindow)
			}
		}},
		// A count past int64 parsed with an error that the duration's parse
		// then cleared, and the limit was accepted.
		{name: "rate overflows", env: map[string]string{"SLACK_APP_TOKEN": app, "SLACK_BOT_TOKEN": botTok, "SCHEMABOT_RATE_LIMIT": "99999999999999999999/1m"}, wantErr: "SCHEMABOT_RATE_LIMIT"},
		{name: "rate too high", env: map[string]string{"SLACK_APP_TOKEN": app, "SLACK_BOT_TOKEN": botTok, "SCHEMABOT_RATE_LIMIT": "1000000000/1m"}, wantErr: "out of range"},
		{name: "rate zero", env: map[string]string{"SLACK_APP_TOKEN": app, "SLACK_BOT_TOKEN": botTok, "SCHEMABOT_RATE_LIMIT": "0/1m"}, wantErr: "SCHEMABOT_RATE_LIMIT"},
		{name: "rate window too short", env: map[string]string{"SLACK_APP_TOKEN": app, "SLACK_BOT_TOKEN": botTok, "SCHEMABOT_RATE_LIMIT": "5/1ns"}, wantErr: "duration is out of range"},
		{name: "rate window not a duration", env: map[string]string{"SLACK_APP_TOKEN": app, "SLACK_BOT_TOKEN": botTok, "SCHEMABOT_RATE_LIMIT": "5/minute"}, wantErr: "does not parse"},
		// February 30th parses as cron but never comes: reminders would never be sent.
		{name: "cron never fires", env: map[string]string{"SLACK_APP_TOKEN": app, "SLACK_BOT_TOKEN": botTok, "SCHEMABOT_REMINDER_CRON": "0 9 30 2 *"}, wantErr: "never fires"},
		{name: "cron malformed", env: map[string]string{"SLACK_APP_TOKEN": app, "SLACK_BOT_TOKEN": botTok, "SCHEMABOT_REMINDER_CRON": "every monday"}, wantErr: "SCHEMABOT_REMINDER_CRON"},
		{name: "cron leap day", env: map[string]string{"SLACK_APP_TOKEN": app, "SLACK_BOT_TOKEN": botTok, "SCHEMABOT_REMINDER_CRON": "0 9 29 2 *"}, check: func(t *testing.T, c serveConfig) {
			if c.cron != "0 9 29 2 *" {
				t.Errorf("cron %q", c.cron)
			}
		}},
		{name: "bad ops address", env: map[string]string{"SLACK_APP_TOKEN": app, "SLACK_BOT_TOKEN": botTok, "SCHEMABOT_OPS_ADDR": "9464"}, wantErr: "SCHEMABOT_OPS_ADDR"},
		{name: "reminder on a platform that is off", env: map[string]string{"SLACK_APP_TOKEN": app, "SLACK_BOT_TOKEN": botTok, "SCHEMABOT_REMINDER_CHANNELS": "mattermost:abc"}, wantErr: "mattermost, which is not configured"},
		{name: "malformed reminder channel", env: map[string]string{"SLACK_APP_TOKEN": app, "SLACK_BOT_TOKEN": botTok, "SCHEMABOT_REMINDER_CHANNELS": "C123"}, wantErr: "platform:channel"},
		{name: "reminders and as-of date", env: map[string]string{"SLACK_APP_TOKEN": app, "SLACK_BOT_TOKEN": botTok,
			"SCHEMABOT_REMINDER_CHANNELS": "slack:C123:isere-2020-2024, slack:C456", "SCHEMABOT_TODAY": "2020-01-15"}, check: func(t *testing.T, c serveConfig) {
			if len(c.reminders) != 2 || c.reminders[0].doc != "isere-2020-2024" || c.reminders[1].channel != "C456" {
				t.Errorf("reminders %+v", c.reminders)
			}
			if got := c.today().Format("2006-01-02"); got != "2020-01-15" {
				t.Errorf("today %s", got)
			}
		}},
		{name: "bad as-of date", env: map[string]string{"SLACK_APP_TOKEN": app, "SLACK_BOT_TOKEN": botTok, "SCHEMABOT_TODAY": "demain"}, wantErr: "SCHEMABOT_TODAY"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := serveConfigFromEnv(func(k string) string { return tt.env[k] }, "")
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one mentioning %q", err, tt.wantErr)
				}
				if strings.Contains(err.Error(), "\n") || strings.Contains(err.Error(), "xoxp-nope") {
					t.Errorf("error must be one line without the token: %q", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, c)
		})
	}
}
