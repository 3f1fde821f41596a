package bot

import (
	"fmt"
	"net/http"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics are the bot's Prometheus metrics, shared by every adapter.
type Metrics struct {
	Questions  *prometheus.CounterVec   // by platform
	Latency    *prometheus.HistogramVec // from arrival (queueing included) to posted answer, by platform
	Errors     *prometheus.CounterVec   // by platform and kind
	Reconnects *prometheus.CounterVec   // by platform
	CaughtUp   *prometheus.CounterVec   // questions found by a catch-up, by platform
	Lost       *prometheus.CounterVec   // questions whose answer could not be posted, by platform
	Digests    *prometheus.CounterVec   // reminder digests, by status (sent, failed, given_up)
}

// NewMetrics registers the bot's metrics in reg, with
// schemabot_build_info (always 1; labels: version, revision, go_version).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Questions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "schemabot_questions_total", Help: "Questions answered, by platform."}, []string{"platform"}),
		Latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "schemabot_answer_seconds", Help: "Time from the question's arrival (waiting for a worker included) to the posted answer.",
			Buckets: []float64{0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30}}, []string{"platform"}),
		Errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "schemabot_errors_total", Help: "Errors, by platform and kind."}, []string{"platform", "kind"}),
		Reconnects: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "schemabot_reconnects_total", Help: "Chat connection re-establishments, by platform."}, []string{"platform"}),
		CaughtUp: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "schemabot_caught_up_total", Help: "Questions found unanswered by a catch-up after a restart or reconnect, by platform."}, []string{"platform"}),
		Lost: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "schemabot_lost_total", Help: "Questions whose answer could not be posted (released for a later catch-up), by platform."}, []string{"platform"}),
		Digests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "schemabot_digests_total", Help: "Reminder digests, by status: sent, failed (to retry), given_up."}, []string{"status"}),
	}
	version, revision := buildVersion()
	info := prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "schemabot_build_info", Help: "Always 1; the labels say which build runs.",
		ConstLabels: prometheus.Labels{"version": version, "revision": revision, "go_version": goVersion()}})
	info.Set(1)
	reg.MustRegister(m.Questions, m.Latency, m.Errors, m.Reconnects, m.CaughtUp, m.Lost, m.Digests, info)
	return m
}

// buildVersion reads the module version and VCS revision the binary was
// built from ("(devel)" and "unknown" when the build did not record them).
func buildVersion() (version, revision string) {
	version, revision = "(devel)", "unknown"
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return version, revision
	}
	if bi.Main.Version != "" {
		version = bi.Main.Version
	}
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" && s.Value != "" {
			revision = s.Value
		}
	}
	return version, revision
}

func goVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.GoVersion != "" {
		return bi.GoVersion
	}
	return "unknown"
}

// OpsHandler serves /healthz (200 "ok" while healthy returns nil, 503 with
// the reason otherwise) and /metrics from gatherer.
func OpsHandler(gatherer prometheus.Gatherer, healthy func() error) http.Handler {
	return OpsHandlerReport(gatherer, func() (string, error) {
		if healthy != nil {
			if err := healthy(); err != nil {
				return "", err
			}
		}
		return "ok", nil
	})
}

// OpsHandlerReport is OpsHandler with a health check that also writes a
// report (one line per platform): 200 with the report while it returns no
// error, 503 with the report and the error otherwise.
func OpsHandlerReport(gatherer prometheus.Gatherer, health func() (string, error)) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		report, err := health()
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		if err != nil {
			w.WriteHeader(http.StatusServiceUnavailable)
			if report != "" {
				_, _ = fmt.Fprintln(w, report)
			}
			_, _ = fmt.Fprintln(w, err.Error())
			return
		}
		_, _ = fmt.Fprintln(w, report)
	})
	mux.Handle("/metrics", promhttp.HandlerFor(gatherer, promhttp.HandlerOpts{}))
	return mux
}

// Connection tracks whether a chat platform's connection is up and since
// when, for /healthz. Its zero value is "never connected, since its
// creation": use NewConnection. It is safe for concurrent use.
type Connection struct {
	mu    sync.Mutex
	up    bool
	since time.Time
}

// NewConnection returns a connection that is down since now.
func NewConnection() *Connection { return &Connection{since: time.Now()} }

// Set records that the connection is up or down; the time changes only
// when the state does.
func (c *Connection) Set(up bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.up != up || c.since.IsZero() {
		c.up, c.since = up, time.Now()
	}
}

// State returns whether the connection is up and since when.
func (c *Connection) State() (bool, time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.up, c.since
}

// PlatformHealth is one platform's connection for PlatformsHealth.
type PlatformHealth struct {
	Name  string
	State func() (up bool, since time.Time)
}

// PlatformsHealth returns a health check for OpsHandlerReport: one line per
// platform ("mattermost: connected since …", "slack: disconnected for
// 2m0s"), failing when a platform has been disconnected for longer than
// threshold. A short reconnect is not an outage, hence the threshold.
func PlatformsHealth(threshold time.Duration, now func() time.Time, ps ...PlatformHealth) func() (string, error) {
	if now == nil {
		now = time.Now
	}
	return func() (string, error) {
		var lines, down []string
		t := now()
		for _, p := range ps {
			up, since := p.State()
			if up {
				lines = append(lines, fmt.Sprintf("%s: connected since %s", p.Name, since.UTC().Format(time.RFC3339)))
				continue
			}
			d := t.Sub(since).Round(time.Second)
			lines = append(lines, fmt.Sprintf("%s: disconnected for %s", p.Name, d))
			if t.Sub(since) > threshold {
				down = append(down, p.Name)
			}
		}
		report := strings.Join(lines, "\n")
		if len(down) > 0 {
			return report, fmt.Errorf("unhealthy: %s disconnected for longer than %s", strings.Join(down, ", "), threshold)
		}
		if report == "" {
			return "ok", nil
		}
		return "ok\n" + report, nil
	}
}
