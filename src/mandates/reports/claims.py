"""Attributed claims: who said what, when, about whom.

Forms: "X told reporters on Friday that …", "X said in a statement …",
"“…”, said X", "“…”, X said", "according to X, …", an appositive between
speaker and verb ("John Kirby, the White House national security
spokesperson, said …"), delegations ("the representative of China said …",
"Russia said …"), and pronouns ("he said") for the last speaker named.
A claim without a date of its own takes the date of the same speaker's
previous claim in the report (one briefing, reported in two sentences) and
says so.

Portuguese and German reports attribute the same way with their own verbs
("a China disse que …", "Russland erklärte am Freitag, …", "teilte … mit"),
delegations ("o representante da França", "der Vertreter Russlands"),
pronouns ("ele disse", "„…“, sagte er") and attributions ("segundo a ONU, …",
"de acordo com X, …", "laut X …", "nach Angaben der Vereinten Nationen …",
"Diplomaten zufolge …"). A name before such a verb is taken for a person even
where the English cues that find people are missing ("Wassili Nebensja sagte").
"""
from __future__ import annotations

import re
import unicodedata

from ..extract.dates import Precision, TemporalExpression
from .entities import NAME_TOKEN, SAY_VERBS, entities_in, entity_at, split_role
from .events import HEDGES
from .mandate import MissionMention, when_of
from .model import Claim, Entity, Span
from .names import country_of
from .sentences import Sentence, quotes

# Portuguese and German verbs of saying, past and (for headlines) present. German
# separable verbs are matched with their particle ("teilte am Freitag mit").
_FOREIGN_SAY = (r"disse(?:ram)?|diz(?!\s+respeito)|dizem|afirm(?:ou|aram|a)|declar(?:ou|aram)|acrescent(?:ou|aram)"
                r"|sublinh(?:ou|aram)|salient(?:ou|aram)|destac(?:ou|aram)|ressalt(?:ou|aram)|fris(?:ou|aram)"
                r"|alert(?:ou|aram)|advert(?:iu|iram)|explic(?:ou|aram)|argument(?:ou|aram)|insist(?:iu|iram)"
                r"|anunci(?:ou|aram)|confirm(?:ou|aram)|neg(?:ou|aram)|escreveu|reiter(?:ou|aram)|observ(?:ou|aram)"
                r"|garant(?:iu|iram)|aleg(?:ou|aram)"
                r"|sagte(?:n)?|sagt|erklärte(?:n)?|erklärt|betonte(?:n)?|betont|warnte(?:n)?|unterstrich(?:en)?"
                r"|bekräftigte(?:n)?|erläuterte(?:n)?|argumentierte(?:n)?|behauptete(?:n)?|bestätigte(?:n)?"
                r"|dementierte(?:n)?|schrieb(?:en)?|verkündete(?:n)?"
                r"|(?:teilte(?:n)?|fügte(?:n)?|hob(?:en)?|räumte(?:n)?|stellte(?:n)?)(?:\s+[\w-]+){0,4}?\s+"
                r"(?:mit|hinzu|hervor|ein|klar)(?=\s*[,.;:]|\s+dass\b|$)")
_VERB = re.compile(rf"\b(?:{SAY_VERBS}|{_FOREIGN_SAY})\b")
_FOREIGN_VERB = re.compile(rf"(?:{_FOREIGN_SAY})$")
_ADVERBS = r"also|later|then|further|again|também|ainda|depois"
_DELEGATION_BEFORE = re.compile(
    r"(?:(?:the\s+)?(?P<role1>representative|delegate|ambassador|envoy|delegation|spokesperson|speaker)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?P<c1>[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,5})"
    r"|(?P<c2>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})['’]s\s+(?P<role2>(?:deputy\s+|permanent\s+)?(?:representative|delegate|ambassador|envoy|delegation|mission))"
    r"|(?:the\s+)?(?P<c3>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?P<role3>representative|delegate|delegation|ambassador|envoy|government|foreign\s+ministry|authorities)"
    r"|(?P<c4>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))"
    rf"(?:\s*,\s*[^,]{{2,100}}?,)?(?:\s+(?:{_ADVERBS}))?\s*$")
