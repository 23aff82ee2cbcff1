"""The personnel ceilings a report says a resolution sets, and not the strength
figures that look like them.

A ceiling is a number with a unit ("13,289 military personnel", "50 police",
"14 400 militaires", "1.275 policías") next to a ceiling cue ("up to",
"ceiling", "comprise", "jusqu'à", "hasta"), or a number a named ceiling
introduces ("a police ceiling of 2,101"). Strength is a number the report
qualifies as what is there ("some 17,000 peacekeepers", "the remaining
1,240 military personnel", "nearly 17,500-strong", "9,500 deployed out of an
authorized 26,000"). When the text moves a ceiling ("reduced from 13,289
troops to 11,000 troops", "will be reduced to 11,500"), the new value is the
ceiling; a schedule that holds one value until a date and another after it
("13,500 … until 30 June 2024, reduced to 11,500 from 1 July 2024") keeps the
first, the one in force when the resolution is adopted.
"""
from __future__ import annotations

import re

from .model import Fact, Span
from .sentences import Sentence

_NUMBER = r"(?P<num>\d{1,3}(?:[,. \u00a0\u202f]\d{3})+(?![\d,.]\d)|\d{2,6})"
_UNIT = (r"(?P<unit>(?:formed\s+)?(?:civilian\s+)?police(?:\s+(?:personnel|officers|unit\s+personnel|units?))?"
         r"|individual\s+police(?:\s+officers)?|personnel\s+(?:of|in)\s+formed\s+police\s+units?"
         r"|(?:military\s+)?observers|(?:military\s+)?troops|soldiers"
         r"|military(?:\s+personnel|\s+contingent\s+personnel)?|uniformed\s+personnel"
         r"|peacekeepers|blue\s+helmets|(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?personnel"
         r"|personnels?\s+d['’]unités\s+de\s+police\s+constituées|efectivos\s+de\s+(?:las\s+)?unidades\s+de\s+polic[ií]a"
         r"\s+constituidas"
         # French and Spanish
         r"|militaires|soldats|casques\s+bleus|policiers|(?:membres\s+du\s+)?personnel\s+(?:militaire|de\s+police)"
         r"|agents\s+de\s+police|observateurs\s+militaires"
         r"|efectivos\s+(?:militares|de\s+(?:la\s+)?polic[ií]a|policiales)|militares|soldados|cascos\s+azules|polic[ií]as"
         r"|agentes\s+de\s+(?:la\s+)?polic[ií]a|personal\s+(?:militar|de\s+(?:la\s+)?polic[ií]a)|observadores\s+militares"
         # Portuguese and German
         r"|efetivos\s+(?:militares|policiais|de\s+polícia)|policiais|polícias|capacetes\s+azuis|militares|soldados"
         r"|agentes\s+(?:de\s+polícia|policiais)|pessoal\s+(?:militar|policial|de\s+polícia)|observadores\s+militares"
         r"|Soldat(?:en|innen)?|Blauhelm(?:e|soldaten|soldatinnen)?|Polizist(?:en|innen)?|Polizeikräfte|Polizeibeamt\w*"
         r"|Militärangehörige\w*|Militärbeobachter\w*|Militärpersonal|Polizeipersonal"
         r"|Uniformierte\w*|Friedenssoldat(?:en|innen)?|Mann"
         r"|efectivos|agentes)")  # last: "efectivos militares" first
CEILING_NUMBER = re.compile(_NUMBER + r"\s*(?:-\s*strong\s+)?(?:additional\s+)?(?:(?:United\s+Nations|UN|U\.N\.)\s+(?=military|police))?"
                            + _UNIT + r"(?!\w)", re.I)
# "a police ceiling of 2,101", "troop ceiling at 17,000" — the unit is in the name.
_NAMED_CEILING = re.compile(r"\b(?P<kind>troop|military|police|force)\s+(?:personnel\s+)?(?:ceiling|cap|strength|level)s?\s+"
                            r"(?:(?:will|would|shall|is|was|be|being|to|further)\s+){0,3}(?:(?:reduced|lowered|raised|increased|cut|set|kept"
                            r"|maintained|capped|unchanged|steady|constant)\s+)?(?:(?:\w+\s+){0,2}?from\s+[\d,.\s]+?\s+)?(?:of|at|to)\s+(?:up\s+to\s+)?"
                            + _NUMBER
                            + r"|\bauthori[sz]ed\s+(?P<kind2>troop\s+|military\s+|police\s+)?(?:strength|level|ceiling)\s+(?:of|at)\s+"
                            + _NUMBER.replace("num", "num2")
                            + r"|\b(?:ceiling|strength|level)s?\s+(?:for|of)\s+(?:its\s+|the\s+)?(?P<kind3>troops|military\s+personnel"
                              r"|police(?:\s+personnel)?)\s+(?:(?:\w+\s+){0,2}?from\s+[\d,.\s]+?\s+)?(?:to|at)\s+(?:up\s+to\s+)?"
                            + _NUMBER.replace("num", "num3"), re.I)
