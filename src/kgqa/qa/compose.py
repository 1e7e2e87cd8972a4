"""A question about pairings composed from its frame: small typed fragments, one per constraint the question names,
joined into one query (quepy's way: no query text per combination of constraints).

    side + actor         the named actor holds the other side (exactly, through its parts, or both: via)
    programme            the pairing belongs to the programme
    event                a meeting or document established it (or, …以后/以前, dates it: see :func:`anchor`)
    year + kind          began in, since, before, or in force in the year
    cls / ocls / xcls    the asked side is of a kind; a ranking's counted side is; the asked side is not (而不是省份)
    cities               城市 asked (Frame.cities): no province or region that is not a municipality, ministry or firm
    within / under       a ranking within a place; the parts of a named place as the asked (or other) side
    partner              a yes/no question's second actor (:func:`check`)
    aggregate            list, count, most, fewest, or check (yes/no)

Every value is bound with ``substitutions=``; the query text holds only variable names. A frame whose constraints
these fragments cannot all express is not composed (:func:`plan` returns None); a relationship-type word (对口支援,
帮扶) is read as the verb, as the templates read it."""
from __future__ import annotations

import dataclasses
import datetime
import itertools
import re

from .frame import Frame, mask
from .gazetteer import ASKED
from .vocabulary import (MEMBER_SIDE, KINDS_NESTED, PLACE_ITSELF_TOO, GIVERS_RANKED_BY_PLACES, EVENTS_JOINED, NAME_RESTATED, YEAR_RANGE, ADJUSTED_BETWEEN, ANY_GIVER_BEFORE, ANY_GIVER_AFTER, 
    parts_subject, ROSTER_BEFORE_ASKED, PARTS_BEFORE_VERB, OWN_PARTS_BEFORE_VERB, PARTS_NOUN_AMONG, LEVEL_PARTS,
    AID_WORD,
    CITY_CLASS, CITY_NOT_KIND, EXCLUDED_AFTER, AID_BETWEEN, HANDED_OVER,
    ACTOR_PARTS, AGENT_FIRST, SCOPE_BETWEEN, BEFORE_WORDS, CONVENED, EVENT_ANCHOR, ANCHOR_BETWEEN, NOT_KIND, PART_NOUNS, PARTS_PASSIVE, PARTS_SUBJECT, WITH_PARTS,
    EVENT_DATED, KINDS_JOINED, YEAR_BEGAN, GIVER_PARTS_CLOSING, CLOSING_GIVER_BEFORE, PARTS_PARTNERS_AFTER, PARTS_GIVE_THEN_ASKED, SELF_ONLY, STILL, GIVING_PARTS, YEARS_LISTED, AREA_ASKED, SUPPORTERS_COUNTED, PARTNER_COUNT,
    GIVERS_COUNTED, RECEIVERS_WORDS, RECIPIENTS_COUNTED, CN_SMALL, AMONG_BEFORE, BEGUN_WORDS, SPAN_DURING, IN_FORCE_AFTER, ADDED_NEXT,
)

SIDES = ("supporter", "recipient")
OTHER = {"supporter": "recipient", "recipient": "supporter"}
SIDE_ZH = {"supporter": "支援方", "recipient": "受援方"}
YEAR_ZH = {"began": "{y}年开始的", "after": "{y}年及以后开始的", "before": "{y}年以前开始的", "in_force": "{y}年仍在执行的",
           "still_after": "{y}年以后仍在执行的", "among": "{y}年或{y2}年开始的", "between": "{y}年至{last}年间开始的",
           "throughout": "{y}年至{last}年间一直在执行的", "next_after": "{y}年以后最先新增的",
           "after_point": "{y}年及以后开始（或由该会议、文件确定）的", "ended_after": "{y}年及以后结束的", "ended_in": "{y}年结束的", "current": "目前（{y}年）仍在执行的"}
GENERIC_CLASSES = ("https://w3id.org/duikou/ontology#AidActor",)
SUB_LEVELS = tuple(f"https://w3id.org/duikou/ontology#{c}" for c in (  # the kinds of place within a province
    "PrefectureLevelDivision", "PrefectureLevelCity", "Prefecture", "AutonomousPrefecture", "CountyLevelDivision",
    "County", "CountyLevelCity", "District", "TownshipLevelDivision"))  # 县市, 地方: places in general, no filter
ABOVE_COUNTY = tuple(f"https://w3id.org/duikou/ontology#{c}" for c in (  # places with parts of their own to count
    "ProvinceLevelDivision", "PrefectureLevelDivision", "PrefectureLevelCity", "Prefecture", "AutonomousPrefecture",
    "XPCCDivision"))  # (a division of the Corps has its regiments, as a prefecture its counties)
RANKS = ("most", "fewest")
PROVINCE_IRI = re.compile("/division/[0-9]{2}0000$")  # a province-level division (GB/T 2260: the code's last four digits 0)
COUNTY_IRI = re.compile("/division/[0-9]{4}(?!00)[0-9]{2}$")  # a county-level division (the code's last two digits not 0)
HAVING = ("exactly", "at_least")  # the items with a given number of partners
COUNTED_HAVING = ("count_exactly", "count_at_least")  # how many items have that many (有几个县有两个以上的支援方)
PREFECTURES = "https://w3id.org/duikou/ontology#PrefectureLevelDivision"
RANKED_KINDS = ("https://w3id.org/duikou/ontology#ProvinceRankActor", "https://w3id.org/duikou/ontology#ProvinceLevelDivision")
ASKING = {"wh", "listing", "count", "most", "fewest", "ask_actors", "ask_supporter", "ask_recipient", "ask_city"}
ROLE_ASKED = {"recipient_role", "supporter_role", "symmetric"}  # 2018年 福建援藏 对口地区, 连云港 挂钩城市: a role noun asks
PAIRING_CUES = {"support", "passive_support", "supporter_role", "recipient_role", "established", "members"}
SUPPORTED_CUES = PAIRING_CUES | {
    "wh", "location", "listing", "count", "countable", "most", "fewest", "ask_actors", "ask_supporter",
    "ask_recipient", "passive", "received",
    "asked_class", "agent_class", "yesno", "programme_dated", "involves", "event_q", "ask_city", "ask_actors_support", "keywords",
    "described_supporter", "described_recipient", "collectives", "both", "pairing_noun", "when", "current", "parts",
    "symmetric", "lead", "rollup", "stages", "parts_give", "parts_give_to", "parts_receive", "parts_asked",
    "heads_word", "retasked", "takeover", "ended"}  # (召开: the words of a meeting's convenor, which only keep event_shared from the lead's question)


@dataclasses.dataclass(frozen=True)
class Plan:
    """What a pairing question asks, every constraint it names bound to a value."""
    asked: str                       # the side asked for: supporter or recipient
    actor: str | None = None         # the named actor, on the other side
    programme: str | None = None
    event: str | None = None
    year: tuple[str, int] | None = None
    cls: str | None = None
    aggregate: str = "list"          # list | count | most | fewest
    labels: dict = dataclasses.field(default_factory=dict)
    within: str | None = None        # a ranking within a place: the ranked (or counted) places lie in it
    counted_cls: str | None = None   # a ranking's counted side of that kind (谁结对的县最多)
    parts: bool = False              # the named actor's parts hold its side (when it has no partner of its own)
    excluded_cls: str | None = None  # 城市而不是省份, 不是省份的: the asked side is not of that kind
    partner: str | None = None       # a yes/no question's second actor: the recipient (or a place above it)
    under: str | None = None         # 上海哪些区…: the asked (or, 北京各区支援了哪些地方, the other) side lies within it
    under_other: bool = False        # the place's parts are the other side (北京各区对口支援了哪些地方)
    region: bool = False             # the named actor stands for itself and its parts (…对口支援了西藏: its places too)
    with_parts: bool = False         # the named actor and its parts, grouped (X（包括下辖各县）的支援方)
    rolled: bool = False             # a ranking of places counts the partners of each place and of its parts
    n: int | None = None             # exactly (or at_least) this many partners (同时有两个北京区县对口)
    also_cls: str | None = None      # 哪些省市和中央企业: a second kind joined to the asked one (either kind)
    point: str | None = None         # the meeting or document named as the point in time (its own pairings count after it)
    also_event: str | None = None    # 综合1979年会议和1984年会议的安排…最多: a second meeting (pairings set up by either)
    nested: bool = False             # 地市及其下辖结对县: the second kind (also_cls) only within a partner of the first
    also_counted: str | None = None  # 哪个地市获得省市与企业对口支援最多: a second kind joined to the counted one (either)
    excluded_programme: str | None = None  # 撇开援疆那部分, 援藏之外: pairings of that programme are left out
    excluded_place: str | None = None  # 不算兵团的话: the asked side's places within it (or it) are left out
    cities: bool = False             # 城市 asked (哪些城市, 城市有哪些): a city of any rank or a municipality's district,
    # never a province or region that is not a municipality, a ministry or a firm (CITIES; tests/qa/README, session 14)

    def values(self) -> dict:
        found = {"actor": self.actor, "prog": self.programme, "event": self.event, "cls": self.cls,
                 "within": self.within, "ocls": self.counted_cls, "xcls": self.excluded_cls, "partner": self.partner,
                 "under": self.under, "cls2": self.also_cls, "point": self.point, "event2": self.also_event,
                 "ocls2": self.also_counted, "xprog": self.excluded_programme,
                 "xplace": self.excluded_place}
        out = {k: v for k, v in found.items() if v is not None}
        if self.year:
            out["year"] = self.year[1]
        if self.year and len(self.year) > 2:
            out["year2"] = self.year[2]
        if self.n is not None:
            out["n"] = self.n
        return out


def anchor(frame: Frame, between: bool = False):
    """A meeting or document named as a point in time (第五次西藏工作座谈会以后…开始): (after|before, its mention);
    ``between``: the programme's name and an adjustment's word may stand before the point (…新一轮南北挂钩合作调整后)."""
    events = frame.of_kind("event")
    rest = EVENT_DATED.sub("", frame.masked[events[0].end:], count=1) if len(events) == 1 else ""  # （2001年）以后
    if between and len(events) == 1:
        named = mask(frame.masked, frame.of_kind("programme"), everything=True)[events[0].end:]
        rest = named[skipped.end():] if (skipped := ANCHOR_BETWEEN.match(named)) else rest
    found = EVENT_ANCHOR.match(rest) if len(events) == 1 else None
    return (("before" if found.group(1) in BEFORE_WORDS else "after"), events[0]) if found else None


