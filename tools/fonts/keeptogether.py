#!/usr/bin/env python3
"""Give Exhibit Sans two blank characters that Fyne never breaks a line at.

Fyne wraps text at any Unicode white space, the no-break spaces included,
so "50 000" or "16 500" could end one line and begin the next. The app
writes the space inside a grouped number as U+E000 and every other
no-break space as U+E001 (screens/keep.go); here those private-use code
points are mapped to the font's own narrow no-break space (U+202F) and
no-break space (U+00A0) glyphs. Nothing else in the font changes.

build.py calls it for each face it makes; to patch the committed fonts:

    /usr/bin/python3 tools/fonts/keeptogether.py assets/fonts/ExhibitSans-*.ttf
"""
import sys

from fontTools.ttLib import TTFont

PUA = {0xE000: 0x202F, 0xE001: 0x00A0}


def add(font):
    """Map the private-use code points to their spaces' glyphs in every
    Unicode cmap subtable of font."""
    best = font.getBestCmap()
    for table in font["cmap"].tables:
        if not table.isUnicode():
            continue
        for pua, space in PUA.items():
            table.cmap[pua] = best[space]


if __name__ == "__main__":
    for path in sys.argv[1:]:
        f = TTFont(path)
        add(f)
        f.save(path)
        print(path)
