package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"strings"
	"testing"
	"unicode/utf8"
)

// Every command's help has a synopsis, its arguments and two examples, in
// the locale's language: French by default, English for an "en" locale.
func TestCommandHelp(t *testing.T) {
	t.Parallel()
	locales := []struct {
		name     string
		vars     map[string]string
		synopsis string
		examples string
	}{
		{"default French", nil, "Usage : schemabot ", "Exemples :"},
		{"LANG fr", map[string]string{"LANG": "fr_FR.UTF-8"}, "Usage : schemabot ", "Exemples :"},
		{"LANG en", map[string]string{"LANG": "en_US.UTF-8"}, "Usage: schemabot ", "Examples:"},
		{"LC_ALL wins over LANG", map[string]string{"LC_ALL": "en_GB.UTF-8", "LANG": "fr_FR.UTF-8"}, "Usage: schemabot ", "Examples:"},
	}
	for name := range subcommands {
		for _, loc := range locales {
			t.Run(name+"/"+loc.name, func(t *testing.T) {
				code, out, errOut := runCmd(t, loc.vars, name, "-h")
				if code != 0 || errOut != "" {
					t.Fatalf("exit %d, stderr %q", code, errOut)
				}
				if !strings.HasPrefix(out, loc.synopsis+"") || !strings.Contains(out, name) {
					t.Errorf("no synopsis:\n%s", out)
				}
				_, ex, ok := strings.Cut(out, loc.examples+"\n")
				if !ok {
					t.Fatalf("no examples:\n%s", out)
				}
				n := 0
				for _, l := range strings.Split(ex, "\n") {
					if !strings.HasPrefix(l, "  ") {
						break
					}
					n++
				}
				if n != 2 {
					t.Errorf("%d examples, want 2:\n%s", n, out)
				}
				if strings.Contains(out, "Usage of") {
					t.Errorf("the flag package's bare usage is shown:\n%s", out)
				}
				for _, l := range strings.Split(out, "\n") {
					if utf8.RuneCountInString(l) > 80 && !strings.HasPrefix(l, "Usage") && !strings.HasPrefix(l, "  schemabot") && !strings.Contains(l, "=") {
						t.Errorf("help line over 80 columns: %q", l)
					}
				}
			})
		}
	}
	// serve lists its environment, the proxy variables included.
	_, out, _ := runCmd(t, nil, "help", "serve")
	for _, v := range []string{"SLACK_APP_TOKEN", "MATTERMOST_URL", "SCHEMABOT_OPS_ADDR", "SCHEMABOT_LOG_FORMAT", "HTTPS_PROXY", "NO_PROXY"} {
		if !strings.Contains(out, v) {
			t.Errorf("serve's help does not list %s", v)
		}
	}
}

// Flags may follow the arguments, and --corpus/--data may precede the
// command, as the README writes them.
func TestFlagsAnywhere(t *testing.T) {
	t.Parallel()
	doc := filepath.Join("..", "..", "corpus", "testdata", "layouts", "correze-2019-2023.txt")
	data := t.TempDir()
	tests := []struct {
		name string
		args []string
		want func(out string) bool
	}{
		{"ask: --json after the question", []string{"ask", "--data", data, "Qui pilote la fiche 12 ?", "--json"}, isJSON},
		{"ask: --json before the question", []string{"ask", "--json", "--data", data, "Qui pilote la fiche 12 ?"}, isJSON},
		{"ask: --data=DIR between words", []string{"ask", "Qui pilote", "--data=" + data, "la fiche 12 ?", "--json"}, isJSON},
		{"global --corpus before fiches", []string{"--corpus", doc, "fiches", "--json"}, func(out string) bool {
			return isJSON(out) && strings.Contains(out, `"doc": "correze-2019-2023"`)
		}},
		{"global --corpus=DIR --data DIR before index", []string{"--corpus=" + doc, "--data", t.TempDir(), "index"}, func(out string) bool {
			return strings.Contains(out, "1 documents")
		}},
		{"fiches: --doc after --json", []string{"fiches", "--json", "--doc", "isere-2020-2024"}, func(out string) bool {
			return isJSON(out) && !strings.Contains(out, "moselle")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCmd(t, nil, tt.args...)
			if code != 0 || !tt.want(out) {
				t.Errorf("exit %d, stderr %q, stdout:\n%.300s", code, errOut, out)
			}
		})
	}
}

func isJSON(out string) bool {
	var v any
	return json.Unmarshal([]byte(strings.TrimSpace(out)), &v) == nil
}

