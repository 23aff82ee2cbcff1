"""Events a report tells of: coups, withdrawal of consent, demands that a
mission leave, blocked rotations, attacks and massacres (with casualty
figures and their qualifiers), foreign forces hired or deployed.

Each event gets its time (interval and precision, from the dates grammar),
actors, place and a status: *alleged* when the report hedges it ("believed
to", "accused of", "allegedly"), *reported* otherwise. None of this is in the
Council's record; the checker keeps it as context, attributed.

French, Spanish, Portuguese and German reports tell the same events in their
own words ("golpe de Estado", "Putsch", "massacre de Moura", "Anschlag",
"pelo menos 500 civis", "mindestens 500 Zivilisten") and hedge them their own
way ("supostamente", "alegadamente", "mutmaßlich", "soll … verübt haben");
figures, qualifiers and victims are recorded in English ("at least",
"civilians") so that reports compare whatever their language.
"""
from __future__ import annotations

import re

from ..extract.dates import Precision, TemporalExpression
from .mandate import MissionMention, sentence_mission, when_of
from .model import ALLEGED, REPORTED, Event, Span
from .names import country_of
from .sentences import Sentence

HEDGES = re.compile(r"\b(?:believed\s+to|alleged(?:ly)?|reported(?:ly)?\s+to|reportedly|accused\s+of|suspected\s+of|suspected"
                    r"|(?:is|are|was|were)\s+said\s+to|purported(?:ly)?|thought\s+to|likely\s+to\s+have|may\s+have"
                    r"|might\s+have|could\s+have|apparently|claimed\s+to|according\s+to\s+(?:unconfirmed|some)"
                    # Portuguese ("teriam matado": would have killed, as hearsay; "teria de" is "would have to")
                    r"|supostamente|alegadamente|alegad[oa]s?|acusad[oa]s?\s+de|suspeit[oa]s?\s+de|presumivelmente"
                    r"|aparentemente|acredita-se\s+que|teriam?(?!\s+(?:de|que)\b)"
                    # Spanish
                    r"|presuntamente|supuestamente|presunt[oa]s?|sospechos[oa]s?\s+de"
                    # French
                    r"|présumée?s?|présumément|prétendument|supposément|accusée?s?\s+d(?:e|['’])|soupçonnée?s?\s+d(?:e|['’])"
                    # German ("soll … verübt haben", "… verübt haben sollen")
                    r"|mutmaßlich\w*|angeblich\w*|vermutlich|offenbar|beschuldigt|verdächtigt|vorgeworfen|Berichten\s+zufolge"
                    r"|soll(?:en|te|ten)?\s+(?:[\w-]+\s+){0,15}?(?:haben|sein)|(?:haben|sein)\s+soll(?:en)?)\b", re.I)

TRIGGERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("coup", re.compile(r"\b(?:military\s+)?coups?(?:\s+d['’]état)?\b|\bseized\s+power\b|\boverthrew\b|\btoppled\b"
                        # "golpe de Estado", "golpe militar"; a bare "golpe" unless it is a blow ("um duro golpe para
                        # a missão", "golpe de sorte") or "de golpe" (suddenly)
                        r"|\bgolpes?\s+(?:de\s+estado|militar(?:es)?)\b"
                        r"|(?<!duro\s)(?<!forte\s)(?<!grave\s)(?<!gran\s)(?<!novo\s)(?<!nuevo\s)(?<!\bde\s)\bgolpes?\b"
                        r"(?!\s+(?:para|contra|a|à|al|duro|fatal|mortal)\b|\s+de\s+(?!estado\b))"
                        r"|\b(?:tomou|tomaram)\s+o\s+poder\b|\b(?:tomó|tomaron)\s+el\s+poder\b|\bpris\s+le\s+pouvoir\b"
                        r"|\b(?:derrocó|derrocaron)\b|\bderrub(?:ou|aram)\s+(?:o|a)\s+(?:\w+\s+)?(?:presidente|governo|regime)\b"
                        r"|\b\w*putsch(?:e[sn]?|es)?\b|\bputschte(?:n)?\b|\bstaatsstreich(?:e[sn]?|s)?\b"
                        r"|\b(?:ergriff|ergriffen)\s+(?:\w+\s+){0,2}?die\s+Macht\b"
                        r"|\bstürzte(?:n)?\s+(?:den|die)\s+(?:\w+\s+)?(?:Präsident\w*|Regierung|Staatschef\w*|Machthaber)\b", re.I)),
    ("consent_withdrawn", re.compile(r"\b(?:revok|withdr[ae]w|withdrawn|rescind|retract)\w*\s+(?:its\s+|their\s+|the\s+)?consent\b"
                                     r"|\bconsent\b\s+(?:\w+\s+){0,3}?(?:was\s+|had\s+been\s+)?(?:revoked|withdrawn|rescinded)\b"
                                     r"|\bwithdrawal\s+of\s+(?:its\s+|the\s+(?:host\s+)?(?:government['’]s\s+)?)?consent\b"
                                     r"|\b(?:retir|revog|revoc|rescind|retrai|révoqu)\w*\s+(?:(?:o|a|seu|sua|su|son|leur|el|le|l['’])\s*)*"
                                     r"(?:consentimento|consentimiento|consentement)\b"
                                     r"|\b(?:retirada|retrait|revogação|revocación|retiro)\s+(?:do|du|del|de\s+(?:su|son|seu))\s+"
                                     r"(?:consentimento|consentimiento|consentement)\b"
                                     r"|\b(?:Zustimmung|Einverständnis|Einwilligung)\b\s+(?:\w+\s+){0,4}?"
                                     r"(?:entzogen|zurückgezogen|widerrufen|aufgekündigt)\b"
                                     r"|\b(?:entzog(?:en)?|widerrief(?:en)?|zog(?:en)?)\s+(?:\w+\s+){0,6}?(?:Zustimmung|Einverständnis)\b"
                                     r"|\b(?:Entzug|Rückzug|Widerruf)\s+(?:der|seiner|ihrer)\s+(?:Zustimmung|Einverständnis)", re.I)),
    ("withdrawal_demanded", re.compile(r"\b(?:demand|request|order|ask|call|urg)(?:s|ed|ing)?\b\s+(?:for\s+)?(?:\w+\s+){0,6}?"
                                       r"(?:to\s+(?:leave|depart|withdraw|exit|go)|(?:the\s+)?(?:immediate\s+)?withdrawal|departure)\b"
                                       r"|\b(?:expel|expell)(?:ed|s|ing)?\b"
                                       r"|\b(?:exig|pedi|pediu|solicit|orden|ordonn|réclam|reclam)\w*\s+(?:\w+\s+){0,6}?"
                                       r"(?:retirada|saída|salida|départ|retrait|partida)\b|\bexpuls(?:ou|aram|ó|aron|é|ée|és|ées|ão|ión)\b"
                                       r"|\b(?:forder|verlang|aufgefordert|gefordert)\w*\s+(?:\w+\s+){0,6}?"
                                       r"(?:Abzug|Abzugs|Rückzug|abzuziehen|zu\s+verlassen)\b"
                                       r"|\b(?:Abzug|Rückzug)\b\s+(?:\w+\s+){0,6}?(?:gefordert|verlangt)\b|\bausgewiesen\b", re.I)),
    ("rotations_blocked", re.compile(r"\b(?:block|halt|suspend|bar|stop|restrict)(?:s|ed|ing|ped)?\s+(?:\w+\s+){0,3}?rotations?\b"
                                     r"|\brotations?\b\s+(?:\w+\s+){0,3}?(?:were\s+|had\s+been\s+)?(?:blocked|halted|suspended|barred)\b"
                                     r"|\b(?:bloque|suspend|imped|interromp|blockier|stoppt|unterb[au]nd|verhinder)\w*\s+(?:\w+\s+){0,3}?"
                                     r"(?:rota[çc]\w*|rotations?|\w*rotation(?:en)?)\b"
                                     r"|\b(?:rota(?:ções|ção|ciones|ción)|rotations?|\w*rotation(?:en)?)\s+(?:\w+\s+){0,4}?"
                                     r"(?:bloquead\w*|suspens\w*|suspendid\w*|bloqué\w*|suspendu\w*|blockiert|gestoppt|ausgesetzt"
                                     r"|verhindert|unterbunden)", re.I)),
    ("massacre", re.compile(r"\bmassacres?\b|\bkilling\s+of\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?\d"
                            r"|\bmasacres?\b|\bchacinas?\b|\bMassakers?\b|\bBlutbad\w*", re.I)),
    ("attack", re.compile(r"\battack(?:s|ed)?\b|\bambush(?:es|ed)?\b|\bassault(?:s|ed)?\b|\bshelling\b|\bbombings?\b"
                          r"|\bexplosive\s+device\b|\bkilled\b"
                          r"|\bataques?\b|\batentados?\b|\bemboscadas?\b|\batac(?:ou|aram|ó|aron|ad[oa]s?)\b"
                          r"|\bbombarde(?:io|ios|amento|amentos|os?)\b|\b(?:matou|mataram|mató|mataron)\b"
                          r"|\battaques?\b|\battentats?\b|\bembuscades?\b|\battaqué(?:e|s|es)?\b|\btué(?:e|s|es)?\b"
                          r"|\b\w*angriff(?:e|en|s)?\b|\b\w*anschl[aä]g(?:e|en|s)?\b|\bÜberfall\w*|\bHinterhalt\w*"
                          r"|\bangegriffen\b|\bgetötet\b|\bBeschuss\b", re.I)),
    ("foreign_force_hired", re.compile(r"\b(?:hire|hiring|hired|recruit\w*|contract(?:ed|ing)|enlist\w*|brought\s+in|bring\s+in|turned\s+to)\b"
                                       r"\s+(?:\w+\s+){0,4}?(?:Wagner|mercenar\w+|private\s+military|contractors?|Africa\s+Corps|instructors)"
                                       r"|\b(?:contrat(?:ou|aram|ó|aron|ação|ación|é|és)|recrut(?:ou|aram|é|és)|reclut(?:ó|aron)"
                                       r"|recorr(?:eu|eram|ió|ieron)\s+a|fait\s+appel\s+à|engagé|angeheuert|heuerte(?:n)?|engagierte(?:n)?"
                                       r"|rekrutierte(?:n)?|angeworben)\b\s+(?:\w+\s+){0,4}?"
                                       r"(?:Wagner|mercen[aá]ri\w+|mercenaires?|Söldner\w*|paramilitar\w*|Africa\s+Corps|instrutores|instructores"
                                       r"|instructeurs|Ausbilder)"
                                       r"|\b(?:Wagner|Söldner\w*|Africa\s+Corps)\b[\w-]*\s+(?:[\w-]+\s+){0,4}?"
                                       r"(?:angeheuert|engagiert|rekrutiert|angeworben|geholt|unter\s+Vertrag\s+genommen)\b", re.I)),
    ("foreign_force_deployed", re.compile(r"\b(?:deploy(?:ed|ment|s)?|arriv(?:al|ed)|sent|dispatch(?:ed)?)\b\s+(?:of\s+)?(?:\w+\s+){0,4}?"
                                          r"(?:Wagner|mercenar\w+|Africa\s+Corps|(?:Russian|French|Chadian|Rwandan|Burundian|Ugandan|Kenyan|foreign)\s+"
                                          r"(?:troops|forces|soldiers|instructors|mercenaries|fighters))"
                                          r"|\b(?:destacamento|envio|envío|chegada|llegada|despliegue|déploiement|envoi|arrivée|enviou|enviaram"
                                          r"|envió|enviaron|chegaram|llegaron|desplegó|déployé|envoyé)\b\s+(?:\w+\s+){0,4}?"
                                          r"(?:Wagner|mercen[aá]ri\w+|mercenaires?|Africa\s+Corps"
                                          r"|(?:tropas|forças|fuerzas|soldados|instrutores|instructores|combatentes|troupes|soldats"
                                          r"|instructeurs|combattants)\s+(?:russ|frances|français|chad|tchad|ruand|rwand|burund|ugand|quen|ken"
                                          r"|estrangeir|extranjer|étrang)\w*)"
                                          r"|\b(?:Entsendung|Stationierung|Ankunft|Verlegung|entsandt|stationiert|schickte(?:n)?|verlegt)\b"
                                          r"\s+(?:\w+\s+){0,4}?(?:Wagner|Söldner\w*|Africa\s+Corps|(?:russisch|französisch|tschadisch"
                                          r"|ruandisch|burundisch|ugandisch|kenianisch|ausländisch)\w*\s+(?:Truppen|Streitkräfte|Soldaten"
                                          r"|Ausbilder|Söldner|Kämpfer))"
                                          r"|\b(?:Wagner|Söldner\w*|Africa\s+Corps|(?:russisch|französisch|tschadisch|ruandisch|burundisch"
                                          r"|ugandisch|kenianisch|ausländisch)\w*\s+(?:Truppen|Soldaten|Söldner|Kämpfer))\b[\w-]*"
                                          r"\s+(?:[\w-]+\s+){0,4}?(?:entsandt|stationiert|geschickt|verlegt)\b", re.I)),
)
# "Killed" on its own tells of an attack unless a disaster did the killing.
_KILLED = re.compile(r"killed|matou|mataram|mató|mataron|tué(?:e|s|es)?|getötet", re.I)
_DISASTERS = re.compile(r"\b(?:earthquake|hurricane|cyclone|flood\w*|cholera|epidemic|terremoto|sismo|furacão|huracán|ciclone"
                        r"|ciclón|inundaç\w+|inundaci\w+|cólera|epidemia|séisme|tremblement\s+de\s+terre|ouragan|inondation\w*"
                        r"|choléra|épidémie|Erdbeben|Wirbelsturm|Hurrikan|Überschwemmung\w*|Cholera|Epidemie)", re.I)