def with_point(p: Plan | None, frame: Frame) -> Plan | None:
    """第二次中央新疆工作座谈会以后，山西对口支援哪个团: after a meeting or document named as the point in time, the pairings
    it set up itself count too where their start is not recorded (they began with it)."""
    point = anchor(frame)
    if p is None or not p.year or p.year[0] != "after" or p.event or not point or point[0] != "after" or frame.years:
        return p
    return dataclasses.replace(p, year=("after_point", p.year[1]), point=point[1].best[0].iri)


def empty_text(p: Plan) -> str:
    subject = described(p, None).replace("{", "{{").replace("}", "}}")
    return f"图谱中没有{subject}的记录（没有记录不等于不存在）。"


def preferred(frame: Frame) -> bool:
    """Readings no template has: a meeting as a point in time, a place together with its parts, a bare year as the
    year the pairings were in force (2015年北京对口支援哪些地方)."""
    in_force = set(frame.years) == {"in"} and not YEAR_BEGAN.search(frame.masked) and not frame.of_kind("event") \
        and "takeover" not in frame.cues and not {"ended", "pairing_noun"} <= frame.cues \
        or bool(frame.years) and (dated(frame, None) or ("",))[0] in ("throughout", "still_after", "next_after",
                                                                     "ended_after", "ended_in") \
        and not {"ended", "pairing_noun"} <= frame.cues  # (…哪些结对关系在2021年结束了: the pairings, the templates')
    actors = frame.of_kind("actor")
    roster = bool(actors) and bool(PARTS_NOUN_AMONG.match(frame.masked[actors[0].end:]))  # 阿坝州所辖县中，有…的是哪些
    qualified_parts = parts_asked(frame) and (roster or len(actors) > 1 or frame.years
                                              or frame.of_kind("programme") or frame.of_kind("event")
                                              or {"count", "countable"} <= frame.cues) \
        and not {"parts_give_to", "most"} <= frame.cues  # (日喀则下面有几个县有对口支援; …北京的区县对口最多的县: a template's)
    return bool(anchor(frame)) or bool(WITH_PARTS.search(frame.text)) and bool(frame.of_kind("actor")) or in_force \
        or itself_too(frame) is not None or parts_beyond(frame) is not None \
        or rolled_up(frame) \
        or check(frame) is not None or bool(qualified_parts) or frame.region is not None or rolled_up_ranking(frame) \
        or bool(frame.cues & set(RANKS) and ranked_years(frame)) or partner_count(frame) is not None \
        or two_events_joined(frame) is not None  # (综合A会议和B会议的安排…最多: no template ranks over two meetings)


def rolled_up_ranking(frame: Frame) -> bool:
    """哪个地州的支援方最多, 把下属县市也算进去…最多: places ranked with their parts' partners, which no template counts."""
    if not frame.cues & set(RANKS):
        return False
    classes = [m for m in frame.of_kind("class") if m.best[0].via == ASKED]
    behind = any(m.best[0].iri in SUB_LEVELS for m in classes) and any(
        m.best[0].iri in RANKED_KINDS for m in frame.of_kind("class") if m.best[0].via != ASKED)
    if (asked_side(frame, None) != "recipient" or "ask_supporter" in frame.cues) and not behind:
        return False
    if frame.of_kind("actor"):  # 新疆哪个地区…最多: places within it, counted with their parts
        return "rollup" in frame.cues or not classes or any(m.best[0].iri in ABOVE_COUNTY for m in classes)
    return "rollup" in frame.cues or any(m.best[0].iri in ABOVE_COUNTY for m in classes)


def rolled_up(frame: Frame) -> bool:
    """谁对口支援阿坝州, 阿坝州得到哪些省市的援建: the supporters of a named place are those of the place itself and of
    its parts, grouped (issue #15, item 2); 本身 narrows it to the place itself."""
    actors = frame.of_kind("actor")
    recipients_asked = "recipient_role" in frame.cues and "supporter_role" not in frame.cues  # …的受援地有哪些
    return len(actors) == 1 and asked_side(frame, actors[0]) == "supporter" and not SELF_ONLY.search(frame.text) \
        and not recipients_asked \
        and not parts_asked(frame) \
        and not frame.cues & {"most", "fewest", "count", "yesno", "when", "symmetric", "parts_give", "parts_asked",
                              "parts_give_to", "parts_receive", "rollup", "takeover", "stages"}


def parts_asked(frame: Frame):
    """上海哪些区对口支援了西藏, 广东哪些市参加了东西部协作: the first actor's parts of a kind are the subject;
    (its mention, the kind, whether its parts give (not receive), whether the places they give to are asked)."""
    actors = frame.of_kind("actor")
    unnamed = mask(frame.masked, frame.of_kind("programme"), everything=True)  # (援藏 between: a programme named)
    if len(actors) == 1 and (giving := GIVING_PARTS.match(unnamed[actors[0].end:])) \
            and (giving.group(1) or giving.group(3) or "supporter_role" in frame.cues and MEMBER_SIDE.match(
                unnamed[actors[0].end:])) and giving.group(2) in PART_NOUNS:  # (江苏方面是哪些市: the giving side's)
        partners = bool(PARTS_PARTNERS_AFTER.match(unnamed[actors[0].end + giving.end():]))  # …，分别结对的是哪几座城市
        return actors[0], PART_NOUNS[giving.group(2)], True, partners  # 上海派出的是哪几个区, 苏 援藏 哪几个地级市 具体承担
    tail = unnamed[actors[-1].end:].lstrip("，, ") if len(actors) == 2 else ""
    tail = tail[len(actors[0].text):] if tail and tail.startswith(actors[0].text) else tail  # 上海帮扶迪庆，上海出了哪几个区
    if len(actors) == 2 and frame.direction == "out" \
            and (giving := GIVING_PARTS.match(tail)) and giving.group(1) and giving.group(2) in PART_NOUNS:
        return actors[0], PART_NOUNS[giving.group(2)], True, False  # 上海帮扶迪庆 出了哪几个区: the giver's parts, toward the other
    named = mask(frame.masked, frame.of_kind("programme") + frame.of_kind("event"), everything=True)
    skipped = scope_between(named[actors[0].end:]) if actors else 0  # 阿坝州在…方案里有哪些县…
    found = parts_subject(frame.masked[actors[0].end + skipped:]) if actors else None
    if found and len(actors) > 1 and (found.group(3) or "").startswith(("几", "多少")):
        found = None  # 日喀则下面有几个县得到上海对口支援: the giver's places there counted, not the place's parts
    if not found:
        return parts_before_verb(frame, unnamed)
    at = actors[0].end + skipped + found.start(4)  # toward another actor, the part noun may be a class word of its own
    rest = frame.masked[actors[0].end + skipped + found.end():]
    after = scope_between(named[actors[0].end + skipped + found.end():])  # 绵阳市有哪些县市区在□□中有…: the scope after
    noun = [m for m in frame.of_kind("class") if m.start == at and m.end <= actors[0].end + skipped + found.end(4)
            and m.best[0].via != "parts" and (len(actors) > 1 or (skipped or after) and m.best[0].via == ASKED
                                               or m.best[0].iri in SUB_LEVELS and m.best[0].iri not in PART_NOUNS.values())]
    # (德阳市哪两个县级市…: a level below the place's own that no part noun names, 县级市, is the parts' kind)  # (江苏的哪个地级市…拉萨, 玉树州下面哪些县市有北京的区…)
    kind = noun[0].best[0].iri if noun else PART_NOUNS.get(found.group(4))
    end = actors[0].end + skipped + found.end()
    theirs = partners_kind(frame, end)  # (the part noun itself is a class mention too: 哪些县 names the parts' kind)
    if not noun and found.group(4) not in PART_NOUNS or any(m.kind == "class" and m not in noun and not (
            theirs is not None and (m is theirs or m.start == at)) and not (m.start == at and m.best[0].via == "parts" and found.re is PARTS_NOUN_AMONG)
            and not (m.start == at and (found.group(3) or "").startswith(("几", "多少")))  # (下面有几个县有…: counted)
            for m in frame.mentions):  # (昌都市所辖区县中，有…的是哪些: the part noun read as the parts' kind)
        return parts_before_verb(frame, unnamed)  # (江苏省的哪些市去帮扶: the parts before the aid verb give)
    rest = rest[after:]
    # (拉萨的哪些县由江苏的城市对口支援: parts asked by a question word, then the agent; not 喀什各县由谁支援)
    receive = not PARTS_GIVE_THEN_ASKED.match(rest) and (  # (北京市各区承担的援青受援县: the places they take on)
        bool(PARTS_PASSIVE.match(rest)) or (found.group(3) or "").startswith("哪") and bool(AGENT_FIRST.match(rest))
        or bool(HANDED_OVER.match(rest)))  # (汶川县哪个乡镇分给了东莞市: handed to the giver)
    receive = receive or frame.masked[:actors[0].start].endswith("把") and bool(HANDED_OVER.match(rest))  # (把…分给了Y)
    return actors[0], None if kind in GENERIC_CLASSES else kind, not receive, "parts_give_to" in frame.cues


def restated_away(rest: str, actor) -> str:
    """江苏援藏 是江苏哪些市…: the text after an actor with the actor's name said again (after a masked programme and 是)
    left out, so the parts asked read as that actor's."""
    lead = re.match("^[ □]*是?", rest).end()
    for name in sorted({actor.text, actor.best[0].label}, key=len, reverse=True):
        if len(name) >= 2 and rest.startswith(name, lead):
            return rest[:lead] + rest[lead + len(name):]
    return rest


