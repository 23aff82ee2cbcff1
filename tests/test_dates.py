"""The temporal-expression grammar: phrasings, spans, precision, anchors, periods,
round-trips, and the accuracy gate on the gold set."""
from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mandates.extract.dates import (
    DateValue,
    Period,
    Precision,
    find_dates,
    parse_date,
    resolve_period,
    to_iso,
)

GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "gold" / "dates" / "dates_dev.jsonl"
BASELINE = Path(__file__).resolve().parent / "baselines" / "dates.json"


def day(text: str) -> DateValue:
    return DateValue.of_day(date.fromisoformat(text))


def only(text: str, **kwargs):
    """The single expression found in ``text``, checked against its span."""
    found = find_dates(text, **kwargs)
    assert len(found) == 1, found
    expression = found[0]
    assert text[expression.start:expression.end] == expression.text
    return expression


# --- absolute dates, as the sources write them -------------------------------

@pytest.mark.parametrize("text, iso", [
    ("30 June 2023", "2023-06-30"),
    ("June 30, 2023", "2023-06-30"),
    ("June 30 2023", "2023-06-30"),
    ("1st September, 2023", "2023-09-01"),
    ("26th July, 2019", "2019-07-26"),
    ("25 of November 2015", "2015-11-25"),
    ("Nov.15, 2022", "2022-11-15"),
    ("Dec. 31, 2023", "2023-12-31"),
    ("Sept. 30, 2023", "2023-09-30"),
    ("Jun 30, 2024", "2024-06-30"),
    ("Mar 18 2017", "2017-03-18"),
    ("25 Apr 2013", "2013-04-25"),
    ("01st Feb, 2025", "2025-02-01"),
    ("Dec. 31,\n\n2023", "2023-12-31"),  # split across a line break
    ("2024-12-20", "2024-12-20"),
    ("19990225", "1999-02-25"),
    ("02-25 1999", "1999-02-25"),
    ("02-01-2026", "2026-01-02"),       # day first where both readings exist
    ("25/12/2023", "2023-12-25"),
    ("Thursday April 25 2013", "2013-04-25"),
    ("Thursday, 31 December 2020", "2020-12-31"),
    ("the 30th of June 2024", "2024-06-30"),
    ("30 juin 2024", "2024-06-30"),
    ("30 de junio de 2024", "2024-06-30"),
    ("30. Juni 2024", "2024-06-30"),
])
def test_day_formats(text, iso):
    assert to_iso(parse_date(text)) == iso
    assert parse_date(text).precision == Precision.DAY


@pytest.mark.parametrize("text, start, end, precision, iso", [
    ("June 2023", "2023-06-01", "2023-06-30", Precision.MONTH, "2023-06"),
    ("in June 2023", "2023-06-01", "2023-06-30", Precision.MONTH, "2023-06"),
    ("Sept. 2017", "2017-09-01", "2017-09-30", Precision.MONTH, "2017-09"),
    ("2022-02", "2022-02-01", "2022-02-28", Precision.MONTH, "2022-02"),
    ("mid-June 2023", "2023-06-11", "2023-06-20", Precision.MID_MONTH, "2023-06"),
    ("end of June 2021", "2021-06-21", "2021-06-30", Precision.END_OF_MONTH, "2021-06-30"),
    ("end of 2023", "2023-12-01", "2023-12-31", Precision.END_OF_YEAR, "2023-12-31"),
    ("by the end of 2023", "2023-12-01", "2023-12-31", Precision.END_OF_YEAR, "2023-12-31"),
    ("early 2024", "2024-01-01", "2024-12-31", Precision.YEAR, "2024"),
    ("2015", "2015-01-01", "2015-12-31", Precision.YEAR, "2015"),
    ("first quarter of 2024", "2024-01-01", "2024-03-31", Precision.QUARTER, "2024-Q1"),
    ("23 to 24 March 2019", "2019-03-23", "2019-03-24", Precision.DAY,
     "2019-03-23/2019-03-24"),
])
def test_coarser_precisions_never_invent_a_day(text, start, end, precision, iso):
    value = parse_date(text)
    assert value == DateValue(date.fromisoformat(start), date.fromisoformat(end), precision)
    assert to_iso(value) == iso


def test_a_missing_year_stays_missing_without_context():
    assert parse_date("Dec. 01") is None
    assert parse_date("October 31") is None
    assert to_iso(parse_date("Dec. 01", context_year=2023)) == "2023-12-01"
    assert to_iso(parse_date("mid-August", context_year=2017)) == "2017-08"