# Council language that names these words without telling of an event.
_COUNCIL_WORDS = re.compile(r"\b(?:resolution|authori[sz]\w+|mandate[sd]?\b|the\s+council\s+(?:condemn|call|urg|demand|request)"
                            r"|threats?\s+of\s+violence|condemn\w*"
                            r"|resolu[çc](?:ão|ões)|resoluci(?:ón|ones)|résolution|mandat(?:o|os|s|e|en)?\b|autoriz\w+|ermächtig\w*"
                            r"|conden[aó]\w*|condamn\w*|verurteil\w*|(?:o|el|le)\s+conse(?:lho|jo|il)\s+(?:exig|ped|pid|apel|inst|demand)"
                            r"|der\s+(?:Sicherheits)?rat\s+(?:forder|verlang|ruft))", re.I)

ACTORS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Wagner Group", re.compile(r"\b(?:the\s+)?(?:Russian\s+)?Wagner(?:\s+[Gg]roup)?(?:\s+mercenar\w+|\s+fighters|\s+forces)?\b")),
    ("Africa Corps", re.compile(r"\bAfrica\s+Corps\b")),
    ("military junta", re.compile(r"\b(?:the\s+)?(?:ruling\s+)?(?:military\s+)?junta\b|\btransitional\s+(?:authorities|government)\b"
                                  r"|\bTransition(?:al)?\s+Government\b|\bMilitärjunta\b|\bÜbergangsregierung\b"
                                  r"|\b(?:autoridades|governo|gobierno)\s+de\s+transi(?:ção|ción)\b"
                                  r"|\b(?:autorités|gouvernement)\s+de\s+(?:la\s+)?transition\b", re.I)),
    ("armed forces", re.compile(r"\b(?P<country>[A-Z][a-z]+)\s+(?:government\s+)?(?:military|army|armed\s+forces|forces|soldiers|troops)\b")),
    ("Islamist armed groups", re.compile(r"\b(?:Islamist|jihadist|extremist)\s+(?:fighters|militants|groups?|insurgents)\b"
                                         r"|\b(?:jihadistas|yihadistas|djihadistes|jihadistes|Dschihadisten|islamistas|islamistes"
                                         r"|Islamisten|extremistas|extrémistes)\b"
                                         r"|\b(?:dschihadistisch|islamistisch|extremistisch)\w*\s+(?:Gruppen?|Kämpfer|Milizen|Terroristen)\b",
                                         re.I)),
    ("armed groups", re.compile(r"\b(?:armed|rebel)\s+groups?\b|\brebels\b|\bmilitias?\b"
                                r"|\bgrupos?\s+armados?\b|\bgroupes?\s+armés?\b|\brebeldes\b|\brebelles\b|\bmilícias?\b"
                                r"|\bmilicias?\b|\bmilices?\b|\bbewaffnete[n]?\s+Gruppen?\b|\bRebellen\w*|\bMilizen\b", re.I)),
    ("M23", re.compile(r"\bM23\b")),
    ("ADF", re.compile(r"\bADF\b|\bAllied\s+Democratic\s+Forces\b")),
    ("Rapid Support Forces", re.compile(r"\bRapid\s+Support\s+Forces\b|\bRSF\b")),
    ("Hezbollah", re.compile(r"\bHezbollah\b|\bHizbullah\b")),
    ("Al-Shabaab", re.compile(r"\b[Aa]l-?Shabaab\b")),
)
# Qualifiers and victims in other languages, recorded in English.
_QUALIFIERS = {
    "pelo menos": "at least", "ao menos": "at least", "no mínimo": "at least", "mindestens": "at least",
    "au moins": "at least", "al menos": "at least", "por lo menos": "at least",
    "mais de": "more than", "mehr als": "more than", "über": "more than", "plus de": "more than", "más de": "more than",
    "quase": "nearly", "fast": "nearly", "nahezu": "nearly", "près de": "nearly", "casi": "nearly",
    "cerca de": "about", "aproximadamente": "about", "etwa": "about", "rund": "about", "ungefähr": "about",
    "environ": "about", "unos": "about", "unas": "about", "alrededor de": "about",
    "até": "up to", "bis zu": "up to", "jusqu'à": "up to", "jusqu’à": "up to", "hasta": "up to",
}
_VICTIMS = {
    "civis": "civilians", "zivilisten": "civilians", "civils": "civilians", "civiles": "civilians",
    "pessoas": "people", "menschen": "people", "personnes": "people", "personas": "people", "mortos": "people",
    "tote": "people", "toten": "people", "morts": "people", "muertos": "people",
    "capacetes azuis": "peacekeepers", "blauhelme": "peacekeepers", "blauhelmsoldaten": "peacekeepers",
    "friedenssoldaten": "peacekeepers", "casques bleus": "peacekeepers", "cascos azules": "peacekeepers",
    "soldados": "soldiers", "militares": "soldiers", "soldaten": "soldiers", "soldats": "soldiers",
    "aldeões": "villagers", "dorfbewohner": "villagers", "villageois": "villagers", "aldeanos": "villagers",
    "homens": "men", "männer": "men", "hommes": "men", "hombres": "men",
    "mulheres": "women", "frauen": "women", "femmes": "women", "mujeres": "women",
    "crianças": "children", "kinder": "children", "enfants": "children", "niños": "children",
    "combatentes": "fighters", "kämpfer": "fighters", "combattants": "fighters", "combatientes": "fighters",
    "manifestantes": "demonstrators", "demonstranten": "demonstrators", "manifestants": "demonstrators",
    "refugiados": "refugees", "flüchtlinge": "refugees", "réfugiés": "refugees",
    "moradores": "residents", "habitantes": "residents", "einwohner": "residents", "bewohner": "residents",
    "habitants": "residents", "personen": "persons",
}
_CASUALTIES = re.compile(r"(?P<qual>at\s+least|more\s+than|over|nearly|almost|about|around|some|up\s+to|roughly|an\s+estimated"
                         r"|pelo\s+menos|ao\s+menos|no\s+mínimo|mais\s+de|cerca\s+de|quase|aproximadamente|até"
                         r"|mindestens|mehr\s+als|über|fast|nahezu|etwa|rund|ungefähr|bis\s+zu"
                         r"|au\s+moins|plus\s+de|près\s+de|environ|jusqu['’]à|al\s+menos|por\s+lo\s+menos|más\s+de|casi|unos|unas"
                         r"|alrededor\s+de|hasta)?\s*"
                         r"(?<![\d.,])(?P<n>\d{1,3}(?:,\d{3})+|\d{1,3}(?:[.\u00a0\u202f]\d{3})+|\d+)\s+"
                         r"(?P<victims>civilians|people|peacekeepers|soldiers|villagers|persons|men|women"
                         r"|children|troops|fighters|demonstrators|protesters|refugees|residents|"
                         + "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in _VICTIMS), key=len, reverse=True))
                         + r")\b", re.I)