def parts_before_verb(frame: Frame, unnamed: str):
    """福建援藏时派了哪些地级市分别对口昌都的县, 北京是哪两个区县对口秭归的, 援青 北京 区级 支援单位: an actor's parts of a
    level asked before the aid verb are the givers (as :func:`parts_asked` returns them), toward one other place at most."""
    for actor in frame.of_kind("actor"):
        if (found := PARTS_BEFORE_VERB.match(restated_away(unnamed[actor.end:], actor))) and not actor.ambiguous:
            noun = next(g for g in found.groups() if g)
            return actor, PART_NOUNS[LEVEL_PARTS.get(noun, noun)], True, False
        if len({a.best[0].iri for a in frame.of_kind("actor")}) == 2 and not actor.ambiguous \
                and actor is frame.of_kind("actor")[-1] \
                and (found := GIVER_PARTS_CLOSING.match(unnamed[actor.end:])) \
                and CLOSING_GIVER_BEFORE.search(unnamed[:actor.start]):
            return actor, PART_NOUNS[LEVEL_PARTS.get(found.group(1), found.group(1))], True, False  # …巴东县的是北京哪个区
    actors = frame.of_kind("actor")
    if len(actors) == 2 and not actors[0].ambiguous and (again := NAME_RESTATED.match(unnamed[actors[1].end:])) \
            and len(again.group(1)) >= 2 and (again.group(1) == actors[0].text
                                             or actors[0].best[0].label.startswith(again.group(1))) \
            and (found := GIVER_PARTS_CLOSING.match(unnamed[actors[1].end + again.end():])) \
            and CLOSING_GIVER_BEFORE.search(unnamed[:actors[1].end + again.start(1)]):
        return actors[0], PART_NOUNS[LEVEL_PARTS.get(found.group(1), found.group(1))], True, False  # 北京…秭归县的是北京哪两个区
    provinces = [a for a in frame.of_kind("actor") if PROVINCE_IRI.search(a.best[0].iri) and not a.ambiguous]
    if provinces and (own := OWN_PARTS_BEFORE_VERB.search(unnamed, provinces[0].end)):
        return provinces[0], PART_NOUNS[LEVEL_PARTS.get(own.group(1), own.group(1))], True, False  # 省内哪些设区市…
    return None


def partners_kind(frame: Frame, end: int):
    """日喀则下面哪些县有援藏省份结对: the one kind named after the parts asked (and before the verb ends) is their partners'."""
    after = [m for m in frame.of_kind("class") if m.start >= end and m.best[0].via not in (ASKED, "parts")]
    return after[0] if len(after) == 1 and not frame.cues & set(RANKS) else None  # (…省份最多: a ranking's count)


def scope_between(rest: str) -> int:
    """在□□□方案里, 按□□□的安排中: a programme, meeting or document named between a place and its parts asked."""
    found = SCOPE_BETWEEN.match(rest)
    return found.end() if found else 0


def which_parts(frame: Frame) -> bool:
    """宜昌市下辖哪些县区得到…, 日喀则下面有几个县有…: the parts are what is asked or counted (a question word before the part
    noun), not 昌都各县区…由哪些省市."""
    actors = frame.of_kind("actor")
    found = parts_subject(frame.masked[actors[0].end:]) if actors else None
    return bool(found and (found.group(3) or "").startswith(("哪", "几", "多少")) and parts_asked(frame))  # (…有几个县: counted)


def plan(frame: Frame, event_year=None) -> Plan | None:
    """The question's constraints as a plan, or None when the frame names something these fragments cannot express
    (two actors, a stage, a mechanism, a definition, a yes/no question: the templates' business, or :func:`check`)."""
    if (two := two_events_ranked(frame, event_year)) is not None:
        return without_programmes(two, frame)
    return without_programmes(with_cities(plan_of(frame, event_year), frame), frame)


def without_programmes(p: Plan | None, frame: Frame) -> Plan | None:
    """撇开援疆那部分，北京对口支援哪些地方: one programme set aside — its pairings left out (two, or the one the plan
    requires: no plan)."""
    if p is None or not frame.excluded:
        return p
    if len(frame.excluded) > 1 or p.aggregate not in ("list", "count") or p.partner \
            or frame.excluded[0].best[0].iri in (p.programme, p.actor, p.under, p.within):
        return None  # (a ranking or a check with a name set aside: not composed, so not answered as if it were not)
    aside = frame.excluded[0]
    if aside.kind == "programme":
        return dataclasses.replace(p, excluded_programme=aside.best[0].iri, labels=p.labels | {"xprog": aside.best[0].label})
    return dataclasses.replace(p, excluded_place=aside.best[0].iri, labels=p.labels | {"xplace": aside.best[0].label})


def with_cities(p: Plan | None, frame: Frame) -> Plan | None:
    """哪些城市对口支援拉萨: 城市 the kind asked — a list (or count) of cities of any rank, the asked side's provinces,
    ministries and firms left out (no narrower kind asked with it: 哪些地级市 is its own class)."""
    if p is None or not frame.cities or p.cls is not None or p.partner or p.aggregate not in ("list", "count"):
        return p
    return dataclasses.replace(p, cities=True, labels=p.labels | {"cities": "城市"})


def two_events_ranked(frame: Frame, event_year=None) -> Plan | None:
    """综合1979年全国边防工作会议和1984年天津会议的安排，哪个受援省区获得的支援方最多: a ranking over the pairings two
    meetings (or documents) joined by 和/与/及 set up — the plan of the first, with the second as its alternative; the years
    written are the meetings' own."""
    if (events := two_events_joined(frame)) is None:
        return None
    own = {event_year(m.best[0].iri) for m in events} if event_year else set()
    if set(frame.years.values()) - own:
        return None  # (another year scopes it: not read here)
    first = dataclasses.replace(frame, mentions=[m for m in frame.mentions if m is not events[1]], years={})
    p = plan_of(first, event_year)
    if p is None or p.event != events[0].best[0].iri:
        return None
    return dataclasses.replace(p, also_event=events[1].best[0].iri,
                               labels=p.labels | {"event2": events[1].best[0].label})


def two_events_joined(frame: Frame) -> list | None:
    """Two meetings or documents joined by 和/与/及 in a ranking question: the two mentions, or None."""
    events = frame.of_kind("event")
    if len(events) != 2 or not frame.cues & set(RANKS) or any(m.ambiguous for m in events) \
            or not EVENTS_JOINED.fullmatch(frame.masked[events[0].end:events[1].start]):
        return None
    return events


def plan_of(frame: Frame, event_year=None) -> Plan | None:
    if (having := partner_count(frame)) is not None:
        return plan_by_partners(frame, having)
    if (placed := giver_in_place(frame)) is not None:
        return placed
    if (beyond := parts_beyond(frame)) is not None:
        return beyond
    if declined(frame):
        return None
    if parts := parts_asked(frame):
        return plan_of_parts(frame, parts)
    one = {m.kind: m for m in frame.mentions}
    year = dated(frame, one.get("event"))
    if (point := anchor(frame)) and event_year and not frame.years:
        year = (point[0], event_year(point[1].best[0].iri))  # the meeting dates the pairings, it did not set them up
        one = {k: m for k, m in one.items() if k != "event"}
    elif point and set(frame.years) == {point[0]}:  # 截至2016年援藏对口关系调整以前: the year written is the point's
        year = (point[0], frame.years[point[0]])
        one = {k: m for k, m in one.items() if k != "event"}
    elif point and set(frame.years) == {"in"} and YEAR_BEGAN.search(frame.masked) \
            and not re.match(r"[(（]?[0-9]{4}年", frame.masked[point[1].end:]):  # (（2001年）: the meeting's own year)
        # 第四次西藏工作座谈会之后、于2002年开始…: the meeting only dates the pairings, the year they began is the constraint
        year = ("began", frame.years["in"])
        one = {k: m for k, m in one.items() if k != "event"}
    aggregate = "most" if "most" in frame.cues else "fewest" if "fewest" in frame.cues else \
        "count" if {"count", "countable"} <= frame.cues else "list"
    if aggregate in RANKS and (span := ranked_years(frame)):
        year = span  # 按1979年和1984年的安排…最多, 从1979到1984年…最多: the pairings begun in those years
    if year is False or year and year[1] is None:
        return None
    kinds = kinds_of(frame, aggregate in ("most", "fewest")) or region_kinds(frame)
    if kinds is None:
        return None
    asked_cls, counted_cls, excluded = kinds
    if frame.region is not None and frame.region_kind and asked_cls is not None and counted_cls is None \
            and asked_cls.best[0].via != ASKED and asked_cls.end <= frame.region.start:
        asked_cls, counted_cls = None, asked_cls  # 在汶川县分片包乡镇的广东地级市: the kind before the region's is the partners'
    labels_counted = {"counted": counted_cls.best[0].label} if counted_cls and frame.region is not None else {}
    actor = one.get("actor")
    within = actor if aggregate in ("most", "fewest") else None  # 在西藏，哪个县…最多: where the ranking is
    labels = {m.kind: m.best[0].label for m in frame.mentions} | ({"excluded": excluded.best[0].label} if excluded else {}) \
        | labels_counted
    if frame.region:  # 哪些安徽城市, 在广东省内…: the asked side lies in the region, of the level named with it
        labels["under"] = frame.region.best[0].label
    iri = {k: m.best[0].iri for k, m in one.items()}
    asked = asked_side(frame, None if within else actor)
    if aggregate not in RANKS and asked_cls and counted_cls and roster_subject(frame, [counted_cls, asked_cls]):
        asked = "recipient"  # 援藏的省市对口哪些县: the givers' kind before the verb, the places asked after it
    if within and asked_cls and asked_cls.best[0].iri in SUB_LEVELS:
        asked = "recipient"  # 西藏各地市里，对口支援省份最多的是哪个: places within the region are ranked, not supporters
    if aggregate in RANKS and asked_cls and asked_cls.best[0].iri in SUB_LEVELS and counted_cls \
            and counted_cls.best[0].iri in RANKED_KINDS:
        asked = "recipient"  # 哪个地州背后的支援省市最多: places ranked by the provinces behind them
    if within and asked_cls and counted_cls and asked_cls.best[0].iri in SUB_LEVELS \
            and counted_cls.best[0].iri in RANKED_KINDS and GIVERS_RANKED_BY_PLACES.match(frame.masked[counted_cls.end:]):
        asked, asked_cls, counted_cls = "supporter", counted_cls, asked_cls  # 援疆省市包的县最多的是哪家: givers ranked
    if within and asked == "supporter" and (own := own_parts_asked(frame, actor)):
        return Plan(asked, None, iri.get("programme"), iri.get("event"), year, asked_cls and asked_cls.best[0].iri or own,
                    aggregate, labels | {"under": actor.best[0].label}, None, counted_cls and counted_cls.best[0].iri,
                    under=iri["actor"])  # 江苏哪个市对口支援的县最多: its own parts ranked as givers
    area = (within or "rollup" in frame.cues) and aggregate in RANKS and asked_cls is None \
        and AREA_ASKED.search(frame.masked) and PREFECTURES  # (哪个地区（连下面的县一起算）: a place with counties beneath)
    area = area or excluded and asked_cls is None and CITY_NOT_KIND.search(frame.text[:excluded.start]) and CITY_CLASS
    rolled = aggregate in RANKS and asked == "recipient" and (ranked_with_parts(frame, asked_cls)
                                                              or bool(within) and asked_cls is None)
    return Plan(asked, iri.get("actor") if not within else None,
                iri.get("programme"), iri.get("event"), year, asked_cls and asked_cls.best[0].iri or frame.region_kind or area,
                aggregate, labels, iri.get("actor") if within else None, counted_cls and counted_cls.best[0].iri,
                with_parts=(bool(WITH_PARTS.search(frame.text)) or rolled_up(frame) and frame.region is None)
                and actor is not None and not within and not nested_kinds(frame, joined_kinds(frame)),
                excluded_cls=excluded and excluded.best[0].iri, under=frame.region and frame.region.best[0].iri,
                parts=bool(actor and not within and asked == "recipient" and by_its_parts(frame, actor)), rolled=rolled,
                **joined_kind(frame, asked_cls, aggregate, labels), **counted_also(frame, counted_cls, aggregate))


