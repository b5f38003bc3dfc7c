"""From an article's validated request fields to the library's Article, shared by the API,
`news-extract` and its bulk runner: a web page read into its text, the size limits, and the
language with its check (an article the detector is confident is not English is refused with a
422 problem of type unsupported-language that names the language and the confidence;
NEWS_LANGUAGE_CHECK=0 turns the check off and the response then says the language).

A refusal is raised as ``Refusal``, whose fields each caller turns into its own problem document.
"""
from __future__ import annotations

from typing import Optional

from .extract import Article, NoArticleText, detect_language

UNSUPPORTED_LANGUAGE = "/problems/unsupported-language"


class Refusal(Exception):
    """Why an article is not extracted: the members of its problem document."""

    def __init__(self, status: int, detail: str, errors: Optional[dict] = None,
                 problem_type: str = "about:blank", extensions: Optional[dict] = None):
        super().__init__(detail)
        self.fields = {"status": status, "detail": detail, "errors": errors, "problem_type": problem_type,
                       "extensions": extensions}


def admit(fields: dict, language_check: bool, max_page_bytes: Optional[int] = None,
          max_text_chars: Optional[int] = None) -> Article:
    """The Article of validated request fields (``text`` or ``html``, ``date``, ``id``) with its
    language, or a Refusal: a page over ``max_page_bytes`` is 413, a page without article text 422,
    a text over ``max_text_chars`` 413 and, with ``language_check``, a text not in English 422."""
    html = fields.get("html")
    if html is None:
        article = Article(fields["text"], fields["date"], fields["id"])
    else:
        size = len(html.encode("utf-8", "surrogatepass"))
        if max_page_bytes is not None and size > max_page_bytes:
            raise Refusal(413, f"The page has {size:,} bytes; the limit is {max_page_bytes:,}.")
        try:
            article = Article.from_html(html, fields["date"], fields["id"])
        except NoArticleText as exc:
            raise Refusal(422, str(exc), errors={"html": [str(exc)]}) from None
    if max_text_chars is not None and len(article.text) > max_text_chars:
        what = "text" if html is None else "text extracted from the page"
        raise Refusal(413, f"The {what} has {len(article.text):,} characters; the limit is {max_text_chars:,}.")
    language = detect_language(article.text)
    if language_check and not language.is_english:
        member = {"code": language.code, "confidence": language.confidence}
        raise Refusal(422, problem_type=UNSUPPORTED_LANGUAGE, extensions={"language": member},
                      detail=f"The article is not in English: its language is '{language.code}' (confidence "
                             f"{language.confidence}). This service extracts from English text only.")
    return article._replace(language=language)
