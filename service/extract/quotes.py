"""Quotations and who said them: reporting frames from the parse, joined with passages in quote marks.

A *frame* is a reporting verb (``said``, ``told``, ``according to``) with its subject and its
content (the reported clause). A passage in quote marks whose frame's content is the passage is a
direct quote; a frame whose content holds quoted fragments is a mixed quote; a frame with no marks
is reported (indirect) speech. A passage without a frame is kept only if it reads like speech and
then goes to the previous quote's speaker (news convention for follow-on paragraphs).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Span, Token

from .model import Entities, Mention, Quote, Speaker
from .quote_marks import QuotedPassage, find_quoted_passages, paragraph_spans
from .speakers import SpeakerResolver

SPEECH_VERBS = frozenset("""
    say tell add note warn argue insist pledge state claim explain announce confirm deny report
    reiterate stress emphasize emphasise urge ask suggest write declare acknowledge admit agree
    predict promise vow recall remark reply respond answer comment describe tweet testify allege
    assert maintain contend concede caution complain praise criticize criticise accuse demand
    propose recommend estimate indicate mention observe joke lament boast counter
    conclude disclose reveal hint threaten assure inform quip shout whisper plead underline
    highlight reaffirm express call signal point
""".split())
# call and point speak only with their particle: "called on/for", "pointed out"
PARTICLE_VERBS = {"call": {"on", "for"}, "point": {"out"}}
CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "obj", "parataxis"}
# after a non-clausal complement, these children still belong to what is reported
CONTENT_CONTINUATION_DEPS = {"prep", "dative", "prt", "npadvmod", "advmod", "xcomp", "dobj", "obj", "ccomp"}
# verbs whose object is the addressee: "told reporters (that) ...", "warned the council ..."
ADDRESSEE_VERBS = frozenset("tell warn assure inform remind promise advise caution".split())
MIN_FLOATING_WORDS = 4  # a passage with no frame needs this many words to count as speech
MAX_HEADLINE_WORDS = 25
MIN_UTTERANCE_WORDS = 8  # ... or this many ending in sentence punctuation
TITLE_CASE_SHARE = 0.7  # a passage with this share of capitalised words is a title
MIN_INDIRECT_TOKENS = 3
# passives that still report what someone said: "he was quoted as saying", "she was told that"
PASSIVE_REPORTS = frozenset({"quote", "tell", "cite"})
DASH_ATTRIBUTION = re.compile(r"[ \t]*[—–-]{1,2}[ \t]*(?P<name>[A-Z][^\n,.;:!?—–]{1,60}?)[ \t]*(?:,[^\n]*)?$",
                              re.MULTILINE)
PROMO_LINE = re.compile(r"\s*[A-Z][A-Z ]{2,20}:")  # "READ MORE:", "WATCH:" link lines
QUOTE_MARKS = set("\"“”‘’'«»")
MAX_SPLIT_SUBJECT_TOKENS = 4


@dataclass
class Frame:
    """A reporting verb with its subject and the character span of what it reports."""

    cue_start: int
    cue_end: int
    subject: Optional[Token]
    content_start: int
    content_end: int
    source: Optional[Span] = None  # the X of "according to X"


def _is_speech_verb(token: Token) -> bool:
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in SPEECH_VERBS:
        return False
    particles = PARTICLE_VERBS.get(token.lemma_.lower())
    if particles is None:
        return True
    return any(child.dep_ in ("prt", "prep") and child.lower_ in particles for child in token.children)


def _asserts(verb: Token) -> bool:
    """False for speech verbs that report nothing said: "did not say whether", "to say that",
    "was announced", "asked if", and the promo lines of news pages ("READ MORE: X says ...")."""
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return False
    if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        return False
    if any(c.dep_ == "auxpass" for c in children) and not any(c.dep_ == "agent" for c in children) \
            and verb.lemma_.lower() not in PASSIVE_REPORTS:
        return False
    if any(c.dep_ in ("ccomp", "advcl") and any(m.lower_ in ("if", "whether") and m.dep_ == "mark"
                                                 for m in c.children) for c in children):
        return False
    line_start = verb.doc.text.rfind("\n", 0, verb.idx) + 1
    return not PROMO_LINE.match(verb.doc.text, line_start)


def _subject(verb: Token) -> Optional[Token]:
    """The verb's subject, borrowed from the verb it hangs on for "..., adding that" and "was
    quoted as saying"; for "a statement saying ..." the noun the verb describes."""
    for _ in range(3):
        subjects = [child for child in verb.children if child.dep_ == "nsubj"
                    or child.dep_ == "nsubjpass" and verb.lemma_.lower() in PASSIVE_REPORTS]
        if subjects:  # two subjects is a misparse; the one nearest the verb is the right one
            return min(subjects, key=lambda child: abs(verb.i - child.i))
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # "quoted [as [saying]]"
            verb = verb.head.head
        elif verb.dep_ in ("conj", "advcl", "xcomp") and verb.head is not verb:
            verb = verb.head
        else:
            return _split_off_subject(verb)
    return None


