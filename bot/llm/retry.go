package llm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// maxResponseBytes bounds what is read from the endpoint, so that a broken
// server streaming without end cannot exhaust memory.
const maxResponseBytes = 4 << 20

// retryTransport retries a request after a 429, a 5xx or a network error,
// waiting with exponential backoff or as long as Retry-After asks, within
// the request's context. go-openai does not expose response headers on
// errors, which is why this sits under its HTTP client.
//
// It only ever retries before returning a response: once a response has
// been handed over (and tokens may be streamed to a user) it is never
// replayed.
type retryTransport struct {
	next       http.RoundTripper
	maxRetries int
	base       time.Duration // first backoff
	maxWait    time.Duration // longest wait between two tries
	now        func() time.Time
	sleep      func(ctx context.Context, d time.Duration) error
	log        *slog.Logger
}

func (t *retryTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	for attempt := 0; ; attempt++ {
		r := req
		if attempt > 0 {
			r = req.Clone(ctx)
			if req.Body != nil {
				if req.GetBody == nil {
					return nil, errors.New("cannot replay request body")
				}
				body, err := req.GetBody()
				if err != nil {
					return nil, fmt.Errorf("replay request body: %w", err)
				}
				r.Body = body
			}
		}
		resp, err := t.next.RoundTrip(r)
		wait, retry := t.retryable(ctx, resp, err, attempt)
		if !retry || attempt >= t.maxRetries {
			if resp != nil {
				resp.Body = &limitedBody{rc: resp.Body, left: maxResponseBytes}
			}
			return resp, err
		}
		if deadline, ok := ctx.Deadline(); ok && time.Until(deadline) < wait {
			// Waiting would outlive the caller: fail now with what we have.
			if resp != nil {
				resp.Body = &limitedBody{rc: resp.Body, left: maxResponseBytes}
			}
			return resp, err
		}
		status := 0
		if resp != nil {
			status = resp.StatusCode
			_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
			_ = resp.Body.Close()
		}
		t.log.LogAttrs(ctx, slog.LevelInfo, "llm request failed, retrying",
			slog.Int("status", status), slog.Any("error", err),
			slog.Int("attempt", attempt+1), slog.Duration("wait", wait))
		if err := t.sleep(ctx, wait); err != nil {
			return nil, err
		}
	}
}

// retryable tells whether a try deserves another one, and after how long.
func (t *retryTransport) retryable(ctx context.Context, resp *http.Response, err error, attempt int) (time.Duration, bool) {
	if ctx.Err() != nil {
		return 0, false
	}
	backoff := t.backoff(attempt)
	if err != nil {
		return backoff, true
	}
	switch {
	case resp.StatusCode == http.StatusTooManyRequests,
		resp.StatusCode >= 500 && resp.StatusCode != http.StatusNotImplemented && resp.StatusCode != http.StatusHTTPVersionNotSupported:
	default:
		return 0, false
	}
	if after, ok := retryAfter(resp.Header.Get("Retry-After"), t.now()); ok {
		if after > t.maxWait {
			return 0, false
		}
		return max(after, backoff), true
	}
	return backoff, true
}

// backoff is base·2^attempt with ±20% jitter, at most maxWait.
func (t *retryTransport) backoff(attempt int) time.Duration {
	d := t.base << min(attempt, 16)
	d = time.Duration(float64(d) * (0.8 + 0.4*rand.Float64()))
	return min(d, t.maxWait)
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if s, err := strconv.Atoi(v); err == nil {
		if s < 0 {
			return 0, false
		}
		return time.Duration(s) * time.Second, true
	}
	if at, err := http.ParseTime(v); err == nil {
		return max(at.Sub(now), 0), true
	}
	return 0, false
}

// sleep waits for d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return context.Cause(ctx)
	}
}

// errTooLarge is returned when a response exceeds maxResponseBytes.
var errTooLarge = fmt.Errorf("response larger than %d bytes", maxResponseBytes)

type limitedBody struct {
	rc   io.ReadCloser
	left int64
}

func (b *limitedBody) Read(p []byte) (int, error) {
	if b.left <= 0 {
		return 0, errTooLarge
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.rc.Read(p)
	b.left -= int64(n)
	return n, err
}

func (b *limitedBody) Close() error { return b.rc.Close() }
