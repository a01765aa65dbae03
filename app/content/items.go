package content

func (e *Era) id() string            { return e.ID }
func (e *Era) file() string          { return e.File }
func (e *Era) setFile(f string)      { e.File = f }
func (c *Category) id() string       { return c.ID }
func (c *Category) file() string     { return c.File }
func (c *Category) setFile(f string) { c.File = f }
func (f *Field) id() string          { return f.ID }
func (f *Field) file() string        { return f.File }
func (f *Field) setFile(s string)    { f.File = s }
func (p *Place) id() string          { return p.ID }
func (p *Place) file() string        { return p.File }
func (p *Place) setFile(f string)    { p.File = f }
func (e *Event) id() string          { return e.ID }
func (e *Event) file() string        { return e.File }
func (e *Event) setFile(f string)    { e.File = f }
func (p *Person) id() string         { return p.ID }
func (p *Person) file() string       { return p.File }
func (p *Person) setFile(f string)   { p.File = f }