def itself_too(frame: Frame) -> tuple | None:
    """昌都本身和天津包的县区, 连阿里一起列给我: of two actors, the place said to be listed itself (PLACE_ITSELF_TOO, its
    name said again perhaps short) and the other, the giver: (place, giver), or None."""
    actors = list({m.best[0].iri: m for m in reversed(frame.of_kind("actor"))}.values())[::-1]  # (a name said again)
    if len(actors) != 2:
        return None
    for found in PLACE_ITSELF_TOO.finditer(frame.text):
        name = next(g for g in found.groups() if g)
        place = [a for a in actors if name.endswith((a.text, a.best[0].label))]
        if len(place) == 1:
            return place[0], next(a for a in actors if a is not place[0])
    return None


def parts_beyond(frame: Frame) -> Plan | None:
    """广东援建汶川一共分给了几个地级市, 广东有几个地级市对口支援汶川: a kind above county level named with a giver and a
    county it aids — no place of that kind lies within the county, so the kind is the giver's own parts that took the
    county (or its townships) on: listed or counted (within a programme, meeting or year too)."""
    actors = frame.of_kind("actor")
    classes = [m for m in frame.of_kind("class") if m.best[0].iri not in GENERIC_CLASSES]
    if len(actors) != 2 or len(classes) != 1 or frame.direction != "out" or any(m.ambiguous for m in frame.mentions) \
            or frame.cues - SUPPORTED_CUES or frame.cues & {"yesno", "when", "most", "fewest", "takeover", "ended"} \
            or not frame.cues & ASKING or classes[0].best[0].iri not in ABOVE_COUNTY \
            or classes[0].best[0].iri in RANKED_KINDS + ("https://w3id.org/duikou/ontology#XPCCDivision",) \
            or not COUNTY_IRI.search(actors[1].best[0].iri) or COUNTY_IRI.search(actors[0].best[0].iri):
        return None
    giver, place = actors
    if (scope := programme_event_year(frame)) is None:
        return None
    one, year = scope
    labels = {k: m.best[0].label for k, m in one.items()} | {"actor": place.best[0].label, "under": giver.best[0].label}
    return Plan("supporter", place.best[0].iri, one.get("programme") and one["programme"].best[0].iri,
                one.get("event") and one["event"].best[0].iri, year, classes[0].best[0].iri,
                "count" if {"count", "countable"} <= frame.cues else "list", labels, under=giver.best[0].iri, region=True)


def programme_event_year(frame: Frame) -> tuple[dict, tuple | None] | None:
    """The programme and the meeting or document named (by kind) and the year constraint they give — None when the
    year cannot be used (no year its event can be dated by, or one with no bound)."""
    one = {m.kind: m for m in frame.mentions if m.kind in ("programme", "event")}
    year = dated(frame, one.get("event"))
    if year is False or year and year[1] is None:
        return None
    return one, year


def giver_in_place(frame: Frame) -> Plan | None:
    """黑龙江援藏，日喀则本身再加上下面的县，一共涉及哪些地方; 上海在日喀则及其下辖各县对口支援了哪些地方: a giver's partners
    in a place and within it (the place itself too), when the place's parts are joined to it right after its name, or the
    place is said to be listed itself (昌都本身和天津包的县区, 连阿里一起列给我: then a kind of its parts named, 哪几个县, is the
    parts' kind, the place itself listed beside them; a count said in a narration before is no count asked)."""
    together = itself_too(frame)
    classes = frame.of_kind("class")
    if together is None and (len(frame.of_kind("actor")) != 2 or frame.direction != "out") \
            or any(m.ambiguous for m in frame.mentions) or frame.cues - SUPPORTED_CUES \
            or frame.cues & {"yesno", "when", "most", "fewest"} or "count" in frame.cues and together is None \
            or not frame.cues & (ASKING | ROLE_ASKED) or classes and (together is None or len(classes) > 1
                                                                    or classes[0].best[0].iri not in SUB_LEVELS):
        return None
    if together is not None:
        place, giver = together
    else:
        giver, place = frame.of_kind("actor")
        joined = WITH_PARTS.search(frame.text, place.end)
        if not joined or joined.start() - place.end > 3:
            return None
    if (scope := programme_event_year(frame)) is None:
        return None
    one, year = scope
    labels = {k: m.best[0].label for k, m in one.items()} | {"actor": giver.best[0].label, "partner": place.best[0].label}
    return Plan("recipient", giver.best[0].iri, one.get("programme") and one["programme"].best[0].iri,
                one.get("event") and one["event"].best[0].iri, year, classes[0].best[0].iri if classes else None,
                labels=labels, partner=place.best[0].iri)


def joined_kind(frame: Frame, asked_cls, aggregate: str, labels: dict) -> dict:
    """The second of two joined kinds asked (哪些省市和中央企业), as the plan's also_cls (its label under "also")."""
    joined = joined_kinds(frame) if aggregate not in RANKS else None
    if not joined or asked_cls is not joined[0]:
        return {}
    labels["also"] = joined[1].best[0].label
    return {"also_cls": joined[1].best[0].iri, "nested": nested_kinds(frame, joined) and bool(frame.of_kind("actor"))}


def kind_label(p: Plan, cls_label: str | None) -> str | None:
    """The asked kind's words: both when two are joined (省级支援单位和中央企业); 城市 when cities are asked."""
    if p.cities and not cls_label:
        return p.labels.get("cities", "城市")
    joined = "及其下辖的" if p.nested else "和"  # (地市及其下辖结对县: the second within the first)
    return f"{cls_label}{joined}{p.labels.get('also', '')}" if p.also_cls and cls_label else cls_label


def ranked_with_parts(frame: Frame, asked_cls) -> bool:
    """Places ranked by their partners: a place above county level (地州, 省区) counts those of its parts too, as "who
    supports Y" does; so does any place when the question says so (把下属县市也算进去); 本身 narrows it."""
    if SELF_ONLY.search(frame.text):
        return False
    return "rollup" in frame.cues or bool(WITH_PARTS.search(frame.text)) \
        or asked_cls is not None and asked_cls.best[0].iri in ABOVE_COUNTY


def ranked_years(frame: Frame) -> tuple | None:
    """Two years a ranking is scoped by: listed (1979年和1984年: begun in either) or a span (从1979到1984年)."""
    if listed := YEARS_LISTED.search(frame.masked):
        return "among", int(listed.group(1)), int(listed.group(2))
    if set(frame.years) == {"after", "before"}:
        return "between", frame.years["after"], frame.years["before"]
    return None


def plan_of_parts(frame: Frame, parts) -> Plan | None:
    """The parts of a kind of a named place, on the side they take, within a programme, meeting, year or toward a
    second named place (its parts count too)."""
    place, kind, give, give_to = parts
    others = [m for m in frame.of_kind("actor") if m is not place and m.best[0].iri != place.best[0].iri]
    one = {m.kind: m for m in frame.mentions if m.kind in ("programme", "event")}
    year = dated(frame, one.get("event"))
    if year is False or len(others) > 1:
        return None
    tally = {"count", "countable"} <= frame.cues
    if tally and give and not give_to and len(others) == 1 and others[0].start > place.end:
        give_to = True  # 北京各区在玉树结对的县市一共几个: the places the parts took on within the other place, counted
    asked = "recipient" if give_to or not give else "supporter"
    if frame.cues & set(RANKS) and not others and not give_to:
        return ranked_parts(frame, place, kind, year, one)
    labels = {k: m.best[0].label for k, m in one.items()} | {"under": place.best[0].label}
    if others:
        labels["actor"] = others[0].best[0].label
    by_parts = bool(others) and by_its_parts(frame, others[0])  # …有北京的区对口支援: only its parts, not itself
    if tally and give_to and len(others) == 1 and not by_parts:  # (the places lie within the other place, counted)
        return Plan("recipient", None, one.get("programme") and one["programme"].best[0].iri,
                    one.get("event") and one["event"].best[0].iri, year, kind_asked(frame, others[0]), "count", labels,
                    others[0].best[0].iri, under=place.best[0].iri, under_other=True)
    counted = tally and not give_to and not others  # 广东一共几个地级市参与汶川重建
    theirs = None if counted else partners_kind(frame, place.end)  # (counted: the kind named is the parts')
    if theirs is not None:
        labels["counted"] = theirs.best[0].label
    return Plan(asked, others[0].best[0].iri if others else None, one.get("programme") and one["programme"].best[0].iri,
                one.get("event") and one["event"].best[0].iri, year, None if give_to else kind,
                "count" if counted else "list", labels,
                counted_cls=theirs and theirs.best[0].iri,
                parts=by_parts, under=place.best[0].iri, under_other=give_to, region=bool(others) and not by_parts)


