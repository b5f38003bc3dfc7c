"""Every temporal expression of an article, normalised against its date.

``find_dates`` lists TIMEX3-style expressions from spaCy's DATE/TIME entities plus rule-based
spans, shaped (trimmed, split, merged), typed and valued by ``timex``; relative ones count from
the article's date (``article_date``) or from the date named just before them. Nothing here reads
the clock.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Callable, Optional

from spacy.tokens import Doc, Span, Token

from ..model import DateExpression
from ..text import dateline_spans, doc_text
from .arithmetic import day_of
from .article_date import header_date_span, header_items
from .holidays import HOLIDAY_NAMES
from .lexicon import MONTH_NAME, MONTH_RE, WEEKDAY_NAME, WEEKDAY_RE
from .timex import Timex, normalise

# RULE_SPANS and SPOKEN_YEARS open with a lookahead for the first letters of all their alternatives,
# so the engine skips other positions at once (keep it in step when adding an alternative).
RULE_SPANS = re.compile(
    r"(?=[acdeflmnprstwy\d])(?:"
    r"\b(?:(?:last|next|this|early|late|the previous|this coming|the following)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b"
    r"|\b(?:today|tonight|yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?\b"
    r"|\b(?:(?:early|late|mid-?)\s*)?(?:morning|afternoon|evening|night)\s+(?:on\s+)?"
    r"(?:yesterday|today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"|\b(?:now|currently|recently|the past|the future|at present|nowadays|these days)\b"
    r"|\b(?:this|last|next)\s+(?:morning|afternoon|evening|night|spring|summer|autumn|fall|winter"
    r"|(?-i:year|month|week|weekend))\b"  # lowercase: 'This Week With David Brinkley' is a show
    r"|\b(?:the\s+|a\s+)?(?:first|second|third|fourth)[\s-]quarter\b"
    r"|\b(?:this|last|next|the current|the latest|the past) quarter\b"
    r"|\b(?:\d{1,2}(?::\d\d)?\s?[ap]\.?m\b\.?|\d{1,2}:\d\d\b|noon|midnight)"
    r"(?:\s*(?:UTC|GMT|EST|EDT|CST|CDT|PST|PDT|ET)\b)?"
    r"(?:,?\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b))?"
    r"|\b(?:every|each)\s+(?:day|week|month|quarter|year|morning|night|evening"
    r"|(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August|September"
    r"|October|November|December))\b"
    r"|\b(?:daily|weekly|monthly|annually|yearly)\b"
    r"|\b(?:year[- ]end|year's end|the near (?:future|term)|(?:recent|coming) (?:days|weeks|months|years))\b"
    r"|\bthe (?:latest|most recent|\d{4}) (?:period|quarter)\b"
    r"|\b(?:pre|post)-\d{4}s?\b|\bthe (?-i:week|month|year)(?='s\b)|\b(?:that|the) same (?:day|week|month|year)\b"
    r"|(?-i:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.|\b(?:January|February|March|April|June"
    r"|July|August|September|October|November|December))\s+\d{1,2}\b"
    r"(?!,\d|\.\d|\s*(?:%|(?:percent|per cent|points?|million|billion|years?|days?)\b))(?:,?\s+\d{4}\b)?"
    r"|\bthe (?:(?:eighteen|nineteen)[\s-])?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties"
    r"|nineties)\b)", re.I)
# Holidays ('last Thanksgiving', 'Easter week') and years in words ('nineteen ninety-six').
# HOLIDAY_NAMES are capitalised, so a match starts with a capital or with last/next/this.
NAMED_DAYS = re.compile(rf"(?=[A-Zlnt])(?:(?:\b(?:[Ll]ast|[Nn]ext|[Tt]his)\s+)?{HOLIDAY_NAMES.pattern}"
                        r"(?:,?\s+\d{4}\b)?)")
SPOKEN_YEARS = re.compile(
    r"(?=[nt])\b(?:the year )?(?:(?:nineteen|twenty) (?:hundred|(?:oh )?(?:ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|oh (?:one|two|three|four|five|six|seven|eight|nine)))"
    r"|two thousand(?: (?:and )?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)\b", re.I)
WEEKDAY_WORD = re.compile(rf"^(?:(?:last|next|this|on)\s+)?{WEEKDAY_RE}$", re.I)
SPLIT_RANGE = re.compile(r"\s+(?:and|to|through|until|or|ended|ending)\s+|\s*[-–]\s*(?=\w)")
# 'year-earlier', 'year-ago': a hyphen inside a word joins, it does not mark a range (unlike
# '2001-2005', 'June 2-5' or 'Monday-Friday', where the right side is a number or a name)
WORD_HYPHEN = re.compile(rf"[a-z]-(?!(?:{MONTH_RE}|{WEEKDAY_RE})\b)[a-z]", re.I)
# 'the year ended March 31', 'the fiscal year ending June 30': the year is the length of the period
PERIOD_ENDING = re.compile(r"the (?:fiscal |financial )?year(?=\s+(?:ended|ending)\b)", re.I)
RANGE_OPENING = re.compile(r"^(?:between|from)\s+", re.I)
AFTER_PERIOD = re.compile(r"(?P<of>\s+(?:after|following)\s+)", re.I)
PART_OF_PERIOD = re.compile(r"(?:the\s+)?(?:first|last|final|past|opening|closing)\s+[\w-]+\s+"
                            r"(?:days|weeks|months|quarters|years)(?P<of>\s+of\s+)", re.I)
LEADING_WORDS = re.compile(  # but 'at least' stays: it is the phrase's modifier
    r"(?:(?:on|at(?!\s+(?:least|most)\b)|in|during|since|until|from|of|both|either)\s+)+", re.I)
YEAR_LIST = re.compile(r"\d{4}(?:\s*,\s*\d{4})+")  # '1994, 1995' (and 1997): one expression per year
TRAILING_WORDS = re.compile(r"(?:\s+(?:of|and|or|to|from|the|on|in|at|by))+$", re.I)
TEMPORAL_WORD = re.compile(
    r"\b(?:year|month|week|day|hour|minute|second|decade|centur|quarter|season|spring|summer|autumn"
    r"|fall|winter|morning|afternoon|evening|night|noon|midnight|time|period|moment|era|age|ago"
    r"|earlier|later|now|past|future|recent|current|dawn|dusk|tomorrow|tonight|"
    + MONTH_RE + r")|day\b|\d", re.I)
ANAPHOR = re.compile(r"^(?:(?:earlier|later)\s+(?:in\s+)?)?"
                     r"(?:that|that same|the following|the next|the previous|the same)"
                     rf"\s+(?P<unit>day|month|year|{WEEKDAY_RE})$", re.I)
BARE_CLOCK = re.compile(r"(?:(?:about|around|approximately|at)\s+)*(?:\d{1,2}(?::\d\d)?\s?[ap]\.?m\.?|\d{1,2}:\d\d"
                        r"|noon|midnight|(?:the )?(?:morning|afternoon|evening)|the (?:same )?day)"
                        r"(?:\s*(?:UTC|GMT|EST|EDT|CST|CDT|PST|PDT|ET|local time))?", re.I)
CLOCK_REACH = 500  # characters back to the day a bare clock time belongs to
PART_OF_DAY = re.compile(r"the (?:morning|afternoon|evening|night|day)")
DATE_FOLLOWS = re.compile(rf"\s+of\s+(?:{WEEKDAY_RE}|{MONTH_RE}|\d)", re.I)
FUTURE_OPENER = re.compile(r"\b(?:as soon as|as early as|until|through|by|before|scheduled for|set for|effective)\s+$",
                           re.I)
LONGER_PERIOD = re.compile(r"\b(?:nine|six|first \w+|latest \w+) months\b|\bfiscal year\b", re.I)
QUARTERLY = re.compile(r"\bquarter(?:ly)?\b", re.I)
FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "going"}
FUTURE_VERBS = {"schedule", "plan", "expect", "due", "intend", "set"}
DEADLINE_VERBS = {"postpone", "extend", "give", "delay", "defer", "adjourn", "push", "grant", "suspend", "put"}
REPORTING_PRESENT = {"say", "tell", "report", "write", "note", "add"}
# past forms spelled like the present, which the tagger may call VBP ('stocks hurt the index Friday')
SAME_PAST_FORM = {"hurt", "cut", "set", "put", "hit", "cost", "let", "shut", "quit", "spread", "cast", "beat",
                  "bid", "bet", "burst", "split", "upset", "broadcast", "forecast", "read"}


# ----------------------------------------------------------------------------- expressions

def find_dates(doc: Doc, text: str, anchor: Optional[dt.date]) -> list[DateExpression]:
    """Every temporal expression of ``text``, sorted by start, normalised against ``anchor``."""
    text = text or ""
    spans = merge(candidate_spans(doc, text))
    quarterly = QUARTERLY.search(text) is not None
    found: list[DateExpression] = []
    for start, end in spans:
        for s, e in split_range(text, start, end, anchor):
            reference = anaphor_anchor(text[s:e], s, found) or clock_anchor(text[s:e], s, found)
            expression = make_expression(doc, text, (s, e), reference or anchor,
                                         quarterly and not about_longer_period(doc, s, e))
            if expression:
                found.append(expression)
    return sorted(found, key=lambda x: (x.start, x.end))


def tokens_at(doc: Optional[Doc], start: int, end: int) -> Optional[Span]:
    """The tokens covering text[start:end]; None without a parse or when no token falls inside."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    return span if span is not None and len(span) > 0 else None


