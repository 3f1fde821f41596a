package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"golang.org/x/term"

	"schemabot/bot"
)

func init() {
	register(&subcommand{name: "index", summary: "rebuild the search index (with a progress bar on a terminal)", run: runIndex})
}

func runIndex(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "index")
	common := addCommon(fs, env)
	if err := fs.Parse(args); err != nil {
		return err
	}
	start := time.Now()
	progress := func(done, total int) {}
	if f, ok := env.Stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		progress = func(done, total int) {
			const width = 40
			n := width * done / total
			fmt.Fprintf(env.Stderr, "\r[%s%s] %d/%d chunks", strings.Repeat("█", n), strings.Repeat(" ", width-n), done, total)
			if done == total {
				fmt.Fprintln(env.Stderr)
			}
		}
	}
	eng, err := common.engine(ctx, env, bot.WithRebuild(), bot.WithIndexProgress(progress))
	if err != nil {
		return err
	}
	dir, _ := common.cacheDir()
	if err := eng.Index().StoreError(); err != nil {
		// The documents were indexed in memory, but nothing was kept:
		// saying "rebuilt" with exit 0 would hide that every run rebuilds.
		return fmt.Errorf("could not store the index in %s: %w", dir, err)
	}
	fmt.Fprintf(env.Stdout, "Index rebuilt: %d documents, %d chunks, embedder %s, in %s (%s)\n",
		len(eng.Library().Docs), len(eng.Index().Chunks()), eng.Index().Embedder(), time.Since(start).Round(time.Millisecond), dir)
	return nil
}
