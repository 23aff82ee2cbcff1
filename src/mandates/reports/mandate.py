"""What a report says a resolution does to a mission: the action (establish,
extend, terminate, a failed vote), the dates with their qualifiers (mandate
until, terminated as of, withdrawal by, authorities until), the mandate's
period and when the mission was first deployed (ceilings: ``ceilings.py``).

Each date is read by the cue nearest before it in its clause: "authorized to
… until 30 September" is an authority's sunset ("use all necessary means
until 30 April 2017" too), "completing this process by 31 December" a
withdrawal deadline, "extended … until 30 June 2024" the mandate's end. A
withdrawal from one region ("from South Kivu by 30 April") is not the
mission's withdrawal deadline. French and Spanish reports use their own
words for the same cues ("proroge … jusqu'au", "met fin … à compter du",
"prorroga … hasta el", "pone fin").
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..extract.dates import Precision, TemporalExpression, to_iso
from ..missions import Registry
from .ceilings import CEILING_NUMBER
from .model import Fact, Span, When
from .names import country_of
from .resolution_text import DECISION_VERB, paragraph_start, resolution_body
from .sentences import Sentence

ACTION_CUES = (
    ("fail", re.compile(r"\bfail(?:ed|s)?\s+to\s+(?:adopt|pass|renew|extend|win|secure)|\bvetoe?d\b|\bveto(?:es)?\b"
                        r"|\bwas\s+not\s+adopted|\bdid\s+not\s+pass|\bfell\s+short\s+of"
                        r"|\b(?:blocked|rejected)\s+(?:a|the|its)\s+(?:[\w-]+\s+){0,3}?(?:draft|resolution|text|extension|renewal)\b"
                        r"|\b(?:draft|resolution|text)\s+(?:[\w-]+\s+){0,4}?(?:was|were)\s+(?:blocked|rejected)\b"
                        r"|\bn['’]a\s+pas\s+été\s+adopté|\bvet[óo]\b|\bno\s+(?:fue|ha\s+sido)\s+aprobad"
                        r"|\bvetou\b|\bnão\s+foi\s+aprovad|\brejeitad[oa]\b|\bscheiter\w*|\bVeto\s+(?:eingelegt|gegen)\b"
                        r"|\blegte\w*\s+(?:\w+\s+){0,3}?Veto\s+ein\b|\bnicht\s+angenommen\b|\babgelehnt\b", re.I)),
    ("terminate", re.compile(r"(?<!period\s)\bterminat(?:e|es|ed|ing|ion)\b|\b(?:to\s+|voted\s+to\s+|decided\s+to\s+)?(?<!the\s)end(?:s|ed|ing)?(?!\s+of\b)\s+(?:(?:its|the|a|their)\s+)?"
                             r"(?:[\w.-]+\s+){0,5}?(?:mission|mandate|operation|presence|force)\b|\bclos(?:e|es|ed|ing|ure\s+of)\s+(?:its|the)\s+"
                             r"(?:\w+\s+){0,3}?(?:mission|operation)\b|\bshut(?:s|ting)?\s+down\b|\bwind(?:s|ing)?\s+down\b"
                             r"|\bwithdraw(?:al\s+of)?\s+(?:its|the)\s+(?:\w+\s+){0,2}?mission\b|\bpull(?:s|ed|ing)?\s+the\s+plug\b"
                             r"|\bbring(?:s|ing)?\s+to\s+an\s+end\b|\bbrought\s+to\s+an\s+end\b"
                             r"|\b(?:met(?:tre|tant|tra)?|mis)\s+fin\b|\bp(?:one|oner|oniendo|uso|ondrá)\s+fin\b"
                             r"|\b(?:p[ôo]r|p[ôo]s|põe|pondo)\s+fim\b|\bencerr(?:ou|ar|a|am|ando|amento)\b(?!\s+(?:a\s+)?(?:reunião|sessão|debate))"
                             r"|\bbeend(?:et|ete|eten|en|igt|igte|igung)\b|\bBeendigung\b|\bauslaufen\b|\blie(?:ß|ss)\s+(?:\w+\s+){0,4}?auslaufen\b", re.I)),
    ("establish", re.compile(r"\bestablish(?:es|ed|ing)?\b|\bcreat(?:e|es|ed|ing)\s+(?:a|the)\s+(?:new\s+)?(?:[\w.-]+\s+){0,4}?"
                             r"(?:mission|force|operation|office)\b|\bset(?:s|ting)?\s+up\s+(?:a|the)\s+(?:new\s+)?\b"
                             r"|\blaunch(?:es|ed|ing)?\s+(?:a|the)\s+(?:new\s+)?(?:\w+\s+){0,3}?(?:mission|force|operation)\b"
                             r"|\bauthori[sz](?:es|ed|ing)\s+(?:the\s+)?(?:deployment|creation)\s+of\s+a\s+new\b"
                             # "authorized a new African Union mission", "approved a peacekeeping force for …",
                             # "Authorizes Deployment of African Union-United Nations Hybrid Operation"
                             r"|\b(?:authori[sz]|approv)(?:es|ed|ing)\s+(?:a|an)\s+(?:new\s+)?(?:[\w.-]+\s+){0,4}?"
                             r"(?:mission|force|operation)\s+(?:for|in|to)\b"
                             r"|\bauthori[sz](?:es|ed|ing)\s+(?:a\s+)?new\s+(?:[\w.-]+\s+){0,4}?(?:mission|force|operation)\b"
                             # "authorized the African Union to deploy a peacekeeping mission to Somalia"
                             r"|\bauthori[sz](?:es|ed|ing)\s+(?:the\s+)?(?:[\w.-]+\s+){0,5}?to\s+(?:deploy|establish|set\s+up|create|form)"
                             r"\s+(?:a|an)\s+(?:new\s+)?(?:[\w.-]+\s+){0,3}?(?:mission|force|operation)\b"
                             r"|\bauthori[sz](?:es|ed|ing)\s+(?:the\s+)?deployment\s+of\s+(?:an?\s+|the\s+)?(?:[\w.-]+\s+){0,5}?"
                             r"(?:Mission|Force|Operation)\b"
                             r"|\b(?:authori[sz](?:es|ed|ing)|mandated|approv(?:es|ed|ing))\s+(?:and\s+\w+\s+)?the\s+"
                             r"(?:creation|establishment)\s+of\b"
                             r"|\bapprov(?:es|ed|ing)\s+the\s+(?:creation|establishment)\b"
                             r"|\bétabli(?:t|r|ssant|e)?\b|\bcré(?:e|er|é|ée|ant)\s+(?:une|la)\b"
                             r"|\bautoris\w*\s+(?:le\s+déploiement\s+(?:[\w'’-]+\s+){0,4}?d['’])?une\s+(?:nouvelle\s+)?(?:opération|mission|force)\b"
                             r"|\bautoriz\w*\s+(?:el\s+despliegue\s+de\s+)?una\s+(?:nueva\s+)?(?:operación|misión|fuerza)\b"
                             r"|\bestablec(?:e|er|ió|iendo)\b|\bcre(?:a|ar|ó|ando)\s+(?:una|la)\b"
                             r"|\bestabelec(?:e|er|eu|endo)\b|\bcri(?:a|ar|ou|ando)\s+(?:uma|a)\s+(?:nova\s+)?(?:\w+\s+){0,3}?(?:missão|força|operação)\b"
                             r"|\beinge(?:richtet|setzt)\b|\beinzurichten\b|\brichtete\s+(?:\w+\s+){0,6}?ein\b|\bgeschaffen\b|\bschuf\b"
                             r"|\bgegründet\b|\bins\s+Leben\s+gerufen\b|\bzu\s+(?:bilden|entsenden|errichten)\b"
                             r"|\bbillig\w*\s+(?:\w+\s+){0,3}?\w*(?:[Ee]insatz|[Mm]ission|[Tt]ruppe)\b|\bneue\w*\s+(?:\w+\s+){0,2}?(?:Mission|Friedensmission|Blauhelmmission)\b", re.I)),
    ("extend", re.compile(r"(?<!intention\sto\s)(?<!intention\sde\s)(?<!intention\sde\sla\s)(?<!intention\sde\sle\s)"
                          r"(?:\bextend(?:s|ed|ing)?\b|\bextension\b|\brenew(?:s|ed|ing|al)?\b|\bprolong(?:s|ed|ing)?\b"
                          r"|\broll(?:s|ed)?\s+over\b|\brollover\b|\bfor\s+(?:another|a\s+further)\s+(?:year|\w+\s+months?)\b"
                          r"|\bprorog\w*|\bprolong\w*|\brenouvel\w*|\breconduit\w*|\bprorrog\w*|\brenov(?:ó|ar|ando|ación)\b"
                          r"|\brenov(?:ou|a|ado|ada|ação|acao)\b|\bestend(?:eu|e|er|ido|ida)\b"
                          r"|\bverlänger\w*|\bVerlängerung\w*|\berneuer\w*)", re.I)),
    # A change to a running mission that neither extends nor ends it: more troops, a wider mandate.
    ("adopt", re.compile(r"\b(?:expand|enlarg|increas|boost|bolster|reinforc|strengthen|beef)\w*\s+(?:the\s+|its\s+)?(?:[\w.-]+\s+){0,4}?"
                         r"(?:mission|force|operation|mandate|troops?|ceiling|strength|presence)\b"
                         # "Decides to reduce the authorized ceiling of the military component"
                         r"|\b(?:reduc|lower|decreas|cut)\w*\s+(?:the\s+|its\s+)?(?:authori[sz]ed\s+)?(?:troop\s+|military\s+|police\s+)?"
                         r"(?:ceiling|strength|force\s+levels?)\b"
                         r"|\b(?:more|additional|extra)\s+(?:[\d,.]+\s+)?(?:troops|peacekeepers|police|soldiers|blue\s+helmets)\b"
                         r"|\b(?:aument|reforz|ampli)\w*\s+(?:en\s+[\d.]+\s+\w+\s+(?:y\s+[\d.]+\s+\w+\s+)?)?(?:el|la|los|las)\s+"
                         r"(?:efectivos|fuerza|misión|mandato|componente)\b|\brenfor\w*\s+(?:la|le|les)\s+(?:mission|force|effectifs|mandat)\b"
                         r"|\b(?:aufgestockt|aufstocken|aufzustocken|stockte\s+(?:\w+\s+){0,5}?auf)\b",
                         re.I)),
)
COUNCIL_CONTEXT = re.compile(r"\b(?:council|resolution|vot(?:e|ed|es|ing)|adopt\w*|unanimous\w*|draft|text|members"
                             r"|conseil|consejo|r[ée]solution|resoluci[óo]n|unanimi\w+|aprob\w+|projet|proyecto|texte|texto"
                             r"|conselho|resolu[çc][ãa]o|aprov\w+|projeto|votaç[ãa]o|Sicherheitsrat\w*|Rat|Resolution\w*|angenommen"
                             r"|Abstimmung|einstimmig\w*|Entwurf\w*|decides|décide|decide|decidiu|beschließt)\b", re.I)
_HISTORY = re.compile(r"\b(?:in|since|en|depuis|desde|em|seit|im\s+Jahr)\s+(?:19|20)\d\d\b|\bpreviously\b|\bearlier\b|\bfirst\b"
                      r"|\bwas\s+(?:deployed|established|created|set\s+up)\b", re.I)
_INTENTION = re.compile(r"\b(?:intentions?|intend(?:s|ed)?|intención|intenção|Absicht)\b[^.;]*$", re.I)
_NOT_MANDATE_EXTENSION = re.compile(r"\bextend(?:s|ed|ing)?\s+(?:its\s+)?(?:support|assistance|help|condolences|thanks)", re.I)
_FOREIGN_ACRONYMS = {  # French and Spanish acronyms of missions the registry knows by their English ones
    "FINUL": "UNIFIL", "FPNUL": "UNIFIL", "FNUOD": "UNDOF", "FNUOS": "UNDOF", "MINUSS": "UNMISS", "MINUAD": "UNAMID",
    "MINUK": "UNMIK", "MINUL": "UNMIL", "FISNUA": "UNISFA", "MANUL": "UNSMIL", "MANUA": "UNAMA", "MINUATS": "UNITAMS",
    "MINUEE": "UNMEE", "MINUS": "UNMIS", "MINUT": "UNMIT", "MANUI": "UNAMI",
}
_FOREIGN_ACRONYM = re.compile(r"\b(?:" + "|".join(_FOREIGN_ACRONYMS) + r")\b")

# Cues that say what a date in the same clause is.
AUTHORIZATION_CUE = re.compile(r"\bauthori[sz](?:e|es|ing|ations)\b"
                                # not "authorized by its resolution 1320 (2000)", not "the authorized troop ceiling"
                                r"|\bauthori[sz](?:ed|ation)\b(?!\s+(?:by|in|under)\s+(?:its\s+|the\s+)?resolutions?\b)"
                                r"(?!\s+(?:troop|military|police|personnel|strength|ceilings?|levels?|numbers?|uniformed)\b)|\bpermit(?:s|ted)?\b|\ballow(?:s|ed|ing)?\b"
                                r"|\bmay\s+(?:continue|still)\b|\bcan\s+continue\b|\bis\s+to\s+continue\b|\bmandated\s+to\b"
                                r"|\ball\s+necessary\s+(?:means|measures|action)\b|\bautoris\w+|\bautoriz\w+|\bpourr(?:a|ont)\b"
                                r"|\bpodr[áa]n?\b|\btous\s+les\s+moyens\s+nécessaires\b|\btodos\s+los\s+medios\s+necesarios\b"
                                r"|\bpoder[áa]o?\b|\btodos\s+os\s+meios\s+necessários\b|\bermächtig\w*|\bautorisier\w*|\bbefugt\w*"
                                r"|\bBefugnis\w*|\bdarf\b|\bdürfen\b|\berlaubt\b|\berlaubte\b|\balle\s+(?:erforderlichen|notwendigen)\s+(?:Mittel|Maßnahmen)\b", re.I)
DATE_CUES = (
    ("authorization", AUTHORIZATION_CUE),
    ("withdrawal_deadline", re.compile(r"\bwithdraw(?:al|n|s|ing)?\b|\bdraw\s*-?\s*down\b|\bdepart(?:ure|s|ed)?\b|\bleave\b|\bleaving\b"
                                       r"|\bpull(?:ed|ing)?\s+out\b|\bexit\b|\bcomplet(?:e|ed|ing|ion)\b|\bcessation\b|\brepatriat\w*\b"
                                       r"|\bwound\s+down\b|\bwind(?:ing)?\s+down\b"
                                       r"|\bretrait\b|\bretir(?:er|ée?s?|o|ada|arse)\b|\bachev(?:er|é|ement)\b|\bdépart\b"
                                       r"|\bretirada\b|\bcomplet(?:ar|ado)\b|\bconclu(?:ir|ya)\b|\bsalida\b|\bcerrar\b"
                                       r"|\bsaída\b|\bretir(?:ar|ada|e)\b|\bconclu(?:ir|ída|são|a)\b|\bdeix(?:ar|e)\b"
                                       r"|\bAbzug\w*|\babzieh\w*|\babgezogen\b|\bRückzug\w*|\babzuschließen\b|\babschließen\b"
                                       r"|\babgeschlossen\b|\bverlassen\b", re.I)),
    ("terminated_on", re.compile(r"(?<!period\s)\bterminat(?:e|es|ed|ing|ion)\b|\bend(?:s|ed)?\s+(?:its|the)\s+(?:\w+\s+){0,3}?mandate\b"
                                 r"|\bmandate\s+(?:ends|ended|expires|expired|will\s+end|lapses)\b|\bto\s+end\b|\bvoted\s+to\s+end\b"
                                 r"|(?<!\bin\s)\bclos(?:e(?!\s+(?:to|conjunction|consultation|coordination|cooperation|collaboration|contact"
                                 r"|partnership|liaison|attention|monitoring|relationship|ties|ally|allies|range|proximity|call)\b)|ed|ure)\b|\b(?:met(?:tre|tant|tra)?|mis)\s+fin\b|\bp(?:one|oner|oniendo|uso|ondrá)\s+fin\b"
                                 r"|\b(?:p[ôo]r|p[ôo]s|põe|pondo)\s+fim\b|\bencerr\w*|\bbeend\w*|\bendet\b", re.I)),
    ("mandate_until", re.compile(r"\bextend(?:s|ed|ing)?\b|\bextension\b|\brenew(?:s|ed|ing|al)?\b|\bprolong(?:s|ed|ing)?\b"
                                 r"|\broll(?:s|ed)?\s+over\b|\bfinal\s+period\b|\bfor\s+(?:another|a\s+further)\b"
                                 r"|\bmandate\s+(?:runs|will\s+run|continues|lasts)\b|\bperiod\s+(?:terminating|ending)\b"
                                 r"|\bnow\s+runs\b|\bwill\s+now\s+run\b"  # "MINURSO now runs until April 30, 2014" (not "which runs until")
                                 # "voted 12-1 to keep the U.N. mission in Western Sahara in place until July 31"
                                 r"|\bkeep(?:s|ing)?\s+(?:[\w.'’-]+\s+){0,10}?in\s+place\b|\b(?:remain|stay)s?\s+in\s+place\b"
                                 # "Decides to establish … consisting of up to 100 military observers … until 31 January 2001"
                                 r"|\bestablish(?:es|ed)?\b(?!\s+(?:by|under|in\s+accordance\s+with|pursuant\s+to)\b)"
                                 r"|\b(?:be|remain|stay)\s+deployed\b|\bdeployed\s+until\b"
                                 r"|\b(?:will|would|to|shall)\s+(?:remain|stay)\b"
                                 r"|\bprorog\w*|\bprolong\w*|\brenouvel\w*|\breconduit\w*|\bprorrog\w*|\brenov\w*"
                                 r"|\bp[ée]riode\b|\bper[ií]odo\b|\bdurée\b|\bestend\w*|\bverlänger\w*|\bVerlängerung\w*"
                                 r"|\bZeitraum\b|\bMandat\s+(?:läuft|gilt)\b", re.I)),
    ("liquidation", re.compile(r"\bliquidat\w*\b|\bliquidaç\w+|\bliquidación\b|\bAbwicklung\b", re.I)),
)
_AUTHORIZED_AFTER = re.compile(r"\s*,\s*(?:[\w’'.-]+\s+){0,4}?(?:(?:is|are|shall\s+be|will\s+be|remains?)\s+"
                               r"(?:also\s+)?(?:authori[sz]ed|permitted|allowed)\s+to"
                               r"|(?:est|sont|sera|seront)\s+(?:également\s+)?autoris[ée]+s?\s+à|pourr(?:a|ont)"
                               r"|(?:está|están|estará|estarán)\s+autorizad[oa]s?\s+a|podr[áa]n?"
                               r"|(?:está|estão|estará|estarão|fica|ficam)\s+autorizad[oa]s?\s+a|poder[áa]o?"
                               r"|(?:ist|sind|bleibt|bleiben)\s+(?:\w+\s+)?(?:ermächtigt|befugt|autorisiert)|darf|dürfen)\s+"
                               # "extends until 30 June 2014 the authorisation the Council gave to the French forces"
                               r"|\s+(?:the|its|l['’]|la)\s*(?:authori[sz]ation|autorisation|autorización)\s+", re.I)
_FRONTED_AUTHORITY = re.compile(r"\b(?:is|are|shall\s+be|will\s+be|remains?)\s+(?:also\s+)?(?:authori[sz]ed|permitted|allowed)\s+to\s+", re.I)


def _next_semicolon(text: str, start: int, end: int) -> int:
    at = text.find(";", start, end)
    return end if at < 0 else at


_COMPLETE_AFTER = re.compile(r"\s*,?\s*to\s+(?:complete|finish|carry\s+out)\s+(?:its\s+|the\s+)?(?:\w+\s+){0,2}?"
                             r"(?:withdrawal|drawdown|departure|exit)|\s*,?\s*to\s+(?:withdraw|leave|depart|pull\s+out)", re.I)
# A withdrawal from one region or in one phase is not the mission's withdrawal.
_PARTIAL_PLACE = re.compile(r"\b(?:from|de|du|des|desde|del)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?"
                            r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})")
_PARTIAL_WORDS = re.compile(r"\b(?:province|provinces|region|regions|sector|sectors|phase|stage|provincia|región|fase|étape"
                            r"|província|região|Provinz|Region|Phase|reductions?|réductions?|reducciones|reduções)\b"
                            # "the withdrawal of up to 2,000 military personnel by 30 June": some troops, not the mission
                            r"|\bwithdraw(?:al\s+of|s|ing)?\s+(?:up\s+to\s+|some\s+|about\s+)?\d[\d,.\s]*\s+\w+"
                            # "repatriating this additional strength by 30 September 2006": a surge going home
                            r"|\badditional\s+(?:strength|troops|personnel|units?|capacit\w+)\b|\bexceeding\s+number\b", re.I)
# Periods the way French and Spanish reports write them: "pour une période de six mois", "por un período de seis meses".
_PERIOD_FOREIGN = re.compile(r"\b(?:pour|por|durante|para|für|um)\s+(?:une?\s+|un\s+|mais\s+|weitere\s+|zusätzliche\s+)?"
                             r"(?:(?:nouvelle|nueva|nova|dernière|última|ultima|final|finale|novo|p[ée]riode|per[ií]odo|durée|plazo"
                             r"|additionnelle|adicional|inicial|initiale|einen\s+Zeitraum\s+von|ein\s+weiteres|eine\s+weitere"
                             r"|zunächst|vorerst|inicialmente|initialement)\s+(?:de\s+|d['’])?)*"
                             r"(?P<n>\d{1,2}|un|une|uno|una|um|ein|eine|deux|dos|dois|zwei|trois|tres|três|drei|six|seis|sechs|douze|doce"
                             r"|zwölf|dix-huit|dieciocho|dezoito|achtzehn)\s+"
                             r"(?P<unit>mois|mes(?:es)?|ans?|años?|année|meses|anos?|Monate?n?|Jahre?s?)\b", re.I)
_ENGLISH_PERIOD_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "nine": 9, "twelve": 12,
                         "eighteen": 18}
_PERIOD_OTHER = re.compile(r"\bby\s+(?P<n>\d{1,2}|a|an|one|two|three|four|six|nine|twelve|eighteen)\s+(?P<unit>months?|years?)\b"
                           r"|\b(?P<n2>\d{1,2}|one|two|three|four|six|nine|twelve|eighteen)[-\s](?P<unit2>month|year)\s+"
                           r"(?:extension|mandate|renewal|rollover|period)\b", re.I)
_FOREIGN_PERIOD_WORDS = {"un": 1, "une": 1, "uno": 1, "una": 1, "deux": 2, "dos": 2, "trois": 3, "tres": 3, "six": 6,
                         "seis": 6, "douze": 12, "doce": 12, "dix-huit": 18, "dieciocho": 18, "um": 1, "ein": 1, "eine": 1,
                         "dois": 2, "zwei": 2, "três": 3, "drei": 3, "sechs": 6, "zwölf": 12, "dezoito": 18, "achtzehn": 18}
# A period read as the mandate's when the clause before it decides on the mission.
_PERIOD_ACTION = re.compile(r"\b(?:establish\w*|deploy\w*|approv\w*|set\s+up|creat\w*|extend\w*|renew\w*|prorog\w*|prorrog\w*"
                            r"|établi\w*|establec\w*|cré\w*|autoriz\w*|autoris\w*|despleg\w*|déploy\w*|renov\w*|estend\w*"
                            r"|estabelec\w*|verlänger\w*|einge?richt\w*|ermächtig\w*|bilden|entsenden)", re.I)
_DEPLOYED = re.compile(r"\b(?:was|were|had\s+been|has\s+been|been|first)\s+(?:first\s+)?(?:deployed|established|created|set\s+up|launched"
                       r"|sent|formed)\s+(?:\w+\s+){0,3}?in\s+(?P<year>(?:19|20)\d\d)\b"
                       r"|\b(?:deployed|present|operating|stationed)\s+(?:\w+\s+){0,3}?since\s+(?P<since>(?:19|20)\d\d)\b"
                       r"|\b(?:established|created|set\s+up)\s+in\s+(?P<year2>(?:19|20)\d\d)\b", re.I)
_HOST_MISSION = re.compile(r"\b(?:peacekeeping|peace[-\s]keeping|stabili[sz]ation|political|UN|U\.N\.|United\s+Nations)\s+"
                           r"(?:mission|force|operation|presence)\s+in\s+(?:the\s+)?(?P<country>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})")
# German and Portuguese: "die UN-Mission in Mali", "der Blauhelmeinsatz im Libanon", "a missão de paz da ONU no Mali".
_HOST_MISSION_FOREIGN = re.compile(r"\b(?:UN-|UNO-)?(?:Blauhelm|Friedens|Stabilisierungs|UN-|UNO-)(?:[Mm]ission|[Ee]insatz|[Tt]ruppe)\w*\s+"
                                   r"(?:der\s+(?:UN|UNO|Vereinten\s+Nationen)\s+)?(?:in|im)\s+(?:der\s+|dem\s+)?"
                                   r"(?P<country>[A-ZÄÖÜ][\wäöüß'’.-]+(?:\s+[A-ZÄÖÜ][\wäöüß'’.-]+){0,2})"
                                   r"|\b[Mm]iss[ãa]o\s+(?:de\s+(?:paz|estabilização|manutenção\s+da\s+paz)\s+)?(?:da\s+ONU|das\s+Nações\s+Unidas)"
                                   r"\s+(?:(?:para|de)\s+\w+\s+)?n[oa]s?\s+(?P<country2>[A-Z][\w'’.-]+(?:\s+(?:d[oae]s?\s+)?[A-Z][\w'’.-]+){0,2})")
_NOT_UN_BEFORE = re.compile(r"\b(?:African\s+Union|AU|regional|multinational|European\s+Union|EU|ECOWAS|NATO|Kenyan-led"
                            r"|non-UN)\b[\w\s-]{0,25}$")
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
    is found through its host country; French and Spanish acronyms ("FINUL")
    count for the mission they stand for."""
    mentions = mission_mentions(text, registry)
    named = list(mentions)
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m.acronym] = counts.get(m.acronym, 0) + 1
    for pattern in (_HOST_MISSION, _COUNTRY_MISSION, _HOST_MISSION_FOREIGN):
        for source in (text, title or ""):
            for m in pattern.finditer(source):
                if _NOT_UN_BEFORE.search(source[max(0, m.start() - 40):m.start()]):
                    continue  # "a new African Union peacekeeping mission in Somalia": not the UN's
                if source is text and any(0 <= x.start - m.end() <= 8 for x in named):
                    continue  # "a political mission in Colombia, the United Nations Verification Mission in Colombia"
                country = m.group("country") or (m.groupdict().get("country2") or "")
                mission = _mission_in(registry, country, counts)
                if mission is not None:
                    if source is text:
                        mentions.append(MissionMention(mission, m.start(), m.end(), m.group()))
                    counts[mission] = counts.get(mission, 0) + 1
    hinted = None
    if hint:
        # The header says so; a header listing several ("UNOCI, MINUCI") names the main one first.
        for rank_in_hint, name in enumerate(n for n in re.split(r"\s*[,;/]\s*|\s+and\s+", hint.strip()) if n):
            found = registry.find(name)
            if found is not None:
                hinted = hinted or found.acronym
                counts[found.acronym] = counts.get(found.acronym, 0) + (100 if rank_in_hint == 0 else 50)
    first_seen = {}
    for m in sorted(mentions, key=lambda x: x.start):
        first_seen.setdefault(m.acronym, m.start)

    def rank(acronym: str):
        mission = registry.get(acronym)
        return (acronym != hinted, not mission.un_mission, -counts[acronym], first_seen.get(acronym, 10**9))

    return sorted(counts, key=rank), sorted(mentions, key=lambda x: x.start)


