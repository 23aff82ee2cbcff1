"""Resolution numbers as reports write them, and which one a report is about.

Forms: "resolution 2690 (2023)", "Resolution 2483 of 2019", "UNSCR 2284",
"S/RES/2690 (2023)", "resolution 2584-2021", a number broken by a stray
space ("23 51 (2017)"), lists ("resolutions 2640 (2022) and 2690 (2023)").
Reports also name earlier resolutions ("its mandate under resolution 2640
(2022)", "recalling resolution 1701"): those are *recalled*, not the subject.
A number is the subject when an adoption or vote is near it, or when it is
the newest number of a text that names several; recall cues before it make
it recalled.
"""
from __future__ import annotations

import re

from .model import ResolutionRef, Span
from .resolution_text import resolution_body

_KEYWORD = (r"(?:(?:draft\s+)?resolutions?|res\.|UNSCR|SCR|S/RES/|Security\s+Council\s+resolution"
            r"|(?:projet\s+de\s+)?r[ée]solutions?|(?:proyecto\s+de\s+)?resoluci(?:ón|on|ones)"
            r"|(?:projeto\s+de\s+)?resolu[çc](?:ão|ao|ões|oes)|Resolutionen|Resolutionsentwurf)")
_NUMBER = r"(?P<num>\d{1,2}\s\d{2}(?=\s*\(\s*(?:19|20)\d\d\s*\))|\d{3,4})"
_YEAR = (r"(?:\s*\(\s*(?P<y1>(?:19|20)\d\d)\s*\)|\s+(?:of|de)\s+(?P<y2>(?:19|20)\d\d)\b"
         r"|-(?P<y3>(?:19|20)\d\d)\b|\s*/\s*(?P<y4>(?:19|20)\d\d)\b)?")
_SINGLE = re.compile(_KEYWORD + r"\s*(?:No\.?\s*|number\s+)?" + _NUMBER + _YEAR, re.I)
# Further numbers of a list: "resolutions 2640 (2022), 2690 (2023) and 2719 (2023)".
_MORE = re.compile(r"\s*(?:,|and|et|y|e|und|&|as\s+well\s+as)\s*(?:resolution\s+|r[ée]solution\s+|resoluci[óo]n\s+|resolu[çc][ãa]o\s+)?"
                   + _NUMBER + _YEAR, re.I)
_DRAFT = re.compile(r"\b(?:draft(?:\s+resolution)?|document|text|projet(?:\s+de\s+r[ée]solution)?|proyecto(?:\s+de\s+resoluci[óo]n)?)"
                    r"\s*\(?\s*(?P<sym>S/(?P<y>(?:19|20)\d\d)/(?P<n>\d{1,4}))", re.I)

_ADOPTION = re.compile(
    r"\b(?:adopt(?:s|ed|ing|ion)?|unanimous(?:ly)?|vot(?:e|ed|es|ing)|pass(?:ed|es|ing)?|approv(?:e|ed|es|ing)"
    r"|extend(?:s|ed|ing)?|renew(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|establish(?:es|ed|ing)?"
    r"|vetoed|failed|rejected|abstain(?:ed|ing)?|abstentions?|in\s+favou?r|through|by\s+which)\b"
    r"|\b(?:adopt[ée]\w*|adoptant|aprob\w+|unanimi\w+|voix|votos?|prorog\w+|prorrog\w+|prolong\w+|met\s+fin|mis\s+fin"
    r"|pone\s+fin|puso\s+fin|établi\w*|establec\w+|absten\w+|rédigée?|redactad[oa]"
    r"|aprovad[oa]|aprovou|renov\w+|p[ôo]s\s+fim|encerr\w+|criou|estabeleceu|redigid[oa]|abstiv\w+|unanimidade"
    r"|angenommen|verabschiedet\w*|verlänger\w*|beendet\w*|einstimmig\w*|eingerichtet|Enthaltung\w*|eingebracht\w*)\b", re.I)