def test_missing_year_from_the_anchor():
    adoption = date(2020, 12, 22)
    assert to_iso(parse_date("Dec 23", anchor=adoption, context_year=2021)) == "2020-12-23"
    assert to_iso(parse_date("30 November", anchor=adoption)) == "2020-11-30"
    # forward-looking qualifiers move a passed day into the next year
    assert to_iso(parse_date("until 31 January", anchor=adoption)) == "2021-01-31"
    # a bare month is the latest such month on or before the anchor
    assert to_iso(parse_date("in September", anchor=date(2013, 4, 25))) == "2012-09"
    assert to_iso(parse_date("January", anchor=date(2013, 4, 25))) == "2013-01"
    assert to_iso(parse_date("by July", anchor=date(2013, 8, 1))) == "2014-07"


def test_invalid_days_are_not_dates():
    assert parse_date("31 June 2023") is None
    assert parse_date("29 February 2023") is None
    assert to_iso(parse_date("29 February 2024")) == "2024-02-29"


# --- qualifiers, kinds and spans ----------------------------------------------

@pytest.mark.parametrize("text, kind, qualifier, iso", [
    ("until 30 June 2024", "until", "until", "2024-06-30"),
    ("as of June 30 2023", "as_of", "as of", "2023-06-30"),
    ("by 31 December 2023", "by", "by", "2023-12-31"),
    ("no later than 1 March 2025", "by", "no later than", "2025-03-01"),
    ("on 1 July 2023", "on", "on", "2023-07-01"),
    ("from 1 January 2024", "from", "from", "2024-01-01"),
    ("with effect from 1 January 2024", "from", "from", "2024-01-01"),
    ("for a final period until 31 December 2023", "until", "until", "2023-12-31"),
    ("in June 2023", "date", None, "2023-06"),
    ("2024-12-20", "date", None, "2024-12-20"),
])
def test_qualified_expressions(text, kind, qualifier, iso):
    expression = only(f"The Council decides, {text}, to act.")
    assert (expression.text, expression.kind, expression.qualifier) == (text, kind, qualifier)
    assert to_iso(expression.value) == iso
    assert expression.anchor_used is None


@pytest.mark.parametrize("text, kind, period", [
    ("for a period of 12 months", "period", Period(12, "month", "duration")),
    ("for an initial period of twelve months", "period", Period(12, "month", "duration")),
    ("for a further period of eighteen months", "period", Period(18, "month", "duration")),
    ("for a period of twenty-four months", "period", Period(24, "month", "duration")),
    ("for a final two-month period", "period", Period(2, "month", "duration")),
    ("for one year", "period", Period(1, "year", "duration")),
    ("within 90 days", "within", Period(90, "day", "deadline")),
    ("within one year", "within", Period(1, "year", "deadline")),
    ("every 90 days", "every", Period(90, "day", "recurring")),
    ("every six months", "every", Period(6, "month", "recurring")),
])
def test_periods(text, kind, period):
    expression = only(f"Requests a report {text} thereafter.")
    assert (expression.text, expression.kind, expression.period) == (text, kind, period)


def test_within_resolves_to_a_deadline_with_an_anchor():
    expression = only("report within 90 days", anchor=date(2023, 6, 30))
    assert expression.value == day("2023-09-28")
    assert expression.anchor_used == "anchor"


def test_until_an_event_is_open_ended():
    expression = only("until its final departure, the Mission is authorized to")
    assert expression.text == "until its final departure"
    assert expression.kind == "event"
    assert expression.qualifier == "until"
    assert expression.value == DateValue(None, None, Precision.OPEN)
    assert to_iso(expression.value) is None


def test_spans_in_a_paragraph():
    text = ("Decides to extend the mandate of MINUSCA until 15 November 2024, "
            "requests a report every four months, and, from 1 July to 31 December 2024, "
            "a reduced ceiling; recalling resolution 2690 (2023) and S/2023/480 and the "
            "2020 and 2021 coups, with 13,289 military personnel.")
    found = find_dates(text)
    assert [e.text for e in found] == ["until 15 November 2024", "every four months",
                                       "from 1 July", "to 31 December 2024", "2020", "2021"]
    for expression in found:
        assert text[expression.start:expression.end] == expression.text
    assert [to_iso(e.value) for e in found] == ["2024-11-15", None, "2024-07-01", "2024-12-31",
                                                "2020", "2021"]
    assert found[2].anchor_used == "neighbour"  # year borrowed from the date that follows
    assert found[3].kind == "until"