def mission_mentions(text: str, registry: Registry) -> list[MissionMention]:
    """Missions named by acronym, alias or full name, English or foreign."""
    mentions = [MissionMention(m.mission.acronym, m.start, m.end, m.matched) for m in registry.find_in_text(text)]
    for m in _FOREIGN_ACRONYM.finditer(text):
        acronym = _FOREIGN_ACRONYMS[m.group()]
        if acronym in registry and not any(x.start <= m.start() < x.end for x in mentions):
            mentions.append(MissionMention(acronym, m.start(), m.end(), m.group()))
    return sorted(mentions, key=lambda x: x.start)


def _mission_in(registry: Registry, country: str, known: dict[str, int]) -> str | None:
    """The UN peace operation hosted by ``country``: one the text already names,
    else the most recent."""
    words = country.split()
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size])
        name = country_of(name) or name  # "Libanon", "Sudão do Sul"
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
    cut = max((m.end() for m in re.finditer(r";|\s[—–]\s|\bwhile\b|\bwhereas\b|\bbut\b|\btandis\s+que\b|\bmientras\s+que\b",
                                           head)), default=0)
    return sentence.start + cut


def sentence_mission(mentions: list[MissionMention], sentence: Sentence, primary: str | None) -> str | None:
    for m in mentions:
        if sentence.start <= m.start < sentence.end:
            return m.acronym
    return primary


