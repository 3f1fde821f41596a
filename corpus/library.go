package corpus

import (
	"bytes"
	"context"
	"embed"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

//go:embed docs/*.md
var shipped embed.FS

// Library is the set of documents the bot answers from.
type Library struct {
	Docs []*Document
}

// Doc returns the document with the given id, or nil (also for a nil
// library).
func (l *Library) Doc(id string) *Document {
	if l == nil {
		return nil
	}
	for _, d := range l.Docs {
		if d.ID == id {
			return d
		}
	}
	return nil
}

// Shipped returns the raw files of the default corpus, by file name.
func Shipped() fs.FS {
	sub, err := fs.Sub(shipped, "docs")
	if err != nil {
		panic(err) // the embedded directory is fixed at build time
	}
	return sub
}

// LoadDefault parses the documents shipped in the binary.
func LoadDefault() (*Library, error) {
	return LoadFS(Shipped(), ".")
}

// LoadFS parses every .md and .txt file of dir in fsys (not recursively).
func LoadFS(fsys fs.FS, dir string) (*Library, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, unreadable(dir, err)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	lib := &Library{}
	for _, e := range entries {
		ext := strings.ToLower(path.Ext(e.Name()))
		if e.IsDir() || (ext != ".md" && ext != ".txt") {
			continue
		}
		p := path.Join(dir, e.Name())
		data, err := readFSFile(fsys, p)
		if err != nil {
			return nil, err
		}
		doc, err := Parse(strings.TrimSuffix(e.Name(), path.Ext(e.Name())), p, data)
		if err != nil {
			return nil, err
		}
		lib.Docs = append(lib.Docs, doc)
	}
	if len(lib.Docs) == 0 {
		return nil, &FileError{Path: dir, Problem: ProblemNoDocument, Value: ".md .txt"}
	}
	return lib, nil
}

// LoadPath parses a document file or every document of a directory on disk:
// .md and .txt as they are, .pdf through pdftotext (poppler-utils), .csv (a
// spreadsheet's plan of actions) through csvText.
func LoadPath(ctx context.Context, p string) (*Library, error) {
	info, err := os.Stat(p)
	if err != nil {
		return nil, unreadable(p, err)
	}
	var files []string
	if info.IsDir() {
		entries, err := os.ReadDir(p)
		if err != nil {
			return nil, unreadable(p, err)
		}
		for _, e := range entries {
			if !e.IsDir() && isDocument(e.Name()) {
				files = append(files, filepath.Join(p, e.Name()))
			}
		}
		sort.Strings(files)
		if len(files) == 0 {
			return nil, &FileError{Path: p, Problem: ProblemNoDocument, Value: ".md .txt .pdf .csv .docx .odt .html"}
		}
	} else {
		if !isDocument(p) {
			return nil, &FileError{Path: p, Problem: ProblemUnsupportedType, Value: filepath.Ext(p)}
		}
		files = []string{p}
	}
	lib := &Library{}
	for _, f := range files {
		doc, err := LoadFile(ctx, f)
		if err != nil {
			return nil, err
		}
		if lib.Doc(doc.ID) != nil {
			return nil, &FileError{Path: f, Problem: ProblemDuplicateID, Value: doc.ID}
		}
		lib.Docs = append(lib.Docs, doc)
	}
	return lib, nil
}

func isDocument(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".txt", ".pdf", ".csv", ".docx", ".odt", ".html", ".htm":
		return true
	}
	return false
}

// LoadFile parses one document file; its id is the file name without extension.
func LoadFile(ctx context.Context, name string) (*Document, error) {
	id := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	info, err := os.Stat(name)
	if err != nil {
		return nil, unreadable(name, err)
	}
	if err := checkRegular(name, info); err != nil {
		return nil, err
	}
	if info.Size() > maxFileBytes {
		return nil, tooBig(name, info.Size())
	}
	var data []byte
	var marks reviewMarks
	switch strings.ToLower(filepath.Ext(name)) {
	case ".pdf":
		data, err = pdfText(ctx, name)
	case ".csv":
		if data, err = readFile(name); err == nil {
			if err = validate(name, data); err == nil {
				data, err = csvText(name, toUTF8(data))
			}
		}
	case ".docx", ".odt":
		if data, err = readFile(name); err == nil {
			data, marks, err = officeText(name, data)
		}
	case ".html", ".htm":
		if data, err = readFile(name); err == nil {
			if err = validate(name, data); err == nil {
				data, err = htmlText(name, toUTF8(data))
			}
		}
	default:
		data, err = readFile(name)
	}
	if err != nil {
		return nil, err
	}
	doc, err := Parse(id, name, data)
	if w := marks.warning(name); w != "" && doc != nil {
		doc.Warnings = append(doc.Warnings, w)
	}
	return doc, err
}

// maxFileBytes bounds a document file: a PDF holds more bytes than its text.
const maxFileBytes = MaxDocumentBytes * 4

// checkRegular refuses what is not a regular file: reading a named pipe
// waits for a writer forever, and a device such as /dev/zero never ends.
func checkRegular(name string, info fs.FileInfo) error {
	if info.Mode().IsRegular() {
		return nil
	}
	kind := ""
	switch m := info.Mode(); {
	case m&fs.ModeNamedPipe != 0:
		kind = "named pipe"
	case m&fs.ModeDevice != 0 || m&fs.ModeCharDevice != 0:
		kind = "device"
	case m&fs.ModeSocket != 0:
		kind = "socket"
	case m.IsDir():
		kind = "directory"
	}
	return &FileError{Path: name, Problem: ProblemNotRegular, Value: kind}
}