def test_words_that_are_not_dates():
    for text in ["Member States may 5 times", "They will March on the capital.",
                 "the Mouvement du 23 Mars (M23)", "the 23 March Movement",
                 "up to 2000 troops", "resolution 2024 (2012)", "document S/2023/480",
                 "according to the year", "for years"]:
        assert find_dates(text) == [], text


def test_attributive_dates_are_not_deadlines():
    found = find_dates("according to the February 2020 report")
    assert [(e.text, e.kind) for e in found] == [("February 2020", "date")]


# --- relative expressions and anchors -----------------------------------------

def test_weekdays_need_an_anchor():
    assert parse_date("Friday") is None
    assert parse_date("on Monday") is None
    expression = only("The Council voted on Friday.")
    assert (expression.text, expression.kind, expression.value) == ("on Friday", "on", None)


def test_weekday_before_a_publication_date():
    published = date(2023, 7, 3)  # a Monday
    assert parse_date("on Friday", anchor=published) == day("2023-06-30")
    assert parse_date("Monday", anchor=published) == day("2023-07-03")
    assert parse_date("next Saturday", anchor=published) == day("2023-07-08")
    assert parse_date("last Monday", anchor=published) == day("2023-06-26")
    assert parse_date("Wednesday", anchor=published, weekday_direction="future") \
        == day("2023-07-05")
    expression = only("said on Friday", anchor=published)
    assert expression.anchor_used == "anchor"


def test_weekday_near_an_event_date():
    adopted = date(2024, 1, 30)  # a Tuesday; reports come out that day or the next
    assert parse_date("on Tuesday", anchor=adopted, anchor_kind="event") == day("2024-01-30")
    assert parse_date("on Wednesday", anchor=adopted, anchor_kind="event") == day("2024-01-31")
    # the nearest such day, three days either way
    assert parse_date("on Friday", anchor=adopted, anchor_kind="event") == day("2024-02-02")
    assert parse_date("on Saturday", anchor=adopted, anchor_kind="event") == day("2024-01-27")


def test_deictic_days():
    anchor = date(2019, 8, 29)
    assert parse_date("today", anchor=anchor) == day("2019-08-29")
    assert parse_date("this afternoon", anchor=anchor) == day("2019-08-29")
    assert parse_date("yesterday", anchor=anchor) == day("2019-08-28")
    assert parse_date("yesterday", anchor=anchor, anchor_kind="event") == day("2019-08-29")
    assert parse_date("today") is None


def test_relative_months_and_years():
    anchor = date(2023, 12, 1)
    assert to_iso(parse_date("last month", anchor=anchor)) == "2023-11"
    assert to_iso(parse_date("next month", anchor=anchor)) == "2024-01"
    assert to_iso(parse_date("last year", anchor=anchor)) == "2022"
    assert to_iso(parse_date("by the end of the year", anchor=anchor)) == "2023-12-31"
    assert parse_date("by the end of the year", anchor=anchor).precision == Precision.END_OF_YEAR
    assert to_iso(parse_date("30 April next year", anchor=anchor)) == "2024-04-30"
    assert to_iso(parse_date("31 December this year", anchor=anchor)) == "2023-12-31"
    assert parse_date("next year") is None
    assert parse_date("last week", anchor=anchor) is None  # no week precision: say nothing


def test_bad_options_are_refused():
    with pytest.raises(ValueError):
        parse_date("Friday", anchor=date(2023, 1, 1), anchor_kind="crawl")
    with pytest.raises(ValueError):
        find_dates("Friday", weekday_direction="sideways")


# --- periods ----------------------------------------------------------------

@pytest.mark.parametrize("start, period, end", [
    ("2013-07-01", Period(12, "month", "duration"), "2014-06-30"),
    ("2013-07-01", Period(1, "year", "duration"), "2014-06-30"),
    ("2023-07-01", Period(6, "month", "duration"), "2023-12-31"),
    ("2023-07-01", Period(90, "day", "duration"), "2023-09-28"),
    ("2023-08-31", Period(6, "month", "duration"), "2024-02-29"),  # no 31 February
    ("2023-06-30", Period(90, "day", "deadline"), "2023-09-28"),
    ("2023-06-30", Period(3, "month", "recurring"), "2023-09-30"),
    ("2023-06-30", Period(2, "week", "deadline"), "2023-07-14"),
])
def test_resolve_period(start, period, end):
    assert resolve_period(date.fromisoformat(start), period) == date.fromisoformat(end)


