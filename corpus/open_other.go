//go:build !unix

package corpus

const openNonBlock = 0
