"""marshmallow schemas: the one source of the API's request and response shapes (and of openapi.yaml)."""
from __future__ import annotations

from marshmallow import EXCLUDE, Schema, fields, validate

from ..config import Config

OFFSETS_NOTE = ("Offsets are Python string indices (Unicode code points) into the submitted text, "
                "end exclusive: text[start:end] equals the reported text.")

DATE_TYPES = ("DATE", "TIME", "DURATION", "SET")
DATE_SOURCES = ("request", "header", "dateline", "text")
QUOTE_TYPES = ("direct", "indirect", "mixed")
AUTHOR_ROLES = ("byline", "reporting", "writing", "editing", "additional-reporting")


# A text is blank when every character is whitespace or invisible: Python's and JavaScript's
# whitespace (str.isspace, the \s of ECMA-262, as JSON Schema's "pattern" reads it), the zero-width
# space and the byte-order mark. One class of escapes both regex dialects read alike.
BLANK = r"\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff"
NOT_BLANK = rf"^[{BLANK}]*[^{BLANK}]"
BLANK_TEXT = "The text is empty or has nothing but whitespace."


def _required(field_class, description, **kwargs):
    """A response field that is always present (null only where allow_none says so)."""
    return field_class(required=True, metadata={"description": description}, **kwargs)


class ExtractRequestSchema(Schema):
    """One article to extract from."""

    class Meta:
        unknown = EXCLUDE

    text = fields.String(
        required=True, validate=validate.Regexp(NOT_BLANK, error=BLANK_TEXT),
        metadata={"minLength": 1, "description": "The article's raw text (UTF-8). At most "
                  f"{Config.MAX_TEXT_CHARS:,} characters by default (setting NEWS_MAX_TEXT_CHARS); "
                  "longer texts get 413. A text of nothing but whitespace (or zero-width space and "
                  "byte-order marks) gets 422, like an empty one. Any other text is accepted: an "
                  "unpaired UTF-16 surrogate escape such as \\ud800 is read as one character, "
                  "parsed as U+FFFD and written back in the response as the same escape, so "
                  "offsets stay exact."})
    date = fields.Date(
        load_default=None, allow_none=True,
        metadata={"description": "Publication date (YYYY-MM-DD). Anchors relative dates and wins "
                  "over any date found in the text."})
    id = fields.String(
        load_default=None, allow_none=True, validate=validate.Length(max=256),
        metadata={"description": "Caller's identifier, echoed back unchanged."})


class MentionSchema(Schema):
    """A piece of the submitted text. """ + OFFSETS_NOTE

    text = _required(fields.String, "The text exactly as it stands in the article.")
    start = _required(fields.Integer, "Start offset (code points, inclusive).")
    end = _required(fields.Integer, "End offset (code points, exclusive).")


class ArticleDateSchema(Schema):
    """The article's own date and where it came from."""

    value = _required(fields.String, "The date, YYYY-MM-DD.")
    source = _required(fields.String, "request: the request's date; header: a header line such as "
                       "'date 2022-06-15'; dateline: a dateline such as 'BEIJING, June 15 (Reuters) -'; "
                       "text: a date near the top of the text.", validate=validate.OneOf(DATE_SOURCES))
    text = _required(fields.String, "The date as written (null for source request).", allow_none=True)
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
    Tom Brown)') credits. Credited journalists are not participants unless the story itself names
    them. """ + OFFSETS_NOTE

    name = _required(fields.String, "The journalist's name as written: text[start:end].")
    role = _required(fields.String, "byline, reporting, writing, editing or additional-reporting.",
                     validate=validate.OneOf(AUTHOR_ROLES))
    start = _required(fields.Integer, "Start offset of the name (code points, inclusive).")
    end = _required(fields.Integer, "End offset of the name (code points, exclusive).")


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
    """Everything extracted from one article. """ + OFFSETS_NOTE

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
                       "(413 text over the limit, 422 invalid fields or not in English, 500 extraction failed).")
    extraction = _required(fields.Nested, "The extraction (status 200), else null.",
                           nested=ExtractionSchema, allow_none=True)
    problem = _required(fields.Nested, "Why this article has no extraction, else null.",
                        nested=ProblemSchema, allow_none=True)


class BatchResultSchema(Schema):
    """One item per requested article, in request order."""

    results = _required(fields.List, "Outcomes in the order of `articles`.",
                        cls_or_instance=fields.Nested(BatchItemSchema))
