"""What a question says, before any template: its mentions, cues, years and direction of aid."""
from __future__ import annotations

import dataclasses
import datetime
import itertools
import re

from .gazetteer import ASKED, Candidate, Mention
from .vocabulary import (LIST_JOINS, YEAR_GUESSED, EVENT_ANCHOR, EVENT_DATED, TASK_GIVEN, IN_SCOPE_AFTER, IN_SCOPE_BETWEEN, parts_subject, PARTS_NOUN_FIRST, ACTOR_PARTS, AFTER, AGENT_MARKERS, BEGUN_IN, DEMONSTRATIVE_FEW, ACROSS_PROGRAMMES, SEARCH_TAIL, ISSUED_BEFORE_NAME, ISSUED_AS_POINT, REGION_RECEIVING, PARTS_GIVE_AFTER, TOPIC_BETWEEN, AID_VERB_START, APPOSITION, BENEFICIARY_MARKERS, BUILT_PLACES, CHANGE, RETASKED, HEDGES, NOT_ENDED, SCOPE_BETWEEN, ASKED_PART_THEN_VERB, ASSIGNED_TO, HANDED_TO_OWN, REPORTER_ASKED, CADRES_SENT, SPAN_DURING, REGION_PLACES_AFTER, SUPPORTER_CHANGED, TASKED_BEFORE, UNTIL_WORDS, UNTIL_BEFORE, RECEIVING_REGION_ROLE, AFTER_ACTOR, PARTS_NOUN_AMONG, COUNT_MODIFIER, WHICH_LATER, CHANGED_TO_SUPPORTER, RECEIVED_BEFORE, PEOPLE_SENT, COUNTED_ROLE, PART_NOUNS, PARTS_ASKED, PARTS_PASSIVE, PARTS_SUBJECT, PRONOUN, REGION_LAST, REGION_LEVEL, REGION_SCOPE, REGION_WH, ROLE_AS, TOPIC, PARTS_GIVE_THEN_ASKED, WH, WH_AGENT, WH_PLACE, WHICH_PROGRAMME, INCLUSION_REMARK, INCLUDED_YEAR, YEAR, YEAR_RANGE, TASKED, PROGRAMME_NOUNS, PROGRAMMES_RESTATED, REGION_WH_AFTER, SPOKEN_AID_AFTER, REQUEST_ASKED, OTHERS_LISTED, FORMER_SUPPORTER, PAIRING_BETWEEN, REGION_ONE_OF, ROUND_AFTER_YEAR, ERA_RELATION, POINTED_PROGRAMME, STILL_THE_SAME, RECEIVED_RANKED, RECIPIENTS_COUNTED, ERA_SPAN, ADVERBS_BEFORE_IS, LATER_ASKED, PARTS_SENT, EXCLUDED_YEAR,
    mechanism_words, CITY_ASKED, CITY_NOT_ONLY,
)

KEYWORD_REST = re.compile("[\\s，、,；;？?！!。]+|(?<=\\s)(?:19|20)[0-9]{2}年?(?=\\s|$)")  # (… 结对县 2016: a year token trails)
NOT_IN_NAMES = frozenset({"nonsupport", "opinion", "project", "writing"})  # cues that refuse: never from inside a name
SEARCH_GAPS = ("", " ", "，", ",", "、")  # what parts search words ("": the text's edge)
CUT_BY_KINDS = frozenset({"programme_word"})  # 哪个计划单列市: a cue word running into a kind's own name is not the cue
UNMASKED = ("rtype", "class", "programme")  # concepts (definition questions only) are masked: 政策文件  # 援疆 still says 援
CLAUSE_END = re.compile("[？?！!。；;]")


@dataclasses.dataclass
class Frame:
    text: str
    masked: str
    mentions: list[Mention]
    cues: set[str]
    years: dict[str, int]
    direction: str
    region: Mention | None = None      # 哪些安徽城市, 在广东省内…: the asked side lies in it (not a slot)
    region_kind: str | None = None     # the level named with it (城市: prefecture level)
    cities: bool = False               # 城市 the kind asked (哪些城市, 城市有哪些): a city of any rank, or a municipality's
    # district in its stead — never a province or region that is no municipality, a ministry or a firm (the ``cities``
    # flag: templates' "#[cities]" lines, compose.Plan.cities; tests/qa/README "Conventions decided, session 14")
    excluded: tuple = ()               # 撇开援疆那部分, 除了援疆以外, 援藏之外: programmes set aside (not constraints to meet:
    # pairings of them are left out; compose.Plan.excluded_programme, or the answer is not ok: pipeline.dropped)

    def of_kind(self, kind: str) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind]