def _action_cues(chunk: str) -> list[tuple[str, re.Match]]:
    """Every action word in ``chunk`` that may report this decision, in order."""
    out = []
    for action, pattern in ACTION_CUES:
        for m in pattern.finditer(chunk):
            if action == "establish" and _HISTORY.search(chunk[m.start():m.end() + 40]):
                continue  # "was established in 2013": history, not this decision
            if action == "establish" and (re.search(r"\bas\s+$", chunk[max(0, m.start() - 4):m.start()]) or _BY_REFERENCE.match(chunk, m.end())):
                continue  # "the force as established in accordance with its resolution 1088", "the mechanisms established by the APPR"
            if action == "establish" and re.fullmatch(r"establish(?:es|ed|ing)?", m.group(), re.I) \
                    and not _ESTABLISHED_THING.search(chunk[m.end():m.end() + 110]):
                continue  # "a plan which establishes the conditions for redeployment": not a mission
            if action == "extend" and _NOT_MANDATE_EXTENSION.search(chunk):
                continue
            if re.search(r"\b(?:not|never|n['’]t|without|neither|nor|ne|pas|não|nicht|kein\w*)\s+(?:\w+\s+)?$",
                         chunk[max(0, m.start() - 25):m.start()], re.I) and action != "fail":
                continue  # "the resolution does not extend the mission's mandate"
            if action in ("terminate", "extend") and _INTENTION.search(chunk[max(0, m.start() - 90):m.start()]):
                continue  # "expresses its intention … to terminate the mandate by 31 October 2026": not a decision
            out.append((action, m))
    return sorted(out, key=lambda item: item[1].start())


