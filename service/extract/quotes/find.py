"""Quotations and who said them: reporting frames (frames.py), joined with passages in quote marks.

A passage in quote marks whose frame's content is the passage is a
direct quote; a frame whose content holds quoted fragments is a mixed quote; a frame with no marks
is reported (indirect) speech. A passage without a frame is kept only if it reads like speech and
then goes to the previous quote's speaker (news convention for follow-on paragraphs), to a dash
attribution, or to the person the text has turned to. Speakers are resolved in text order
(speakers.py), so each "he said" can lean on the quotes before it.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Optional

from spacy.tokens import Doc

from ..model import Entities, Entity, Mention, Quote, Speaker
from ..text import (
    QuotedPassage,
    dateline_spans,
    doc_text,
    find_quoted_passages,
    headline_span,
    paragraph_spans,
    quoted_titles,
)
from .frames import MIN_INDIRECT_TOKENS, Frame, according_to_frames, verb_frames
from .speakers import SpeakerResolver

MIN_FLOATING_WORDS = 4  # a passage with no frame needs this many words to count as speech
MIN_UTTERANCE_WORDS = 8  # ... or this many ending in sentence punctuation
TITLE_CASE_SHARE = 0.7  # a passage with this share of capitalised words is a title
DASH_ATTRIBUTION = re.compile(r"[ \t]*[—–-]{1,2}[ \t]*(?P<name>[A-Z][^\n,.;:!?—–]{1,60}?)[ \t]*(?:,[^\n]*)?$",
                              re.MULTILINE)


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def after_dateline(frame: Frame, datelines: list[tuple[int, int]]) -> Frame:
    """The frame, its content starting where the story does when the parse began it inside a
    dateline ('ROTTERDAM, March 4 (Reuters) - Dock workers will walk out, the union said')."""
    for dateline_start, story_start in datelines:
        if dateline_start <= frame.content_start < story_start < frame.content_end:
            return replace(frame, content_start=story_start)
    return frame


def only_titles(text: str, start: int, end: int, titles: list[tuple[int, int]]) -> bool:
    """Whether text[start:end] holds nothing but titles in quotation marks, joined by commas and
    'and' / 'or'."""
    inside = [(s, e) for s, e in titles if start <= s - 1 and e + 1 <= end]
    if not inside:
        return False
    rest = text[start:end]
    for s, e in sorted(inside, reverse=True):
        rest = rest[:s - 1 - start] + " " + rest[e + 1 - start:]
    return not (set(re.findall(r"\w+", rest.lower())) - {"and", "or"})


class _QuoteBuilder:
    """Joins frames and quoted passages of one document into Quote objects."""

    def __init__(self, doc: Doc, text: str, entities: Entities):
        self.doc, self.text = doc, text
        passages = find_quoted_passages(text)
        self.sentences = [(s.start_char, s.end_char) for s in doc.sents]
        self._sentence_starts = [start for start, _ in self.sentences]
        self.resolver = SpeakerResolver(doc, text, entities, [(p.inner_start, p.inner_end) for p in passages])
        headline_end = (headline_span(doc_text(doc)) or (0, 0))[1]  # doc text: metadata blanked
        self.passages = [p for p in passages if p.start >= headline_end]  # a headline holds no quotes
        self._passage_starts = [p.inner_start for p in self.passages]
        inside = self._inside_marks
        by_verb = verb_frames(doc, inside)
        frames = by_verb + [f for f in according_to_frames(doc, inside)
                            if not any(_overlap(f.content_start, f.content_end, v.content_start, v.content_end)
                                       for v in by_verb)]
        self.titles = quoted_titles(text, passages)
        datelines = dateline_spans(text)
        self.frames = [after_dateline(f, datelines) for f in frames if f.cue_start >= headline_end]
        for frame in self.frames:
            self._absorb_passages(frame)
        self.frames.sort(key=lambda f: f.content_start)
        self._frame_starts = [f.content_start for f in self.frames]
        self._longest_content = max((f.content_end - f.content_start for f in self.frames), default=0)
        self.paragraphs = paragraph_spans(text)
        self._paragraph_starts = [start for start, _ in self.paragraphs]

    def _passages_near(self, start: int, end: int) -> list[QuotedPassage]:
        """Passages that may overlap [start, end) (passages never overlap each other)."""
        low = max(0, bisect.bisect_right(self._passage_starts, start) - 1)
        high = bisect.bisect_left(self._passage_starts, end)
        return self.passages[low:high + 1]

    def _frames_near(self, start: int, end: int) -> list[Frame]:
        """Frames whose content may overlap [start, end)."""
        low = bisect.bisect_left(self._frame_starts, start - self._longest_content)
        high = bisect.bisect_left(self._frame_starts, end)
        return self.frames[low:high]

    def _absorb_passages(self, frame: Frame) -> None:
        """Widen a frame's content to whole passages it partly overlaps (the closing ," of a quote)."""
        for passage in self._passages_near(frame.content_start, frame.content_end):
            if _overlap(frame.content_start, frame.content_end, passage.start, passage.end) > 0:
                frame.content_start = min(frame.content_start, passage.start)
                frame.content_end = max(frame.content_end, passage.end)

    def _inside_marks(self, offset: int) -> bool:
        index = bisect.bisect_right(self._passage_starts, offset) - 1
        return index >= 0 and offset < self.passages[index].inner_end

    def _paragraph_of(self, offset: int) -> int:
        return bisect.bisect_right(self._paragraph_starts, offset) - 1

    def _frame_for_passage(self, passage: QuotedPassage) -> Optional[Frame]:
        """The frame whose content covers the passage, else the nearest frame in its sentences."""
        covering = [f for f in self._frames_near(passage.inner_start, passage.inner_end)
                    if _overlap(f.content_start, f.content_end, passage.inner_start, passage.inner_end) > 0]
        if covering:
            return min(covering, key=lambda f: f.content_end - f.content_start)
        first = max(0, bisect.bisect_right(self._sentence_starts, passage.start) - 1)
        last = max(0, bisect.bisect_left(self._sentence_starts, passage.end) - 1)
        if not self.sentences:
            return None
        low, high = self.sentences[first][0], self.sentences[last][1]
        nearby = [f for f in self._frames_near(low - 1000, high + 1000) if low <= f.cue_start < high
                  and not (passage.start <= f.cue_start < passage.end)]
        return min(nearby, key=lambda f: min(abs(f.cue_start - passage.end), abs(passage.start - f.cue_end)),
                   default=None)

    def _reads_like_speech(self, passage: QuotedPassage) -> bool:
        """A passage with no reporting verb is speech only if it stands on its own: it opens a
        paragraph, a sentence or a clause (or follows a colon or another passage) or is a whole
        utterance, has a few words and is not a title in capitals ("The Kid Who Would Be King")."""
        inner = self.text[passage.inner_start:passage.inner_end].rstrip()
        words = inner.split()
        if len(words) < MIN_FLOATING_WORDS:
            return False
        capitalised = sum(1 for w in words if w[:1].isupper())
        if capitalised >= TITLE_CASE_SHARE * len(words):
            return False
        if len(words) >= MIN_UTTERANCE_WORDS and inner[-1:] in ".?!,":
            return True  # a whole utterance, wherever it stands
        before = self.text[max(0, passage.start - 3):passage.start].rstrip(" \t")
        return before == "" or before[-1] in "\n.?!:,\"”’'—–-)"

    def _speaker(self, frame: Frame) -> Optional[Speaker]:
        if frame.source is not None:
            return self.resolver.from_span(frame.source)
        if frame.subject is None:
            return None
        return self.resolver.from_token(frame.subject)

    def _quote(self, start: int, end: int, frame: Optional[Frame], speaker: Optional[Speaker]) -> Quote:
        span_text = self.text[start:end]
        inside = [p for p in self._passages_near(start, end) if start <= p.start and p.end <= end]
        if any(p.start == start and p.end >= end - 1 for p in inside) or \
                span_text[:1] in "\"“„«" or span_text[-1:] in "\"”»":
            kind = "direct"
        elif inside or any(c in span_text for c in "\"“”„«»"):
            kind = "mixed"
        else:
            kind = "indirect"
        cue = Mention.of(self.text, frame.cue_start, frame.cue_end) if frame else None
        return Quote(span_text, start, end, kind, speaker, cue)

    def build(self) -> list[Quote]:
        found: list[tuple[int, int, Optional[Frame]]] = []  # (start, end, frame); no frame: floating
        used_frames: set[int] = set()
        for passage in self.passages:
            frame = self._frame_for_passage(passage)
            if frame is not None:
                used_frames.add(id(frame))
                covers_more = (frame.content_start < passage.start - 2 or frame.content_end > passage.end + 2)
                if covers_more and _overlap(frame.content_start, frame.content_end,
                                            passage.start, passage.end) > 0:
                    continue  # a fragment of a mixed quote, emitted with its frame below
            elif not self._reads_like_speech(passage):
                continue  # a scare quote, a title or a single word
            found.append((passage.start, passage.end, frame))
        taken = sorted((start, end) for start, end, _ in found)  # emitted spans never overlap each other
        for frame in sorted(self.frames, key=lambda f: f.content_start - f.content_end):
            covers_passage = any(_overlap(frame.content_start, frame.content_end, p.start, p.end) > 0
                                 for p in self._passages_near(frame.content_start, frame.content_end))
            if id(frame) in used_frames and not covers_passage:
                continue
            at = bisect.bisect_left(taken, (frame.content_start, frame.content_start))
            if any(_overlap(frame.content_start, frame.content_end, *span) > 0 for span in taken[max(0, at - 1):at + 1]):
                continue
            if len(self.doc.char_span(frame.content_start, frame.content_end,
                                      alignment_mode="expand") or ()) < MIN_INDIRECT_TOKENS:
                continue
            if only_titles(self.text, frame.content_start, frame.content_end, self.titles):
                continue  # 'Critics praised "Green Book" and "Roma"': works named, nothing said
            found.append((frame.content_start, frame.content_end, frame))
            bisect.insort(taken, (frame.content_start, frame.content_end))
        return self._attribute(sorted(found, key=lambda item: item[0]))

    def _attribute(self, found: list[tuple[int, int, Optional[Frame]]]) -> list[Quote]:
        """Speakers in text order, so each "he said" can lean on the quotes before it."""
        quotes: list[Quote] = []
        for start, end, frame in found:
            dashed = self._dash_attribution(end) if frame is None else None
            if frame is not None:
                speaker = self._speaker(frame)
            elif dashed is not None:
                speaker = dashed
            elif quotes and self._paragraph_of(start) - self._paragraph_of(quotes[-1].start) <= 1:
                # news convention: a follow-on paragraph, unless a sentence in between turned to
                # someone else ("Durning did not need much coaxing. “I'm thankful ...”")
                speaker = self._subject_between(quotes[-1].end, start) or quotes[-1].speaker
            else:
                speaker = self.resolver.follow_on(start)
            self.resolver.record(speaker, start)
            quotes.append(self._quote(start, end, frame, speaker))
        return quotes

    def _dash_attribution(self, end: int) -> Optional[Speaker]:
        """'“…” — Anna Kowalski': a name after a dash that closes the quotation's line."""
        match = DASH_ATTRIBUTION.match(self.text, end)
        if match is None:
            return None
        span = self.doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
        return self.resolver.from_span(span) if span is not None else None

    def _subject_between(self, after: int, before: int) -> Optional[Speaker]:
        """The person subject of the last sentence between two quotes, if it names a participant."""
        index = bisect.bisect_right(self._sentence_starts, before - 1) - 1
        while index >= 0 and self.sentences[index][1] > before:
            index -= 1
        if index < 0 or self.sentences[index][0] < after:
            return None
        sentence = self.doc.char_span(*self.sentences[index], alignment_mode="expand")
        subject = next((t for t in sentence.root.children if t.dep_ == "nsubj"), None) if sentence else None
        if subject is None or subject.pos_ not in ("PROPN", "PRON"):
            return None
        speaker = self.resolver.from_token(subject)
        return speaker if speaker.id is not None else None