def mask(text: str, mentions: list[Mention], everything: bool = False) -> str:
    """``text`` with entity names blanked, so cue words inside names (…确定…结对关系) do not count."""
    chars = list(text)
    for m in mentions:
        if everything or m.kind not in UNMASKED:
            chars[m.start:m.end] = "□" * (m.end - m.start)
    return "".join(chars)


def without_time_pointers(masked: str, cues: dict[str, tuple[str, ...]]) -> str:
    """过渡安置那阵子, 那几年, 那段时间: a spoken pointer to a time the question names asks nothing (那几年 is no 几年)."""
    for word in sorted(cues.get("time_pointer", ()), key=len, reverse=True):
        masked = masked.replace(word, "□" * len(word))
    return masked


def find_cues(masked: str, cues: dict[str, tuple[str, ...]], patterns: dict | None = None) -> set[str]:
    masked = without_time_pointers(masked, cues)
    masked = HEDGES.sub(lambda m: "□" * len(m.group(0)), DEMONSTRATIVE_FEW.sub("□", masked.replace("哪几", "哪些")))
    listed = any("列" in r.group(0) for r in REQUEST_ASKED.finditer(masked))  # (…17个省市能列一下吗: a list is asked)
    masked = REQUEST_ASKED.sub(lambda m: "□" * len(m.group(0)), masked)  # 能不能告诉我…: a request, no yes/no
    masked = ACROSS_PROGRAMMES.sub(lambda m: "□" * len(m.group(0)), masked)  # 哪几个 asks which, not how many
    masked = BUILT_PLACES.sub("支援了哪些", APPOSITION.sub("□", masked))
    found = {name for name, words in cues.items() if any(w in masked for w in words)} | ({"listing"} if listed else set())
    found |= {name for name, pats in (patterns or {}).items() if any(p.search(masked) for p in pats)}
    clauses = [c for c in CLAUSE_END.split(masked) if c.strip()]
    if len(clauses) > 1 and "yesno" in found and "wh" in found and not any(w in clauses[-1] for w in cues["yesno"]):
        found.discard("yesno")  # …前后有变化吗？它先后对口支援过哪些地区？: the last clause is what is asked
    return found


def tacit_yes_no(masked: str, mentions: list[Mention], found: set[str]) -> bool:
    """北京对口支援拉萨么？ / 北京对口支援拉萨？: two actors and nothing else asked for."""
    end = masked.rstrip("？?！! ")
    if end.endswith(("么", "嘛", "吧")) and not end.endswith(("什么", "怎么", "多么")):
        return True
    asked = found & {"wh", "listing", "when", "count", "define", "location", "compare", "most", "history"}
    kinds = [m.kind for m in mentions]  # also 北京 对口支援 拉萨, typed as keywords; 北京在拉萨援助的县区 asks for places
    return not asked and kinds.count("actor") == 2 and "class" not in kinds


def parts_asked(masked: str, mentions: list[Mention]) -> bool:
    """青海省有哪些自治州…: places of a kind within the actor are what is asked."""
    return any(a.kind == "actor" and c.kind == "class" and masked[a.end:c.start] in PARTS_ASKED
               for a, c in itertools.pairwise(mentions))


PART_CLASSES = {"师": Candidate("https://w3id.org/duikou/ontology#XPCCDivision", "class", "兵团师", "parts")}


def parts_role(masked: str, mentions: list[Mention], verbs: tuple[str, ...]) -> tuple[str, Mention | None] | None:
    """The side the actor's parts take: receive (…接受帮扶), give (…承担了对口支援任务), or give to a place asked
    after the verb (北京各区对口支援了哪些地方: the parts' recipients). Only where the actor opens the clause as its
    subject (not 对口支援X各县的省市) and its parts are not a possessor (X各县市的对口支援方). With a part noun that
    names a class in this place only (兵团有哪些师), that class too."""
    actors = [m for m in mentions if m.kind == "actor"]
    if len(actors) != 1:
        return None
    before = TOPIC.sub(lambda m: "□" * len(m.group(0)), masked)[:actors[0].start]  # 三峡移民对口支援中，北京的区…: a topic
    if any(v in before for v in verbs):
        return None
    start = actors[0].end
    found = parts_subject(masked[start:])
    if not found:
        return None
    rest = masked[start + found.end():]
    if rest.startswith("的"):
        return None
    noun = found.group(4)
    cls = None
    if noun in PART_CLASSES and not any(m.kind == "class" for m in mentions):
        at = start + found.start(4)
        cls = Mention(noun, at, at + len(noun), [PART_CLASSES[noun]])
    elif found.re in (PARTS_NOUN_FIRST, PARTS_NOUN_AMONG) and noun in PART_NOUNS and not any(m.kind == "class" for m in mentions):
        at = start + found.start(4)  # 阿坝州的县有哪些得到了…: the noun (taken as the name's own word) is the parts' kind
        cls = Mention(noun, at, at + len(noun), [Candidate(PART_NOUNS[noun], "class", noun, "parts")])
    if PARTS_GIVE_THEN_ASKED.match(rest):
        return "parts_give_to", cls  # 北京市各区县承担的受援县名单: the places the parts take on
    if PARTS_PASSIVE.match(rest) or (scope := SCOPE_BETWEEN.match(rest)) and PARTS_PASSIVE.match(rest[scope.end():]):
        return "parts_receive", cls  # (…县市区在□□的方案里有对口支援省市: the document said between, then 有)
    return ("parts_give_to" if any(w in rest for w in ("哪", "谁", "什么地方")) else "parts_give"), cls


