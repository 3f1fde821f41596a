package main

import (
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"schemabot/bot"
	"schemabot/bot/state"
	"schemabot/bot/state/statetest"
)

// With DATABASE_URL, `schemabot feedback` reads the replicas' PostgreSQL
// store directly, while they run, and `feedback purge` purges it.
func TestReplicaFeedbackCommandReadsPostgres(t *testing.T) {
	db := statetest.Database(t)
	ctx := context.Background()
	st, err := state.OpenPostgres(ctx, db) // a running replica holds the store
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	now := time.Now()
	for _, f := range []bot.Feedback{
		{ReplyID: "r1", Platform: "slack", User: "U1", Useful: true, Question: "Qui pilote la fiche 3 ?", At: now.Add(-time.Hour)},
		{ReplyID: "r2", Platform: "mattermost", User: "u2", Question: "Combien de fiches ?", At: now.AddDate(-2, 0, 0)},
	} {
		if err := st.SaveFeedback(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	vars := map[string]string{"DATABASE_URL": db, "SCHEMABOT_DATA": t.TempDir(), "SCHEMABOT_OPS_ADDR": "127.0.0.1:1"}
	code, out, stderr := runFeedbackCmd(t, vars, "--json")
	if code != 0 {
		t.Fatalf("feedback --json: exit %d: %s", code, stderr)
	}
	var list []bot.Feedback
	if err := json.Unmarshal([]byte(out), &list); err != nil || len(list) != 2 || list[1].Question != "Qui pilote la fiche 3 ?" {
		t.Fatalf("feedback --json read %+v, %v; want the two feedback of the store", list, err)
	}
	if code, _, stderr := runFeedbackCmd(t, vars, "purge"); code != 0 {
		t.Fatalf("feedback purge: exit %d: %s", code, stderr)
	}
	left, err := st.ListFeedback(ctx)
	if err != nil || len(left) != 1 || left[0].ReplyID != "r1" {
		t.Fatalf("after the purge the store holds %+v, %v; want r1 only", left, err)
	}
}

// The password of DATABASE_URL never shows, not even when the database
// cannot be reached.
func TestReplicaFeedbackCommandHidesThePassword(t *testing.T) {
	vars := map[string]string{"DATABASE_URL": "postgres://bot:s3cr3t-pw@127.0.0.1:1/schemabot?connect_timeout=2", "SCHEMABOT_DATA": t.TempDir()}
	code, out, stderr := runFeedbackCmd(t, vars)
	if code == 0 {
		t.Fatalf("feedback with an unreachable database succeeded: %s", out)
	}
	if strings.Contains(out+stderr, "s3cr3t") {
		t.Errorf("the password shows:\n%s%s", out, stderr)
	}
	if !strings.Contains(stderr, "postgres://bot:xxxxx@127.0.0.1:1/schemabot") {
		t.Errorf("the error does not name the database (without its password):\n%s", stderr)
	}
}

// compose.yaml runs one bot by default and, with the replicas profile,
// PostgreSQL and a second bot sharing it; the password stays in .env.
func TestReplicaComposeFile(t *testing.T) {
	data, err := os.ReadFile("../../compose.yaml")
	if err != nil {
		t.Fatal(err)
	}
	type service struct {
		Profiles    []string          `yaml:"profiles"`
		Image       string            `yaml:"image"`
		Command     []string          `yaml:"command"`
		EnvFile     string            `yaml:"env_file"`
		Environment map[string]string `yaml:"environment"`
		Volumes     []string          `yaml:"volumes"`
		Ports       []string          `yaml:"ports"`
		DependsOn   map[string]struct {
			Condition string `yaml:"condition"`
		} `yaml:"depends_on"`
		Healthcheck struct {
			Test []string `yaml:"test"`
		} `yaml:"healthcheck"`
	}
	var c struct {
		Services map[string]service `yaml:"services"`
		Volumes  map[string]any     `yaml:"volumes"`
	}
	if err := yaml.Unmarshal(data, &c); err != nil {
		t.Fatalf("compose.yaml: %v", err)
	}
	one, two, pg := c.Services["schemabot"], c.Services["schemabot-2"], c.Services["postgres"]
	if len(one.Profiles) != 0 {
		t.Errorf("the single bot has profiles %v: `docker compose up -d` must start it", one.Profiles)
	}
	for name, s := range map[string]service{"schemabot-2": two, "postgres": pg} {
		if !slices.Equal(s.Profiles, []string{"replicas"}) {
			t.Errorf("%s has profiles %v, want only replicas", name, s.Profiles)
		}
	}
	if two.Image != one.Image || !slices.Equal(two.Command, []string{"serve"}) || two.EnvFile != ".env" {
		t.Errorf("schemabot-2 is not the same bot: image %q, command %v, env_file %q", two.Image, two.Command, two.EnvFile)
	}
	if two.DependsOn["postgres"].Condition != "service_healthy" || len(pg.Healthcheck.Test) == 0 {
		t.Error("schemabot-2 must wait for a healthy PostgreSQL")
	}
	if slices.Equal(two.Volumes, one.Volumes) || len(two.Ports) != 1 || slices.Equal(two.Ports, one.Ports) {
		t.Errorf("schemabot-2 must have its own data volume and ops port: %v %v", two.Volumes, two.Ports)
	}
	for _, p := range two.Ports {
		if !strings.HasPrefix(p, "127.0.0.1:") {
			t.Errorf("port %q is published beyond this machine", p)
		}
	}
	if len(pg.Ports) != 0 {
		t.Errorf("PostgreSQL is published (%v): the bots reach it on the compose network", pg.Ports)
	}
	if pw := pg.Environment["POSTGRES_PASSWORD"]; !strings.HasPrefix(pw, "${") {
		t.Errorf("POSTGRES_PASSWORD is %q in compose.yaml: it belongs in .env", pw)
	}
	for _, s := range []service{one, two} {
		if _, ok := s.Environment["DATABASE_URL"]; ok {
			t.Error("DATABASE_URL is set in compose.yaml: every bot must read the same one from .env")
		}
	}
	for _, v := range []string{"schemabot-2-data", "postgres-data"} {
		if _, ok := c.Volumes[v]; !ok {
			t.Errorf("volume %s is not declared", v)
		}
	}
}

// serve opens the PostgreSQL store when DATABASE_URL is set, state.db in
// the data directory otherwise; a malformed URL stops it at once, without
// its password.
func TestReplicaServeOpensTheSharedStore(t *testing.T) {
	ctx := context.Background()
	log := quietLogger()
	dir := t.TempDir()
	st, err := openSharedStore(ctx, func(string) string { return "" }, dir, log)
	if err != nil {
		t.Fatal(err)
	}
	if st.Path() != state.Path(dir) {
		t.Errorf("without DATABASE_URL the store is %s, want %s", st.Path(), state.Path(dir))
	}
	_ = st.Close()

	if _, err := openSharedStore(ctx, func(k string) string {
		if k == "DATABASE_URL" {
			return "postgres://bot:s3cr3t-pw@db.example:notaport/schemabot"
		}
		return ""
	}, dir, log); err == nil || strings.Contains(err.Error(), "s3cr3t") {
		t.Errorf("a malformed DATABASE_URL: err = %v", err)
	}

	db := statetest.Database(t)
	st, err = openSharedStore(ctx, func(k string) string {
		if k == "DATABASE_URL" {
			return db
		}
		return ""
	}, dir, log)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if !strings.HasPrefix(st.Path(), "postgres://") {
		t.Errorf("with DATABASE_URL the store is %s", st.Path())
	}
}

func quietLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }
