"""Question templates, loaded from templates.yaml: slots, cues (named; the words are in vocabulary.yaml), SPARQL
and answer pattern."""
from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from pathlib import Path

import pyoxigraph as ox
import yaml

from .counting import ITEMS, bound_names, count_query, sample_query
from .vocabulary import load_vocabulary

TEMPLATES_FILE = Path(__file__).with_name("templates.yaml")
MARKER = re.compile(r"^(\s*)#\[(!?\w+)\] ?", re.MULTILINE)
NEGATED = re.compile(r"^\s*#\[!(\w+)\]", re.MULTILINE)


@dataclasses.dataclass(frozen=True)
class Template:
    name: str
    type: str
    slots: dict
    optional: dict
    cues: tuple
    exclude: tuple
    direction: str | None
    sparql: str
    answer: str
    text: str
    empty: str | None
    prune: str | None = None
    meaning: str | None = None  # the interpretation's wording, where the type's own would mislead
    switches: frozenset = frozenset()  # flags whose "#[!flag]" lines the question can switch off (包括集体: collectives)
    one_of: tuple = ()  # optional slots of which the question must bind at least one (an event, or its year)

    def query_text(self, prefixes: str, bound: set[str], counted: str | None = None, pruned=None) -> str:
        """The SPARQL with the optional lines of the bound slots switched on (our text, not the user's). A count
        template's query (or, given ``counted``, a list template's) is the COUNT of its list (counting.py): the
        flag ``current`` leaves out pairings that have ended, as the pipeline does to a list's rows."""
        text = self.switched(bound)
        if counted is None and self.answer != "count":
            return prefixes + text
        return prefixes + count_query(text, bound_names(text, bound), **self.counting(bound, counted, pruned))

    def sample_text(self, prefixes: str, bound: set[str], counted: str | None = None, pruned=None) -> str | None:
        """The query of the facts whose sources are shown beside a count (counting.sample_query), or None."""
        text = self.switched(bound)
        found = sample_query(text, bound_names(text, bound), **self.counting(bound, counted, pruned))
        return found and prefixes + found

    def switched(self, bound: set[str]) -> str:
        def switch(m: re.Match) -> str:
            name = m.group(2)
            on = name[1:] not in bound if name.startswith("!") else name in bound
            return m.group(1) if on else m.group(0)
        return MARKER.sub(switch, self.sparql)

    def counting(self, bound: set[str], counted: str | None, pruned=None) -> dict:
        """``pruned``: the items a prune of parts leaves out, found beforehand (counting.items_query), or None."""
        return {"counted": counted or ITEMS, "current": "current" in bound, "prune_parts": self.prune == "parts",
                "pruned": pruned}


@dataclasses.dataclass(frozen=True)
class TemplateSet:
    prefixes: str
    cues: dict[str, tuple[str, ...]]
    classes: dict[str, str]
    templates: tuple[Template, ...]
    patterns: dict[str, tuple[re.Pattern, ...]] = dataclasses.field(default_factory=dict)

    def by_name(self, name: str) -> Template:
        return next(t for t in self.templates if t.name == name)


def parse_template(raw: dict) -> Template:
    return Template(raw["name"], raw["type"], raw.get("slots") or {}, raw.get("optional") or {},
                    tuple(c if isinstance(c, str) else tuple(c) for c in raw.get("cues") or ()), tuple(raw.get("not") or ()), raw.get("direction"),
                    raw["sparql"], raw["answer"], raw["text"], raw.get("empty"),
                    raw.get("prune"), raw.get("meaning"), frozenset(NEGATED.findall(raw["sparql"])),
                    tuple(raw.get("one_of") or ()))


@functools.lru_cache(maxsize=4)
def load_templates(path: Path = TEMPLATES_FILE) -> TemplateSet:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    words = load_vocabulary()
    return TemplateSet(raw["prefixes"], words.cues, words.classes, tuple(parse_template(t) for t in raw["templates"]),
                       words.patterns)