func tooBig(name string, size int64) error {
	return &FileError{Path: name, Problem: ProblemTooLarge, Size: size, Limit: maxFileBytes}
}

// readFile reads a regular file of at most maxFileBytes. The file is
// opened without blocking and checked again once open, so that one
// swapped for a pipe or a device after the first check is still refused;
// the limit is enforced while reading, whatever the size said.
func readFile(name string) ([]byte, error) {
	f, err := os.OpenFile(name, os.O_RDONLY|openNonBlock, 0)
	if err != nil {
		return nil, unreadable(name, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, unreadable(name, err)
	}
	if err := checkRegular(name, info); err != nil {
		return nil, err
	}
	return readLimited(name, f)
}

// readFSFile is readFile for a file of an fs.FS.
func readFSFile(fsys fs.FS, p string) ([]byte, error) {
	f, err := fsys.Open(p)
	if err != nil {
		return nil, unreadable(p, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, unreadable(p, err)
	}
	if err := checkRegular(p, info); err != nil {
		return nil, err
	}
	return readLimited(p, f)
}

func readLimited(name string, r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxFileBytes+1))
	if err != nil {
		return nil, unreadable(name, err)
	}
	if len(data) > maxFileBytes {
		return nil, &FileError{Path: name, Problem: ProblemTooLarge, Limit: maxFileBytes}
	}
	return data, nil
}

// pdfText converts a PDF to text with pdftotext.
//
// It uses -raw, the content stream order, because that is the mode that
// reads both layouts fiches are printed in (see corpus/pdf_test.go, which
// feeds generated PDFs through each mode):
//   - a page in two columns: -layout prints the two columns side by side on
//     the same lines ("Contexte      Pilotes"), mixing two fields into one
//     line; the default reading order splits the page into blocks and
//     interleaves blocks of both columns that start at the same height
//     ("Contexte", "Pilotes", the context, the pilots, "Partenaires",
//     "Objectifs"…). -raw prints each column whole, in the order the
//     document wrote it.
//   - a label | value table: the default reading order prints the whole
//     label column, then the whole value column, losing which value goes
//     with which label. -raw and -layout both keep a row on one line, label
//     first.
//
// A plan whose actions are one wide table, one column per field, is the
// exception: -raw prints each cell's lines one after the other, and which
// line belongs to which column is lost. -layout keeps the columns apart
// (see unfoldColumnTables), so a document where -layout shows such a table
// is read in that mode, save its pages printed in two columns of running
// text (see proseColumnPages).
//
// A page of fields in boxes placed around it, as a page-layout program
// sets a brochure, is read from the blocks -bbox-layout places on the
// page instead (see boxPages).
//
// Page breaks stay form feeds in every mode.
func pdfText(ctx context.Context, name string) ([]byte, error) {
	out, err := runPdftotext(ctx, name, "-raw")
	if err != nil {
		return nil, err
	}
	layout, err := runPdftotext(ctx, name, "-layout")
	if err != nil {
		return out, nil
	}
	bbox, bboxErr := runPdftotext(ctx, name, "-bbox-layout")
	if hasColumnTable(strings.Split(string(layout), "\n")) {
		out = proseColumnPages(out, layout)
		// A summary table's cells are only told apart where each
		// word is placed (see tableLayoutPages).
		if bboxErr == nil && len(toldActions(strings.Split(string(layout), "\n"))) >= 2 {
			out = tableLayoutPages(out, bbox)
		}
	} else {
		out = keepMatrixColumns(out, layout)
	}
	// A year grid's marks are only placed under their years as laid out
	// (see keepYearGrids).
	out = keepYearGrids(out, layout)
	// So are a grid's marks under the parts of their year's row (see
	// keepPeriodGrids).
	out = keepPeriodGrids(out, layout)
	// So are a table of figures' figures under their years (see
	// keepYearFigures).
	out = keepYearFigures(out, layout)
	// So are a grid's tick boxes over their options' wrapped ends (see
	// keepCheckboxGrids).
	out = keepCheckboxGrids(out, layout)
	// A page of labelled boxes placed around it is read box by box from
	// where pdftotext found each block (see boxPages); without that
	// output, the page is read as above.
	if bboxErr == nil {
		out = boxPages(out, bbox)
	}
	return out, nil
}

// runPdftotext converts a PDF in the given mode.
func runPdftotext(ctx context.Context, name, mode string) ([]byte, error) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		return nil, &FileError{Path: name, Problem: ProblemNoPdftotext}
	}
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, "-enc", "UTF-8", mode, name, "-")
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		// pdftotext prints one line per syntax error, hundreds for a
		// damaged file, and the reason it gave up last: keep that one, so
		// that the error stays one line in a list of loaded files.
		msg := strings.TrimSpace(stderr.String())
		if i := strings.LastIndexByte(msg, '\n'); i >= 0 {
			msg = strings.TrimSpace(msg[i+1:])
		}
		return nil, &FileError{Path: name, Problem: ProblemPdftotext, Value: msg, Err: err}
	}
	return out, nil
}
