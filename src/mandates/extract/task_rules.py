"""The vocabulary of mandate tasks: PEMA's 41 task keys, the words that name
each task, and the verbs that say how a mission is to carry it out.

Written from reading the Council's texts (and revised by reading the errors
on PEMA's development split, never by keying a rule to a resolution): a task
is named by a few stable noun phrases ("protection of civilians",
"disarmament, demobilization and reintegration", "security sector reform"),
and the Council says what the mission does about it with a small set of verbs
("to monitor", "to support", "to protect"). ``tasks.py`` decides *whose* task
a phrase is; this module only says *which* task and *how*.

``classify`` reads one clause's task words: each task's phrases (tried only
when one of its TRIGGERS words occurs, which keeps 41 patterns cheap), and for
each hit the nearest "how" verb before it. Every pattern is compiled once at
import.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# PEMA's task keys with a short human label (the keys are PEMA's own, so
# evaluation and export can line up with the dataset column by column).
TASKS: dict[str, str] = {
    "DisarmDemob": "Disarmament and demobilization",
    "Reintegration": "Reintegration of former combatants",
    "ControlSALW": "Control of small arms and light weapons",
    "Demil": "Demilitarization, separation and withdrawal of forces",
    "ArmsEmbargo": "Arms embargo and sanctions monitoring",
    "CivProtect": "Protection of civilians",
    "HumanRights": "Human rights",
    "ChildRights": "Children's rights and child protection",
    "SGBViolence": "Sexual and gender-based violence",
    "PoliceReform": "Police reform and support",
    "MilitaryReform": "Military and defence sector reform",
    "OffensOper": "Offensive operations",
    "JusticeReform": "Justice sector and rule of law",
    "TransJustice": "Transitional justice and accountability",
    "CorrectionsReform": "Prisons and corrections",
    "BorderControl": "Border control and management",
    "Demining": "Mine action and explosive hazards",
    "Resources": "Natural resources",
    "StateAuthority": "Extension of State authority",
    "Democratization": "Democratic institutions and governance",
    "ElectSec": "Electoral security",
    "ElectAssist": "Electoral assistance",
    "VoterEducation": "Voter and civic education",
    "PolPartyAssist": "Political party assistance",
    "CivilSociety": "Civil society",
    "Media": "Media development",
    "PublicInfo": "Public information",
    "PowerSharing": "Power sharing",
    "Reconcil": "National reconciliation and dialogue",
    "LocalReconcil": "Local and intercommunal reconciliation",
    "RegReconcil": "Regional reconciliation",
    "EcDevelop": "Economic recovery and development",
    "HumanRelief": "Humanitarian relief",
    "PublicHealth": "Public health",
    "RefugeeIDPs": "Refugees and internally displaced persons",
    "Gender": "Gender and women's participation",
    "LegalReform": "Legal and constitutional reform",
    "Ceasefire": "Ceasefire",
    "PeaceProcess": "Peace process",
    "CulturalHeritage": "Cultural heritage",
    "UseOfForce": "Use of force",
}

MONITOR, ASSIST, SECURE, ENCOURAGED = "monitor", "assist", "secure", "encouraged"

# Keys whose reading belongs to another extractor: the Council's authorization to
# use force ("all necessary means") is a provision of its own ("authorize_force",
# provisions.py) that qualifies the tasks it covers, not a task beside them.
READ_ELSEWHERE = frozenset({"UseOfForce"})

_WORDS = r"(?:[\w’'-]+\s+)"  # one word and its trailing space, for "within N words" windows
# "security" as the name of a thing rather than a state of affairs.
_NOT_AN_INSTITUTION = r"(?!\s+(?:sector|Council|forces|institutions|services|agencies|organs|apparatus))"

# Each task: (pattern, fixed modality or None). A fixed modality belongs to the
# phrase itself ("protect civilians" is protection whatever verb precedes it).
_RULES: dict[str, list[tuple[str, str | None]]] = {
    "DisarmDemob": [
        (r"\bdisarm(?:ament|ing|ed|s)?\b", None),
        (r"\bdemobili[sz](?:ation|e|ing|ed)\b", None),
        (r"(?-i:\bDDR(?:R{1,2})?\b)", None),
        (r"\bcantonment\b", None),
        (r"\bdismantl\w+\s+(?:of\s+)?(?:the\s+)?(?:militias|armed\s+groups)", None),
    ],
    "Reintegration": [
        (r"\breintegrat(?:ion|e|ing)\b", None),
        (r"\bre-?insertion\b", None),
        (r"(?-i:\bDDR(?:R{1,2})?\b)", None),
        (r"\bcommunity\s+violence\s+reduction\b", None),
        (r"\bex-combatants\b", None),
    ],
    "ControlSALW": [
        (r"\bsmall\s+arms\b", None),
        (r"\blight\s+weapons\b", None),
        (r"\bweapons\s+and\s+ammunition\b", None),
        (r"\bammunition\b", None),
        (r"\barms\s+(?:caches|stockpiles|registry)\b", None),
        (r"\bweapons?\s+(?:collection|registry|registration|stockpiles?|caches|permit|management)", None),
        (r"\bcollect\w*\s+(?:and\s+\w+\s+)?(?:of\s+)?" + _WORDS + r"{0,3}(?:weapons|arms)\b", None),
        (r"\b(?:flow|trafficking|proliferation|circulation)\s+of\s+(?:small\s+)?arms\b", None),
        (r"\b(?:seiz\w*|collect\w*|confiscat\w*|destr\w+|dispos\w+)\b[^;]{0,40}?\barms\b", None),
        (r"\barms\s+embargo\b", None),
        (r"\b(?:movement|presence|flows?)\s+of\s+(?:\w+\s+){0,3}(?:weapons|arms)\b", None),
        (r"\bweapons\s+confiscation\b", None),
        (r"\b(?:weapons|arms)\s+control\b", None),
    ],
    "ArmsEmbargo": [
        (r"\barms\s+embargo\b", None),
        (r"\b(?:sanctions|embargo)\s+(?:measures|regime|monitoring)\b", None),
        (r"\bmeasures\s+imposed\s+(?:by|in|under)\s+paragraphs?\s+\d", None),
        (r"\b(?:Group|Panel)\s+of\s+Experts\b", None),
        (r"\bCommittee\s+(?:established\s+)?pursuant\s+to\s+resolutions?\b", None),
    ],
    "CivProtect": [
        (r"\bprotect(?:ion\s+of|ing|s)?\s+(?:the\s+)?(?:civilians?|civilian\s+population)", SECURE),
        (r"\bcivilians?\s+under\s+(?:imminent\s+)?threat", SECURE),
        (r"\bthreats?\s+(?:of\s+(?:physical\s+)?violence\s+)?(?:to|against)\s+(?:the\s+)?civilian", SECURE),
        (r"\bprotection\s+(?:of|for|to)\s+(?:the\s+)?(?:local\s+)?(?:population|civilian)", SECURE),
        (r"\bphysical\s+protection\b", SECURE),
    ],
    "HumanRights": [
        (r"\bhuman\s+rights?\b(?!\s+due\s+diligence)", None),
        (r"\bviolations\s+of\s+international\s+humanitarian\s+law\b", None),
    ],
    "ChildRights": [
        (r"\bchild(?:ren)?\b(?!-contributing)(?!\s+protection\s+advis[eo]r)", None),
        (r"\bchild\s+soldiers\b", None),
        (r"\bminors\b", None),
        (r"\bboys\s+and\s+girls\b", None),
    ],
    "SGBViolence": [
        (r"\bsexual\s+(?:and\s+gender-based\s+)?violence\b", None),
        (r"\bgender-based\s+violence\b", None),
        (r"\brapes?\b", None),
        (r"\bviolence\s+against\s+women\b", None),
    ],
    "PoliceReform": [
        (r"\b(?<!formed\s)(?<!individual\s)(?<!civilian\s)(?<!Nations\s)(?<!military\sand\s)police\b"
         r"(?!\s+(?:personnel|component|officers\s+(?:of|from)|units|contributing|and\s+troop))"
         r"(?!-contributing)", None),
        (r"\bgendarmer(?:ie|y)\b", None),
        (r"\blaw\s+enforcement\b", None),
        (r"\bsecurity\s+sector\s+reform\b", None),
        (r"(?-i:\bSSR\b)", None),
        (r"\bsecurity\s+(?:sector|institutions)\b", None),
        (r"(?-i:\bHNP\b)", None),
    ],
    "MilitaryReform": [
        (r"\bsecurity\s+sector\s+reform\b", None),
        (r"(?-i:\bSSR\b)", None),
        (r"\bsecurity\s+(?:sector|institutions)\b", None),
        (r"\b(?:national|integrated|new)\s+(?:armed\s+forces|army|defen[cs]e\s+forces)\b", None),
        (r"(?-i:\b(?<!foreign\s)armed\s+forces\b)(?!\s+and\s+(?:other\s+)?armed\s+groups)", None),
        (r"(?-i:\barmy\b)", None),
        (r"\bdefen[cs]e\s+(?:and\s+security\s+)?(?:forces|sector|institutions)\b", None),
        (r"(?-i:\bFARDC\b)", None),
        (r"\bJoint\s+Integrated\s+Units?\b", None),
        (r"(?-i:\bJIUs?\b)", None),
        (r"\bbrassage\b", None),
        (r"\bmilitary\s+justice\b", None),
    ],
    "Demil": [
        (r"\bdemilitari[sz]\w*", None),
        (r"\bbuffer\s+zone\b", None),
        (r"\bTemporary\s+Security\s+Zone\b", None),
        (r"\bsecurity\s+zone\b", None),
        (r"\bdisengagement\b", None),
        (r"\bseparation\s+of\s+forces\b", None),
        (r"\bredeployment\s+of\s+(?:the\s+)?(?:parties['’]\s+|their\s+|\w+\s+)?(?:armed\s+)?(?:forces|troops)\b", None),
        (r"\bpositions?\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}(?:forces|troops|armed\s+(?:groups|movements))\b", None),
        (r"\bmovements?\s+of\s+(?:\w+\s+){0,2}(?:forces|troops|armed\s+groups|weapons)\b", None),
        (r"\bpresence\s+of\s+(?:\w+\s+){0,2}(?:forces|troops|weapons)\b", None),
        (r"\bweapons[- ]free\b", None),
        (r"\bweapons\s+confiscation\b|\bconfiscat\w+\s+(?:and\s+\w+\s+)?(?:of\s+)?weapons\b", None),
        (r"\bheavy\s+weapons\b", None),
        (r"\bwithdrawal\s+of\s+(?:all\s+)?(?:the\s+)?(?:parties['’]\s+|their\s+|foreign\s+|\w+\s+)?"
         r"(?:armed\s+|military\s+)?(?:forces|troops)\b", None),
        (r"\brestricted[- ]weapons\s+zone", None),
    ],
    "OffensOper": [
        (r"\boffensive\s+operations?\b", SECURE),
        (r"\bneutrali[sz]\w*\s+" + _WORDS + r"{0,3}armed\s+groups\b", SECURE),
    ],
    "JusticeReform": [
        (r"\bjustice\s+(?:and\s+(?:the\s+)?\w+\s+)?(?:sector|system|chain|institutions|reform)s?\b", None),
        (r"\bjudicia(?:l|ry)\b", None),
        (r"\brule\s+of\s+law\b", None),
        (r"(?-i:\bcourts?\b)(?!\s+martial)", None),
        (r"\baccess\s+to\s+justice\b", None),
        (r"\bpre-?trial\s+detention\b", None),
        (r"\blegal\s+aid\b", None),
        (r"\bjudges\b", None),
        (r"\bmagistrates\b", None),
        (r"\bMinistry\s+of\s+Justice\b", None),
    ],
    "TransJustice": [
        (r"\bbring(?:ing)?\s+(?:\w+\s+){0,6}to\s+justice\b", None),
        (r"\bhold\w*\s+(?:\w+\s+){0,8}accountable\b", None),
        (r"\baccountability\s+(?:for|of\s+perpetrators)\b", None),
        (r"\bInternational\s+Criminal\s+Court\b", None),
        (r"\btransitional\s+justice\b", None),
        (r"\btruth\b", None),
        (r"\bwar\s+crimes\b", None),
        (r"\bcrimes\s+against\s+humanity\b", None),
        (r"\bperpetrators\b", None),
        (r"\bSerious\s+Crimes\b", None),
        (r"\bSpecial\s+(?:Criminal\s+)?Court\b", None),
    ],
    "CorrectionsReform": [
        (r"\bprisons?\b", None),
        (r"\bcorrections?\b", None),
        (r"\bcorrectional\b", None),
        (r"\bpenitentiary\b", None),
        (r"\bpenal\s+system\b", None),
        (r"\bdetention\s+(?:facilities|centres|conditions)\b", None),
    ],
    "BorderControl": [
        (r"\b(?<!Safe\sDemilitarized\s)(?<!Safe\sDemilitarised\s)(?<!proximity\sto\sthe\s)borders?\b(?!\s+Zone)", None),
        (r"\bfrontiers?\b", None),
        (r"\bcross-border\b", None),
        (r"\bBoundary\s+Commission\b", None),
        (r"(?-i:\bJBVMM\b)|\bBorder\s+Verification\b", None),
        (r"\bcustoms\b", None),
        (r"\b(?:border|boundary)\s+demarcation\b|\bdemarcation\s+of\s+(?:the\s+)?(?:\w+\s+){0,3}(?:border|boundary)", None),
        (r"\bboundary\s+(?:line|demarcation)\b", None),
    ],
    "Demining": [
        (r"\bmine\s+(?:action|clearance|awareness|risk)\b", None),
        (r"\bdemining\b", None),
        (r"\b(?:land)?mines\b(?!\s+and\s+minerals)", None),
        (r"\bunexploded\s+ordnance\b", None),
        (r"\bexplosive\s+(?:remnants|hazards|ordnance)\b", None),
        (r"\bimprovised\s+explosive\s+devices?\b", None),
    ],
    "Resources": [
        (r"\bnatural\s+resources\b", None),
        (r"\b(?:illegal|illicit)\s+exploitation\b", None),
        (r"\bminerals?\b", None),
    ],
    "StateAuthority": [
        (r"\bState\s+(?:authority|administration|presence|institutions)\b", None),
        (r"\bauthority\s+of\s+the\s+State\b", None),
        (r"\b(?:extend\w*|extension\s+of|restor\w+|re-?establish\w*|consolidat\w+)\s+(?:of\s+)?"
         r"(?:its|the\s+Government['’]s|the\s+State['’]s|State|governmental|Government|civil|civilian)\s+"
         r"(?:authority|administration)\b", None),
        (r"\b(?:extend\w*|extension\s+of|restor\w+|re-?establish\w*|consolidat\w+)\s+(?:of\s+)?"
         r"(?:the\s+Government['’]s|the\s+State['’]s|State|governmental|Government)\s+"
         r"(?:control|presence)\b", None),
        (r"\b(?:civil|local|public)\s+administration\b", None),
        (r"\bdecentrali[sz]ation\b", None),
        (r"\b(?:restor\w+|re-?establish\w*|extend\w*|extension)\s+(?:of\s+)?(?:basic\s+)?(?:public|social|State)\s+services\b", None),
        (r"\b(?:core|State|public|governmental)\s+administrative\s+structures\b", None),
    ],
    "Democratization": [
        (r"\bdemocra(?:cy|tic|tization|tisation)\b(?!\s+Republic)", None),
        (r"\bconstitutional\s+order\b", None),
        (r"\bdemocratic\s+governance\b", None),
    ],
    "ElectSec": [
        (r"\bsecur(?:e|ity)\b" + _NOT_AN_INSTITUTION + r"[^;]{0,140}?"
         r"\b(?:elections?|electoral|polls|polling|referend(?:um|a|ums))\b", None),
        (r"\b(?:elections?|electoral|referend(?:um|a|ums))\b[^;]{0,140}?\b(?:secur(?:e|ity)|protection)\b"
         + _NOT_AN_INSTITUTION, None),
    ],
    "ElectAssist": [
        (r"\belect(?:ions?|oral)\b", None),
        (r"\bvoter\s+registration\b", None),
        (r"\bpolls\b", None),
        (r"(?<!Mission\sfor\sthe\s)\breferend(?:um|a|ums)\b", None),
    ],
    "VoterEducation": [
        (r"\bvoter\s+(?:education|registration)\b", None),
        (r"\bcivic\s+education\b", None),
    ],
    "PolPartyAssist": [
        (r"\bpolitical\s+parties\b", None),
    ],
    "CivilSociety": [
        (r"\bcivil\s+society\b", None),
        (r"\bnon-governmental\s+organi[sz]ations\b", None),
        (r"\bwomen['’]s\s+(?:organi[sz]ations|groups)\b", None),
        (r"\b(?:community|traditional|religious)\s+leaders\b", None),
    ],
    "Media": [
        (r"\bmedia\b", None),
        (r"\bjournalists\b", None),
        (r"\bfreedom\s+of\s+(?:the\s+)?press\b", None),
    ],
    "PublicInfo": [
        (r"\bpublic\s+information\b", None),
        (r"\bradio\b", None),
        (r"\bstrategic\s+communications?\b", None),
        (r"\binformation\s+campaigns?\b", None),
        (r"\bsensiti[sz]ation\b", None),
        (r"\bpublic\s+awareness\b", None),
        (r"\boutreach\b", None),
        (r"\bhate\s+speech\b", None),
        (r"\bcommunications?\s+(?:and\s+public\s+relations\s+)?(?:strategy|capacity|campaigns?|efforts)\b", None),
        (r"\bpublic\s+relations\b", None),
        (r"\b(?:raise|raising)\s+awareness\b|\bawareness[- ]raising\b", None),
        (r"\b(?:mis|dis)information\b", None),
    ],
    "PowerSharing": [
        (r"\bpower[- ]sharing\b", None),
    ],
    "Reconcil": [
        (r"\breconcil(?:iation|e)\b", None),
        (r"\bnational\s+(?:political\s+)?dialogue\b", None),
        (r"(?-i:\bnational\s+unity\b)", None),
        (r"\bsocial\s+cohesion\b", None),
        (r"\binclusive\s+(?:political\s+)?dialogue\b", None),
    ],
    "LocalReconcil": [
        (r"\blocal\s+(?:\w+\s+)?(?:conflicts?|reconciliation|communities|dialogue|mediation|tensions)\b", None),
        (r"\blocal\s+levels?\b(?=[^;]{0,80}?\b(?:reconcil|dialogue|mediat|conflict|cohesion))", None),
        (r"\binter-?communal\b", None),
        (r"\bcommunity\s+(?:levels?|leaders|dialogue|reconciliation|engagement)\b", None),
        (r"\bcommunities\b", None),
        (r"\bcommunal\s+(?:conflicts?|violence|tensions)\b", None),
    ],
    "RegReconcil": [
        (r"\bregional\s+(?:reconciliation|dialogue|relations|confidence)\b", None),
        (r"\bgood[- ]neighbourly\b", None),
        (r"\bnormali[sz]ation\s+of\s+(?:\w+\s+){0,2}relations\b", None),
        (r"\bbilateral\s+relations\b", None),
    ],
    "EcDevelop": [
        (r"\beconomic\s+(?:and\s+social\s+)?(?:development|recovery|growth|revitali[sz]ation|reconstruction)\b", None),
        (r"\bsocio-?economic\b", None),
        (r"\b(?:early\s+)?recovery\b", None),
        (r"(?-i:\breconstruction\b)", None),
        (r"\blivelihoods?\b", None),
    ],
    "HumanRelief": [
        (r"\bhumanitarian\b(?!\s+(?:and\s+human\s+rights\s+)?law)", None),
        (r"\brelief\s+(?:personnel|assistance|supplies|workers)\b", None),
        (r"\bprisoners\s+of\s+war\b", None),
    ],
    "PublicHealth": [
        (r"(?-i:\bHIV\b)", None),
        (r"(?-i:\bAIDS\b)", None),
        (r"\bEbola\b", None),
        (r"\bcholera\b", None),
        (r"(?-i:\bCOVID-19\b)", None),
        (r"\bpublic\s+health\b", None),
        (r"\b(?:epidemic|pandemic)s?\b", None),
    ],
    "RefugeeIDPs": [
        (r"\brefugees?\b", None),
        (r"\b(?:internally\s+)?displaced\b", None),
        (r"(?-i:\bIDPs?\b)", None),
        (r"\breturnees\b", None),
        (r"\b(?:voluntary|safe|sustainable)\s+(?:and\s+\w+\s+)?returns?\b", None),
        (r"\breturn\s+of\s+(?:\w+\s+){0,3}(?:refugees|displaced|populations?|persons)\b", None),
    ],
    "Gender": [
        (r"\bgender\b(?!-based)(?!\s+advis[eo]rs?)", None),
        (r"\bwomen['’]s\s+(?:full\s+|effective\s+|meaningful\s+|equal\s+)*(?:participation|organi[sz]ations|"
         r"groups|empowerment|representation|involvement|leadership|networks|rights)\b", None),
        (r"\b(?:participation|representation|involvement|empowerment|role|rights|inclusion)\s+"
         r"(?:\w+\s+){0,4}?of\s+women\b", None),
        (r"\bwomen(?:\s+and\s+\w+)?\s+(?:in|at)\s+(?:all|decision|the\s+political|political|peace)", None),
    ],
    "LegalReform": [
        (r"\blegislat(?:ion|ive\s+(?:framework|reform)s?)\b", None),
        (r"\blegal\s+(?:and\s+\w+\s+)?(?:framework|reform|system|code)s?\b", None),
        (r"\bconstitution(?:al\s+(?:and\s+\w+\s+)?(?:reform|review|process))?\b", None),
        (r"\b(?:penal|criminal)\s+(?:procedure\s+)?codes?\b", None),
    ],
    "Ceasefire": [
        (r"\bcease-?fire\b", None),
        (r"\bcessation\s+of\s+hostilities\b", None),
        (r"\btruce\b", None),
    ],
    "PeaceProcess": [
        (r"\bpeace\s+process\b", None),
        (r"\bpeace\s+talks\b", None),
    ],
    "CulturalHeritage": [
        (r"\bcultural\s+(?:and\s+historical\s+)?(?:heritage|sites|property|preservation)\b", None),
        (r"\bhistorical\s+sites\b", None),
        (r"(?-i:\bUNESCO\b)", None),
    ],
    "UseOfForce": [
        (r"\ball\s+necessary\s+(?:means|measures|action|actions|steps)\b", SECURE),
        (r"\b(?:take|taking)\s+(?:the\s+)?necessary\s+actions?\b", SECURE),
        (r"\buse\s+of\s+force\b", SECURE),
    ],
}

# A phrase that mentions a task's words without giving the task: the mission's
# own staff, its own conduct, or the name of a thing.
NOT_A_TASK = re.compile(
    r"sexual\s+exploitation\s+and\s+abuse|zero[- ]tolerance|"
    r"(?:its|the\s+Mission['’]s|their)\s+own\s+(?:personnel|staff)|"
    r"status[- ]of[- ]forces\s+agreement|up\s+to\s+[\d,.]+\s+(?:\w+\s+)?police\b", re.I)

# Lower-case words at least one of which every match of a task's patterns contains:
# a substring test on them skips most of the 41 patterns for most clauses (the
# Council's paragraphs are long, and the patterns many). tests/test_tasks.py
# checks the promise on real resolutions.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "DisarmDemob": ("disarm", "demobili", "ddr", "cantonment", "dismantl"),
    "Reintegration": ("reintegrat", "insertion", "ddr", "community violence", "ex-combatants"),
    "ControlSALW": ("arms", "weapon", "ammunition"),
    "ArmsEmbargo": ("embargo", "sanctions", "measures imposed", "experts", "pursuant to resolution"),
    "CivProtect": ("civilian", "population", "physical protection"),
    "HumanRights": ("human right", "humanitarian law"),
    "ChildRights": ("child", "minors", "boys"),
    "SGBViolence": ("sexual", "gender-based", "rape", "violence against women"),
    "PoliceReform": ("police", "gendarmer", "law enforcement", "security sector", "ssr",
                     "security institutions", "hnp"),
    "MilitaryReform": ("security sector", "ssr", "security institutions", "armed forces", "army", "defence",
                       "defense", "fardc", "joint integrated", "jiu", "brassage", "military justice"),
    "Demil": ("demilitari", "buffer zone", "security zone", "disengagement", "separation of forces",
              "redeployment", "positions of", "position of", "movements of", "movement of", "presence of",
              "weapons-free", "weapons free", "heavy weapons", "weapons confiscation", "confiscat",
              "withdrawal of", "restricted"),
    "OffensOper": ("offensive", "neutrali"),
    "JusticeReform": ("justice", "judicia", "rule of law", "court", "trial", "legal aid", "judges",
                      "magistrates"),
    "TransJustice": ("to justice", "transitional justice", "accountab", "criminal court", "special court",
                     "truth", "war crimes", "crimes against humanity", "perpetrators", "serious crimes"),
    "CorrectionsReform": ("prison", "correction", "penitentiary", "penal system", "detention"),
    "BorderControl": ("border", "frontier", "boundary", "customs", "jbvmm"),
    "Demining": ("mine", "demining", "unexploded", "explosive"),
    "Resources": ("natural resources", "exploitation", "mineral"),
    "StateAuthority": ("authority", "administration", "state presence", "state institutions", "presence",
                       "control", "decentrali", "services", "administrative structures"),
    "Democratization": ("democra", "constitutional order"),
    "ElectSec": ("elect", "poll", "referend"),
    "ElectAssist": ("elect", "voter", "poll", "referend"),
    "VoterEducation": ("voter", "civic education"),
    "PolPartyAssist": ("political parties",),
    "CivilSociety": ("civil society", "non-governmental", "s organi", "s groups", "leaders"),
    "Media": ("media", "journalists", "press"),
    "PublicInfo": ("public information", "information campaign", "misinformation", "disinformation", "radio",
                   "communication", "sensiti", "awareness", "outreach", "hate speech", "public relations"),
    "PowerSharing": ("power",),
    "Reconcil": ("reconcil", "dialogue", "national unity", "social cohesion"),
    "LocalReconcil": ("local", "communal", "communit"),
    "RegReconcil": ("regional", "neighbourly", "relations"),
    "EcDevelop": ("economic", "recovery", "reconstruction", "livelihood"),
    "HumanRelief": ("humanitarian", "relief", "prisoners of war"),
    "PublicHealth": ("hiv", "aids", "ebola", "cholera", "covid", "health", "epidemic", "pandemic"),
    "RefugeeIDPs": ("refugee", "displaced", "idp", "returnee", "return"),
    "Gender": ("gender", "women"),
    "LegalReform": ("legislat", "legal", "constitution", "code"),
    "Ceasefire": ("cease", "cessation of hostilities", "truce"),
    "PeaceProcess": ("peace process", "peace talks"),
    "CulturalHeritage": ("cultural", "historical sites", "unesco"),
    "UseOfForce": ("necessary", "use of force"),
}

_by_word: dict[str, list[str]] = {}
for _task, _words in TRIGGERS.items():
    for _word in _words:
        _by_word.setdefault(_word, []).append(_task)
TRIGGER_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = tuple((w, tuple(t)) for w, t in _by_word.items())

# One compiled pattern per task (its phrases as alternatives, each in a named
# group so a match knows its fixed modality, if any). Case is ignored except in
# acronyms, which are marked (?-i:...).
# Words without which NOT_A_TASK cannot match (a cheap test before the regex).
NOT_A_TASK_WORDS = ("exploitation and abuse", "tolerance", " own ", "status", "police")

TASK_PATTERNS: dict[str, re.Pattern[str]] = {}
FIXED_MODALITY: dict[tuple[str, str], str] = {}
for _task, _rules in _RULES.items():
    _parts = []
    for _index, (_pattern, _fixed) in enumerate(_rules):
        _parts.append(f"(?P<r{_index}>{_pattern})")
        if _fixed:
            FIXED_MODALITY[(_task, f"r{_index}")] = _fixed
    TASK_PATTERNS[_task] = re.compile("|".join(_parts), re.I)
assert set(TASK_PATTERNS) == set(TASKS) == set(TRIGGERS)

# --- how: the verbs of each modality -----------------------------------------------

_MODALITY_WORDS: list[tuple[str, str]] = [
    (MONITOR, r"monitor(?:s|ing|ed)?|observ(?:e|es|ing|ation)|verif(?:y|ies|ying|ication)|"
              r"investigat(?:e|es|ing|ion|ions)|report(?:ing)?\s+(?:on|to)|document(?:ing)?|"
              r"supervis(?:e|ing|ion)|inspect(?:ion|ions)?|keep\s+under\s+review|track|"
              r"early\s+warning|situational\s+awareness|mapping"),
    (SECURE, r"(?<!promote\sand\s)(?<!promotion\sand\s)(?<!promoting\sand\s)protect(?:s|ing|ion)?|"
             r"(?:ensure|ensuring|maintain\w*|provide|providing)\s+(?:the\s+)?(?:security|safety|"
             r"a\s+secure)|secur(?:e|ing)|deter(?:s|ring|rence)?|patrol(?:s|ling)?|"
             r"prevent(?:s|ing|ion)?|escort\w*|safe(?:ty|guard\w*)|neutrali[sz]\w*|"
             r"respond(?:ing)?\s+to\s+(?:\w+\s+){0,2}threats|"
             r"secure\s+environment|all\s+necessary\s+(?:means|action|measures)|necessary\s+action|"
             r"robust|proactive\s+deployment|use\s+of\s+force"),
    (ASSIST, r"support(?:s|ing|ed)?|assist(?:s|ing|ance)?|advis(?:e|es|ing|ory)|advice|"
             r"help(?:s|ing)?|facilitat(?:e|es|ing|ion)|good\s+offices|coordinat(?:e|es|ing|ion)|"
             r"train(?:s|ing)?|mentor(?:s|ing)?|capacity|build(?:s|ing)?|promot(?:e|es|ing|ion)|"
             r"contribut(?:e|es|ing|ion)|provi(?:de|des|ding|sion)|develop(?:s|ing|ment)?|"
             r"strengthen(?:s|ing)?|work(?:s|ing)?\s+(?:with|closely)|cooperat(?:e|es|ing|ion)|"
             r"liaise|liaison|expertise|technical|logistic(?:s|al)?|implement(?:s|ing|ation)?|"
             r"encourag(?:e|ing)|mediat(?:e|es|ing|ion)|engag(?:e|es|ing)|lead|reform|"
             r"restor(?:e|ing|ation)|re-?establish\w*|extend|consolidat\w+|organi[sz]\w+|"
             r"conduct|establish\w*|deploy\w*|address|enhanc\w+|maintain\w*|rebuild\w*|"
             r"reintegrat\w*|disarm\w*|demobili[sz]\w*|collect\w*|destroy\w*|clear\w*|"
             r"dispos\w+|register\w*|manag\w+"),
]
MODALITY_WORD = re.compile(
    "|".join(rf"(?P<{name}>\b(?:{words})\b)" for name, words in _MODALITY_WORDS), re.I)

# Nouns a heading uses for the three ways ("Protection of civilians", "Support for
# humanitarian assistance", "Monitoring and investigation of human rights").
HEADING_MODALITY = re.compile(
    rf"(?P<{MONITOR}>\bmonitoring\b|\bobservation\b|\bverification\b)|"
    rf"(?P<{SECURE}>\bprotection\b|\bsecurity\b)|"
    rf"(?P<{ASSIST}>\bsupport\b|\bassistance\b|\bpromotion\b)", re.I)

# --- priority --------------------------------------------------------------------------

PRIORITY = re.compile(
    r"\bas\s+(?:a|its|a\s+matter\s+of)\s+(?:top\s+|first\s+|highest\s+|utmost\s+)?priority\b|"
    r"\bstrategic\s+priorit(?:y|ies)\b|\bpriority\s+tasks?\b|\btop\s+priority\b|"
    r"\b(?:give|giving|accord|according)\s+(?:top\s+|the\s+highest\s+|high\s+)?priority\b|"
    r"\bprioriti[sz](?:e|ing|ation)\b|\bin\s+priority\b|\bpriorities\s+of\s+the\s+mandate\b",
    re.I)
# Lists of tasks that are explicitly not the priority ones.
NOT_PRIORITY = re.compile(r"\bother\s+tasks\b|\bsecondary\s+tasks\b|\bsupporting\s+tasks\b", re.I)


# --- reading a clause's task words ---------------------------------------------------


# Typographic hyphens read as "-" ("non‑governmental" with U+2011).
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-"})
_ODD_HYPHEN = re.compile("[\u2010-\u2013]")


def plain_hyphens(text: str) -> str:
    """``text`` with typographic hyphens as "-" (same length, so offsets stay valid)."""
    return text.translate(_HYPHENS) if _ODD_HYPHEN.search(text) else text


@dataclass(frozen=True)
class TaskHit:
    """A task named in a text; ``start``/``end`` span the words that name it."""

    task: str
    modality: str
    start: int
    end: int


def modality_at(text: str, start: int, end: int, zone_start: int, heading: bool,
                 marks: list[tuple[int, str]] | None = None) -> str:
    """The nearest "how" word before the task words (or inside them), else just after.

    ``marks`` are the (position, modality) of every "how" word from ``zone_start`` on,
    when the caller has them already."""
    if marks is None:
        marks = [(m.start(), m.lastgroup) for m in MODALITY_WORD.finditer(text, zone_start, end)]
    at = bisect.bisect_left(marks, (end,))
    if at:
        return marks[at - 1][1]
    if heading:
        m = HEADING_MODALITY.search(text, zone_start)
        if m:
            return m.lastgroup
    if at < len(marks) and marks[at][0] < end + 60:
        return marks[at][1]
    m = MODALITY_WORD.search(text, end, min(len(text), end + 60))
    return m.lastgroup if m else ASSIST


def classify(text: str, start: int = 0, end: int | None = None, *, encouraged: bool = False,
             heading: bool = False) -> list[TaskHit]:
    """Every task named in ``text[start:end]``, one hit per task and modality (the first).

    ``encouraged`` marks words the Council only encourages; ``heading`` a list
    heading ("Protection of civilians"), whose modality comes from its nouns.
    """
    end = len(text) if end is None else end
    text = plain_hyphens(text)
    lowered = text[start:end].lower()
    hits: dict[tuple[str, str], TaskHit] = {}
    marks: list[tuple[int, str]] | None = None
    # The first trigger word of each task: no match of its patterns ends before it, and none
    # starts more than a phrase (160 characters) ahead of it.
    first: dict[str, int] = {}
    for word, tasks in TRIGGER_WORDS:
        at = lowered.find(word)
        if at != -1:
            for task in tasks:
                if at < first.get(task, len(lowered)):
                    first[task] = at
    guarded = any(word in lowered for word in NOT_A_TASK_WORDS)
    for task, pattern in TASK_PATTERNS.items():
        at = first.get(task)
        if at is None:
            continue
        for m in pattern.finditer(text, max(start, start + at - 160), end):
            if guarded and NOT_A_TASK.search(text, max(start, m.start() - 40), min(end, m.end() + 40)):
                continue
            if " and to " in m.group():
                continue  # a window that runs into the next task ("elections and to protect …")
            if encouraged:
                modality = ENCOURAGED
            else:
                modality = FIXED_MODALITY.get((task, m.lastgroup or ""))
                if modality is None:
                    # The governing verb is nearly always close: look 150 characters back first.
                    near = max(start, m.start() - 150)
                    last = None
                    for w in MODALITY_WORD.finditer(text, near, m.end()):
                        last = w
                    if last is not None:
                        modality = last.lastgroup
                    else:
                        if marks is None:
                            marks = [(w.start(), w.lastgroup) for w in MODALITY_WORD.finditer(text, start, end)]
                        modality = modality_at(text, m.start(), m.end(), start, heading, marks)
            hits.setdefault((task, modality), TaskHit(task, modality, m.start(), m.end()))
    return sorted(hits.values(), key=lambda h: (h.start, h.task))