def term(value) -> ox.NamedNode | ox.Literal:
    """A slot value as an RDF term: IRIs from the gazetteer, integers for years."""
    return ox.Literal(value) if isinstance(value, int) else ox.NamedNode(value)


# what a query projects or groups by: SELECT … WHERE (outer or subquery), GROUP BY … (to a brace or line end)
CLAUSES = re.compile(r"SELECT\b[^{]*?\bWHERE|GROUP BY[^{}\n]*")
EMPTY_GROUP = re.compile(r" *GROUP BY *(?=[}\n]|$)")


def display_query(text: str, bindings: dict, unused: set[str] = frozenset()) -> str:
    """The query as a reader can paste it: bound variables shown as their (IRI or integer) values,
    switched-off optional lines and unused variables left out. Projections and groupings (the query's
    own and a subquery's) drop the bound and unused names; the patterns get the values."""
    text = SWITCHED_OFF.sub("", text)
    names = frozenset(unused) | frozenset(bindings)
    if names:
        listed = names_pattern(names, " ")
        text = CLAUSES.sub(lambda m: listed.sub("", m.group(0)), text)
    text = EMPTY_GROUP.sub("", text)  # a grouping by bound names only: no grouping
    head, _, rest = text.partition("WHERE")
    end = rest.rfind("}") + 1
    body, tail = rest[:end], rest[end:]
    if bindings:
        shown = {name: str(term(value)) for name, value in bindings.items()}
        body = names_pattern(frozenset(bindings), "").sub(lambda m: shown[m.group(1)], body)
    return head + "WHERE" + body + tail


SWITCHED_OFF = re.compile(r"^\s*#\[!?\w+\].*\n", re.MULTILINE)  # an optional line whose switch is off


@functools.lru_cache(maxsize=1024)
def names_pattern(names: frozenset[str], before: str) -> re.Pattern:
    """One pattern for any of ``names`` as a variable (?name, whole word), after ``before``; the name is group 1."""
    return re.compile(re.escape(before) + r"\?(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b")


PROVINCE_RANK = "https://w3id.org/duikou/ontology#ProvinceRankActor"
SEPARATELY_PLANNED = "https://w3id.org/duikou/ontology#SeparatelyPlannedCity"  # 计划单列市: in its own right too
RANKED_CLASSES = (PROVINCE_RANK, SEPARATELY_PLANNED)
CLASS_FILTER = re.compile(r"\?(\w+) a \?(cls|ocls) \.")


def rank_filtered(text: str, members: bool = False, anyone: bool = False, kept: frozenset = frozenset()) -> str:
    """省市 asked (dk:ProvinceRankActor: provinces and 计划单列市): a supporter counts at province rank in the pairings it
    took on in its own right, not as a member of its province's team (厦门市 in Fujian's team for Tibet): the pairing
    bound to that supporter carries no dk:supporterTeam. On the receiving side 省市 means places in general (北京对口支援
    哪些省市): the filter is dropped there. ``members``: the cities and districts that served in a province's team count
    too (asked when no supporter at province rank is recorded: 2010年以后才开始援藏的省市 → the Fujian cities of 2016);
    ``anyone``: any supporter (when neither is recorded: the ministries of a programme of ministries). ``kept``: the
    class variables bound to a kind not of rank (地州 ranked by their 省市): left as they are."""
    def with_team_rule(m: re.Match) -> str:
        if m.group(2) in kept:
            return m.group(0)
        pairings = list(re.finditer(rf"\?(\w+)\s+(?:[^.{{}}]*?;\s*)?dk:supporter\s+\?{m.group(1)}\b", text))
        same = [f for f in pairings if group(text, f.start()) == group(text, m.start())]  # (a subquery's: its own)
        found = (same or pairings or [None])[0]
        if not found or anyone:
            return ""
        live = [f for f in same if not switched_off(text, f.start())]
        if members and live and live[0] is found:
            # each branch binds the group's pairing and its supporter (a pattern of the group, so the rows are the same):
            # a branch binding only one of them was joined to the pairings as a cross product, 14–44 s at 10^6 in memory
            fact, item = found.group(1), m.group(1)
            return (f"{{ ?{fact} dk:supporter ?{item} . ?{item} a ?{m.group(2)} }} UNION "
                    f"{{ ?{fact} dk:supporter ?{item} ; dk:supporterTeam ?rankTeam }}")
        if members:
            return f"{{ ?{m.group(1)} a ?{m.group(2)} }} UNION {{ ?{found.group(1)} dk:supporterTeam ?rankTeam }}"
        # (既援疆又援藏: each programme's pairing in the group; a line switched off is no pairing, one inside a NOT EXISTS
        # — newcomers' old pairings — or in another subquery is not this group's)
        facts = dict.fromkeys(f.group(1) for f in live)
        return m.group(0) + "".join(f" FILTER NOT EXISTS {{ ?{f} dk:supporterTeam ?rankTeam }}" for f in facts)
    return CLASS_FILTER.sub(with_team_rule, text)