_PRONOUN = re.compile(rf"\b(?P<p>he|she|they|el[ea]s?|er|sie)(?:\s+(?:{_ADVERBS}))?\s*$", re.I)
# "„…“, sagte er.": a pronoun after a Portuguese or German verb.
_PRONOUN_AFTER = re.compile(r"\s+(?P<p>el[ea]s?|er|sie)(?=\s*[,.;]|\s*$)", re.I)
_APPOSITIVE_TAIL = re.compile(rf",\s*(?P<app>[^,“”\"]{{2,110}}?),(?:\s+(?:{_ADVERBS}))?\s*$")
_AFTER_SPEAKER = re.compile(r"\s*(?P<who>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|he|she|they)"
                            r"(?P<app>\s*,\s*(?:the\s+|a\s+|an\s+)?[^,.“”\"]{2,110}?)?(?=[,.;]|\s*$)")
_LEAD_IN = re.compile(r"\s*(?:(?:on|last|this)\s+\w+\s*|today\s*|yesterday\s*|in\s+a\s+(?:statement|briefing|post|interview|"
                      r"speech|letter)\b[^,]*?|at\s+a\s+(?:briefing|press\s+conference|news\s+conference)\b[^,]*?|,\s*|that\s+"
                      # Portuguese and German: "disse nesta sexta-feira em comunicado que", "sagte am Freitag vor Journalisten, dass"
                      r"|(?:nesta|neste|na|no)\s+(?:(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|sábado|domingo)\s*|hoje\s*|ontem\s*"
                      r"|(?:em|numa|num)\s+(?:um\s+|uma\s+)?(?:comunicado|nota|declaração|entrevista|coletiva)\b[^,]*?"
                      r"|(?:a|aos|à)\s+(?:jornalistas|repórteres|imprensa)\s*"
                      r"|am\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\s*|heute\s*|gestern\s*"
                      r"|in\s+einer\s+(?:Erklärung|Mitteilung|Stellungnahme)\b[^,]*?|(?:vor|gegenüber)\s+(?:Journalisten|Reportern"
                      r"|der\s+Presse)\s*|(?:também|ainda|auch|zudem|außerdem|ebenfalls)\s+|que\s+|dass\s+|daß\s+)*", re.I)
_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+(?P<who>[^,]{3,120}?),\s*(?P<content>.+)$")
# German names the source without a comma after it: a run of capitalized words,
# after an article and adjectives, with a genitive ("Angaben der Vereinten Nationen").
_DE_SOURCE = (r"(?:(?:[Dd](?:er|em|en|es)|einer|einem|eines)\s+(?:[a-zäöüß]+e[mnrs]?\s+){0,2})?"
              r"[A-ZÄÖÜ][\w'’.-]*(?:\s+[A-ZÄÖÜ][\w'’.-]*){0,3}"
              r"(?:\s+(?:der|des)\s+(?:[a-zäöüß]+e[nrs]?\s+)?[A-ZÄÖÜ][\w'’.-]*(?:\s+[A-ZÄÖÜ][\w'’.-]*){0,2})?")