# What a Council establishes when it establishes a mission.
_ESTABLISHED_THING = re.compile(r"\b(?:missions?|forces?|operations?|office|presence|offices?|UN[A-Z]{2,}|MINU\w+|MONU\w+|ONU\w+"
                                r"|BINU\w+|United\s+Nations|U\.?N\.?|it|them)\b", re.I)
# "established by the APPR", "established pursuant to resolution 2098": a reference to what exists.
_BY_REFERENCE = re.compile(r"\s+(?:by|under|pursuant\s+to|in\s+accordance\s+with)\b", re.I)


def _decision_in_paragraph(text: str, start: int, end: int) -> int | None:
    """Where the decision of the paragraph holding ``start`` begins, if it
    begins before ``end``: the sentence start when an earlier sentence of the
    paragraph decides, else the deciding verb."""
    m = DECISION_VERB.search(text, paragraph_start(text, start), end)
    if m is None:
        return None
    return max(start, m.start())


def _chosen_actions(cues: list[tuple[str, re.Match]], named: list[tuple[str, int, int]],
                    target: str | None) -> list[tuple[str, str, re.Match]]:
    """(mission, action, cue) for the missions a chunk decides on. A chunk that
    names missions gives each the action word nearest before its name ("extends
    the mandate of MINUSTAH and establishes MINUJUSTH"); a mission named further
    on needs an action word of its own. Otherwise the target takes the
    strongest action the chunk names (terminate over establish over extend)."""
    if not cues:
        return []
    fail = [c for c in cues if c[0] == "fail"]
    if fail:
        return [(target, "fail", fail[0][1])] if target else []
    out: list[tuple[str, str, re.Match]] = []
    previous_end = -1
    for acronym, start, end in named:
        if any(acronym == mission for mission, _, _ in out):
            continue
        before = [c for c in cues if c[1].start() < start and c[1].start() > previous_end]
        if before:
            action, m = before[-1]
        elif not out:
            after = [c for c in cues if c[1].start() >= start]
            if not after:
                continue
            action, m = after[0]
        else:
            continue
        out.append((acronym, action, m))
        previous_end = end
    if out:
        return out
    if target is None:
        return []
    rank = {action: index for index, (action, _) in enumerate(ACTION_CUES)}
    action, m = min(cues, key=lambda c: (rank[c[0]], c[1].start()))
    return [(target, action, m)]


