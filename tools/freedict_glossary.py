"""Write index/data/freedict_en_nb.tsv from the Debian package dict-freedict-eng-nor.

The English–Norwegian FreeDict/WikDict dictionary (CC BY-SA 3.0, built from Wiktionary) widens the
hand-made news glossary, so more words of an English question find their bokmål renderings in a
Norwegian paragraph. Only one-word nouns, proper nouns, verbs and adjectives are kept (a preposition such
as "about" brings "nesten", which stems like "neste"), with translations of at most two words.
Usage: apt-get download dict-freedict-eng-nor && dpkg -x dict-freedict-eng-nor_*.deb pkg
       python tools/freedict_glossary.py pkg/usr/share/dictd/freedict-eng-nor > index/data/freedict_en_nb.tsv
"""

import gzip
import re
import sys

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_NUMBER = re.compile(r"^\d+\.\s*|\s+\d+\.$")
_CONTENT = ("<n>", "<pn>", "<v>", "<adj>")


def _offset(text: str) -> int:
    """dictd's base-64 numbers (most significant digit first)."""
    value = 0
    for char in text:
        value = value * 64 + _B64.index(char)
    return value


def _translations(body: list[str]) -> list[str]:
    """Numbered senses are "1. ord" lines, each followed by an English gloss; an unnumbered entry has one line."""
    numbered = [line for line in body if re.match(r"^\d+\.\s+\S", line)]
    lines = numbered or body[:1]
    words = (_NUMBER.sub("", part).strip() for line in lines for part in _NUMBER.sub("", line).split(","))
    return list(dict.fromkeys(w for w in words if w and len(w.split()) <= 2 and not w[0].isdigit()))


def entries(prefix: str) -> dict[str, list[str]]:
    """Headword → bokmål translations from the dictd files PREFIX.index and PREFIX.dict.dz."""
    data = gzip.open(prefix + ".dict.dz").read()
    result: dict[str, list[str]] = {}
    for line in open(prefix + ".index", encoding="utf-8"):
        head, offset, length = line.rstrip("\n").split("\t")
        if head.startswith("00database") or not head.isalpha():
            continue
        start = _offset(offset)
        header, *body = data[start:start + _offset(length)].decode("utf-8").strip().split("\n")
        if not header.endswith(_CONTENT):
            continue
        known = result.setdefault(head.lower(), [])
        known.extend(w for w in _translations(body) if w not in known)
    return {head: words for head, words in result.items() if words}


if __name__ == "__main__":
    print("# English–Norwegian FreeDict/WikDict dictionary 2022.11.18 (Debian dict-freedict-eng-nor), "
          "CC BY-SA 3.0, https://freedict.org; made by tools/freedict_glossary.py")
    for head, words in sorted(entries(sys.argv[1]).items()):
        print(head + "\t" + " ".join(words))
