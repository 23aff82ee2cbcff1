"""How reports phrase votes, numbers, dates and ceilings, read into the gold
format (`predict`): one case per phrasing, grouped by the kind of mistake it
guards against (no database)."""
from __future__ import annotations

import datetime as dt

import pytest

from mandates.records import ReportText
from mandates.reports.evaluate import predict
from mandates.reports.read import read_report


def gold_view(text: str, published: dt.date | None = None, mission: str | None = None, language: str | None = None):
    reading = read_report(ReportText(origin="t.txt", format="text", text=text, published_on=published,
                                     published_from="test" if published else None, mission_hint=mission,
                                     language=language))
    view = predict(reading)
    resolution = view["resolutions"][0]
    missions = {m["acronym"]: m for m in view["missions"]}
    return resolution, missions, reading


def members(names):
    return None if names is None else sorted(names)


# --- 1. unanimity: said, implied by the count, or recalled from an earlier vote ------------------

@pytest.mark.parametrize("text, unanimous", [
    ("The Security Council on Thursday renewed UNIFIL by 13 votes in favour, with China and Russia abstaining.", False),
    ("The council voted 13-0-2 to extend UNIFIL. The previous renewal was adopted unanimously.", False),
    ("The council voted 13-0-2 to extend UNIFIL. Resolution 2650 (2022) passed 15-0 last year.", False),
    ("The council extended UNIFIL by 13 votes to none with two abstentions, unlike last year, when the text "
     "was adopted unanimously.", False),
    ("Last August the council had unanimously renewed UNIFIL. This time it voted 13-0, with two abstentions.", False),
    ("The council renewed UNIFIL with all 15 members voting in favour.", True),
    ("The text renewing UNIFIL was adopted by all 15 members of the council.", True),
    ("The council renewed UNIFIL 15-0.", True),
    ("Russia vetoed the draft extending UNIFIL.", False),
    ("Mozambique and Russia abstained, as they did last year, and the council renewed MINURSO.", False),
    ("In contrast to last year's unanimous vote, China and Russia abstained on Thursday as the council renewed UNIFIL.",
     False),
    ("Unlike last year, when China and Russia abstained, the text renewing UNIFIL passed unanimously.", True),
    ("China and Russia, which abstained last year, voted in favour this time, and the council renewed UNIFIL "
     "unanimously.", True),
    ("The previous renewal was adopted unanimously, and the council voted 13-0-2 to extend UNIFIL.", False),
    # times of events in the vote's sentence are not recalled votes
    ("The council renewed MINUSMA unanimously after the coup last year.", True),
    ("The council voted unanimously to extend MINUSMA two weeks before its mandate expired.", True),
    ("Le Conseil a prorogé à l'unanimité le mandat de la MINUSMA, dans les mêmes conditions que le mandat précédent.",
     True),
])
def test_unanimity(text, unanimous):
    resolution, _, _ = gold_view(text)
    assert resolution.get("unanimous") is unanimous


def test_unanimous_says_nobody_abstained_or_voted_against():
    resolution, _, _ = gold_view("The Security Council unanimously extended UNFICYP until 31 January 2025.")
    assert resolution["vote"] == {"yes": 15, "no": 0, "abstain": 0}
    assert (resolution["abstaining"], resolution["voting_against"], resolution["vetoed"]) == ([], [], [])


def test_a_veto_says_who_voted_against():
    resolution, _, _ = gold_view("Russia on Monday vetoed a draft resolution on Mali sanctions. Thirteen members voted "
                                 "in favour and China abstained.")
    assert resolution["vetoed"] == ["Russian Federation"] and resolution["voting_against"] == ["Russian Federation"]
    assert resolution["vote"] == {"yes": 13, "no": 1, "abstain": 1} and resolution["abstaining"] == ["China"]


# --- 3. abstainers ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, abstaining", [
    ("The resolution was adopted 12-0, and the three African members (Gabon, Ghana and Kenya) abstained.",
     ["Gabon", "Ghana", "Kenya"]),
    ("The council adopted the text with Gabon, Ghana and Kenya abstaining.", ["Gabon", "Ghana", "Kenya"]),
    ("The council adopted the text 13-0. Abstaining were China and Russia.", ["China", "Russian Federation"]),
    ("The council adopted the text 13-0; the abstentions came from China and Russia.", ["China", "Russian Federation"]),
    ("The council adopted the text 13-0, and Russia and China chose to abstain.", ["China", "Russian Federation"]),
    ("The council adopted it with the Russian and Chinese delegations abstaining.", ["China", "Russian Federation"]),
    ("The council adopted resolution 2703 (2023) by 13 votes, with Mozambique and Russia abstaining. Last year "
     "Kenya and Russia abstained on resolution 2654 (2022).", ["Mozambique", "Russian Federation"]),
    ("El Consejo aprobó la resolución con 13 votos a favor. China y Rusia se abstuvieron.", ["China", "Russian Federation"]),
    ("Le Conseil a adopté le texte par 13 voix pour. La Chine et la Russie se sont abstenues.",
     ["China", "Russian Federation"]),
])
def test_abstainers(text, abstaining):
    resolution, _, _ = gold_view(text)
    assert members(resolution.get("abstaining")) == abstaining


