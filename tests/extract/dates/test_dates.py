"""Article date and temporal expressions (service.extract.dates / timex), on sentences written for the tests."""
import datetime as dt

import pytest

from service.extract import Extractor
from service.extract.dates.article_date import find_article_date, metadata_regions
from service.extract.dates.expressions import RULE_SPANS
from service.extract.dates.timex import normalise
from tests.helpers import SEEDS

WED = dt.date(2022, 6, 15)  # a Wednesday


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def dates_of(extractor, text, date=WED):
    return extractor.extract(text, date).dates


def find(expressions, text):
    matches = [d for d in expressions if d.text == text]
    assert matches, f"{text!r} not in {[d.text for d in expressions]}"
    return matches[0]


# ----------------------------------------------------------------------------- article date

@pytest.mark.parametrize("name, value", [("000_2a8c10d118161e22.txt", "2022-06-15"),
                                         ("002_f66e88b7d02ec251.txt", "2022-09-15")])
def test_seed_article_dates_come_from_the_header(name, value):
    text = (SEEDS / name).read_text(encoding="utf-8")
    found = find_article_date(text, None)
    assert (found.value, found.source) == (value, "header")
    assert text[found.start:found.end] == found.text == value


def test_seed_header_is_masked_and_listed_as_a_date(extractor):
    text = (SEEDS / "000_2a8c10d118161e22.txt").read_text(encoding="utf-8")
    (start, end), = metadata_regions(text)
    assert text[start:end] == "date 2022-06-15"
    result = extractor.extract(text)
    header = find(result.dates, "2022-06-15")
    assert (header.start, header.type, header.value) == (6, "DATE", "2022-06-15")
    assert find(result.dates, "this afternoon").value == "2022-06-15TAF"
    assert find(result.dates, "Wednesday").value == "2022-06-15"
    late = find(result.dates, "late February")
    assert (late.value, late.mod) == ("2022-02", "END")
    assert not any("birthday" in d.text for d in result.dates)


def test_request_date_wins_over_header():
    found = find_article_date(" date 2022-06-15 Leaders met on Monday.", dt.date(2021, 1, 2))
    assert (found.value, found.source, found.text, found.start) == ("2021-01-02", "request", None, None)


def test_labelled_header_lines():
    text = "Trade talks resume\nUpdated 3:04 PM EDT, Wed June 15, 2022\n\nOfficials met in Geneva."
    found = find_article_date(text, None)
    assert (found.value, found.source) == ("2022-06-15", "header")
    regions = metadata_regions(text)
    assert [text[s:e] for s, e in regions] == ["Updated 3:04 PM EDT, Wed June 15, 2022"]
    assert find_article_date("Published: June 15, 2022\nThe council voted.", None).value == "2022-06-15"


def test_reuters_dateline_is_not_masked_and_takes_the_year_from_the_text():
    text = ("SAMARKAND, Uzbekistan, Sept. 15 (Reuters) - Two leaders met for talks.\n\n"
            "The summit was first announced on September 1, 2022.")
    assert metadata_regions(text) == []
    found = find_article_date(text, None)
    assert (found.value, found.source, found.text) == ("2022-09-15", "dateline", "Sept. 15")


def test_dateline_without_a_clear_year_takes_the_latest_such_day():
    text = "OSLO, March 3 (Reuters) - The fishing fleet returned to port early."
    found = find_article_date(text, None, dt.date(2026, 12, 4))
    assert (found.value, found.year_inferred) == ("2026-03-03", True)


def test_press_release_and_wiki_style_datelines():
    release = "NEW YORK, June 15, 2022 /PRNewswire/ -- A company launched a product."
    assert find_article_date(release, None).value == "2022-06-15"
    wiki = "Bridge reopens after repairs\n\nTuesday, March 8, 2011\n\nThe old bridge reopened on Monday."
    found = find_article_date(wiki, None)
    assert (found.value, found.source) == ("2011-03-08", "dateline")