def kind_asked(frame: Frame, other) -> str | None:
    """北京各区在玉树结对的县一共几个: the one kind named after the other place, the counted places' (县市: any)."""
    after = [m for m in frame.of_kind("class") if m.start >= other.end and m.best[0].iri not in GENERIC_CLASSES]
    return after[0].best[0].iri if len(after) == 1 else None


def partner_count(frame: Frame):
    """哪些县市同时有两个北京区县对口, 哪个省一家承担了两块受援地, 有没有哪个县由三个省市共同支援: which items have a
    given number of partners (至少/以上: at least that many): (n, at least, the side asked, the number's span); None when
    the number is no such count (援青6省市, 喀什地区的四个县, 多少个) or nothing is asked."""
    tally = {"count", "countable"} <= frame.cues
    if frame.cues & {"compare", "event_q", "when"} or "count" in frame.cues and not tally \
            or "哪" not in frame.masked and not frame.cues & {"wh", "ask_actors"} and not tally:
        return None
    found = [m for m in PARTNER_COUNT.finditer(frame.masked) if m.group("verb")
             and not (m.group("verb") == "有" and AMONG_BEFORE.search(frame.masked[:m.start()]))]
    if len(found) != 1:
        return None
    m = found[0]
    n = int(m.group("n")) if m.group("n").isdigit() else CN_SMALL[m.group("n")]
    least = bool(m.group("least") or m.group("more"))
    givers = m.group("verb").rstrip("了") in GIVERS_COUNTED and not frame.masked[m.end():].startswith(RECEIVERS_WORDS[:3])
    return n, least, "recipient" if givers else "supporter", (m.start("n"), m.end()), tally


def plan_by_partners(frame: Frame, having) -> Plan | None:
    """The items with (exactly, or at least) n partners: a name right after the number holds the counted side (两个北京区县:
    Beijing's districts); another name is where the items lie (as in a ranking); a class right after the number (and
    the name) is the counted side's kind, one named by the question word the asked kind."""
    n, least, asked, (start, end), tally = having
    kinds = [m.kind for m in frame.mentions]
    if set(kinds) - {"actor", "programme", "event", "class", "rtype", "concept"} \
            or any(m.ambiguous for m in frame.mentions if m.kind != "concept") \
            or kinds.count("programme") > 1 or kinds.count("event") > 1:
        return None
    actors = frame.of_kind("actor")
    counted_in = [a for a in actors if end <= a.start <= end + 1]
    others = [a for a in actors if a not in counted_in]
    classes = [m for m in frame.of_kind("class") if m.best[0].iri not in GENERIC_CLASSES]
    near = max([end] + [a.end for a in counted_in])
    counted = [m for m in classes if m.end > start and (m.start <= near + 1 or AID_WORD.fullmatch(
        frame.masked[near:m.start].removesuffix("的")))]  # (4个省市: the mention holds the number; 2个援建省市)
    before = [m for m in classes if m not in counted and m.end <= start]
    asked_cls = [m for m in classes if m not in counted and m.best[0].via == ASKED] or before[-1:]
    # (哪些库区县市…有两个…, 援疆的省市中，有几个省份负责了…: the kind nearest before the number; a roster before it)
    if len(others) > 1 or len(counted_in) > 1 or len(counted) > 1 or len(asked_cls) > 1 \
            or any(m not in counted + asked_cls + before for m in classes):
        return None
    one = {m.kind: m for m in frame.mentions if m.kind in ("programme", "event")}
    year = dated(frame, one.get("event"))
    if year is False:
        return None
    iri = {k: m.best[0].iri for k, m in one.items()}
    labels = {k: m.best[0].label for k, m in one.items()}
    within = others[0] if others else None
    if within:
        labels["actor"] = within.best[0].label
    if counted_in:
        labels["under"] = counted_in[0].best[0].label
    cls = asked_cls[0] if asked_cls else None
    rolled = asked == "recipient" and ranked_with_parts(frame, cls)
    return Plan(asked, None, iri.get("programme"), iri.get("event"), year, cls and cls.best[0].iri,
                ("count_" if tally else "") + ("at_least" if least else "exactly"), labels, within and within.best[0].iri,
                counted[0].best[0].iri if counted else None, under=counted_in[0].best[0].iri if counted_in else None,
                under_other=bool(counted_in), rolled=rolled, n=n)


def own_parts_asked(frame: Frame, actor) -> str | None:
    """江苏哪个市…, 上海哪一个区…: a question word and a level right after the place: the kind of its parts asked."""
    found = parts_subject(frame.masked[actor.end:])
    if found and (found.group(3) or "").startswith("哪") and found.group(4) in PART_NOUNS:
        return PART_NOUNS[found.group(4)]
    return None


def ranked_parts(frame: Frame, place, kind, year, one: dict) -> Plan:
    """上海哪个区对口帮扶的地方最多 (its parts ranked as givers), 青海哪个州的支援方最多 (as receivers, counted with
    their own parts): the parts of a kind of a named place ranked."""
    aggregate = "most" if "most" in frame.cues else "fewest"
    labels = {k: m.best[0].label for k, m in one.items()} | {"under": place.best[0].label, "actor": place.best[0].label}
    iri = {k: m.best[0].iri for k, m in one.items()}
    if SUPPORTERS_COUNTED.search(frame.masked) or frame.cues & {"passive_support", "passive"}:
        rolled = not SELF_ONLY.search(frame.text) and ("rollup" in frame.cues or kind in ABOVE_COUNTY)
        return Plan("recipient", None, iri.get("programme"), iri.get("event"), year, kind, aggregate, labels,
                    place.best[0].iri, rolled=rolled)
    return Plan("supporter", None, iri.get("programme"), iri.get("event"), year, kind, aggregate, labels,
                under=place.best[0].iri)


def by_its_parts(frame: Frame, actor) -> bool:
    """北京的区, 江苏各城市: the named actor's parts of a level hold its side, not the actor itself."""
    return bool(ACTOR_PARTS.match(frame.masked[actor.end:]))


def declined(frame: Frame) -> bool:
    """What the fragments do not express, or a question that is not a list, count or ranking of pairings' sides."""
    kinds = [m.kind for m in frame.mentions]
    named = set(kinds)
    about_pairings = frame.cues & PAIRING_CUES or "ask_actors" in frame.cues and named & {"event", "programme"} \
        or "asked_class" in frame.cues and named & {"event", "programme"} \
        and bool(ROSTER_BEFORE_ASKED.search(frame.masked))  # …那21个省份里 哪几个是自治区: a kind asked within a roster
    cues = frame.cues - {"common"} if sum(map(kinds.count, ("actor", "programme", "event"))) <= 2 \
        and kinds.count("actor") <= 1 and joined_kinds(frame) else frame.cues  # 黑龙江援疆都对口哪些县和兵团的师: 都 is all
    if not about_pairings or cues - SUPPORTED_CUES - document_words(frame) or frame.cues & {"yesno", "when"}:
        return True
    if "rollup" in frame.cues and not (WITH_PARTS.search(frame.text) and "actor" in named) and not which_parts(frame) \
            and frame.region is None and not frame.cues & {"most", "fewest"}:  # (在西藏境内，…: the word of the region, which the plan reads)
        return True  # 各县的支援方: the parts only, the templates' roll-up (宜昌市下辖哪些县区…: the parts asked, composed)
    if not frame.cues & (ASKING | ROLE_ASKED) or "count" in frame.cues and "countable" not in frame.cues:
        return True  # nothing asked for (…会怎么调整), or a count of something the graph does not count (每年支援多少)
    scoped = frame.cues & {"most", "fewest"} and (ranked_years(frame) or frame.years)  # 1979年和1984年的安排中…最多,
    # 2010年以后…最多: the years scope it
    if not named & {"actor", "programme", "event"} and not scoped and frame.region is None \
            or named - {"actor", "programme", "event", "class", "rtype"} \
            or any(m.ambiguous for m in frame.mentions):
        return True  # nothing named (a list of every pairing is no answer); rtype: 对口支援, 帮扶 as the verb
    if CONVENED.search(frame.masked) and "actor" not in named:
        return True  # 哪个部门牵头: who convened, not a list of pairings (负责…的地方: the aid verb)
    where_to = "location" in frame.cues and "actor" in named  # 让山东支援哪里: the places, not a meeting's venue
    if frame.cues & {"event_q", "location"} and "event" not in named and not where_to:
        return True  # a meeting or document asked about but not named: not a list of pairings
    actors = 2 if parts_asked(frame) else 1
    joined = 1 if frame.cues & {"most", "fewest"} and joined_counted(frame) else 0  # (各地市中…获得最多省市与企业对口
    # 支援: the places ranked, and two kinds of giver joined as one counted side)
    return kinds.count("actor") > actors or any(kinds.count(k) > 1 for k in ("programme", "event")) \
        or kinds.count("class") > 2 + joined


def document_words(frame: Frame) -> set[str]:
    """边防工作会议那份报告，上海被安排去支援哪些地方: 报告 names the meeting's document, whose pairings are asked for (an
    actor given a task in it), not who reported."""
    named = {m.kind for m in frame.mentions}
    return {"report"} if {"event", "actor"} <= named and "support" in frame.cues else set()


