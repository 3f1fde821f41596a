package main

import (
	"bufio"
	"bytes"
	"context"
	"debug/buildinfo"
	"debug/elf"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Docker is not available where the tests run (CI): these tests read the
// Dockerfile, build the binary the way it does, and run the image's entry
// point and health check as the container would, without a container.

const repoRoot = "../.."

// dockerInstr is one instruction of a Dockerfile, continuation lines joined.
type dockerInstr struct {
	cmd  string // upper case: FROM, RUN, ENV…
	args string
}

// dockerStage is one FROM … section.
type dockerStage struct {
	from   string
	name   string
	instrs []dockerInstr
}

// parseDockerfile splits a Dockerfile into its stages; instructions before
// the first FROM (global ARGs) go to a stage with an empty from.
func parseDockerfile(t *testing.T, path string) []dockerStage {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	stages := []dockerStage{{}}
	var cur strings.Builder
	flush := func() {
		line := strings.TrimSpace(cur.String())
		cur.Reset()
		if line == "" {
			return
		}
		cmd, args, _ := strings.Cut(line, " ")
		in := dockerInstr{cmd: strings.ToUpper(cmd), args: strings.TrimSpace(args)}
		if in.cmd == "FROM" {
			f := strings.Fields(in.args)
			st := dockerStage{from: f[0]}
			if len(f) == 3 && strings.EqualFold(f[1], "AS") {
				st.name = f[2]
			}
			stages = append(stages, st)
			return
		}
		stages[len(stages)-1].instrs = append(stages[len(stages)-1].instrs, in)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		if s, ok := strings.CutSuffix(strings.TrimRight(line, " "), `\`); ok {
			cur.WriteString(s + " ")
			continue
		}
		cur.WriteString(line)
		flush()
	}
	flush()
	return stages
}

// find returns the arguments of the stage's instructions named cmd.
func (s dockerStage) find(cmd string) []string {
	var out []string
	for _, in := range s.instrs {
		if in.cmd == cmd {
			out = append(out, in.args)
		}
	}
	return out
}

// envOf reads a stage's ENV and ARG (with defaults) as a map; build
// overrides ARGs as --build-arg would.
func (s dockerStage) envOf(build map[string]string) map[string]string {
	env := map[string]string{}
	for _, in := range s.instrs {
		switch in.cmd {
		case "ARG":
			k, v, _ := strings.Cut(in.args, "=")
			if b, ok := build[k]; ok {
				v = b
			}
			env[k] = strings.Trim(v, `"`)
		case "ENV":
			for _, w := range shellWords(in.args, nil) {
				if k, v, ok := strings.Cut(w, "="); ok {
					env[k] = v
				}
			}
		}
	}
	return env
}

// shellWords splits a shell command line into words the way sh does for
// the simple lines of a Dockerfile: quotes, and $VAR / ${VAR} from vars.
func shellWords(s string, vars map[string]string) []string {
	var words []string
	var w strings.Builder
	inWord, quote := false, rune(0)
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case quote == 0 && (r == ' ' || r == '\t'):
			if inWord {
				words = append(words, w.String())
				w.Reset()
				inWord = false
			}
		case quote == 0 && (r == '"' || r == '\''):
			quote, inWord = r, true
		case r == quote:
			quote = 0
		case r == '$' && quote != '\'' && vars != nil:
			name := ""
			if i+1 < len(rs) && rs[i+1] == '{' {
				end := strings.IndexRune(string(rs[i+2:]), '}')
				name = string(rs[i+2 : i+2+end])
				i += 2 + end
			} else {
				j := i + 1
				for j < len(rs) && (rs[j] == '_' || rs[j] >= 'A' && rs[j] <= 'Z' || rs[j] >= 'a' && rs[j] <= 'z' || rs[j] >= '0' && rs[j] <= '9') {
					j++
				}
				name = string(rs[i+1 : j])
				i = j - 1
			}
			w.WriteString(vars[name])
			inWord = true
		default:
			w.WriteRune(r)
			inWord = true
		}
	}
	if inWord {
		words = append(words, w.String())
	}
	return words
}

