"""A resolution's own words inside a report: an excerpt ("The Security Council,
… 1. Decides to extend …"), or a press release ending "The full text of
resolution … reads as follows:". One vocabulary for the readers that treat
such text apart: numbers in it are cited (``numbers.py``), its preambular
paragraphs are history (``recall.py``), its paragraphs can be found word for
word in the record (``link.py``), and its "Acting under Chapter VII" is its
own (``read.py``)."""
from __future__ import annotations

import re

# Where a resolution's own text starts: its opening words on a line of their own
# ("The Security Council,"), or a press release's "… reads as follows:".
_BODY_START = re.compile(r"^\s*(?:The\s+Security\s+Council|Le\s+Conseil\s+de\s+sécurité|El\s+Consejo\s+de\s+Seguridad"
                         r"|O\s+Conselho\s+de\s+Segurança|Der\s+Sicherheitsrat)\s*,\s*$"
                         r"|\breads?\s+as\s+follows\s*:|\best\s+ainsi\s+libellée?\s*:|\bdice\s+lo\s+siguiente\s*:"
                         r"|\b(?:est|es)\s+le\s+suivant\s*:", re.I | re.M)

# The verbs that open operative paragraphs.
_OPERATIVE_VERB = r"(?:Decides|Requests|Authori[sz]es|Calls\s+upon|Urges|Demands|Décide|Decide|Beschließt)"
# The participles that open preambular paragraphs ("Recalling its resolution 2476 (2019), which
# established BINUH, …"): they tell of what came before, never of what the resolution decides.
_PREAMBLE_WORDS = (
    r"(?:Recalling|Reaffirming|Reiterating|Expressing|Welcoming|Noting|Taking\s+note"
    r"|Stressing|Underlining|Underscoring|Acknowledging|Commending|Determining|Emphasi[sz]ing|Bearing\s+in\s+mind"
    r"|Having\s+(?:considered|heard|examined|received)|Mindful|(?:Deeply|Gravely|Seriously|Strongly)\s+(?:concerned|alarmed)"
    r"|Concerned|Condemning|Recogni[sz]ing|Affirming|Taking\s+into\s+account|Encouraging|Considering|Deploring"
    r"|Highlighting|Looking\s+forward|Guided|Convinced|Alarmed|Appreciating|Paying\s+tribute|Praising"
    r"|Rappelant|Réaffirmant|Soulignant|Notant|Prenant\s+note|Se\s+félicitant|Constatant|Considérant|Saluant|Exprimant"
    r"|Recordando|Reafirmando|Observando|Destacando|Tomando\s+nota|Acogiendo|Expresando|Subrayando|Relembrando"
    r"|Sublinhando|Saudando|Unter\s+Hinweis|In\s+Bekräftigung|Betonend|Mit\s+dem\s+Ausdruck)")

PREAMBLE = re.compile(r"(?:(?:Further|Also|Further\s+also|Again)\s+)?" + _PREAMBLE_WORDS + r"\b")
# A line that starts an operative paragraph: "3. …" or an operative verb.
OPERATIVE_LINE = re.compile(r"\d{1,3}\s*[.)]\s+\w|" + _OPERATIVE_VERB + r"\b")
# A text written like a resolution: some line opens with an operative verb.
RESOLUTION_STYLE = re.compile(r"^\s*(?:\d{1,3}\s*[.)]\s+)?" + _OPERATIVE_VERB + r"\b", re.M)
# A sentence worth looking up word for word: it holds a resolution's opening verb or participle.
RESOLUTION_SENTENCE = re.compile(r"\b(?:" + _OPERATIVE_VERB + r"|Further\s+decides|Reaffirms|Condemns|Welcomes|Encourages"
                                 r"|Prie|Autorise|Solicita|Autoriza|Recalling|Welcoming|Expressing|Stressing|Underlining"
                                 r"|Emphasi[sz]ing)\b")
# The resolution's own "Acting under Chapter VII …," starts a paragraph; inside a preambular
# paragraph ("Recalling resolution 2699, by which, acting under Chapter VII, …") it is another's.
ACTING_UNDER_VII = re.compile(r"(?:^|\n)\s*[\"“]?(?:Acting|Agissant|Actuando|Atuando|Tätig\s+werdend)\s+(?:under|en\s+vertu\s+du"
                              r"|con\s+arreglo\s+al|nos\s+termos\s+do|nach)\s+(?:Chap(?:ter|itre)|Capítulo|Kapitel)\s+VII\b")


# The verbs with which an operative paragraph decides: "4. Decides to extend …", "… and decides to
# extend its mandate", "Extends the mandate …".
DECISION_VERB = re.compile(r"\b(?:Decides|Extends|Renews|Establishes|Terminates|Authori[sz]es|Endorses|Approves"
                           r"|Décide|Proroge|Renouvelle|Decide|Prorroga|Renueva|Renova|Beschließt|Verlängert)\b", re.I)
# "3. Decides, acting under Chapter VII of the Charter …, that …": inside an operative paragraph.
ACTING_UNDER_VII_INSIDE = re.compile(r"\bacting\s+under\s+Chapter\s+VII\b", re.I)
_NUMBERED = re.compile(r"\s*\d{1,3}\s*[.)]\s")


def paragraph_start(text: str, position: int) -> int:
    """Where the line (a paragraph of a resolution's text) holding ``position`` starts."""
    return text.rfind("\n", 0, position) + 1


def numbered_paragraph(text: str, position: int) -> bool:
    """Whether the paragraph holding ``position`` opens with its number ("27. Taking into account …")."""
    return bool(_NUMBERED.match(text, paragraph_start(text, position)))


def resolution_body(text: str) -> int | None:
    """Where the text of a resolution starts inside a report, if it holds one."""
    m = _BODY_START.search(text)
    return m.end() if m else None