def agent_class_first(masked: str, mentions: list[Mention], found: set[str], verbs: tuple[str, ...]) -> bool:
    """A class word before the aid verb, no actor and no passive: the class of those who give aid."""
    verb = min((i for i in (masked.find(v) for v in verbs) if i >= 0), default=-1)
    if verb < 0 or found & {"passive", "passive_support"} or any(m.kind == "actor" for m in mentions):
        return False
    return any(m.kind == "class" and m.end <= verb for m in mentions)


def find_years(masked: str) -> dict[str, int]:
    """{'after': 2010} for 2010年以后, {'before': …} for …以前, {'in': …} for a bare year; a range
    (2010到2015年间, 2010—2015年) is {'after': 2010, 'before': 2016}."""
    span = YEAR_RANGE.search(masked)
    if span:
        return {"after": int(span.group(1)), "before": int(span.group(2)) + 1}
    masked = ROUND_AFTER_YEAR.sub(r"\1", masked)
    masked = INCLUDED_YEAR.sub(lambda m: "□" * len(m.group(0)), masked)  # (包括2001年以后增补的那个县: the whole list)
    if YEAR.search(aside := EXCLUDED_YEAR.sub(lambda m: "□" * len(m.group(0)), masked)):
        masked = aside  # 2016年起新加入…（1994年的原有支援方除外）: the question's own year scopes, the remark sets aside
    years = era_years(masked)
    for m in YEAR.finditer(masked):
        relation = m.group(2)
        if relation == "开始" and not masked[:m.start()].endswith(("从", "自")) \
                and (m.group(3) or BEGUN_IN.match(masked[m.end():])):
            relation = None  # 2016年开始的结对, 1994年开始援藏的: begun in that year (从2016年开始的: since)
        if relation is None and masked[:m.start()].endswith(UNTIL_WORDS) and UNTIL_BEFORE.match(masked[m.end():]):
            relation = "以前"  # 截至2021年东西部协作新机制以前: before the year (the mechanism only names it)
        key = "in" if relation is None else "after" if relation in AFTER else "before"
        years[key] = int(m.group(1))
    return years


def era_years(masked: str) -> dict[str, int]:
    """新一轮援疆以前 (before 2010), 十三五以后 (from 2016): a named period with a word of before or after, where no
    year is written; its first year is the point."""
    if YEAR.search(masked):
        return {}
    eras = mechanism_words().eras
    names = f"(?<![第〇一二三四五六七八九十两0-9])({'|'.join(map(re.escape, eras))})(?![次个届批家项条号年])"  # (第十五次: no era)
    span = re.search(f"{names}{ERA_SPAN}", masked)
    if span and eras[span.group(1)][1]:  # 十三五期间, “十二五”时期: the period's own years (in force throughout them)
        return {"after": eras[span.group(1)][0], "before": eras[span.group(1)][1] + 1}
    found = re.search(f"{names}{ERA_RELATION}", masked)
    if not found:
        return {}
    return {"before" if found.group(2).endswith("前") else "after": eras[found.group(1)][0]}


def verb_programme(masked: str, programme: Mention, mentions: list[Mention]) -> bool:
    """A programme named by its aid verb where it is the question's verb: right after the second of two actors
    (Y是X援疆的吗: X gives), or after a task given to the actor (X被安排帮扶粤东西北的…: X gives)."""
    actors = [m for m in mentions if m.kind == "actor"]
    if AID_VERB_START.match(programme.text) is None:
        return False
    if actors and TASKED_BEFORE.search(masked[actors[0].end:programme.start]):
        return True  # 深圳被安排帮扶粤东西北的哪些市: the programme's verb is the task given to the actor
    return len(actors) == 2 and programme.start == actors[1].end \
        and masked[actors[0].end:actors[1].start] in ("是", "是由", "是被", "都是", "是不是", "也是", "都是由")


