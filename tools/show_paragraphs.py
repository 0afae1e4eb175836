"""Print an article's body paragraphs with their 0-based numbers (DESIGN.md numbering).

Used while labelling evaluation data, so labels and the index agree on numbering.
Usage: python tools/show_paragraphs.py FILE [FILE...]
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from index.articles import parse_article  # noqa: E402 - the project root is put on the path first

if __name__ == "__main__":
    for path in sys.argv[1:]:
        print(f"== {path}")
        article = parse_article(Path(path).read_text("utf-8"), Path(path).name, markdown=not path.endswith(".txt"))
        for paragraph in article.paragraphs:
            print(f"[{paragraph.position}] {paragraph.text}")
        print()