def read_action(text: str, sentences: list[Sentence], mentions: list[MissionMention], primary: str | None,
                title: str | None, fail_spans: list[tuple[int, int]],
                title_mentions: list[MissionMention] = (), recalled=lambda offset: False) -> list[Fact]:
    """The Council's action for each mission: from the first sentence (the title
    first) that reports a Council decision with an action word."""
    found: dict[str, Fact] = {}
    candidates: list[tuple[str, int, int, bool, bool]] = []  # (chunk, start, end, in_title, a resolution's decision)
    if title:
        candidates.append((title, -1, -1, True, False))
    body = resolution_body(text)
    for s in sentences:
        if body is not None and s.start >= body:
            # Inside a resolution's text only its decisions act ("Expresses its full support for UNFICYP,
            # and decides to extend its mandate"), not "Welcomes … activities establishing a cell".
            decision = _decision_in_paragraph(text, s.start, s.end)
            if decision is None:
                continue
            candidates.append((text[decision:s.end], decision, s.end, False, True))
            continue
        candidates.append((s.text, s.start, s.end, False, False))
    for chunk, start, end, in_title, decided in candidates:
        if not in_title and not decided and not COUNCIL_CONTEXT.search(chunk):
            continue  # (a decision of a resolution's own text has the Council for its subject)
        cues = _action_cues(chunk)
        if not in_title:
            # "… a final 30 days, a day after Russia and China vetoed a Western-backed resolution"
            cues = [c for c in cues if not recalled(start + c[1].start())]
        if not in_title and any(a == "fail" for a, _ in cues) and not any(start <= a < end for a, _ in fail_spans) \
                and not re.search(r"\bvot|\bdraft|\bresolution|\bprojet|\bproyecto", chunk, re.I):
            cues = [c for c in cues if c[0] != "fail"]
        if in_title:
            named = [(m.acronym, m.start, m.end) for m in title_mentions]
            target = primary
        else:
            named = [(m.acronym, m.start - start, m.end - start) for m in mentions if start <= m.start < end]
            target = named[0][0] if named else primary
        for mission, action, m in _chosen_actions(cues, named, target):
            if mission is None or mission in found and not (found[mission].value == "adopt" and action != "adopt"):
                continue
            span = Span(0, 0, m.group()) if in_title else Span(start + m.start(), start + m.end(), m.group())
            found[mission] = Fact("action", action, action, span, mission=mission)
    _successors(text, sentences, mentions, found, recalled)
    _final_extensions(text, sentences, mentions, primary, found)
    return list(found.values())


