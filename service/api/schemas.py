"""marshmallow schemas: the one source of the API's request and response shapes (and of openapi.yaml)."""
from __future__ import annotations

from marshmallow import (
    EXCLUDE,
    Schema,
    ValidationError,
    fields,
    post_dump,
    validate,
    validates_schema,
)

from ..config import Config

OFFSETS_NOTE = ("Offsets are Python string indices (Unicode code points) into the submitted text, "
                "end exclusive: text[start:end] equals the reported text.")

DATE_TYPES = ("DATE", "TIME", "DURATION", "SET")
DATE_SOURCES = ("request", "page", "header", "dateline", "text")
QUOTE_TYPES = ("direct", "indirect", "mixed")
AUTHOR_ROLES = ("byline", "reporting", "writing", "editing", "additional-reporting", "page")


# A text is blank when every character is whitespace or invisible: Python's and JavaScript's
# whitespace (str.isspace, the \s of ECMA-262, as JSON Schema's "pattern" reads it), the zero-width
# space and the byte-order mark. One class of escapes both regex dialects read alike.
BLANK = r"\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff"
NOT_BLANK = rf"^[{BLANK}]*[^{BLANK}]"
BLANK_TEXT = "The text is empty or has nothing but whitespace."
BLANK_PAGE = "The page is empty or has nothing but whitespace."
NO_ARTICLE = "Missing data for required field: send the article as text, or its web page as html."
TEXT_AND_PAGE = "Send the article as text or as html, not both."
PAGE_NOTE = ("For a web page (html, or a text/html body) the response also carries the extracted "
             "`text` and the `page` metadata, and every offset indexes that `text`.")


def _required(field_class, description, **kwargs):
    """A response field that is always present (null only where allow_none says so)."""
    return field_class(required=True, metadata={"description": description}, **kwargs)


class ExtractRequestSchema(Schema):
    """One article to extract from."""

    class Meta:
        unknown = EXCLUDE

    text = fields.String(
        validate=validate.Regexp(NOT_BLANK, error=BLANK_TEXT),
        metadata={"minLength": 1, "description": "The article's raw text (UTF-8). At most "
                  f"{Config.MAX_TEXT_CHARS:,} characters by default (setting NEWS_MAX_TEXT_CHARS); "
                  "longer texts get 413. A text of nothing but whitespace (or zero-width space and "
                  "byte-order marks) gets 422, like an empty one. Any other text is accepted: an "
                  "unpaired UTF-16 surrogate escape such as \\ud800 is read as one character, "
                  "parsed as U+FFFD and written back in the response as the same escape, so "
                  "offsets stay exact. Send either `text` or `html`, not both."})
    html = fields.String(
        validate=validate.Regexp(NOT_BLANK, error=BLANK_PAGE),
        metadata={"minLength": 1, "description": "The article as a web page (HTML), instead of `text`. "
                  "Its main text is extracted (no navigation, sidebars, comments, scripts; the page's "
                  "headline as the first line) and comes back as the response's `text`; the page's "
                  "title, authors, site name and canonical URL come back as `page`, and its "
                  "publication date is the article's date (source page) unless the request gives one. "
                  "Nothing is fetched: URLs on the page are only read. A page with no article text "
                  "gets 422."})
    date = fields.Date(
        load_default=None, allow_none=True,
        metadata={"description": "Publication date (YYYY-MM-DD). Anchors relative dates and wins "
                  "over any date found in the text."})
    id = fields.String(
        load_default=None, allow_none=True, validate=validate.Length(max=256),
        metadata={"description": "Caller's identifier, echoed back unchanged."})

    @validates_schema
    def exactly_one_of_text_and_html(self, data: dict, partial=None, **kwargs) -> None:
        """The article comes as text or as a page: exactly one of the two."""
        if partial:
            return
        if "text" in data and "html" in data:
            raise ValidationError(TEXT_AND_PAGE, "html")
        if "text" not in data and "html" not in data:
            raise ValidationError(NO_ARTICLE, "text")


