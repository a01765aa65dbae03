package timelinejs

import (
	"strings"

	"golang.org/x/net/html"
)

// breaks are the elements that start a new paragraph.
var breaks = map[string]bool{
	"p": true, "br": true, "li": true, "ul": true, "ol": true, "div": true,
	"blockquote": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "tr": true, "table": true, "hr": true,
}

// hidden are the elements whose content is dropped entirely.
var hidden = map[string]bool{"script": true, "style": true, "iframe": true}

// plain turns an HTML fragment into safe plain text: tags dropped, link
// texts kept, entities decoded, whitespace collapsed, paragraphs separated
// by a blank line and list items marked "• ". dropped names the hidden
// elements (script, style, iframe) whose content was removed.
func plain(s string) (text string, dropped []string) {
	z := html.NewTokenizer(strings.NewReader(s))
	var p paragraphs
	skip := ""
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return p.String(), dropped
		case html.TextToken:
			if skip == "" {
				p.text(string(z.Text()))
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			switch {
			case skip != "":
				if tt == html.EndTagToken && tag == skip {
					skip = ""
				}
			case hidden[tag]:
				dropped = appendOnce(dropped, tag)
				if tt == html.StartTagToken {
					skip = tag
				}
			case breaks[tag]:
				p.brk(tt, tag)
			}
		}
	}
}

// oneLine joins plain text's paragraphs into a single line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func appendOnce(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// paragraphs collects text into whitespace-collapsed paragraphs.
type paragraphs struct {
	done   []string
	cur    strings.Builder
	bullet bool // the next paragraph is a list item
}

func (p *paragraphs) text(s string) { p.cur.WriteString(s) }

// brk ends the current paragraph at a block tag.
func (p *paragraphs) brk(tt html.TokenType, tag string) {
	p.flush()
	if tag == "li" {
		p.bullet = tt == html.StartTagToken
	}
}

func (p *paragraphs) flush() {
	t := oneLine(p.cur.String())
	p.cur.Reset()
	if t == "" {
		return
	}
	if p.bullet {
		t = "• " + t
		p.bullet = false
	}
	p.done = append(p.done, t)
}

// String returns the paragraphs separated by blank lines.
func (p *paragraphs) String() string {
	p.flush()
	return strings.Join(p.done, "\n\n")
}