# Portuguese and German attributions, each with the verb a claim records.
_ACCORDING_FOREIGN: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("segundo", re.compile(r"(?<!\bo\s)(?<!\bum\s)(?<!\bdo\s)(?<!\bno\s)(?<!\bao\s)(?<!\bpelo\s)\b[Ss]egundo\s+"
                           r"(?P<who>(?:[oa]s?\s+)?[A-ZÀ-Þ][^,]{1,120}?|[oa]s?\s+[^,]{3,120}?),\s*(?P<content>.+)$")),
    ("de acordo com", re.compile(r"\b[Dd]e\s+acordo\s+com\s+(?P<who>[^,]{3,120}?),\s*(?P<content>.+)$")),
    ("nach Angaben", re.compile(rf"\b[Nn]ach\s+(?:Angaben\s+(?:von\s+)?(?P<who>{_DE_SOURCE})"
                                r"|(?P<who2>[A-ZÄÖÜ][\w.]*)-(?:Angaben|Schätzungen))\s*,?\s+(?P<content>.+)$")),
    ("laut", re.compile(rf"\b[Ll]aut\s+(?P<who>{_DE_SOURCE})\s*,?\s+(?P<content>[a-zäöüß].+)$")),
    ("zufolge", re.compile(rf"(?P<who>{_DE_SOURCE})\s+zufolge\s*,?\s+(?P<content>.+)$")),
)
# "Berichten zufolge", "nach Angaben von Augenzeugen": a hedge, not a source by name.
_NOT_SOURCES = re.compile(r"(?:\w*[Bb]erichte[n]?|Angaben|Informationen|Quellen)$")
_NOT_SPEAKERS = re.compile(r"^(?:the\s+)?(?:resolution|text|council|security\s+council|report|draft|statement|document|it|this|that"
                           r"|mission|minusma|un|u\.n\.|united\s+nations)$", re.I)
# A Portuguese or German delegation: "o representante da França", "a embaixadora dos
# Estados Unidos", "der Vertreter Russlands", "die Botschafterin der Vereinigten Staaten".
_FOREIGN_ROLES = {"representante": "representative", "embaixador": "ambassador", "embaixadora": "ambassador",
                  "delegação": "delegation", "delegado": "delegate", "delegada": "delegate", "governo": "government",
                  "vertreter": "representative", "vertreterin": "representative", "botschafter": "ambassador",
                  "botschafterin": "ambassador", "un-botschafter": "ambassador", "un-botschafterin": "ambassador",
                  "delegation": "delegation", "regierung": "government"}
_FOREIGN_DELEGATION = re.compile(
    r"(?:\b(?:[OoAa]s?)\s+(?P<pt_role>representante|embaixadora?|delegação|delegad[oa]|governo)"
    r"(?:\s+permanente|\s+adjunt[oa])?\s+(?:d[oa]s?|de)\s+(?P<pt_c>[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:d[oa]s?\s+|de\s+|e\s+)?[A-ZÀ-Þ][\w'’.-]*){0,4})"
    r"|\b(?:[Dd](?:er|ie|as))\s+(?:[a-zäöüß]+e\s+)?(?P<de_role>Vertreter(?:in)?|(?:UN-)?Botschafter(?:in)?|Delegation|Regierung)"
    r"\s+(?P<de_c>(?:der\s+|des\s+)?[A-ZÄÖÜ][\w'’.-]*(?:\s+[A-ZÄÖÜ][\w'’.-]*){0,3}))"
    rf"(?:\s*,\s*[^,]{{2,100}}?,)?(?:\s+(?:{_ADVERBS}))?\s*$")
# A person named just before a Portuguese or German verb of saying: two name tokens
# (a particle between them allowed), not a state, not an institution.
_NAME_BEFORE = re.compile(rf"(?<![\w-])(?P<name>{NAME_TOKEN}(?:\s+(?:de|da|do|dos|das|von|van|al|el))?\s+{NAME_TOKEN})"
                          rf"(?:\s+(?:{_ADVERBS}))?\s*$")
_NAME_AFTER = re.compile(rf"\s+(?P<name>{NAME_TOKEN}(?:\s+(?:de|da|do|dos|das|von|van|al|el))?(?:\s+{NAME_TOKEN})?)"
                         r"(?=\s*[,.;]|\s*$|\s+[a-zäöüßà-ÿ])")
