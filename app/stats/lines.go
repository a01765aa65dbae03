package stats

import (
	"bufio"
	"errors"
	"io"
)

// MaxLine is the longest line of a log read; a longer one is damaged.
const MaxLine = 1 << 20

// Lines calls fn for each line of r (numbered from 1, without its "\n"),
// as bufio.Scanner splits them; a line longer than MaxLine comes as nil,
// and the lines after it still come. Read and app/report read logs with it.
func Lines(r io.Reader, fn func(n int, line []byte)) error {
	br := bufio.NewReaderSize(r, 256<<10)
	var long []byte
	tooLong := false
	for n := 1; ; {
		b, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			if tooLong = tooLong || len(long)+len(b) > MaxLine; !tooLong {
				long = append(long, b...)
			}
			continue
		}
		if long != nil || tooLong {
			b = append(long, b...)
		}
		if len(b) > 0 {
			line := b[:len(b)-boolInt(len(b) > 0 && b[len(b)-1] == '\n')]
			if tooLong || len(line) > MaxLine {
				line = nil
			}
			fn(n, line)
			n++
		}
		long, tooLong = nil, false
		if err != nil {
			if err == io.EOF {
				return nil
			}
			return err
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
