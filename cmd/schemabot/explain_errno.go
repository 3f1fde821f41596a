//go:build !plan9

package main

import "syscall"

// errnoReasons say the system errors explain meets most, by errno.
var errnoReasons = []reason{
	{syscall.ENOTDIR, tr{"ce n'est pas un répertoire", "not a directory"}},
	{syscall.EISDIR, tr{"c'est un répertoire", "is a directory"}},
	{syscall.ENOSPC, tr{"plus de place sur le disque", "no space left on device"}},
	{syscall.EROFS, tr{"système de fichiers en lecture seule", "read-only file system"}},
	{syscall.EADDRINUSE, tr{"adresse déjà utilisée", "address already in use"}},
	{syscall.EADDRNOTAVAIL, tr{"adresse indisponible sur cette machine", "cannot assign requested address"}},
	{syscall.ECONNREFUSED, tr{"connexion refusée", "connection refused"}},
	{syscall.ETIMEDOUT, tr{"délai de connexion dépassé", "connection timed out"}},
}
