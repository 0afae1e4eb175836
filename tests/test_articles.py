"""Loading articles: headers, front matter, JSONL exports, numbering, and broken input skipped by name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.articles import load_articles, make_article, parse_article
from tests.conftest import CORPUS, SEED_ARTICLE


def test_seed_article_numbering_and_kinds() -> None:
    article = parse_article((CORPUS / SEED_ARTICLE).read_text("utf-8"), SEED_ARTICLE)
    texts = [p.text for p in article.paragraphs]
    assert texts[10].startswith("– Etter dette har Musk ikke hatt noen kontakt med Putin")
    assert article.paragraphs[8].kind == "heading"  # "– Fullstendig falsk informasjon" is a crosshead
    assert article.paragraphs[4].kind == "heading"
    assert article.paragraphs[0].kind == "lead"
    assert article.title.startswith("Eieren av Tesla")  # no header: the first block is the title
    assert article.language == "nb"


def test_a_short_line_wholly_in_quote_marks_is_a_crosshead() -> None:
    raw = "title: T\n\nNorge og Storbritannia er enige.\n\n«Svært positivt»\n\n«Vi er glade.»\n\n«Det er bra», sa hun."
    assert [p.kind for p in parse_article(raw, "a.txt").paragraphs] == ["lead", "heading", "body", "body"]


def test_header_with_empty_published_is_not_body() -> None:
    raw = "title: Streik\nurl: https://nrk.no/x\npublished:\nlanguage: nb\n\nFørste avsnitt.\n\n\n\nAndre avsnitt."
    article = parse_article(raw, "a.txt")
    assert (article.title, article.url, article.published) == ("Streik", "https://nrk.no/x", None)
    assert [p.text for p in article.paragraphs] == ["Første avsnitt.", "Andre avsnitt."]


def test_yaml_front_matter_and_markdown_heading() -> None:
    raw = "---\ntitle: Budget row\npublished: 2024-10-01\nlanguage: en\n---\n\n# Budget row\n\nThe minister said no."
    article = parse_article(raw, "b.md", markdown=True)
    assert article.published == "2024-10-01"
    assert [(p.text, p.kind) for p in article.paragraphs] == [("Budget row", "heading"),
                                                              ("The minister said no.", "body")]


def test_folder_walk_skips_readme_and_names_broken_files(tmp_path: Path) -> None:
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "ok.txt").write_text("Han sa ja.\n\nHun sa nei.", "utf-8")
    (tmp_path / "README.md").write_text("# Not an article", "utf-8")
    (tmp_path / "SOURCES.txt").write_text("where these came from", "utf-8")
    (tmp_path / ".hidden.txt").write_text("x", "utf-8")
    (tmp_path / "latin1.txt").write_bytes("Blåbærsyltetøy".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("\n\n", "utf-8")
    result = load_articles(tmp_path)
    assert [a.source for a in result.articles] == ["nested/ok.txt"]
    assert {s.source for s in result.skipped} == {"latin1.txt", "empty.txt"}
    assert all(s.reason for s in result.skipped)


def test_jsonl_export_sources_and_broken_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "title": "T1", "url": "u", "published": "2024-01-01", "language": "nb",
                    "body": "Første.\n\nAndre."}),
        "{not json",
        json.dumps({"title": "T3", "paragraphs": ["Én.", "To.", "Tre."]}),
    ]
    (tmp_path / "export.jsonl").write_text("\n".join(lines), "utf-8")
    result = load_articles(tmp_path)
    assert [(a.source, len(a.paragraphs)) for a in result.articles] == [("export.jsonl#a1", 2),
                                                                        ("export.jsonl#3", 3)]
    assert [s.source for s in result.skipped] == ["export.jsonl#2"]


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not found"):
        load_articles(tmp_path / "nope")


def test_a_dateline_opens_the_story_but_a_kicker_opens_a_caption() -> None:
    blocks = ["FOTO: Molde FK Direktør Øystein Neerland og Vegard Forren.",
              "MOLDE: Mandag signerte Vegard Forren ny kontrakt. Det bekrefter direktør Øystein Neerland.",
              "TYFON: Bølgene slo inn over byen. Det er den verste stormen på tiår. Toru Hanai/AP/NTB scanpix"]
    article = make_article("a.txt", "a", {}, blocks, "\n\n".join(blocks))
    assert [p.kind for p in article.paragraphs] == ["caption", "body", "caption"]