def direction(masked: str, mentions: list[Mention], cues: set[str], verbs: tuple[str, ...]) -> str:
    """out: the (first) actor gives aid; in: it receives aid."""
    actors = [m for m in mentions if m.kind == "actor"]
    if len(actors) == 1 and (refer := PRONOUN.search(masked[actors[0].end:])):
        return "in" if refer.group(1) else "out"  # 日喀则市，对口支援它的都有谁: the named place is 它
    return by_role(masked, actors, cues, verbs) or (by_order(masked, actors, cues, verbs) if actors else "out")


def described_role(masked: str, actors: list[Mention], cues: dict[str, tuple[str, ...]]) -> str | None:
    """The role word that names the actor's own side (广州市作为支援方, 受援方为昌都): the other is asked."""
    for actor in actors[:1]:
        after, before = masked[actor.end:].lstrip(), masked[:actor.start].rstrip()  # (宁 作为支援方: search words too)
        for role in ("supporter_role", "recipient_role"):
            words = cues.get(role, ())
            if any(after.startswith(a + w) for a in ROLE_AS[:2] for w in words) or \
                    any(before.endswith(w + a) for a in ROLE_AS for w in words):
                return role
    return None


def by_role(masked: str, actors: list[Mention], cues: set[str], verbs: tuple[str, ...] = ()) -> str | None:
    """Role words decide: X的受援地 (out), X的支援方 (in), Y是X的支援对象 (in)."""
    roles = cues & {"recipient_role", "supporter_role"}
    if "described_supporter" in cues:
        return "out"
    if "described_recipient" in cues:
        return "in"
    if len(actors) == 2 and roles and masked[actors[0].end:].startswith("是"):
        return "in" if "recipient_role" in roles else "out"
    if roles and actors and masked[: actors[0].start].endswith(verbs):
        return "in"  # 对口支援西藏的受援地: the places of the one aided
    if roles:
        return "in" if "supporter_role" in roles else "out"
    return None


def by_order(masked: str, actors: list[Mention], cues: set[str], verbs: tuple[str, ...]) -> str:
    """Word order decides: markers around the first actor, else which comes first, actor or verb."""
    first = actors[0]
    before, after = masked[: first.start], masked[first.end:]
    if before.endswith(AGENT_MARKERS):
        return "out"  # 由 X 支援的…, 既受 X 又受 Y 支援的…
    if len(actors) > 1 and masked[: actors[1].start].endswith(AGENT_MARKERS):
        return "in"  # Y 是否由 X 支援
    if len(actors) > 1 and IN_SCOPE_BETWEEN.match(masked[first.end:actors[1].start]) and IN_SCOPE_AFTER.match(masked[actors[1].end:]):
        return "in"  # 林芝仍在福建的援藏范围之内吗: within the second's scope
    if len(actors) > 1 and ADVERBS_BEFORE_IS.sub("", masked[first.end:actors[1].start]) in ("是", "是由", "是被", "都是", "是不是") \
            and (AID_VERB_START.match(masked[actors[1].end:]) or ASKED_PART_THEN_VERB.match(masked[actors[1].end:])
                 or SPOKEN_AID_AFTER.match(masked[actors[1].end:])):
        return "in"  # 林芝是广东援建的吗, 映秀镇是广东哪个市援建的: the second name (or its part asked) is the agent
    if len(actors) == 2 and TOPIC_BETWEEN.fullmatch(masked[first.end:actors[1].start]) \
            and PARTS_GIVE_AFTER.match(masked[actors[1].end:]):
        return "in"  # 秭归那边，北京是哪两个县一起去帮的: the place first as the topic, the second name's parts give
    if after.startswith("是"):  # X是(被)谁援助的 (in) vs X是对口支援哪些地方的 (out)
        return "in" if after[1:].lstrip("被由□○").startswith(WH) or after[1:].startswith(("被", "由")) else "out"  # (□: a
        # region named before the question word, 江孜县是上海哪个区援建的: ○)
    tasked = listed_after(masked, actors)  # (给上海和苏州分别安排了…: the task handed to every name listed)
    if before.endswith(("给", "为")) and TASK_GIVEN.match(tasked) and not any(v in tasked for v in verbs):
        return "out"  # 会议给上海分的是青海哪个州, 文件为苏州安排了贵州哪个市: the task handed to the first name, which gives
    if before.endswith(BENEFICIARY_MARKERS) or before.endswith("把") and any(a in after for a in ASSIGNED_TO) \
            or len(actors) == 1 and before.endswith("在") and after.startswith(verbs):
        return "in"  # 给 X 提供…, 把 X 的乡镇分给…, (…的广东地级市) 在汶川县分片包乡镇: the aid given in X
    if TASKED.match(after):
        return "out"  # 上海被安排去支援哪些地方: the task is passive, the aid is the actor's own
    if after.startswith(AGENT_MARKERS) or "passive" in cues and len(actors) == 1:
        return "in"
    verb = min((i for i in (masked.find(v) for v in verbs) if i >= 0), default=-1)
    between = masked[first.end:verb] if verb > first.end else ""
    if any(w in between for w in WH_AGENT) or "是" in between and any(w in between for w in WH_PLACE):
        return "in"  # 和田地区的县都是谁在援助, 都江堰震后是哪个地方对口援建的
    return "in" if 0 <= verb < first.start else "out"


