package state

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// execer and querier are what *sql.DB and *sql.Tx share.
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// getJSON decodes into v the JSON body the query returns; it reports false
// when there is no row.
func getJSON(ctx context.Context, q querier, query string, v any, args ...any) (bool, error) {
	var body string
	err := q.QueryRowContext(ctx, query, args...).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if err := json.Unmarshal([]byte(body), v); err != nil {
		return false, fmt.Errorf("decode stored value: %w", err)
	}
	return true, nil
}

// eachJSON calls fn with the body of every row the query returns.
func eachJSON(ctx context.Context, q querier, query string, fn func(body []byte) error, args ...any) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return err
		}
		if err := fn([]byte(body)); err != nil {
			return err
		}
	}
	return rows.Err()
}

// timeText is how a time is kept in a column: RFC 3339 in UTC, which sorts
// as text.
func timeText(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }
