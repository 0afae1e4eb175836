"""Answer a question from the live index: attribution lookup for who-said-what, hybrid retrieval for the rest.

Passages are always stored paragraphs (verbatim); a passage's speaker always comes from a stored
attribution of that paragraph, never from the question.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from index.answers import Answer, Passage, render_text
from index.embedder import Embedder
from index.articles import guess_language
from index.entities import ENGLISH_PARTIES, EntityMatcher, EntityName, normalise, role_and_place
from index.kinship import Kin, fits, kin_of, same_family, says_kin
from index.lexical import tokens, with_norwegian
from index.lexicon import TITLE_ROLES
from index.question import CLAIM_SOURCE, SPEAKER_QUOTES, TOPICAL, ParsedQuestion, parse_question
from index.store import Generation, ParagraphRow, live_generation

log = logging.getLogger(__name__)

RRF_K = 60
_HELD_AT = re.compile(r"\s(?:i|for|ved|hos|in|at|of)\s")  # "reiselivsdirektør i Innovasjon Norge": where a role is held
CANDIDATES = 100
KIN_ARTICLES = 3  # "moren til 19-åringen": the articles most about the question that may hold the mother
_AT_PLACE = re.compile(r"[a-zæøå][\w-]*\s+(?:i|ved|hos|in|at|of)\s+[A-ZÆØÅ][\w-]*")  # "ordføreren i Trondheim"
ARTICLE_WEIGHT = 2.0  # the article-level ranking in the fusion (`_by_article`); dev questions, session 16
# Below this cosine, with no lexical overlap either, nothing in the index is about the question.
MIN_DENSE = 0.30
PRONOUNS = {"han", "hun", "ho", "de", "dei", "he", "she", "they", "him", "her", "them", "hen"}
KIND_ORDER = {"direct": 0, "indirect": 1, "according_to": 2}


@dataclass(frozen=True)
class StoredAttribution:
    paragraph_id: int
    speaker: str | None
    speaker_mention: str
    cue: str
    kind: str
    stance: str
    ambiguous: bool
    candidates: tuple[str, ...]
    start: int = 0  # the credited words in the paragraph
    end: int = 0


@dataclass(frozen=True)
class Retrieval:
    """Fused hits, best first, and whether anything in the index is about the question at all."""

    hits: list[tuple[int, float]]
    relevant: bool
    best_lexical: int | None = None  # the paragraph sharing most of the question's words


class Searcher:
    """Answers questions from the live generation; `refresh()` picks up a newly published one."""

    def __init__(self, index_dir: Path, embedder: Embedder, english_dense_weight: float = 0.5,
                 dense_weight: float = 0.5) -> None:
        self.index_dir = Path(index_dir)
        self.embedder = embedder
        self.english_dense_weight = english_dense_weight  # see IndexSettings.english_dense_weight
        self.dense_weight = dense_weight  # see IndexSettings.dense_weight
        # a speaker question with a topic embeds the topic twice (its quotes, then the article it is about)
        self._embed_query = lru_cache(maxsize=256)(embedder.embed_query)
        self._lock = threading.Lock()
        self.generation = Generation.open(self.index_dir, embedder.identity)
        self._retired: Generation | None = None
        self._load_views()

    def forget_questions(self) -> None:
        """Drop the cached question embeddings, so the benchmark times each question as a new one would be."""
        self._embed_query.cache_clear()

    def _load_views(self) -> None:
        """Small per-generation views kept in memory: entities and the vector matrix (memory-mapped)."""
        rows = self.generation.db.execute("SELECT name, kind, aliases, roles FROM entities").fetchall()
        self.entities = EntityMatcher([EntityName(r["name"], r["kind"], tuple(json.loads(r["aliases"])),
                                                  tuple(json.loads(r["roles"]))) for r in rows])
        self.vectors = np.load(self.generation.path / "vectors.npy", mmap_mode="r")
        self.article_of = np.array([r[0] for r in self.generation.db.execute(
            "SELECT article FROM paragraphs ORDER BY id")], dtype=np.int64)  # ids run 0.. in this order
        self.roles = {e.name: e.roles[0] for e in self.entities.entities if e.roles}

    def refresh(self) -> bool:
        """Switch to a newer published generation if there is one; the old one answers until then."""
        path = live_generation(self.index_dir)
        if path is None or path == self.generation.path:
            return False
        fresh = Generation.open(self.index_dir, self.embedder.identity)
        with self._lock:
            old, self.generation = self.generation, fresh
            self._load_views()
        # A search begun before the swap may still read the old generation: close it one refresh later.
        if self._retired is not None:
            self._retired.close()
        self._retired = old
        log.info("switched to index generation %s", fresh.path.name)
        return True

    # -- answering -------------------------------------------------------------------------------------

    def answer(self, question: str, k: int = 5, previous_speaker: str | None = None) -> Answer:
        """Answer one question; a blank or unusable question gets found=false and an error.

        `previous_speaker` resolves a pronoun in a follow-up ("og hva sa han om Trump?") in a chat.
        """
        if not question or not question.strip():
            return Answer(question, TOPICAL, None, False, answer="Empty question: ask e.g. «Hva sa Peskov?»",
                          error="empty question")
        parsed = parse_question(question)
        if parsed.speaker and parsed.speaker.lower() in PRONOUNS:
            if not previous_speaker:
                return Answer(parsed.text, SPEAKER_QUOTES, None, False, answer=(
                    f"Who is «{parsed.speaker}»? Name the person, e.g. «Hva sa Peskov?»"), error="unresolved pronoun")
            parsed = replace(parsed, speaker=previous_speaker)
        with self._lock:
            generation, entities, roles = self.generation, self.entities, self.roles
        if parsed.intent == SPEAKER_QUOTES and parsed.speaker:
            answer = self._speaker_answer(generation, entities, parsed, k)
        elif parsed.intent == CLAIM_SOURCE:
            answer = self._claim_answer(generation, parsed, k)
        else:
            answer = self._topical_answer(generation, parsed, k)
        return replace(answer, passages=tuple(replace(p, role=roles.get(p.speaker)) if p.speaker else p
                                              for p in answer.passages))

    def _speaker_answer(self, generation: Generation, entities: EntityMatcher, parsed: ParsedQuestion,
                        k: int) -> Answer:
        kin = kin_of(parsed.speaker or "")
        if kin:  # "faren til Mathias Kvam": nobody found is not quoted, never a namesake elsewhere
            matches, rows = self._relatives(generation, entities, kin, parsed)
            if not rows:
                return self._not_quoted(generation, parsed, parsed.speaker or "", k)
        else:
            matches, rows = self._speakers(generation, entities, parsed)
        if not matches:
            return self._not_quoted(generation, parsed, parsed.speaker or "", k)
        names = [m.name for m in matches]
        if not rows:
            return self._not_quoted(generation, parsed, names[0], k, resolved=_one_person(names))
        topic_scores = self._topic_scores(generation, parsed.topic, [r.paragraph_id for r in rows])
        # a crosshead repeating a quote is the speaker's words too, but the paragraph it repeats comes first
        crossheads = _crossheads(generation, [r.paragraph_id for r in rows])
        people = self._people_by_topic(generation, parsed.topic, rows, topic_scores)
        rows.sort(key=lambda r: (people.get(r.speaker, 0), r.paragraph_id in crossheads,
                                 -topic_scores.get(r.paragraph_id, 0.0) if parsed.topic else 0,
                                 KIND_ORDER.get(r.kind, 3), r.paragraph_id))
        best = _unique_by_paragraph(rows)[:k]
        paragraphs = generation.paragraphs(r.paragraph_id for r in best)
        passages = tuple(_passage(paragraphs[r.paragraph_id], r, topic_scores.get(r.paragraph_id, 1.0))
                         for r in best)
        speaker = best[0].speaker
        speakers = sorted({r.speaker for r in rows if r.speaker})
        summary = f"{speaker} is quoted in {len({r.paragraph_id for r in rows})} paragraph(s)"
        if len(speakers) > 1:
            summary = f"{len(speakers)} people match «{parsed.speaker}»: {', '.join(speakers)}"
        if parsed.topic:
            summary += f"; ranked by «{parsed.topic}»"
        return Answer(parsed.text, SPEAKER_QUOTES, speaker, True, passages, render_text(summary + ":", passages),
                      parsed.topic)

    def _speakers(self, generation: Generation, entities: EntityMatcher,
                  parsed: ParsedQuestion) -> tuple[list[EntityName], list[StoredAttribution]]:
        """The entities the question's speaker words mean, and their stored attributions."""
        matches = entities.match(parsed.speaker or "")
        rows = _attributions_of(generation, [m.name for m in matches]) if matches else []
        split = role_and_place(parsed.speaker or "")
        # the question names a role at a place, and no person: "forskeren fra Universitetet i Bergen" is not Bergen
        place_only = split is not None and (all(normalise(m.name) in normalise(split[1]) for m in matches) or (
            " " in split[1] and any(m.kind == "organisation" and normalise(m.name) == normalise(split[1])
                                    for m in matches)))
        named = split is not None and any(m.kind == "person" and " " in m.name and normalise(m.name) == normalise(split[1])
                                          for m in matches)  # "assistant coach Vegard Lunde": a person, not a place
        if (not rows or place_only) and not named:  # "talspersonen for Extinction Rebellion", "klubbpresidenten i Györ"
            by_role, role_rows = self._by_role_in(generation, entities, parsed.speaker or "")
            matches, rows = (by_role, role_rows) if by_role else (matches, rows)
        elif split and parsed.topic and all(m.kind == "person" for m in matches) and (
                _AT_PLACE.fullmatch(parsed.speaker or "")
                or _held_by_none(entities, parsed.speaker or "", split[1], matches)):
            # "ordføreren i Trondheim om lærerstreiken": the article may say only "ordfører Arvid Bakken", so every
            # mayor quoted where Trondheim is named is a candidate too, and the topic picks among them
            known = {m.name for m in matches}
            extra, more = self._by_role_in(generation, entities, parsed.speaker or "")
            extra, more = [e for e in extra if e.name not in known], [r for r in more if r.speaker not in known]
            article_of = _articles_of(generation, [r.paragraph_id for r in rows + more])
            # where the article names the mayor of Lierne, the county mayor it also quotes is someone else
            named_there = {article_of[r.paragraph_id] for r in rows}
            more = [r for r in more if article_of[r.paragraph_id] not in named_there]
            extra = [e for e in extra if any(r.speaker == e.name for r in more)]
            matches, rows = matches + extra, rows + more
        return matches, rows

    def _relatives(self, generation: Generation, entities: EntityMatcher, kin: Kin,
                   parsed: ParsedQuestion) -> tuple[list[EntityName], list[StoredAttribution]]:
        """"faren til Mathias Kvam": the people quoted where Mathias Kvam is named whom the article calls his
        father (a role, or the words that credit a quote), else those who share his surname. "moren til
        19-åringen": the first of the articles the question is about that quotes someone called a mother."""
        if kin.named:
            # the relative's full name as the index spells it ("Marta Kovač"), not a bare surname many articles carry
            people = [e.name for e in entities.match(kin.relative) if e.kind == "person" and " " in e.name]
            names = [kin.relative, *people]
            articles = [set().union(*(_naming(generation, n) for n in names))]
        else:
            query = f"{kin.relative} {parsed.topic or ''}"
            hits = [pid for pid, _ in self._hybrid(generation, query, CANDIDATES).hits]
            articles = [{a} for a in dict.fromkeys(_articles_of(generation, hits)[pid] for pid in hits)][:KIN_ARTICLES]
        for where in articles:
            rows = [r for r in _attributions_in(generation, where) if r.speaker]
            by_speaker: dict[str, list[StoredAttribution]] = {}
            for r in rows:
                by_speaker.setdefault(r.speaker, []).append(r)
            fitting = [s for s in by_speaker if fits(kin, s) and not _is_relative(kin, s)]
            called = [s for s in fitting if any(says_kin(kin, words) for words in (
                s, *entities.roles_of(s), *(r.speaker_mention for r in by_speaker[s])))]
            family = [s for s in fitting if same_family(kin, s)]
            # "Olav Brekke's son" is Tore Brekke, not another article's son quoted where Olav Brekke is named too
            chosen = [s for s in called if s in family] or called or family
            if chosen:
                return ([entities.get(s) or EntityName(s, "person", (), ()) for s in chosen],
                        [r for s in chosen for r in by_speaker[s]])
        return [], []

    def _people_by_topic(self, generation: Generation, topic: str | None, rows: list[StoredAttribution],
                         topic_scores: dict[int, float]) -> dict[str | None, int]:
        """When the words fit several people ("politiadvokaten om dommen mot gårdbrukeren"), the person quoted in
        the article the topic is about answers first, and each person's quotes stay together. Which article is
        about the topic is read from the whole article, not only from the quotes: the question's words for the
        case ("gårdbrukeren") are often in the narration around them."""
        speakers = sorted({r.speaker for r in rows if r.speaker})
        if not topic or len(speakers) < 2 or _one_person(speakers):
            return {}
        hits = [pid for pid, _ in self._hybrid(generation, topic, CANDIDATES).hits]
        article_of = _articles_of(generation, hits + [r.paragraph_id for r in rows])
        first_hit: dict[int, int] = {}
        for rank, pid in enumerate(hits):
            first_hit.setdefault(article_of[pid], rank)
        best: dict[str, tuple[int, float]] = {}
        for r in rows:
            if r.speaker:
                score = (first_hit.get(article_of[r.paragraph_id], len(hits)), -topic_scores.get(r.paragraph_id, 0.0))
                best[r.speaker] = min(best.get(r.speaker, score), score)
        return {name: n for n, name in enumerate(sorted(best, key=best.__getitem__))}

    @staticmethod
    def _by_role_in(generation: Generation, entities: EntityMatcher,
                    words: str) -> tuple[list[EntityName], list[StoredAttribution]]:
        """"talspersonen for Extinction Rebellion" when the article gave only "talsperson Dag Kolstø": the
        people with that role who are quoted in an article that names the place, and their quotes there."""
        split = role_and_place(words)
        if split is None:
            return [], []
        role, place = split
        places = (place.lower(), *ENGLISH_PARTIES.get(place.lower(), ()))  # "Progress Party" is Frp
        found: dict[str, EntityName] = {}
        where: dict[str, set[int]] = {}  # name -> the articles where the name holds the role at the place
        for entity in entities.by_role(role):
            # where the fitting roles are held: a place is named ("i Tana"), not "director of water quality"
            fitting = {r: entities.holds(r, role) for r in entity.roles}
            held = [at.lower() for r in entity.roles if fitting[r]
                    for at in _HELD_AT.split(r, maxsplit=1)[1:] if at[:1].isupper()]
            # "reiselivsdirektør i Innovasjon Norge" is not the director at DN, but a namesake in another article
            # may be: only the articles that do not name where the role is held elsewhere
            held_elsewhere = held if held and not any(p in h or h in p for p in places for h in held) else []
            owners = [r.split()[0][:-1].lower() for r in entity.roles if re.match(r"[A-ZÆØÅ][\w-]*s\s", r)]
            if owners and not any(o in places for o in owners) and place.lower() in ENGLISH_PARTIES:
                continue  # "Høyres helsepolitiske talsperson" is not the Progress Party's
            # one name may be two people in two articles: the article must name the role too (not only where a
            # namesake is "teknologidirektør"), and not where the name is "rektor ved Olden skule"
            heads = {_HELD_AT.split(r, maxsplit=1)[0].lower().split()[-1] for r in entity.roles if fitting[r]}
            heads |= {f"{title}." for title, held in TITLE_ROLES.items() if held in heads}  # "Gov. Mark Delgado"
            elsewhere = held_elsewhere + [at.lower() for r in entity.roles if not fitting[r]
                                          for at in _HELD_AT.split(r, maxsplit=1)[1:] if at[:1].isupper()]
            articles = set().union(*(_quoted_where(generation, entity.name, p) for p in places))
            if heads:
                articles &= set().union(*(_quoted_where(generation, entity.name, h) for h in heads))
            where[entity.name] = articles - set().union(*(_quoted_where(generation, entity.name, o) for o in elsewhere))
            if where[entity.name]:
                found[entity.name] = entity
        rows = _attributions_of(generation, list(found))
        article_of = _articles_of(generation, [r.paragraph_id for r in rows])
        return list(found.values()), [r for r in rows if article_of[r.paragraph_id] in where.get(r.speaker, ())]

    def _not_quoted(self, generation: Generation, parsed: ParsedQuestion, name: str, k: int,
                    resolved: str | None = None) -> Answer:
        """Nobody by that name is quoted: say whether the name is mentioned at all, attribute nothing. The
        answer is still about the person the index knows by that name (`resolved`), as DESIGN.md asks."""
        ranked = [pid for pid, _ in self._hybrid(generation, name, CANDIDATES).hits]
        rows = generation.paragraphs(ranked)
        surname = name.lower().split()[-1] if name.split() else ""
        mentions = [rows[pid] for pid in ranked if pid in rows and surname and surname in rows[pid].text.lower()]
        passages = tuple(_passage(row, None, 0.0) for row in mentions[:k])
        if passages:
            summary = f"{name} is mentioned in the articles but not quoted. Closest mentions (not quotes):"
        else:
            summary = f"Nothing in the indexed articles quotes or mentions {name}."
        return Answer(parsed.text, SPEAKER_QUOTES, resolved, False, passages, render_text(summary, passages),
                      parsed.topic)

    def _claim_answer(self, generation: Generation, parsed: ParsedQuestion, k: int) -> Answer:
        """The paragraphs carrying the claim, attributed ones first, and who asserts, confirms or denies it.

        The paragraph that shares most of the claim's words ranks with the attributed ones (just after those
        that match as well) even when the rules credit nobody in it: it is most often the paragraph carrying
        the claim, and the reader sees whom its own words credit. Only the article of the best passage names
        the source, so a credit in another article never answers for it.
        """
        text = parsed.topic or parsed.text
        retrieval = self._hybrid(generation, text, CANDIDATES)
        hits = retrieval.hits
        if not retrieval.relevant:
            return self._nothing(parsed, CLAIM_SOURCE, generation, hits[:k])
        lifted = dict(_stance_in_article(generation, hits, parsed.stance))
        denials = set(lifted)  # worded far from the claim, so they carry as much of it as the best hit
        hits = [(pid, max(score, lifted.pop(pid, score))) for pid, score in hits[:30]] + list(lifted.items())
        ids = [pid for pid, _ in hits]
        by_paragraph = _attributions_by_paragraph(generation, ids)
        paragraphs = generation.paragraphs(ids)
        claim = set(tokens(with_norwegian(text), ("nb", "en")))
        carried = _claim_carried(text, {pid: paragraphs[pid].text for pid in ids})
        carried.update({pid: max(carried[pid], carried[ids[0]]) for pid in denials})
        scored = []
        for rank, (pid, score) in enumerate(hits):
            attribution = _best_for_claim(by_paragraph.get(pid, []), parsed.stance, claim, paragraphs[pid].text)
            bonus = carried[pid] + (0.0 if attribution is None else (
                0.02 if parsed.stance is None or attribution.stance == parsed.stance else 0.01))
            if attribution is None and pid == retrieval.best_lexical:
                bonus += 0.015  # with the credited paragraphs, after those that match as well and credit the stance
            if attribution is not None and parsed.reported and attribution.kind == "according_to":
                bonus += 0.02  # "who reported …" asks for the outlet credited with the claim
            scored.append((score + bonus, pid, attribution))
        named = _named_articles(generation, self.article_of, parsed.text)
        if named:  # "… sjødeponiet i Rapparfjorden?": the few articles that name what the question names
            scored = [(s + (NAMED_BONUS if int(self.article_of[pid]) in named else 0.0), pid, a) for s, pid, a in scored]
        scored.sort(key=lambda t: -t[0])
        top = scored[:k]
        passages = tuple(_passage(paragraphs[pid], a, s) for s, pid, a in top)
        # Who asserts, confirms or denies: the credited paragraphs of the article carrying the claim.
        sources = [p for p in passages if p.speaker and p.source == passages[0].source] if passages else []
        speaker = sources[0].speaker if sources else None
        if sources:
            summary = "Source: " + "; ".join(dict.fromkeys(f"{p.speaker} ({p.stance})" for p in sources))
        else:
            summary = "These paragraphs carry the claim, but none credits it to a source:"
        return Answer(parsed.text, CLAIM_SOURCE, speaker, bool(sources), passages,
                      render_text(summary, passages), parsed.topic)

    def _topical_answer(self, generation: Generation, parsed: ParsedQuestion, k: int) -> Answer:
        retrieval = self._hybrid(generation, parsed.text, CANDIDATES)
        hits = retrieval.hits
        if not retrieval.relevant:
            return self._nothing(parsed, TOPICAL, generation, hits[:k])
        top = hits[:k]
        paragraphs = generation.paragraphs(pid for pid, _ in top)
        by_paragraph = _attributions_by_paragraph(generation, [pid for pid, _ in top])
        passages = tuple(_passage(paragraphs[pid], _best_for_claim(by_paragraph.get(pid, []), None), score)
                         for pid, score in top)
        return Answer(parsed.text, TOPICAL, None, True, passages,
                      render_text("The most relevant paragraphs:", passages), parsed.topic)

    def context(self, source: str, paragraph: int, radius: int = 1) -> list[ParagraphRow]:
        """The paragraphs around a cited one, for the bot's Context button."""
        with self._lock:
            generation = self.generation
        rows = (generation.paragraph_at(source, p) for p in range(max(0, paragraph - radius), paragraph + radius + 1))
        return [row for row in rows if row is not None]

    def stats(self) -> dict:
        """What the live generation holds, for /stats."""
        manifest = self.generation.manifest
        return {"articles": manifest.articles, "paragraphs": manifest.paragraphs, "speakers": manifest.speakers,
                "created": manifest.created, "model": manifest.model, "generation": self.generation.path.name}

    def _nothing(self, parsed: ParsedQuestion, intent: str, generation: Generation,
                 closest: list[tuple[int, float]]) -> Answer:
        """found=false, with the closest paragraphs shown as such (no speaker credited)."""
        paragraphs = generation.paragraphs(pid for pid, _ in closest)
        passages = tuple(_passage(paragraphs[pid], None, score) for pid, score in closest if pid in paragraphs)
        summary = (f"Nothing in the indexed articles clearly answers «{parsed.text}». "
                   "Try other words, a name, or a shorter question." + (" Closest paragraphs:" if passages else ""))
        return Answer(parsed.text, intent, None, False, passages, render_text(summary, passages), parsed.topic)

    # -- retrieval -------------------------------------------------------------------------------------

    def _hybrid(self, generation: Generation, text: str, n: int) -> Retrieval:
        """Dense and BM25 rankings fused by reciprocal rank fusion; the question is embedded once."""
        dense_ids, dense_scores = generation.dense(self._embed_query(text), n)
        lexical = generation.lexical.scores(text)
        top = np.argpartition(-lexical, n)[:n] if len(lexical) > n else np.arange(len(lexical))
        lexical_ids = [int(i) for i in top[np.argsort(-lexical[top])] if lexical[i] > 0]
        fused: dict[int, float] = {}
        dense_weight = self.english_dense_weight if guess_language(text) == "en" else self.dense_weight
        for ranking, weight in ((dense_ids, dense_weight), (lexical_ids, 1.0)):
            for rank, pid in enumerate(ranking):
                fused[int(pid)] = fused.get(int(pid), 0.0) + weight / (RRF_K + rank + 1)
        by_article = _by_article(self.article_of, lexical, [int(i) for i in dense_ids] + lexical_ids)
        ranked = sorted(by_article, key=lambda pid: (by_article[pid], -fused.get(pid, 0.0)))
        for rank, pid in enumerate(ranked):  # inside an article, the order dense and BM25 gave
            fused[pid] = fused.get(pid, 0.0) + ARTICLE_WEIGHT / (RRF_K + rank + 1)
        hits = sorted(fused.items(), key=lambda item: -item[1])
        # Something is about the question: a close vector, or words shared with a paragraph.
        relevant = bool(hits) and (float(dense_scores.max(initial=0.0)) >= MIN_DENSE or bool(lexical_ids))
        return Retrieval(hits, relevant, lexical_ids[0] if lexical_ids else None)

    def _topic_scores(self, generation: Generation, topic: str | None, ids: list[int]) -> dict[int, float]:
        """Cosine between the topic and each paragraph, plus a share of its BM25 score."""
        if not topic or not ids:
            return {}
        query = self._embed_query(topic)
        dense = self.vectors[ids] @ query
        lexical = generation.lexical.scores(topic)[ids]
        if lexical.max(initial=0) > 0:
            lexical = lexical / lexical.max()
        return {pid: float(d + 0.5 * l) for pid, d, l in zip(ids, dense, lexical)}


NAMED_BONUS = 0.03
_NAMED_WORD = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-ZÆØÅ][\wæøå-]{3,}|[A-ZÆØÅ]{2,6})\b")
CLAIM_WEIGHT = 0.02  # the share of the claim's words a paragraph holds (development questions, session 28)


def _claim_carried(claim: str, texts: dict[int, str]) -> dict[int, float]:
    """How much of the claim each paragraph carries: the share of the claim's words, in either language, that
    it holds. The fusion ranks by rank alone, so the paragraph that says what the question says ("nytteløst å
    prøve å avsløre tekster skrevet av kunstig intelligens") can trail a neighbour the model liked; this puts
    the size of the match back. Names are left out: they pin the story, which the article ranking has done,
    not the paragraph (every paragraph of a story about Musk and Putin names them)."""
    words = set(tokens(with_norwegian(_NAMED_WORD.sub(" ", claim)), ("nb", "en")))
    if not words:
        return dict.fromkeys(texts, 0.0)
    return {pid: CLAIM_WEIGHT * len(words & set(tokens(with_norwegian(text), ("nb", "en")))) / len(words)
            for pid, text in texts.items()}


def _named_articles(generation: Generation, article_of: np.ndarray, question: str) -> set[int]:
    """The articles that name every proper name the question names ("Rapparfjorden", "Kautokeino"), when
    those are few (a name in one to three articles pins the story; "Norge" or "Oslo" pins nothing)."""
    names = {m.group(1) for m in _NAMED_WORD.finditer(question.strip())}
    found: set[int] | None = None
    for name in names:
        scores = generation.lexical.scores(name)
        articles = {int(article_of[i]) for i in np.flatnonzero(scores > 0)}
        if not articles or len(articles) > 3:
            continue
        found = articles if found is None else found & articles
    return found or set()


def _by_article(article_of: np.ndarray, lexical: np.ndarray, candidates: list[int]) -> dict[int, int]:
    """Each candidate's article rank, articles in the order of their best BM25 paragraph (the caller keeps the
    order dense and BM25 gave inside an article: "AP får bekreftet …" before Peskov's confirmation).

    A claim is told across an article: in an English question about a Norwegian story the translated words
    ("oppgradering", "mur", "Rygge") meet in one article more often than in one paragraph, and that article's
    credited paragraph must come up even when it shares few of the words itself."""
    best: dict[int, float] = {}
    for pid in candidates:
        if lexical[pid] > 0:
            article = int(article_of[pid])
            best[article] = max(best.get(article, 0.0), float(lexical[pid]))
    order = {article: rank for rank, article in enumerate(sorted(best, key=lambda a: -best[a]))}
    return {pid: order[int(article_of[pid])] for pid in dict.fromkeys(candidates) if int(article_of[pid]) in order}


def _held_by_none(entities: EntityMatcher, words: str, place: str, matches: list[EntityName]) -> bool:
    """"Norway's foreign minister" matched a minister of another country or of another post: the question names
    no one (no word of its place is in a matched name), and no matched person holds the role at the place."""
    return not any(word in m.name.split() for m in matches for word in place.split()) and not any(
        entities.holds(role, words) for m in matches for role in m.roles)


def _one_person(names: list[str]) -> str | None:
    """The one entity the names stand for ("Alexandr Loginov" and "Loginov"), or None for two people ("Gary
    Neville" and "Phil Neville")."""
    full = max(names, key=len)
    return full if all(set(normalise(n).split()) <= set(normalise(full).split()) for n in names) else None


def _crossheads(generation: Generation, ids: list[int]) -> set[int]:
    """Which of these paragraphs are crossheads (kinds only: a speaker may have thousands of quotes)."""
    if not ids:
        return set()
    rows = generation.db.execute(
        f"SELECT id FROM paragraphs WHERE kind = 'heading' AND id IN ({','.join('?' * len(ids))})", ids)
    return {row["id"] for row in rows}


def _quoted_where(generation: Generation, speaker: str, words: str) -> set[int]:
    """The articles that quote `speaker` and contain `words` anywhere."""
    return {row[0] for row in generation.db.execute(
        "SELECT DISTINCT p.article FROM attributions t JOIN paragraphs p ON p.id = t.paragraph "
        "JOIN paragraphs q ON q.article = p.article WHERE t.speaker = ? AND instr(lower(q.text), ?) > 0",
        (speaker, words))}


def _naming(generation: Generation, name: str) -> set[int]:
    """The articles whose text names `name` anywhere."""
    return {row[0] for row in generation.db.execute(
        "SELECT DISTINCT article FROM paragraphs WHERE instr(lower(text), ?) > 0", (name.lower(),))}


def _attributions_in(generation: Generation, articles: set[int]) -> list[StoredAttribution]:
    rows = generation.db.execute(
        "SELECT t.* FROM attributions t JOIN paragraphs p ON p.id = t.paragraph "
        f"WHERE p.article IN ({','.join('?' * len(articles))})", sorted(articles)).fetchall()
    return [_stored(r) for r in rows]


def _is_relative(kin: Kin, speaker: str) -> bool:
    """Whether a speaker is the relative himself ("Kvam" or "Mathias Kvam" for "faren til Mathias Kvam")."""
    return kin.named and set(normalise(speaker).split()) <= set(normalise(kin.relative).split())


def _articles_of(generation: Generation, ids: list[int]) -> dict[int, int]:
    """paragraph id -> article row id."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        return {}
    rows = generation.db.execute(f"SELECT id, article FROM paragraphs WHERE id IN ({','.join('?' * len(ids))})", ids)
    return {row["id"]: row["article"] for row in rows}


def _attributions_of(generation: Generation, names: list[str]) -> list[StoredAttribution]:
    rows = generation.db.execute(
        f"SELECT * FROM attributions WHERE speaker IN ({','.join('?' * len(names))})", names).fetchall()
    return [_stored(r) for r in rows]


def _stance_in_article(generation: Generation, hits: list[tuple[int, float]],
                       stance: str | None) -> list[tuple[int, float]]:
    """"Who denies …": the paragraphs of the best hit's article that credit a denial (or a confirmation, a
    refusal), scored at least just below that hit. The denial is often worded far from the claim ("stiller seg
    uforstående"), more so across languages, so retrieval alone ranks it low or leaves it out."""
    if stance not in ("denies", "confirms", "declines") or not hits:
        return []
    first, score = hits[0]
    rows = generation.db.execute(
        "SELECT DISTINCT t.paragraph FROM attributions t JOIN paragraphs p ON p.id = t.paragraph "
        "WHERE p.article = (SELECT article FROM paragraphs WHERE id = ?) AND t.speaker IS NOT NULL AND t.stance = ?",
        (first, stance)).fetchall()
    return [(row[0], score - 0.001) for row in rows]


def _attributions_by_paragraph(generation: Generation, ids: list[int]) -> dict[int, list[StoredAttribution]]:
    if not ids:
        return {}
    rows = generation.db.execute(
        f"SELECT * FROM attributions WHERE paragraph IN ({','.join('?' * len(ids))}) AND speaker IS NOT NULL",
        ids).fetchall()
    found: dict[int, list[StoredAttribution]] = {}
    for row in rows:
        found.setdefault(row["paragraph"], []).append(_stored(row))
    return found


def _stored(row) -> StoredAttribution:
    return StoredAttribution(row["paragraph"], row["speaker"], row["speaker_mention"], row["cue"], row["kind"],
                             row["stance"], bool(row["ambiguous"]), tuple(json.loads(row["candidates"] or "[]")),
                             row["start"] or 0, row["end"] or 0)


def _best_for_claim(rows: list[StoredAttribution], stance: str | None, claim: frozenset[str] | set[str] = frozenset(),
                    text: str = "") -> StoredAttribution | None:
    """The attribution that credits the paragraph's claim: the asked-for stance first, then the one whose
    words carry more of the claim's ("…, sier Kraft, mens Moen hevder at «dette er det tverrpolitisk enighet
    om»": Moen, asked who says the parties agree), then sources."""
    if len(rows) < 2:
        return rows[0] if rows else None

    def shared(r: StoredAttribution) -> int:
        # its own words: up to where the paragraph's next attribution begins ("DNV said …. Eirik Haugland, DNV's
        # director, said the main hurdles …": the hurdles are Haugland's, though DNV's span runs to the end)
        end = min([o.start for o in rows if r.start < o.start < r.end] + [r.end])
        return len(claim & set(tokens(text[r.start:end], ("nb", "en")))) if claim and text else 0

    return min(rows, key=lambda r: (stance is not None and r.stance != stance, -shared(r),
                                    r.kind != "according_to", KIND_ORDER.get(r.kind, 3)))


def _unique_by_paragraph(rows: list[StoredAttribution]) -> list[StoredAttribution]:
    seen: set[int] = set()
    unique = []
    for row in rows:
        if row.paragraph_id not in seen:
            seen.add(row.paragraph_id)
            unique.append(row)
    return unique


def _passage(row: ParagraphRow, attribution: StoredAttribution | None, score: float) -> Passage:
    return Passage(
        source=row.source, article_id=row.article_id, title=row.title, url=row.url, published=row.published,
        paragraph=row.position, text=row.text, speaker=attribution.speaker if attribution else None,
        cue=attribution.cue if attribution else None, kind=attribution.kind if attribution else None,
        stance=attribution.stance if attribution else None, score=float(score))
