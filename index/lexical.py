"""BM25 over paragraphs with Norwegian and English stemming (bm25s + PyStemmer).

Paragraphs are stemmed in their article's language; a question is stemmed both ways, since an
English question may ask about a Norwegian article and the other way round, and its English words
bring their bokmål renderings from a glossary of news vocabulary.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_EN, STOPWORDS_NORWEGIAN

from index.articles import guess_language

_WORD = re.compile(r"\w+", re.UNICODE)
# Question words and speech cues say nothing about the topic of a paragraph.
_STOPWORDS = frozenset(STOPWORDS_EN) | frozenset(STOPWORDS_NORWEGIAN) | {
    "kva", "kven", "ikkje", "seier", "sa", "sagt", "sier", "said", "says", "say", "hva", "hvem", "who", "what"}
_STEMMER_FOR = {"en": "english", "nb": "norwegian", "nn": "norwegian", "no": "norwegian"}


@lru_cache(maxsize=4)
def _stemmer(language: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(_STEMMER_FOR.get(language, "norwegian"))


@lru_cache(maxsize=1)
def _glossary() -> dict[str, str]:
    """English words and their bokmål renderings, so an English question shares words with a Norwegian
    paragraph: "Who confirmed the death?" also looks for "bekreftet dødsfall". The hand-made news glossary
    (index/data/glossary_en_nb.tsv) wins; the FreeDict English–Norwegian dictionary (freedict_en_nb.tsv,
    CC BY-SA 3.0, made by tools/freedict_glossary.py) covers the words it lacks."""
    return {**glossary_pairs("freedict_en_nb.tsv"), **glossary_pairs("glossary_en_nb.tsv")}


@lru_cache(maxsize=2)
def glossary_pairs(name: str) -> dict[str, str]:
    """English word → bokmål words, from a tab-separated file in index/data ("#" lines are comments)."""
    lines = (Path(__file__).parent / "data" / name).read_text("utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines if "\t" in line and not line.startswith("#"))


@lru_cache(maxsize=1)
def _reverse_glossary() -> dict[str, str]:
    """Bokmål word stems and the English words the hand-made glossary renders by them ("bøndene" also looks
    for "farmers"); FreeDict's long tail is left out, its reverse readings are mostly noise."""
    stem = _stemmer("nb").stemWord
    reverse: dict[str, list[str]] = {}
    for english, norwegian in glossary_pairs("glossary_en_nb.tsv").items():
        for word in norwegian.lower().split():
            if word.isalpha() and english.isalpha() and word != english and len(word) > 2:
                reverse.setdefault(stem(word), []).append(english)
    return {word: " ".join(dict.fromkeys(english[:3])) for word, english in reverse.items()}


def with_norwegian(question: str) -> str:
    """The question followed by the bokmål words for its English words and the English words for its bokmål
    ones, so a question finds an article in the other language. Names are not translated ("Rygge")."""
    glossary, reverse, stem = _glossary(), _reverse_glossary(), _stemmer("nb").stemWord
    words = [w for w in _WORD.findall(question) if w.lower() not in _STOPWORDS]
    extra = [glossary[w.lower()] for w in words if w.lower() in glossary]
    if guess_language(question) != "en":  # a capital after the first word is a name: "Rygge", not "reverse"
        common = [w.lower() for i, w in enumerate(words) if not w[0].isupper() or i == 0]
        extra += [reverse[stem(w)] for w in common if stem(w) in reverse]
    return question + (" " + " ".join(extra) if extra else "")


def tokens(text: str, languages: Sequence[str] = ("nb",)) -> list[str]:
    """Lower-cased word stems without stop words, stemmed with each language's stemmer."""
    words = [w for w in _WORD.findall(text.lower()) if w not in _STOPWORDS]
    if len(languages) == 1:
        return _stemmer(languages[0]).stemWords(words)
    stems: list[str] = []
    for language in dict.fromkeys(languages):
        stems.extend(_stemmer(language).stemWords(words))
    return list(dict.fromkeys(stems))


def compound_parts(word: str, vocabulary: dict[str, int] | set[str]) -> list[str]:
    """The stems of a Norwegian compound the paragraphs do not use, split where both halves are words they do
    use ("helikoptertilbud" finds "et helikopter … er ikke et fullgodt tilbud"; "arbeidsplasser" drops the
    joining s). A compound the paragraphs use is matched whole and never split."""
    stem = _stemmer("nb").stemWord
    if len(word) < 9 or not word.isalpha() or stem(word) in vocabulary:
        return []
    for cut in range(4, len(word) - 3):
        head, tail = word[:cut], stem(word[cut:])
        if tail not in vocabulary or tail in _STOPWORDS:
            continue
        for form in (head, head[:-1] if head[-1] in "se" and len(head) > 4 else None):
            if form and stem(form) in vocabulary and form not in _STOPWORDS:
                return [stem(form), tail]
    return []


class LexicalIndex:
    """A saved bm25s index whose document order is the paragraph id order of the generation."""

    def __init__(self, retriever: bm25s.BM25) -> None:
        self.retriever = retriever

    @classmethod
    def build(cls, texts: Sequence[str], languages: Sequence[str]) -> "LexicalIndex":
        logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets DEBUG on import
        retriever = bm25s.BM25()
        corpus = [tokens(t, (lang,)) or ["_empty_"] for t, lang in zip(texts, languages)]
        if not corpus:
            corpus = [["_empty_"]]
        retriever.index(corpus, show_progress=False)
        return cls(retriever)

    def save(self, directory: Path) -> None:
        self.retriever.save(str(directory), show_progress=False)

    @classmethod
    def load(cls, directory: Path) -> "LexicalIndex":
        return cls(bm25s.BM25.load(str(directory), show_progress=False))

    def scores(self, question: str) -> np.ndarray:
        """BM25 score of every paragraph for the question (zeros when no word is known)."""
        vocab = self.retriever.vocab_dict
        query = [t for t in tokens(with_norwegian(question), ("nb", "en")) if t in vocab]
        query += [part for word in _WORD.findall(question.lower()) for part in compound_parts(word, vocab)]
        if not query:
            return np.zeros(self.retriever.scores["num_docs"], dtype=np.float32)
        return np.asarray(self.retriever.get_scores(query), dtype=np.float32)