_NOT_NAME_START = {"Am", "Im", "In", "Nach", "Vor", "Bei", "Mit", "Auf", "Aus", "Für", "Zum", "Zur", "Der", "Die", "Das", "Den",
                   "Dem", "Des", "Ein", "Eine", "Einer", "Einem", "Dieser", "Diese", "Dieses", "Auch", "Zudem", "Danach",
                   "Dann", "Später", "Außerdem", "Sein", "Seine", "Ihr", "Ihre", "Laut", "Wie", "Als", "Über", "Seit",
                   "Um", "Zu", "Von", "Na", "No", "Nas", "Nos", "Em", "De", "Do", "Da", "Dos", "Ao", "Aos", "Após",
                   "Depois", "Segundo", "Para", "Por", "Pelo", "Pela", "Este", "Esta", "Esse", "Essa", "Ele", "Ela",
                   "Também", "Mas", "Com", "Sem", "Sobre", "Uma", "Nesta", "Neste", "Ontem", "Hoje"}
_NOT_NAME_WORDS = {"Nationen", "Nações", "Unidas", "Vereinten", "Vereinte", "Sicherheitsrat", "Conselho", "Segurança", "Rat",
                   "Regierung", "Governo", "Kreml", "Kremlin", "Außenministerium", "Ministerium", "Ministério", "Mission",
                   "Missão", "Resolution", "Resolução", "Text", "Texto", "Entwurf", "Projeto", "Bericht", "Relatório",
                   "Junta", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Januar",
                   "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
                   "Dezember", "Casa", "Branca", "Weiße", "Haus", "Departamento", "Estado", "Außenminister", "Botschafter",
                   "Botschafterin", "Vertreter", "Vertreterin", "Sprecher", "Sprecherin", "Generalsekretär", "Präsident"}
_ARTICLE_BEFORE = re.compile(r"\b(?:[Dd](?:er|ie|as|en|em|es)|[Ee]in(?:e[mnrs]?)?|[OoAa]s?|[Uu]ma?|d[oa]s?|n[oa]s?|the|a|an)\s+$")


def _delegation(match: re.Match) -> tuple[str, str, str | None] | None:
    """(speaker, role, organization) for a delegation, or None."""
    for c, r in (("c1", "role1"), ("c2", "role2"), ("c3", "role3"), ("c4", None)):
        if match.group(c):
            country = country_of(match.group(c).replace("the ", ""))
            if country is None:
                return None
            role = match.group(r).lower() if r else None
            name = f"representative of {country}" if role in (None, "representative", "delegate", "ambassador",
                                                                "envoy", "delegation", "speaker", "mission") else f"{country} {role}"
            if r is None:
                name = country
            return name, role or "delegation", country
    return None


def _clean(content: str) -> str:
    content = content.strip()
    content = re.sub(r"^[,:;\s]+", "", content)
    return re.sub(r"[\s,.;:]+$", "", content).strip()


def _content_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,:;\n":
        start += 1
    while end > start and text[end - 1] in " ,.;:\n":
        end -= 1
    return start, end


def read_claims(text: str, sentences: list[Sentence], dates: list[TemporalExpression],
                entities: list[Entity], mission_mentions: list[MissionMention]) -> list[Claim]:
    claims: list[Claim] = []
    last_speaker: tuple[str, str, str | None, str | None] | None = None
    for s in sentences:
        for m in _VERB.finditer(text, s.start, s.end):
            found = _speaker_before(text, s, m, entities, last_speaker) or \
                _speaker_after(text, s, m, entities, last_speaker)
            if found is None:
                pronoun = _PRONOUN.search(text, s.start, m.start())
                if pronoun and last_speaker and pronoun.end() >= m.start() - 8:
                    # "Ele disse que …": what follows the verb, unless a quotation came first.
                    where = "before" if _FOREIGN_VERB.match(m.group()) and not quotes(text, s.start, pronoun.start()) \
                        else "after"
                    found = (*last_speaker, where, pronoun.start())
                elif last_speaker and _FOREIGN_VERB.match(m.group()) and \
                        (after := _PRONOUN_AFTER.match(text, m.end(), s.end)) is not None:
                    found = (*last_speaker, "after", after.start("p"))
                if found is None:
                    continue
            name, key, role, org, where, speaker_start = found
            if _NOT_SPEAKERS.match(name):
                continue
            content_start, content_end, quoted = _content(text, s, m, where, speaker_start)
            if content_end - content_start < 8:
                continue
            content = text[content_start:content_end]
            said_on = _said_on(text, dates, s, m, content_start, content_end)
            said_on_from = "text" if said_on else None
            if said_on is None:
                earlier = next((c for c in reversed(claims) if c.speaker_key == key and c.said_on), None)
                if earlier is not None:
                    said_on, said_on_from = earlier.said_on, "earlier claim"
            about = _about(entities, mission_mentions, content_start, content_end, key)
            claims.append(Claim(
                speaker=name, speaker_key=key, role=role, organization=org, verb=_verb(m.group()),
                said_on=said_on, about=about, text=_clean(content), span=Span(content_start, content_end, content),
                hedged=bool(HEDGES.search(content)) or m.group().lower() in _CLAIM_VERBS,
                quoted=quoted, said_on_from=said_on_from))
            last_speaker = (name, key, role, org)
            break  # one claim per sentence: a second verb of saying is inside the first claim
    claims.extend(_according_to(text, sentences, dates, entities, mission_mentions, claims))
    return sorted(claims, key=lambda c: c.span.start)