def switched_off(text: str, at: int) -> bool:
    """Whether ``at`` lies on an optional line left switched off (a comment: no pattern of the query)."""
    return text[text.rfind("\n", 0, at) + 1:at].lstrip().startswith("#")


def group(text: str, at: int) -> int:
    """Where the innermost group open at ``at`` begins (its brace): the patterns of one group share it, those of a
    sibling group at the same depth (another subquery) do not."""
    positions, opened = braces(text)
    i = bisect.bisect_left(positions, at)
    return opened[i - 1] if i else -1


@functools.lru_cache(maxsize=64)
def braces(text: str) -> tuple[list[int], list[int]]:
    """Each brace's position in ``text`` and the group open right after it (-1: none)."""
    positions, opened, stack = [], [], []
    for m in re.finditer(r"[{}]", text):
        if m.group() == "{":
            stack.append(m.start())
        elif stack:
            stack.pop()
        positions.append(m.start())
        opened.append(stack[-1] if stack else -1)
    return positions, opened


def team_ranked(text: str) -> str | None:
    """省市 ranked (援青六省市里哪个结对到县一级的最多) where no supporter at province rank is recorded: a team member's
    pairings count for its province (the team, dk:supporterTeam), as when two supporters are compared; None when the
    query does not bind its ranked supporters in one pattern."""
    found = CLASS_FILTER.search(text)
    if not found or found.group(2) != "cls" or len(re.findall(rf"dk:supporter \?{found.group(1)}\b", text)) != 1:
        return None
    item = found.group(1)
    pairing = re.search(rf"\?(\w+)\s+(?:[^.{{}}]*?;\s*)?dk:supporter\s+\?{item}\b", text)
    if not pairing or pairing.start() > found.start():
        return None
    text = re.sub(rf"dk:supporter \?{item}\b", "dk:supporter ?rankMember", text)
    return text.replace(found.group(0), f"OPTIONAL {{ ?{pairing.group(1)} dk:supporterTeam ?rankTeam }} "
                                         f"BIND(COALESCE(?rankTeam, ?rankMember) AS ?{item}) ?{item} a ?cls .", 1)


# Rewrites of a template's query text for what the question says beside its slots (the pipeline applies them):
IN_YEAR = re.compile(r"\?(\w+) dk:startYear \?in \.")
PROGRAMME_OF = r"dk:programme \?{}\b"


def in_force(text: str) -> str:
    """A template's pairings begun in ?in, read as those in force in ?in: begun by then and not ended before."""
    return IN_YEAR.sub(lambda m: f"?{m.group(1)} dk:startYear ?inStart . FILTER(?inStart <= ?in) "
                                 f"FILTER NOT EXISTS {{ ?{m.group(1)} dk:endYear ?inEnd FILTER(?inEnd < ?in) }}", text)


def of_round(text: str, var: str = "prog") -> str:
    """?prog (or another programme variable) bound to a programme's round (新一轮对口援疆): its pairings carry dk:round,
    their dk:programme is the whole."""
    return re.sub(PROGRAMME_OF.format(var), f"dk:round ?{var}", text)