def test_full_date_near_the_top_and_no_evidence():
    found = find_article_date("The museum opened its doors on 4 May 2019 to large crowds.", None)
    assert (found.value, found.source) == ("2019-05-04", "text")
    assert find_article_date("Nobody knows when the museum will open.", None) is None


@pytest.mark.parametrize("odd", ["", "   \n\t ", "(((((", "date", "date 2022-13-45 x", "é" * 5000])
def test_odd_inputs_never_raise(extractor, odd):
    assert metadata_regions(odd) is not None
    find_article_date(odd, None)
    for d in dates_of(extractor, odd, None):
        assert odd[d.start:d.end] == d.text


# ----------------------------------------------------------------------------- expressions

def test_absolute_dates_in_common_formats(extractor):
    text = ("The law passed on June 15, 2022, took effect on 1 July 2022 and was reviewed on 2022-08-30. "
            "A vote followed on Sept. 3 and another in March 2021. Its roots go back to 1990.")
    dates = dates_of(extractor, text)
    assert find(dates, "June 15, 2022").value == "2022-06-15"
    assert find(dates, "1 July 2022").value == "2022-07-01"
    assert find(dates, "2022-08-30").value == "2022-08-30"
    assert find(dates, "March 2021").value == "2021-03"
    assert find(dates, "1990").value == "1990"
    for d in dates:
        assert text[d.start:d.end] == d.text
    assert dates == sorted(dates, key=lambda d: d.start)


def test_weekdays_follow_news_convention_and_tense(extractor):
    text = "The minister resigned on Monday. She spoke on Wednesday. Her successor will be sworn in on Friday."
    dates = dates_of(extractor, text)
    assert find(dates, "Monday").value == "2022-06-13"
    assert find(dates, "Wednesday").value == "2022-06-15"
    assert find(dates, "Friday").value == "2022-06-17"


def test_deictic_days_and_parts_of_day(extractor):
    text = "Rain fell yesterday and today, more is due tomorrow, and the storm peaks tonight or this afternoon."
    dates = dates_of(extractor, text)
    assert find(dates, "yesterday").value == "2022-06-14"
    assert find(dates, "today").value == "2022-06-15"
    assert find(dates, "tomorrow").value == "2022-06-16"
    tonight = find(dates, "tonight")
    assert (tonight.type, tonight.value) == ("TIME", "2022-06-15TNI")
    assert find(dates, "this afternoon").value == "2022-06-15TAF"


def test_relative_periods_and_modifiers(extractor):
    text = ("Prices rose last week and fell in late February. Growth slowed at the beginning of this year, "
            "in the first quarter of 2022 and again this summer, after a boom in the 1990s.")
    dates = dates_of(extractor, text)
    assert find(dates, "last week").value == "2022-W23"
    assert (find(dates, "late February").value, find(dates, "late February").mod) == ("2022-02", "END")
    beginning = next(d for d in dates if "beginning" in d.text)
    assert (beginning.value, beginning.mod) == ("2022", "START")
    assert next(d for d in dates if "quarter" in d.text).value == "2022-Q1"
    assert find(dates, "this summer").value == "2022-SU"
    assert next(d for d in dates if "1990s" in d.text).value == "199"


def test_months_without_a_year_take_the_nearest_sensible_year(extractor):
    dates = dates_of(extractor, "The factory closed in December. It will reopen in September.")
    assert find(dates, "December").value == "2021-12"
    assert find(dates, "September").value == "2022-09"


def test_a_past_verb_keeps_a_month_in_the_past_and_a_future_verb_in_the_future(extractor):
    text = ("The company bought the mill in January. Its next plant will open in November. "
            "The offer had been due to expire on June 30. By Monday, 40 holders had tendered.")
    dates = dates_of(extractor, text, dt.date(2022, 10, 26))  # a Wednesday
    assert find(dates, "January").value == "2022-01"   # the nearer January 2023 is against the tense
    assert find(dates, "November").value == "2022-11"
    assert find(dates, "June 30").value == "2022-06-30"
    assert find(dates, "Monday").value == "2022-10-24"  # 'by' with a past verb looks back


def test_a_weekday_beside_a_date_settles_its_year():
    anchor = dt.date(2022, 12, 30)
    assert normalise("Monday, Jan. 2", anchor, "past").value == "2023-01-02"  # Jan. 2, 2022 was a Sunday
    assert normalise("Sunday, Jan. 2", anchor, "future").value == "2022-01-02"
    assert normalise("Feb. 29", anchor).value == "XXXX-02-29"
    assert normalise("Feb. 29", dt.date(2024, 3, 10)).value == "2024-02-29"


@pytest.mark.parametrize("phrase, tense, value", [
    ("Thanksgiving Day", "past", "2021-11-25"),
    ("Thanksgiving", "future", "2022-11-24"),
    ("last Christmas", None, "2021-12-25"),
    ("Easter 2024", None, "2024-03-31"),
    ("Good Friday", "past", "2022-04-15"),
    ("Memorial Day", None, "2022-05-30"),
    ("Labor Day weekend", "future", "2022-W36-WE"),
    ("Election Day", "future", "2022-11-08"),
    ("nineteen ninety-six", None, "1996"),
    ("the year two thousand", None, "2000"),
    ("two thousand and one", None, "2001"),
    ("twenty twenty-two", None, "2022"),
])
def test_holidays_and_years_in_words(phrase, tense, value):
    assert normalise(phrase, WED, tense).value == value


def test_holidays_and_spoken_years_are_found_in_text_but_not_as_modifiers(extractor):
    text = ("The boy was rescued on Thanksgiving Day. In nineteen ninety-six the plant closed. "
            "Retailers expect strong Christmas sales.")
    dates = dates_of(extractor, text)
    assert find(dates, "Thanksgiving Day").value == "2021-11-25"
    assert find(dates, "nineteen ninety-six").value == "1996"
    assert not any("Christmas" in d.text for d in dates)


def test_durations_sets_and_references(extractor):
    text = ("The project took three years and several years of planning; the meeting lasted two hours. "
            "The board meets every week. Costs are now high, rose recently and may fall in the future.")
    dates = dates_of(extractor, text)
    assert (find(dates, "three years").type, find(dates, "three years").value) == ("DURATION", "P3Y")
    assert find(dates, "several years").value == "PXY"
    assert find(dates, "two hours").value == "PT2H"
    assert (find(dates, "every week").type, find(dates, "every week").value) == ("SET", "P1W")
    assert find(dates, "now").value == "PRESENT_REF"
    assert find(dates, "recently").value == "PAST_REF"
    assert find(dates, "the future").value == "FUTURE_REF"


def test_ages_are_not_dates(extractor):
    dates = dates_of(extractor, "The chairman, who is 69 years old, and his deputy, 52, retired.")
    assert not any("69" in d.text or d.text == "52" for d in dates)


def test_no_anchor_leaves_relative_values_empty(extractor):
    dates = dates_of(extractor, "The talks ended yesterday, and a deal was first drafted in March 2021.", None)
    assert find(dates, "yesterday").value is None
    assert find(dates, "March 2021").value == "2021-03"


@pytest.mark.parametrize("phrase, expected", [
    ("the past", ("DATE", "PAST_REF", None)),
    ("currently", ("DATE", "PRESENT_REF", None)),
    ("mid-2009", ("DATE", "2009", "MID")),
    ("early 1991", ("DATE", "1991", "START")),
    ("a year ago", ("DATE", "2021", None)),
    ("next year", ("DATE", "2023", None)),
    ("Friday morning", ("TIME", "2022-06-10TMO", None)),
    ("10:35 a.m.", ("TIME", "2022-06-15T10:35", None)),
    ("last night", ("TIME", "2022-06-14TNI", None)),
    ("daily", ("SET", "P1D", None)),
    ("every fortnight", ("SET", "P2W", None)),
    ("the 20th century", ("DATE", "19", None)),
    ("July last year", ("DATE", "2021-07", None)),
    # ranges, spoken numbers and years in words
    ("the next two years or so", ("DURATION", "P2Y", "APPROX")),
    ("the next couple of years", ("DURATION", "P2Y", None)),
    ("the next 12 to 18 months", ("DURATION", "PXM", None)),
    ("the last twenty four hours", ("DURATION", "PT24H", None)),
    ("twenty fifteen", ("DATE", "2015", None)),
    ("twenty oh five", ("DATE", "2005", None)),
    ("January nineteen ninety-seven", ("DATE", "1997-01", None)),
    ("the winter of nineteen ninety-four", ("DATE", "1994-WI", None)),
    ("this coming Sunday, June nineteenth", ("DATE", "2022-06-19", None)),
    ("the twenty-first of March", ("DATE", "2022-03-21", None)),
    ("a 20th century", ("DATE", "19", None)),
    ("a fortnight or so ago", ("DATE", "2022-06-01", "APPROX")),
    ("three days or so ago", ("DATE", "2022-06-12", "APPROX")),
    ("the full year", ("DATE", "2022", None)),
    ("the entire year", ("DATE", "2022", None)),
    ("the past year", ("DATE", "2021", None)),
    # counted lengths, decades in words, parts of the year
    ("at least 72 hours", ("DURATION", "PT72H", "EQUAL_OR_MORE")),
    ("two more weeks", ("DURATION", "P2W", None)),
    ("three straight years", ("DURATION", "P3Y", None)),
    ("the nineties", ("DATE", "199", None)),
    ("the nineteen-sixties", ("DATE", "196", None)),
    ("the last half of the '80s", ("DATE", "198", None)),
    ("the first quarter of the financial year", ("DATE", "2022-Q1", None)),
    ("the financial year", ("DATE", "2022", None)),
    # vague references, clock hours in words, financial quarters, pre-/post-
    ("several years ago", ("DATE", "PAST_REF", None)),
    ("just months ago", ("DATE", "PAST_REF", None)),
    ("a couple of years ago", ("DATE", "2020", None)),
    ("future quarters", ("DATE", "FUTURE_REF", None)),
    ("a later date", ("DATE", "FUTURE_REF", None)),
    ("past years", ("DATE", "PAST_REF", None)),
    ("4 in the morning", ("TIME", "2022-06-15T04:00", None)),
    ("9 o'clock in the evening", ("TIME", "2022-06-15T21:00", None)),
    ("the 70s", ("DATE", "197", None)),
    ("the last financial quarter", ("DATE", "2022-Q1", None)),
    ("post-1959", ("DATE", "1959", "AFTER")),
])
def test_normalise_phrases(phrase, expected):
    assert tuple(normalise(phrase, WED)) == expected


def test_normalise_odd_phrases_never_raise():
    for phrase in ["", "February 30", "13/45/2022", "the 99th quarter", "x" * 500, "every", "ago"]:
        normalise(phrase, WED)
        normalise(phrase, None)


def test_anaphoric_periods_follow_the_last_explicit_date(extractor):
    dates = dates_of(extractor, "The firm was founded in June 1998 and moved to Boston later that year.")
    assert find(dates, "later that year").value == "1998"


def test_header_rules_scale_linearly_on_repetitive_text():
    """No catastrophic backtracking: 4x the text costs about 4x the time (a ratio, not a clock limit)."""
    import time

    def cost(repeat: int) -> float:
        text = ("A, B, C, D, E, F " * 2000 * repeat) + ("June 15 " * 500 * repeat) + ("on on on on " * 500 * repeat)
        started = time.perf_counter()
        metadata_regions(text)
        find_article_date(text, None)
        return time.perf_counter() - started

    small, large = min(cost(1) for _ in range(3)), min(cost(4) for _ in range(3))
    assert large / max(small, 1e-4) < 16


def test_a_date_joined_to_the_period_before_it_is_split(extractor):
    found = dates_of(extractor, "The council approved the plan on Tuesday after months of debate.")
    assert [(d.text, d.type, d.value) for d in found] == [("Tuesday", "DATE", "2022-06-14"),
                                                          ("months", "DURATION", "PXM")]


def test_present_tense_and_deadline_verbs_point_a_weekday_forward(extractor):
    text = ("The mayor meets the union Monday. The ferry is to sail again Tuesday. Judges postponed the "
            "ruling until Friday. Rate fears hurt the market Thursday. Aides say Monday's vote matters.")
    dates = dates_of(extractor, text)
    assert find(dates, "Monday").value == "2022-06-20"
    assert find(dates, "Tuesday").value == "2022-06-21"
    assert find(dates, "Friday").value == "2022-06-17"
    assert find(dates, "Thursday").value == "2022-06-09"  # 'hurt' may be past: no guess forward
    assert [d.value for d in dates if d.text == "Monday"][1] == "2022-06-13"  # on a noun, not the verb


def test_hyphenated_year_ago_phrases_stay_whole(extractor):
    text = ("The dairy co-op earned $5 million, against $3 million in the year-earlier third quarter. Its "
            "profit for the year-earlier nine months held a one-off gain. Shops open Monday-Friday and "
            "closed June 2-5.")
    dates = dates_of(extractor, text)
    assert find(dates, "the year-earlier third quarter").value == "2021-Q3"
    nine = find(dates, "the year-earlier nine months")
    assert (nine.type, nine.value) == ("DURATION", "P9M")
    assert [d.text for d in dates if d.text in ("Monday", "Friday")] == ["Monday", "Friday"]
    assert "the year" not in [d.text for d in dates]


def test_the_year_ended_a_date_is_a_year_long_period(extractor):
    dates = dates_of(extractor, "The brewer's sales for the year ended March 31 slipped by 4%.")
    year = find(dates, "the year")
    assert (year.type, year.value) == ("DURATION", "P1Y")
    assert find(dates, "March 31").value == "2022-03-31"


def test_a_bare_clock_time_belongs_to_the_day_named_just_before(extractor):
    text = "A water main burst on Friday under the bridge. The flood peaked at about 10:35 a.m. and closed the road."
    assert find(dates_of(extractor, text), "about 10:35 a.m.").value == "2022-06-10T10:35"
    far = "A water main burst on Friday. " + "Crews pumped water from the tunnels all week. " * 12 + \
          "A public meeting starts at 6 p.m."
    assert find(dates_of(extractor, far), "6 p.m.").value == "2022-06-15T18:00"


def test_part_of_day_before_the_day_word_is_one_expression(extractor):
    dates = dates_of(extractor, "The ferry left at mid-afternoon yesterday. The night of June 3 was calm.")
    afternoon = find(dates, "mid-afternoon yesterday")
    assert (afternoon.type, afternoon.value, afternoon.mod) == ("TIME", "2022-06-14TAF", "MID")
    assert "The night" not in [d.text for d in dates] and find(dates, "June 3").value == "2022-06-03"


@pytest.mark.parametrize("phrase, value", [("a week ago", "2022-06-08"), ("two weeks ago", "2022-06-01"),
                                           ("six weeks ago", "2022-W18"), ("the week of March 6", "2022-W09")])
def test_weeks_back_and_the_week_of_a_date(phrase, value):
    assert normalise(phrase, WED).value == value


def test_lists_of_years_and_leading_words_are_split_and_trimmed(extractor):
    text = "The choir toured Japan in 1994, 1995 and 1997. Its records sold well in both 1990 and 1991."
    found = [(d.text, d.value) for d in dates_of(extractor, text)]
    assert found == [("1994", "1994"), ("1995", "1995"), ("1997", "1997"), ("1990", "1990"), ("1991", "1991")]