def about_longer_period(doc: Optional[Doc], start: int, end: int) -> bool:
    """The sentence compares nine months or a year ('For the nine months, ... compared with
    year-earlier net income'), so 'a year earlier' there is not the quarter a year before."""
    span = tokens_at(doc, start, end)
    return span is not None and LONGER_PERIOD.search(span.sent.text) is not None


def anaphor_anchor(phrase: str, start: int, previous: list[DateExpression]) -> Optional[dt.date]:
    """For 'that year', 'the following month', 'earlier that day': the last explicit date before it
    (fine enough for the unit), to be used as the anchor instead of the article date; for 'the
    previous Friday', the day named just before."""
    m = ANAPHOR.match(phrase)
    if not m:
        return None
    unit = m["unit"].lower()
    if unit not in ("day", "month", "year"):
        return day_named_before(start, previous)
    for expression in reversed(previous):
        value = expression.value or ""
        explicit = re.search(r"\d", expression.text) or MONTH_NAME.search(expression.text.lower()) or (
            unit == "day" and WEEKDAY_NAME.search(expression.text.lower()))  # 'on Friday ... that day'
        if explicit and re.fullmatch(r"\d{4}(?:-\d\d){0,2}", value):
            if len(value) < {"year": 4, "month": 7, "day": 10}[unit]:
                return None
            parts = [int(x) for x in value.split("-")] + [1, 1]
            return dt.date(parts[0], parts[1], parts[2])
    return None


