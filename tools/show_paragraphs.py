"""Print an article's body paragraphs with their 0-based numbers (DESIGN.md numbering).

Used while labelling evaluation data, so labels and the index agree on numbering.
Usage: python tools/show_paragraphs.py FILE [FILE...]
"""
import re
import sys

HEADER_KEYS = {"title", "url", "published", "language", "author", "section"}


def body_blocks(text: str) -> list[str]:
    lines = text.replace("\r\n", "\n").split("\n")
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
        if end is not None:
            lines = lines[end + 1:]
    else:
        i = 0
        while i < len(lines) and re.match(r"^\s*([A-Za-z]+)\s*:", lines[i]) and \
                lines[i].split(":", 1)[0].strip().lower() in HEADER_KEYS:
            i += 1
        if i > 0 and (i == len(lines) or not lines[i].strip()):
            lines = lines[i:]
    blocks = re.split(r"\n\s*\n", "\n".join(lines))
    return [b.strip() for b in blocks if b.strip()]


if __name__ == "__main__":
    for path in sys.argv[1:]:
        print(f"== {path}")
        for n, block in enumerate(body_blocks(open(path, encoding="utf-8").read())):
            print(f"[{n}] {block}")
        print()