def test_quarters_halves_and_effective_dates(extractor):
    text = ("The flood will mean a fourth-quarter write-down for the insurer. This quarter's deficit "
            "reflects repairs. Bookings should recover in the first half of 2023. A new fare deal, "
            "effective Feb. 1, was agreed.")
    dates = dates_of(extractor, text)
    assert find(dates, "a fourth-quarter").value == "2022-Q4"
    assert find(dates, "This quarter").value == "2022-Q2"
    assert find(dates, "the first half of 2023").value == "2023-H1"
    assert find(dates, "Feb. 1").value == "2023-02-01"
    assert normalise("the second half", WED).value is None  # of a match, as often as of a year


def test_the_following_month_counts_from_a_month_named_before(extractor):
    text = "In March, the bakery chain got a buyout bid. The following month, its owners rejected it."
    assert find(dates_of(extractor, text), "The following month").value == "2022-04"


def test_a_number_in_words_is_not_a_spoken_year(extractor):
    text = "Rents rose twenty six percent, and twenty six tenants have signed the letter."
    assert dates_of(extractor, text) == []


def test_parts_of_day_and_previous_weekdays_follow_the_day_just_named(extractor):
    text = ("The regatta was held on Friday. Rain fell in the morning, and the winning time was a minute "
            "slower than at the previous Friday's heats.")
    dates = dates_of(extractor, text)
    assert find(dates, "Friday").value == "2022-06-10"
    assert find(dates, "the morning").value == "2022-06-10TMO"
    assert find(dates, "the previous Friday").value == "2022-06-03"


def test_a_year_earlier_beside_nine_months_is_a_year_not_a_quarter(extractor):
    text = ("The dairy co-op's third-quarter profit grew to $5 million from $4 million a year earlier. Over "
            "nine months, it made $14 million, up from $9 million a year earlier.")
    found = [d.value for d in dates_of(extractor, text) if d.text == "a year earlier"]
    assert found == ["2021-Q1", "2021"]  # the quarter before the article's, a year back; then the year


def test_a_possessive_year_keeps_its_determiner_but_a_show_title_is_no_date(extractor):
    text = ("This year's harvest was the smallest in a decade. Growers blame last month's frost. "
            "The minister spoke on \"This Week With Ann Porter\" about it.")
    dates = dates_of(extractor, text)
    assert find(dates, "This year").value == "2022"
    assert find(dates, "last month").value == "2022-05"
    assert not any("Week" in d.text for d in dates)


def test_the_day_and_a_bare_part_of_day_follow_the_day_named_just_before(extractor):
    text = ("Shares of the brewer jumped on Monday after the report. The stock hit a record in morning "
            "trading and ended the day 4% higher. Rivals also rose the same day.")
    dates = dates_of(extractor, text)
    assert find(dates, "Monday").value == "2022-06-13"
    assert find(dates, "morning").value == "2022-06-13TMO"
    assert find(dates, "the same day").value == "2022-06-13"


def test_a_length_and_the_date_it_is_part_of_are_split(extractor):
    text = ("The brewer's sales grew in the first nine months of 2021. Profit fell over the first six "
            "months of the year. Output should hold for at least the first two quarters of 2023.")
    found = [(d.text, d.type, d.value) for d in dates_of(extractor, text)]
    assert found[:4] == [("the first nine months", "DURATION", "P9M"), ("2021", "DATE", "2021"),
                         ("the first six months", "DURATION", "P6M"), ("the year", "DATE", "2022")]
    assert found[4] == ("at least the first two quarters of 2023", "DATE", "2023-H1")  # one value: whole


def test_at_least_stays_with_its_date_and_decades_in_words_are_found(extractor):
    text = "The studio has waited at least 30 days for a permit, as it did in the seventies."
    found = [(d.text, d.value) for d in dates_of(extractor, text)]
    assert found == [("at least 30 days", "P30D"), ("the seventies", "197")]


def test_index_levels_are_not_dates():
    assert normalise("11,188.23", WED) is None and normalise("1,387.7", WED) is None


def test_words_the_ner_took_in_before_a_date_are_left_out(extractor):
    text = ("Aides fled the capital after a coup d'etat last year. The boy stays in Miami between now and "
            "the hearing. The treaty took hundreds of years.")
    found = [(d.text, d.value) for d in dates_of(extractor, text)]
    assert ("last year", "2021") in found and ("now", "PRESENT_REF") in found
    assert "hundreds of years" in [d for d, _ in found]  # 'hundreds' holds the rest: it stays