def listed_after(masked: str, actors: list[Mention]) -> str:
    """What follows the first actor and the names listed with it (上海和苏州分别安排了… → 安排了…)."""
    end, i = actors[0].end, 1
    while i < len(actors) and masked[end:actors[i].start] in LIST_JOINS:
        end, i = actors[i].end, i + 1
    rest = masked[end:]
    return rest[2:] if rest.startswith(("分别", "各自")) else rest[1:] if rest.startswith(("都", "也")) else rest


def region_of_asked(masked: str, mentions: list[Mention]) -> tuple[Mention, str | None] | None:
    """A place that only says where the asked side lies, with the level named: 受帮扶的是哪些安徽城市 (a question word
    before the name, a level after it; or …被帮扶的安徽城市有哪些, closing the question), 在广东省内的对口帮扶里，广州负责帮哪两个市 (a word of being inside it, while
    another actor is the one asked about); not the place's own parts asked (广东省内哪些城市: the parts reading)."""
    actors = [m for m in mentions if m.kind == "actor" and not m.ambiguous]
    for m in actors:
        before, after = masked[:m.start], masked[m.end:]
        if (level := REGION_LEVEL.match(after)) and (REGION_WH.search(before) or REGION_LAST.match(after)
                                                    and before.endswith("的")):
            return m, PART_NOUNS.get(level.group(1))
        if len(actors) == 1 and (level := REGION_RECEIVING.match(after)):
            return m, PART_NOUNS.get(level.group(1))
        if len(actors) == 1 and REGION_PLACES_AFTER.match(after) and any(e.kind == "event" for e in mentions):
            return m, None  # …紧急通知安排了甘肃哪些地方: the event's places within 甘肃
        if len(actors) == 1 and (level := REGION_WH_AFTER.match(after)) and any(e.kind == "event" for e in mentions) \
                and not PARTS_SENT.match(after[level.end():]) and not AID_VERB_START.match(after[level.end():]):
            return m, PART_NOUNS.get(level.group(1))  # …紧急通知安排了四川哪些县, 通知里四川哪些县被帮了: places within it
        if len(actors) > 1 and REGION_SCOPE.match(after) and not before.endswith(AGENT_MARKERS):
            return m, None  # (…得到江苏省内城市的对口支援: the agent's own cities, not where the asked side lies)
        if len(actors) == 2 and m is actors[1] and (level := PARTS_GIVE_AFTER.match(after)):
            return m, PART_NOUNS.get(level.group(1))
        if len(actors) > 1 and m is not actors[0] and (before.endswith(AGENT_MARKERS) or before.endswith("是") and
                                                        ASKED_PART_THEN_VERB.match(after)) \
                and (level := REGION_WH_AFTER.match(after)):  # (江孜县是上海哪个区援建的: 是 … 援建的, the same)
            return m, PART_NOUNS.get(level.group(1))  # 淮南市是由上海哪一个区结对帮扶的: the givers lie within 上海
    if len(actors) == 2 and (region := partner_region(masked, actors)) is not None:
        return region
    for m in actors if len(actors) == 2 else ():  # (汶川县灾后重建中，广东把各乡镇分给了…: the second name hands them)
        if handed := HANDED_TO_OWN.match(masked[m.end:]):
            return m, PART_NOUNS.get(handed.group(1))  # 广东把汶川的乡镇分给了自己的哪些地级市: 广东's parts give
    if len(actors) == 2 and ACTOR_PARTS.match(masked[actors[0].end:]) and \
            (which := parts_subject(masked[actors[1].end:])) and (which.group(3) or "").startswith("哪"):
        return actors[1], PART_NOUNS.get(which.group(4))  # 北京的区对口支援了湖北哪些县: the givers are 北京's parts
    return None


