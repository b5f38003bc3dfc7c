"""Reporting frames from the parse: a speech verb (or "according to") with its subject and content.

A frame is what the grammar says about a report: the cue (``said``, ``told``, ``according to``),
who is its subject, and which characters hold what was reported. Frames know nothing of
quotation marks beyond skipping verbs inside them; find.py joins them with quoted passages.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Span, Token

from ..text import SPEECH_VERBS, doc_text, tokens_with, word_set
from .subject_phrases import is_stray_adjective_subject

# call and point speak only with their particle: "called on/for", "pointed out"
PARTICLE_VERBS = {"call": {"on", "for"}, "point": {"out"}}
CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "obj", "parataxis"}
# after a non-clausal complement, these children still belong to what is reported
CONTENT_CONTINUATION_DEPS = {"prep", "dative", "prt", "npadvmod", "advmod", "xcomp", "dobj", "obj", "ccomp"}
# verbs whose object is the addressee: "told reporters (that) ...", "warned the council ..."
ADDRESSEE_VERBS = word_set(__package__, "addressee_verbs")
MIN_INDIRECT_TOKENS = 3
# passives that still report what someone said: "he was quoted as saying", "she was told that"
PASSIVE_REPORTS = frozenset({"quote", "tell", "cite"})
PROMO_LINE = re.compile(r"\s*[A-Z][A-Z ]{2,20}:")  # "READ MORE:", "WATCH:" link lines
QUOTE_MARKS = set("\"“”‘’'«»")
MAX_SPLIT_SUBJECT_TOKENS = 4
MISPARSED_SUBJECT_DEPS = {"advmod", "npadvmod", "dep", "nmod"}  # what a name before its verb is misparsed as


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


def _asserts(verb: Token, text: str) -> bool:
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
    line_start = text.rfind("\n", 0, verb.idx) + 1
    return not PROMO_LINE.match(text, line_start)


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
        elif verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
        else:
            return _split_off_subject(verb)
    return None


def _split_off_subject(verb: Token) -> Optional[Token]:
    """"Vickers | said ...": the parser sometimes ends a sentence after a paragraph's first name, or
    hangs the name before the verb on it as a modifier ('Tully' as an adverb of 'said')."""
    before = verb.doc[verb.i - 1] if verb.i else None
    if (before is not None and before.head.i == verb.i and before.dep_ in MISPARSED_SUBJECT_DEPS
            and before.pos_ == "PROPN" and before.is_title):
        return before
    if before is not None and is_stray_adjective_subject(before):
        return before  # '"...," the 52-year-old said'
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


def _nested_reports(doc: Doc) -> list[int]:
    """Indices of ", adding/saying/insisting ..." verbs, in order: each starts a report of its own."""
    return [token.i for token in tokens_with(doc, "TAG", ("VBG",))
            if token.i and token.dep_ in ("advcl", "conj") and _is_speech_verb(token)
            and doc[token.i - 1].text in (",", "—", "–")]


def _cut_at_nested_report(nested: list[int], start_i: int, end_i: int) -> int:
    """End the content before the first nested report inside it (one bisect, not a token walk)."""
    at = bisect.bisect_left(nested, start_i + 1)
    return nested[at] - 1 if at < len(nested) and nested[at] < end_i else end_i


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


def verb_frames(doc: Doc, inside_marks) -> list[Frame]:
    frames, text, nested = [], doc_text(doc), _nested_reports(doc)
    for token in tokens_with(doc, "POS", ("VERB", "AUX")):  # speech verbs are among these
        if not _is_speech_verb(token) or inside_marks(token.idx) or not _asserts(token, text):
            continue
        content = _content_range(token)
        if content is None:  # '"...!" Nunes said.': a cue a quoted passage beside it may take
            subject = _subject(token)
            if subject is not None:
                frames.append(Frame(token.idx, token.idx + len(token.text), subject, token.idx, token.idx))
            continue
        start_i, end_i = content
        end_i = _cut_at_nested_report(nested, start_i, end_i)
        span = doc[start_i:end_i]
        frames.append(Frame(token.idx, token.idx + len(token.text), _subject(token),
                            span.start_char, span.end_char))
    return frames


def according_to_frames(doc: Doc, inside_marks) -> list[Frame]:
    """"According to X, ..." : X is the source, the rest of the sentence the content."""
    frames = []
    for token in tokens_with(doc, "LOWER", ("according",)):
        if inside_marks(token.idx):
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