// execForm reads an instruction's JSON array form (["/bin/x", "serve"]).
func execForm(t *testing.T, args string) []string {
	t.Helper()
	var argv []string
	if err := json.Unmarshal([]byte(args), &argv); err != nil {
		t.Fatalf("%q is not in exec form (a JSON array): %v", args, err)
	}
	return argv
}

func finalStage(t *testing.T) dockerStage {
	t.Helper()
	stages := parseDockerfile(t, filepath.Join(repoRoot, "Dockerfile"))
	if len(stages) < 3 {
		t.Fatalf("want a multi-stage Dockerfile, got %d stage(s)", len(stages)-1)
	}
	return stages[len(stages)-1]
}

// TestDockerfile checks what the image promises: a non-root user, a
// health check, the data directory on a volume, an exec-form entry point.
func TestDockerfile(t *testing.T) {
	t.Parallel()
	final := finalStage(t)
	env := final.envOf(nil)
	tests := []struct {
		name  string
		check func() string // "" when fine, else what is wrong
	}{
		{"USER is not root", func() string {
			users := final.find("USER")
			if len(users) == 0 {
				return "no USER: the container would run as root"
			}
			uid, _, _ := strings.Cut(users[len(users)-1], ":")
			if uid == "" || uid == "root" || uid == "0" {
				return "USER " + users[len(users)-1] + " is root"
			}
			return ""
		}},
		{"HEALTHCHECK runs the binary's health check", func() string {
			hc := final.find("HEALTHCHECK")
			if len(hc) != 1 {
				return "want one HEALTHCHECK"
			}
			_, cmd, ok := strings.Cut(hc[0], "CMD ")
			if !ok || !strings.Contains(cmd, `"healthcheck"`) {
				return "HEALTHCHECK does not run `schemabot healthcheck`: " + hc[0]
			}
			return ""
		}},
		{"VOLUME holds SCHEMABOT_DATA", func() string {
			data := env["SCHEMABOT_DATA"]
			for _, v := range final.find("VOLUME") {
				if slices.Contains(execForm(t, v), data) {
					return ""
				}
			}
			return "no VOLUME for SCHEMABOT_DATA=" + data
		}},
		{"the ops address is reachable from outside the container", func() string {
			if host, _, _ := strings.Cut(env["SCHEMABOT_OPS_ADDR"], ":"); host != "0.0.0.0" {
				return "SCHEMABOT_OPS_ADDR " + env["SCHEMABOT_OPS_ADDR"] + " is not reachable through a published port"
			}
			return ""
		}},
		{"ENTRYPOINT is in exec form (signals reach the bot)", func() string {
			ep := final.find("ENTRYPOINT")
			if len(ep) != 1 || !strings.HasPrefix(ep[0], "[") {
				return "want one ENTRYPOINT in exec form"
			}
			return ""
		}},
		{"no secret is baked in", func() string {
			for k := range env {
				if strings.Contains(k, "TOKEN") || strings.Contains(k, "KEY") {
					return "ENV sets " + k
				}
			}
			return ""
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if msg := tt.check(); msg != "" {
				t.Error(msg)
			}
		})
	}
	ignore, err := os.ReadFile(filepath.Join(repoRoot, ".dockerignore"))
	if err != nil || !strings.Contains(string(ignore), ".env\n") {
		t.Errorf(".dockerignore must keep .env (tokens) out of the build context")
	}
}

// buildLikeDockerfile builds the binary with the build stage's go build
// command and environment, into a temporary directory.
func buildLikeDockerfile(t *testing.T, version string) (bin string, argv []string) {
	t.Helper()
	stages := parseDockerfile(t, filepath.Join(repoRoot, "Dockerfile"))
	var build dockerStage
	var run string
	for _, s := range stages {
		for _, r := range s.find("RUN") {
			if strings.Contains(r, "go build") {
				build, run = s, r
			}
		}
	}
	if run == "" {
		t.Fatal("no RUN go build in the Dockerfile")
	}
	vars := build.envOf(map[string]string{"VERSION": version})
	argv = shellWords(run, vars)
	bin = filepath.Join(t.TempDir(), "schemabot")
	i := slices.Index(argv, "-o")
	if i < 0 || i+1 >= len(argv) {
		t.Fatalf("the go build command has no -o: %q", run)
	}
	argv[i+1] = bin
	cmd := exec.Command("go", argv[1:]...)
	cmd.Dir = repoRoot
	cmd.Env = os.Environ()
	for k, v := range vars {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", strings.Join(argv, " "), err, out)
	}
	return bin, argv
}