def test_each_weekday_and_each_month_are_sets(extractor):
    text = "Ferries leave each Thursday, and the festival returns each July. Each may choose a seat."
    found = [(d.text, d.type, d.value) for d in dates_of(extractor, text)]
    assert found == [("each Thursday", "SET", "XXXX-WXX-4"), ("each July", "SET", "XXXX-07")]


def test_explicit_dates_the_ner_calls_events_are_found(extractor):
    text = ("Marco was found Thanksgiving Day clinging to an old tire at sea. There were no cancellations "
            "as a result of the Aug. 7 Embassy bombings in Lima. Christmas sales were weak.")
    found = {d.text: d.value for d in dates_of(extractor, text)}
    assert found.get("Thanksgiving Day") == "2021-11-25" and "Aug. 7" in found
    assert "Christmas" not in found  # a holiday naming the sales is still no date
    # the rule for a month and a day leaves 'March 5 percent' alone
    assert [m.group() for m in RULE_SPANS.finditer("rose in March 5 percent, and on March 5, 2021")] == [
        "March 5, 2021"]


def test_through_a_date_after_a_deadline_verb_points_forward(extractor):
    text = "The bank extended the credit line through January. Sales rose through January."
    assert [d.value for d in dates_of(extractor, text)] == ["2023-01", "2022-01"]


def test_a_possessive_period_and_that_same_day_are_found(extractor):
    text = "Volume was the week's highest. On Monday the court met, and the list was redrawn that same day."
    found = [(d.text, d.value) for d in dates_of(extractor, text)]
    assert found == [("the week", "2022-W24"), ("Monday", "2022-06-13"), ("that same day", "2022-06-13")]


def test_pre_and_post_a_year_are_found_with_their_modifier(extractor):
    found = dates_of(extractor, "The post-1959 exodus split many families.")
    assert [(d.text, d.value, d.mod) for d in found] == [("post-1959", "1959", "AFTER")]


def test_the_year_period_is_that_years_quarter_in_quarterly_news(extractor):
    quarterly = dates_of(extractor, "First-quarter profit rose 5%. In the 2021 period, the bakery earned $4 million.")
    assert find(quarterly, "the 2021 period").value == "2021-Q1"
    assert normalise("the 2021 period", WED).value == "2021"


# --- a dateline without a year -----------------------------------------------------------------

TODAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize("text, value, inferred", [
    ("BEIJING, June 15 (Reuters) - Xi Jinping met Vladimir Putin on Thursday.", "2026-06-15", True),
    ("BEIJING, Dec 20 (Reuters) - Xi Jinping met Vladimir Putin.", "2025-12-20", True),  # not after today
    ("BEIJING, June 15 (Reuters) - The two met before, on June 2, 2019.", "2019-06-15", True),  # the text's year
    ("BEIJING, Feb 29 (Reuters) - A leap day.", "2024-02-29", True),
    ("BEIJING, June 15, 2021 (Reuters) - The year is written.", "2021-06-15", False),
])
def test_a_dateline_without_a_year_gets_one_and_says_so(text, value, inferred):
    found = find_article_date(text, None, TODAY)
    assert (found.value, found.source, found.year_inferred) == (value, "dateline", inferred)


def test_relative_dates_resolve_against_an_inferred_year(extractor):
    text = "BEIJING, Jan 2 (Reuters) - Xi Jinping met Vladimir Putin on Thursday."
    result = extractor.extract(text)
    today = dt.date.today()
    year = today.year if dt.date(today.year, 1, 2) <= today else today.year - 1
    assert (result.date.value, result.date.year_inferred) == (f"{year}-01-02", True)
    (thursday,) = [d for d in result.dates if d.text == "Thursday"]
    assert abs((dt.date.fromisoformat(thursday.value) - dt.date(year, 1, 2)).days) <= 7
