package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"

	"schemabot/bot/answer"
	"schemabot/corpus"
)

// readingsTrace writes, for each question of an evaluation, every reading
// the arbiter weighed and whether its answer alone would pass: the data
// to study how readings should be chosen between.
type readingsTrace struct {
	f      *os.File
	w      *bufio.Writer
	groups [][]answer.Reading
}

func newReadingsTrace(path string) (*readingsTrace, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("create readings file: %w", err)
	}
	return &readingsTrace{f: f, w: bufio.NewWriter(f)}, nil
}

// start returns the context to answer one question under.
func (t *readingsTrace) start(ctx context.Context) context.Context {
	t.groups = nil
	return answer.WithReadings(ctx, func(rs []answer.Reading) { t.groups = append(t.groups, rs) })
}

type tracedReading struct {
	Kind    string  `json:"kind"`
	Cue     float64 `json:"cue"`
	Support float64 `json:"support"`
	Found   bool    `json:"found"`
	Chosen  bool    `json:"chosen"`
	Pass    bool    `json:"pass"`
}

// write records the readings of the question just answered.
func (t *readingsTrace) write(it evalItem, ok bool, lib *corpus.Library) error {
	line := struct {
		ID     string            `json:"id"`
		Kind   string            `json:"kind"`
		Thread string            `json:"thread,omitempty"`
		Pass   bool              `json:"pass"`
		Groups [][]tracedReading `json:"groups"`
	}{ID: it.ID, Kind: it.Kind, Thread: it.Thread, Pass: ok}
	for _, g := range t.groups {
		var rs []tracedReading
		for _, r := range g {
			rs = append(rs, tracedReading{Kind: r.Kind, Cue: r.Cue, Support: r.Support, Found: r.Answer.Found, Chosen: r.Chosen,
				Pass: len(judge(it, r.Answer, lib)) == 0})
		}
		line.Groups = append(line.Groups, rs)
	}
	b, err := json.Marshal(line)
	if err != nil {
		return fmt.Errorf("encode readings: %w", err)
	}
	if _, err := t.w.Write(append(b, '\n')); err != nil {
		return fmt.Errorf("write readings: %w", err)
	}
	return nil
}

// Close flushes and closes the file.
func (t *readingsTrace) Close() error {
	if err := t.w.Flush(); err != nil {
		t.f.Close()
		return fmt.Errorf("write readings: %w", err)
	}
	return t.f.Close()
}