def partner_region(masked: str, actors: list[Mention]) -> tuple[Mention, str | None] | None:
    """淮南 结对 上海哪个区, 亳州结对的是上海哪个区, 淮北跟江苏一个城市有结对合作帮扶，…和哪个城市结对: a word of pairing
    between the two names (or after the second, 跟Y一个城市有结对), the second followed by the level asked (or by 一个 +
    the level, a later clause asking which): the first name's partner, whichever side it takes, lies within the second."""
    first, second = actors
    between, after = masked[first.end:second.start], masked[second.end:]
    if PAIRING_BETWEEN.search(between) and (level := REGION_WH_AFTER.match(after)):
        return second, PART_NOUNS.get(level.group(1))
    if between.endswith(("跟", "和", "与", "同")) and (level := REGION_ONE_OF.match(after)) \
            and PAIRING_BETWEEN.search(after[level.end():]) and re.search(f"哪(?:个|一个|些|几个){level.group(1)}", after):
        return second, PART_NOUNS.get(level.group(1))
    return None


def standalone(text: str, m: Mention) -> bool:
    """东西部协作 鲁 津 共同结对…: a one-character abbreviation typed as a word of its own (spaces or stops on both sides)."""
    return text[m.start - 1:m.start] in SEARCH_GAPS and text[m.end:m.end + 1] in SEARCH_GAPS


def event_point(masked: str, mentions: list[Mention]) -> tuple[int, int] | None:
    """援藏对口关系调整（2016年7月）之前: the one meeting or document named and the word after it that makes it a point in
    time (its span in ``masked``), where there is one."""
    events = [m for m in mentions if m.kind == "event"]
    rest = masked[events[0].end:] if len(events) == 1 else ""
    dated = EVENT_DATED.match(rest)
    found = EVENT_ANCHOR.match(rest, dated.end() if dated else 0)
    return (events[0].end, events[0].end + found.end()) if found else None