# --- 4. counts in prose -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, vote", [
    ("The text received 14 votes in favor, while Russia abstained.", (14, 0, 1)),
    ("The council adopted it by 12 votes to none, with 3 abstentions.", (12, 0, 3)),
    ("The council adopted it 12-0 with three abstentions.", (12, 0, 3)),
    ("The council adopted it with 13 votes for, none against and two abstentions.", (13, 0, 2)),
    ("The resolution passed with 13 votes and two abstentions.", (13, 0, 2)),
    ("The vote was 13 to 0 with 2 abstentions.", (13, 0, 2)),
    ("Thirteen members voted for the resolution and two abstained.", (13, 0, 2)),
    ("The council adopted the text 14-0, with Algeria not participating.", (14, 0, 0)),
    ("The council approved the text by 12 votes in favour, with Mozambique and Russia abstaining; Algeria did not "
     "participate in the vote.", (12, 0, 2)),
    ("Le texte a été adopté par 12 voix pour, zéro contre et 3 abstentions.", (12, 0, 3)),
    ("La resolución fue aprobada con 12 votos a favor, ninguno en contra y 3 abstenciones.", (12, 0, 3)),
])
def test_counts(text, vote):
    resolution, _, _ = gold_view(text)
    assert tuple(resolution["vote"][k] for k in ("yes", "no", "abstain")) == vote


# --- 5. failed drafts and vetoes ------------------------------------------------------------------------

@pytest.mark.parametrize("text, vote, vetoed", [
    ("The United States on Friday vetoed a draft resolution to extend UNMIBH. Thirteen members voted in favour, "
     "the United States against, one abstention.", (13, 1, 1), ["United States"]),
    ("The draft extending the mission was vetoed by the United States.", None, ["United States"]),
    ("Fourteen members voted in favour of the draft, but the Russian Federation cast a negative vote.", (14, 1, 0),
     ["Russian Federation"]),
    ("Thirteen members voted against the United States, with one abstaining, and the draft failed.", (13, 1, 1),
     ["United States"]),
    ("The draft fell after Russia's veto.", None, ["Russian Federation"]),
    ("Le projet de résolution n'a pas été adopté, la Russie ayant opposé son veto.", None, ["Russian Federation"]),
    ("Le projet de résolution n'a pas été adopté en raison du vote négatif d'un membre permanent (Fédération de "
     "Russie). Il a recueilli 13 voix pour, une voix contre et une abstention (Chine).", (13, 1, 1),
     ["Russian Federation"]),
    ("El proyecto de resolución no fue aprobado debido al voto negativo de un miembro permanente (Federación de "
     "Rusia), con 13 votos a favor, 1 en contra y 1 abstención (China).", (13, 1, 1), ["Russian Federation"]),
])
def test_vetoes(text, vote, vetoed):
    resolution, _, _ = gold_view(text)
    assert resolution.get("vetoed") == vetoed and members(resolution.get("voting_against")) == vetoed
    if vote:
        assert tuple(resolution["vote"][k] for k in ("yes", "no", "abstain")) == vote
    assert resolution.get("unanimous") is False


@pytest.mark.parametrize("text, number", [
    ("The United States vetoed a draft that would have renewed the mission created by resolution 1031 (1995). "
     "The council had unanimously adopted resolution 1357 (2001) a year earlier.", None),
    ("The United States vetoed a draft resolution. The mission's mandate, last renewed when resolution 1357 (2001) "
     "was adopted unanimously, expires at midnight.", None),
    ("Russia vetoed draft resolution S/2023/638 on Mali sanctions, which were imposed by resolution 2374 (2017).",
     None),
    ("Russia vetoed a rival draft, and the council then adopted resolution 2719 (2023) unanimously.", 2719),
])
def test_a_failed_vote_has_no_resolution_number(text, number):
    resolution, _, reading = gold_view(text)
    assert resolution["number"] == number