def kinds_of(frame: Frame, ranked: bool):
    """The kinds of actor named: asked for (the answer's side), counted (a ranking's other side), excluded (而不是省份);
    None when there are more than the fragments take."""
    classes = [m for m in frame.of_kind("class") if m.best[0].iri not in GENERIC_CLASSES]
    classes = [m for m in classes if not (m.best[0].via != ASKED and ROSTER_BEFORE_ASKED.match(frame.masked[m.end:])
                                          and any(o.best[0].via == ASKED and o.start > m.end for o in classes))]
    # (那21个省份里，哪几个是自治区: the roster the kind is asked within is no kind of its own)
    if not ranked and (joined := joined_kinds(frame)):
        classes = [m for m in classes if m is not joined[1]]  # (the second kind joined: Plan.also_cls)
    if ranked and (joined := joined_counted(frame)):
        classes = [m for m in classes if m is not joined[1]]  # (the second counted kind joined: Plan.also_counted)
    if ranked:  # 省市与企业: a kind joined to a word for givers of any kind (省市) widens to every giver
        classes = [m for m in classes if m.best[0].via == ASKED or not (
            ANY_GIVER_BEFORE.search(frame.text[:m.start]) or ANY_GIVER_AFTER.match(frame.text[m.end:]))]
    excluded = [m for m in classes if kind_excluded(frame.text, m)]
    asked = [m for m in classes if m not in excluded and (m.best[0].via == ASKED or not ranked)]
    counted = [m for m in classes if m not in excluded and m not in asked]
    if not ranked and len(asked) == 2 and not counted and (roster := roster_subject(frame, asked)):
        asked, counted = [m for m in asked if m is not roster], [roster]  # 援藏的省市对口哪些县: 省市 are the givers
    if len(excluded) > 1 or len(asked) > 1 or len(counted) > 1:
        return None
    return (asked or [None])[0], (counted or [None])[0], (excluded or [None])[0]


def roster_subject(frame: Frame, kinds: list):
    """援藏的省市对口哪些县, 东西部协作中东部省市帮扶了哪些州: of two kinds in a list question, the one not asked that stands
    before the aid verb, with the asked one after it, is the kind of the givers (the other side): that mention, or None."""
    subject, asked = sorted(kinds, key=lambda m: m.start)
    if subject.best[0].via == ASKED or asked.best[0].via != ASKED:
        return None
    return subject if AID_BETWEEN.search(frame.masked[subject.end:asked.start]) else None


def kind_excluded(text: str, m) -> bool:
    """城市而不是省份, 城市（不算省）, 城市，省份除外: a kind named to be set aside, by a word before it or after it."""
    return bool(NOT_KIND.search(text[:m.start]) or EXCLUDED_AFTER.match(text[m.end:]))


def joined_counted(frame: Frame):
    """哪一个获得最多省市与企业对口支援: in a ranking, two kinds joined by 和/与/及/、, neither asked, count partners of either
    kind: (the first, the one joined to it), or None."""
    classes = [m for m in frame.of_kind("class") if m.best[0].iri not in GENERIC_CLASSES]
    for first, second in zip(classes, classes[1:]):
        if ASKED not in (first.best[0].via, second.best[0].via) and KINDS_JOINED.fullmatch(frame.text[first.end:second.start]) \
                and first.best[0].iri != second.best[0].iri:
            return first, second
    return None


def counted_also(frame: Frame, counted_cls, aggregate: str) -> dict:
    """The second of two joined counted kinds, as the plan's also_counted."""
    joined = joined_counted(frame) if aggregate in RANKS and counted_cls is not None else None
    return {"also_counted": joined[1].best[0].iri} if joined and joined[0] is counted_cls else {}


def joined_kinds(frame: Frame):
    """哪些省市和中央企业, 对口的县以及兵团的师有哪些: two kinds joined by 和/及/、, one of them asked, ask for places of
    either kind: (the first, the one joined to it), or None."""
    classes = [m for m in frame.of_kind("class") if m.best[0].iri not in GENERIC_CLASSES]
    for first, second in zip(classes, classes[1:]):
        between = frame.text[first.end:second.start]
        if (ASKED in (first.best[0].via, second.best[0].via) and KINDS_JOINED.fullmatch(between)
                or KINDS_NESTED.fullmatch(between) and first.best[0].iri in SUB_LEVELS and second.best[0].iri in SUB_LEVELS) \
                and first.best[0].iri != second.best[0].iri:
            return first, second
    return None


def nested_kinds(frame: Frame, joined) -> bool:
    """地市及其下辖结对县: the second of two joined kinds said as the first's own parts."""
    return bool(joined) and bool(KINDS_NESTED.fullmatch(frame.text[joined[0].end:joined[1].start]))


def region_kinds(frame: Frame):
    """浙江把乡镇分给了自己的哪个市: with a region whose parts are asked, the kind the question word names after it is
    asked and the other kind named is the partners'."""
    if frame.region is None or frame.cues & set(RANKS):
        return None
    classes = [m for m in frame.of_kind("class") if m.best[0].iri not in GENERIC_CLASSES]
    before = [m for m in classes if m.best[0].via != ASKED]
    asked = [m for m in classes if m.start >= frame.region.end and m.best[0].via == ASKED]
    if len(before) != 1 or len(asked) != 1 or len(classes) != 2:
        return None
    return asked[0], before[0], None


def check(frame: Frame) -> Plan | None:
    """A yes/no question about two actors with a constraint no template reads with them: a meeting or document that
    set the pairing up (第三次西藏工作座谈会确定江苏支援拉萨了吗), a year it was in force (2015年北京还在支援拉萨吗), or a
    programme dated by its launch (2010年启动的援青工作中，山东是否对口支援海北州: the pairings begun since)."""
    actors = frame.of_kind("actor")
    if "yesno" not in frame.cues or len(actors) != 2 or any(m.ambiguous for m in frame.mentions) \
            or any(m.kind not in ("actor", "programme", "event", "rtype") for m in frame.mentions):
        return None
    one = {m.kind: m for m in frame.mentions if m.kind != "actor"}
    year = dated(frame, one.get("event"))
    since = ("after",) if "programme_dated" in frame.cues else ()  # (the programme's round on, not any year after)
    if year is False or "event" not in one and not (year and year[0] in ("in_force", "still_after") + since):
        return None
    giver, taker = actors if frame.direction == "out" else actors[::-1]
    labels = {k: m.best[0].label for k, m in one.items()} | {"actor": giver.best[0].label, "partner": taker.best[0].label}
    iri = {k: m.best[0].iri for k, m in one.items()}
    return Plan("recipient", giver.best[0].iri, iri.get("programme"), iri.get("event"), year, aggregate="check",
                labels=labels, partner=taker.best[0].iri)


def asked_side(frame: Frame, actor) -> str:
    """With a named actor, the side it does not hold (direction out: it gives, so recipients are asked); a meeting
    that gave an actor a task (会议给江苏定了/安排了…) made it a supporter unless supporters are asked. Without an actor,
    the side the question's words ask for (得到…支援最多的县: recipients; 帮扶…最多的省: supporters)."""
    if actor is not None:
        tasked = "event" in {m.kind for m in frame.mentions} and "established" in frame.cues \
            and frame.masked[:actor.start].endswith(("给", "为")) and "supporter_role" not in frame.cues
        return "recipient" if frame.direction == "out" or tasked else "supporter"
    if frame.cues & set(RANKS) and SUPPORTERS_COUNTED.search(frame.masked) and not RECIPIENTS_COUNTED.search(frame.masked):
        return "recipient"  # 哪个地市的对口支援方（省市加央企）最多: the supporters counted, the places ranked
    if frame.cues & set(RANKS) and RECIPIENTS_COUNTED.search(frame.masked):
        return "supporter"  # 承担受援地最多的支援省份, 支援对象最多的省市: the recipients counted, the supporters ranked
    if frame.cues & {"passive", "passive_support", "ask_recipient"}:
        return "recipient"  # 哪个县得到的支援方最多, 哪个受援地的支援方最多
    if "recipient_role" in frame.cues and "supporter_role" not in frame.cues:
        return "recipient"
    return "supporter"


def dated(frame: Frame, event) -> tuple[str, int] | None | bool:
    """The time constraint and its kind; a year that only names the event's own year is the event's (1979年那次会议).
    False when there are two (a range: the templates read it)."""
    if len(frame.years) > 1:
        if set(frame.years) == {"after", "before"} and SPAN_DURING.search(frame.masked) and in_force_asked(frame):
            return "throughout", frame.years["after"], frame.years["before"]  # 1998年到2010年这段时间…对口的
        if set(frame.years) == {"after", "before"} and YEAR_RANGE.search(frame.masked) and frame.region is not None \
                and frame.of_kind("programme"):
            return "between", frame.years["after"], frame.years["before"]  # 2016年至2021年间，X…对口青海的哪些市:
            # a span with a programme and the region asked within, which no template reads: begun within it
        return False
    if not frame.years:  # 目前…最少的, 现在还在支援…: the pairings not ended before this year
        return ("current", datetime.date.today().year) if "current" in frame.cues else None
    (relation, year), = frame.years.items()
    if "ended" in frame.cues and relation in ("after", "in") and event is None and not frame.cues & {"when", "yesno"}:
        return ("ended_after" if relation == "after" else "ended_in"), year  # 2013年以后深圳不再帮扶哪个州
    if relation == "in" and (event is not None or any(m.best[0].via == "round" for m in frame.of_kind("programme"))):
        return None  # the year qualifies the meeting, document or round named (2010年新一轮援疆)
    if relation == "in":
        return ("in_force" if "current" in frame.cues or not YEAR_BEGAN.search(frame.masked) else "began"), year
    if relation == "after" and ADDED_NEXT.search(frame.masked) and len(frame.of_kind("actor")) == 1 \
            and not frame.cues & {"most", "fewest", "count", "when", "yesno"}:
        return "next_after", year  # 1984年以后，上海…又增加支援哪些地方: those begun first from then on
    if relation == "after" and STILL.search(frame.masked):
        return "still_after", year  # 2021年以后还在…吗: not ended by then, whenever it began
    adjusted = re.search(f"{year}年(?:[0-9]{{1,2}}月)?(?:{ADJUSTED_BETWEEN})(?:{'|'.join(IN_FORCE_AFTER)})", frame.masked)
    unadjusted = dataclasses.replace(frame, masked=frame.masked[:adjusted.start()] + "□" * len(adjusted.group(0))
                                     + frame.masked[adjusted.end():]) if adjusted else frame
    if relation == "after" and event is None and in_force_asked(unadjusted) and re.search(
            f"{year}年(?:[0-9]{{1,2}}月)?(?:{ADJUSTED_BETWEEN})?(?:{'|'.join(IN_FORCE_AFTER)})", frame.masked):
        return "still_after", year  # 2021年以后 东西部协作 粤 结对哪些省区: those in force after it, whenever begun
        # (2021年调整东西部协作之后，浙江对口哪个省: after the year's adjustment, the same)
    return relation, year