CEILING_CUE = re.compile(r"\bup\s+to\b|\bceilings?\b|\bcap(?:s|ped|ping)?\b|\bmaximum\b|\bauthori[sz]ed\s+(?:strength|level|troop)"
                         r"|\bauthori[sz]es\s+(?:the\s+deployment\s+of\s+)?(?:up\s+to\s+)?\d|\bcompris(?:e|es|ing)\b"
                         r"|\breduc(?:e|es|ed|ing)\b|\bincreas(?:e|es|ed|ing)\b|\blower(?:s|ed)?\b|\braise[sd]?\b|\bforce\s+levels?\b"
                         r"|\btroop\s+levels?\b|\bno\s+more\s+than\b|\bcomposed\s+of\b|\bconsist(?:s|ing)?\s+of\b"
                         r"|\bjusqu['’]à\b|\bplafond\b|\beffectifs?\s+(?:maximum|maximal|autoris[ée]s?)\b|\bcompter\b|\bcompos[ée]e?\s+de\b"
                         r"|\bréduit\w*|\bramen[ée]\w*|\baugment\w*"
                         r"|\bhasta\b|\bm[áa]ximo\b|\btope\b|\bl[íi]mite\b|\bdotaci[óo]n\b|\bintegrad[oa]\s+por\b|\bcompuest[oa]\s+por\b"
                         r"|\breduc\w+|\baument\w+"
                         r"|\baté\b|\bteto\b|\blimite\b|\bmáximo\b|\bcomposta?\s+por\b|\bredu[zç]\w*"
                         r"|\bbis\s+zu\b|\bObergrenze\b|\bHöchstzahl\b|\bhöchstens\b|\bmaximal\b|\bHöchststärke\b|\bumfass\w*"
                         r"|\bverringer\w*|\breduzier\w*|\bgesenkt\b|\bsenk\w*|\berhöh\w*|\baufgestockt\b|\bgedeckelt\b", re.I)
_STRENGTH_BEFORE = re.compile(r"(?:more\s+than|nearly|almost|some|about|around|over|approximately|roughly|currently|still|its|of\s+its"
                              r"|out\s+of\s+an?\s+authori[sz]ed|an?\s+authori[sz]ed|had|has|with|the|least|remaining|existing|present"
                              r"|actual|environ|quelque|plus\s+de|près\s+de|compt\w*|encore|actuellement|unos|unas|alrededor\s+de"
                              r"|más\s+de|casi|cerca\s+de|cuenta\s+con|actualmente|restantes?"
                              r"|cerca\s+de|mais\s+de|quase|aproximadamente|atualmente|conta\s+com|tem|restantes?|dos|das"
                              r"|rund|etwa|mehr\s+als|über|knapp|derzeit|noch|fast|beinahe|zirka|ca\.|gut|verbleibenden|aktuell)\s*$", re.I)
_STRENGTH_AFTER = re.compile(r"^\s*(?:-\s*strong|strong|(?:\w+\s+){0,3}(?:currently\s+)?(?:deployed|serving|on\s+the\s+ground|in\s+the\s+country|"
                             r"stationed|present|remain|are\s+still)|(?:\w+\s+){0,2}(?:déployés|desplegad[oa]s))", re.I)
_KEEP_AFTER_STRENGTH_WORD = re.compile(r"(?:up\s+to|ceiling\s+(?:of|at)|to|of|à|a|de|hasta|até|bis\s+zu|auf)\s*$", re.I)
_IN_ALL = re.compile(r"^\s*(?:in\s+all|in\s+total|all\s+told|altogether|au\s+total|en\s+total|no\s+total|insgesamt)\b", re.I)
_FROM_BEFORE = re.compile(r"\b(?:from|de|desde|von)\s*$", re.I)
_TO_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:to|à|a|para|auf)\s+\d", re.I)
_MOVED_TO = re.compile(r"\b(?:reduc\w*|lower\w*|cut|decreas\w*|increas\w*|rais\w*|réduit\w*|ramen\w*|augment\w*|reducid\w*"
                       r"|rebaj\w*|aument\w*|redu[zç]\w*|verringer\w*|reduzier\w*|gesenkt|senk\w*|erhöh\w*)"
                       r"\s+(?:[\w'’-]+\s+){0,8}?(?:to|à|a|para|auf)\s*(?:up\s+to\s+|até\s+|bis\s+zu\s+)?$", re.I)