_PLACE_BEFORE = re.compile(r"\b(?:the\s+)?(?P<place>[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+)?)\s+(?:massacre|attack|ambush|killings)\b")
_PLACE_IN = re.compile(r"\b(?:in|at|near|on)\s+(?:the\s+)?(?:village\s+of\s+|town\s+of\s+|city\s+of\s+)?(?P<place>[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+)?)"
                       # "em Moura", "na aldeia de Moura", "im Dorf Moura", "près de Mopti", "en la aldea de Moura"
                       r"|(?:\bem|\bperto\s+de|(?:\bna|\bno)\s+(?:aldeia|vila|vilarejo|localidade|cidade|região)\s+de"
                       r"|\b(?:im|das|dem)\s+(?:Dorf|Ort)|\bin\s+der\s+(?:Stadt|Ortschaft|Region|Gemeinde)|\bnahe"
                       r"|\ba\s+(?:aldeia|vila|cidade|localidade)\s+de"
                       r"|(?<!\w)à|\bprès\s+de|\bdans\s+le\s+village\s+de|\ben|\bcerca\s+de|\ben\s+la\s+aldea\s+de)\s+"
                       r"(?P<place2>[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+)?)")
# "massacre de Moura", "Massaker von Moura", "attaque à Gao", "Anschlag in Bamako".
_PLACE_AFTER = re.compile(r"\b(?:massacres?|masacres?|chacinas?|Massakers?|ataques?|atentados?|attaques?|attentats?|Angriffs?"
                          r"|Anschlags?)\s+(?:de|em|en|à|von|in|bei)\s+(?P<place>[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+)?)\b")