# "turns UNSOM into a transitional mission …", "reconfigure AMISOM into ATMIS", "UNSOM … becomes
# UNTMIS", "la transformación de la misión … en una nueva Fuerza": the mission named after these
# words is established (the one before them goes on under a new name, or ends).
_SUCCESSOR = re.compile(r"\b(?:(?:turn|transform|reconfigur|convert)\w*|transforma\w*)\b[^.;]{0,200}?\b(?:into|en)\b"
                        r"(?!\s+(?:account|consideration|cuenta|compte|line)\b)"
                        r"|\b(?:becomes?|became|will\s+become|(?:is|was|be)\s+renamed|(?:is|was|be)\s+rebranded)\b", re.I)


def _successors(text: str, sentences: list[Sentence], mentions: list[MissionMention], found: dict[str, Fact],
                recalled=lambda offset: False) -> None:
    for s in sentences:
        if not COUNCIL_CONTEXT.search(s.text) and not any(f.span.start >= s.start for f in found.values()):
            continue
        for m in _SUCCESSOR.finditer(text, s.start, s.end):
            if recalled(m.start()):
                continue  # "as set out in resolution 1925 (2010) when MONUC became MONUSCO"
            after = next((x for x in mentions if m.end() <= x.start <= m.end() + 120 and x.start < s.end), None)
            if after is None or _HISTORY.search(text[max(s.start, m.start() - 60):m.start()]):
                continue
            current = found.get(after.acronym)
            if current is None or current.value == "extend":
                found[after.acronym] = Fact("action", "establish", "establish", Span(m.start(), m.end(), m.group()),
                                            mission=after.acronym)


# "extends the mandate of UNAMI for a final 19-month period until Dec. 31, 2025": an extension,
# though the report also says the mission will close.
_FINAL_EXTENSION = re.compile(r"\b(?:extend\w*|renew\w*|prorog\w*|prorrog\w*)\b[^.;]{0,160}?\bfinal\b"
                              r"|\bfinal\s+(?:[\w-]+\s+){0,2}(?:extension|renewal|period|mandate)\b"
                              r"|\b(?:one\s+)?last\s+(?:extension|renewal)\b|\bpor\s+última\s+vez\b|\bune\s+dernière\s+fois\b", re.I)


def _final_extensions(text: str, sentences: list[Sentence], mentions: list[MissionMention], primary: str | None,
                      found: dict[str, Fact]) -> None:
    for s in sentences:
        m = _FINAL_EXTENSION.search(text, s.start, s.end)
        if m is None or _HISTORY.search(text[s.start:m.start()]):
            continue
        mission = sentence_mission(mentions, s, primary)
        current = found.get(mission) if mission else None
        if current is not None and current.value == "terminate":
            found[mission] = Fact("action", "extend", "extend", Span(m.start(), m.end(), m.group()), mission=mission)


