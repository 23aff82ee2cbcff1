"""What a report says a resolution does to a mission: the action (establish,
extend, terminate, a failed vote), the dates with their qualifiers (mandate
until, terminated as of, withdrawal by, authorities until), the mandate's
period, ceilings (not strength figures that look like them) and when the
mission was first deployed.

Each date is read by the cue nearest before it in its clause: "authorized to
… until 30 September" is an authority's sunset, "completing this process by
31 December" a withdrawal deadline, "extended … until 30 June 2024" the
mandate's end.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..extract.dates import Precision, TemporalExpression, to_iso
from ..missions import Registry
from .model import Fact, Span, When
from .sentences import Sentence

ACTION_CUES = (
    ("fail", re.compile(r"\bfail(?:ed|s)?\s+to\s+(?:adopt|pass|renew|extend|win|secure)|\bvetoe?d\b|\bveto(?:es)?\b"
                        r"|\bwas\s+not\s+adopted|\bdid\s+not\s+pass|\bfell\s+short\s+of|\bblocked\b|\brejected\b", re.I)),
    ("terminate", re.compile(r"\bterminat(?:e|es|ed|ing|ion)\b|\b(?:to\s+|voted\s+to\s+|decided\s+to\s+)?end(?:s|ed|ing)?\s+(?:(?:its|the|a|their)\s+)?"
                             r"(?:[\w.-]+\s+){0,5}?(?:mission|mandate|operation|presence|force)\b|\bclos(?:e|es|ed|ing|ure\s+of)\s+(?:its|the)\s+"
                             r"(?:\w+\s+){0,3}?(?:mission|operation)\b|\bshut(?:s|ting)?\s+down\b|\bwind(?:s|ing)?\s+down\b"
                             r"|\bwithdraw(?:al\s+of)?\s+(?:its|the)\s+(?:\w+\s+){0,2}?mission\b|\bpull(?:s|ed|ing)?\s+the\s+plug\b"
                             r"|\bbring(?:s|ing)?\s+to\s+an\s+end\b|\bbrought\s+to\s+an\s+end\b", re.I)),
    ("establish", re.compile(r"\bestablish(?:es|ed|ing)?\b|\bcreat(?:e|es|ed|ing)\s+(?:a|the)\s+(?:new\s+)?(?:\w+\s+){0,4}?"
                             r"(?:mission|force|operation|office)\b|\bset(?:s|ting)?\s+up\s+(?:a|the)\s+(?:new\s+)?\b"
                             r"|\blaunch(?:es|ed|ing)?\s+(?:a|the)\s+(?:new\s+)?(?:\w+\s+){0,3}?(?:mission|force|operation)\b"
                             r"|\bauthori[sz](?:es|ed|ing)\s+(?:the\s+)?(?:deployment|creation)\s+of\s+a\s+new\b", re.I)),
    ("extend", re.compile(r"\bextend(?:s|ed|ing)?\b|\bextension\b|\brenew(?:s|ed|ing|al)?\b|\bprolong(?:s|ed|ing)?\b"
                          r"|\broll(?:s|ed)?\s+over\b|\brollover\b|\bfor\s+(?:another|a\s+further)\s+(?:year|\w+\s+months?)\b", re.I)),
)
COUNCIL_CONTEXT = re.compile(r"\b(?:council|resolution|vot(?:e|ed|es|ing)|adopt\w*|unanimous\w*|draft|text|members)\b", re.I)
_HISTORY = re.compile(r"\b(?:in|since)\s+(?:19|20)\d\d\b|\bpreviously\b|\bearlier\b|\bfirst\b|\bwas\s+(?:deployed|established|created|set\s+up)\b", re.I)

# Cues that say what a date in the same clause is.
DATE_CUES = (
    ("authorization", re.compile(r"\bauthori[sz](?:e|es|ed|ing|ation|ations)\b|\bpermit(?:s|ted)?\b|\ballow(?:s|ed|ing)?\b"
                                 r"|\bmay\s+(?:continue|still)\b|\bcan\s+continue\b|\bis\s+to\s+continue\b|\bmandated\s+to\b", re.I)),
    ("withdrawal_deadline", re.compile(r"\bwithdraw(?:al|n|s|ing)?\b|\bdraw\s*-?\s*down\b|\bdepart(?:ure|s|ed)?\b|\bleave\b|\bleaving\b"
                                       r"|\bpull(?:ed|ing)?\s+out\b|\bexit\b|\bcomplet(?:e|ed|ing|ion)\b|\bcessation\b|\brepatriat\w*\b"
                                       r"|\bwound\s+down\b|\bwind(?:ing)?\s+down\b", re.I)),
    ("terminated_on", re.compile(r"\bterminat(?:e|es|ed|ing|ion)\b|\bend(?:s|ed)?\s+(?:its|the)\s+(?:\w+\s+){0,3}?mandate\b"
                                 r"|\bmandate\s+(?:ends|ended|expires|expired|will\s+end|lapses)\b|\bto\s+end\b|\bvoted\s+to\s+end\b"
                                 r"|\bclos(?:e|ed|ure)\b", re.I)),
    ("mandate_until", re.compile(r"\bextend(?:s|ed|ing)?\b|\bextension\b|\brenew(?:s|ed|ing|al)?\b|\bprolong(?:s|ed|ing)?\b"
                                 r"|\broll(?:s|ed)?\s+over\b|\bfinal\s+period\b|\bfor\s+(?:another|a\s+further)\b"
                                 r"|\bmandate\s+(?:runs|will\s+run|continues|lasts)\b", re.I)),
    ("liquidation", re.compile(r"\bliquidat\w*\b", re.I)),
)
_AUTHORIZED_AFTER = re.compile(r"\s*,\s*(?:[\w’'.-]+\s+){0,4}?(?:is|are|shall\s+be|will\s+be|remains?)\s+"
                               r"(?:also\s+)?(?:authori[sz]ed|permitted|allowed)\s+to\s+", re.I)
_COMPLETE_AFTER = re.compile(r"\s*,?\s*to\s+(?:complete|finish|carry\s+out)\s+(?:its\s+|the\s+)?(?:\w+\s+){0,2}?"
                             r"(?:withdrawal|drawdown|departure|exit)|\s*,?\s*to\s+(?:withdraw|leave|depart|pull\s+out)", re.I)
_PERIOD = re.compile(r"\bfor\s+(?:a\s+(?:final\s+|further\s+)?period\s+of\s+|another\s+|a\s+further\s+|an\s+additional\s+|a\s+final\s+)?"
                     r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|a|an)?"
                     r"[-\s]*(?P<unit>year|month)s?\b", re.I)
_PERIOD_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty-four": 24}

# Ceilings: numbers with a unit next to a ceiling cue, not strength figures.
_NUMBER = r"(?P<num>\d{1,3}(?:[,. \u00a0\u202f]\d{3})+|\d{3,6})"
_UNIT = (r"(?P<unit>(?:formed\s+)?police(?:\s+(?:personnel|officers|unit\s+personnel|units?))?|individual\s+police(?:\s+officers)?"
         r"|(?:military\s+)?troops|soldiers|military(?:\s+personnel|\s+contingent\s+personnel)?|uniformed\s+personnel"
         r"|(?:military\s+)?observers|peacekeepers|blue\s+helmets|personnel)")
_CEILING_NUMBER = re.compile(_NUMBER + r"\s*(?:-\s*strong\s+)?(?:additional\s+)?" + _UNIT + r"\b", re.I)
_CEILING_CUE = re.compile(r"\bup\s+to\b|\bceilings?\b|\bcap(?:s|ped|ping)?\b|\bmaximum\b|\bauthori[sz]ed\s+(?:strength|level|troop)"
                          r"|\bauthori[sz]es\s+(?:the\s+deployment\s+of\s+)?(?:up\s+to\s+)?\d|\bcomprise\b|\breduc(?:e|es|ed|ing)\b"
                          r"|\bincreas(?:e|es|ed|ing)\b|\blower(?:s|ed)?\b|\braise[sd]?\b|\bforce\s+levels?\b|\btroop\s+levels?\b|\bno\s+more\s+than\b", re.I)
_STRENGTH_BEFORE = re.compile(r"(?:more\s+than|nearly|almost|some|about|around|over|approximately|roughly|currently|still|its|of\s+its"
                              r"|out\s+of\s+an?\s+authori[sz]ed|an?\s+authori[sz]ed|had|has|with|the|least)\s*$", re.I)
_STRENGTH_AFTER = re.compile(r"^\s*(?:-\s*strong|strong|(?:\w+\s+){0,3}(?:currently\s+)?(?:deployed|serving|on\s+the\s+ground|in\s+the\s+country|"
                             r"stationed|present|remain|are\s+still))", re.I)
_DEPLOYED = re.compile(r"\b(?:was|were|had\s+been|has\s+been|been|first)\s+(?:first\s+)?(?:deployed|established|created|set\s+up|launched"
                       r"|sent|formed)\s+(?:\w+\s+){0,3}?in\s+(?P<year>(?:19|20)\d\d)\b"
                       r"|\b(?:deployed|present|operating|stationed)\s+(?:\w+\s+){0,3}?since\s+(?P<since>(?:19|20)\d\d)\b"
                       r"|\b(?:established|created|set\s+up)\s+in\s+(?P<year2>(?:19|20)\d\d)\b", re.I)
_HOST_MISSION = re.compile(r"\b(?:peacekeeping|peace[-\s]keeping|stabili[sz]ation|political|UN|U\.N\.|United\s+Nations)\s+"
                           r"(?:mission|force|operation|presence)\s+in\s+(?:the\s+)?(?P<country>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})")
_COUNTRY_MISSION = re.compile(r"\b(?P<country>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+(?:[Pp]eacekeeping|[Pp]eace[-\s]keeping|UN|U\.N\.)"
                              r"\s+(?:[Mm]ission|[Ff]orce|[Oo]peration)\b")


@dataclass(frozen=True)
class MissionMention:
    acronym: str
    start: int
    end: int
    text: str


def find_missions(text: str, registry: Registry, hint: str | None = None,
                  title: str | None = None) -> tuple[list[str], list[MissionMention]]:
    """The missions a report names (UN missions first, most named first), and
    every mention. A mission named only as "its peacekeeping mission in Mali"
    is found through its host country."""
    mentions = [MissionMention(m.mission.acronym, m.start, m.end, m.matched) for m in registry.find_in_text(text)]
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m.acronym] = counts.get(m.acronym, 0) + 1
    for pattern in (_HOST_MISSION, _COUNTRY_MISSION):
        for source in (text, title or ""):
            for m in pattern.finditer(source):
                mission = _mission_in(registry, m.group("country"), counts)
                if mission is not None:
                    if source is text:
                        mentions.append(MissionMention(mission, m.start(), m.end(), m.group()))
                    counts[mission] = counts.get(mission, 0) + 1
    if hint:
        found = registry.find(hint.strip())
        if found is not None:
            counts[found.acronym] = counts.get(found.acronym, 0) + 100  # the header says so
    first_seen = {}
    for m in sorted(mentions, key=lambda x: x.start):
        first_seen.setdefault(m.acronym, m.start)

    def rank(acronym: str):
        mission = registry.get(acronym)
        return (not mission.un_mission, -counts[acronym], first_seen.get(acronym, 10**9))

    return sorted(counts, key=rank), sorted(mentions, key=lambda x: x.start)


def _mission_in(registry: Registry, country: str, known: dict[str, int]) -> str | None:
    """The UN peace operation hosted by ``country``: one the text already names,
    else the most recent."""
    words = country.split()
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size])
        hosted = [m for m in registry.all() if m.un_mission and m.host_country.name.lower() == name.lower()
                  and m.kind in ("peacekeeping", "special_political")]
        if hosted:
            named = [m for m in hosted if m.acronym in known]
            if named:
                return named[0].acronym
            peacekeeping = [m for m in hosted if m.kind == "peacekeeping"] or hosted
            return sorted(peacekeeping, key=lambda m: m.start or "")[-1].acronym
    return None


def when_of(e: TemporalExpression) -> When:
    value = e.value
    return When(iso=to_iso(value), start=value.start if value else None, end=value.end if value else None,
                precision=value.precision if value else None, text=e.text, qualifier=e.qualifier,
                anchor_used=e.anchor_used)


def _clause_start(text: str, sentence: Sentence, position: int) -> int:
    """Where the clause holding ``position`` starts: the sentence start or the
    last semicolon, dash or "while"/"whereas" before it."""
    head = text[sentence.start:position]
    cut = max((m.end() for m in re.finditer(r";|\s[—–]\s|\bwhile\b|\bwhereas\b|\bbut\b", head)), default=0)
    return sentence.start + cut


def sentence_mission(mentions: list[MissionMention], sentence: Sentence, primary: str | None) -> str | None:
    for m in mentions:
        if sentence.start <= m.start < sentence.end:
            return m.acronym
    return primary


def read_action(text: str, sentences: list[Sentence], mentions: list[MissionMention], primary: str | None,
                title: str | None, fail_spans: list[tuple[int, int]]) -> list[Fact]:
    """The Council's action for each mission: from the first sentence (the title
    first) that reports a Council decision with an action word."""
    found: dict[str, Fact] = {}
    candidates: list[tuple[str, int, int, str | None, bool]] = []  # (chunk, start, end, mission, in_title)
    if title:
        candidates.append((title, -1, -1, primary, True))
    for s in sentences:
        candidates.append((s.text, s.start, s.end, None, False))
    for chunk, start, end, mission, in_title in candidates:
        if not in_title and not COUNCIL_CONTEXT.search(chunk):
            continue
        for action, pattern in ACTION_CUES:
            m = pattern.search(chunk)
            if not m:
                continue
            if action == "establish" and _HISTORY.search(chunk[m.start():m.end() + 40]):
                continue  # "was established in 2013": history, not this decision
            if action == "extend" and re.search(r"\bextend(?:s|ed|ing)?\s+(?:its\s+)?(?:support|assistance|help|condolences|thanks)", chunk, re.I):
                continue
            if action == "fail" and not in_title and not any(start <= a < end for a, _ in fail_spans) \
                    and not re.search(r"\bvot|\bdraft|\bresolution", chunk, re.I):
                continue
            if in_title:
                target = primary
                span = Span(0, 0, chunk[m.start():m.end()])
            else:
                sentence = next(s for s in sentences if s.start == start)
                target = sentence_mission(mentions, sentence, primary)
                span = Span(start + m.start(), start + m.end(), m.group())
            if target is None or target in found:
                break
            found[target] = Fact("action", action, action, span, mission=target)
            break
        if primary is not None and primary in found:
            # The lead decides the primary mission's action; later sentences only
            # add missions the lead did not cover.
            continue
    return list(found.values())


def read_dates(text: str, sentences: list[Sentence], dates: list[TemporalExpression],
               mentions: list[MissionMention], primary: str | None) -> list[Fact]:
    """Mandate end dates, termination dates, withdrawal deadlines and
    authorities' sunsets, each by the cue nearest before it in its clause."""
    facts: list[Fact] = []
    for s in sentences:
        for e in dates:
            if not (s.start <= e.start < s.end) or e.value is None and e.kind != "period":
                continue
            if e.kind not in ("until", "by", "as_of", "from", "on", "date", "period"):
                continue
            if e.value is not None and e.value.precision in (Precision.OPEN, Precision.UNKNOWN):
                continue
            clause_start = _clause_start(text, s, e.start)
            before = text[clause_start:e.start]
            field, cue_end = _cue(before)
            fronted = _AUTHORIZED_AFTER.match(text, e.end, s.end) if e.kind == "until" else None
            if fronted is not None:
                # "Until 30 September 2023, the Mission is authorized to …": the date leads.
                field = "authorization"
            mission = sentence_mission(mentions, s, primary)
            if e.kind == "period":
                if field == "mandate_until" and mission is not None and e.period and e.period.unit in ("month", "year"):
                    months = e.period.amount * (12 if e.period.unit == "year" else 1)
                    facts.append(Fact("mandate_period", f"{months} months", f"{months} months",
                                      Span(e.start, e.end, e.text), mission=mission))
                continue
            if field is None:
                continue
            if field == "authorization" and e.kind not in ("until", "by"):
                continue
            if field == "authorization" and fronted is None and _CEILING_NUMBER.search(text[clause_start + cue_end:e.start]):
                continue  # "authorized troop ceiling will comprise 13,500 … until 30 June": a ceiling's step
            if e.kind in ("until", "by") and _COMPLETE_AFTER.match(text, e.end):
                field = "withdrawal_deadline"  # "until the end of November to complete its withdrawal"
            if field == "withdrawal_deadline" and e.kind not in ("by", "until"):
                continue
            if field == "terminated_on" and e.kind not in ("as_of", "on", "from", "date", "by"):
                continue
            if field == "mandate_until" and e.kind not in ("until", "by"):
                continue
            if field == "liquidation":
                continue
            if e.value.precision == Precision.YEAR and e.kind in ("date",):
                continue
            when = when_of(e)
            detail = None
            if fronted is not None:
                detail = _authority_words(re.split(r",\s+(?:the\s+Council|it)\s+(?:decided|said)|;",
                                                   text[fronted.end():s.end])[0])
            elif field == "authorization":
                detail = _authority_words(text[clause_start + cue_end:e.start])
            facts.append(Fact(field, when.iso, e.text, Span(e.start, e.end, e.text), mission=mission,
                              when=when, detail=detail))
    return facts