_UNTIL_AFTER = re.compile(r"^\s*(?:,\s*)?(?:[\w-]+\s+){0,4}?(?:until|till|through|jusqu|hasta|até|bis)\b", re.I)


def _field_of(unit: str) -> str | None:
    unit = unit.lower()
    if "observ" in unit or "beobacht" in unit:
        return None  # observers are neither of the two ceilings
    return "ceiling.police" if re.search(r"polic|políc|poliz", unit) else "ceiling.military"


def _value(number: str) -> int:
    return int(re.sub(r"[,. \u00a0\u202f]", "", number))


def read_ceilings(text: str, sentences: list[Sentence], mission_of, recalled) -> list[Fact]:
    """Ceilings in each sentence; ``mission_of(sentence)`` names the mission a
    sentence is about, ``recalled(offset)`` says whether the words at an offset
    tell of an earlier decision (their ceilings are not this one's)."""
    facts: list[Fact] = []
    for s in sentences:
        chunk = s.text
        if not CEILING_CUE.search(chunk):
            continue
        mission = mission_of(s)
        found: list[tuple[Fact, str, str]] = []  # (fact, text before, text after)
        police_parts: list[tuple[int, Span]] = []
        totals: dict[str, Fact] = {}  # "… — some 6,432 police officers in all"
        change_end: int | None = None  # where the last number told as a change ("by 2,000") ended
        numbers_seen: set[int] = set()
        for m in CEILING_NUMBER.finditer(chunk):
            before = chunk[max(0, m.start() - 40):m.start()]
            after = chunk[m.end():m.end() + 60]
            numbers_seen.add(m.start())
            if recalled(s.start + m.start()):
                continue
            total = _IN_ALL.match(after) is not None or re.search(
                r"\b(?:en\s+total|in\s+total|in\s+all|au\s+total)\s*:?\s*$", before, re.I) is not None
            if _STRENGTH_BEFORE.search(before) and not _KEEP_AFTER_STRENGTH_WORD.search(before) and not total:
                continue
            if re.search(r"-\s*strong", m.group()) or _STRENGTH_AFTER.match(after):
                continue
            if _FROM_BEFORE.search(before) and _TO_AFTER.match(after):
                continue  # "reduced from 13,289 troops to 11,000": the old value
            if re.search(r"\badditional\b|\bmore\b|\bextra\b", m.group(), re.I) or \
                    re.search(r"^\s*(?:more|extra|additional|adicionais|suplementares|zusätzliche\w*)\b", after, re.I) or \
                    re.search(r"\bincrease\s+(?:of|by)\s+(?:up\s+to\s+)?$|\b(?:reforço|aumento|acréscimo)\s+(?:de\s+)?(?:até\s+)?"
                              r"(?:mais\s+)?$|\b(?:zusätzliche\w*|weitere\w*|Verstärkung\s+(?:um|von)|Aufstockung\s+um)\s+(?:bis\s+zu\s+)?$",
                              before, re.I):
                continue  # "up to 2,785 additional military personnel": a surge, not the ceiling
            if re.search(r"\bby\s*$|\b(?:reduction|decrease|cut)\s+of\s+(?:up\s+to\s+)?$", before, re.I) \
                    or re.search(r"\b(?:aument|reduc|increment)\w*\s+en\s*$", before, re.I) \
                    or (change_end is not None and re.fullmatch(r"\s*(?:,|and|et|y)\s*", chunk[change_end:m.start()], re.I)):
                change_end = m.end()
                continue  # "reduce the mission by 2,000 troops", "aumentar en 2.000 soldados y 1.500 policías": a change
            if re.search(r"\bwithdraw(?:al\s+of|s|ing)?\s+(?:up\s+to\s+|some\s+|about\s+)?$|\bretrait\s+de\s+$|\bretiro\s+de\s+$",
                         before, re.I):
                continue  # "the withdrawal of up to 2,000 military personnel": troops leaving, not a ceiling
            listed = any(0 <= m.start() - (f.span.end - s.start) <= 80 for f, _, _ in found) or \
                any(0 <= m.start() - (sp.end - s.start) <= 80 for _, sp in police_parts) or \
                re.search(r"\b(?:and|et|y|e|und)\s+$", before) is not None and any(
                    0 <= m.start() - (f.span.end - s.start) <= 260 and ";" not in chunk[f.span.end - s.start:m.start()]
                    for f, _, _ in found)  # "a ceiling of 11,240 military personnel, including …, and 1,440 police personnel"
            if not listed and not CEILING_CUE.search(chunk[max(0, m.start() - 120):m.start()]):
                continue  # (a number listed right after a ceiling shares its cue: "13 500 militaires, …, 591 policiers")
            value = _value(m.group("num"))
            if value < 10 or (1900 <= value <= 2100 and m.group("num").isdigit()):
                continue
            unit = m.group("unit").lower()
            span = Span(s.start + m.start(), s.start + m.end(), m.group())
            if re.search(r"units?$", unit) and value < 100:
                continue  # "up to 10 formed police units": units, not personnel
            if re.search(r"\buniformed\s+personnel\b", chunk[:m.start()], re.I) and re.search(
                    r"\b(?:including|of\s+whom|dont|incluid\w+|with)\s+(?:at\s+least\s+|a\s+minimum\s+of\s+)?$", before, re.I):
                continue  # "12,626 uniformed personnel, including 1,040 police": a share of a uniformed total, not a ceiling
            if re.search(r"\bformed\b|\bindividual\b|constitu", unit):  # not "uniformed"
                police_parts.append((value, span))
                continue
            field = _field_of(unit)
            if unit in ("efectivos", "agentes"):
                # "un componente militar de hasta 6.700 efectivos", "un componente policial de hasta 3.711 agentes"
                component = re.search(r"\b(militar|polic[ií]a|policial)\w*\b[^.;]{0,40}$", before, re.I)
                if not component:
                    continue
                field = "ceiling.police" if component.group(1).lower().startswith("polic") else "ceiling.military"
            elif unit.endswith("personnel") and "police" not in unit and "military" not in unit:
                # "a troop ceiling of 17,000 personnel", "a military strength of a maximum of 6,240 UN personnel"
                named = re.search(r"\b(troop|military|police)\s+(?:ceiling|strength|level|component)s?\s+"
                                  r"(?:(?:remains?|stays?|is|was|will\s+be|is\s+kept)\s+)?(?:of|at)\s+"
                                  r"(?:(?:a\s+maximum|up\s+to)\s+(?:of\s+)?)?$", before, re.I)
                if not named:
                    continue
                field = "ceiling.police" if named.group(1).lower() == "police" else "ceiling.military"
            if field is None:
                continue
            if total:
                totals[field] = Fact(field, value, f"{value:,}", span, mission=mission, detail="the total the report gives")
                continue
            found.append((Fact(field, value, f"{value:,}", span, mission=mission), before, after))
        for m in _NAMED_CEILING.finditer(chunk):
            group = next(g for g in ("num", "num2", "num3") if m.group(g))
            if m.start(group) in numbers_seen or recalled(s.start + m.start()):
                continue
            value = _value(m.group(group))
            if value < 10:
                continue
            kind = (m.group("kind") or m.group("kind2") or m.group("kind3") or "").strip().lower()
            field = "ceiling.police" if kind.startswith("police") else "ceiling.military"
            span = Span(s.start + m.start(), s.start + m.end(), m.group())
            found.append((Fact(field, value, f"{value:,}", span, mission=mission), chunk[max(0, m.start() - 40):m.start()],
                          chunk[m.end():m.end() + 60]))
        found.sort(key=lambda item: item[0].span.start)
        kept: dict[str, tuple[Fact, str, str]] = {}
        order: list[str] = []
        for fact, before, after in found:
            earlier = kept.get(fact.field)
            if earlier is None:
                kept[fact.field] = (fact, before, after)
                order.append(fact.field)
            elif _MOVED_TO.search(before) and not _UNTIL_AFTER.match(earlier[2]):
                # "… will be reduced to 11,500": the new value is the ceiling, unless the
                # earlier one holds until a date (a schedule: the first value is in force)
                kept[fact.field] = (fact, before, after)
        if police_parts and "ceiling.police" in kept and "ceiling.police" not in totals:
            # "591 policiers et 1 410 personnels d'unités de police constituées": individual police
            # and formed units add up (not when the units are "included" in the first figure)
            plain = kept["ceiling.police"][0]
            if plain.span.end <= police_parts[0][1].start and not re.search(
                    r"\b(?:including|includ\w+|of\s+whom|dont|incluid\w+)\b", text[plain.span.end:police_parts[0][1].start], re.I):
                police_parts.insert(0, (plain.value, plain.span))
                del kept["ceiling.police"]
                order.remove("ceiling.police")
        for field, fact in totals.items():
            if field in kept:
                kept[field] = (fact, "", "")
            else:
                kept[field] = (fact, "", "")
                order.append(field)
            if field == "ceiling.police":
                police_parts = []
        facts += [kept[field][0] for field in order]
        if police_parts and "ceiling.police" not in kept:
            total = sum(v for v, _ in police_parts)
            first, last = police_parts[0][1], police_parts[-1][1]
            facts.append(Fact("ceiling.police", total, f"{total:,}",
                              Span(first.start, last.end, text[first.start:last.end]), mission=mission,
                              detail="individual police and formed police units added up" if len(police_parts) > 1 else None))
    return facts