def build_frame(text: str, mentions: list[Mention], cues: dict[str, tuple[str, ...]],
                patterns: dict | None = None) -> Frame:
    masked = mask(text, mentions)
    for m in mentions:  # 援疆项目, 援藏工作: the programme's own word, not a project asked about
        if m.kind == "programme" and masked[m.end:m.end + 2] in PROGRAMME_NOUNS:
            masked = masked[:m.end] + "□□" + masked[m.end + 2:]
        if m.kind == "programme" and sum(o.kind == "programme" for o in mentions) > 1 \
                and (again := PROGRAMMES_RESTATED.match(masked[m.end:])):
            at = m.end + again.start(1)
            masked = masked[:at] + "□□" + masked[at + 2:]
    masked = POINTED_PROGRAMME.sub("□□", masked)  # 这一项目中, 那个项目里: the programme as a scope
    if any(m.kind == "programme" for m in mentions):
        masked = WHICH_PROGRAMME.sub("计划", masked)
    region = region_of_asked(masked, mentions)
    if region:
        mentions = [m for m in mentions if m is not region[0]]
    found = find_cues(masked, cues, patterns)
    if region and (asked := REGION_PLACES_AFTER.match(masked[region[0].end:]) or any(m.kind == "event" for m in mentions)
                   and REGION_WH_AFTER.match(masked[region[0].end:])) \
            and not AID_VERB_START.match(masked[region[0].end + asked.end():].lstrip("去来负责")):
        found = (found - {"ask_actors_support"}) | {"recipient_role"}  # 安排了甘肃哪些地方(的对口支援): the places aided
    if INCLUSION_REMARK.search(masked):  # (含央企): not a kind asked; (包括集体) still a switch
        found = find_cues(INCLUSION_REMARK.sub("", masked), cues, patterns) \
            | found & {"collectives"}
    if "compare" in found and STILL_THE_SAME.search(masked) \
            and "compare" not in find_cues(STILL_THE_SAME.sub("", masked), cues, patterns):
        found = (found - {"compare"}) | {"yesno"}  # 湖南负责的还是彭州吗: still that one, asked yes or no
    if "difference" in found:
        found -= {"count"}  # 多几个, 相差多少: two counts compared, not one count asked
    if "count" in found and (modifier := COUNT_MODIFIER.search(masked)) and WHICH_LATER.search(masked[modifier.end():]) \
            and "count" not in find_cues(COUNT_MODIFIER.sub("□", masked), cues, patterns):
        found.discard("count")  # 对口支援赣南几个县的国家部委，都有哪些: the number only describes the ones asked for
    if "when" in found and SPAN_DURING.search(masked) and "when" not in find_cues(SPAN_DURING.sub("", masked), cues, patterns):
        found.discard("when")  # 1998年到2010年这段时间…对口的是: the span, not a question of when
    if "nonsupport" in found and "when" in found and sum(m.kind == "actor" for m in mentions) == 2 \
            and CADRES_SENT.search(masked) and "nonsupport" not in find_cues(CADRES_SENT.sub("", masked), cues, patterns):
        found.discard("nonsupport")  # 福建援疆昌吉州是从哪一年开始派干部的: the first cadres sent mark the pairing's start
    if "nonsupport" in found and PEOPLE_SENT.search(masked) \
            and "nonsupport" not in find_cues(PEOPLE_SENT.sub("派去支援", masked), cues, patterns):
        found.discard("nonsupport")  # 上海派了几万名干部工人去支援哪个省: the people sent describe the aid asked of
    if {"supporter_role", "recipient_role"} <= found and "supporter_role" not in find_cues(
            RECEIVED_BEFORE.sub("□", masked), {"supporter_role": cues["supporter_role"]}, {}):
        found.discard("supporter_role")  # 受帮扶城市, 被支援单位: the receiving side's role, not 帮扶城市
    if TASKED.search(masked):
        found -= {"passive"}  # 上海被安排去支援…: the 被 is the task's, not the aid's
    if found & {"most", "fewest"} and "recipient_role" in found and COUNTED_ROLE.search(masked) \
            and "recipient_role" not in find_cues(COUNTED_ROLE.sub("□", masked), cues, patterns):
        found = (found - {"recipient_role"}) | {"ask_supporter"}  # 哪个内地省市支援的对象最多: the giver ranked by its partners
    if found & NOT_IN_NAMES and any(m.kind == "programme" for m in mentions):
        # 三峡工程库区移民对口支援: 工程, 移民 inside a programme's name ask for nothing the graph lacks
        found -= NOT_IN_NAMES - find_cues(mask(text, mentions, everything=True), cues, patterns)
    if found & CUT_BY_KINDS and any(m.kind == "class" for m in mentions):
        found -= CUT_BY_KINDS - find_cues(mask(masked, [m for m in mentions if m.kind == "class"], everything=True),
                                          cues, patterns)
    role = described_role(masked, [m for m in mentions if m.kind == "actor"], cues)
    if role:  # the actor's own role is not the one asked for
        found = (found - {role}) | {"described_" + role.split("_")[0]}
    if "ask_actors" in found and "support" in found and any(m.kind == "event" for m in mentions) \
            and "supporter_role" not in found and "lead" not in found:
        found.add("ask_actors_support")  # X出台后，有多少个中央部委对口支援: the actors of its pairings, not its issuer
    if RETASKED.search(masked) or "retasked" in found:
        found.discard("renamed")  # 改为对口哪个县, 由新疆改为哪里: the new partner, not a new name
    if SUPPORTER_CHANGED.search(masked) or CHANGED_TO_SUPPORTER.search(masked) and "retasked" not in found:
        found = (found - {"retasked", "renamed"}) | {"takeover"}  # 帮扶方由珠海市改成了哪个城市, 重建期交给了谁: who took over
    if ISSUED_BEFORE_NAME.search(masked) or ISSUED_AS_POINT.search(masked):
        found.discard("issued")  # …发布的《…》中，受帮扶的…: the document is named, its issuing is not asked
    actors = [m for m in mentions if m.kind == "actor"]
    if len(actors) == 2 and AFTER_ACTOR.match(masked[actors[0].end:]) and found & {"wh", "ask_supporter", "ask_actors"}:
        found.add("takeover")  # 镇江之后对口连云港的是哪个市: the supporter that came after the one named
    if len(actors) == 2 and LATER_ASKED.search(masked) and "ask_supporter" in found and "retasked" not in found:
        found.add("takeover")  # 黔南州最早是深圳在帮，后来呢？现在是谁: who came after the supporter named
    if "predecessor" in found and (point := event_point(masked, mentions)) \
            and "predecessor" not in find_cues(masked[:point[0]] + "□" * (point[1] - point[0]) + masked[point[1]:],
                                               cues, patterns):
        found.discard("predecessor")  # 第四次西藏工作座谈会之前，哪些省支援林芝: before the meeting, not the one before
    if "predecessor" in found and len(actors) == 2:
        found.add("takeover")  # 无锡对口连云港之前是哪个市在帮: the supporter before the one named
    if {"recipient_role", "supporter_role"} <= found and RECEIVING_REGION_ROLE.search(masked):
        found.discard("supporter_role")  # 苏北结对城市: the receiving side's cities
    if "report" in found and found & {"support", "established"} and found & {"wh", "ask_actors", "listing"} \
            and not REPORTER_ASKED.search(masked) and any(m.kind == "event" for m in mentions):
        found.discard("report")  # 边防工作会议的报告里，被安排对口支援的省市有哪些: the meeting's pairings, not who reported
    if "former_name" in found and FORMER_SUPPORTER.search(masked):
        found.discard("former_name")  # 恩施那边原来是哪个城市帮扶的: who supported it before, not what it was called
    if CHANGE.search(masked):
        found.discard("when")  # 随时间怎么变: how the pairings changed, not when they began
    if NOT_ENDED.search(masked):
        found.discard("ended")  # 目前还没结束的…: the running pairings, not the ended ones
    if any(m.kind == "class" and masked[m.start - 1:m.start] == "的" for m in mentions):
        found.add("listing")  # …援助的县区, …的省份: a kind of place named is a list asked for
    if len(text.split()) > 2 and (mentions and mentions[-1].kind == "class" and not KEYWORD_REST.sub(
            "", text[mentions[-1].end:]) or KEYWORD_REST.sub("", text.split()[-1]) in SEARCH_TAIL):
        found.add("listing")  # 津 援疆 和田 对口县, 京 津 冀 援疆 对口 地区: search words ending in what is listed
    if agent_class_first(masked, mentions, found, cues["support"]):
        found.add("agent_class")  # 哪个省级行政区对口支援的地方最多: the class is the supporters'
    if parts_asked(masked, mentions):
        found.add("parts_asked")
    if parts := parts_role(masked, mentions, cues["support"]):
        found.add(parts[0])
        if parts[1] is not None:
            mentions = sorted(mentions + [parts[1]], key=lambda m: m.start)
    if tacit_yes_no(masked, mentions, found):
        found.add("yesno")
    if OTHERS_LISTED.search(masked):
        found = (found - {"yesno"}) | {"listing"}  # 还有别的城市帮它没, 除了汶川县还有没有别的: the others are listed
    scene = masked if not region else masked[:region[0].start] + "○" * len(region[0].text) + masked[region[0].end:]
    # (a region is no actor: 在广东省内的对口帮扶里，… is a topic like any other)
    # the aid verb is the question's own, not one inside a programme's name (书中讲沿海支援内地时，上海支援哪个省: 上海
    # gives), where the actor is named in full or short; a one-character abbreviation (苏 of 苏南这边…) is read as before
    topic_out = TOPIC.sub(lambda m: "□" * len(m.group(0)), scene)  # (same length: the mentions' spans still hold)
    if any(m.kind == "actor" and (len(m.text) > 1 or standalone(text, m)) for m in mentions):
        topic_out = mask(topic_out, [m for m in mentions if m.kind == "programme" and not verb_programme(masked, m, mentions)],
                         everything=True)
    way = direction(topic_out, mentions, found, cues["support"])
    if any(m.kind == "class" and m.best[0].via == ASKED for m in mentions):
        found.add("asked_class")  # 哪个省份…最多, 结对最多的省份: supporters of that kind are ranked
    if found & {"most", "fewest"} and RECEIVED_RANKED.search(masked) and not RECIPIENTS_COUNTED.search(masked):
        # 哪个省份得到的帮扶方最多, 哪个市被挂钩的次数最多: the receivers are ranked, the kind is theirs
        found = (found - {"ask_supporter", "supporter_role", "agent_class", "asked_class"}) | {"ask_recipient"}
    if len(mentions) > 1 and not KEYWORD_REST.sub("", "".join(
            c for i, c in enumerate(text) if not any(m.start <= i < m.end for m in mentions))):
        found.add("keywords")  # 援青 省份, 日喀则 支援方: names typed as search words
    years = {} if "when" in found and "yesno" not in found and YEAR_GUESSED.search(masked) else find_years(masked)
    if any(isinstance(years.get(k), int) and years[k] > datetime.date.today().year for k in ("in", "after")):
        found.add("opinion")  # 2030年哪些省会对口援疆: the future, which no dated fact answers
    cities = bool(CITY_ASKED.search(text)) and not CITY_NOT_ONLY.search(text)
    return Frame(text, masked, mentions, found, years, way, *(region or (None, None)), cities=cities)