def _cue(before: str) -> tuple[str | None, int]:
    """The field the last cue in ``before`` gives, and where that cue ends."""
    best: tuple[int, str | None, int] = (-1, None, 0)
    for field, pattern in DATE_CUES:
        for m in pattern.finditer(before):
            if m.start() > best[0]:
                best = (m.start(), field, m.end())
    return best[1], best[2]


def _authority_words(words: str) -> str:
    words = re.sub(r"^\s*(?:[A-Z][A-Za-z-]+\s+)?(?:to\s+)?", "", " ".join(words.split()))
    words = re.sub(r"[\s,;“”\"]+$", "", words)
    return words[:240]


def read_periods_and_ceilings(text: str, sentences: list[Sentence], mentions: list[MissionMention],
                              primary: str | None) -> list[Fact]:
    facts: list[Fact] = []
    for s in sentences:
        chunk = s.text
        if not _CEILING_CUE.search(chunk):
            continue
        mission = sentence_mission(mentions, s, primary)
        police_parts: list[tuple[int, Span]] = []
        for m in _CEILING_NUMBER.finditer(chunk):
            before = chunk[max(0, m.start() - 40):m.start()]
            after = chunk[m.end():m.end() + 40]
            if _STRENGTH_BEFORE.search(before) and not re.search(r"up\s+to\s*$|ceiling\s+(?:of|at)\s*$|to\s*$|of\s*$", before, re.I):
                continue
            if re.search(r"-\s*strong", m.group()) or _STRENGTH_AFTER.match(after):
                continue
            cue_window = chunk[max(0, m.start() - 120):m.start()]
            if not _CEILING_CUE.search(cue_window):
                continue
            value = int(re.sub(r"[,. \u00a0\u202f]", "", m.group("num")))
            if value < 10 or (1900 <= value <= 2100 and m.group("num").isdigit()):
                continue
            unit = m.group("unit").lower()
            span = Span(s.start + m.start(), s.start + m.end(), m.group())
            if "formed" in unit or "individual" in unit:
                police_parts.append((value, span))
                continue
            field = "ceiling.police" if "police" in unit else "ceiling.military"
            if unit in ("personnel", "uniformed personnel"):
                # "a troop ceiling of 17,000 personnel", "a police ceiling of 2,101 personnel"
                named = re.search(r"\b(troop|military|police)\s+(?:ceiling|strength|level)s?\s+(?:of|at)\s*$", before, re.I)
                if not named:
                    continue
                field = "ceiling.police" if named.group(1).lower() == "police" else "ceiling.military"
            if "observer" in unit:
                continue  # observers are neither of the two gold ceilings
            facts.append(Fact(field, value, f"{value:,}", span, mission=mission))
        if police_parts and not any(f.field == "ceiling.police" and s.start <= f.span.start < s.end for f in facts):
            total = sum(v for v, _ in police_parts)
            first, last = police_parts[0][1], police_parts[-1][1]
            facts.append(Fact("ceiling.police", total, f"{total:,}",
                              Span(first.start, last.end, text[first.start:last.end]), mission=mission,
                              detail="individual police and formed police units added up" if len(police_parts) > 1 else None))
    return facts


def read_deployment(text: str, sentences: list[Sentence], mentions: list[MissionMention],
                    primary: str | None) -> list[Fact]:
    facts = []
    for s in sentences:
        for m in _DEPLOYED.finditer(s.text):
            year = int(m.group("year") or m.group("since") or m.group("year2"))
            mission = sentence_mission(mentions, s, primary)
            if mission is None:
                continue
            if re.search(r"\b(?:council|resolution)\b", s.text[:m.start()], re.I) and not re.search(
                    r"\b(?:mission|MINUS|MONUSCO|UN\w+)\b", s.text[:m.start()]):
                continue
            span = Span(s.start + m.start(), s.start + m.end(), m.group())
            facts.append(Fact("deployed", str(year), f"in {year}" if m.group("year") or m.group("year2") else f"since {year}",
                              span, mission=mission))
    return facts
