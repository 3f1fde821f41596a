package bot

func (c *Core) registerBuiltins() {}