_CLAIM_VERBS = ("claimed", "alleged", "alegou", "alegaram", "behauptete", "behaupteten")


def _verb(written: str) -> str:
    """The verb as a claim records it: a German separable verb without the words
    between its parts ("teilte am Freitag mit" -> "teilte mit")."""
    words = written.split()
    if len(words) > 2 and _FOREIGN_VERB.match(written):
        return f"{words[0]} {words[-1]}"
    return " ".join(words)


def _named_person(text: str, name_start: int, name: str, previous: tuple | None):
    """A name written next to a Portuguese or German verb of saying, taken for a
    person: (name, key) or None when it is a state, an institution or a date.
    A surname alone is the previous speaker when it is that speaker's surname."""
    tokens = name.split()
    if tokens[0] in _NOT_NAME_START or any(t in _NOT_NAME_WORDS for t in tokens) or _NOT_SPEAKERS.match(name):
        return None
    if country_of(name) or country_of(tokens[0]) or country_of(tokens[-1]):
        return None
    if len(tokens) == 1:
        if previous and previous[0].split()[-1] == name and previous[1].startswith("person:"):
            return previous[0], previous[1]
        return None
    if _ARTICLE_BEFORE.search(text, max(0, name_start - 8), name_start):
        return None  # "die Vereinten Nationen", "o Conselho": nouns, not names
    return name, "person:" + re.sub(r"[^a-z0-9]+", "-", _fold(name)).strip("-")


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def _foreign_delegation(match: re.Match) -> tuple[str, str, str] | None:
    """(speaker, role, organization) for "o representante da França", "der Vertreter Russlands"."""
    written, role_word = (match.group("pt_c"), match.group("pt_role")) if match.group("pt_c") else \
        (match.group("de_c"), match.group("de_role"))
    country = country_of(written)
    if country is None:
        return None
    role = _FOREIGN_ROLES.get(role_word.lower(), "delegation")
    name = f"{country} government" if role == "government" else f"representative of {country}"
    return name, role, country


def _person(entities: list[Entity], start: int, end: int) -> Entity | None:
    entity = entity_at(entities, start, end)
    return entity if entity is not None and entity.kind == "person" else None