def read_dates(text: str, sentences: list[Sentence], dates: list[TemporalExpression],
               mentions: list[MissionMention], primary: str | None, recalled=lambda offset: False,
               places: tuple[str, ...] = (), not_un=lambda mission: False) -> list[Fact]:
    """Mandate end dates, termination dates, withdrawal deadlines and
    authorities' sunsets, each by the cue nearest before it in its clause.
    ``recalled(offset)`` says whether the words there tell of an earlier
    decision; ``places`` are the names of the mission's own area (its host
    country, the region in its name): a withdrawal from anywhere else is
    partial."""
    facts: list[Fact] = []
    for s in sentences:
        for e in dates:
            if not (s.start <= e.start < s.end) or e.value is None and e.kind != "period":
                continue
            if e.kind not in ("until", "by", "as_of", "from", "on", "date", "period"):
                continue
            if e.value is not None and e.value.precision in (Precision.OPEN, Precision.UNKNOWN):
                continue
            if recalled(e.start):
                continue
            clause_start = _clause_start(text, s, e.start)
            before = text[clause_start:e.start]
            if re.search(r"\b(?:year|period|biennium|budget)\s+(?:ending|beginning|starting)\s+(?:on\s+)?$", before, re.I):
                continue  # "the budget for the year ending 30 June 2016": a financial year
            field, cue_end = _cue(before)
            if field is None:
                field = _verb_final_cue(text, e.end, s.end)  # German: "bis zum 31. August 2024 verlängert"
            fronted = _AUTHORIZED_AFTER.match(text, e.end, s.end) if e.kind == "until" else None
            if fronted is None and e.kind == "until" and re.search(r"(?:^|\bthat|\bdecides|,)\s*,?\s*$", before, re.I) \
                    and text[e.end:e.end + 2].startswith(","):
                # "Decides further that, until 30 September 2023, without prejudice to …, and acting
                # within its means …, MINUSMA is authorized to …": a fronted date with a long aside
                fronted = _FRONTED_AUTHORITY.search(text, e.end, min(s.end, e.end + 320, _next_semicolon(text, e.end, s.end)))
            if fronted is not None:
                # "Until 30 September 2023, the Mission is authorized to …": the date leads.
                field = "authorization"
            mission = sentence_mission(mentions, s, primary)
            if e.kind == "period":
                # "authorized … the establishment of UNAMID for an initial period of 12 months",
                # "authorizes AU member States, for an initial period of 12 months, to take …"
                # "How long? For an initial period of six months": an initial period is a mandate's.
                if (field == "mandate_until" or field in (None, "authorization") and _PERIOD_ACTION.search(before)
                        or field in (None, "authorization") and re.search(r"\binitial\b", e.text, re.I)) \
                        and mission is not None and e.period and e.period.unit in ("month", "year", "day", "week"):
                    if e.period.unit in ("day", "week"):  # "for a final period of 30 days"
                        days = e.period.amount * (7 if e.period.unit == "week" else 1)
                        value = f"{days} days"
                    else:
                        value = f"{e.period.amount * (12 if e.period.unit == 'year' else 1)} months"
                    facts.append(Fact("mandate_period", value, value, Span(e.start, e.end, e.text), mission=mission))
                continue
            if field is None:
                continue
            if field == "authorization" and e.kind not in ("until", "by"):
                continue
            if field == "authorization" and fronted is None and re.search(r"\breports?\b|\bbrief(?:ing)?\b|\brapport\b|\binforme\b",
                                                                        text[clause_start + cue_end:e.start], re.I):
                continue  # "… to allow deminers access, and asks for a report by July 10": a report's deadline
            if field == "authorization" and fronted is None and CEILING_NUMBER.search(text[clause_start + cue_end:e.start]) \
                    and not (mission and not_un(mission)):
                continue  # "authorized troop ceiling will comprise 13,500 … until 30 June": a ceiling's step
                # (a force the UN does not run is authorized troop by troop: "to deploy up to 17,626 … until Sept. 30")
            if e.kind in ("until", "by") and _COMPLETE_AFTER.match(text, e.end):
                field = "withdrawal_deadline"  # "until the end of November to complete its withdrawal"
            if field == "withdrawal_deadline" and e.kind in ("from", "as_of") and \
                    re.search(r"\b(?:effective|with\s+effect\s+from|as\s+of)\b", e.text + " " + before[-20:], re.I) and \
                    re.search(r"\bwithdraw\s+(?:the\s+|its\s+)?(?:United\s+Nations|UN|U\.N\.|mission)", before, re.I):
                field = "terminated_on"  # "decided to withdraw UNMIS effective 11 July 2011": the mission ends that day
            elif field == "withdrawal_deadline" and e.kind not in ("by", "until"):
                continue
            if field == "withdrawal_deadline" and _partial(text[clause_start:e.start], places):
                continue  # "withdraw its Force from South Kivu by 30 April": one region, not the mission
            if field == "withdrawal_deadline" and not _withdrawal_of_mission(before[max(0, cue_end - 40):],
                                                                             re.split(r"[;.]", text[e.end:e.end + 70])[0]):
                continue  # "complete all investigations by November 2004", "options for its exit, and to report by …"
            if field == "terminated_on" and e.kind not in ("as_of", "on", "from", "date", "by"):
                continue
            if field == "terminated_on" and (e.start - (clause_start + cue_end) > 200 or not _ends_the_mission(
                    text, max(clause_start, clause_start + cue_end - 30), min(s.end, e.end + 30), mentions)):
                continue  # "an action plan to end child recruitment signed on 12 March 2012": something else ends
            if field == "mandate_until" and e.kind not in ("until", "by") and not (
                    e.kind == "on" and re.search(r"\bperiod\s+(?:terminating|ending)\s+$", before, re.I)):
                continue  # (but "for a new period terminating on 31 July 2000" is the mandate's end)
            if field == "liquidation":
                continue
            if e.value.precision == Precision.YEAR and e.kind in ("date",):
                continue
            when = when_of(e)
            detail = None
            if fronted is not None:
                detail = _authority_words(re.split(r",\s+(?:the\s+Council|it|le\s+Conseil|el\s+Consejo)\s+(?:decided|said|a\s+décidé|decidió)|;",
                                                   text[fronted.end():s.end])[0])
            elif field == "authorization":
                first = AUTHORIZATION_CUE.search(before)
                detail = _authority_words(text[clause_start + (first.end() if first else cue_end):e.start])
            facts.append(Fact(field, when.iso, e.text, Span(e.start, e.end, e.text), mission=mission,
                              when=when, detail=detail))
    return facts