# --- 6. ceilings ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, ceilings", [
    ("The council kept a troop ceiling of 17,000 and a police ceiling of 2,101 for UNMISS.",
     {"military": 17000, "police": 2101}),
    ("It establishes UNISFA with up to 4,200 military personnel and 50 police.", {"military": 4200, "police": 50}),
    ("The council decided UNISFA shall comprise a maximum of 4,200 military personnel and 50 police personnel.",
     {"military": 4200, "police": 50}),
    ("The council extended MINUSMA, whose remaining 1,240 military personnel must leave, and kept its ceiling at up to "
     "13,289 military personnel.", {"military": 13289}),
    ("The council extended UNMISS, which has some 17,000 peacekeepers in the country.", None),
    ("The council decided that the ceilings of MONUSCO will be reduced to 11,500 troops and 1,300 police.",
     {"military": 11500, "police": 1300}),
    ("The council reduced the authorized troop ceiling of UNOCI from 5,437 to 4,000 military personnel.",
     {"military": 4000}),
    ("The council cut the UNAMID troop ceiling from 15,845 to 11,395.", {"military": 11395}),
    ("The council will reduce UNMISS by 2,000 troops, to a ceiling of 13,000 troops.", {"military": 13000}),
    ("The resolution reduces the authorized ceiling for military personnel of MONUSCO from 13,500 to 11,500.",
     {"military": 11500}),
    ("MONUSCO's troop ceiling will be reduced to 11,500.", {"military": 11500}),
    ("MONUSCO's authorized troop ceiling will comprise 13,500 military personnel until 30 June 2024 and be reduced "
     "to 11,500 military personnel from 1 July 2024.", {"military": 13500}),
    ("Le Conseil a décidé que la MINUSCA compterait jusqu'à 14 400 militaires et 3 020 policiers.",
     {"military": 14400, "police": 3020}),
    ("El Consejo decidió que la MINURSO contará con un máximo de 1.275 efectivos militares y 50 policías.",
     {"military": 1275, "police": 50}),
])
def test_ceilings(text, ceilings):
    _, missions, reading = gold_view(text)
    found = next(iter(missions.values()), {}).get("ceilings") if missions else None
    assert found == ceilings, reading.facts


# --- 7. periods and rollovers ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, published, until", [
    ("The Security Council on Monday established UNISFA for a period of six months.", dt.date(2011, 6, 27),
     "2011-12-26"),
    ("The Security Council on Monday extended UNISFA for another six months.", dt.date(2011, 12, 19), "2012-06-18"),
    ("The Security Council on Monday extended UNISFA by six months.", dt.date(2011, 12, 19), "2012-06-18"),
    ("The Security Council on Monday agreed a six-month extension of UNISFA.", dt.date(2011, 12, 19), "2012-06-18"),
    ("The Security Council on Wednesday extended UNMISS until May 9 in a technical rollover.", dt.date(2025, 4, 30),
     "2025-05-09"),
    ("Le Conseil de sécurité a prorogé lundi le mandat de la FISNUA pour une période de six mois.",
     dt.date(2011, 12, 19), "2012-06-18"),
    ("El Consejo de Seguridad prorrogó el lunes por seis meses el mandato de la UNISFA.", dt.date(2011, 12, 19),
     "2012-06-18"),
])
def test_mandate_periods(text, published, until):
    _, missions, reading = gold_view(text, published)
    assert next(iter(missions.values())).get("mandate_until") == until, reading.facts


def test_a_rollover_takes_its_year_from_the_vote_not_from_history():
    _, missions, _ = gold_view("Resolution 2302 (2016), adopted unanimously, extends UNMISS until Aug. 12. South Sudan "
                               "became independent on 9 July 2011.")
    assert missions["UNMISS"]["mandate_until"] == "2016-08-12"


# --- 8. years of day-and-month dates ---------------------------------------------------------------------

@pytest.mark.parametrize("text, published, adopted", [
    ("On Dec. 21, the Security Council extended UNDOF until June 30.", dt.date(2024, 1, 3), "2023-12-21"),
    ("On 31 August, the Security Council extended UNIFIL.", dt.date(2023, 9, 4), "2023-08-31"),
    ("UNITED NATIONS, Sunday, Dec. 3 (Wire) - The Security Council voted on Friday to end UNITAMS. Its mandate runs "
     "until Dec. 3, 2024, and was set in resolution 2579 (2021).", None, "2023-12-01"),
    ("Press release SC/15341\n30 June 2023\n\nThe Security Council today decided to terminate MINUSMA.", None,
     "2023-06-30"),
    ("On 31 August, the Security Council extended UNIFIL for another year, until Aug. 31, 2024.", None, "2023-08-31"),
    ("On 30 April, the Security Council extended UNMISS until May 9, 2025, in a technical rollover.", None, "2025-04-30"),
    ("On 14 December 2016 the Security Council extended UNMISS until Jan. 31.", None, "2016-12-14"),
])

def test_years_of_dates(text, published, adopted):
    resolution, _, reading = gold_view(text, published)
    assert resolution.get("adopted_on") == adopted, (reading.anchor, reading.facts)


def test_a_deadline_after_the_vote_is_in_its_year_or_the_next():
    _, missions, _ = gold_view("On 14 December 2016 the Security Council extended UNMISS until Jan. 31.")
    assert missions["UNMISS"]["mandate_until"] == "2017-01-31"