_NOT_PLACES = {"The", "A", "An", "This", "That", "Following", "After", "UN", "U.N.", "United Nations", "Security Council",
               "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
               # determiners that open a sentence in other languages ("Um massacre", "Un attentat")
               "Um", "Uma", "Un", "Une", "Le", "Ce", "Cet", "Cette", "Este", "Esse", "Novo", "Nuevo", "Nouveau", "Outro",
               "ONU", "UNO", "Wagner", "Nações Unidas", "Vereinten Nationen", "Nations Unies", "Naciones Unidas",
               "Januar", "Februar", "März", "Juni", "Juli", "Oktober", "Dezember", "Montag", "Dienstag", "Mittwoch",
               "Donnerstag", "Freitag", "Samstag", "Sonntag"}
_SUMMARY = {
    "coup": "coup", "consent_withdrawn": "consent to the mission withdrawn",
    "withdrawal_demanded": "demand that the peacekeepers leave", "rotations_blocked": "troop rotations blocked",
    "massacre": "massacre", "attack": "attacks", "foreign_force_hired": "foreign force hired",
    "foreign_force_deployed": "foreign force deployed",
}


def _english(written: str, words: dict[str, str]) -> str:
    """A qualifier or victims word as the English the records use ("pelo menos" -> "at least")."""
    written = " ".join(written.lower().split())
    return words.get(written, written)