// flagsFirst moves flags before the other arguments and knows which flags
// take a value.
func TestFlagsFirst(t *testing.T) {
	t.Parallel()
	tests := []struct {
		cmd  string
		args []string
		want []string
	}{
		{"ask", []string{"q", "--json"}, []string{"--json", "--", "q"}},
		{"ask", []string{"-"}, []string{"--", "-"}},
		{"ask", []string{"a", "--data", "d", "b"}, []string{"--data", "d", "--", "a", "b"}},
		{"ask", []string{"--", "--json"}, []string{"--", "--json"}},
		{"state", []string{"export", "f.json", "--data", "d"}, []string{"--data", "d", "--", "export", "f.json"}},
		{"fiches", []string{"--nope", "x"}, []string{"--nope", "--", "x"}},
	}
	for _, tt := range tests {
		env := &Env{Stdin: strings.NewReader(""), Getenv: func(string) string { return "" }}
		if got := flagsFirst(t.Context(), env, subcommands[tt.cmd], tt.args); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s %q: got %q, want %q", tt.cmd, tt.args, got, tt.want)
		}
	}
}

// Command-line errors follow the locale; a usage error is one line.
func TestErrorsInLocaleLanguage(t *testing.T) {
	t.Parallel()
	tests := []struct {
		vars map[string]string
		args []string
		want string
	}{
		{nil, []string{"fiches", "--nope"}, "schemabot fiches: option inconnue : -nope (aide : schemabot fiches -h)\n"},
		{map[string]string{"LANG": "en_US.UTF-8"}, []string{"fiches", "--nope"}, "schemabot fiches: flag provided but not defined: -nope (help: schemabot fiches -h)\n"},
		{nil, []string{"--nope", "fiches"}, "schemabot: option inconnue : --nope (aide : schemabot -h)\n"},
		{nil, []string{"fiches", "--doc"}, "schemabot fiches: cette option attend une valeur : -doc (aide : schemabot fiches -h)\n"},
	}
	for _, tt := range tests {
		code, _, errOut := runCmd(t, tt.vars, tt.args...)
		if code != 2 || errOut != tt.want {
			t.Errorf("%q: exit %d, stderr %q, want %q", tt.args, code, errOut, tt.want)
		}
	}
	code, _, errOut := runCmd(t, map[string]string{"LANG": "en_US.UTF-8"}, "nope")
	if code != 2 || !strings.HasPrefix(errOut, "schemabot: unknown command \"nope\"\n") || !strings.Contains(errOut, "Commands:") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

// Tables fit 80 columns; over several documents, each row's document is
// named; --wide keeps every cell whole.
func TestTablesFit80Columns(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		vars map[string]string
		args []string
		want []string // substrings of the output
	}{
		{"fiches, two documents", nil, []string{"fiches"}, []string{"Isère (2020-2024) — isere-2020-2024\n", "Moselle (2019-2023) — moselle-2019-2023\n", "FICHE  PAGE  TITRE"}},
		{"fiches in English", map[string]string{"LANG": "en_US.UTF-8"}, []string{"fiches", "--doc", "isere-2020-2024"}, []string{"TITLE", "PILOT(S)"}},
		{"deadlines, one document", nil, []string{"deadlines", "--today", "2023-05-10"}, []string{"FICHE  ÉCHÉANCE"}},
		{"deadlines, two documents", nil, []string{"deadlines", "--today", "2021-05-10", "--corpus", filepath.Join("..", "..", "corpus", "testdata", "layouts")}, []string{" — "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCmd(t, tt.vars, tt.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			for _, l := range strings.Split(out, "\n") {
				if n := utf8.RuneCountInString(l); n > 80 {
					t.Errorf("%d columns: %q", n, l)
				}
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("no %q in:\n%.600s", w, out)
				}
			}
			code, wide, _ := runCmd(t, tt.vars, append(tt.args, "--wide")...)
			if code != 0 || maxWidth(wide) <= 80 {
				t.Errorf("--wide: exit %d, %d columns", code, maxWidth(wide))
			}
		})
	}
}

func maxWidth(s string) int {
	m := 0
	for _, l := range strings.Split(s, "\n") {
		m = max(m, utf8.RuneCountInString(l))
	}
	return m
}

func TestTableWidths(t *testing.T) {
	t.Parallel()
	tab := &textTable{cols: []column{{title: "A"}, {title: "B", weight: 1}, {title: "C", weight: 1}},
		groups: []tableGroup{{rows: [][]string{{"1", strings.Repeat("b", 50), "short"}}}}}
	// C needs less than its share: B gets the rest.
	if got := tab.widths(40); !reflect.DeepEqual(got, []int{1, 30, 5}) {
		t.Errorf("widths(40) = %v", got)
	}
	if got := tab.widths(0); !reflect.DeepEqual(got, []int{1, 50, 5}) {
		t.Errorf("widths(0) = %v", got)
	}
	if got := wrapWords("un deux trois quatre", 9); !reflect.DeepEqual(got, []string{"un deux", "trois", "quatre"}) {
		t.Errorf("wrapWords = %q", got)
	}
	if got := clip("Semestre 1 / 2020", 12); got != "Semestre 1…" {
		t.Errorf("clip = %q", got)
	}
}