# --- 10. and 11. withdrawals and authorities --------------------------------------------------------------

def test_a_withdrawal_from_one_region_is_not_the_missions():
    _, missions, _ = gold_view("The Council extended MONUSCO until 20 December 2024 and decided that the mission will "
                               "withdraw from South Kivu by 30 April 2024.")
    assert missions["MONUSCO"].get("withdrawal_deadline") is None
    _, missions, _ = gold_view("The Council asked UNAMID to complete its withdrawal from Darfur by 30 June 2021.")
    assert missions["UNAMID"].get("withdrawal_deadline") == "2021-06-30"


@pytest.mark.parametrize("text", [
    "The Council authorized UNOCI to use all necessary means until 30 April 2017.",
    "UNOCI may use all necessary means until 30 April 2017 to carry out its mandate, the Council decided.",
    "Le Conseil autorise l'ONUCI à user de tous les moyens nécessaires jusqu'au 30 avril 2017.",
])
def test_authorization_sunsets(text):
    _, missions, reading = gold_view(text)
    assert [a["until"] for a in missions["UNOCI"].get("authorizations") or []] == ["2017-04-30"], reading.facts


# --- 12. French and Spanish -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, number, action, until, vote", [
    ("Le Conseil de sécurité a prorogé aujourd'hui jusqu'au 30 juin 2024 le mandat de la MINUSMA, en adoptant à "
     "l'unanimité la résolution 2640 (2022).", 2640, "extend", "2024-06-30", (15, 0, 0)),
    ("Le Conseil de sécurité a décidé de mettre fin au mandat de la MINUSMA à compter du 30 juin 2023, en adoptant "
     "à l'unanimité la résolution 2690 (2023).", 2690, "terminate", None, (15, 0, 0)),
    ("Par 13 voix pour, zéro contre et 2 abstentions (Chine et Fédération de Russie), le Conseil a renouvelé "
     "jusqu'au 31 août 2024 le mandat de la FINUL par sa résolution 2695 (2023).", 2695, "extend", "2024-08-31", (13, 0, 2)),
    ("El Consejo de Seguridad prorrogó hasta el 31 de octubre de 2024 el mandato de la MINURSO al aprobar la "
     "resolución 2703 (2023) por 13 votos a favor, ninguno en contra y 2 abstenciones.", 2703, "extend", "2024-10-31",
     (13, 0, 2)),
    ("El Consejo de Seguridad decidió por unanimidad poner fin al mandato de la UNITAMS a partir del 3 de diciembre "
     "de 2023, mediante la resolución 2715 (2023).", 2715, "terminate", None, (15, 0, 0)),
    ("El Consejo de Seguridad estableció la MINUJUSTH mediante la resolución 2350 (2017), aprobada por unanimidad.",
     2350, "establish", None, (15, 0, 0)),
])
def test_french_and_spanish(text, number, action, until, vote):
    resolution, missions, reading = gold_view(text)
    mission = next(iter(missions.values()))
    assert resolution["number"] == number
    assert mission.get("action") == action and mission.get("mandate_until") == until, reading.facts
    assert tuple(resolution["vote"][k] for k in ("yes", "no", "abstain")) == vote


# --- day and month without a year, against the vote (deadlines) or the past (recalled events) -----------

def _day_of(text, anchor, kind="event"):
    import datetime as _dt
    from mandates.extract.dates import find_dates
    found = [e for e in find_dates(text, _dt.date.fromisoformat(anchor), anchor_kind=kind) if e.value]
    return found[0].value.start.isoformat()


@pytest.mark.parametrize("text, anchor, expected", [
    ("terminated as of 1 January", "2020-12-22", "2021-01-01"),
    ("the mandate expires on June 15", "2009-06-15", "2009-06-15"),
    ("from 1 May", "2016-04-28", "2016-05-01"),
    ("until 31 October", "2016-04-28", "2016-10-31"),
    ("by 30 June", "2016-07-01", "2017-06-30"),
    ("until 1 May of the following year", "2016-04-28", "2017-05-01"),
    ("until 30 April next year", "2016-04-28", "2017-04-30"),
])
def test_a_deadline_without_a_year_is_on_or_after_the_vote(text, anchor, expected):
    assert _day_of(text, anchor) == expected


@pytest.mark.parametrize("text, anchor, kind, expected", [
    ("On 3 December the government asked the Council to act.", "2016-06-10", "event", "2015-12-03"),
    ("The Council was told on 3 December that fighting had resumed.", "2016-07-01", "publication", "2015-12-03"),
    ("On 3 June the government asked the Council to act.", "2016-06-10", "event", "2016-06-03"),
])
def test_a_recalled_day_is_the_latest_on_or_before_the_anchor(text, anchor, kind, expected):
    assert _day_of(text, anchor, kind) == expected