# --- properties ---------------------------------------------------------------

DAYS = st.dates(min_value=date(1945, 1, 1), max_value=date(2099, 12, 31))
# News-agency abbreviations: short months are spelled out, September is "Sept."
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec."]
STYLES = [
    lambda d: f"{d.day} {d:%B} {d.year}",
    lambda d: f"{d:%B} {d.day}, {d.year}",
    lambda d: f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{d:%b} {d.day:02d} {d.year}",
    lambda d: f"{d:%A}, {d.day} {d:%B} {d.year}",
    lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    lambda d: f"{d:%Y%m%d}",
    lambda d: d.isoformat(),
    lambda d: f"until {d.day} {d:%B} {d.year}",
]


@given(DAYS, st.sampled_from(STYLES))
def test_any_day_in_any_style_parses_to_that_day(d, style):
    assert parse_date(style(d)) == DateValue.of_day(d)


@given(DAYS, st.sampled_from(STYLES))
def test_find_dates_spans_cover_the_whole_expression(d, style):
    written = style(d)
    text = f"The Council met. It decided, {written}, to act."
    found = find_dates(text)
    assert len(found) == 1
    assert found[0].text == written
    assert found[0].value == DateValue.of_day(d)


@given(DAYS, st.sampled_from(["day", "range", "month", "year"]))
def test_to_iso_round_trips(d, shape):
    if shape == "day":
        value = DateValue.of_day(d)
    elif shape == "range":
        value = DateValue(d, d + timedelta(days=3), Precision.DAY)
    elif shape == "month":
        value = DateValue.of_month(d.year, d.month)
    else:
        value = DateValue.of_year(d.year)
    assert parse_date(to_iso(value)) == value


# --- the accuracy gate ----------------------------------------------------------

@pytest.mark.shared
def test_gold_accuracy_does_not_regress():
    if not GOLD.exists():
        pytest.skip(f"needs {GOLD} (the project's ../shared folder is not here)")
    from mandates.extract.dates_eval import evaluate_dates

    baseline = json.loads(BASELINE.read_text())
    digest = hashlib.sha256(GOLD.read_bytes()).hexdigest()
    assert digest == baseline["gold_sha256"], (
        "the gold file changed: re-measure with benchmarks/bench_dates.py and re-pin "
        "tests/baselines/dates.json")
    result = evaluate_dates(GOLD, repeat=1)
    assert result["accuracy"] >= baseline["accuracy_floor"], result["errors"]


@pytest.mark.parametrize("text, iso", [
    # relative months: strictly before / after the anchor's month (anchor 29 October 2022)
    ("Last October, the council voted 13-0.", "2021-10"),
    ("last March, when the council renewed it", "2022-03"),
    ("It will report next February.", "2023-02"),
    ("next October", "2023-10"),
    ("this June", "2022-06"),
    # a month on its own: the clause's own verb says ahead or back
    ("in May, the mission will report", "2023-05"),
    ("The mandate expires in March", "2023-03"),
    ("It extended the mandate in June.", "2022-06"),
    ("set up by the council in June, is to support", "2022-06"),
    ("nearly all of them had arrived by the end of May", "2022-05-31"),
    ("if the parties had not complied by the beginning of May, it would review", "2023-05"),
    # French and Spanish
    ("fin juillet", "2022-07-31"),
    ("a finales de octubre", "2022-10-31"),
    ("en février, le Conseil examinera", "2023-02"),
    ("l'an dernier", "2021"),
    ("l'année prochaine", "2023"),
    ("el año pasado", "2021"),
    ("NACIONES UNIDAS, 30 abr (Agencia)", "2022-04-30"),
])
def test_relative_months_and_foreign_phrasings(text, iso):
    found = find_dates(text, anchor=date(2022, 10, 29))
    assert found and to_iso(found[0].value) == iso, [(e.text, e.value) for e in found]


def test_foreign_month_names_alone_are_still_not_dates():
    assert find_dates("la Fundación Mayo y el grupo Marzo", anchor=date(2022, 10, 29)) == []
