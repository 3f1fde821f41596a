//go:build unix

package corpus

import "syscall"

// openNonBlock keeps opening a named pipe from waiting for a writer.
const openNonBlock = syscall.O_NONBLOCK