def in_force_asked(frame: Frame) -> bool:
    """A list of partners asked for a time with no word of beginning, newcomers, ranking or count: in force then."""
    return not BEGUN_WORDS.search(frame.masked) and not frame.cues & {"newcomer", "joined_new", "most", "fewest", "count", "earliest",
                                                                       "ended", "takeover", "retasked", "when", "yesno"}


def sparql(p: Plan) -> str:
    """The plan's fragments joined into one SELECT (variables only; values come as substitutions)."""
    side, other = p.asked, OTHER[p.asked]
    lines = [f"?fact dk:{side} ?item ; dk:{other} ?other ."]
    if p.rolled:  # 哪个地州的支援方最多: a place's partners are its own and its parts' (the roll-up convention)
        lines = [f"?fact dk:{side} ?place ; dk:{other} ?other . ?place dk:partOf? ?item ."]
    if p.under:
        lines.append("?other dk:partOf ?under ." if p.under_other else "?item dk:partOf ?under .")
    if p.actor and (p.with_parts or p.region):  # first: from the place down (the engine joins in this order;
        lines.insert(0, f"?part dk:partOf? ?actor . ?fact dk:{other} ?part .")  # from every pairing: 0.7 s at 10^6)
    elif p.actor:
        lines.append(f"?fact dk:{other} ?part . ?part dk:partOf ?actor ." if p.parts else f"?fact dk:{other} ?actor .")
    if p.programme:
        lines.append("?fact dk:programme ?prog .")
    if p.event and p.also_event:
        lines.append("{ ?fact dk:establishedBy ?event } UNION { ?fact dk:establishedBy ?event2 }")
    elif p.event:
        lines.append("?fact dk:establishedBy ?event .")
    if p.cls and p.also_cls and p.nested and p.actor:  # (the actor's partner of the first kind the second lies in)
        lines.append(f"{{ ?item a ?cls }} UNION {{ ?item a ?cls2 ; dk:partOf ?up . ?up a ?cls . ?upper dk:{side} ?up ; "
                     f"dk:{other} ?actor{' ; dk:programme ?prog' if p.programme else ''} }}")
    elif p.cls and p.also_cls:
        lines.append("{ ?item a ?cls } UNION { ?item a ?cls2 }")
    elif p.cls and p.partner and p.aggregate == "list":  # 昌都本身和天津包的县区: the place itself, its parts of the kind
        lines.append("FILTER(?item = ?partner || EXISTS { ?item a ?cls })")
    elif p.cls:
        lines.append("?item a ?cls .")
    teams = p.aggregate in RANKS and p.asked == "recipient"  # places ranked by their supporters: a province's team
    if teams:  # (its cities or districts paired as its team members) counts once, as the province (as a comparison does)
        lines.append("OPTIONAL { ?fact dk:supporterTeam ?team } BIND(COALESCE(?team, ?other) AS ?giver)")
    if p.counted_cls and p.also_counted:  # (省市与企业: either kind counted)
        lines.append("{ ?giver a ?ocls } UNION { ?giver a ?ocls2 } FILTER(BOUND(?giver))" if teams
                     else "{ ?other a ?ocls } UNION { ?other a ?ocls2 }")
    elif p.counted_cls:
        lines.append("?giver a ?ocls FILTER(BOUND(?giver))" if teams else "?other a ?ocls .")  # (no "?x a ?ocls .": the
        # givers are already at province rank, so templates.rank_filtered adds no team rule to them)
    if p.excluded_cls:
        lines.append("FILTER NOT EXISTS { ?item a ?xcls }")
    if p.excluded_programme:
        lines.append("FILTER NOT EXISTS { ?fact dk:programme ?xprog }")
    if p.excluded_place:
        lines.append("FILTER NOT EXISTS { ?item dk:partOf* ?xplace }")  # (at any depth: 兵团 → 师 → 团)
    if p.cities:
        lines.append(CITIES)
    if p.partner:
        lines.append("?item dk:partOf? ?partner .")
    if p.within:  # the places ranked, or the places counted for a ranked supporter, lie within it
        lines.append("?item dk:partOf ?within ." if p.asked == "recipient" else "?other dk:partOf? ?within .")
    if p.year and p.year[0] == "next_after":  # the actor's first start year from then on (a bounded sub-select)
        lines.append(f"{{ SELECT ?actor ?year (MIN(?s1) AS ?first) WHERE {{ ?f1 dk:{other} ?actor ; dk:startYear ?s1 "
                     f"FILTER(?s1 >= ?year) }} GROUP BY ?actor ?year }} ?fact dk:startYear ?first .")
    elif p.year:
        lines.append(YEAR_FRAGMENTS[p.year[0]])
    if not (p.actor and p.asked == "recipient" and p.aggregate == "list"):  # (a named supporter's own partners: the
        lines.append("#[!collectives] FILTER NOT EXISTS { ?item a dk:CollectiveActor }")  # 甘肃省受灾严重地区 too)
    if p.aggregate not in HAVING + COUNTED_HAVING and (p.asked != "supporter" or p.actor) \
            and not (p.actor and not (p.with_parts or p.region or p.parts)):
        # (a collective partner is still one of the n, and an area tasked as one is a supporter's recipient: 天津 took
        # 陕西受灾严重地区 on, 广东 甘肃省受灾严重地区 beside 汶川县; the named actor itself may be a collective: 全国支援哪里)
        lines.append("#[!collectives] FILTER NOT EXISTS { ?other a dk:CollectiveActor }")
    if p.aggregate != "count" and p.aggregate not in COUNTED_HAVING:  # a count is the COUNT of the items: no labels
        lines.append('OPTIONAL { ?item rdfs:label ?itemLabel FILTER(lang(?itemLabel) = "zh") }')
    body = "\n  ".join(lines) + ("\n" if lines[-1].startswith("#[") else "")  # a "#[…]" line must start its own
    # line (the switch reads it) and end before the closing braces: with 包括集体 it stays a comment, and they would go too
    bound = "".join(f" ?{name}" for name in p.values())  # projected, or substitutions= does not reach them
    if p.aggregate in ("most", "fewest") + HAVING + COUNTED_HAVING:
        having = "" if p.aggregate in RANKS else \
            f"\nHAVING(COUNT(DISTINCT ?other) {'>=' if p.aggregate.endswith('at_least') else '='} ?n)"
        counted = "?giver" if teams else "?other"
        return (f"SELECT ?item ?itemLabel{bound} (COUNT(DISTINCT {counted}) AS ?value) "
                f"(GROUP_CONCAT(DISTINCT STR(?fact)) AS ?facts) WHERE {{\n  {body} }}\nGROUP BY ?item ?itemLabel{bound}{having}")
    if p.aggregate == "check":
        return f"SELECT DISTINCT ?item ?itemLabel ?fact{bound} WHERE {{\n  {body} }}\nLIMIT 50"
    part = " ?part" if p.with_parts or p.parts or p.region else ""
    if p.aggregate == "count":
        return f"SELECT DISTINCT ?item ?fact{part}{bound} WHERE {{\n  {body} }}"
    return f"SELECT DISTINCT ?item ?itemLabel ?fact{part}{bound} WHERE {{\n  {body} }}\nORDER BY ?itemLabel"


CITIES = ("FILTER NOT EXISTS { ?item a ?notCity VALUES ?notCity { dk:ProvinceLevelDivision dk:CentralAgency "
          "dk:CentralEnterprise } FILTER NOT EXISTS { ?item a dk:Municipality } }")  # (templates' #[cities] lines: the same)


YEAR_FRAGMENTS = {
    "began": "?fact dk:startYear ?year .",
    "after": "?fact dk:startYear ?start . FILTER(?start >= ?year)",
    "after_point": "{ ?fact dk:startYear ?start . FILTER(?start >= ?year) } UNION "  # (a pairing the meeting itself set up,
                   "{ ?fact dk:establishedBy ?point FILTER NOT EXISTS { ?fact dk:startYear ?s0 } }",  # of no known start)
    "before": "{ ?fact dk:startYear ?start . FILTER(?start < ?year) } UNION "  # (a pairing of no known start that
              "{ ?fact dk:endYear ?start FILTER NOT EXISTS { ?fact dk:startYear ?s0 } FILTER(?start <= ?year) }",  # ended by then)
    "in_force": "?fact dk:startYear ?start . FILTER(?start <= ?year) "
                "FILTER NOT EXISTS { ?fact dk:endYear ?end FILTER(?end < ?year) }",
    "still_after": "FILTER NOT EXISTS { ?fact dk:endYear ?end FILTER(?end <= ?year) }",
    "current": "FILTER NOT EXISTS { ?fact dk:endYear ?end FILTER(?end < ?year) }",  # 目前, 现在还…: not ended before this year
    "among": "?fact dk:startYear ?start . FILTER(?start = ?year || ?start = ?year2)",
    "between": "?fact dk:startYear ?start . FILTER(?start >= ?year && ?start < ?year2)",
    "ended_after": "?fact dk:endYear ?end . FILTER(?end >= ?year)",
    "ended_in": "?fact dk:endYear ?year .",
    "throughout": "{ ?fact dk:startYear ?start . FILTER(?start <= ?year) } UNION "  # (?year2: the year after the span's
                  "{ ?fact dk:endYear ?start FILTER NOT EXISTS { ?fact dk:startYear ?s0 } } "  # last; of no known start:
                  "FILTER NOT EXISTS { ?fact dk:endYear ?end FILTER(?end < ?year2 - 1) }",  # one that ran to its end)
}