# The mission itself, in the languages the reader knows: what ends, completes or withdraws when the mission does.
_MISSION_NOUNS = r"mandates?|missions?|operations?|presence|mandat\w*|misi[oó]n|miss[ãa]o|Einsatz\w*"
# What a termination is about when it is the mission's: its mandate, the mission, its presence.
_MISSION_OBJECT = re.compile(r"\b(?:" + _MISSION_NOUNS + r"|forces?|peace\s*-?keep\w*|blue\s+helmets|office|it|its"
                             r"|op[ée]ra(?:tion|ción|ção)|presencia|présence|presença|fuerza|força|Truppe\w*"
                             r"|sa|son|su|seu|sua|ihr\w*|sein\w*)\b", re.I)


def _ends_the_mission(text: str, start: int, end: int, mentions: list[MissionMention]) -> bool:
    """Whether the words around a termination cue and its date name the
    mission or its mandate ("terminate MINUSMA's mandate", "the Mission shall
    close by"), rather than something else that ends ("to end child
    recruitment", "the closure of crossing points")."""
    return bool(_MISSION_OBJECT.search(text, start, end)) or any(start <= m.start < end for m in mentions)


# A deadline for a report is not the mission's: "… its exit strategy, and to report by 31 March 2021".
_REPORTING = re.compile(r"\b(?:reports?|reported|reporting|brief(?:ing|ings)?|recommendations?|proposals?|options|assessment"
                        r"|evaluation|plan|review|informe|rapport|Bericht\w*|relatório)\b", re.I)
# What a "complete", "conclude", "finish" finishes when it is the mission leaving.
_COMPLETED_THING = re.compile(r"\b(?:" + _MISSION_NOUNS + r"|withdraw\w*|draw\w*\s*-?\s*down|drawdown|departure|exit"
                              r"|repatriat\w*|cessation|transition|liquidation|closure|this|it|(?:the|this)\s+process"
                              r"|retrait|départ|retirada|salida|saída|Abzug\w*|Rückzug\w*)\b", re.I)
_COMPLETE_CUE = re.compile(r"\bcomplet\w*|\bachev\w*|\bconclu\w*|\babzuschließen\b|\babschließen\b|\babgeschlossen\b", re.I)


def _withdrawal_of_mission(words: str, after_date: str = "") -> bool:
    """Whether the words from a withdrawal cue to its date (and just after it:
    "complete by 30 April 2017 the withdrawal of …") are about the mission
    leaving: not a report's deadline, and a "complete …" that completes the
    withdrawal (not "complete the DDR process by June 2006")."""
    cues = list(dict(DATE_CUES)["withdrawal_deadline"].finditer(words))
    if not cues:
        return True
    cue = cues[-1]
    after = words[cue.end():]
    if _REPORTING.search(after) or _REPORTING.search(words[max(0, cue.start() - 25):cue.start()]):
        return False
    if _COMPLETE_CUE.match(cue.group()):
        return bool(_COMPLETED_THING.search(words[max(0, cue.start() - 30):] + " " + after_date))
    return True


def _partial(words: str, places: tuple[str, ...]) -> bool:
    """Whether a withdrawal clause names a region of the mission's area rather
    than all of it ("from South Kivu", "from the province of Ituri", "the
    first phase")."""
    if _PARTIAL_WORDS.search(words):
        return True
    folded = [_fold(p) for p in places if p]
    for m in _PARTIAL_PLACE.finditer(words):
        place = _fold(m.group("place"))
        if place.split()[0] in ("united", "nations", "mission", "force", "operation", "security", "council"):
            continue
        if not any(p.startswith(place) or place.startswith(p) or place in p.split(" in ")[-1] for p in folded):
            return True
    return False


def _fold(words: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", words) if not unicodedata.combining(c)).casefold()


def read_periods(text: str, sentences: list[Sentence], mentions: list[MissionMention], primary: str | None,
                 recalled=lambda offset: False) -> list[Fact]:
    """Mandate periods the dates grammar leaves to us: "extended … by six
    months", "a six-month extension", and French and Spanish ones ("pour une
    période de six mois", "por un período de seis meses"), next to an
    extension or establishment."""
    facts = []
    for s in sentences:
        for pattern in (_PERIOD_OTHER, _PERIOD_FOREIGN):
            for m in pattern.finditer(s.text):
                start = s.start + m.start()
                head = s.text[:m.start()]
                if re.search(r"\b(?:delay|postpon|defer|push(?:es|ed|ing)?\s+back|put(?:s|ting)?\s+off|bring(?:s|ing)?\s+forward"
                             r"|brought\s+forward|pause)\w*\b[^.;]{0,120}$", head, re.I):
                    continue  # "pushes back the next withdrawal … by three months": a delay, not a mandate
                if recalled(start) or not (_PERIOD_ACTION.search(head) or _cue(head)[0] == "mandate_until"
                                           or pattern is _PERIOD_OTHER and m.group("n2")):
                    continue
                words = (m.group("n") or m.group("n2") or "").lower()
                amount = int(words) if words.isdigit() else _FOREIGN_PERIOD_WORDS.get(words, _ENGLISH_PERIOD_WORDS.get(words))
                if not amount:
                    continue
                unit = (m.group("unit") or m.group("unit2") or "").lower()
                months = amount * (1 if unit.startswith("m") else 12)
                facts.append(Fact("mandate_period", f"{months} months", f"{months} months",
                                  Span(start, s.start + m.end(), m.group()), mission=sentence_mission(mentions, s, primary)))
    return facts


# German puts the verb at the end of its clause, after the date it governs.
_VERB_FINAL = (
    ("mandate_until", re.compile(r"\bverlänger(?:t|te|ten|n)\b|\bzu\s+verlängern\b|\berneuert\b")),
    ("terminated_on", re.compile(r"\bbeend(?:et|ete|eten|en)\b|\bzu\s+beenden\b|\bauslaufen\b|\beingestellt\b")),
    ("withdrawal_deadline", re.compile(r"\babgeschlossen\b|\babzuschließen\b|\babschließen\b|\babgezogen\b|\babziehen\b"
                                       r"|\bverlassen\b")),
    ("authorization", re.compile(r"\bermächtigt\b|\bbefugt\b|\bautorisiert\b")),
)


def _verb_final_cue(text: str, start: int, end: int) -> str | None:
    """The field a clause-final German verb gives a date with no cue before it."""
    clause = re.split(r"[,;:]", text[start:end], maxsplit=1)[0]
    found = [(m.start(), field) for field, pattern in _VERB_FINAL if (m := pattern.search(clause))]
    return min(found)[1] if found else None


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