def _split_off_subject(verb: Token) -> Optional[Token]:
    """"Vickers | said ...": the parser sometimes ends a sentence after a paragraph's first name."""
    if verb.i != verb.sent.start or verb.i == 0:
        return None
    previous = verb.doc[verb.i - 1].sent
    words = [t for t in previous if not t.is_space]
    if 0 < len(words) <= MAX_SPLIT_SUBJECT_TOKENS and not words[-1].is_punct and \
            previous.root.pos_ in ("PROPN", "NOUN", "PRON"):
        return previous.root
    return None


def _trim(doc: Doc, start_i: int, end_i: int) -> tuple[int, int]:
    """Token range [start_i, end_i) without leading "that"/commas or trailing punctuation and space."""
    while start_i < end_i and (doc[start_i].is_punct and doc[start_i].text not in "\"“‘'"
                               or doc[start_i].is_space or doc[start_i].lower_ in ("that", "whether")):
        start_i += 1
    while end_i > start_i and (doc[end_i - 1].is_space or doc[end_i - 1].is_punct
                               and doc[end_i - 1].text not in "\"”’'"):
        end_i -= 1
    return start_i, end_i


def _content_range(verb: Token) -> Optional[tuple[int, int]]:
    """Token range of what the verb reports: its clausal complement, or everything after it."""
    complements = [c for c in verb.children if c.dep_ in CONTENT_DEPS and not c.is_punct]
    particle = next((c for c in verb.children if c.lower_ in PARTICLE_VERBS.get(verb.lemma_.lower(), ())), None)
    if particle is not None and not complements:  # "called on China and Russia to act"
        start_i, end_i = _trim(verb.doc, particle.i + 1, verb.right_edge.i + 1)
        return (start_i, end_i) if end_i > start_i else None
    if not complements:
        return None
    ccomps = [c for c in complements if c.dep_ == "ccomp"]
    if ccomps:  # the largest: a dateline parsed as a clause ("OTTAWA — X says ...") is not it
        chosen = max(ccomps, key=lambda c: c.right_edge.i - c.left_edge.i)
        start_i, end_i = chosen.left_edge.i, _coordinated_end(verb, chosen)
    else:
        after = [c for c in complements if c.i > verb.i]
        if not after:
            return None
        clause = _clause_after_addressee(verb, after[0])
        if clause is not None:
            return _trim(verb.doc, clause.left_edge.i, clause.right_edge.i + 1)
        if after[0].dep_ in ("dobj", "obj") and not _has_quote_mark(after[0]) and \
                not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children if c.i > after[0].i):
            return None  # "denied the request", "praised China's support": an act, not speech
        start_i, end_i = after[0].left_edge.i, after[0].right_edge.i + 1
        for child in verb.children:  # "urged China to act", "pledged support for X"
            if child.i > after[0].i:
                if child.dep_ not in CONTENT_CONTINUATION_DEPS:
                    break
                end_i = child.right_edge.i + 1
    start_i, end_i = _trim(verb.doc, start_i, end_i)
    return (start_i, end_i) if end_i - start_i >= 1 else None


def _coordinated_end(verb: Token, clause: Token) -> int:
    """End of a reported clause with the clauses coordinated after it: "said [A, but B]".
    The parser often hangs "but B" on the reporting verb; a coordinated speech verb ("and added
    ...") is a report of its own and ends the content."""
    end_i = clause.right_edge.i + 1
    if clause.i < verb.i:
        return end_i
    for child in verb.rights:
        if child.i < end_i:
            continue
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and not _is_speech_verb(child):
            end_i = child.right_edge.i + 1
        elif not (child.is_punct or child.dep_ == "cc"):
            break
    return end_i


def _cut_at_nested_report(doc: Doc, start_i: int, end_i: int) -> int:
    """End the content before ", adding/saying/insisting ..." inside it: that is its own report."""
    for token in doc[start_i + 1:end_i]:
        if token.dep_ in ("advcl", "conj") and _is_speech_verb(token) and token.tag_ == "VBG" \
                and doc[token.i - 1].text in (",", "—", "–"):
            return token.i - 1
    return end_i


def _has_quote_mark(token: Token) -> bool:
    return any(t.text in QUOTE_MARKS for t in token.subtree)


