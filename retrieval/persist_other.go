//go:build !unix

package retrieval

import "os"

// tryLock does not lock where flock is missing (Windows): concurrent
// builds there may still race, though every write stays atomic.
func tryLock(f *os.File, exclusive bool) (bool, error) { return true, nil }

func unlockFile(f *os.File) error { return nil }
