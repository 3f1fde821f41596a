package state

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"sort"

	"schemabot/bot"
)

// maxSalvageBytes bounds the file Salvage reads into memory.
const maxSalvageBytes = 1 << 30

// Salvage reads what it can of a damaged store, SQLite or bbolt: through
// the database when it still opens, and by scanning the raw bytes for the
// JSON values every entry is kept as. A scan also finds older copies of an
// entry (databases leave them in free pages): of several copies it keeps
// the latest one (a mark's last change, a digest's most advanced status, a
// vote's last time). It never writes to path.
func Salvage(ctx context.Context, path string) (Dump, error) {
	info, err := os.Stat(path)
	if err != nil {
		return Dump{}, fmt.Errorf("salvage: %w", err)
	}
	if !info.Mode().IsRegular() {
		return Dump{}, fmt.Errorf("salvage %s: not a regular file", path)
	}
	if info.Size() > maxSalvageBytes {
		return Dump{}, fmt.Errorf("salvage %s: %d bytes is more than a state store holds", path, info.Size())
	}
	var all Dump
	add := func(d Dump) {
		all.Marks = append(all.Marks, d.Marks...)
		all.Digests = append(all.Digests, d.Digests...)
		all.Feedback = append(all.Feedback, d.Feedback...)
	}
	switch k, _ := sniff(path); k {
	case kindBolt:
		if d, _, err := readBolt(path); err == nil {
			add(d)
		}
	case kindSQLite:
		add(readSQLitePartly(ctx, path))
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return Dump{}, fmt.Errorf("salvage %s: %w", path, err)
	}
	add(scanJSON(data))
	out := newest(all)
	if len(out.Marks)+len(out.Digests)+len(out.Feedback) == 0 {
		return out, fmt.Errorf("salvage %s: %w", path, errNotStore)
	}
	return out, nil
}

// readSQLitePartly reads each table of an SQLite store as far as it can.
func readSQLitePartly(ctx context.Context, path string) Dump {
	var d Dump
	db, err := sql.Open("sqlite", dsn(path, options{timeout: DefaultTimeout, readOnly: true}))
	if err != nil {
		return d
	}
	defer db.Close()
	_ = eachJSON(ctx, db, `SELECT body FROM marks`, func(b []byte) error {
		var m Mark
		if json.Unmarshal(b, &m) == nil {
			d.Marks = append(d.Marks, m)
		}
		return nil
	})
	_ = eachJSON(ctx, db, `SELECT body FROM digests`, func(b []byte) error {
		var g Digest
		if json.Unmarshal(b, &g) == nil {
			d.Digests = append(d.Digests, g)
		}
		return nil
	})
	_ = eachJSON(ctx, db, `SELECT body FROM feedback`, func(b []byte) error {
		var f bot.Feedback
		if json.Unmarshal(b, &f) == nil {
			d.Feedback = append(d.Feedback, f)
		}
		return nil
	})
	return d
}

// scanJSON finds the JSON objects of data that are marks, digests or
// feedback, by the fields each kind always has.
func scanJSON(data []byte) Dump {
	var d Dump
	has := func(o map[string]json.RawMessage, keys ...string) bool {
		for _, k := range keys {
			if _, ok := o[k]; !ok {
				return false
			}
		}
		return true
	}
	for i := 0; i < len(data); {
		j := bytes.IndexByte(data[i:], '{')
		if j < 0 {
			break
		}
		i += j
		dec := json.NewDecoder(bytes.NewReader(data[i:]))
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			i++
			continue
		}
		var o map[string]json.RawMessage
		if json.Unmarshal(raw, &o) != nil {
			i++
			continue
		}
		switch {
		case has(o, "key", "done", "by", "at"):
			var m Mark
			if json.Unmarshal(raw, &m) == nil && m.Key != "" {
				d.Marks = append(d.Marks, m)
			}
		case has(o, "id", "channel", "scheduled", "status", "started"):
			var g Digest
			if json.Unmarshal(raw, &g) == nil && g.Channel != "" {
				d.Digests = append(d.Digests, g)
			}
		case has(o, "reply_id", "platform", "user", "useful", "question", "at"):
			var f bot.Feedback
			if json.Unmarshal(raw, &f) == nil {
				d.Feedback = append(d.Feedback, f)
			}
		default:
			i++ // maybe an entry starts inside this object
			continue
		}
		i += int(dec.InputOffset())
	}
	return d
}

// digestRank orders statuses by how far the send went.
func digestRank(s DigestStatus) int {
	switch s {
	case DigestSent:
		return 3
	case DigestUnknown:
		return 2
	case DigestSending:
		return 1
	}
	return 0
}

// newest keeps one copy of each entry: the latest.
func newest(d Dump) Dump {
	out := Dump{Schema: latestVersion()}
	marks := map[string]Mark{}
	for _, m := range d.Marks {
		old, ok := marks[m.Key]
		if !ok || m.At.After(old.At) || m.At.Equal(old.At) && len(m.History) > len(old.History) {
			marks[m.Key] = m
		}
	}
	digests := map[string]Digest{}
	for _, g := range d.Digests {
		k := g.Channel + "\x1f" + scheduledKey(g.Scheduled)
		old, ok := digests[k]
		if !ok || digestRank(g.Status) > digestRank(old.Status) ||
			digestRank(g.Status) == digestRank(old.Status) && (g.Finished.After(old.Finished) || g.Attempts > old.Attempts) {
			digests[k] = g
		}
	}
	feedback := map[string]bot.Feedback{}
	for _, f := range d.Feedback {
		k := feedbackKey(f)
		if old, ok := feedback[k]; !ok || f.At.After(old.At) {
			feedback[k] = f
		}
	}
	for _, m := range marks {
		out.Marks = append(out.Marks, m)
	}
	sort.Slice(out.Marks, func(i, j int) bool { return out.Marks[i].Key < out.Marks[j].Key })
	for _, g := range digests {
		out.Digests = append(out.Digests, g)
	}
	sort.Slice(out.Digests, func(i, j int) bool {
		if !out.Digests[i].Scheduled.Equal(out.Digests[j].Scheduled) {
			return out.Digests[i].Scheduled.Before(out.Digests[j].Scheduled)
		}
		return out.Digests[i].Channel < out.Digests[j].Channel
	})
	for _, f := range feedback {
		out.Feedback = append(out.Feedback, f)
	}
	sort.Slice(out.Feedback, func(i, j int) bool { return out.Feedback[i].At.Before(out.Feedback[j].At) })
	return out
}