// The index goes to the cache directory, the state to the data directory;
// SCHEMABOT_DATA (or --data) holds both; a store left in the cache by an
// earlier version moves to the data directory, never over an existing one.
func TestDataDirectories(t *testing.T) {
	t.Parallel()
	home := t.TempDir()
	tests := []struct {
		name             string
		vars             map[string]string
		flagData         string
		cache, stateWant string
	}{
		{"XDG variables", map[string]string{"XDG_CACHE_HOME": "/c", "XDG_DATA_HOME": "/d", "HOME": home}, "", "/c/schemabot", "/d/schemabot"},
		{"HOME only", map[string]string{"HOME": home}, "", filepath.Join(home, ".cache", "schemabot"), filepath.Join(home, ".local", "share", "schemabot")},
		{"relative XDG is ignored", map[string]string{"XDG_DATA_HOME": "rel", "HOME": home}, "", filepath.Join(home, ".cache", "schemabot"), filepath.Join(home, ".local", "share", "schemabot")},
		{"SCHEMABOT_DATA holds both", map[string]string{"HOME": home}, "/one", "/one", "/one"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &commonFlags{dataDir: tt.flagData, getenv: func(k string) string { return tt.vars[k] }}
			cache, err := c.cacheDir()
			if err != nil || cache != tt.cache {
				t.Errorf("cacheDir = %q, %v; want %q", cache, err, tt.cache)
			}
			if tt.vars["XDG_DATA_HOME"] == "/d" {
				return // data() would create /d
			}
			st, err := c.data()
			if err != nil || st != tt.stateWant {
				t.Errorf("data = %q, %v; want %q", st, err, tt.stateWant)
			}
		})
	}

	t.Run("migration", func(t *testing.T) {
		root := t.TempDir()
		vars := map[string]string{"XDG_CACHE_HOME": filepath.Join(root, "cache"), "XDG_DATA_HOME": filepath.Join(root, "data")}
		old := filepath.Join(root, "cache", "schemabot")
		if err := os.MkdirAll(old, 0o700); err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{"state.db", "state.db-wal"} {
			if err := os.WriteFile(filepath.Join(old, f), []byte(f), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		c := &commonFlags{getenv: func(k string) string { return vars[k] }}
		dir, err := c.data()
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{"state.db", "state.db-wal"} {
			if b, err := os.ReadFile(filepath.Join(dir, f)); err != nil || string(b) != f {
				t.Errorf("%s not moved: %v", f, err)
			}
			if _, err := os.Stat(filepath.Join(old, f)); !os.IsNotExist(err) {
				t.Errorf("%s still in the cache: %v", f, err)
			}
		}
		// A store in both places: the data directory's is kept, the old
		// one left for the user to look at.
		if err := os.WriteFile(filepath.Join(old, "state.db"), []byte("older"), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := c.data(); err != nil {
			t.Fatal(err)
		}
		if b, _ := os.ReadFile(filepath.Join(dir, "state.db")); string(b) != "state.db" {
			t.Errorf("the store in the data directory was overwritten: %q", b)
		}
	})
}

func TestLogFormat(t *testing.T) {
	t.Parallel()
	tests := []struct {
		format  string
		wantErr bool
		json    bool
	}{{"", false, false}, {"text", false, false}, {"JSON", false, true}, {"xml", true, false}}
	for _, tt := range tests {
		var buf strings.Builder
		env := &Env{Stderr: &buf, Getenv: func(k string) string {
			if k == "SCHEMABOT_LOG_FORMAT" {
				return tt.format
			}
			return ""
		}}
		l, err := newLogger(env)
		if (err != nil) != tt.wantErr {
			t.Errorf("%q: error %v", tt.format, err)
			continue
		}
		if err != nil {
			continue
		}
		l.Info("hello", "k", "v")
		if got := isJSON(buf.String()); got != tt.json {
			t.Errorf("%q: JSON %v, want %v: %q", tt.format, got, tt.json, buf.String())
		}
	}
	if code, _, errOut := runCmd(t, map[string]string{"SCHEMABOT_LOG_FORMAT": "xml"}, "version"); code != 2 || !strings.Contains(errOut, "SCHEMABOT_LOG_FORMAT") {
		t.Errorf("exit %d, %q", code, errOut)
	}
}

func TestBuildVersion(t *testing.T) {
	t.Parallel()
	info := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.3"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.time", Value: "2026-12-01T00:00:00Z"}, {Key: "vcs.modified", Value: "true"}}}
	v := buildVersion(func() (*debug.BuildInfo, bool) { return info, true })
	if got := v.String(); !strings.HasPrefix(got, "schemabot v1.2.3 (0123456789ab+dirty, 2026-12-01T00:00:00Z, go1.26.8, ") {
		t.Errorf("String() = %q", got)
	}
	if v := buildVersion(func() (*debug.BuildInfo, bool) { return nil, false }); v.Version != "(unknown)" {
		t.Errorf("no build info: %+v", v)
	}
}
