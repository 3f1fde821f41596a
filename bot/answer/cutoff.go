package answer

import (
	"context"
	"errors"
	"sync"
	"time"
)

// ErrModelCut is the error of a generation stopped by CutoffGenerator.Cut.
var ErrModelCut = errors.New("language model cut off at shutdown")

// CutoffGenerator wraps a Generator so that a shutdown can stop waiting for
// a slow model: after Cut, generations in flight fail at once and new ones
// are not started, so the engine gives its offline answer and the adapter
// can still post it within the shutdown grace. Only the model's context is
// cut, never the retrieval's nor the posting's.
type CutoffGenerator struct {
	g    Generator
	once sync.Once
	cut  chan struct{}
}

// NewCutoffGenerator wraps g.
func NewCutoffGenerator(g Generator) *CutoffGenerator {
	return &CutoffGenerator{g: g, cut: make(chan struct{})}
}

// Generate implements Generator.
func (c *CutoffGenerator) Generate(ctx context.Context, req GenerateRequest) (Generation, error) {
	select {
	case <-c.cut:
		return Generation{}, ErrModelCut
	default:
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	go func() {
		select {
		case <-c.cut:
			cancel(ErrModelCut)
		case <-ctx.Done():
		}
	}()
	g, err := c.g.Generate(ctx, req)
	if err != nil && errors.Is(context.Cause(ctx), ErrModelCut) {
		return Generation{}, ErrModelCut
	}
	return g, err
}

// Cut stops every generation in flight and every later one. It may be
// called more than once.
func (c *CutoffGenerator) Cut() { c.once.Do(func() { close(c.cut) }) }

// CutOnShutdown calls g.Cut once ctx is done and then after has passed:
// the model gets that long to finish the answers in flight, the rest of the
// shutdown grace is left to answer offline and post.
func CutOnShutdown(ctx context.Context, g *CutoffGenerator, after time.Duration) {
	go func() {
		<-ctx.Done()
		t := time.NewTimer(after)
		defer t.Stop()
		<-t.C
		g.Cut()
	}()
}