def _clause_after_addressee(verb: Token, obj: Token) -> Optional[Token]:
    """The clause a parser hung on the addressee ("warned [the council] [the bridge could fail]")."""
    if verb.lemma_.lower() not in ADDRESSEE_VERBS or obj.dep_ not in ("dobj", "obj", "dative"):
        return None
    for child in obj.children:
        if child.i > obj.i and child.dep_ in ("relcl", "ccomp", "acl") and \
                any(grand.dep_ == "nsubj" for grand in child.children):
            return child
    return None


def _verb_frames(doc: Doc, inside_marks) -> list[Frame]:
    frames = []
    for token in doc:
        if not _is_speech_verb(token) or inside_marks(token.idx) or not _asserts(token):
            continue
        content = _content_range(token)
        if content is None:  # '"...!" Nunes said.': a cue a quoted passage beside it may take
            subject = _subject(token)
            if subject is not None:
                frames.append(Frame(token.idx, token.idx + len(token.text), subject, token.idx, token.idx))
            continue
        start_i, end_i = content
        end_i = _cut_at_nested_report(doc, start_i, end_i)
        span = doc[start_i:end_i]
        frames.append(Frame(token.idx, token.idx + len(token.text), _subject(token),
                            span.start_char, span.end_char))
    return frames


def _according_to_frames(doc: Doc, inside_marks) -> list[Frame]:
    """"According to X, ..." : X is the source, the rest of the sentence the content."""
    frames = []
    for token in doc:
        if token.lower_ != "according" or inside_marks(token.idx):
            continue
        to = next((c for c in token.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if source is None:
            continue
        phrase_start, phrase_end = token.i, source.right_edge.i + 1
        sentence = token.sent
        before, after = (sentence.start, phrase_start), (phrase_end, sentence.end)
        longest = max((_trim(doc, *before), _trim(doc, *after)), key=lambda r: r[1] - r[0])
        if longest[1] - longest[0] < MIN_INDIRECT_TOKENS:
            continue
        content = doc[longest[0]:longest[1]]
        frames.append(Frame(token.idx, to.idx + len(to.text), None, content.start_char,
                            content.end_char, source=doc[source.left_edge.i:source.i + 1]))
    return frames


def _headline_end(text: str) -> int:
    """End of the article's headline: a short first line with no closing punctuation (0 if none)."""
    match = re.match(r"\s*([^\n]+)\n", text)
    if match is None:
        return 0
    line = match.group(1).rstrip()
    if len(line.split()) > MAX_HEADLINE_WORDS or line[-1:] in ".!?\"”’:;,":
        return 0
    return match.end(1)


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


class _QuoteBuilder:
    """Joins frames and quoted passages of one document into Quote objects."""

    def __init__(self, doc: Doc, text: str, entities: Entities):
        self.doc, self.text = doc, text
        self.passages = find_quoted_passages(text)
        self._passage_starts = [p.inner_start for p in self.passages]
        self.sentences = [(s.start_char, s.end_char) for s in doc.sents]
        self._sentence_starts = [start for start, _ in self.sentences]
        self.resolver = SpeakerResolver(doc, text, entities,
                                        [(p.inner_start, p.inner_end) for p in self.passages])
        inside = self._inside_marks
        verb_frames = _verb_frames(doc, inside)
        self.frames = verb_frames + [f for f in _according_to_frames(doc, inside)
                                     if not any(_overlap(f.content_start, f.content_end,
                                                         v.content_start, v.content_end)
                                                for v in verb_frames)]
        headline_end = _headline_end(text)
        self.frames = [f for f in self.frames if f.cue_start >= headline_end]
        self.passages = [p for p in self.passages if p.start >= headline_end]
        self._passage_starts = [p.inner_start for p in self.passages]
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
        words = self.text[passage.inner_start:passage.inner_end].split()
        if len(words) < MIN_FLOATING_WORDS:
            return False
        capitalised = sum(1 for w in words if w[:1].isupper())
        if capitalised >= TITLE_CASE_SHARE * len(words):
            return False
        inner = self.text[passage.inner_start:passage.inner_end].rstrip()
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
        if span_text[:1] in "\"“„«" or span_text[-1:] in "\"”»":
            kind = "direct"
        elif any(c in span_text for c in "\"“”„«»"):
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
            found.append((frame.content_start, frame.content_end, frame))
            bisect.insort(taken, (frame.content_start, frame.content_end))
        return self._attribute(sorted(found, key=lambda item: item[0]))

    def _attribute(self, found: list[tuple[int, int, Optional[Frame]]]) -> list[Quote]:
        """Speakers in text order, so each "he said" can lean on the quotes before it."""
        quotes: list[Quote] = []
        for start, end, frame in found:
            if frame is not None:
                speaker = self._speaker(frame)
            elif self._dash_attribution(end) is not None:
                speaker = self._dash_attribution(end)
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
    for quote in quotes:
        if quote.speaker is not None and quote.speaker.id in by_id:
            by_id[quote.speaker.id].quote_count += 1
    return quotes
