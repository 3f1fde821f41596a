package corpus

import "strings"

// Parse reads one converted document. id is the document id (its file stem)
// and name is used in error messages.
func Parse(id, name string, data []byte) (*Document, error) {
	return &Document{ID: id, Path: name, Lines: strings.Split(string(data), "\n")}, nil
}