// freeAddr returns a local TCP address nobody listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// containerEnv is the environment the image gives the binary, with the
// data directory and the port made local; the host's own settings (a
// token, a proxy) are left out.
func containerEnv(t *testing.T, final dockerStage, extra ...string) []string {
	t.Helper()
	env := []string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}
	for k, v := range final.envOf(nil) {
		env = append(env, k+"="+v)
	}
	return append(env, extra...)
}

// TestContainerEntrypoint builds the binary as the image does and runs
// what the container runs: `version`, the entry point (`serve`) without a
// platform (it must stop at once, naming the variables), then with one,
// probed by the HEALTHCHECK command until SIGTERM stops it.
func TestContainerEntrypoint(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	t.Parallel()
	bin, argv := buildLikeDockerfile(t, "v9.9.9-test")
	final := finalStage(t)

	// The binary is what the Dockerfile asked for: static, trimmed, with
	// the version linked in.
	info, err := buildinfo.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	// With -trimpath the go command leaves -ldflags out of the build
	// information; `version` below shows they were applied.
	if settings["CGO_ENABLED"] != "0" || settings["-trimpath"] != "true" {
		t.Errorf("build settings %v, want CGO_ENABLED=0 and -trimpath (%q)", settings, argv)
	}
	if f, err := elf.Open(bin); err == nil {
		for _, p := range f.Progs {
			if p.Type == elf.PT_INTERP {
				t.Error("the binary is dynamically linked: it would not run in a distroless/static image")
			}
		}
		f.Close()
	}

	// The image's paths: the entry point and the health check run the
	// binary the final stage copies from the build.
	entry := execForm(t, final.find("ENTRYPOINT")[0])
	cmdArgs := execForm(t, final.find("CMD")[0])
	_, hcArgs, _ := strings.Cut(final.find("HEALTHCHECK")[0], "CMD ")
	health := execForm(t, hcArgs)
	if entry[0] != health[0] {
		t.Errorf("ENTRYPOINT %s and HEALTHCHECK %s run different binaries", entry[0], health[0])
	}
	if !strings.Contains(strings.Join(final.find("COPY"), "\n"), entry[0]) {
		t.Errorf("the final stage does not copy the binary to %s", entry[0])
	}

	run := func(env []string, args ...string) (int, string, string) {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		cmd := exec.CommandContext(ctx, bin, args...)
		cmd.Env, cmd.Dir = env, t.TempDir()
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		err := cmd.Run()
		var exit *exec.ExitError
		if err != nil && !errors.As(err, &exit) {
			t.Fatal(err)
		}
		return cmd.ProcessState.ExitCode(), out.String(), errOut.String()
	}

	data := t.TempDir()
	ops := "0.0.0.0:" + strings.Split(freeAddr(t), ":")[1] // as the image: every interface
	env := containerEnv(t, final, "SCHEMABOT_DATA="+data, "SCHEMABOT_OPS_ADDR="+ops)

	if code, out, errOut := run(env, "version"); code != 0 || !strings.HasPrefix(out, "schemabot v9.9.9-test (") {
		t.Errorf("version: exit %d, %q %s", code, out, errOut)
	}
	// No platform: the container stops at once with a usage error (exit
	// 2, which the systemd unit does not restart), naming the variables.
	if code, _, errOut := run(env, append(entry[1:], cmdArgs...)...); code != 2 || !strings.Contains(errOut, "SLACK_APP_TOKEN") || !strings.Contains(errOut, "MATTERMOST_URL") {
		t.Errorf("serve without a platform: exit %d, %s", code, errOut)
	}
	// Nothing listens yet: the health check fails.
	if code, _, _ := run(env, health[1:]...); code == 0 {
		t.Error("the health check passed with no bot running")
	}

	// A Mattermost server that knows the bot; its websocket is missing, so
	// the bot keeps reconnecting, as behind a flaky network.
	mm := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/api/v4/users/me" {
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write([]byte(`{"id":"bot1","username":"schemabot","is_bot":true}`))
			return
		}
		http.NotFound(w, r)
	}))
	defer mm.Close()
	const token = "abcdefghijkmnopqrstuvwxyz1"
	srvEnv := append(slices.Clone(env), "MATTERMOST_URL="+mm.URL, "MATTERMOST_TOKEN="+token)
	cmd := exec.Command(bin, append(entry[1:], cmdArgs...)...)
	cmd.Env, cmd.Dir = srvEnv, t.TempDir()
	var logs syncBuffer
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	defer func() { _ = cmd.Process.Kill() }()

	healthy := false
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		if code, _, _ := run(env, health[1:]...); code == 0 {
			healthy = true
			break
		}
	}
	if !healthy {
		t.Fatalf("the health check never passed; the bot's log:\n%s", logs.String())
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve after SIGTERM: %v\n%s", err, logs.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatalf("serve did not stop within 20 s of SIGTERM")
	}
	// The image logs JSON (SCHEMABOT_LOG_FORMAT=json), one object a line,
	// and never the token.
	out := logs.String()
	if strings.Contains(out, token) {
		t.Error("the log shows the Mattermost token")
	}
	sawServing := false
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Errorf("log line is not JSON: %q", line)
			continue
		}
		if rec["msg"] == "schemabot serving" {
			sawServing = true
		}
	}
	if !sawServing {
		t.Errorf("no \"schemabot serving\" record in the log:\n%s", out)
	}
	if _, err := os.Stat(filepath.Join(data, "state.db")); err != nil {
		t.Errorf("the state store is not in SCHEMABOT_DATA: %v", err)
	}
}

