package reminder

import (
	"strings"
	"testing"
	"time"
)

// TestParseScheduleRefusesNeverFiring checks that a cron spec with no
// date (February 30th) is refused: it was accepted and no digest ever went.
func TestParseScheduleRefusesNeverFiring(t *testing.T) {
	now := time.Date(2020, 1, 15, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		spec, wantErr string
	}{
		{"", ""},
		{"0 9 * * 1", ""},
		{"0 9 29 2 *", ""}, // leap days come
		{"0 9 30 2 *", "never fires"},
		{"0 9 31 4 *", "never fires"},
		{"every monday", "reminder schedule"},
	}
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			_, err := ParseSchedule(tt.spec, now)
			if tt.wantErr == "" && err != nil {
				t.Fatal(err)
			}
			if tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("err = %v, want %q", err, tt.wantErr)
			}
		})
	}
}