def clock_anchor(phrase: str, start: int, previous: list[DateExpression]) -> Optional[dt.date]:
    """For a bare clock time ('at about 10:35 a.m.'): the day named shortly before it ('The blast
    went off Friday ...'), as news tells an event's day once and then its hour."""
    return day_named_before(start, previous) if BARE_CLOCK.fullmatch(phrase) else None


def day_named_before(start: int, previous: list[DateExpression]) -> Optional[dt.date]:
    """The day of the last expression with a day in its value, if it ends within CLOCK_REACH."""
    for expression in reversed(previous):
        if start - expression.end > CLOCK_REACH:
            return None
        day = day_of(expression.value)
        if day:
            return day
    return None


def candidate_spans(doc: Doc, text: str) -> list[tuple[int, int]]:
    header = header_items(text)
    spans = [header_date_span(text, s, e) for s, e, _ in header]
    if doc is not None and len(doc_text(doc)) == len(text):
        spans += [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in ("DATE", "TIME")]
    blocked = [(s, e) for s, e, _ in header]  # metadata_regions(text)
    spans += [m.span() for pattern in (RULE_SPANS, NAMED_DAYS, SPOKEN_YEARS) for m in pattern.finditer(text)
              if not any(s <= m.start() < e for s, e in blocked)]
    datelines = dateline_spans(text)
    return [trim(text, s, within_dateline(s, e, datelines)) for s, e in spans]


def within_dateline(start: int, end: int, datelines: list[tuple[int, int]]) -> int:
    """The end of a span that starts in a dateline, cut where the story begins: NER's 'May 2 - The
    New Zealand Transport Agency' of 'WELLINGTON, May 2 - The New Zealand ...' is 'May 2'."""
    for dateline_start, story_start in datelines:
        if dateline_start <= start < story_start < end:
            return story_start
    return end


