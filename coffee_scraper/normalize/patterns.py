"""Speed helpers for the rules' regexes: prefix-tree alternations, and pre-checks that skip a regex
scan when the words every match needs are absent (with the case fold they test against).

They exist for CPU cost only: every rule gives exactly what the plain regex gives
(tests/test_normalize_equivalence.py).
"""
from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as _C, _parser

from .built import BuiltStore

# The alternations and regexes built from the vocabularies at import, stored between processes
# (built.py); normalize/__init__.py saves what its import built.
STORE = BuiltStore()


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001  (re.compile's stored twin)
    """``re.compile``, from the compiled form a previous process stored (for the large regexes)."""
    return STORE.compile(pattern, flags)

# --------------------------------------------------------------------------------------------------
# Pre-checks: ``word in fold(text)`` is False only when no case-insensitive regex literal ``word``
# (lower-case ASCII) can match in ``text``. Under re.IGNORECASE four non-ASCII characters also match
# ASCII letters (İ ı -> i, ſ -> s, K Kelvin sign -> k); str.lower() alone would miss them.
# --------------------------------------------------------------------------------------------------
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def folds_as_lower(text: str) -> bool:
    """Whether ``fold(text) == text.lower()`` (none of the four characters)."""
    # (four substring tests: a quarter of any() over a generator)
    return text.isascii() or ("\u0130" not in text and "\u0131" not in text and "\u017f" not in text
                              and "\u212a" not in text)


@lru_cache(maxsize=256)  # one description is checked against many regexes
def fold(text: str) -> str:
    if text.isascii() or folds_as_lower(text):  # (isascii first: no call for most texts)
        return text.lower()
    return text.translate(_FOLD).lower()  # (translate is slow: only when needed)


# --------------------------------------------------------------------------------------------------
# Prefix trees. ``"|".join(names)`` over hundreds of names makes the regex engine enter every
# alternative at every position; the same alternatives nested by shared prefix
# ("ka(?:ffa|yanza|...)") are rejected after one character. Matching is unchanged: siblings start
# with characters that can never match the same input character, a name that ends at a node is
# tried after the longer names through it (as longest-first order does), and any node where that
# would not hold keeps its names as a plain alternation in their original order.
# --------------------------------------------------------------------------------------------------
_SEP = object()
# Lower-case characters no two of which match the same character under re.IGNORECASE (checked by
# brute force over all of Unicode). Names with other characters are not factored at that node.
_SAFE = frozenset("".join(chr(i) for i in range(0x20, 0x7f)).lower() + "àáâãäåæçèéêëìíîïñòóôõöøùúûüý")


def factorable(ch: str) -> bool:
    """Whether tree_alternation can factor names on the character ``ch`` (ignoring case)."""
    return ch.lower() in _SAFE


def longest_first(name: str) -> tuple[int, str]:
    """Sort key of an alternation's names: longest first (a name is tried before its prefixes), then
    alphabetical, so that the same names give the same regex in every process (set order varies with
    the interpreter's hash seed; built.py stores alternations by their inputs)."""
    return -len(name), name


def tree_alternation(names: list[str], sep: str | None = None, ignorecase: bool = True) -> str:
    """``"|".join(re.escape(n) for n in names)`` as a prefix tree, ``names`` in their try order.

    ``sep``: the regex a space in a name stands for (r"\\s+"); None keeps spaces literal.
    """
    names = tuple(names)
    return STORE.alternation(lambda: _tree(names, sep, ignorecase), "tree", names, sep, ignorecase)


def _tree(names: tuple[str, ...], sep: str | None, ignorecase: bool) -> str:
    seqs = [tuple(_SEP if (ch == " " and sep is not None) else (ch.lower() if ignorecase else ch) for ch in n)
            for n in names]
    return _node(seqs, 0, sep, ignorecase)


def _unit(u, sep: str | None) -> str:
    return sep if u is _SEP else re.escape(u)


def _plain(seq, sep: str | None) -> str:
    return "".join(_unit(u, sep) for u in seq)


def _node(seqs: list[tuple], depth: int, sep: str | None, ignorecase: bool) -> str:
    ends = [i for i, s in enumerate(seqs) if len(s) == depth]
    rest = [s for s in seqs if len(s) > depth]
    if not rest:
        return ""
    groups: dict = {}
    for s in rest:
        groups.setdefault(s[depth], []).append(s)
    keys = list(groups)
    literals = [k for k in keys if k is not _SEP]
    clash = (
        # a name ending here must be tried after every longer one
        (ends and ends[0] < len(rest))
        # the separator and a literal sibling could match the same character
        or (len(literals) < len(keys) and any(re.fullmatch(sep, k) for k in literals))
        or (ignorecase and any(k not in _SAFE for k in literals))
    )
    if clash:
        return "(?:" + "|".join(_plain(s[depth:], sep) for s in seqs) + ")"
    alts = [_unit(k, sep) + _node(groups[k], depth + 1, sep, ignorecase) for k in keys]
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if ends else body


# --------------------------------------------------------------------------------------------------
# Required words: strings one of which every match of a regex contains. ``pattern.search(text)``
# is then skipped when none occurs in the text (``fold(text)`` when the regex ignores case): a
# substring test costs a fraction of the regex's position-by-position scan. Derived from the parse
# tree, conservatively: anything unusual yields no word rather than a wrong one.
# --------------------------------------------------------------------------------------------------
def required_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """The words (lower-case when ``pattern`` ignores case), or None when no such set is known."""
    ignorecase = bool(pattern.flags & re.IGNORECASE)
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        found = _seq(list(tree), ignorecase)
    except Exception:  # an unknown node kind: no pre-check
        return None
    if not found or "" in found:
        return None
    # "class" already covers "masterclass": fewer substring tests
    return tuple(sorted(w for w in found if not any(o != w and o in w for o in found)))


def _seq(items: list, ignorecase: bool) -> set[str] | None:
    # Every element of a sequence must match, so any one element's words will do: keep the most
    # selective. Adjacent literal characters form one word; zero-width \b, ^, $ do not split it.
    options: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _C.LITERAL and (not ignorecase or av < 128):
            run.append(chr(av).lower() if ignorecase else chr(av))
            continue
        if op is _C.AT:
            continue
        if run:
            options.append({"".join(run)})
            run = []
        found = None
        if op is _C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if not (add_flags | del_flags) & re.IGNORECASE:
                found = _seq(list(sub), ignorecase)
        elif op is _C.BRANCH:
            alts = [_seq(list(sub), ignorecase) for sub in av[1]]
            if all(alts):
                found = set().union(*alts)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            lo, _hi, sub = av
            if lo >= 1:
                found = _seq(list(sub), ignorecase)
        elif op is _C.ATOMIC_GROUP:
            found = _seq(list(av), ignorecase)
        # IN, ANY, NOT_LITERAL, lookarounds, group references: no word of their own
        if found:
            options.append(found)
    if run:
        options.append({"".join(run)})
    if not options:
        return None
    return max(options, key=lambda words: (min(map(len, words)), -len(words)))


class Guarded:
    """A compiled regex with its required words: ``search`` skips the scan when none occurs.

    ``folded``: ``fold(text)`` (or ``text`` itself for a case-sensitive regex) when the caller
    already has it, to test several regexes against one text.
    """

    __slots__ = ("regex", "words", "word_set", "ignorecase")

    def __init__(self, regex: re.Pattern):
        self.regex = regex
        self.ignorecase = bool(regex.flags & re.IGNORECASE)
        self.words = required_words(regex)
        self.word_set = frozenset(self.words or ())

    def possible(self, text: str, folded: str | None = None) -> bool:
        """False only when the regex cannot match ``text``."""
        if self.words is None:
            return True
        if folded is None:
            folded = fold(text) if self.ignorecase else text
        for w in self.words:
            if w in folded:
                return True
        return False

    def search(self, text: str, folded: str | None = None) -> re.Match | None:
        words = self.words  # (possible() inlined: this runs some 25 times per product)
        if words is not None:
            if folded is None:
                folded = fold(text) if self.ignorecase else text
            for w in words:
                if w in folded:
                    return self.regex.search(text)
            return None
        return self.regex.search(text)

    def search_among(self, text: str, present: set[str]) -> re.Match | None:
        """``search``, given ``GuardSet.present(fold(text))`` of a GuardSet holding this regex."""
        if self.words is None or not self.word_set.isdisjoint(present):
            return self.regex.search(text)
        return None


class Anchored:
    """A case-insensitive alternation searched from its alternatives' opening words: each alternative
    opens (after a zero-width ``\\b``) with one of its words, found by ``str.find`` in the folded text,
    and is matched only there. The same match as ``regex.search`` (leftmost; at one position the first
    alternative), without the engine trying every alternative at every position of a long text (with
    re.IGNORECASE it has no literal prefix to skip ahead by): 100 us -> a few us per description.
    """

    __slots__ = ("alternatives", "regex")

    def __init__(self, alternatives: list[tuple[tuple[str, ...], str]], flags: int = re.IGNORECASE):
        assert flags & re.IGNORECASE and all(w == w.lower() for words, _ in alternatives for w in words)
        # (words, regex, whether it opens with \b: then a word found inside a longer word is no start)
        self.alternatives = [(words, compile(pattern, flags), pattern.startswith(r"\b")) for words, pattern in alternatives]
        self.regex = compile("|".join(pattern for _, pattern in alternatives), flags)  # (the reference)

    def search(self, text: str, folded: str | None = None) -> re.Match | None:
        if folded is None:
            folded = fold(text)  # (same length as text: positions carry over)
        best_pos, best = len(text) + 1, None
        for words, regex, bounded in self.alternatives:
            for w in words:
                pos = folded.find(w)
                while pos != -1 and pos < best_pos:  # (a later alternative must start earlier to win)
                    # (\w is str.isalnum() or "_"; fold() maps letters to letters)
                    if not (bounded and pos and ((c := folded[pos - 1]).isalnum() or c == "_")):
                        m = regex.match(text, pos)
                        if m is not None:
                            best_pos, best = pos, m
                            break
                    pos = folded.find(w, pos + 1)
        return best


class GuardSet:
    """Many Guarded regexes tried on one text: a single scan tells which of their words occur.

    A zero-width lookahead at every position captures the longest word starting there (prefix
    tree, longest first); the shorter words starting there are its prefixes.
    """

    def __init__(self, guards):
        self.guards = guards = list(guards)
        assert all(g.ignorecase for g in guards), "present() reads the folded text"
        words = sorted({w for g in guards for w in g.word_set}, key=longest_first)
        tree = tree_alternation(words, ignorecase=False)
        self._scan = compile("(?=(" + tree + "))")
        # (a plain search skips ahead to the words' first characters, which the lookahead at every position
        # cannot: about half the cost, and most texts hold none of the words)
        self._any = compile(tree)
        self._prefixes = {w: frozenset(p for p in words if w.startswith(p)) for w in words}
        # present_in_words: a text word -> the words inside it (words recur across titles: a dict probe each)
        self._in_word: dict[str, frozenset[str]] = {}
        self._words_only = all(re.fullmatch(r"\w+", w) for w in words)

    def present(self, folded: str) -> set[str]:
        """The words occurring in ``folded`` (``fold(text)``)."""
        found: set[str] = set()
        if self._any.search(folded) is None:
            return found
        for m in self._scan.finditer(folded):
            found |= self._prefixes[m.group(1)]
        return found

    def present_in_words(self, words) -> set[str]:
        """``present(folded)``, given the ``\\w+`` runs of ``folded`` (lang.word_set of a text whose fold is
        its lower case): each word is ``\\w`` only, so it occurs in the text exactly when it occurs inside
        one of them. For short texts (titles): the scan tries nearly every position, the probes are per word."""
        assert self._words_only
        found: set[str] = set()
        cache = self._in_word
        for w in words:
            hits = cache.get(w)
            if hits is None:
                if len(cache) >= 1 << 16:
                    cache.clear()
                hits = cache[w] = frozenset(self.present(w))
            if hits:
                found |= hits
        return found