_RECALL_BEFORE = re.compile(
    r"\b(?:recall(?:s|ed|ing)?|previous(?:ly)?|earlier|prior|former|original|pursuant\s+to"
    r"|Umsetzung\s+der|Durchführung\s+der|mise\s+en\s+œuvre\s+de\s+la|aplicación\s+de\s+la|implementação\s+da"
    r"|(?:mandate|mandated|authori[sz]\w*|established|created|set\s+up|operating|deployed|measures|imposed)\s+under"
    r"|set\s+(?:out\s+)?(?:in|by)|laid\s+down\s+in|defined\s+(?:in|by)|endorsed\s+(?:in|by)"
    r"|established\s+(?:by|under|in)|created\s+(?:by|under)|set\s+up\s+(?:by|under)|in\s+line\s+with|"
    r"as\s+(?:set\s+out|outlined|stipulated|described|requested|called\s+for|defined|laid\s+out|specified)\s+in"
    r"|dat(?:es|ing)\s+(?:back\s+)?(?:from|to)|stems?\s+from|derives?\s+from|implementation\s+of|implement"
    r"|in\s+accordance\s+with|referred\s+to\s+in|building\s+on|reaffirm(?:s|ed|ing)?|mandated\s+(?:by|in|under)"
    r"|paragraph\s+\d+\s+of|since|cit(?:e|es|ed|ing)|based\s+on|last\s+year|a\s+year\s+(?:ago|earlier)"
    r"|had\s+(?:\w+ly\s+)?(?:adopted|approved|passed|extended|renewed)"
    r"|rappel(?:ant|le|é)|précédente?|antérieure?|en\s+vertu\s+de|conformément\s+à|l['’]an(?:née)?\s+derni[èe]re?"
    r"|avait\s+(?:été\s+)?adopté\w*|recordando|recuerda|anterior|en\s+virtud\s+de|de\s+conformidad\s+con"
    r"|el\s+año\s+pasado|hab[ií]a(?:n)?\s+(?:sido\s+)?(?:aprobad|adoptad|prorrogad)\w*"
    r"|recordando|anteriormente|no\s+ano\s+passado|nos\s+termos\s+da|em\s+conformidade\s+com|ao\s+abrigo\s+da"
    r"|(?:havia|tinha)m?\s+(?:sido\s+)?(?:aprovad|adotad|prorrogad|renovad)\w*|criad[oa]\s+(?:pela|em)|estabelecid[oa]\s+pela"
    r"|unter\s+Hinweis\s+auf|gemäß|im\s+(?:vergangenen|letzten|Vorjahr)|vorherige\w*|frühere\w*|ursprünglich\w*"
    r"|hatte\w*\s+(?:\w+\s+){0,3}?(?:verabschiedet|angenommen|verlängert)|eingerichtet\s+(?:durch|mit)|gegründet\s+(?:durch|mit)"
    r"|auf\s+(?:der\s+)?Grundlage\s+(?:der|von)|(?:wurde|war)\s+(?:\w+\s+){0,3}?(?:eingerichtet|geschaffen|gegründet)\s+(?:durch|mit))"
    r"\W+(?:\w+\W+){0,4}$", re.I)
_RECALL_AFTER = re.compile(r"^\W{0,3}(?:\w+\W+){0,3}?(?:(?:which|that)\s+(?:had\s+)?(?:established|created|set\s+up|authorized)\b"
                           r"|(?:which|that)\s+was\s+also\b|had\s+been\b|avait\s+été\b|hab[ií]a\s+sido\b"
                           r"|had\s+(?:\w+\s+){0,2}?(?:extended|renewed|adopted|established|authori[sz]ed|set|maintained|created)\b"
                           r"|(?:adopted|passed|approved)\s+(?:\w+\s+){0,3}?(?:last\s+\w+|(?:a|one|two|three|\d+)\s+\w+\s+ago"
                           r"|earlier|previously|in\s+(?:19|20)\d\d)\b)", re.I)
