package bot

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics are the bot's Prometheus metrics, shared by every adapter.
type Metrics struct {
	Questions  *prometheus.CounterVec   // by platform
	Latency    *prometheus.HistogramVec // answer latency in seconds, by platform
	Errors     *prometheus.CounterVec   // by platform and kind
	Reconnects *prometheus.CounterVec   // by platform
}

// NewMetrics registers the bot's metrics in reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Questions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "schemabot_questions_total", Help: "Questions answered, by platform."}, []string{"platform"}),
		Latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "schemabot_answer_seconds", Help: "Time from question to posted answer.",
			Buckets: []float64{0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30}}, []string{"platform"}),
		Errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "schemabot_errors_total", Help: "Errors, by platform and kind."}, []string{"platform", "kind"}),
		Reconnects: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "schemabot_reconnects_total", Help: "Chat connection re-establishments, by platform."}, []string{"platform"}),
	}
	reg.MustRegister(m.Questions, m.Latency, m.Errors, m.Reconnects)
	return m
}

// OpsHandler serves /healthz (200 "ok" while healthy returns nil, 503 with
// the reason otherwise) and /metrics from gatherer.
func OpsHandler(gatherer prometheus.Gatherer, healthy func() error) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		if healthy != nil {
			if err := healthy(); err != nil {
				http.Error(w, err.Error(), http.StatusServiceUnavailable)
				return
			}
		}
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.Handle("/metrics", promhttp.HandlerFor(gatherer, promhttp.HandlerOpts{}))
	return mux
}