class MentionSchema(Schema):
    """A piece of the submitted text. """ + OFFSETS_NOTE

    text = _required(fields.String, "The text exactly as it stands in the article.")
    start = _required(fields.Integer, "Start offset (code points, inclusive).")
    end = _required(fields.Integer, "End offset (code points, exclusive).")


class ArticleDateSchema(Schema):
    """The article's own date and where it came from."""

    value = _required(fields.String, "The date, YYYY-MM-DD.")
    source = _required(fields.String, "request: the request's date; page: the publication date a web "
                       "page states (article:published_time, JSON-LD datePublished or <time datetime>; "
                       "text, start and end are null); header: a header line such as "
                       "'date 2022-06-15'; dateline: a dateline such as 'BEIJING, June 15 (Reuters) -'; "
                       "text: a date near the top of the text.", validate=validate.OneOf(DATE_SOURCES))
    text = _required(fields.String, "The date as written (null for sources request and page).", allow_none=True)
    start = _required(fields.Integer, "Start offset of text, or null.", allow_none=True)
    end = _required(fields.Integer, "End offset of text, or null.", allow_none=True)
    year_inferred = _required(fields.Boolean, "True when the date as written has no year (a dateline "
                              "such as 'BEIJING, June 15 (Reuters) -'): the year is that of the text's full "
                              "dates in that month when they agree, else the latest such day not after the "
                              "server's today. False otherwise.")


class DateExpressionSchema(MentionSchema):
    """A temporal expression normalised against the article date (TIMEX3 style)."""

    type = _required(fields.String, "DATE, TIME, DURATION or SET.", validate=validate.OneOf(DATE_TYPES))
    value = _required(fields.String, "TIMEX3 value such as 2022-06-15, 2022-W23, 2022-06-15TAF, "
                      "P3D; null when it cannot be normalised.", allow_none=True)
    mod = _required(fields.String, "TIMEX3 modifier such as START, MID, END, APPROX; or null.",
                    allow_none=True)


class EntitySchema(Schema):
    """One real-world entity with every mention of it."""

    id = _required(fields.String, "Identifier within this response (p1, o1, l1 ...).")
    name = _required(fields.String, "The most complete form of the name.")
    mention_count = _required(fields.Integer, "Number of mentions.")
    salience = _required(fields.Float, "Share of the article's entity mentions (participants, organizations "
                         "and locations together), boosted for headline and early mentions, in [0, 1]; "
                         "each list is ordered by it, highest first.",
                         validate=validate.Range(min=0, max=1))
    mentions = _required(fields.List, "Every mention, in text order.", cls_or_instance=fields.Nested(MentionSchema))


class SpeakingEntitySchema(EntitySchema):
    """An entity that can be a quote's speaker."""

    quote_count = _required(fields.Integer, "Number of quotes attributed to this entity.")


class ParticipantSchema(SpeakingEntitySchema):
    """A person in the story."""

    titles = _required(fields.List, "Titles and roles, e.g. 'Chinese President'.",
                       cls_or_instance=fields.String())


class OrganizationSchema(SpeakingEntitySchema):
    """An organization, merged with its acronym. An exchange is one; a market index (the S&P 500),
    a disease, drug, vaccine or product code (COVID-19), and an agency named only in a photo credit,
    byline or sign-off are not."""

    acronym = _required(fields.String, "Acronym, e.g. SCO, or null.", allow_none=True)


class LocationSchema(EntitySchema):
    """A country, city or other place."""


class SpeakerSchema(Schema):
    """Who said a quote."""

    name = _required(fields.String, "Resolved name of the participant or organization, or null.",
                     allow_none=True)
    id = _required(fields.String, "id of that participant or organization, or null.", allow_none=True)
    mention = _required(fields.Nested, "The speaker as written near the quote ('he', 'the minister').",
                        nested=MentionSchema, allow_none=True)


