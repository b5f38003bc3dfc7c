"""Names written in capitals (headlines, sub-heads, caption labels): a run of all-caps words that
spells, letter case aside, a name the article also writes in ordinary case takes that name's label ('GRAHAM DELAET' beside 'Graham DeLaet'), and a two-word
run shaped like a person's name is a person, also where NER tagged more ('LIONEL MESSI SCORES' as
an organization)."""
from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc

from .candidates import Candidate
from .lexicon import LOC, ORG, PERSON
from .name_shapes import is_personal_name_shape
from .name_strings import covered_tokens, normalize
from .places import is_dateline_place

MAX_NAME_WORDS = 4


def reread_shouted_names(candidates: list[Candidate], english_words: frozenset) -> list[Candidate]:
    """NER's people and organizations of two or more all-caps words with a person's name inside
    ('LIONEL MESSI SCORES' tagged ORG) give way to the names :func:`names_in_run` reads in them;
    other all-caps names stay as NER tagged them ('USA TODAY'), and so do datelines."""
    known = ordinary_case_names(candidates)
    result = []
    for c in candidates:
        found = []
        if c.label in {PERSON, ORG} and c.span is not None and len(c.span) >= 2 \
                and all(t.is_upper and t.is_alpha for t in c.span) and not is_dateline_place(c.span):
            found = names_in_run(list(c.span), known, english_words)
        people_found = any(f.label == PERSON for f in found)
        result.extend(found if people_found and [(f.start, f.end) for f in found] != [(c.start, c.end)]
                      else [c])
    return result


def ordinary_case_names(candidates: Iterable[Candidate]) -> dict[str, str]:
    """Key -> label of the people, organizations and places some mention writes in ordinary case."""
    return {normalize(c.text): c.label for c in candidates
            if not c.text.isupper() and c.label in {PERSON, ORG, LOC}}


def names_in_capitals(doc: Doc, candidates: Iterable[Candidate], english_words: frozenset) -> list[Candidate]:
    """Candidates for the names inside runs of all-caps words that no candidate holds."""
    candidates = list(candidates)
    known = ordinary_case_names(candidates)
    covered = covered_tokens(candidates)
    return [name for run in capital_runs(doc, covered) for name in names_in_run(run, known, english_words)]


def names_in_run(run: list, known: dict, english_words: frozenset) -> list[Candidate]:
    """The names in a run of all-caps tokens, longest first from the left."""
    found = []
    i = 0
    while i < len(run):
        size = next((n for n in range(min(MAX_NAME_WORDS, len(run) - i), 0, -1)
                     if name_label(run[i:i + n], known, english_words)), 0)
        if size == 0:
            i += 1
            continue
        span = run[0].doc[run[i].i:run[i + size - 1].i + 1]
        found.append(Candidate(span.start_char, span.end_char,
                               name_label(run[i:i + size], known, english_words), span.text, span))
        i += size
    return found


def name_label(tokens: list, known: dict, english_words: frozenset) -> str:
    """The label of the name these all-caps tokens spell, or '' when they spell none."""
    key = normalize(" ".join(t.text for t in tokens))
    if key in known:
        return known[key]
    words = [t.text.capitalize() for t in tokens]
    if len(words) != 2 or any(is_inflected_verb(t, english_words) for t in tokens):
        return ""  # 'BILL REQUIRING' of 'SENATE PASSES BILL REQUIRING ...' ends in a headline's verb
    return PERSON if is_personal_name_shape(words, english_words) else ""


VERB_ENDINGS = ("ing", "ed")


def is_inflected_verb(token, english_words: frozenset) -> bool:
    """'REQUIRING', 'LOOKED': a word the tagger reads as a verb and that is an English verb with its
    ending, which the word list holds only in its plain form. Both must agree: 'MANNING' (a proper
    noun) and 'FIELDING' (a noun) stay possible surnames."""
    word = token.lower_
    return token.tag_.startswith("VB") and any(
        word.endswith(ending) and len(word) - len(ending) >= 3
        and (word[:-len(ending)] in english_words or word[:-len(ending)] + "e" in english_words)
        for ending in VERB_ENDINGS)


def capital_runs(doc: Doc, covered: set) -> list[list]:
    """Runs of consecutive all-caps words of two or more letters that no candidate holds, within
    one line."""
    runs, run = [], []
    for token in doc:
        if token.is_upper and token.is_alpha and len(token) >= 2 and token.i not in covered:
            run.append(token)
            continue
        if run:
            runs.append(run)
        run = []
    if run:
        runs.append(run)
    return runs
