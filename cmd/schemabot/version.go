package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"runtime/debug"
	"strings"
	"time"
)

func init() {
	register(&subcommand{name: "version", summary: "print the module version, VCS revision and Go version", run: runVersion})
	register(&subcommand{name: "healthcheck", summary: "ask a running bot's /healthz (exit 0 when healthy)", run: runHealthcheck})
}

// version is set at link time by a release build
// (-ldflags "-X main.version=v1.2.0"); when empty the module version the
// go command recorded is used.
var version string

// versionInfo is what `schemabot version` prints.
type versionInfo struct {
	Version  string `json:"version"`
	Revision string `json:"revision"` // the VCS commit, "" when built outside a repository
	Time     string `json:"time"`     // the commit's time (RFC 3339)
	Modified bool   `json:"modified"` // built from a tree with uncommitted changes
	Go       string `json:"go"`
	Platform string `json:"platform"`
}

// buildVersion reads the version from the link-time variable and the
// build information the go command embeds in every binary.
func buildVersion(read func() (*debug.BuildInfo, bool)) versionInfo {
	v := versionInfo{Version: version, Go: runtime.Version(), Platform: runtime.GOOS + "/" + runtime.GOARCH}
	bi, ok := read()
	if !ok {
		if v.Version == "" {
			v.Version = "(unknown)"
		}
		return v
	}
	v.Go = bi.GoVersion
	if v.Version == "" {
		v.Version = bi.Main.Version
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			v.Revision = s.Value
		case "vcs.time":
			v.Time = s.Value
		case "vcs.modified":
			v.Modified = s.Value == "true"
		}
	}
	if v.Version == "" {
		v.Version = "(devel)"
	}
	return v
}

func (v versionInfo) String() string {
	var parts []string
	if v.Revision != "" {
		rev := v.Revision
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if v.Modified {
			rev += "+dirty"
		}
		parts = append(parts, rev)
	}
	if v.Time != "" {
		parts = append(parts, v.Time)
	}
	parts = append(parts, v.Go, v.Platform)
	return fmt.Sprintf("schemabot %s (%s)", v.Version, strings.Join(parts, ", "))
}

func runVersion(_ context.Context, env *Env, args []string) error {
	fs := newFlags(env, "version")
	asJSON := fs.Bool("json", false, "print the version as JSON")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return misuse("unexpectedArgument", fs.Arg(0))
	}
	v := buildVersion(debug.ReadBuildInfo)
	if *asJSON {
		return writeJSON(env.Stdout, v)
	}
	_, err := fmt.Fprintln(env.Stdout, v)
	return err
}

// runHealthcheck asks a running `schemabot serve` for /healthz. A container
// image without a shell or curl runs it as its HEALTHCHECK.
func runHealthcheck(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "healthcheck")
	addr := fs.String("addr", "", "the bot's ops address (default: SCHEMABOT_OPS_ADDR, else 127.0.0.1:9464)")
	timeout := fs.Duration("timeout", 3*time.Second, "longest time for the request")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return misuse("unexpectedArgument", fs.Arg(0))
	}
	a := *addr
	if a == "" {
		a = opsAddr(env.Getenv)
	}
	return probeHealth(ctx, a, *timeout)
}

// probeHealth GETs http://addr/healthz; a wildcard host (":9464",
// "0.0.0.0:9464") is asked on this machine. Proxy variables are ignored:
// the bot is local.
func probeHealth(ctx context.Context, addr string, timeout time.Duration) error {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return misuse("opsAddrShape", addr)
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	url := "http://" + net.JoinHostPort(host, port) + "/healthz"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return failWith(err, "healthRequest", addr)
	}
	client := &http.Client{Transport: &http.Transport{Proxy: nil}}
	resp, err := client.Do(req)
	if err != nil {
		return failWith(err, "healthUnreachable", url)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	if resp.StatusCode != http.StatusOK {
		return fail("healthStatus", url, resp.Status, strings.TrimSpace(string(body)))
	}
	return nil
}
