#!/usr/bin/env python3
"""Build the exhibit's fonts: Noto Sans (Latin, Cyrillic with the Kazakh
letters) merged with the Hangul of Noto Sans KR, both under the SIL OFL 1.1.

The result is renamed "Exhibit Sans" (Noto Sans KR reserves the name
"Source"). Run once when the fonts must change; the output is committed to
assets/fonts/. Needs Debian's python3-fonttools and the npm package
@expo-google-fonts/noto-sans-kr (for the Noto Sans KR TTFs):

    sudo apt-get install -y python3-fonttools
    (cd /tmp && npm pack @expo-google-fonts/noto-sans-kr && tar xzf expo-google-fonts-noto-sans-kr-*.tgz)
    /usr/bin/python3 tools/fonts/build.py NOTO_SANS_DIR /tmp/package assets/fonts [--all-hangul]

NOTO_SANS_DIR is Fyne's theme/font folder in the Go module cache
($(go env GOMODCACHE)/fyne.io/fyne/v2@v2.7.1/theme/font).
"""
import os
import sys

from fontTools import subset
from fontTools.merge import Merger
from fontTools.ttLib import TTFont

import keeptogether

LATIN = "U+0020-007E,U+00A0-024F,U+0300-036F,U+0400-052F,U+1E00-1EFF,U+2000-206F,U+20A0-20BF,U+2100-214F,U+2190-21FF,U+2212,U+25CF"
# Hangul: punctuation, the compatibility jamo (the People index's ㄱ ㄴ ㄷ),
# full-width forms, and the 2,350 syllables of KS X 1001 (the common set
# of Korean fonts and web fonts), plus every syllable the bundled content
# and catalogues use. All 11,172 syllables cost the app about 12 MB of
# memory: Fyne's text library parses every outline of every face it loads.
# A content folder that uses a rarer syllable is told so by `koryo
# validate`; build with --all-hangul to ship every syllable.
HANGUL_BASE = "U+3000-303F,U+3130-318F,U+FF01-FF60"


def ksx1001():
    out = set()
    for hi in range(0xB0, 0xC9):
        for lo in range(0xA1, 0xFF):
            out.add(ord(bytes([hi, lo]).decode("euc-kr")))
    return out


def used(dirs):
    out = set()
    for d in dirs:
        for root, _, files in os.walk(d):
            for f in files:
                if f.endswith(".toml"):
                    with open(os.path.join(root, f), encoding="utf-8") as fh:
                        out |= {ord(c) for c in fh.read() if 0xAC00 <= ord(c) <= 0xD7A3}
    return out


def hangul(all_syllables, content_dirs):
    if all_syllables:
        return HANGUL_BASE + ",U+AC00-D7A3"
    syl = sorted(ksx1001() | used(content_dirs))
    return HANGUL_BASE + "," + ",".join("U+%04X" % c for c in syl)
WEIGHTS = [("Regular", "400Regular"), ("Bold", "700Bold")]


def cut(src, unicodes, dst):
    opts = subset.Options()
    # Few OpenType features: Fyne shapes every string with a new HarfBuzz
    # font, whose set-up cost grows with the number of lookups. Precomposed
    # Hangul, Cyrillic and Latin need only these.
    opts.layout_features = ["kern", "mark", "mkmk", "ccmp", "liga"]
    opts.hinting = False
    opts.name_IDs = ["*"]
    font = TTFont(src)
    s = subset.Subsetter(opts)
    s.populate(unicodes=subset.parse_unicodes(unicodes))
    s.subset(font)
    for t in ("vhea", "vmtx", "STAT", "TTFA"):
        if t in font:
            del font[t]
    font.save(dst)


def rename(font, style):
    family = "Exhibit Sans"
    for rec in font["name"].names:
        if rec.nameID in (1, 16):
            rec.string = family
        elif rec.nameID in (2, 17):
            rec.string = style
        elif rec.nameID == 4:
            rec.string = f"{family} {style}"
        elif rec.nameID == 6:
            rec.string = f"ExhibitSans-{style}"


def main(noto_dir, kr_dir, out_dir, all_syllables=False):
    os.makedirs(out_dir, exist_ok=True)
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    han = hangul(all_syllables, [os.path.join(repo, "assets", "content"), os.path.join(repo, "locales")])
    for style, kr in WEIGHTS:
        a = f"/tmp/exhibit-latin-{style}.ttf"
        b = f"/tmp/exhibit-hangul-{style}.ttf"
        cut(os.path.join(noto_dir, f"NotoSans-{style}.ttf"), LATIN, a)
        cut(os.path.join(kr_dir, kr, f"NotoSansKR_{kr}.ttf"), han, b)
        merged = Merger().merge([a, b])
        rename(merged, style)
        keeptogether.add(merged)
        out = os.path.join(out_dir, f"ExhibitSans-{style}.ttf")
        merged.save(out)
        print(out, os.path.getsize(out), "bytes")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--all-hangul"]
    main(*args[:3], all_syllables="--all-hangul" in sys.argv)