def find_quotes(doc: Doc, text: str, entities: Entities) -> list[Quote]:
    """Every direct, indirect and mixed quote, in text order; counts each speaker's quotes."""
    quotes = _QuoteBuilder(doc, text, entities).build()
    by_id = {entity.id: entity for entity in entities.participants + entities.organizations}
    taken = sorted((m.start, m.end) for e in by_id.values() for m in e.mentions)
    for quote in quotes:
        if quote.speaker is not None and quote.speaker.id in by_id:
            entity = by_id[quote.speaker.id]
            entity.quote_count += 1
            add_name_mention(entity, quote.speaker.mention, taken)
    return quotes


def add_name_mention(entity: Entity, mention: Optional[Mention], taken: list[tuple[int, int]]) -> None:
    """A speaker named by part of its name ('Stubbs said') that NER left untagged there: the
    mention joins the entity's mentions (pronouns and descriptions do not)."""
    if mention is None:
        return
    words = mention.text.replace("’", "'").split()
    name_words = set(entity.name.replace("’", "'").split()) | ({entity.acronym} if entity.acronym else set())
    if not words or not set(words) <= name_words or not all(w[:1].isupper() for w in words):
        return
    i = bisect.bisect_left(taken, (mention.start, mention.end))
    if any(s < mention.end and e > mention.start for s, e in taken[max(0, i - 1):i + 1]):
        return
    taken.insert(i, (mention.start, mention.end))
    bisect.insort(entity.mentions, mention, key=lambda m: (m.start, m.end))