_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# Earlier decisions told of in the past, further back than _RECALL_BEFORE's few words: "last March,
# when the council renewed the mission unanimously in resolution 2567", "the first EU-led force was
# authorized by the council in resolution 1575", "a framework the council endorsed in resolution 2719".
_RECALL_CLAUSE = re.compile(
    r"\bwhen\s+(?:the\s+)?(?:security\s+)?council\s+(?:\w+\s+){1,6}?(?:in|by|with|under)\s+$"
    r"|\blast\s+" + _MONTHS + r"\b(?:(?!\b(?:today|this\s+week)\b)[^.;])*$"
    r"|\b(?:was|were|had\s+been)\s+(?:first\s+|initially\s+|originally\s+)?(?:authori[sz]ed|established|created|endorsed)"
    r"\s+(?:by\s+the\s+(?:security\s+)?council\s+)?(?:in|by|under)\s+$"
    r"|\bthe\s+(?:security\s+)?council\s+(?:had\s+)?(?:endorsed|welcomed|authori[sz]ed)\s+in\s+$"
    # "UNMIS was created in March 2005 by a unanimous council vote, under resolution 1590",
    # "last renewed through the written procedure by resolution 2575", "its current mandate, set by …"
    r"|\b(?:was|were)\s+(?:first\s+|originally\s+|initially\s+)?(?:created|established|set\s+up|launched)\b[^.;]*$"
    r"|\blast\s+(?:renewed|extended|adjusted)\b[^.;]*$|\bcurrent\s+mandate\b[^.;]*\b(?:by|under|in)\s+$"
    # French and Spanish pluperfects: "tel qu'il avait été défini en novembre 2017 par la résolution 2387"
    r"|\bavai(?:t|ent)\s+(?:été\s+)?\w+(?:é|ée|és|ées|u|ue|i|ie|is)\b[^.;]*$"
    r"|\bhab[ií]an?\s+(?:sido\s+)?\w+(?:ado|ada|ados|adas|ido|ida)\b[^.;]*$"
    # German: "im Sommer 2006 hatte der Sicherheitsrat mit der Resolution 1701 …", "die Umsetzung der Resolution 1701"
    r"|\bhatten?\b[^.;]*$|\b(?:Umsetzung|Durchführung)\s+der\s+$", re.I)
_NOW = re.compile(r"\btoday\b|\bthis\s+(?:morning|afternoon|week)\b|\bon\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
                  r"|\bhoje\b|\bnest[ae]\s+(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?\b|\bheute\b"
                  r"|\bam\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b", re.I)


# The first resolution number of each year, from the UN's XML corpus (../shared/data/unxml):
# a bare "2301-2016" or "2301 (2016)" is a resolution only when its number fits its year.
FIRST_OF_YEAR = {
    2000: 1285, 2001: 1335, 2002: 1387, 2003: 1455, 2004: 1522, 2005: 1581, 2006: 1652, 2007: 1739, 2008: 1795,
    2009: 1860, 2010: 1908, 2011: 1967, 2012: 2033, 2013: 2086, 2014: 2133, 2015: 2196, 2016: 2260, 2017: 2337,
    2018: 2398, 2019: 2452, 2020: 2504, 2021: 2561, 2022: 2618, 2023: 2672, 2024: 2722, 2025: 2768, 2026: 2812,
}
_BARE = re.compile(r"(?<![\d/.,-])(?P<num>\d{4})(?:\s*\(\s*(?P<y1>(?:19|20)\d\d)\s*\)|-(?P<y3>(?:19|20)\d\d)(?![\d-]))")


def fits_year(number: int, year: int) -> bool:
    """Whether resolution ``number`` can have been adopted in ``year``."""
    if year in FIRST_OF_YEAR:
        last = FIRST_OF_YEAR.get(year + 1, FIRST_OF_YEAR[year] + 120) - 1
        return FIRST_OF_YEAR[year] - 2 <= number <= last + 2
    if year > max(FIRST_OF_YEAR):
        return number >= FIRST_OF_YEAR[max(FIRST_OF_YEAR)]
    return 1990 <= year < 2000 and 640 <= number < FIRST_OF_YEAR[2000]  # the 1990s, roughly


