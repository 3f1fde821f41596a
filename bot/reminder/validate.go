package reminder

import (
	"fmt"
	"time"

	"github.com/robfig/cron/v3"
)

// ParseSchedule parses a standard 5-field cron spec ("" is
// DefaultSchedule) and checks that it fires: a spec such as "0 9 30 2 *"
// (February 30th) parses but never fires, and the bot would then never
// remind anyone.
func ParseSchedule(spec string, now time.Time) (cron.Schedule, error) {
	if spec == "" {
		spec = DefaultSchedule
	}
	sched, err := cron.ParseStandard(spec)
	if err != nil {
		return nil, fmt.Errorf("reminder schedule %q: %w", spec, err)
	}
	// robfig/cron gives up (zero time) after five years without a match.
	if sched.Next(now).IsZero() {
		return nil, fmt.Errorf("reminder schedule %q never fires (no matching date in the next five years)", spec)
	}
	return sched, nil
}