def modifies_noun(doc: Optional[Doc], start: int, end: int) -> bool:
    """'Christmas sales', 'the Christmas and New Year period': a name used as a modifier, not a date."""
    span = tokens_at(doc, start, end)
    if span is None:
        return False
    root = span.root
    on_a_noun = root.dep_ in ("compound", "nmod", "amod") and root.head.i >= span.end and root.head.pos_ != "VERB"
    return on_a_noun or (root.dep_ == "conj" and root.head.dep_ in ("compound", "nmod")
                         and root.head.head.i >= span.end)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past whitespace, punctuation and a trailing possessive."""
    while start < end and (text[start].isspace() or text[start] in ",.;:()[]\"'“”‘’-—–"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:()[]\"“”‘’-—–"):
        end -= 1
    if text[end - 2:end] in ("'s", "’s") and end - 2 > start:
        end -= 2
    lead = LEADING_WORDS.match(text, start, end)
    if lead and lead.end() < end:
        start = lead.end()
    tail = TRAILING_WORDS.search(text, start, end)
    if tail and tail.start() > start:
        end = tail.start()
    if end > start and text[end - 1] == "." and not re.search(r"(?:\b[a-z]\.[a-z]|\b[A-Z][a-z]{2,3})\.$",
                                                              text[max(start, end - 6):end]):
        end -= 1
    return start, end


def merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Union of overlapping spans (touching spans stay apart)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def split_range(text: str, start: int, end: int, anchor: Optional[dt.date]) -> list[tuple[int, int]]:
    """'June 2 and June 5' / '2001-2005' -> two spans when both halves are dates on their own."""
    phrase = text[start:end]
    if YEAR_LIST.fullmatch(phrase):
        return [(start + m.start(), start + m.end()) for m in re.finditer(r"\d{4}", phrase)]
    m = next((m for m in SPLIT_RANGE.finditer(phrase)
              if not WORD_HYPHEN.match(phrase, max(0, m.start() - 1)) or m.group() != "-"), None)
    if not m or re.fullmatch(r"\d{4}-\d{2}-\d{2}", phrase):
        return split_after_period(text, start, end, anchor)
    opening = RANGE_OPENING.match(phrase)
    left = trim(text, start + (opening.end() if opening else 0), start + m.start())
    right = trim(text, start + m.end(), end)
    left_t, right_t = normalise(text[left[0]:left[1]], anchor), normalise(text[right[0]:right[1]], anchor)
    if left_t and right_t and left_t.value and right_t.value and left[1] > left[0] and right[1] > right[0]:
        return [left, right]
    return split_after_period(text, start, end, anchor)


def split_after_period(text: str, start: int, end: int, anchor: Optional[dt.date]) -> list[tuple[int, int]]:
    """Two expressions the NER joined: a date and the period after it ('Tuesday after months (of
    debate)'), or a length and the date it is part of ('the first nine months of 1997', which has
    no single value, unlike 'the first half of 1997')."""
    after = AFTER_PERIOD.search(text, start, end)
    part_of = PART_OF_PERIOD.match(text, start, end)
    if after:
        types, m = ("DATE", "DURATION"), after
    elif part_of and not getattr(normalise(text[start:end], anchor), "value", None):
        types, m = ("DURATION", "DATE"), part_of
    else:
        return [(start, end)]
    left, right = trim(text, start, m.start("of")), trim(text, m.end("of"), end)
    left_t, right_t = normalise(text[left[0]:left[1]], anchor), normalise(text[right[0]:right[1]], anchor)
    if left_t and right_t and (left_t.type, right_t.type) == types and left_t.value and (
            right_t.value or types[1] == "DURATION"):
        return [left, right]
    return [(start, end)]


def make_expression(doc: Optional[Doc], text: str, span: tuple[int, int], anchor: Optional[dt.date],
                    quarterly: bool) -> Optional[DateExpression]:
    """The normalised expression at ``span``; None for non-temporal text (ages, stray numbers)."""
    start, end = span
    if is_ambiguous_word(text[start:end]) or is_placeholder(text, start, end) or (
            NAMED_DAYS.fullmatch(text, start, end) and modifies_noun(doc, start, end)):
        return None
    tense = tense_at(doc, start, end)
    opener = FUTURE_OPENER.search(text, max(0, start - 14), start)
    if opener and (tense != "past" or opener.group().lower().startswith("effective")
                   or opener.group().lower().startswith(("until", "through"))
                   and sets_deadline(doc, start, end)):
        tense = "future"  # 'until Friday', 'as soon as Tuesday'; but 'by Wednesday, 32 had filed
    period = PERIOD_ENDING.match(text, start)
    if period and period.end() == end:
        return DateExpression(text[start:end], start, end, "DURATION", "P1Y", None)
    timex = normalise(text[start:end], anchor, tense, quarterly)
    if timex is not None and timex.value is None:
        start, timex = past_leading_noise(doc, start, end, timex,
                                          lambda later: normalise(text[later:end], anchor, tense, quarterly))
    if timex is None or (timex.value is None and not TEMPORAL_WORD.search(text[start:end])):
        return None
    return DateExpression(text[start:end], start, end, timex.type, timex.value, timex.mod)


def past_leading_noise(doc: Optional[Doc], start: int, end: int, timex: Timex,
                       normalise_from: Callable[[int], Optional[Timex]]) -> tuple[int, Timex]:
    """"a coup d'etat last year", "between now": the NER took in words before the date that hang
    on a word outside it (and hold nothing in it but a preposition's object). Start after them if
    the rest then has a value."""
    span = tokens_at(doc, start, end)
    if span is None:
        return start, timex
    for token in span[:-1]:
        holds_the_rest = token.dep_ != "prep" and any(span.start <= c.i < span.end for c in token.children)
        if span.start <= token.head.i < span.end or holds_the_rest:
            break
        later = doc[token.i + 1].idx
        shorter = normalise_from(later)
        if later < end and shorter is not None and shorter.value:
            return later, shorter
    return start, timex


def is_placeholder(text: str, start: int, end: int) -> bool:
    """'the night' of 'the night of Oct. 23': the date that follows is its own expression."""
    return PART_OF_DAY.fullmatch(text[start:end].lower()) is not None and DATE_FOLLOWS.match(text, end) is not None


def is_ambiguous_word(phrase: str) -> bool:
    """'may'/'march' as verbs and 'Sun'/'Sat'/'Wed' alone are not dates."""
    word = phrase.lower()
    return word in ("sun", "sat", "wed", "sun.", "sat.", "wed.") or (word in ("may", "march") and phrase[0].islower())


def tense_at(doc: Optional[Doc], start: int, end: int) -> Optional[str]:
    """'past' / 'future' from the verb governing text[start:end]; None when unclear."""
    span, token = governing_verb(doc, start, end)
    if token is None:
        return None
    auxes = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
    lemmas = {token.lemma_}
    governor = token
    for _ in range(3):  # 'had been due to expire': an infinitive takes its governor's tense
        if governor.dep_ not in ("xcomp", "acomp") or governor.head.i == governor.i:
            break
        governor = governor.head
        lemmas.add(governor.lemma_)
        auxes |= {c.lower_ for c in governor.children if c.dep_ in ("aux", "auxpass")}
    if "had" in auxes:
        return "past"  # 'had been due to expire Friday', 'had been scheduled for Monday'
    if auxes & FUTURE_AUX or lemmas & FUTURE_VERBS:
        return "future"
    if token.tag_ == "VBD" or (token.tag_ == "VBN" and auxes & {"has", "have", "had", "was", "were"}):
        return "past"
    if (governor.tag_ == "VBZ" or governor.tag_ == "VBP" and governor.lower_ not in SAME_PAST_FORM) \
            and governor.lemma_ not in REPORTING_PRESENT and attached_to(span.root, token):
        return "future"  # 'Arafat meets Blair Monday', 'trading is to resume Tuesday'
    return None


def governing_verb(doc: Optional[Doc], start: int, end: int) -> tuple[Optional[Span], Optional[Token]]:
    """The tokens of text[start:end] and the verb they hang on (within six steps up the tree)."""
    span = tokens_at(doc, start, end)
    if span is None:
        return None, None
    token = span.root
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    return span, (token if token.pos_ in ("VERB", "AUX") else None)


def sets_deadline(doc: Optional[Doc], start: int, end: int) -> bool:
    """'postponed until Tuesday', 'has given them until 9 a.m. Tuesday': the date is still ahead."""
    _, verb = governing_verb(doc, start, end)
    return verb is not None and verb.lemma_ in DEADLINE_VERBS


def attached_to(root, verb) -> bool:
    """The date hangs on ``verb`` itself (directly or through one preposition), not on a noun."""
    head = root.head
    if head.pos_ == "ADP":
        head = head.head
    return head.i == verb.i