class QuoteSchema(MentionSchema):
    """A direct, indirect or mixed quotation."""

    type = _required(fields.String, "direct (in quote marks), indirect (reported speech) or mixed.",
                     validate=validate.OneOf(QUOTE_TYPES))
    speaker = _required(fields.Nested, "The speaker, or null when unknown.", nested=SpeakerSchema,
                        allow_none=True)
    cue = _required(fields.Nested, "The reporting verb ('said'), or null.", nested=MentionSchema,
                    allow_none=True)


class AuthorSchema(Schema):
    """A journalist a byline ('By Anna Smith') or a sign-off ('(Reporting by Anna Smith; Editing by
    Tom Brown)') credits, or a web page names as its author (role page). Credited journalists are
    not participants unless the story itself names them. """ + OFFSETS_NOTE

    name = _required(fields.String, "The journalist's name: text[start:end], or as the page states it.")
    role = _required(fields.String, "byline, reporting, writing, editing or additional-reporting; page "
                     "for an author that only the page's metadata names (a name the text's own byline "
                     "or sign-off credits keeps that credit instead).",
                     validate=validate.OneOf(AUTHOR_ROLES))
    start = _required(fields.Integer, "Start offset of the name (code points, inclusive); null for role page.",
                      allow_none=True)
    end = _required(fields.Integer, "End offset of the name (code points, exclusive); null for role page.",
                    allow_none=True)


class PageSchema(Schema):
    """What a web page states about itself beside its article (HTML requests only); null where the
    page is silent. Read from Open Graph and <meta> tags, JSON-LD (NewsArticle and the like) and
    the markup; never fetched."""

    title = _required(fields.String, "The headline (JSON-LD headline, og:title, <h1> or <title>); "
                      "also the first line of the extracted text.", allow_none=True)
    authors = _required(fields.List, "Authors the page names (JSON-LD author, <meta name=author>, "
                        "byline markup).", cls_or_instance=fields.String())
    site_name = _required(fields.String, "og:site_name, or the JSON-LD publisher.", allow_none=True)
    url = _required(fields.String, "The canonical URL (<link rel=canonical>, og:url or JSON-LD).",
                    allow_none=True)


class LanguageSchema(Schema):
    """The language the article was taken to be in. The detector (py3langid) reads the text without
    its capitalised words, as names tell little about the language around them; a short text or a
    list of names gives it little to go on, and then English is presumed: another language is
    reported only when the detector is confident of it (and such an article is refused with 422
    unsupported-language unless the operator turned the check off)."""

    code = _required(fields.String, "ISO 639-1 code (ISO 639-3 for a language without one), e.g. en, de.")
    confidence = _required(fields.Float, "The detector's probability that the text is in this language, "
                           "in [0, 1]; low for short texts and lists of names, where English is presumed.",
                           validate=validate.Range(min=0, max=1))


class ModelInfoSchema(Schema):
    """The spaCy pipeline that produced the result."""

    name = _required(fields.String, "Pipeline name.")
    version = _required(fields.String, "Pipeline version.")


