package corpus

import (
	"fmt"
	"strings"
)

// Problem is what is wrong with a document file or directory. A front end
// explains it in its user's language from the Problem and the fields of
// the FileError; FileError.Error says it in English.
type Problem int

const (
	// ProblemUnreadable: the file or directory could not be opened or
	// read; Err says why.
	ProblemUnreadable Problem = iota + 1
	// ProblemNoDocument: a directory holds no document; Value lists the
	// extensions looked for, separated by spaces (".md .txt .pdf .csv").
	ProblemNoDocument
	// ProblemUnsupportedType: Value is the file's extension.
	ProblemUnsupportedType
	// ProblemDuplicateID: two files give the same document id, Value.
	ProblemDuplicateID
	// ProblemNotRegular: Value is what the path is instead of a regular
	// file: "named pipe", "device", "socket", "directory" or "".
	ProblemNotRegular
	// ProblemTooLarge: Size bytes (0 when reading stopped at the limit)
	// are more than the Limit.
	ProblemTooLarge
	// ProblemEmpty: the document has no text.
	ProblemEmpty
	// ProblemBinary: a NUL byte at Offset; the file is not text.
	ProblemBinary
	// ProblemNotUTF8: the first invalid byte is at Offset, on Line.
	ProblemNotUTF8
	// ProblemNoPdftotext: a PDF needs pdftotext, which is not installed.
	ProblemNoPdftotext
	// ProblemPdftotext: pdftotext failed; Value is its last message and
	// Err its exit error.
	ProblemPdftotext
	// ProblemDamaged: the file is not what its extension says, or is
	// damaged (a .docx that is no zip archive, or whose text part is
	// missing or broken); Value says what was wrong, Err the cause.
	ProblemDamaged
)

// FileError is a document file or directory that could not be loaded.
type FileError struct {
	Path    string
	Problem Problem
	Value   string
	Size    int64
	Limit   int64
	Offset  int
	Line    int
	Err     error
}

func (e *FileError) Error() string {
	switch e.Problem {
	case ProblemUnreadable:
		if e.Err != nil && strings.Contains(e.Err.Error(), e.Path) {
			return "corpus: " + e.Err.Error()
		}
		return fmt.Sprintf("read %s: %v", e.Path, e.Err)
	case ProblemNoDocument:
		return fmt.Sprintf("no %s document in %s", joinOr(strings.Fields(e.Value)), e.Path)
	case ProblemUnsupportedType:
		return fmt.Sprintf("%s: unsupported document type %q (use .md, .txt, .pdf, .csv, .docx, .odt or .html)", e.Path, e.Value)
	case ProblemDuplicateID:
		return fmt.Sprintf("%s: document id %q is used twice", e.Path, e.Value)
	case ProblemNotRegular:
		switch e.Value {
		case "directory":
			return e.Path + ": a directory, not a document"
		case "":
			return e.Path + ": not a regular file"
		}
		return fmt.Sprintf("%s: a %s, not a regular file", e.Path, e.Value)
	case ProblemTooLarge:
		if e.Size > 0 {
			return fmt.Sprintf("%s: %.1f MB is more than the %d MB a document may have", e.Path, float64(e.Size)/1e6, e.Limit>>20)
		}
		return fmt.Sprintf("%s: more than the %d MB a document file may have", e.Path, e.Limit>>20)
	case ProblemEmpty:
		return e.Path + ": the document is empty"
	case ProblemBinary:
		return fmt.Sprintf("%s: binary content (NUL byte at offset %d); expected UTF-8 text (.md or .txt)", e.Path, e.Offset)
	case ProblemNotUTF8:
		return fmt.Sprintf("%s:%d: invalid UTF-8 at byte %d; convert the file to UTF-8", e.Path, e.Line, e.Offset)
	case ProblemNoPdftotext:
		return e.Path + ": reading PDF needs pdftotext, which is not installed (Debian/Ubuntu: apt-get install poppler-utils)"
	case ProblemPdftotext:
		return fmt.Sprintf("%s: pdftotext failed: %v: %s", e.Path, e.Err, e.Value)
	case ProblemDamaged:
		if e.Err != nil {
			return fmt.Sprintf("%s: damaged or not the format its name says (%s): %v", e.Path, e.Value, e.Err)
		}
		return fmt.Sprintf("%s: damaged or not the format its name says (%s)", e.Path, e.Value)
	}
	if e.Err != nil {
		return fmt.Sprintf("%s: %v", e.Path, e.Err)
	}
	return e.Path + ": cannot be loaded"
}

func (e *FileError) Unwrap() error { return e.Err }

// joinOr joins items as a sentence lists them: "a, b or c".
func joinOr(items []string) string {
	if len(items) <= 1 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " or " + items[len(items)-1]
}

func unreadable(path string, err error) error {
	return &FileError{Path: path, Problem: ProblemUnreadable, Err: err}
}