def _speaker_before(text: str, s: Sentence, verb: re.Match, entities: list[Entity], previous: tuple | None = None):
    before_end = verb.start()
    head = text[s.start:before_end]
    role_text = None
    if (app := _APPOSITIVE_TAIL.search(head)) is not None:
        role_text = app.group("app")
        core_end = s.start + app.start()
    else:
        core_end = s.start + len(head.rstrip())
        core_end -= len(re.search(r"(?:\s+(?:also|later|then|further|again))?\s*$", text[s.start:core_end]).group())
    # A person mention ending where the speaker phrase ends.
    for entity in entities:
        if entity.kind != "person":
            continue
        for mention in entity.mentions:
            if s.start <= mention.start and abs(mention.end - core_end) <= 1:
                role, org = split_role(role_text) if role_text else (entity.role, entity.organization)
                return entity.name, entity.key, role or entity.role, org or entity.organization, "before", mention.start
    foreign = bool(_FOREIGN_VERB.match(verb.group()))
    if foreign and (d := _FOREIGN_DELEGATION.search(text, s.start, core_end)) is not None and \
            (found := _foreign_delegation(d)) is not None:
        name, role, org = found
        return name, "delegation:" + org.lower().replace(" ", "-"), role, org, "before", d.start()
    if (d := _DELEGATION_BEFORE.search(text, s.start, core_end)) is not None and d.end() >= core_end - 1:
        delegation = _delegation(d)
        if delegation is not None:
            name, role, org = delegation
            return name, "delegation:" + org.lower().replace(" ", "-"), role, org, "before", d.start()
    for entity in entities:
        if entity.kind == "organization" and any(s.start <= mm.start and abs(mm.end - core_end) <= 1 for mm in entity.mentions):
            return entity.name, entity.key, None, entity.name, "before", core_end
    if not foreign:
        return None
    if (n := _NAME_BEFORE.search(text, s.start, core_end)) is not None and \
            (person := _named_person(text, n.start("name"), n.group("name"), previous)) is not None:
        role, org = split_role(role_text) if role_text else (None, None)
        return person[0], person[1], role, org, "before", n.start("name")
    return None


def _speaker_after(text: str, s: Sentence, verb: re.Match, entities: list[Entity], previous: tuple | None = None):
    m = _AFTER_SPEAKER.match(text, verb.end(), s.end)
    if m is None:
        return _named_after(text, s, verb, previous)
    who_start, who_end = m.start("who"), m.end("who")
    entity = _person(entities, who_start, who_end)
    role_text = m.group("app").strip(" ,") if m.group("app") else None
    if entity is not None:
        role, org = split_role(role_text) if role_text else (entity.role, entity.organization)
        return entity.name, entity.key, role or entity.role, org or entity.organization, "after", who_start
    d = _DELEGATION_BEFORE.fullmatch(m.group("who"))
    if d is not None and (delegation := _delegation(d)) is not None:
        name, role, org = delegation
        return name, "delegation:" + org.lower().replace(" ", "-"), role, org, "after", who_start
    return _named_after(text, s, verb, previous)


def _named_after(text: str, s: Sentence, verb: re.Match, previous: tuple | None):
    """„…“, sagte Wassili Nebensja." / "Am Freitag sagte Nebensja, …"."""
    if not _FOREIGN_VERB.match(verb.group()) or (n := _NAME_AFTER.match(text, verb.end(), s.end)) is None:
        return None
    person = _named_person(text, n.start("name"), n.group("name"), previous)
    return None if person is None else (person[0], person[1], None, None, "after", n.start("name"))


def _content(text: str, s: Sentence, verb: re.Match, where: str, speaker_start: int) -> tuple[int, int, bool]:
    if where == "after" and _FOREIGN_VERB.match(verb.group()) and not quotes(text, s.start, verb.start()) \
            and not re.search(r"[,“”\"«»„]\s*$", text[s.start:verb.start()]) \
            and (comma := text.find(",", speaker_start, s.end)) != -1:
        # German puts the verb second: "Am Freitag sagte Nebensja, der Text …" says it after the speaker.
        lead = _LEAD_IN.match(text, comma, s.end)
        start, end = _content_span(text, lead.end() if lead else comma, s.end)
        inner = quotes(text, start, end)
        if len(inner) == 1 and inner[0].start - start <= 1 and end - inner[0].end <= 1:
            return inner[0].start, inner[0].end, True
        return start, end, False
    if where == "after" or verb.end() >= s.end - 2:
        found = [q for q in quotes(text, s.start, verb.start())]
        if found:
            return found[0].start, found[-1].end, True
        start, end = _content_span(text, s.start, speaker_start)
        return start, end, False
    lead = _LEAD_IN.match(text, verb.end(), s.end)
    start = lead.end() if lead else verb.end()
    start, end = _content_span(text, start, s.end)
    inner = quotes(text, start, end)
    quoted = len(inner) == 1 and inner[0].start - start <= 1 and end - inner[0].end <= 1
    if quoted:
        return inner[0].start, inner[0].end, True
    return start, end, False


