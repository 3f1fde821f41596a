package main

// errnoReasons is empty on Plan 9, whose system errors are strings.
var errnoReasons []reason