def _num(raw: str) -> int:
    return int(raw.replace(" ", ""))


def _year(m: re.Match) -> int | None:
    for g in ("y1", "y2", "y3", "y4"):
        if m.group(g):
            return int(m.group(g))
    return None


def find_resolution_numbers(text: str) -> list[ResolutionRef]:
    """Every resolution number in ``text``, each judged subject or recalled."""
    raw: list[tuple[int, int | None, int, int]] = []
    named: set[int] = set()  # starts of numbers written right after "resolution" (not years, whatever they look like)
    for m in _SINGLE.finditer(text):
        raw.append((_num(m.group("num")), _year(m), m.start(), m.end()))
        if re.search(r"(?i)r[ée]solu\w*\s*$|S/RES/\s*$", text[m.start():m.start("num")]):
            named.add(m.start())
        position = m.end()
        while (more := _MORE.match(text, position)) is not None:
            raw.append((_num(more.group("num")), _year(more), more.start("num"), more.end()))
            position = more.end()
    taken = [(start, end) for _, _, start, end in raw]
    for m in _BARE.finditer(text):
        number, year = int(m.group("num")), int(m.group("y1") or m.group("y3"))
        if fits_year(number, year) and not any(a <= m.start() < b for a, b in taken):
            raw.append((number, year, m.start(), m.end()))
    refs = [r for r in raw if 1 <= r[0] <= 9999 and not (r[1] is None and 1900 <= r[0] <= 2100 and r[2] not in named)]
    body = resolution_body(text)
    years = [y for _, y, start, _ in refs if y and not (body is not None and start >= body)]
    newest = max((n for n, _, start, _ in refs if not (body is not None and start >= body)), default=None)
    out = []
    for number, year, start, end in refs:
        if body is not None and start >= body:
            # A resolution never names itself: every number in its text is another resolution.
            out.append(ResolutionRef(number, year, Span(start, end, text[start:end]), False,
                                     "cited in the text of the resolution"))
            continue
        subject, reason = _judge(text, number, year, start, end, newest, years)
        out.append(ResolutionRef(number, year, Span(start, end, text[start:end]), subject, reason))
    for m in _DRAFT.finditer(text):
        out.append(ResolutionRef(int(m.group("n")), int(m.group("y")),
                                 Span(m.start("sym"), m.end("sym"), m.group("sym")), True,
                                 "a draft the report names", draft_symbol=m.group("sym").upper()))
    return sorted(out, key=lambda r: r.span.start)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("; ", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end), text.find("; ", end)) if i >= 0]
    return left + 1, (min(right_candidates) if right_candidates else len(text))


def _judge(text: str, number: int, year: int | None, start: int, end: int, newest: int | None,
           years: list[int]) -> tuple[bool, str]:
    s_start, s_end = _sentence_bounds(text, start, end)
    before = text[max(s_start, start - 80):start]
    after = text[end:min(s_end, end + 80)]
    if _RECALL_BEFORE.search(before) or _RECALL_AFTER.match(after):
        return False, "recalled (" + " ".join(before.split()[-4:]) + " …)"
    head = text[max(s_start, start - 160):start]
    if _RECALL_CLAUSE.search(head) and not _NOW.search(head):
        return False, "recalled: told of as an earlier decision (" + " ".join(head.split()[-6:]) + " …)"
    if newest is not None and number < newest and years and year is not None and year < max(years):
        return False, f"an earlier resolution than {newest} named in the same report"
    near = text[max(s_start, start - 120):min(s_end, end + 120)]
    if _ADOPTION.search(near):
        return True, "an adoption or vote is reported next to it"
    if number == newest:
        return True, "the newest resolution the report names"
    return False, f"an earlier resolution than {newest} named in the same report"