def _said_on(text: str, dates: list[TemporalExpression], s: Sentence, verb: re.Match, c_start: int, c_end: int):
    for e in dates:
        if not (s.start <= e.start < s.end) or (c_start <= e.start < c_end):
            continue
        if e.kind not in ("on", "relative", "date"):
            continue
        if e.value is None and not re.search(r"day\b|today|yesterday|tonight", e.text, re.I):
            continue
        if e.value is not None and e.value.precision != Precision.DAY:
            continue
        return when_of(e)  # unresolved ("on Friday" with no anchor) keeps its words
    return None


def _about(entities: list[Entity], mission_mentions: list[MissionMention], start: int, end: int, speaker_key: str) -> tuple[str, ...]:
    named = [e.name for e in entities_in(entities, start, end) if e.key != speaker_key and e.name != "United Nations"]
    missions = [m.acronym for m in mission_mentions if start <= m.start < end]
    return tuple(dict.fromkeys(named + missions))


def _attribution(text: str, s: Sentence) -> tuple[re.Match, str, str] | None:
    """The sentence's "according to X, …" (or a Portuguese or German one): the match,
    the verb a claim records and the group that names the source."""
    if (m := _ACCORDING.search(text, s.start, s.end)) is not None:
        return m, "according to", "who"
    for verb, pattern in _ACCORDING_FOREIGN:
        if (m := pattern.search(text, s.start, s.end)) is None:
            continue
        group = "who" if m.group("who") else "who2"
        if verb in ("laut", "nach Angaben", "zufolge") and text[s.start:m.start()].strip(" “”\"„«»") \
                and not text[s.start:m.start()].rstrip().endswith(","):
            continue  # German sources inside a clause ("Russland hat nach Angaben Frankreichs …") are left alone
        if not _NOT_SOURCES.search(m.group(group)):
            return m, verb, group
    return None


def _according_to(text: str, sentences: list[Sentence], dates, entities, mission_mentions, existing: list[Claim]) -> list[Claim]:
    out = []
    taken = {c.span.start for c in existing}
    for s in sentences:
        found = _attribution(text, s)
        if not found:
            continue
        m, verb, group = found
        who_start, who_end = m.start(group), m.end(group)
        who = re.sub(r"^(?:[Dd](?:er|em|en|es|ie|as)|einer|einem|eines|[oa]s?)\s+", "", m.group(group)) \
            if verb != "according to" else m.group(group)
        entity = entity_at(entities, who_start, who_end)
        named = _NAME_BEFORE.search(who) if verb != "according to" else None
        person = _named_person(who, named.start("name"), named.group("name"), None) if named else None
        if entity is not None:
            name, key, role, org = entity.name, entity.key, entity.role, entity.organization
        elif verb != "according to" and (country := country_of(who)) is not None:
            name, key, role, org = country, "delegation:" + country.lower().replace(" ", "-"), "delegation", country
        elif person is not None:  # "laut dem russischen Botschafter Wassili Nebensja"
            name, key = person
            role, org = who[:named.start("name")].strip() or None, None
        else:
            role, org = split_role(who)
            name = " ".join(who.split())
            key = "source:" + re.sub(r"[^a-z0-9]+", "-", name.lower() if verb == "according to" else _fold(name)).strip("-")
        start, end = _content_span(text, m.start("content"), s.end)
        if start in taken or end - start < 8:
            continue
        out.append(Claim(speaker=name, speaker_key=key, role=role, organization=org, verb=verb,
                         said_on=None, about=_about(entities, mission_mentions, start, end, key),
                         text=_clean(text[start:end]), span=Span(start, end, text[start:end]),
                         hedged=bool(HEDGES.search(text[start:end]))))
    return out
