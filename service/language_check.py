"""The language check, shared by the API, `news-extract` and its bulk runner: an article the detector
is confident is not English is refused, per article, with a 422 problem of type
unsupported-language that names the language and the confidence (NEWS_LANGUAGE_CHECK=0 turns the
check off; the article is then extracted and its response says the language).
"""
from __future__ import annotations

from typing import Optional

from .extract import ArticleLanguage

PROBLEM_TYPE = "/problems/unsupported-language"
STATUS = 422


def language_member(language: ArticleLanguage) -> dict:
    return {"code": language.code, "confidence": language.confidence}


def unsupported_language(language: ArticleLanguage) -> Optional[dict]:
    """None for an English article; else the problem's status, detail, type and extension member
    ``language``, as keyword arguments of api.errors.Problem and records.problem."""
    if language.is_english:
        return None
    return {"status": STATUS, "problem_type": PROBLEM_TYPE, "extensions": {"language": language_member(language)},
            "detail": f"The article is not in English: its language is '{language.code}' (confidence "
                      f"{language.confidence}). This service extracts from English text only."}