def described(p: Plan, cls_label: str | None) -> str:
    """The answer's subject in Chinese: 在对口支援新疆中，全国边防工作会议确定的、1979年开始的、山东省对口支援的受援方."""
    cls_label = kind_label(p, cls_label)
    parts = []
    if p.within:
        parts.append(f"在{p.labels['actor']}，")
    if p.programme:
        parts.append(f"在{p.labels['programme']}中，")
    if p.excluded_programme:
        parts.append(f"{p.labels['xprog']}以外的结对中，")
    if p.excluded_place:
        parts.append(f"{p.labels['xplace']}（及其下辖）以外的、")
    if p.event and p.also_event:
        parts.append(f"{p.labels['event']}或{p.labels['event2']}确定的、")
    elif p.event:
        parts.append(f"{p.labels['event']}确定的、")
    if p.year:
        parts.append(YEAR_ZH[p.year[0]].format(y=p.year[1], y2=p.year[-1], last=p.year[-1] - 1) + "、")
    if p.under and p.aggregate not in HAVING + COUNTED_HAVING:
        side = "受援" if p.asked == "recipient" and not p.under_other else "承担对口支援"
        whose = f"{p.labels.get('actor', '')}{'下辖各地' if p.parts else '（含其下辖地方）' if p.region else ''}"
        where = "" if not p.actor else f"{whose}对口支援的、" if p.asked == "recipient" else f"对口支援{whose}的、"
        lead = f"{p.labels['under']}下辖各地所支援的" if p.under_other else f"{p.labels['under']}下辖各地中{where}{side}的"
        parts.append(lead + (f"、有{p.labels['counted']}结对的" if p.counted_cls and p.labels.get("counted") else ""))
        return "".join(parts) + (cls_label or ("地方" if p.under_other else "单位"))
    if p.partner and p.aggregate == "list":  # 黑龙江在日喀则本身及其下辖地方对口支援的受援方
        parts.append(f"{p.labels['actor']}在{p.labels['partner']}本身及其下辖地方对口支援的")
        what = f"受援方（{p.labels['partner']}本身及{cls_label}）" if cls_label else SIDE_ZH[p.asked]
        return re.sub("、(?=[^、]*$)", "", "".join(parts)) + what
    if p.partner:
        parts.append(f"{p.labels['actor']}对口支援{p.labels['partner']}的关系")
        return re.sub("、(?=[^、]*$)", "", "".join(parts))
    if p.actor and p.asked == "recipient":
        parts.append(f"{p.labels['actor']}{'下辖各地' if p.parts else ''}对口支援的")
    elif p.actor:
        parts.append(f"对口支援{p.labels['actor']}{'下辖各地' if p.parts else '及其下辖地方' if p.with_parts else ''}的")
    what = cls_label or SIDE_ZH[p.asked]
    if p.excluded_cls:
        what = f"{SIDE_ZH[p.asked]}中不属于{p.labels.get('excluded', '该类')}的{cls_label or ''}"
    return re.sub("、(?=[^、]*$)", "", "".join(parts)) + what


def text_pattern(p: Plan, cls_label: str | None) -> str:
    """The sentence, with {answers} for the answer list (labels are escaped: they are data, not patterns)."""
    subject = described(p, cls_label).replace("{", "{{").replace("}", "}}")
    if p.aggregate == "count":
        return f"{subject}共{{answers}}个。"
    if p.aggregate == "check":
        return f"是的，图谱记录了{subject}。"
    if p.aggregate in HAVING + COUNTED_HAVING:
        counted = SIDE_ZH[OTHER[p.asked]] if p.asked == "recipient" else "受援的地方"
        whose = f"（{p.labels['under']}下辖的）" if p.under_other and p.labels.get("under") else ""
        said = f"{subject}中，{whose}{counted}{'不少于' if p.aggregate.endswith('at_least') else '恰为'}{p.n}个的"
        return said + ("共{answers}个。" if p.aggregate in COUNTED_HAVING else "有：{answers}。")
    if p.aggregate in ("most", "fewest"):
        counted = SIDE_ZH[OTHER[p.asked]] if p.asked == "recipient" else "受援的地方"
        return f"{subject}中，{counted}{'最多' if p.aggregate == 'most' else '最少'}的是：{{answers}}。"
    return f"{subject}有：{{answers}}。"


def shapes():
    """Every plan shape the composer can build (placeholder values): the finite set of its query structures — a plan
    read after a meeting or document named as the point in time (``after_point``) also with that point bound."""
    for plan in year_shapes():
        for each in (plan, dataclasses.replace(plan, cities=True)) if plan.aggregate in ("list", "count") \
                and plan.cls is None and not plan.partner else (plan,):  # (哪些城市: with_cities)
            yield each
            if not each.programme and not each.partner and each.aggregate in ("list", "count"):  # 撇开援疆那部分
                yield dataclasses.replace(each, excluded_programme="urn:z")
                yield dataclasses.replace(each, excluded_place="urn:z")  # 不算兵团的话: a place's own left out
            if each.year and each.year[0] == "after_point":
                yield dataclasses.replace(each, point="urn:p")


def year_shapes():
    """The plan shapes over each kind of year constraint (the point in time left out: ``shapes`` adds it)."""
    years = (None, ("next_after", 2000), *((kind, 2000, 2001) if kind in ("among", "between", "throughout") else (kind, 2000)
                                          for kind in YEAR_FRAGMENTS))
    for prog, event in itertools.product((None, "urn:x"), repeat=2):
        for year in years:
            yield Plan("recipient", "urn:x", prog, event, year, aggregate="check", partner="urn:y")
            yield Plan("recipient", "urn:x", prog, event, year, partner="urn:y")  # 黑龙江…日喀则本身再加上下面的县
            yield Plan("recipient", "urn:x", prog, event, year, "urn:c", partner="urn:y")  # 昌都本身和天津包的县区
            for asked, other, give_to in itertools.product(SIDES, (None, "urn:x"), (False, True)):
                for cls, ocls in itertools.product((None, "urn:c"), (None, "urn:o")):
                    yield Plan(asked, other, prog, event, year, cls, "list", under="urn:u", under_other=give_to,
                               region=bool(other), counted_cls=ocls)  # (ocls: 哪些县有援藏省份结对, the partners' kind)
                    if not other and not give_to:  # 广东一共几个地级市参与汶川重建: the parts counted
                        yield Plan(asked, None, prog, event, year, cls, "count", under="urn:u", counted_cls=ocls)
                    if other and not give_to and not ocls:  # 广东有几个地级市对口支援汶川: the giver's parts counted
                        yield Plan(asked, other, prog, event, year, cls, "count", under="urn:u", region=True)
                    if other and give_to and not ocls:  # 北京各区在玉树结对的县市一共几个: the places they took on there
                        yield Plan(asked, None, prog, event, year, cls, "count", {}, "urn:w", under="urn:u",
                                   under_other=True)
                    if other:  # …有北京的区对口支援: the other actor's parts only; 在广东省内…广州: the actor itself
                        yield Plan(asked, other, prog, event, year, cls, "list", parts=True, under="urn:u",
                                   under_other=give_to, counted_cls=ocls)
                        yield Plan(asked, other, prog, event, year, cls, "list", under="urn:u", under_other=give_to,
                                   counted_cls=ocls)
    for asked in SIDES:
        for actor, prog, event, cls in itertools.product((None, "urn:x"), repeat=4):
            for year in years:
                for aggregate, parts, grouped, xcls in itertools.product(("list", "count"), (False, True), (False, True),
                                                                         (None, "urn:x")):
                    if (actor or not (parts or grouped)) and not (parts and grouped):
                        yield Plan(asked, actor, prog, event, year, cls, aggregate, parts=parts, with_parts=grouped,
                                   excluded_cls=xcls)
                        if cls and not xcls:  # 哪些县和兵团的师: a second kind joined
                            yield Plan(asked, actor, prog, event, year, cls, aggregate, parts=parts, with_parts=grouped,
                                       also_cls="urn:y")
                            if actor and not grouped:  # 地市及其下辖结对县: the second within a partner of the first
                                yield Plan(asked, actor, prog, event, year, cls, aggregate, parts=parts, also_cls="urn:y",
                                           nested=True)
                        if cls and not (actor or xcls or parts or grouped):  # 援藏的省市对口哪些县: the givers' kind
                            yield Plan(asked, None, prog, event, year, cls, aggregate, counted_cls="urn:o")
                for aggregate, within, ocls in itertools.product(("most", "fewest"), (None, "urn:x"), (None, "urn:x")):
                    yield Plan(asked, None, prog, event, year, cls, aggregate, {}, within, ocls)
                    for rolled in ((False, True) if asked == "recipient" and event else (False,) if event else ()):
                        # 综合1994年和2001年座谈会的安排，哪个…最多: pairings either meeting set up (places with their parts)
                        yield Plan(asked, None, prog, event, year, cls, aggregate, {}, within, ocls, rolled=rolled,
                                   also_event="urn:e")
                    if asked == "recipient":  # places ranked with their parts' partners
                        yield Plan(asked, None, prog, event, year, cls, aggregate, {}, within, ocls, rolled=True)
                    elif within is None:  # 江苏哪个市对口支援的县最多: a place's own parts ranked as givers
                        yield Plan(asked, None, prog, event, year, cls, aggregate, {}, None, ocls, under="urn:u")
                    if ocls:  # 各地市中哪个获得最多省市与企业对口支援: two kinds of giver joined as the counted side
                        for rolled in ((False, True) if asked == "recipient" else (False,)):
                            yield Plan(asked, None, prog, event, year, cls, aggregate, {}, within, ocls, rolled=rolled,
                                       also_counted="urn:z")
                for aggregate, within, ocls, under in itertools.product(HAVING + COUNTED_HAVING, *((None, "urn:x"),) * 3):
                    for rolled in ((False, True) if asked == "recipient" else (False,)):  # (with n partners)
                        yield Plan(asked, None, prog, event, year, cls, aggregate, {}, within, ocls, under=under,
                                   under_other=bool(under), rolled=rolled, n=2)


def grouped_text(p: Plan, answers: list[dict], own: set[str], cls_label: str | None) -> str:
    """对阿坝州本身：…；对其下辖地方：广东省（汶川县）…: the named place's own partners, then its parts'."""
    cls_label = kind_label(p, cls_label)
    def named(a: dict) -> str:
        return a["label"] + ("（未核实）" if a.get("unverified") else "")

    mine = [named(a) for a in answers if a.get("iri") in own]
    through = [f"{named(a)}（经{'、'.join(a['via'])}）" for a in answers if a.get("via")]
    what = cls_label or SIDE_ZH[p.asked]
    place = p.labels["actor"]
    return (f"{place}及其下辖地方的{what}——对{place}本身：{'、'.join(mine) or '无记录'}；"
            f"对其下辖地方：{'、'.join(through) or '无记录'}。")