def _actors(chunk: str, host: str | None) -> tuple[str, ...]:
    found = []
    for name, pattern in ACTORS:
        for m in pattern.finditer(chunk):
            if name == "armed forces":
                country = country_of(m.group("country"))
                if country is None:
                    continue
                actor = f"{m.group('country')} armed forces"
            elif name == "military junta" and host:
                actor = f"military junta ({host})"
            else:
                actor = name
            if actor not in found:
                found.append(actor)
    return tuple(found)


def _place(chunk: str, kind: str, host: str | None) -> str | None:
    if kind in ("massacre", "attack"):
        m = _PLACE_BEFORE.search(chunk)
        if m and m.group("place") not in _NOT_PLACES and not country_of(m.group("place").split()[0]):
            return m.group("place")
        m = _PLACE_AFTER.search(chunk)
        if m and m.group("place") not in _NOT_PLACES and m.group("place").split()[0] not in _NOT_PLACES:
            return m.group("place")
        for m in _PLACE_IN.finditer(chunk):
            place = m.group("place") or m.group("place2")
            if place not in _NOT_PLACES:
                return place
    return host


def _clause(text: str, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The clause around a trigger: from the last comma-led connective or
    semicolon before it to the next such break after it."""
    head = text[sentence.start:start]
    cut = max((m.end() for m in re.finditer(r";|,\s+(?:after|as|while|and|but|with|following)\b|\bafter\b|\bFollowing\b"
                                             r"|,\s+(?:após|enquanto|mas|com|nachdem|während|und|aber|mit|après|tandis|mais|avec"
                                             r"|tras|mientras|pero|con|cuj[oa]s?|cuy[oa]s?|dont|deren|dessen)\b|\b(?:[Aa]pós|[Dd]epois\s+d[eoa]s?|[Nn]achdem|[Aa]près|[Tt]ras)\b"
                                             r"|\b[Nn]ach\s+(?:dem|den|zwei|drei|einem)\b", head)),
              default=0)
    tail = text[end:sentence.end]
    stop = min((m.start() for m in re.finditer(r";|,\s+(?:after|as|while|but|with|which|who|accusing|saying|citing|and\s+has)\b"
                                                r"|\s+after\s+the\b"
                                                r"|,\s+(?:após|enquanto|mas|com|que|acusando|dizendo|citando|nachdem|während|aber|mit"
                                                r"|die|der|das|welche[rs]?|après|tandis|mais|avec|qui|accusant|tras|mientras|pero|con"
                                                r"|quien(?:es)?|cuj[oa]s?|cuy[oa]s?|dont|deren|dessen)\b|\s+(?:após\s+o|depois\s+d[oa]|nach\s+dem|après\s+l[ea]|tras\s+el)\b",
                                                tail)),
               default=len(tail))
    return sentence.start + cut, end + stop


def read_events(text: str, sentences: list[Sentence], dates: list[TemporalExpression],
                mentions: list[MissionMention], primary: str | None, host: str | None) -> list[Event]:
    events: list[Event] = []
    for s in sentences:
        taken: list[tuple[int, int]] = []
        for kind, pattern in TRIGGERS:
            for m in pattern.finditer(text, s.start, s.end):
                if any(a <= m.start() < b for a, b in taken):
                    continue
                c_start, c_end = _clause(text, s, m.start(), m.end())
                chunk = text[c_start:c_end]
                if _COUNCIL_WORDS.search(chunk) and kind not in ("consent_withdrawn", "coup", "massacre"):
                    continue
                if kind == "withdrawal_demanded" and not re.search(r"junta|government|authorities|president|minister|"
                                                                   r"Bamako|Kinshasa|Khartoum|officials|governo|gobierno"
                                                                   r"|gouvernement|Regierung|autoridades|autorités|Behörden"
                                                                   r"|presidente|président|Präsident|ministr[oe]|Minister", chunk, re.I):
                    continue
                if kind == "attack" and re.search(r"\b(?:massacre|masacre|chacina|Massaker)\b", chunk, re.I):
                    continue
                if kind == "attack" and _KILLED.fullmatch(m.group()) and _DISASTERS.search(chunk):
                    continue  # "the earthquake, which killed 200,000 people" / "el terremoto, que mató a …"
                hedge = HEDGES.search(chunk)
                status = ALLEGED if hedge else REPORTED
                casualties = _CASUALTIES.search(chunk) if kind in ("massacre", "attack") else None
                clause_dates = [e for e in dates if c_start <= e.start < c_end and e.value is not None
                                and e.value.precision not in (Precision.OPEN, Precision.UNKNOWN)
                                and e.kind in ("date", "on", "relative", "as_of", "from")]
                actors = _actors(text[m.end():c_end] if kind == "attack" and re.match(r"\s+by\b", text[m.end():c_end])
                                 else chunk, host)
                if not actors and kind in ("consent_withdrawn", "withdrawal_demanded"):
                    # "Mali had revoked consent": the state, through its government.
                    states = [c for c in re.findall(r"\b([A-Z][a-zà-ÿ]+)\s+(?:had\s+|has\s+|hat\s+|tinha\s+|a\s+)?(?:\w+\s+)?"
                                                    r"(?:revok|withdr|rescind|demand|request|order|retir|revog|exig|pediu"
                                                    r"|entz|forder|verlang|zog|révoqu|retiré|exigé)", chunk)
                              if country_of(c)]
                    actors = tuple(f"government of {country_of(c)}" for c in states[:1])
                if not actors and kind not in ("attack", "massacre"):
                    # "the junta … has previously blocked rotations": the subject
                    # is earlier in the sentence.
                    actors = _actors(text[s.start:m.start()], host)[:1]
                place = _place(chunk, kind, host)
                mission = sentence_mission(mentions, s, primary)
                base = dict(span=Span(c_start, c_end, chunk), actors=actors, place=place, status=status,
                            mission=mission)
                if casualties:
                    base.update(casualties=int(re.sub(r"[,.\u00a0\u202f]", "", casualties.group("n"))),
                                casualty_qualifier=(_english(casualties.group("qual"), _QUALIFIERS)
                                                    if casualties.group("qual") else None),
                                victims=_english(casualties.group("victims"), _VICTIMS))
                summary = _SUMMARY[kind] + (f" in {place}" if place and kind != "massacre" else "")
                if kind == "massacre" and place:
                    summary = f"{place} massacre"
                if kind == "coup" and len(clause_dates) > 1:
                    for e in clause_dates:  # "two military coups in 2020 and 2021": one coup each
                        events.append(Event(kind, summary, when=when_of(e), **base))
                else:
                    when = when_of(clause_dates[0]) if clause_dates else None
                    events.append(Event(kind, summary, when=when, **base))
                taken.append((c_start, c_end))
    return events
