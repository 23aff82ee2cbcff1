"""How a report says the Council voted: unanimity, counts, who abstained,
voted against, did not vote or vetoed, who drafted the text, and whether it
passed.

Phrasings (../shared/gold/PHRASINGS.md): "13 in favour to none against, with
2 abstentions (China, Russian Federation)", "12-0 with three abstentions",
"13 of the 15 members voted in favour", "unanimously adopting", "all 15
members voting in favour", inversions ("thirteen members voted against the
United States, with one abstaining": a United States veto; "thirteen members
voted in favour, the United States against"), non-participation ("did not
vote", "boycotted"), vetoes ("vetoed by", "owing to the negative vote of a
permanent member (X)", "X cast a negative vote"), and drafters
("French-drafted", "penned by", "a British draft"). French and Spanish
reports say the same in their words: "à l'unanimité", "par 12 voix pour,
zéro contre et 3 abstentions", "por unanimidad", "12 votos a favor, ninguno
en contra y 3 abstenciones", "se abstuvieron", "rédigé par", "redactada por".

``read_vote`` reads one stretch of text; whether that stretch tells of the
vote the report is about or of an earlier one is decided by the caller
(``read.py``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .names import MemberMention, find_members

WORD_NUMBERS = {
    "none": 0, "no": 0, "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "a": 1, "an": 1, "single": 1,
}
# French and Spanish counts, kept apart: "once" is eleven only in Spanish.
FOREIGN_NUMBERS = {
    "zéro": 0, "zero": 0, "aucune": 0, "aucun": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4,
    "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15,
    "cero": 0, "ninguno": 0, "ninguna": 0, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13,
    "catorce": 14, "quince": 15,
    # Portuguese and German
    "nenhum": 0, "nenhuma": 0, "dois": 2, "duas": 2, "três": 3, "sete": 7, "oito": 8, "nove": 9, "dez": 10,
    "treze": 13, "quatorze": 14,
    "null": 0, "keine": 0, "keiner": 0, "ein": 1, "eine": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4,
    "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
    "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
}
_N = r"(\d{1,2}|" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + r")"
_COUNTS = "|".join(sorted((w for w, n in WORD_NUMBERS.items() if n > 1), key=len, reverse=True))
_NF = r"(\d{1,2}|" + "|".join(sorted(FOREIGN_NUMBERS, key=len, reverse=True)) + r")"

VOTE_CONTEXT = re.compile(r"\b(?:vot(?:e|ed|es|ing)|adopt(?:s|ed|ing)?|unanimous(?:ly)?|abstain\w*|abstentions?"
                          r"|in\s+favou?r|against|veto\w*|ballot|tally|passed|approved|council|resolution|penholders?|drafted|draft|text"
                          r"|voix|vot[éóoa]\w*|unanimi\w+|un[aá]nime\w*|absten\w*|abstuv\w*|contre|contra|vet[óo]|conseil|consejo"
                          r"|r[ée]solution|resoluci[óo]n|adopt\w+|aprob\w+|porte-plume"
                          r"|conselho|resoluç(?:ão|ões)|adot\w+|abstiv\w+|absteve|unanimidade|un[âa]nime\w*|vetou|aprovad\w+|redigid\w+"
                          r"|einstimmig|stimm\w*|\w*stimmen|enthalt\w*|enthielt\w*|sicherheitsrat|rat|angenommen|veto|gegen"
                          r"|eingebracht\w*|entwurf|resolutionsentwurf|beschluss|vorbereitet)\b", re.I)
_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b|\bunanimit[éy]\b|\bunanimidad[e]?\b|\bun[aáâ]nime(?:s|ment|mente)?\b"
                        r"|\beinstimmig\w*|\bEinstimmigkeit\b|\bohne\s+Gegenstimmen?\s+und\s+(?:ohne\s+)?Enthaltung(?:en)?\b"
                        r"|\bwith\s+all\s+(?:15|fifteen)\s+members\s+(?:voting\s+)?in\s+favou?r"
                        r"|\b(?:by|of|from)\s+all\s+(?:15|fifteen)\s+(?:security\s+council\s+|council\s+)?members\b"
                        r"|\ball\s+(?:15|fifteen)\s+(?:of\s+(?:the|its)\s+)?(?:security\s+council\s+|council\s+)?members?"
                        r"(?:\s+of\s+the\s+(?:security\s+)?council)?\s+(?:had\s+)?(?:voting|voted|vote)\s+(?:unanimously\s+)?"
                        r"(?:in\s+favou?r|for\b|yes\b)", re.I)
_NOT_UNANIMOUS = re.compile(r"\b(?:not|non|failed\s+to\s+(?:win|secure|get|reach)|short\s+of|without|lack\s+of|absence\s+of"
                            r"|sans|sin|faute\s+d['’]|pas\s+à\s+l['’]|sem|não|nicht)[\s-]+(?:a\s+|l['’]\s*|la\s+)?(?:unanim|einstimmig)", re.I)
# "last year's unanimous vote": the unanimity of an earlier vote.
_EARLIER_UNANIMOUS = re.compile(r"(?:last\s+year['’]s|previous|prior|earlier|original|the\s+last)\s+(?:\w+\s+)?$", re.I)
_DASHED = re.compile(r"(?<![\d/.,:-])(\d{1,2})\s*[-–—]\s*(\d{1,2})(?:\s*[-–—]\s*(\d{1,2}))?(?![\d/:-])(?!\s*(?:member|year|month|day|hour|km|percent|%))", re.I)
_YES = re.compile(rf"\b{_N}\s+(?:of\s+the\s+(?:15|fifteen)\s+)?(?:other\s+)?(?:council\s+)?(?:members?\s+|votes?\s+|countries\s+|nations\s+)?"
                  rf"(?:had\s+)?(?:voted\s+|voting\s+|were\s+)?in\s+favou?r\b"
                  rf"|\b(?:by|with|received|receiving|won|winning|got|garnered|secured|obtained)\s+(\d{{1,2}}|{_COUNTS})\s+"
                  rf"(?:affirmative\s+)?votes\b(?!\s+to\b)"
                  rf"|\b(\d{{1,2}}|{_COUNTS})\s+(?:affirmative\s+votes|votes?\s+for|(?:council\s+)?members?\s+voted\s+(?:for|yes)\b)", re.I)
_BY_VOTES = re.compile(rf"\b(?:by|vote\s+was|voted|passed|adopted|approved)\s+(?:by\s+)?(?:a\s+vote\s+of\s+)?{_N}\s+"
                       rf"(?:votes?\s+)?to\s+{_N}\b", re.I)
_NO = re.compile(rf"\b{_N}\s+(?:votes?\s+|members?\s+)?(?:voted\s+|voting\s+)?against\b(?!\s+(?:the\s+)?(?:United|Russia|China|France|Britain|U\.S|Moscow|Beijing|Washington))", re.I)
_ABSTAIN_N = re.compile(rf"\b{_N}\s+(?:members?\s+|countries\s+|delegations\s+)?(?:abstentions?|abstaining|abstained)\b", re.I)
_INVERSION = re.compile(rf"\b{_N}\s+(?:other\s+)?(?:council\s+)?members\s+(?:had\s+)?voted\s+against\s+(?P<who>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)", re.I)
# French and Spanish counts: "par 12 voix pour, zéro contre et 3 abstentions",
# "12 votos a favor, ninguno en contra y 3 abstenciones".
# Portuguese and German: "13 votos a favor, nenhum contra e 2 abstenções"; "mit 13 Ja-Stimmen, ohne
# Gegenstimme bei zwei Enthaltungen", "mit 13 zu 0 Stimmen", "13 Stimmen dafür".
_YES_FOREIGN = re.compile(rf"\b{_NF}\s+(?:voix|votos?)\s+(?:pour|a\s+favor|en\s+favor|favor[áa]veis)\b"
                          rf"|\b{_NF}\s+(?:Ja-?Stimmen|Stimmen\s+(?:dafür|für)|Befürworter)\b"
                          rf"|\bmit\s+(?:den\s+)?{_NF}\s+(?:der\s+15\s+|der\s+fünfzehn\s+)?Stimmen\b", re.I)
_NO_FOREIGN = re.compile(rf"(?<!tolerância\s)(?<!tolérance\s)(?<!tolerancia\s)\b{_NF}\s+(?:voix\s+|votos?\s+)?(?:contre|en\s+contra|contra)\b(?![-‑])"  # not "une contre-offensive"
                         rf"|\b{_NF}\s+(?:Gegenstimmen?|Nein-?Stimmen?|Stimmen?\s+dagegen)\b", re.I)
_ABSTAIN_FOREIGN = re.compile(rf"\b{_NF}\s+(?:abstentions?|abstenciones|abstención|absten[çc](?:ões|ão|oes|ao)"
                              rf"|(?:Stimm)?[Ee]nthaltung(?:en)?)\b", re.I)
_NONE_FOREIGN = re.compile(r"\bohne\s+Gegenstimmen?\b|\b(?:sem|nenhum)\s+voto\s+contra\b", re.I)
_ZERO_ABSTAIN = re.compile(r"\bohne\s+(?:Stimm)?[Ee]nthaltung(?:en)?\b|\bsem\s+absten[çc]", re.I)
_GERMAN_TO = re.compile(rf"\b{_NF}\s+zu\s+{_NF}\s+Stimmen(?:\s+bei\s+{_NF}\s+(?:Stimm)?[Ee]nthaltung(?:en)?)?", re.I)

_ROLE_WORDS = {
    "abstaining": re.compile(r"\babstain(?:ed|ing|s)?\b|\babstentions?\b|\babsten(?:u|ue|us|ues|ir|ant|iendo|iéndose)\b"
                             r"|\babstuv(?:o|ieron)\b|\babstenci(?:ón|ones)\b"
                             r"|\babstiv(?:eram|eram-se)\b|\babsteve(?:-se)?\b|\babsten[çc](?:ões|ão|oes|ao)\b|\babster-se\b"
                             r"|\benthielten\s+sich\b|\benthielt\s+sich\b|\bsich\s+(?:der\s+Stimme\s+)?enthalten\b"
                             r"|\b(?:Stimm)?[Ee]nthaltung(?:en)?\b|\bEnthaltung\s+(?:von|der|des)\b", re.I),
    "vetoed_by": re.compile(r"\bvetoe?(?:d|s|ing)?\b|\bcast\s+(?:a|its)\s+veto\b|\bused\s+its\s+veto\b|\bblocked\s+by\b"
                            r"|\bnegative\s+vote\s+(?:of|by|from)\s+a\s+permanent\s+member\b|\bvet[óo]\b|\bvetad[oa]\s+por\b"
                            r"|\bopposé\s+son\s+veto\b|\bbloqué\s+par\b|\bbloquead[oa]\s+por\b"
                            r"|\bvetou\b|\bvetad[oa]\s+pel[oa]s?\b|\bbloquead[oa]\s+pel[oa]s?\b"
                            r"|\bVeto\s+(?:von|der|des)\b|\blegte(?:n)?\s+(?:\w+\s+){0,3}?(?:ein\s+|sein\s+|ihr\s+)?Veto\b"
                            r"|\bper\s+Veto\b|\bscheiterte\s+am\s+Veto\b|\bmit\s+(?:ihrem|seinem|einem)\s+(?:gemeinsamen\s+)?Veto\b", re.I),
    "against": re.compile(r"\bvot(?:ed|ing|es)\s+against\b|\bvoted\s+no\b|\bcast\s+(?:a|the|its)\s+negative\s+vote"
                          r"|\bnegative\s+votes?\s+(?:of|from|by)\b|\bopposed\b|\bvoting\s+no\b"
                          r"|\bagainst\b(?=\s*(?:[,;.()]|and\b|with\b|while\b|$))"
                          r"|\bvot[ée]\s+contre\b|\bvot(?:ó|aron|ando)\s+en\s+contra\b|\bvote\s+négatif\b|\bvoto\s+negativo\b"
                          r"|\bvot(?:ou|aram|ando)\s+contra\b|\bstimmten?\s+(?:\w+\s+)?(?:dagegen|mit\s+Nein|gegen\s+(?:den|die|das)\b)"
                          r"|\bGegenstimmen?\s+(?:von|der|des|aus)\b", re.I),
    "non_voting": re.compile(r"\bdid\s+not\s+(?:vote|participate|take\s+part)\b|\bnot\s+participating\b|\bboycott(?:ed|ing)?\b"
                             r"|\bopted\s+not\s+to\s+vote\b|\bwas\s+absent\b|\bdeclined\s+to\s+vote\b|\bnon-?participation\b"
                             r"|\bn['’]a\s+pas\s+(?:pris\s+part|participé)\b|\bno\s+particip(?:ó|aron)\b"
                             r"|\bnão\s+(?:participou|participaram|votou|votaram)\b|\bnahmen?\s+(?:\w+\s+)?nicht\s+(?:an\s+der\s+Abstimmung\s+)?teil\b", re.I),
    # "French-drafted"; "-led" only for a text ("a US-led draft"), not for "an Afghan-led peace process"
    "penholder": re.compile(r"[-‑]\s*(?:drafted|penned|authored|sponsored)\b|[-‑]\s*led\b(?=\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:draft|text|resolution|proposal|measure|push|effort|bid|initiative)s?\b)|\b(?:drafted|penned|authored|prepared|tabled|"
                            r"put\s+forward|submitted|proposed|circulated|introduced)\s+by\b|\bpenholders?\b|\bco-?penholders?\b"
                            r"|\bwhose\s+delegation\s+(?:had\s+)?(?:circulated|tabled|drafted|prepared|submitted|introduced|authored|penned|led)\b"
                            # "Introducing the draft, the representative of the United Kingdom, which had prepared it";
                            # "the text, which his delegation had prepared"
                            r"|\bintroducing\s+the\s+(?:draft|text)\b|\bwhich\s+(?:had\s+)?(?:prepared|drafted|tabled|circulated)\s+it\b"
                            r"|\bwhich\s+(?:his|her|its|their)\s+delegation\s+had\s+(?:prepared|drafted|tabled|circulated|penned)\b"
                            r"|\b(?:which|who)\s+(?:had\s+)?(?:circulated|tabled|drafted|prepared|penned|authored|introduced)\s+the\s+"
                            r"(?:draft|text|resolution)\b"
                            r"|\bporte-plume\b|\b(?:rédigée?s?|présentée?s?|élaborée?s?|soumise?s?|préparée?s?)\s+par\b"
                            r"|\b(?:redactad[oa]s?|presentad[oa]s?|elaborad[oa]s?|patrocinad[oa]s?)\s+por\b"
                            r"|\b(?:redigid[oa]s?|apresentad[oa]s?|elaborad[oa]s?|propost[oa]s?|patrocinad[oa]s?|preparad[oa]s?)\s+"
                            r"(?:por|pel[oa]s?)\b"
                            r"|\b(?:eingebracht\w*|vorgelegt\w*|ausgearbeitet\w*|eingereicht\w*|verfasst\w*|vorbereitet\w*)\b"
                            r"|\b(?:Entwurf|Resolutionsentwurf|Text)\s+(?:von|aus|der|des)\b|\bFederführung\s+(?:von|der|des)?\b", re.I),
}
_BY_WORD = re.compile(r"\b(?:by|par|por|pel[oa]s?|von)\b", re.I)
_LIST_JOIN = r"(?:\s*,\s*(?:and\s+|et\s+|y\s+|e\s+|und\s+)?|\s+(?:and|et|y|e|und|sowie)\s+|\s*&\s*)"
# "de la Russie et de la Chine", "de Rusia y de China": the preposition repeats in French and Spanish
_ARTICLE = (r"(?:(?:de|du|des|d['’]|da|do|das|dos)\s*)?(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*|el\s+|los\s+|las\s+"
            r"|a\s+|o\s+|os\s+|as\s+|pel[oa]s?\s+|der\s+|die\s+|den\s+|dem\s+)?")
_GAP_BEFORE = re.compile(r"^\)?(?:['’]s\b)?(?:\s*,\s+(?:the|a|an|its|la|le|el)\s+[^,;()]{1,60},)?(?:\s*,)?"
                         r"(?:\s+(?:both|all|each|also|then|instead|had|have|has|which|who|the|its|again|later|today|yesterday"
                         r"|on\s+\w+day|pays|país|country|delegations?|(?:chose|decided|opted|preferred|elected)\s+to"
                         r"|broke\s+ranks\s+(?:and|to)"
                         r"|se|s['’]|sont|s['’]est|est|ont|a|ayant|ha|han|também|hatten|hatte|haben|hat|auch|jeweils|beide"
                         r"|im\s+(?:UN-)?Sicherheitsrat|no\s+Conselho(?:\s+de\s+Segurança)?"
                         r"|,))*\s*(?:\(|,)?\s*$", re.I)
_GAP_AFTER = re.compile(r"^\s*(?:were|was|came|from|by|of|that|those|celles?|ceux|:|\(|—|–|-|,|the|its|a|permanent|member|members|de|du|des|la|le|les|l['’]"
                        r"|el|los|las|d['’]un|un|membre|miembro|permanente?|von|aus|pel[oa]s?|da|do|das|dos|a|o|os|as|der|die|den|dem"
                        r"|membros?|Mitglied\w*|ständige[ns]?|\s)*$", re.I)
_FAIL = re.compile(r"\bfail(?:ed|s)?\s+to\s+(?:adopt|pass|win|secure|obtain|garner)|\bwas\s+not\s+adopted\b|\bnot\s+adopted\b"
                   r"|\bvetoe?d\b|\bveto\b|\bdid\s+not\s+pass\b|\bfell\s+short\b"
                   r"|\b(?:draft|resolution|text|measure)\s+(?:[\w-]+\s+){0,3}?(?:failed|fell)\b"
                   r"(?!\s+to\s+(?!(?:pass|win|secure|get|obtain|garner|gain|be\s+adopted)\b))"
                   r"|\b(?:blocked|rejected|defeated)\s+(?:a|the|its)\s+(?:[\w-]+\s+){0,3}?(?:draft|resolution|text|extension|renewal)\b"
                   r"|\b(?:draft|resolution|text)\s+(?:[\w-]+\s+){0,4}?(?:was|were)\s+(?:blocked|rejected|defeated)\b"
                   r"|\bn['’]a\s+pas\s+été\s+adopté|\brejeté\b|\bvet[óo]\b|\bno\s+(?:fue|ha\s+sido)\s+aprobad|\brechazad[oa]\b"
                   r"|\bvetou\b|\bnão\s+foi\s+aprovad|\brejeitad[oa]\b|\bscheiter\w*|\babgelehnt\b|\bnicht\s+angenommen\b"
                   r"|\bVeto\s+(?:eingelegt|einlegte)|\blegte\w*\s+(?:\w+\s+){0,3}?Veto\s+ein\b", re.I)
_MEETING = re.compile(r"\b(\d{4,5})(?:st|nd|rd|th|e|ème|ª|a|\.)?\s+(?:meeting|séance|sesión|sessão|reunião|Sitzung)\b", re.I)
_CHAPTER_VII = re.compile(r"\b(?:[Cc]hap(?:ter|itre|ítulo)|[Cc]ap[íi]tulo|Kapitel)\s+VII\b")
_DRAFTED_ADJECTIVE = re.compile(r"\s+(?:draft|text|resolution)\b", re.I)


@dataclass
class ReportedVote:
    """What one stretch of text says about a vote; None means it does not say."""

    unanimous: tuple[bool, int, int] | None = None      # (value, start, end)
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    tally_span: tuple[int, int] | None = None
    roles: dict[str, list[MemberMention]] = field(default_factory=dict)
    role_spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    failed: tuple[int, int] | None = None
    meeting: tuple[str, int, int] | None = None
    chapter_vii: tuple[int, int] | None = None


def _n(word: str) -> int:
    if word.isdigit():
        return int(word)
    return WORD_NUMBERS.get(word.lower(), FOREIGN_NUMBERS.get(word.lower(), 0))


def _member_lists(mentions: list[MemberMention], text: str) -> list[list[MemberMention]]:
    """Consecutive mentions joined by commas/"and" form one list."""
    lists: list[list[MemberMention]] = []
    for m in mentions:
        if lists and re.fullmatch(_LIST_JOIN + _ARTICLE, text[lists[-1][-1].end:m.start], re.I):
            lists[-1].append(m)
        else:
            lists.append([m])
    return lists


def read_vote(text: str, start: int, end: int) -> ReportedVote:
    """Read the vote from ``text[start:end]`` (a sentence); offsets stay absolute."""
    vote = ReportedVote()
    chunk = text[start:end]
    if not VOTE_CONTEXT.search(chunk):
        return vote
    m = next((m for m in _UNANIMOUS.finditer(chunk) if not _EARLIER_UNANIMOUS.search(chunk[max(0, m.start() - 30):m.start()])),
             None)
    if m and not _NOT_UNANIMOUS.search(chunk):
        vote.unanimous = (True, start + m.start(), start + m.end())
    elif m := _NOT_UNANIMOUS.search(chunk):
        vote.unanimous = (False, start + m.start(), start + m.end())
    _read_counts(vote, chunk, start)
    mentions = find_members(text, start, end)
    _read_roles(vote, text, start, end, mentions)
    if m := _FAIL.search(chunk):
        vote.failed = (start + m.start(), start + m.end())
    if m := _MEETING.search(chunk):
        vote.meeting = (f"S/PV.{m.group(1)}", start + m.start(), start + m.end())
    if (m := _CHAPTER_VII.search(chunk)) and not re.search(
            r"\b(?:not|without|rather\s+than|instead\s+of|sans|sin|não|nicht|ohne|kein\w*)\b[^.;]{0,40}$", chunk[:m.start()], re.I):
        vote.chapter_vii = (start + m.start(), start + m.end())  # not "the text was not adopted under Chapter VII"
    return vote


_COUNT_WORDS = re.compile(r"\d|favou?r|against|abst|vote|voix|voto|contr|stimm|enthalt", re.I)


def _read_counts(vote: ReportedVote, chunk: str, offset: int) -> None:
    if not _COUNT_WORDS.search(chunk):
        return  # every way of giving a count has a digit or one of these words
    spans = []
    if m := _INVERSION.search(chunk):
        who = find_members(m.group("who"))
        if who:
            vote.yes = _n(m.group(1))
            spans.append(m.span())
            vote.roles.setdefault("against", []).extend(
                w._replace(start=offset + m.start("who") + w.start, end=offset + m.start("who") + w.end) for w in who[:1])
            vote.role_spans["against"] = (offset + m.start(), offset + m.end())
    if vote.yes is None:
        for m in _DASHED.finditer(chunk):
            yes, no = int(m.group(1)), int(m.group(2))
            abstain = int(m.group(3)) if m.group(3) else None
            if yes + no + (abstain or 0) <= 15 and yes >= no and yes >= 1:
                vote.yes, vote.no, vote.abstain = yes, no, abstain
                spans.append(m.span())
                break
    if vote.yes is None and (m := _GERMAN_TO.search(chunk)):
        vote.yes, vote.no = _n(m.group(1)), _n(m.group(2))
        vote.abstain = _n(m.group(3)) if m.group(3) else None
        spans.append(m.span())
    if vote.yes is None and (m := _BY_VOTES.search(chunk)):
        vote.yes, vote.no = _n(m.group(1)), _n(m.group(2))
        spans.append(m.span())
    if vote.yes is None and (m := _YES.search(chunk) or _YES_FOREIGN.search(chunk)):
        vote.yes = _n(next(g for g in m.groups() if g))
        spans.append(m.span())
    if vote.no is None and (m := _NO.search(chunk) or _NO_FOREIGN.search(chunk)):
        vote.no = _n(m.group(1))
        spans.append(m.span())
    if vote.abstain is None and (m := _ABSTAIN_N.search(chunk) or _ABSTAIN_FOREIGN.search(chunk)):
        vote.abstain = _n(m.group(1))
        spans.append(m.span())
    if vote.yes is not None and vote.no is None and (m := _NONE_FOREIGN.search(chunk)):
        vote.no = 0
        spans.append(m.span())
    if vote.yes is not None and vote.abstain is None and (m := _ZERO_ABSTAIN.search(chunk)):
        vote.abstain = 0
        spans.append(m.span())
    if sum(x or 0 for x in (vote.yes, vote.no, vote.abstain)) > 15:
        vote.yes = vote.no = vote.abstain = None
        spans = []
    if spans:
        vote.tally_span = (offset + min(s for s, _ in spans), offset + max(e for _, e in spans))


def _read_roles(vote: ReportedVote, text: str, start: int, end: int, mentions: list[MemberMention]) -> None:
    """Give each list of members the role of the vote word next to it."""
    lists = _member_lists([m for m in mentions if not m.adjective or _adjective_role(text, m)], text)
    used: set[int] = {m.start for ms in vote.roles.values() for m in ms}
    for role, pattern in _ROLE_WORDS.items():
        for word in pattern.finditer(text, start, end):
            best = None
            for group in lists:
                if any(m.start in used for m in group):
                    continue
                first, last = group[0], group[-1]
                if role == "penholder" and last.adjective and text[last.end:word.start()].strip() == "":
                    best = group  # "French-drafted"
                    break
                if last.end <= word.start() and _GAP_BEFORE.match(text[last.end:word.start()]) \
                        and not (role == "penholder" and not last.adjective and _BY_WORD.search(word.group())):
                    best = group
                    break
                if first.start >= word.end() and _GAP_AFTER.match(text[word.end():first.start]) \
                        and first.start - word.end() <= 40:
                    best = group
                    break
            if best is None:
                continue
            vote.roles.setdefault(role, []).extend(best)
            used.update(m.start for m in best)
            vote.role_spans[role] = (min(best[0].start, word.start()), max(best[-1].end, word.end()))
    if "penholder" not in vote.roles:
        # "a British and Sierra Leonean draft", "the U.S. draft resolution"
        for group in lists:
            if all(m.adjective for m in group) and not any(m.start in used for m in group) \
                    and _DRAFTED_ADJECTIVE.match(text, group[-1].end, end):
                vote.roles["penholder"] = list(group)
                vote.role_spans["penholder"] = (group[0].start, group[-1].end)
                used.update(m.start for m in group)
                break
    if "vetoed_by" in vote.roles:
        known = {m.name for m in vote.roles.get("against", [])}
        vote.roles.setdefault("against", []).extend(m for m in vote.roles["vetoed_by"] if m.name not in known)
        vote.role_spans.setdefault("against", vote.role_spans["vetoed_by"])


def _adjective_role(text: str, mention: MemberMention) -> bool:
    """Adjectives count only where they name an actor in the vote: "French-drafted",
    "Russian and Chinese abstentions", "a Russian veto"."""
    after = text[mention.end:mention.end + 40]
    return bool(re.match(r"\s*[-‑]\s*(?:drafted|penned|authored|sponsored)\b"
                         r"|\s*[-‑]\s*led\s+(?:[\w-]+\s+){0,2}?(?:draft|text|resolution|proposal|measure|push|effort|bid|initiative)s?\b"
                         r"|\s+(?:and\s+(?:[\w.-]+\s+){1,2})?(?:abstentions?|veto|delegations?|draft|text)\b",
                         after, re.I))