class ExtractionSchema(Schema):
    """Everything extracted from one article. """ + OFFSETS_NOTE + " " + PAGE_NOTE

    PAGE_ONLY = ("text", "page")

    id = _required(fields.String, "The request's id, or null.", allow_none=True)
    date = _required(fields.Nested, "The article's date, or null when neither the text nor the "
                     "request gives evidence (never the clock).", nested=ArticleDateSchema, allow_none=True)
    dates = _required(fields.List, "Temporal expressions in text order.",
                      cls_or_instance=fields.Nested(DateExpressionSchema))
    participants = _required(fields.List, "People in the story, most salient first.",
                             cls_or_instance=fields.Nested(ParticipantSchema))
    organizations = _required(fields.List, "Organizations in the story, most salient first.",
                              cls_or_instance=fields.Nested(OrganizationSchema))
    locations = _required(fields.List, "Places in the story, most salient first.",
                          cls_or_instance=fields.Nested(LocationSchema))
    quotes = _required(fields.List, "Quotations in text order.", cls_or_instance=fields.Nested(QuoteSchema))
    authors = _required(fields.List, "Journalists the text credits (bylines, sign-offs), in text order.",
                        cls_or_instance=fields.Nested(AuthorSchema))
    language = _required(fields.Nested, "The article's language (en unless the language check is off).",
                         nested=LanguageSchema)
    model = _required(fields.Nested, "The NLP pipeline used.", nested=ModelInfoSchema)
    text = fields.String(metadata={"description": "The article text extracted from the web page (its "
                                   "headline first, one paragraph a line): every offset in this response "
                                   "indexes it. Present only for a web page (html or text/html)."})
    page = fields.Nested(PageSchema, metadata={"description": "The web page's own metadata. Present only "
                                               "for a web page (html or text/html)."})

    @post_dump
    def without_page_fields_for_text(self, data: dict, **kwargs) -> dict:
        """`text` and `page` belong to web pages: a text request's response has neither key."""
        for key in self.PAGE_ONLY:
            if data.get(key) is None:
                data.pop(key, None)
        return data


class ServiceInfoSchema(Schema):
    """What this service is."""

    name = _required(fields.String, "Service name.")
    version = _required(fields.String, "Service version.")
    model = _required(fields.String, "Name of the configured spaCy pipeline.")
    links = _required(fields.Dict, "Useful URLs.", keys=fields.String(), values=fields.String())


class HealthSchema(Schema):
    """Liveness or readiness."""

    status = _required(fields.String, "ok, or loading while the model is not ready.")


class ProblemSchema(Schema):
    """RFC 9457 problem details (media type application/problem+json)."""

    type = _required(fields.String, "A URI reference naming the problem type: about:blank (the "
                     "status says it all), or /problems/unsupported-language (422: the article is not "
                     "in English; `language` says which language).")
    title = _required(fields.String, "Short summary: the HTTP reason phrase.")
    status = _required(fields.Integer, "The HTTP status code.")
    detail = fields.String(metadata={"description": "What went wrong in this request."})
    errors = fields.Dict(keys=fields.String(), values=fields.List(fields.String()),
                         metadata={"description": "Field-level messages (422 only): field name to messages."})
    language = fields.Nested(LanguageSchema, metadata={
        "description": "The article's language (type /problems/unsupported-language only)."})


class BatchRequestSchema(Schema):
    """Several articles in one request, extracted in one batched parse."""

    articles = fields.List(
        fields.Nested(ExtractRequestSchema), required=True,
        validate=validate.Length(min=1, max=Config.MAX_BATCH_SIZE),
        metadata={"description": f"1 to {Config.MAX_BATCH_SIZE} articles by default (setting "
                  "NEWS_MAX_BATCH_SIZE). Each is validated on its own: a bad article gets a problem "
                  "in its place in `results` and never fails the batch."})


class BatchItemSchema(Schema):
    """The outcome for one article of a batch: its extraction, or the problem that stopped it."""

    index = _required(fields.Integer, "Position of the article in the request's `articles`.")
    id = _required(fields.String, "The article's `id` when it is a string, else null.",
                   allow_none=True)
    status = _required(fields.Integer, "200 with an `extraction`, else the problem's status "
                       "(413 text or page over the limit, 422 invalid fields, a page without article "
                       "text or not in English, 500 extraction failed).")
    extraction = _required(fields.Nested, "The extraction (status 200), else null.",
                           nested=ExtractionSchema, allow_none=True)
    problem = _required(fields.Nested, "Why this article has no extraction, else null.",
                        nested=ProblemSchema, allow_none=True)


class BatchResultSchema(Schema):
    """One item per requested article, in request order."""

    results = _required(fields.List, "Outcomes in the order of `articles`.",
                        cls_or_instance=fields.Nested(BatchItemSchema))
