"""The words of mandate tasks: PEMA's 41 task keys, and for each the phrases that name it.

Written from reading the Council's texts (and revised by reading the errors on PEMA's
development split, never by keying a rule to a resolution): a task is named by a few
stable noun phrases ("protection of civilians", "disarmament, demobilization and
reintegration", "security sector reform"). ``task_rules`` compiles them and reads a
clause's words with them; ``task_actors`` decides whose task a phrase is.

``TRIGGERS`` are, for each task, lower-case words at least one of which every match of
its phrases contains, so most of the 41 patterns are skipped for most clauses.
"""
from __future__ import annotations

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

_WORDS = r"(?:[\w’'-]+\s+)"  # one word and its trailing space, for "within N words" windows
# "security" as the name of a thing rather than a state of affairs.
_NOT_AN_INSTITUTION = r"(?!\s+(?:sector|Council|forces|institutions|services|agencies|organs|apparatus))"

# Each task: (pattern, fixed modality or None). A fixed modality belongs to the
# phrase itself ("protect civilians" is protection whatever verb precedes it).
RULES: dict[str, list[tuple[str, str | None]]] = {
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
        (r"\b(?:reform\w*|restructur\w+|reorgani[sz]\w+|vetting|training)\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+)?"
         r"security\s+forces\b", None),
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
        (r"\b(?:reform\w*|restructur\w+|reorgani[sz]\w+|vetting|training)\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+)?"
         r"security\s+forces\b", None),
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
        (r"\bpolitical\s+dialogue\b", None),
        (r"\bdialogue\s+(?:between|among)\s+(?:the\s+)?(?:Government|political|all|parties)", None),
        (r"\bconfidence-building\b", None),
    ],
    "LocalReconcil": [
        (r"\blocal\s+(?:\w+\s+)?(?:conflicts?|reconciliation|dialogue|mediation|tensions)\b", None),
        (r"\blocal\s+levels?\b(?=[^;]{0,80}?\b(?:reconcil|dialogue|mediat|conflict|cohesion))", None),
        (r"\binter-?communal\b", None),
        (r"\bcommunity\s+(?:levels?|leaders|dialogue|reconciliation|engagement)\b", None),
        # Communities are the subject of this task when the words are about their relations
        # ("dialogue with … the Misseriya and Ngok Dinka communities", "a process open to all
        # communities"), not when they are a place or an audience ("police capabilities … at
        # the level of local communities", "contacts with LRA-affected communities").
        (r"\bcommunities\b(?=[^;]{0,120}?\b(?:dialogue|reconcil|mediat|tensions?|conflicts?\b|cohesion|"
         r"confidence|trust\b|negotiat))", None),
        (r"\b(?:dialogue|reconcil\w*|mediat\w*|tensions?|conflicts?|cohesion|confidence|trust|negotiat\w*)\b"
         r"[^;]{0,120}?\bcommunities\b", None),
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
        # Economic governance: "transparent economic management", "economic governance".
        (r"\beconomic\s+(?:management|governance)\b", None),
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
                     "security institutions", "hnp", "security forces"),
    "MilitaryReform": ("security sector", "ssr", "security institutions", "armed forces", "army", "defence",
                       "defense", "fardc", "joint integrated", "jiu", "brassage", "military justice",
                       "security forces"),
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
    "Reconcil": ("reconcil", "dialogue", "national unity", "social cohesion", "confidence-building"),
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
