package bot

import (
	"testing"

	"github.com/prometheus/client_golang/prometheus"
)

// The metrics say which build runs, and count caught-up and lost questions
// and digests under the names the README gives.
func TestMetricsNamesAndBuildInfo(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := NewMetrics(reg)
	m.CaughtUp.WithLabelValues("mattermost").Inc()
	m.Lost.WithLabelValues("slack").Inc()
	m.Digests.WithLabelValues("sent").Inc()
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, f := range families {
		seen[f.GetName()] = true
		if f.GetName() != "schemabot_build_info" {
			continue
		}
		metric := f.GetMetric()[0]
		if metric.GetGauge().GetValue() != 1 {
			t.Errorf("build info = %v, want 1", metric.GetGauge().GetValue())
		}
		labels := map[string]string{}
		for _, l := range metric.GetLabel() {
			labels[l.GetName()] = l.GetValue()
		}
		if labels["go_version"] == "" || labels["version"] == "" || labels["revision"] == "" {
			t.Errorf("build info labels %v, want version, revision and go_version", labels)
		}
	}
	for _, name := range []string{"schemabot_build_info", "schemabot_caught_up_total", "schemabot_lost_total", "schemabot_digests_total"} {
		if !seen[name] {
			t.Errorf("no metric %s", name)
		}
	}
}
