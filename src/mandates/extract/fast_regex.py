"""A cheap guard in front of a large regular expression, with exactly the same matches.

Python's engine tries a pattern at every position of the text; for an alternation of
many phrases (41 tasks' phrases, the date grammar) that means trying dozens of branches
at every word. ``prefix_guarded`` puts a lookahead in front of the pattern that accepts only
the first few characters a match can begin with, read from the pattern's own parse
tree (and ``\\b`` when every branch starts on a word boundary), so most positions fail
on a test or two.

Why the matches are the same: the lookahead only accepts more than the pattern (every
match of the pattern at a position begins with one of the accepted prefixes; where the
reading of the tree is unsure — an unknown construct, a repeat beyond the prefix — it
stops constraining), it is zero-width, and the original is wrapped in a non-capturing
group, so group numbers, names, ``lastgroup`` and spans are unchanged. When nothing
useful can be read, the original pattern is returned untouched.
"""
from __future__ import annotations

import re

try:  # the parser's module is private; without it the patterns are simply left alone
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover
    _c = _p = None

PREFIX = 4       # characters of each match's beginning the guard checks
_MAX_ENTRIES = 20000

# Character categories as they are written in a set (same flags, so same meaning).
_CATEGORIES = {} if _c is None else {
    _c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W",
}

# A beginning is a tuple of atoms, one per character: (items of a character set as
# written in it, whether case is ignored). With it goes whether the match (of the
# part read so far) ends there; one that does not end but was cut short accepts
# whatever follows.
_Atom = tuple[frozenset[str], bool]
_Start = tuple[tuple[_Atom, ...], bool]
_UNKNOWN: _Start = ((), False)


class _TooMany(Exception):
    pass


def _atom(op, av, ignore_case: bool) -> _Atom | None:
    if op is _c.LITERAL:
        return frozenset([re.escape(chr(av))]), ignore_case
    items = []
    for kind, value in av:
        if kind is _c.LITERAL:
            items.append(re.escape(chr(value)))
        elif kind is _c.RANGE:
            items.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif kind is _c.CATEGORY and value in _CATEGORIES:
            items.append(_CATEGORIES[value])
        else:
            return None  # a negated set, for one
    return frozenset(items), ignore_case


def _then(heads: set[_Start], tail, k: int) -> set[_Start]:
    """The beginnings of ``heads`` followed by what ``tail(room)`` can begin with."""
    out: set[_Start] = set()
    for head, ends in heads:
        if not ends or len(head) >= k:
            out.add((head, False))
            continue
        for rest, rest_ends in tail(k - len(head)):
            atoms = head + rest
            out.add((atoms, rest_ends and len(atoms) < k))
        if len(out) > _MAX_ENTRIES:
            raise _TooMany
    return out


def _sequence(items, k: int, ignore_case: bool) -> set[_Start]:
    starts: set[_Start] = {((), True)}
    for op, av in items:
        starts = _then(starts, lambda room, op=op, av=av: _element(op, av, room, ignore_case), k)
    return starts


def _element(op, av, k: int, ignore_case: bool) -> set[_Start]:
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {((), True)}  # zero-width: it constrains, but consumes nothing
    if op in (_c.LITERAL, _c.IN):
        atom = _atom(op, av, ignore_case)
        return {_UNKNOWN} if atom is None else {((atom,), True)}
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        case = (ignore_case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        return _sequence(sub, k, case)
    if op is _c.BRANCH:
        return set().union(*(_sequence(branch, k, ignore_case) for branch in av[1]))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, high, sub = av
        out: set[_Start] = set()
        current: set[_Start] = {((), True)}
        for count in range(k + 1):
            if count >= low:
                out |= current
            if count == high:
                return out
            if count == k:
                break
            current = _then(current, lambda room: _sequence(sub, room, ignore_case), k)
        # Past k repetitions (possible when one can be empty), or short of ``low``: what
        # follows is not read.
        return out | {(atoms, False) for atoms, _ in current}
    return {_UNKNOWN}


def _boundary_first(items) -> bool:
    """Whether every match starts on a word boundary (a \\b before anything is consumed)."""
    for op, av in items:
        if op is _c.AT and av is _c.AT_BOUNDARY:
            return True
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        if op is _c.SUBPATTERN:
            return _boundary_first(av[3])
        if op is _c.BRANCH:
            return all(_boundary_first(branch) for branch in av[1])
        return False
    return False


def _render(beginnings: set[tuple[_Atom, ...]]) -> str:
    """A regex for the beginnings, as a trie whose siblings with the same continuation
    share one character set."""
    children: dict[_Atom, set[tuple[_Atom, ...]]] = {}
    for atoms in beginnings:
        children.setdefault(atoms[0], set()).add(atoms[1:])
    merged: dict[tuple[str, bool], set[str]] = {}
    for (items, ignore_case), rests in children.items():
        rest = "" if () in rests else _render(rests)  # a shorter beginning accepts the longer ones
        merged.setdefault((rest, ignore_case), set()).update(items)
    branches = [("(?i:[" if ignore_case else "(?-i:[") + "".join(sorted(items)) + "])" + rest
                for (rest, ignore_case), items in sorted(merged.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def prefix_guarded(pattern: re.Pattern[str], k: int = PREFIX) -> re.Pattern[str]:
    """``pattern`` behind a lookahead on how its matches can begin (see the module)."""
    if _p is None or not isinstance(pattern.pattern, str):
        return pattern
    try:
        tree = _p.parse(pattern.pattern, pattern.flags)
        starts = _sequence(tree, k, bool(pattern.flags & re.IGNORECASE))
        boundary = _boundary_first(tree)
    except Exception:  # too many beginnings, or a tree this reader does not know
        return pattern
    beginnings = {atoms for atoms, _ in starts}
    if () in beginnings:
        return pattern  # a match may begin with something unread (or be empty)
    guard = ((r"\b" if boundary else "")
             # the first character alone rejects most positions in one test
             + "(?=" + _render({atoms[:1] for atoms in beginnings}) + ")"
             + "(?=" + _render(beginnings) + ")")
    try:
        fast = re.compile(f"{guard}(?:{pattern.pattern})", pattern.flags)
    except re.error:  # e.g. global inline flags, which must open the pattern
        return pattern
    if fast.groups != pattern.groups or fast.groupindex != pattern.groupindex:
        return pattern
    return fast


def word_alternation(words) -> str:
    """A regex matching any of ``words``, longest first, factored as a trie.

    Python's engine tries the branches of an alternation one by one at every
    position; sharing prefixes makes a non-match fail on its first letter,
    which is most of the cost of scanning a long text."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:
        branches = [re.escape(char) + render(child) for char, child in node.items() if char]
        # longer continuations first so that "september" wins over "sep"
        branches.sort(key=len, reverse=True)
        if "" in node:
            return f"(?:{'|'.join(branches)})?" if branches else ""
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

    return render(trie)