// TestSystemdUnit checks the unit's hardening and where it keeps data.
func TestSystemdUnit(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile(filepath.Join(repoRoot, "deploy", "schemabot.service"))
	if err != nil {
		t.Fatal(err)
	}
	unit := map[string][]string{}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "[") {
			continue
		}
		k, v, _ := strings.Cut(line, "=")
		unit[k] = append(unit[k], v)
	}
	for _, tt := range []struct{ key, want string }{
		{"ExecStart", "/usr/local/bin/schemabot serve"},
		{"DynamicUser", "yes"},
		{"NoNewPrivileges", "yes"},
		{"ProtectSystem", "strict"},
		{"ProtectHome", "yes"},
		{"PrivateTmp", "yes"},
		{"CapabilityBoundingSet", ""},
		{"StateDirectory", "schemabot"},
		{"CacheDirectory", "schemabot"},
		{"RestartPreventExitStatus", "2"},
		{"KillSignal", "SIGTERM"},
	} {
		if !slices.Contains(unit[tt.key], tt.want) {
			t.Errorf("%s=%q, want %q", tt.key, unit[tt.key], tt.want)
		}
	}
	// State under StateDirectory (%S), index under CacheDirectory (%C).
	if env := strings.Join(unit["Environment"], " "); !strings.Contains(env, "XDG_DATA_HOME=%S") || !strings.Contains(env, "XDG_CACHE_HOME=%C") {
		t.Errorf("Environment %q does not put the state in %%S and the index in %%C", env)
	}
	if path, err := exec.LookPath("systemd-analyze"); err == nil {
		// verify complains that the binary is not installed here; any other
		// complaint is a mistake in the unit.
		out, _ := exec.Command(path, "verify", filepath.Join(repoRoot, "deploy", "schemabot.service")).CombinedOutput()
		for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			if line != "" && !strings.Contains(line, "/usr/local/bin/schemabot") {
				t.Errorf("systemd-analyze verify: %s", line)
			}
		}
	}
}

// syncBuffer is a bytes.Buffer a process may write to while the test
// reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
