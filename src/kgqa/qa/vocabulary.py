"""The question vocabulary in one place: the cue words, cue patterns and class words (vocabulary.yaml), and the
patterns over the question text that the frame, the gazetteer and the pipeline read (below). Templates name
cue groups only; adding a way of asking is an edit here, not in the modules that use it."""
from __future__ import annotations

import dataclasses
import functools
import re
from pathlib import Path

import yaml

from .normalise import VOCABULARY_FILE, normalise, vocabulary_yaml



@dataclasses.dataclass(frozen=True)
class Vocabulary:
    cues: dict[str, tuple[str, ...]]
    patterns: dict[str, tuple[re.Pattern, ...]]
    classes: dict[str, str]


@functools.lru_cache(maxsize=4)
def load_vocabulary(path: Path = VOCABULARY_FILE) -> Vocabulary:
    raw = vocabulary_yaml(path)
    return Vocabulary({name: tuple(normalise(w) for w in words) for name, words in raw["cues"].items()},
                      {name: tuple(re.compile(p) for p in ps) for name, ps in (raw.get("cue_patterns") or {}).items()},
                      {normalise(w): iri for w, iri in raw["classes"].items()})

# the frame: direction, roles, years, topics and parts (frame.py)
# a pronoun standing for the one named actor: after the aid verb it receives, before it it gives
PRONOUN = re.compile("(对口支援|支援|援助|帮扶|援建|结对帮扶|帮)(?:了|过)?它(?!们)|它(?!们)(?:都|还|也|一共|曾经?)?(对口支援|支援|援助|帮扶|援建)")
# (2010年6月调整以前, 2016年结对调整后: the year's round of adjustment, before or after it — the year's relation)
YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)年?(?:[0-9]{1,2}月)?(?:及|以及|或)?"
                  r"(?:的?(?:结对)?(?:局部)?调整(?=以后|之后|后|以前|之前|前(?!后)))?"
                  r"(以后|之后|以来|后|起|至今|开始|以前|之前|前(?!后))?(的)?")
# (2005年前后, 左右: around that year, read as in force then)
YEAR_RANGE = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)年?(?:到|至|—|–|-|~|～)(1[89]\d\d|20\d\d)年?(?:间|之间|期间|这段时间)?")
# 苏北结对城市: the receiving region's own role noun (vocabulary.yaml's recipient_role patterns), not the givers' 结对城市
RECEIVING_REGION_ROLE = re.compile("(?<!帮扶|支援|结对|对口|援助|合作)(苏北|皖北|粤东西北|粤东|粤西|粤北)(地区)?的?(结对|挂钩|帮扶|对口)?(城市|地市|市)")
# 截至2021年东西部协作新机制以前, 直到2010年新一轮调整之前: until a year's change, before it (frame.find_years)
UNTIL_WORDS = ("截至", "截止", "截止到", "直到", "一直到")
UNTIL_BEFORE = re.compile("[^，。？！,0-9年]{1,14}?(以前|之前|前(?!后))")
# 1994年开始援藏的…: a verb phrase closed by 的 after 开始 says when it began (not 2010年开始，… or …开始至今: since)
BEGUN_IN = re.compile("[^，。？！、至以]{1,8}?的")
AFTER = ("以后", "之后", "以来", "后", "起", "至今", "开始")
WH = ("谁", "哪")
WH_AGENT = ("谁", "哪些省", "哪个省", "哪些个省", "哪些单位", "哪些部委", "哪个部委")
WH_PLACE = ("哪个地方", "哪些地方", "哪个城市", "哪些城市", "哪个市", "哪些市", "哪一方", "哪方")  # X(震后)是哪个地方援建的  # asked before the verb: the supporter
AID_VERB_START = re.compile("(?:一直|长期|曾经?|主要)?(?:对口)?(?:援建|支援|帮扶|援助|结对帮扶|援)")
# the places (or their parts) handed to a supporter: 分给/分配给/包干给 X — X gives (also a word of aid, vocabulary.yaml)
ASSIGNED_TO = ("分给", "分给了", "分配给", "分配给了", "包干给", "包干给了", "分包给", "交给", "交给了", "安排给", "安排给了", "划给", "指派给")
# 把汶川县哪个乡镇分给了东莞: the parts put after 把 are handed to the one named after the verb — they receive
# (compose.parts_asked; also 汶川县哪个乡镇分给了东莞市: a place's parts asked, then handed to a giver)
# 广东把汶川县哪个乡镇分给了东莞: the one before 把 only arranged it (pipeline.without_arranger); a time word may stand between
ARRANGER_BEFORE = re.compile("^(?:当年|当时|那次|那年|曾|曾经|又|还)?(?:是)?把")
HANDED_OVER = re.compile("^(?:都|也|各|全|全部|分别|各自)?(?:" + "|".join(sorted(ASSIGNED_TO, key=len, reverse=True)) + ")")
# between a region and a place in it that it only locates (阿勒泰那边的福海, 喀什那一带的莎车)
REGION_SIDE = ("那边的", "这边的", "那里的", "那儿的", "一带的", "那一带的", "地区的")
AGENT_MARKERS = ("被", "由", "受到", "受", "得到", "接受", "获得", "得到了", "受到了", "接受了", "获得了",
                 "得到过", "受到过", "接受过", "获得过", "受过",  # 哪些省份接受过浙江的支援: 浙江 gives
                 "归",  # 喀什下面归沪援疆的县: 沪 gives
                 *ASSIGNED_TO)  # 汶川县的乡镇分给了广东哪些地级市: 广东's cities give
BENEFICIARY_MARKERS = ("给", "为", "向", "对", "帮助", "援助", "支援")
# 北京市政府办公厅那份三峡移民通知: a place followed by its government's office names a document's issuer, not an actor of
# the pairings (pipeline.issuer_document)
ISSUER_AFTER = re.compile("^(?:市|省|自治区)?(?:人民)?(?:政府办公厅|政府办公室|政府|办公厅|党委|委)"
                          "|^(?:的)?(?:那|这)(?:一)?(?:个|份|项|次)(?!会)")  # (北京那个三峡移民通知: Beijing's own)
# 京蒙协作, 粤桂扶贫协作, 京沈对口合作, 苏宿挂钩: the kind of programme said right after the two names of a pairing (its
# noun, as the programme's own name carries it) picks that programme's pairing where the two are paired in several
# (北京–内蒙古: 1979 对口支援边疆 and 1996 东西部扶贫协作) — pipeline.pair_programme_noun
PAIR_PROGRAMME_NOUN = re.compile("^(?:的|之间的?|两地的?)?(?:对口|结对)?(?P<noun>扶贫协作|协作|合作|挂钩)")
# 第五次西藏工作座谈会给上海分的是青海哪个州, 会上给浙江定的是哪个地区: a task handed to X (给X分/安排/定…, no aid verb
# after it) — X gives; 给甘肃安排了哪些省来支援 (an aid verb after) stays X received (frame.by_order)
# 1979年全国边防工作会议和1984年天津会议: two meetings joined, a year of the second between (compose.two_events_ranked)
EVENTS_JOINED = re.compile("(?:的安排)?(?:和|与|及|以及|、|同|跟)(?:[0-9]{4}年)?(?:的|召开的|那次)?")
LIST_JOINS = ("和", "与", "、", "及", "跟", "同", "以及")  # names listed side by side (frame.listed_after)
TASK_GIVEN = re.compile("^(分|分配|安排|指定|定|划)(的是|了|的|到)")
# "根据资料", "资料里": how the asker hedges, not a question about a document (依据哪个文件)
HEDGES = re.compile("(根据|依据|按照|据)(资料|数据库|图谱|知识图谱|数据|记录|现有资料|现有记录|这个数据库|这份资料|你的资料)|"
                    "(资料|数据库|图谱|记录)(里|中|上)")
# 闽宁协作 宁夏 对应 省份: a word of correspondence asks a pair's other member, as a question word does (pipeline.pair_named)
PAIR_COUNTERPART = re.compile("(?:相)?对应")
# 闽宁协作, 沪滇合作: two one-character names written together before a word of cooperation name a pair (after the first)
PAIR_NAME = re.compile("^([\u4e00-\u9fff])(?:对口)?(?:扶贫)?(?:协作|合作)")
# 北京援拉萨的区县和天津援昌都的区县，谁包的多: two clauses, each a giver, an aid verb and a place, joined and compared
# (the text between the first clause's place and the second giver: what is counted, then the joining word)
CLAUSE_AID = re.compile("援|支援|帮|对口|结对|协作|挂钩|包")
CLAUSES_JOINED = re.compile("^(?P<tail>[^，,。？！?!和与跟同及]{0,8})(?:，|,)?(?:和|与|跟|同|以及|及)$")
CLAUSE_END = re.compile("[，,。？！?!]")
CLAUSE_COMPARED = re.compile("(?:相比|比较|比起来|来比|比)$")  # …的县和深圳支援喀什的县比，谁少
# 深圳帮扶毕节一共持续了几年, 无锡对口徐州前后持续了多少年: how long a pairing lasted (its end year less its start year),
# not the year it began
DURATION = re.compile("(?:持续|延续|历时|维持|坚持|进行)了?(?:有)?(?:几|多少)个?年|(?:持续|延续|历时)(?:了)?(?:多久|多长时间)"
                      "|(?:前后|一共|总共)(?:帮|帮扶|对口|结对|支援|援助|搞|做)?了?(?:几|多少)个?年")
# 深圳帮扶毕节持续了10到20年吗, 为期5到8年吗: a stated length of time checked (normalise leaves it unread as years)
DURATION_CHECKED = re.compile("(?:持续|为期|长达|历时|干|做|搞|坚持|延续|维持|援|帮|支援|对口|结对)(?:了|过)?"
                              "(?:大约|大概|约|近|将近|足足|整整)?([0-9十一二三四五六七八九两]{1,3})(?:到|至|—|-|~)([0-9十一二三四五六七八九两]{1,3})年")
# 滇沪对口帮扶 → 沪滇对口帮扶: a programme named by a pair of one-character names is named in either order
PAIR_LABEL = re.compile("^([\u4e00-\u9fff])([\u4e00-\u9fff])(?=对口|协作|合作)")
# 皖北 苏北 粤东西北: a region that is no actor of the graph, named for the programme whose recipients lie there (松江区帮的是
# 皖北哪个市, 苏州在苏北挂钩的是谁): programme key (its IRI's tail) by the region's name
PROGRAMME_REGIONS = {"皖北": "programme/wanbei", "苏北": "programme/jiangsu-nanbei", "粤东西北": "programme/guangdong-shengnei",
                     "赣南": "programme/gannan"}  # (在赣南做对口支援的中央部委: the central organs' programme there)
# 京蒙协作和沪滇协作: a joining word before a pair's name does not make it part of a longer run of characters
PAIR_JOINERS = "和与跟及同、"
# 民政部2008年5月22日紧急通知: the characters of a date, which a loosely named document's run passes over
DATE_IN_NAME = re.compile("[0-9年月日]")
# 国家发展改革委2021年12月发布的《…方案》中，受帮扶的…: the issuing verb of a relative clause only says which document
ISSUED_BEFORE_NAME = re.compile("(发布|印发|颁布|出台|下发|制定|出炉)的[《“]?□")
# 《…意见》印发后，江苏结对帮扶的是哪个省: a document named as the point from which its pairings run; its issuing is not asked
ISSUED_AS_POINT = re.compile("□[》”]?(这份|这个|那份)?(文件|文|方案|通知|意见)?(正式)?(发布|印发|颁布|出台|下发|发出|出炉)(以后|之后|后|以来|时)")
# 所有结对受援地（跨项目）: across programmes, no project asked about
ACROSS_PROGRAMMES = re.compile("(跨|不分|不限|不论|所有|全部|各个?)(项目|计划)")
# 京 津 冀 援疆 对口 地区: the last search word names what is listed
SEARCH_TAIL = ("地区", "地方", "受援地", "受援方", "支援方", "帮扶方", "援助方", "对象", "名单", "结对地区", "对口地区")
# 援青的那几个省市, 这几家央企: a demonstrative before 几 points back at a roster, it asks no number
# 那几个, 这几家; …我们县志里只记了几个, 只知道几个, 又加了好几个: "a few", "several", no count asked
DEMONSTRATIVE_FEW = re.compile("(?:(?<=[那这])|" + "|".join(f"(?<={w})" for w in (
    "只有", "就有", "只记了", "只写了", "只列了", "只提了", "只知道", "只查到", "只看到", "只记得", "只找到", "好", "除了", "除",
    "除去")) + ")几(?=[个家位])")  # (又加了好几个: several; 除了几个省市之外，还有哪些央企: the few set aside, no count)
ROLE_AS = ("作为", "身为", "是", "为")  # 广州市作为支援方, 受援方为昌都
TOPIC = re.compile("^(?:在[^，。？！□]{0,30}(中|里|方面|工作中|领域|这块)[，,]?|[^，。？！□]{0,30}(中|里|方面|这块)[，,]|"
                   "[^，。？！□]{2,30}□□(中|里|当中)[，,]|"  # 援藏工作中，: the programme's own word (工作, 项目) is masked
                   "[^，。？！□]{2,12}(里面|里|中|当中|方面|这块) ?(?=□)|"  # 新一轮援疆里北京…, 援藏里面 沪和鲁…: a topic right before the named actor
                   "[^，。？！□ ]{2,12}(协作|合作)[ ，,](?=□)|"  # 京冀协作 北京帮扶…: a pair's cooperation named as the scene
                   "[^，。？！：:]{0,40}(方案|名单|安排|部署|框架|格局)(中|里|当中)[，,]|"  # …会议确定的结对方案中，: a plan, names and all
                   "[^，。？！□：:]{0,30}[：:]|"  # 课上举广东省内帮扶的例子：…: a lead clause before a colon sets the scene
                   "[^，。？！□：:]{0,12}(那|这|上|新|头|第[一二三四五六七八九十0-9]+)一?(轮|批|期)[^，。？！□：:]{0,10}[，,]|"  # 1979年那轮对口支援，…: a round named as the scene
                   "[^，。？！：:]{0,30}(确定|确立|开始|启动|调整|建立|结成|签订|部署)(时|的时候|之际)[，,]|"  # 1996年东西扶贫协作结对确定时，: when
                   "[^，。？！：:□]{0,30}结对(关系)?(调整|确定|重新确定)(后|以后|之后)[，,]|"  # 2016年东西部扶贫协作结对调整后，: a round as the scene
                   "(在|就|对于|关于|从|按照|根据|依据|依照|据)[^，。？！□]{0,30}[，,])+")  # (据该书所述，…关系中，: one after another)  # 在…的框架下，/ 就援疆而言，: a frame, not the verb  # 在对口支援中，…: a topic, not the verb
CHANGE = re.compile("按(照)?(时间|年份)(顺序|先后)?|随(着)?时间|怎么变|如何变|(有|发生了?|出现了?)(哪些|什么|何)变化|变化情况|变迁")
NOT_ENDED = re.compile("(没|未)(有)?(结束|终止|到期|停止)")
# 援建了哪些受援地 / 建了哪些地方: the places built for, not what was built (援建了哪些学校)
BUILT_PLACES = re.compile("(援)?建了哪些(?=(受援)?(地方|地区|城市|县|市|省|区|州|受援地|受援方))")
# 日喀则下面的白朗县, 喀什地区下辖的伽师县: a place's parts word between it and a place within it (pipeline.apposed)
PARTS_BETWEEN = ("下面的", "下辖的", "所辖的", "下属的", "境内的", "辖区内的", "里的", "里面的")
# 西藏首府拉萨, 四川省会成都: a place described by its role, not a question about the capital
CAPITAL_WORDS = ("首府", "省会", "首都")
APPOSITION = re.compile(f"(的)?({'|'.join(CAPITAL_WORDS)})(?=□)")
PARTS_ASKED = ("有哪些", "哪些", "的哪些", "境内哪些", "境内有哪些", "有什么", "下辖哪些", "下辖的哪些", "下面有哪些",
               "下面哪些", "下面的哪些", "下辖有哪些", "里有哪些", "里面有哪些", "境内的哪些")
# 上海市哪些区…, 阿坝州有哪些地方…, 北京各区…, 兵团有哪些师…: the places within the actor are the subject
# (北京的区对口支援了…, 上海的区援青…: 的 and a part noun right before the aid verb, the parts as its subject too)
PARTS_SUBJECT = re.compile("^ ?(下面|境内|下辖|辖下|所辖|辖区内|辖内|里面|里|内)? ?的?(有)?(哪些|哪几个|哪一个|哪个|哪[两三四五六七八九十]个|各个|各|所有|"
                           "(?:(?<=下面有)|(?<=下辖有)|(?<=境内有)|(?<=所辖有)|(?<=辖区内有))(?:几个|多少个)|"  # (日喀则下面有几个县有对口支援: counted)
                           "(?<=的)(?=(?:区县|区|县|地级市|城市|市)(?:在[^，。？！]{0,10}?(?:中|里))?(?:都|也|还|各|分别)?(?:对口|支援|援助|帮扶|援建|结对|援[藏疆青]))|"
                           "(?=(?:区县|县区) ?(?:都|也|还|各|分别)?(?:对口|支援|援助|帮扶|援建|结对)))的?"  # (北京区县对口最多的…, 北京 区县 对口: 的 left out)
                           "(地州市|县市区|区市县|区县|县区|县级市|县市|地方|地区|地级市|地市|城市|乡镇|团场|区|县|市|州|师|旗|盟|□+)")
# 甘孜州的县有哪些得到了援助: the part noun first, then 有哪些 and a word of receiving (groups as in PARTS_SUBJECT: the
# question word, captured ahead, is group 3, the noun group 4)
PARTS_NOUN_FIRST = re.compile("^ ?(下面|境内|下辖|辖下|所辖|辖区内|辖内)? ?的?()"
                              "(?=(?:区县|县区|县市|县|区|地级市|城市|市|乡镇)(?:都|又|还)?有(哪些|哪几个)(?:得到|受到|接受|获得|被))"
                              "(区县|县区|县市|县|区|地级市|城市|市|乡镇)")


# 昌都市下辖的县区中，哪些有…支援方 / …区县中，有明确对口支援省市的是哪些: the parts named first as a roster, then asked
# which of them receive (groups as in PARTS_SUBJECT; the match ends before the word of receiving)
PARTS_NOUN_AMONG = re.compile("^ ?(下面|境内|下辖|辖下|所辖|辖区内|辖内)? ?的?()"
                              "(?=(?:区县|县区|县市区|县市|县|区|地级市|城市|市|乡镇)(?:中|里|当中|之中)[，, ]?"
                              "(?:(?:哪些|哪几个)(?:都|又|还)?(?:有|得到|受到|接受|获得|被)|有[^，。？！]{1,40}?的[，, ]?(?:一共|总共|共)?(?:是|有)?(哪些|哪几个|几个|多少个)))"
                              "(区县|县区|县市区|县市|县|区|地级市|城市|市|乡镇)(?:中|里|当中|之中)[，, ]?(?:哪些|哪几个)?")
# 玉树州里面，有北京区级结对的是哪几个县市: a word of being inside the place, then 有 + its partner, the parts asked last
# (the match ends before 有, the word of receiving; the noun, group 4, is read ahead)
PARTS_ASKED_LAST = re.compile("^ ?(里面|里|内|境内|下面|下辖|所辖)[，, ]?()(?=有[^，。？！]{1,20}?的(?:是|有)?(哪些|哪几个|哪[两三四五六七八九十]个)"
                              "(县市区|区县|县区|县市|县|区|地级市|城市|市|乡镇)[？?。]*$)")


def parts_subject(text: str):
    """上海哪些区…, 甘孜州的县有哪些得到了…: the parts of the name before ``text`` asked as the subject (a match or None)."""
    return PARTS_SUBJECT.match(text) or PARTS_NOUN_FIRST.match(text) or PARTS_NOUN_AMONG.match(text) \
        or PARTS_ASKED_LAST.match(text)


# 阿坝州在□□方案里有哪些县…: a programme or document (masked) said between a place and its parts asked
SCOPE_BETWEEN = re.compile("^[，, ]?(在|按照?|根据|据)?(新一轮|上一轮|第[一二三四五六七八九十0-9]+轮)?□+的?(重建|援建)?(方案|安排|计划|名单|文件|队伍|团队|阵容)?(里面|里|中|当中|之中|内)[，, ]?")  # (福建省援藏队伍中，有哪些地级市…)
# (…在拉萨有对口县: the parts hold places of their own there, so they give)
# (江苏哪几个市在新疆有对口: 有 after 在 and another place is their own pairing there, so they give)
PARTS_PASSIVE = re.compile("^(?![^，。？！]{0,2}在□+(?:也|都|还)?有)[^，。？！]{0,8}?(接受|受到|受|得到|获得|被(?!(安排|派|指定|分配|选派)(去|到))|有(?!(?:对口|结对|援建|帮扶|包)的?(?:县|区|市|乡镇|乡|镇|地方|受援地|对象)))")  # (被安排去□: a task, given)
# 北京市各区县承担的受援县（市、区）名单, 北京各区县对口的县有哪些: the parts' verb of aid, then the places they take on
# asked (a 受援 noun, or 有哪些 after it, is no word of receiving here): the parts give to them (frame.parts_role)
PARTS_GIVE_THEN_ASKED = re.compile("^(?:都|也|各自|分别|各)?(?:承担|对口|支援|帮扶|援建|援助|结对|负责|包)(?:的|了)[□ ]*(?:受援|对口|帮扶|援建|结对)?"
                                   "(?:县市区|区县|县区|县|区|市|地方|对象|单位|受援地|乡镇|城市)[^，。？！]{0,8}(?:哪|谁|什么|名单)")
# 哪些县由江苏的城市对口支援, 哪几个县是北京的区在帮扶: the agent (a name) follows the parts asked
# (拉萨 下面 哪些县 北京援: search words, the agent's name and then the verb of aid)
AGENT_FIRST = re.compile("^(?:都|也)?(?:是由|由|是)□|^ ?□+ ?(?:在|来)?(?:对口)?(?:援建|支援|帮扶|援助|结对|援|包)")

# 2010年新一轮之前, 2010年新一轮援疆以后: a round's word between a year and its relation leaves the year's relation
ROUND_AFTER_YEAR = re.compile(r"((?:1[89]|20)\d\d年)(?:(?:新一轮|这一轮|那一轮)(?:对口)?(?:援[疆藏青])?(?:的)?(?:结对|对口)?(?:调整)?"
                              r"|(?:的)?(?:重新)?调整(?:了)?(?:□+|[\u4e00-\u9fff]{2,10}?)(?:的)?(?:结对|对口)?)"  # (2021年调整东西部协作之后: the programme masked)
                              r"(?=以后|之后|以来|起|以前|之前|前(?!后))")  # (2010年新一轮援疆调整之前: the round's start)
# 新一轮援疆以前, 十三五以后开始的: a named period (vocabulary.yaml, mechanisms: eras) as a point in time
ERA_RELATION = "[^，。？！□0-9]{0,6}?(以后|之后|以来|起|以前|之前|前(?!后))"
ERA_SPAN = "[”」\"]?(?:规划)?(期间|时期)"  # 十三五期间, “十二五”时期: the period's years, as 2016到2020年期间 (frame.era_years)

# the pipeline: preambles, unknown names, parts and lists (pipeline.py)
# (在)天津开的…会议: where a meeting was held (not 开展: 和吉林开展对口合作 names the partner)
HELD_AT = ("开的", "开了", "开过", "开会", "开那", "开这", "召开", "举行", "举办")
QUOTES = "“”\"'「」『』《》"
WITHIN = ("内", "省内", "区内", "境内")
# 广东省内的对口帮扶, 江苏省内的挂钩: a province's own (intra-provincial) programme, named by the province and a word of aid
INTRA_PROGRAMME = re.compile("^ ?(省|自治区)?(省内|区内|境内|省里|内部|内)(的)?(那个|那项|这个|那次)?(对口|帮扶|挂钩|结对|协作|支援|帮|合作)")
# 江苏南北挂钩那个合作，帮的是哪些市: with no actor named, the ones a programme's aid goes to are asked (pipeline.side_by_kind)
HELPED_ASKED = re.compile("(?<![被受搞做去来])(?<!负责|承担|参与|参加|对口)(帮|帮扶|支援|援助)的(都|就|主要)?是(哪|谁)")
# 援疆中哪个地州最早得到对口支援, 哪个州最先有援建: a kind asked that receives (得到/受到/有 + the aid), in a programme where
# that kind stands on both sides: the receiving side is asked (pipeline.side_by_kind)
AID_RECEIVED = re.compile("(?:得到|受到|接受|获得|迎来|有)了?(?:对口)?(?:支援|援助|帮扶|援建|□)")  # (□: 对口支援 masked as a relationship type)
PARTS_OF = ("各", "各个", "下辖", "下辖的", "所辖", "所辖的", "下属", "下属的", "下面的", "辖区内", "辖区内的", "境内",
            "境内的", "辖内", "辖内的")  # 各县: the places, not a filter
# 喀什各县, 和田的哪三个县, 阿里下面有哪些县, 伊犁州直属的: an ambiguous name followed by its parts (and their kind)
PART_WORD = "(?:地州市|区县|县市|县区|地方|地区|城市|乡镇|团场|区|县|市|州|师|地)"
COUNT_OF = "(?:哪些|哪几个|哪[0-9一二三四五六七八九十两]+个|哪个|各个|各|所有|几个|[0-9一二三四五六七八九十两]+个)"
PARTS_AFTER = re.compile(f"^的?(?:(?:下面|下辖|所辖|下属|辖区内|辖内|境内|直属)的?有?{COUNT_OF}?的?(?P<kind>{PART_WORD})?|"
                         f"(?:里面|里|内)?有?{COUNT_OF}的?(?P<counted>{PART_WORD})|的(?P<bare>区县|县市|县区|县|乡镇|团场|师))")
# 它在喀什帮的县市有哪些: a name after 在, then the aid verb and the places asked: the name is the region they lie in
REGION_THEN_PARTS = re.compile("^(?:那边|那儿|那里|这边|一带)?[^，。？！]{0,6}?(?:帮|援|支援|帮扶|援助|援建|对口|结对)[^，。？！]{0,3}?的(?:是)?(?:哪些|哪几个)?"
                               "(?P<bare>县市|县区|区县|县|乡镇)|^(?:那边|那儿|那里|这边|一带)[^，。？！]{0,6}?"
                               "(?:帮|援|支援|帮扶|援助|援建|对口|结对)[^，。？！]{0,3}?的(?:是)?(?:哪些|哪几个)?(?P<place>地方)")
# (深圳在喀什那边对口的地方: 那边 marks the name as a region, whose places are asked)
# 山南那边我记得是湖南在管，是不是还有别的省也在援, 陇南市是青岛在帮吗？还有别的城市帮它没: a partner the asker already
# knows, said before others are asked for (the name only qualifies: all the place's partners are asked)
OTHERS_TOO = re.compile("^[^，。？！,?!]{0,8}[，。？！,?!]?[^，。？！,?!]{0,6}?(?:还有(?:没有)?(?:别的|其他|其它)|(?:别的|其他|其它)[^，。？！]{0,4}也)")
# …还有别的吗, 还有没有别的, 还有别的城市帮它没: the others asked for, a list (not a yes/no question)
OTHERS_LISTED = re.compile("还有(?:没有)?(?:别的|其他|其它)")
# 北京援拉萨的县有多少个: the places of that kind counted (a filter), not the place's parts named as a whole
KIND_COUNTED_AFTER = re.compile("^(?:一共|总共|共|合计)?(?:有|是)?(?:多少|几)个?")
COUNT_WORD = re.compile("几|多少")  # 对口日喀则几个县: the parts' count asked, unless another word asks (OTHER_ASKED)
OTHER_ASKED = re.compile("谁|哪|什么")
COUNTED_PARTS = re.compile("^(?:的|下辖的?|所辖的?)?[0-9一二三四五六七八九十两几]+个$")  # 喀什地区的四个县: its counties
INSTITUTION = re.compile(r"^(?:[0-9一二三四五六七八九十]+中|[^有的哪些是和与及在对给为向、，。？！\s]{0,3}"
                         r"(?:大学|中学|小学|学院|学校|医院|公司|集团|银行))")
BODY = re.compile(r"(?<![哪些什么这那各几多少的和与及、])[\u4e00-\u9fff]{2,6}?(?:公司|集团|银行|大学|学院|医院|基金会|研究院)")
PROGRAMME_HINT = re.compile("(?<![支救增])援[藏疆青琼滇黔桂陇宁蒙渝川赣闽粤辽吉黑鲁豫晋冀湘鄂皖苏浙沪京津]|援[\u4e00-\u9fff]{1,2}计划|东西部|扶贫协作|对口合作|重建|移民|挂钩|苏区|藏区|区内|省内")
PLACES_AND = re.compile("(地方|地区|单位)(和|与|及|以及|、)$")
AND_PLACES = re.compile("(和|与|及|以及|、)(其他)?(地方|地区|单位)")
# 最近看到新闻说…，那么…: what comes before the connective sets the scene; the question follows it
# 讲江苏省内区域协调时要用：…, 写报告备用：…: what the asker needs the answer for, before a colon (pipeline.without_preamble)
# 恩施那边原来是哪个城市帮扶的, 六盘水原来是谁在帮: the former supporter asked, not a former name (frame.build_frame)
FORMER_SUPPORTER = re.compile("(?:以前|原来|过去|之前|原先|早先|当初)(?:是|由)(?:谁|哪[^，。？！名叫称]{0,6}?)(?:在|来)?"
                              "(?:对口|支援|帮扶|援助|援建|结对|帮|援|负责|管)")
# 听说汕尾跟深圳结了对子，河源那边又是谁在帮: what the asker has heard, then the question about another name; the lead is
# dropped when the rest names what it asks about and does not point back at the lead (其中, 它们, 这些…)
HEARSAY_LEAD = re.compile("^(?:我?听说|听人说|据说|我知道|我记得|记得|印象中|印象里)[^，。？！：:]{2,30}[，,]")
REFERS_BACK = re.compile("其中|它们|他们|这些|那些|其|该|这个|那个|这两|那两|上述|前者|后者|它")
PURPOSE_LEAD = re.compile("^[^，。？！：:]{2,30}?(?:时|的时候)?(?:要用|要引用|用得上|用得着|备用|参考用|做参考|需要用|想用)[：:]|"
                          # 策展时想做一张“援藏又援青”的对照图：…: the asker's own piece of work, named before a colon
                          "^[^，。？！：:]{0,12}?(?:想|要|准备|正在|在)?(?:做|写|编|画|整理|制作|准备)[^，。？！：:]{0,20}?"
                          "(?:图|表|稿|文章|展板|报告|论文|材料|课件|推文|简报)[：:]")
PREAMBLE = re.compile("^.*?[，。；！：](?:那么|所以|请问|我?想先?问一下|我?想先?问问|我?想先?问|想先?知道|想先?了解|先?问一下|想先?确认一下|先?确认一下|想先?确认|"
                      "想先?核实一下|核实一下|想先?核实|想先?请教一下|请教一下|想先?查一下|我?想先?(弄|搞)(清楚|明白)(一下)?|"
                      "那(?![次份个些场年里时边天]))[，：]?")
# 听说广州2021年接手了安顺，那么此前帮扶安顺的是哪个城市: a question that opens with a time word pointing back at the lead
# (此前, 在那之前, 后来) keeps the lead, which holds the point it counts from (pipeline.without_preamble)
# 哈密 粤之后换了哪个省, 镇江以后…: a name (an abbreviation too) right before 之后/以前 is the point in time (gazetteer.licensed)
POINT_AFTER_NAME = re.compile("^ ?(之后|以后|之前|以前|后面|前面|后来)")  # (崇州 冀 后面谁: the one before, then who came after)
# 粤2010年以后不援哈密了: an abbreviation opening the question right before a year, a verb of aid after it (gazetteer.licensed)
YEAR_AFTER_NAME = re.compile("^ ?(?:1[89]|20)[0-9]{2}年?[^，。？！]{0,10}?[援帮扶支对协结]")
# 黑龙江先后帮过哪几个地方, 两个阶段都…: a list spanning both stages of the disaster programme named (pipeline.stages_listed)
STAGES_SPANNED = re.compile("先后|前后两个阶段|两个阶段|两阶段|各阶段|每个阶段|两个时期")
# 第九次西藏工作座谈会…: a meeting named by its ordinal; when no meeting of the graph is linked there, it is one the graph
# does not hold (pipeline: refused with the words, never answered as if they were not there)
ORDINAL_MEETING = re.compile("(第[一二三四五六七八九十0-9]+(?:次|届))[^，。？！、 ]{0,12}?(?:座谈会|工作会议|会议)")
# 国家计委和国家民委开的那个座谈会, 中共中央办公厅召开的那次会议: a meeting named by the bodies that convened it, then the
# verb of convening and the meeting's kind word (pipeline.convened_meeting); the kind word, when it names one, narrows it
CONVENED_KIND = re.compile("^(?:联合|共同|一起|牵头)?(?:主持召开|组织召开|召集|召开|主持|举办|举行|开)(?:过)?(?:了)?的?"
                           "(?:那个|那次|那一次|这个|这次|一次|那场|的)?(座谈会|工作会议|会议|会)")
CONVENERS_JOINED = "、和与及同跟 "
MEETING_KIND_NARROWS = ("座谈会", "工作会议")  # (会议, 会: any meeting)
# …开的那个座谈会叫什么 / 全称是什么 / 是哪次会: the meeting itself asked, by its name (pipeline.convened_named)
MEETING_NAME_ASKED = re.compile("^(?:的)?(?:全称|全名|名称|名字|正式名称)?(?:是|叫|叫做)(?:什么|啥|哪个|哪次|哪一次)"
                                "(?:名字|名称|会议?|座谈会)?[？?。！!]*$")
# 北京对口张家口，是根据哪份中办国办文件: a document or meeting asked by its kind (pipeline.issuers_of_asked), the bodies
# right before the word of its kind only qualifying it
ISSUED_KIND_ASKED = re.compile("(哪份|哪个|哪一份|哪次|哪一次|什么)[^，。？！]{0,8}(文件|文|通知|意见|方案|决定|会议|会)")
ISSUED_KIND_AFTER = re.compile("^(的)?(哪份|哪个|哪一份|哪次|哪一次|什么)?(联合)?(文件|文|通知|意见|方案|决定|会议|会)")
POINTS_BACK = re.compile("^(?:此前|在此之前|在这之前|在那之前|这之前|那之前|之前|此后|在那之后|在这之后|之后|后来)")
# 据任维德主编的研究报告，…; 据新华社报道，…: where the question says its source, not what it asks (pipeline.without_source);
# a meeting's report or a document (按照…工作会议的报告，…) names a constraint: kept
SOURCE_LEAD = re.compile("^(?:据|根据|依据|按照?)(?![^，。？！]*(?:会议|座谈会|通知|方案|文件|意见|决定|纪要|规划|号))[^，。？！]{0,40}?(?:报告|报道|一书|这本书|书|研究|文章|介绍)"
                         "(?:中|里|上)?的?(?:所说|所载|显示|称|介绍|记载|所记|记述|所述|提到|写到|说法|说)?[，,]")  # 据该书记载，据书中的说法，
# 任维德那本书里 对口支援赣州几个县的…, 书里第五章提到…: the book pointed at as where the asker read of the pairings
# (only when what follows asks about aid: the book's own facts are book.py's)
BOOK_LEAD = re.compile("^(?:据|根据|依照?|按照?)?[^，。？！ ]{0,12}?(?:那本书|这本书|的书|一书|书)(?:里|中|上)(?:第[一二三四五六七八九十0-9]+章)?"
                       "(?:的?(?:标题|小标题|目录|内容))?(?:[，, ]+|(?:提到|说到|讲到|说|讲|写道|写着|介绍)的?)")  # (书里说对口支援这个提法…)
BOOK_LEAD_AID = re.compile("^(?![^，。？！]*(?:章|页|目录|标题|书|出版|主编|作者|阶段|叫做|称为|叫什么))[^，。？！]{0,12}?(?:对口|支援|援助|帮扶|援建|结对)")
# 三峡工程库区移民对口支援的通知: a programme named with a word for the document or meeting that launched it
# (pipeline.launch_named); the group says which kind
LAUNCH_NAMED = re.compile("^的?(?:那份|那个|这份|那次|这次)?(?:(?P<document>通知|文件|方案|决定|意见)|(?P<meeting>会议|座谈会))")
# 最早的一次西藏工作座谈会, 最近一次援疆工作会议: the first or last of a numbered series named without its ordinal
# (pipeline.series_ranked); ORDINAL_OPENING strips 第…次 from a meeting's name
SERIES_FIRST = re.compile("最早|最先|第[一1]次|首次|头一次")
SERIES_LAST = re.compile("最近|最新|最后|最晚|上一次|上1次")
ORDINAL_OPENING = re.compile("^第[^次]{1,3}次")
SERIES_WHICH = re.compile("(是|为)?(哪次|哪一次|哪1次|哪个|哪一个|哪1个|什么会|哪届)[？?。]*$")  # the meeting itself asked
# a newspaper's or periodical's title (《山西日报》): the place in it is no actor of the question (pipeline.in_title)
PERIODICAL_TITLE = re.compile("(日报|晚报|报|杂志|周刊|月刊|年鉴)$")
# 中国石油对口援藏的是哪个县: a name we do not hold, as the subject of the aid verb, with no actor named
UNKNOWN_AGENT = re.compile("^([\u4e00-\u9fff]{2,8}?) ?(?:现在|目前|如今|也|还|曾经?|一直|有没有|是否|是不是)*"
                           "(?:对口|援助|支援|帮扶|援建|结对|承担|援[藏疆青]|由|被|得到|接受)")  # 乌鲁木齐 对口支援方, 义乌现在有没有承担…, 延安由哪个省市…
NOT_NAMES = re.compile("[哪谁什么几多些各那这所有每曾已还都也现目如当请问就在对和与及的是了过被由受给为向最一你我您咱他她何啥]|"
                       "觉得|认为|看来|听说|据说|知道|今后|以后|将来|未来|明年|近年|往年|历年|每年|后来|最初|起初|"
                       "参加|参与|得到|接受|获得|承担|开展|负责|进行|实施|开始|加入|纳入|列入|作为|相互|互相|继续|主要|重点|"
                       "内地|东部|西部|中部|沿海|发达|东南|东北|西北|西南|全国|地方|省市|城市|单位|部门|企业|政府")
# 能不能告诉我，…, 麻烦查一下：…: a request before the question
REQUEST_LEAD = re.compile("^[^，。？！：]{0,12}(告诉我|问一下|问下|问问|查一下|查一查|查下|查查|帮我查|帮忙查|看一下|看下|搜一下|搜下|找一下|想知道|想了解一下|想了解|请教一下|请教|说说|讲讲|打听一下)"
                          "[^，。？！：]{0,2}[，：]")
# 我省（浙江）, 本市(深圳): the writer's own province or city, named in brackets
SELF_GLOSS = re.compile(r"(?:我|本|咱|我们)(?:省|市|区|县|州|自治区)[（(]([^（）()]{2,12})[）)]")
PLACE_SUFFIXES = "县|市|州|国|省|区|盟|旗"
# a place-like name (…县, …市, …州, …国) as the subject or as the object of the aid verb at the clause's end
# (喀什下面的东风县是谁在援: a place-like name named as one of a place's parts)
UNKNOWN_PLACE = re.compile("(?:^|(?:支援|援助|帮扶|援建|结对)(?:了|过)?|(?:下面|下辖|所辖|下属|境内)的)(?P<name>[\u4e00-\u9fff]{2,4}?)"
                           f"(?:{PLACE_SUFFIXES})(?=的|由|是|有|被|得到|接受|吗|呢|？|$)")
# 援青有没有像援藏千分之一那样的…比例: a programme named as the likeness (像X那样, 如同X一样, 比照X) is the measure of
# comparison, not the programme asked (mechanisms.programmes_in)
LIKENESS = re.compile("(?:像|如同|好像|类似于?|比照|参照)([^，。？！]{1,16}?)(?:那样|那种|一样|似的|那么)")
# a place linked inside a longer name the graph does not hold (大兴安岭地区: 兴安 of 兴安盟 between 大 and 岭地区): one or two
# more characters, then a prefecture-level suffix, right after the linked name (the characters before it checked apart)
LONGER_NAME_AFTER = re.compile("^(?P<tail>[\u4e00-\u9fff]{1,2}?)(?:地区|林区|自治州|盟)")
# any name as the object of the aid verb in a yes/no question (…援助过亚特兰蒂斯吗) or after a wh-subject (谁援助纽约)
UNKNOWN_OBJECT = re.compile("(?:^(?:谁|哪)[^，。？！]*?(?:支援|援助|帮扶|援建|结对)(?:了|过)?(?!方|者)(?P<name>[\u4e00-\u9fff]{2,6}?)"
                            "[？！。]*$)|(?:(?:支援|援助|帮扶|援建|结对)(?:了|过)?(?!方|者)(?P<asked>[\u4e00-\u9fff]{2,6}?)"
                            "(?:吗|么|嘛)[？！。]*$)")
# the place taken over, named after the takeover verb and before the point it marks (北京接手亚特兰蒂斯以前是谁在帮)
UNKNOWN_TAKEN = re.compile("(?:接手|接替|接过|顶替|取代)(?:了)?(?P<name>[\u4e00-\u9fff]{2,6}?)(?:以前|之前|以后|之后|前|后)")
# a name joined to another by 和/与 as the second party (上海和纽约是对口合作关系吗, 北京与大阪之间有没有协作); not the 同 of
# 共同 (…共同援建之地是哪里)
UNKNOWN_PARTNER = re.compile("(?:和|与|(?<![共相协如])同(?![学事时样一志期年伴胞行])|跟)(?P<name>[\u4e00-\u9fff]{2,4}?)(?:之间|两地|两市)?"
                             "(?:是不是|是否|有没有|是|有|开展|建立|结成|结为|互为|都|谁|哪)")
# …the first party before 和/与 and a named second one, with a word of joint aid after (纽约和上海共同支援过哪些地方)
UNKNOWN_FIRST = re.compile("^(?P<name>[\u4e00-\u9fff]{2,4}?)(?:和|与|同|跟)[\u4e00-\u9fff]{1,8}?(?:都|共同|一起|同时|联合)")
# 纽约哪两个区对口支援西藏, 亚特兰蒂斯州下辖的县中…: a name opening the question whose parts are asked (the owner of
# the places asked for) is a place, held or not
UNKNOWN_OWNER = re.compile("^(?P<name>[\u4e00-\u9fff]{2,6}?)(?:下辖的?|所辖的?|下面的?|境内的?|的)?(?:哪些|哪几个|哪个|哪[两三四五六七八九十]个|各)?"
                           "(?:区县|县区|县市|区|县|乡镇)(?:中|里|当中)?[，, ]?(?:哪些|哪几个|有哪些|有|是|在|对口|接受|得到|由|都)")
# a disaster named by its place (舟曲泥石流灾后重建, 某地洪灾后的对口支援): the place is a name, held or not
# the venue of a meeting asked (2010年在纽约开的哪个会): a name there that the graph does not hold is refused
# 拉萨和玉树有没有同一个支援方, 两地共同的支援方, 谁既帮了哈密又帮了阿克苏: a partner two names share (pipeline.by_context
# reads an ambiguous name by it)
SHARED_PARTNER = re.compile("同[一1](?:个|家|方)|共同的|共同支援|共同对口|都被|既[^，。？！]{1,20}?又")  # (normalised: 同1个)
# 在纽约，上海…与山东相比: a name opening the question after 在, before a comma: the scope of what is asked
UNKNOWN_SCOPE = re.compile("^在(?P<name>[\u4e00-\u9fff]{2,6}?)(?:境内|当地)?[，,]")
# 上海哪些区参加了援助火星: the object of an aid verb that names what was joined, closing the question (a programme's
# place: 参加了援藏 names one, 参加了对口支援 and 参与帮扶工作 name none)
UNKNOWN_JOINED = re.compile("(?:参加|参与)(?:了|过)?(?:对口)?(?:支援|援助|帮扶|援建)(?P<name>[\u4e00-\u9fff]{2,4})[？?。！!]*$")
UNKNOWN_VENUE = re.compile("在(?P<name>[\u4e00-\u9fff]{2,5}?)(召开|开|举行|举办)(的)?(是)?(哪|什么)[^，。？！]{0,4}会")
UNKNOWN_DISASTER = re.compile("(?P<name>[\u4e00-\u9fff]{2,4}?)(?:特大|大)?(?:地震|泥石流|洪灾|洪水|水灾|雪灾|冰雪灾害|台风|旱灾|山洪)")
# words that make a run of characters a description, not a name (贫困地区, 少数民族地区, 边疆)
GENERIC_PLACES = re.compile("地区|地方|城市|农村|乡村|山区|牧区|灾区|藏区|边疆|边境|民族|群众|人民|企业|学校|单位|部门|项目|"
                            "工作|任务|关系|建设|发展|重建|脱贫|扶贫|协作|合作|省份|省市|县市|区县|地市|市县|"
                            "东西(?![部协扶合])")  # 哪些东西不列入支援范围: things (not 东西部, 东西协作)
# 林芝仍在福建的援藏范围之内吗, 那曲在浙江的对口名单里吗: the first name lies within the second's scope (frame.by_order:
# it receives): the words between the names, then those after the second
IN_SCOPE_BETWEEN = re.compile("^(?:现在|目前|如今)?(?:仍|还|仍然|依然)?(?:在|属于|列入|纳入)$")
IN_SCOPE_AFTER = re.compile("^的[^，。？！]{0,8}(?:范围|名单|之列)")
# the question's name-like residue (residue.py): the segmenter's name tags (place, person, organisation, other proper
# name), and where a name stands — after a preposition, a conjunction or the aid verb, before 的, a level word or the verb
# 桃花源 结对 上海哪个区: the first of several search words, a run of two to six characters (residue.unknown_names)
# (那个 浙江 援藏 那曲…, 就是 天津…: a spoken filler opening dictated search words is no name)
FIRST_TOKEN = re.compile("^(?!(?:那个|这个|就是|就是说|也就是说|我是说|然后|那么|所以|还有|另外|请问|请问一下|我想问一下|想问一下|问一下|我想问|我问一下)(?= ))[\u4e00-\u9fff]{2,6}(?= )")
NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz"})
# （我在写论文，要核对一下）, (本人做课题用): a bracketed aside in which the asker speaks of themself names nothing asked
ASKER_ASIDE = re.compile("[（(](?:我|我们|咱|本人|笔者|小弟|小编)[^（）()]*[）)]")
# 东西部扶贫协作（2021年起称东西部协作）, 对口支援西藏（简称援藏）: a bracketed gloss giving a name's other or later name —
# its year dates the name, it scopes nothing asked
NAME_GLOSS = re.compile("[（(][^（）()]{0,12}(?:起称|起改称|改称|又称|简称|亦称|后称|现称|原称|旧称|更名为|改名为|也叫|俗称)"
                        "[^（）()]{1,16}[）)]"
                        # …的香格里拉，就是以前的中甸，…: the same gloss between commas, an earlier name (the name before it stays)
                        "|(?<=[\u4e00-\u9fff])[，,](?:也就是|就是|即|亦即)(?:以前|原来|过去|从前|早先|当年)的?"
                        "(?:那个|叫)?[\u4e00-\u9fff]{2,6}(?=[，,])")
# …？顺便说一句我是山东人, …，我自己是上海人哈: a closing remark where the asker says where they are from names nothing asked
ASKER_ORIGIN = re.compile("[，,。？?！!]\\s*(?:顺便说一句|顺便提一下|顺带一提|顺便说下|补充一下|另外)?[，,]?\\s*"
                          "(?:我|我们|咱|本人|笔者)(?:自己|本身)?(?:也|就|都)?是[^，。？！?!（）()]{1,8}人(?:哈|啊|呀|哦|嘛)?[。！!～~]*$")
# 山东人, 上海人: a place's people (the asker's origin), no name of its own (residue.unknown_names)
DEMONYM_END = "人"
# 在东西部扶贫协作中原由深圳帮扶: a segmenter's name glued onto the postposition that closes a named scope (中|原由)
SCOPE_CLOSERS = "中里内"
# (湖北援奥克兰哪年开始, 从洛杉矶换成了哪里: 援 and 从 before a name, a question word or a verb of change after it, stand
# where a name stands too; a keyword query's spaces do not — 医生 成建制 组团 is no name)
NAME_BEFORE = re.compile("(?:^|[在对向给和与同跟及、，从援]|支援|援助|帮扶|援建|结对|协作|合作|对口)(?:了|过)?$")
NAME_AFTER = re.compile("^(?:的|之|县|市|州|盟|旗|省|区|乡|镇|村|地区|自治|两地|之间|和|与|同|跟|及|、|[，。？?！!]|$|哪|换成|换到|改成|改为|转到|"
                        "对口|支援|援助|帮扶|援建|结对|协作|合作|吗|呢|有|是|在|得到|接受|获得|都|也|还|曾|一共|共|那边|这边|那里|这里|一带|周边|分别|各)")


# 春蕾计划里, 万企帮万村行动中: a named plan or campaign (its own words, then a plan noun) standing where a scope stands;
# unless a mention or a word of ours covers its words, it is a name the graph does not hold (residue.unknown_names)
NAMED_PLAN = re.compile("([\u4e00-\u9fff]{2,8}?)(?:行动|计划|工程|活动|事业)(?=里|中|内|当中|期间|的|中的|方面)")

# 雾灵县归谁援: two to four characters nothing of ours covers, then a county's (or prefecture's, league's, banner's) own
# ending, where a name stands, name a place the graph does not hold — unless they only describe one (贫困县, 重灾县)
PLACE_ENDINGS = "县州盟旗府郡"
ENCLOSER_ENDINGS = "区州市盟"  # 喀什地区沙湖县, 和田地区|…县: a prefecture named right before a county's name (residue.place_shaped)
PLACE_AFTER = re.compile("^(?:归|由|属|被|受)")  # (雾灵县归谁援, 云雾县由谁帮: besides the words after any name)
PLACE_DESCRIBED = re.compile("贫困|重灾|受灾|试点|牧业|农业|半农半牧|边远|偏远|边境|老区|苏区|民族|自治|受援|援建|援助|结对|帮扶|"
                             "对口|国定|国家级|省级|重点|深度|这个|那个|哪个|各个|每个|一个|几个|个|下辖|所辖|下属|周边|附近|相邻|"
                             "其他|其它|别的|全部|所有|哪些|同一|本|该|此")

# real regions and directions the graph holds no node for, which the answer reads through the names beside them
REGION_WORDS = ("中国", "我国", "祖国", "长三角", "珠三角", "京津冀", "成渝", "南疆", "北疆", "东疆", "藏东", "藏北", "藏南", "川西", "滇西")
DIRECTIONS = "东西南北中"
LEVEL_ENDINGS = "省市州县区盟旗"
FUNCTION_CHARS = "和与同跟及在对向给的了过是都也还有吗呢已曾"  # words a segmenter may glue onto a name


@functools.lru_cache(maxsize=1)
def vocabulary_words() -> frozenset[str]:
    """Every word of two characters or more that vocabulary.yaml holds (cues, class words, mechanism words, eras,
    keys and values alike), and the words above: what the question may say that is not a name."""
    raw = vocabulary_yaml()
    found: set[str] = set(REGION_WORDS) | PLACE_WORDS

    def walk(node) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                walk(k)
                walk(v)
        elif isinstance(node, (list, tuple)):
            for v in node:
                walk(v)
        elif isinstance(node, str) and CJK_WORD.fullmatch(node):
            found.add(normalise(node))
    walk({k: v for k, v in raw.items() if k not in ("name_aliases", "programme_aliases", "pinyin_initials")})  # (names, not question words)
    return frozenset(w for w in found if len(w) >= 2)


CJK_WORD = re.compile("[\u4e00-\u9fff]{2,12}")


@functools.lru_cache(maxsize=1)
def name_aliases() -> dict[str, str]:
    """Other names of places (vocabulary.yaml, `name_aliases`): 蜀 → 四川省, 穗 → 广州市, 鹏城 → 深圳市."""
    raw = vocabulary_yaml()
    return {normalise(alias): label for alias, label in (raw.get("name_aliases") or {}).items()}


@functools.lru_cache(maxsize=1)
def programme_aliases() -> dict[str, str]:
    """Short words for programmes (vocabulary.yaml, `programme_aliases`): 扶贫协作 → 东西部扶贫协作."""
    raw = vocabulary_yaml()
    return {normalise(alias): label for alias, label in (raw.get("programme_aliases") or {}).items()}


CONTINENTS = ("亚洲", "欧洲", "非洲", "美洲", "北美洲", "南美洲", "拉丁美洲", "大洋洲", "南极洲")
COUNTRIES_FILE = Path(__file__).with_name("countries.yaml")
FOREIGN_PLACES_FILE = Path(__file__).with_name("foreign_places.yaml")


@functools.lru_cache(maxsize=1)
def foreign_names() -> re.Pattern:
    """The world's countries (countries.yaml, from ISO 3166-1), continents, and cities and regions abroad
    (foreign_places.yaml, from CLDR's exemplar cities and ISO 3166-2: 首尔, 大阪, 巴伐利亚), as one pattern; not
    内蒙古, 朝鲜族."""
    names = yaml.safe_load(COUNTRIES_FILE.read_text(encoding="utf-8"))["countries"] + list(CONTINENTS) \
        + yaml.safe_load(FOREIGN_PLACES_FILE.read_text(encoding="utf-8"))["places"]
    alternation = "|".join(sorted({re.escape(normalise(n)) for n in names}, key=len, reverse=True))
    return re.compile(f"(?<!内)(?:{alternation})(?!族)")
PLACE_WORDS = {"贫困", "重灾", "受援", "结对", "边境", "民族", "牧区", "山区", "艰苦", "国定", "全部", "全体", "所属", "下属",
               "城市", "地级", "县级", "省级", "直辖", "特困", "老区", "革命", "试点", "示范", "援疆", "援藏", "援青", "沿海",
               "发达", "东部", "西部", "中部", "内地", "其他", "其它", "相关", "周边", "对应", "具体", "帮扶", "支援", "援助",
               "协作", "合作", "对口", "每个", "各个", "哪些", "哪个", "这些", "那些", "该个"}
# 分别, 各自; 北京和上海各支援了几个县: 各 right before a verb of aid (not 各县, 各区: parts) asks each in turn
EACH = re.compile("分别|各自|各是|各为|(?<=□)(?:都)?各(?:自)?(?:在[^，。？！]{1,12}?)?(?:对口|支援|援建|帮扶|援助|结对|负责|承担|有|派|帮|援|接受|得到)")
# 鲁、沪两家在喀什一共援了几个县: listed actors counted together (the number of their partners, each once), not each
TOGETHER = re.compile("一共|总共|合计|共计|加起来|总计|合起来|^共|[^一总]共")
# 在和田地区，北京…与天津相比: a place opening the question after 在 (and before a comma or 内/中/里) is the comparison's scope
SCOPE_LEAD = re.compile("^(?:[^，,。？]{0,6}[，,])?在$")
SCOPE_LEAD_END = re.compile("^(?:境内|内|中|里|这边|方面)?[，,]")
# 北京援和田的县跟天津援的比, 上海对口支援喀什的县和山东比: the words between a giver and the place its aid verb governs
AID_VERB_OBJECT = re.compile("(?:在|所)?(?:对口)?(?:援建|支援|帮扶|援助|结对帮扶|结对|援)(?:了|过)?")
LISTED = re.compile("^(|、|，|,|和|与|及|以及|跟|同)$")
# 宝山区和嘉定区都帮扶德钦县吗: the word right after a list of names that says each of them is meant (pipeline.givers_each)
ALL_OF_THEM = re.compile("^(?:(?:[2-9]|[二两三四五六])个?(?:省市|省区|省份|省|市|地|区|家))?(是不是|是否)?(?:也都|全都|都|均)")  # (杭州、宁波两个市都…)  # (京沪…分别: abbreviations side by side)
# 津冀援疆负责哪些地方, 京津两市援藏…, 鲁、苏两省在新疆…: actors listed as the question's subject (nothing but a year
# before them, or a source the asker cites: 书目录里写, 资料显示, 听说), right before the verb of aid: each is asked in
# turn, as with 分别 (pipeline.co_agents)
SUBJECT_BEFORE = re.compile(r"^[\s，,]*(?:[^，,。？！?!\d\s]{0,6}(?:写|说|提到|显示|记载)(?:着|道|的是)?[，,：: ]*)?"
                            r"(?:\d{4}年(?:以来|以后|之后|起|时|前|以前)?[，,]?)?$")
# 闽宁这对子, 闽宁那个联席会议, 鲁渝的结对关系: two abbreviations run together as the pair's name, then a noun for the pair
PAIR_RUN_NOUN = re.compile("^的?(?:这|那)?(?:一)?(?:对|个|两家|两省|两地)?(?:对子|搭档|组合|结对|关系|联席会|会议|机制|模式|双方|两家|两省|两地|对口|携手)")
PAIR_NOUN = r"(?:[2-9]|[二两三四五六])个?(?:省市|省区|省份|省|市|地|区|家)"  # 京津两市, 苏浙两省, 京津冀三地 (a number of the listed)
CO_AGENTS_AFTER = re.compile(rf"^(?:{PAIR_NOUN}|等地|等省市)?(?:都|也|各|还)?"
                             r"(?:在[^，,。？！?!]{1,8})?(?:对口|援|支援|帮扶|协作|结对|帮)")

# entity linking: division suffixes, where an abbreviation may stand, asked classes (gazetteer.py)
DIVISION_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市", "地区",
                     "藏族自治州", "盟", "新区")  # 浦东新区 → 浦东
# 京除内蒙古外还结对帮扶河北哪些市: a clause setting a partner aside between a one-character name and its aid verb
ASIDE_AFTER_NAME = re.compile("^(?:除了|除去|除)[^，。？！,]{1,12}?(?:以外|之外|外)[，,]?(?:还|也|另外|又)?")
LICENSE_AFTER = ("是不是", "是否", "有没有", "援", "支援", "对口", "帮扶", "协作", "结对", "合作", "帮", "共同", "都", "在", "两地", "2地", "2省", "2市",
                 "扶贫",  # 苏陕扶贫协作, 沪滇扶贫协作: the pair, then the programme's words
                 "的对口", "的援", "的支援", "的帮扶", "的受援", "的结对",
                 "承担", "负责", "参与", "参加",  # 两省 is 2省 once normalised; 京承担了…任务
                 "派了", "派出", "是哪个市", "是哪几个市", "是哪些市", "是哪个区", "是哪几个区", "是哪些区",  # 鲁是哪个市对口…
                 "分配", "分到", "安排")  # 方案给鲁分配的是哪个县: the one a plan gave its task to
HEDGE_VERB = re.compile("^(?:有没有|是不是|是否|曾经|已经|没有|一起|一同|一道|同时|联合|共同|一共|总共|共计|累计|总计|先后|一直|现在|目前|如今|至今|仍然|依然|正在|分别|各自|"
                        "有|曾|也|都|没|已|还|又|共|仍|在)+")
# X 帮扶过渝吗, 援助过鄂的: the abbreviation is the object of an aid verb, and the question ends there
# the nouns of a meeting's or document's kind: a run holding one may name it loosely with a place inside (对口支援西藏工作会议)
EVENT_NOUNS = ("会议", "座谈会", "通知", "意见", "方案", "决定", "决策", "批复", "请示", "规划", "办法", "文件")
# 皖北那个方案, 三峡的那份通知: what may stand between a document's own words and its noun (gazetteer.loose_names)
NOUN_FILLER = re.compile("(的)?((那|这)(一)?(个|份|项|次))?")
# 藏区那个方案: a word of a document's title (two to four characters) and its noun (gazetteer.noun_named)
DOCUMENT_BY_NOUN = re.compile("(?P<word>[\u4e00-\u9fff]{2,4}?)(的)?((那|这)(一)?(个|份|项))?(?P<noun>方案|通知|意见|决定|规划|办法)")
AFTER_VERB = re.compile("(援|支援|帮扶|援助|援建|协作|结对|帮|对口)(过|了)?$")
# 哈密 2010 接替粤 的省份: the object of a takeover verb, before 的 or the end, is a name (an abbreviation counts)
TAKEN_FROM = re.compile("(接替|接手|接过|取代|替换|替代)(了)?$")
# 会议确定南京与哪个市挂钩: a verb whose last character begins a name (定南) is the verb, the name after it (南京) the name
VERB_BEFORE_NAME = ("确定", "决定", "指定", "规定", "商定", "议定", "约定", "选定", "认定", "安排", "落实")
OBJECT_END = ("吗", "呢", "么", "嘛", "吧", "的", "？", "！", "。", "没有", "不", "是")
GENERIC_WORDS = {"地区", "省", "县", "盟"}  # class labels that usually just mean "places"
# 哪些省参加了援疆, 几个省: 省 asked for after a question word is the province-level class (省市, 省份 are words of their own)
# which ones (哪些, 哪一个, 哪两个, 哪5个): the question words before a kind, shared by the patterns below
WHICH_ONES = "哪些|哪个|哪一个|哪几个|哪[0-9一二三四五六七八九十两]+个"
# the levels of place a question names after a place or a question word (哪些安徽城市, 上海哪一个区)
LEVEL_NOUNS = "地级市|地市|城市|县市|区县|县区|市|县|区|州"
# 北京哪几个区去援青, 福建哪几个市下去结对: the parts sent out to give (not where the receiving side lies: frame.region_of_asked)
PARTS_SENT = re.compile("(下去|过去|派去|去|来|负责|承担|出|参加|参与|派出|对口|结对)")
# 映秀镇是广东哪个市援建的: after the second name, the level asked of it, then the verb (that name's parts are the agent)
ASKED_PART_THEN_VERB = re.compile(f"^的?({WHICH_ONES}|哪)({LEVEL_NOUNS}|地方|单位)(来|在|去)?(一起)?"
                                  f"(?:{AID_VERB_START.pattern}|负责|承担|分担|对口|包(?=的|了|过|下)|帮(?!助)|管(?=的|了|过|着))")  # (奇台县援疆是福建哪个市负责: the task's verb; 称多县是北京哪个区包的; 亳州是上海哪个区在帮)
WHICH = f"{WHICH_ONES}|哪一|哪"  # (哪一省: the level asked with 一 and no measure word)
# (…参与的省有哪几个, 援青的州是哪些: the level said as the subject, after 的, then asked by 有/是 and the question word)
LEVEL_SUBJECT = "的(?=[省区州市](?:都|也|一共|总共|分别)?(?:有|是|包括)(?:哪|几|多少))"
ASKED_PROVINCE = re.compile(f"({WHICH}|几个|多少个|{LEVEL_SUBJECT})(省)(?![市区份级会长委内里外])")
# 哪些区, 哪几个州: a one-character level asked by the question word (区 a district, 州 an autonomous prefecture)
ASKED_LEVEL = re.compile(f"({WHICH}|几个|多少个|{LEVEL_SUBJECT})(区|州|市)(?![市县区域级委长政内里外划旗辖])")
# 出了哪些市和区: a second one-character level joined to the one asked (gazetteer.asked_provinces: group 2, as above)
JOINED_LEVEL = re.compile(f"(?:(?:{WHICH}|几个|多少个)(?:区|州|市))(和|与|及|、)(区|州|市)(?![市县区域级委长政内里外划旗辖])")
ASKED_LEVEL_CLASSES = {"区": "https://w3id.org/duikou/ontology#District", "市": "https://w3id.org/duikou/ontology#City",
                       "州": "https://w3id.org/duikou/ontology#AutonomousPrefecture"}
# 东西部协作里哪个东部城市结对的地方最多, 哪个市结对的最多: a city kind ranked where no actor is named before the question
# word (gazetteer.asked_provinces; 北京哪个区…最多 ranks its parts instead): cities (建制市), as CITY_NOT_KIND reads them
RANKED_CITY = re.compile(f"({WHICH_ONES})(?:(?:西部|东部|中部|沿海|内地|东北|西北|西南)的?)?(城市|市)(?![市县区域级委长政内里外划旗辖])")
# 援青6省市, 援疆19省市 名单: a programme's roster of province-rank members, counted as the sources count them
NUMBERED_PROVINCES = re.compile(r"(\d+)个?(省市|省区市)")
# …属于援疆19个省市吗: membership asked, not the roster (深圳 is one of the 19 though a city)
MEMBERSHIP_ASKED = re.compile("吗|么|是否|是不是|属于|属不属于|算不算|有没有")
# (哪个西部省份, 哪个东部城市: a word of the region's part of the country between the question word and the kind)
# (哪家央企; 最多 省份: search words; 最多的东部省份; 援疆省市中有哪些是计划单列市: the kind after 是/属于)
ASKED_BEFORE = re.compile(f"(?:(?:{WHICH_ONES})(?:是|属于|为|算是?)|(?:{WHICH})(?:家|一家)?|最多的|最少的|最早的|最先的|最晚的|最多 |最少 |"
                          "(?<=[里中，,])(?:有没有|有无|是否有)(?:哪个|哪些)?)"  # (援青的省市里面，有没有计划单列市)
                          "(?:(?:西部|东部|中部|沿海|内地|东北|西北|西南|边疆|民族)的?)?"
                          "(?:(?:对口)?(?:支援|援建|帮扶|援助))?$")  # (哪个支援省市, 哪些援建省份: a role verb before the kind;
                          # not 哪个结对的县最多, where 哪个 is the giver)
# …被安排对口支援的内地省市有哪些, 参加的城市是哪几个: a kind right before the question word ending the question is asked
LIST_SEPARATORS = "、和与及,，"
# 津和冀，谁…, 京跟津 哪个…多, 沪同苏，谁…: the words joining two abbreviations into a pair (gazetteer.abbreviation_pair)
PAIR_JOINT = "和与及、跟同"
# a kind named before the question word is the answer's kind: 安排对口支援的省市有哪些 (the question's end), 唯一的
# 计划单列市是哪一个, 其中的自治区是哪个 (the copula and the question word; not 县是哪个省援建的)
ASKED_AFTER = re.compile("(?:(都|分别|一共|共|具体|到底|究竟)?(有|是|为|包括)(哪些|哪几个|哪几家|哪几|哪一些)(呢|啊|呀)?[？?。！!]*$)|"
                         "(?:的?(?:名单|清单|名录)(?:是什么|有哪些|是哪些)?[？?。！!]*$)|"  # (…承担的受援县名单: the kind listed)
                         f"(?:(?:是|为)(?:{WHICH_ONES}|谁)(?:呢|来着|啊)?(?:[，。？！?!,]|$))")
# 援疆十九省市中的计划单列市: a kind named last, after a roster (…中的/里的), with no question word, is what is asked
KIND_LAST_IN_ROSTER = re.compile("(?:中|里|里面|当中|之中|里头)的$")
PLAN_WORDS = ("这个计划", "这一计划", "这项计划", "计划", "这项工作", "工作中", "这个项目", "项目",  # 对口支援新疆这个计划
              "的工作", "工作里", "工作当中", "中，", "中,", "里，", "里,", "当中，", "这块", "方面",  # (在对口支援西藏的工作里，…)
              "的决策", "这一决策", "的战略决策", "的重大决策")  # (中央哪一年作出对口支援新疆的决策: the programme decided on)
# 在对口支援新疆中原先由上海负责的…: the verb-phrase name between 在 and a word that closes a scope is the programme
SCOPE_OPENERS, SCOPE_CLOSING = ("在",), ("中", "里", "当中", "之中")
PLAN_WHEN = ("始于", "开始于", "起始于", "是哪一年", "是从哪一年", "从哪一年", "是什么时候", "是何时", "哪年", "何时", "什么时候")
OPEN_BEFORE = "、和与及,，。？！?!：:；;（(“\"由被是从对在让请问向给为同跟帮援年归 "
GLOSS_BETWEEN = re.compile(r"^[\u4e00-\u9fff]{0,2}\($")
ORDINAL = re.compile(r"^第[0-9一二三四五六七八九十]+次")
ELIDED = re.compile(r"(第[0-9一二三四五六七八九十]+次)(?:和|与|及|、|或|还是|跟)$")

# the composer (compose.py): a bare year before a word of beginning is when the pairing began (2010年开始结对的),
# otherwise the year the pairing was in force (2015年北京对口支援哪些地方)
# (2022年换成谁对口, 2013年改由谁帮扶: a takeover in a year is a pairing begun in it, not one in force then)
# (一九八四年，上海市被安排对口支援哪些地方: a task given that year, after a comma too, is a pairing begun then)
YEAR_BEGAN = re.compile(r"(1[89]\d\d|20\d\d)年[^，。？！]{0,6}?(开始|启动|建立|确立|确定|结成|结对|新|首次|起步|调整|"
                        r"换成|换为|改由|改为|改成|接替|接手|接棒|被安排|被指定|被分配|被部署)"
                        r"|(1[89]\d\d|20\d\d)年[，,][^，。？！]{0,6}?被(安排|指定|分配|部署|确定)"
                        # 福建对口支援昌都始于2014年，是否属实: the claimed start year after the verb of beginning
                        r"|(?:始于|开始于|起始于|起于|起步于|启动于|肇始于)(1[89]\d\d|20\d\d)年")
# who convened or led (哪个部门牵头, 由谁召开): a question about a meeting, not its pairings (负责 alone is the aid verb)
CONVENED = re.compile("牵头|主管|召开(?!以后|之后|以来|后|以前|之前|前)|主办|主持|领导|哪个部门|哪个机关|哪些部门|哪些机关")
# a meeting or document as a point in time (…座谈会以后开始的, …文件出台前): the pairings' start, not their origin
# the place a meeting was held in (2010年3月在北京开的哪个会): a venue, not an actor of the pairings
# what stands between a meeting's venue and its name (天津 全国…会议, 1984年天津那次…会议, 北京召开的…会议): the venue only
# says which meeting is meant
# 江苏2001年开的那个苏北发展协调会议: between a place and a meeting named after it, its date and the verb of holding it — the
# place opens the meeting's own name (江苏省委省政府…会议), its convenor, not a side of its pairings (pipeline.opens_event_name)
CONVENER_BETWEEN = re.compile(r"(?:(?:1[89]|20)[0-9]{2}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}[日号])?)?(?:召开的|举行的|开的|办的)(?:那个|那次|那场|的)?")
VENUE_BETWEEN = ("", " ", "的", "召开的", "举行的", "开的", "那次", "那场", "那个", "这次", "的那次", "召开的那次", "开的那次")
# 国务院玉树…协调小组会议（2010年6月20日，西宁）, 第五次西藏工作座谈会（2010年1月，北京）: a bracket after the meeting's name
# giving its date and venue (the venue closes it): where it was held, not a side of its pairings
VENUE_BRACKET_OPEN = re.compile(r"^[(（][^()（）]{0,20}?[，,、 ]?(?:在|于)?$")
VENUE_BRACKET_CLOSE = re.compile(r"^(?:召开|举行|开会)?[)）]")
VENUE_AFTER = re.compile("^(召开|开|举行|举办|开过|召开过)(的)?(是)?(哪|什么|那|这|该)[^，。？！]{0,4}会")
# a meeting's own date in brackets right after its name (第四次西藏工作座谈会（2001年）以后): the anchor words follow it
EVENT_DATED = re.compile(r"^[(（][0-9]{4}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?[)）]")
EVENT_ANCHOR = re.compile("(?:召开|举行|出台|印发|发布|下发)?(以后|之后|以来|后|以前|之前|前)(?!确定|确立|安排|明确)")
# 江苏省2022年新一轮(南北挂钩)合作调整后，仍在结对的…: the programme's name and the adjustment's word between a round named
# loosely and its point in time (compose.anchor, with 仍在/还在: the programme's pairings still running then)
ANCHOR_BETWEEN = re.compile("^□*(?:合作|协作|帮扶|对口)?(?:的)?(?:调整|部署|启动|实施)")
BEFORE_WORDS = ("以前", "之前", "前")
# the named place and its parts asked together (西藏（包括区内各地市、县）, 阿坝州本身和下辖各县): a grouped answer
# (山南市及下属各县, 阿里和所辖县区: the parts joined to the place by 及/和/与/以及; 果洛州 及 下属县, 汶川县 本身 加 各乡镇:
# a keyword query's spaces and 加 said for 及)
WITH_PARTS = re.compile("(包括|包含|含|连同|加上|及其|和其|与其|本身 ?(和|及|与|以及|加上?|再加上?))[^，。？！]{0,4}(下辖|下属|所辖|下面|区内|州内|省内|市内|境内|各地|各县|各市|各区|各乡|各镇|乡镇|本级)|"
                        " ?(及|和|与|以及|连同|跟|同) ?(它|其)?(下辖|下属|所属|所辖|下面|辖区内|辖内|境内|(地区|州|盟|省|市|县)内)的?(各个|各|所有|全部)?"
                        "(地州市|县市区|县区|区县|县市|乡镇|团场|县|区|市|地|州|乡|镇|团)|"  # (汶川县和它下面的乡镇)
                        r" ?\((包括|包含|含|连同)[^()]{1,24}等(地州市|县市区|县区|区县|县市|县|区|市|地|州)\)")
# 昌吉州(含奇台、吉木萨尔等县): parts named in a bracketed remark after their region, which they only widen
PARTS_NAMED_ASIDE = re.compile(r" ?\((包括|包含|含|连同)[^()]*$")
# 哪个地市的援藏支援方(含央企)最多: a bracketed remark that widens what is counted; its words ask for nothing (frame.build_frame)
INCLUSION_REMARK = re.compile(r"\((?:包括|包含|含|连同)[^()]*\)")
# 请列出…全部县，包括2001年以后增补的那个县: a year inside a clause that widens the list (one item described by when
# it was added) scopes nothing (frame.find_years)
INCLUDED_YEAR = re.compile(r"(?:包括|包含|连同|也包括|还包括)[^，,。？?！!；;]{0,6}?\d{4}年[^，,。？?！!；;]{0,8}?"
                           r"(?:增补|新增|增加|补充|加入|纳入|补进|补上)的")
# （1994年的原有支援方除外）, (不含2010年以前的结对): a bracketed remark setting aside the ones of a year scopes nothing —
# when the question's own time words outside it already leave them out (frame.find_years)
EXCLUDED_YEAR = re.compile(r"\((?:[^()]*?\d{4}年[^()]*?(?:除外|不算|不计|不计入|不算在内|不包括在内)|"
                           r"(?:不含|不包括|不计|除去|除了|排除)[^()]*?\d{4}年[^()]*?)\)")
# a kind of actor excluded (城市而不是省份, 不是省份的, 除了省份; 城市（不算省）, 不包括省份, 不含直辖市): the answer's side is not of
# that kind; EXCLUDED_AFTER: the kind first, then the word that sets it aside (城市，省份除外 / 省份不算在内)
EXCLUDING = "而不是|而非|不是|并非|不算|不含|不包括|不包含|不计|排除|刨去|刨除|去掉"
NOT_KIND = re.compile(f"(?:{EXCLUDING}|除了|除去|除)$")
EXCLUDED_AFTER = re.compile("^[)）]?(?:都|也)?(?:除外|不算在内|不计在内|不包括在内|不在内|不算|不计)(?=[)）,，。；;？?！!有是]|$)")
# 哪些省市和中央企业, 哪些县和兵团的师: two kinds joined, either asked (compose.joined_kinds)
# 哪一个获得最多省市与企业对口支援: a kind joined to 省市 (no kind: givers of any kind) counts every giver (compose.kinds_of)
ANY_GIVER_BEFORE = re.compile("(?<![哪些个几])(?:省市|省区市|单位|各方)(?:和|与|及|以及|、|或)$")
ANY_GIVER_AFTER = re.compile("^(?:和|与|及|以及|、|或)(?:省市|省区市|单位|各方)(?![中里])")
KINDS_JOINED = re.compile("(?:和|与|及|以及|、|或|或者|还有|加上)(?:其他|其它)?(?:的)?")
# 所支援的地市及其下辖结对县: the second kind joined as the first's own parts — places of the second kind the actor pairs
# with that lie within a place of the first kind it pairs with (compose.Plan.nested)
KINDS_NESTED = re.compile("(?:及其|和其|与其|以及其|及|和|连同|加上)(?:各自)?(?:下辖|下属|所辖|下面|辖区内|境内)(?:的)?"
                          "(?:结对|对口|受援|援建|帮扶|支援)?(?:的)?")
# 哪些是城市而不是省份: the kind set against the excluded one is cities (建制市: 直辖市, 地级市, 县级市), not any non-province
ROLE_VERB = "(?:出面|出手|牵头|负责|来|去)?"  # (是城市出面而不是省出面的: the kind's part in the aid, said between)
CITY_NOT_KIND = re.compile(f"(城市|市){ROLE_VERB}[(（，,、 ]?(?:{EXCLUDING})?$")  # (城市，省份除外: the excluding word after the kind)
CITY_CLASS = "https://w3id.org/duikou/ontology#City"
# 以城市身份参加的, 以省的名义参与, 以计划单列市身份: a supporter's or receiver's rank in a programme — that kind is the one
# asked (gazetteer.asked_provinces; the kind word is group 2, as in RANKED_CITY)
AS_KIND_CLASSES = {k: "https://w3id.org/duikou/ontology#" + c for k, c in {
    "城市": "City", "市": "City", "省": "ProvinceLevelDivision", "省份": "ProvinceLevelDivision",
    "省级单位": "ProvinceLevelDivision", "省级行政区": "ProvinceLevelDivision", "省一级": "ProvinceLevelDivision",
    "地级市": "PrefectureLevelCity", "计划单列市": "SeparatelyPlannedCity", "县级市": "CountyLevelCity",
    "直辖市": "Municipality", "自治区": "AutonomousRegion", "县": "CountyLevelDivision", "区县": "CountyLevelDivision",
    "自治州": "AutonomousPrefecture", "中央企业": "CentralEnterprise", "央企": "CentralEnterprise",
    "部委": "CentralAgency", "中央部委": "CentralAgency"}.items()}
AS_KIND = re.compile("(以(?:一个|一座|一家|单独的?|独立的?)?)(" + "|".join(sorted(AS_KIND_CLASSES, key=len, reverse=True))
                     + ")的?(?:身份|名义|资格)")
# 援藏的省市对口哪些县: an aid verb between the givers' kind and the kind asked (compose.roster_subject)
AID_BETWEEN = re.compile("对口|支援|帮扶|援助|援建|结对|帮了|帮过|援了|援过")
PROVINCE_AGAINST = re.compile(f"(城市|市){ROLE_VERB}[(（，,、 ]?({EXCLUDING})(省|区|县)(?![份区县市级会长委内里外])")  # …城市而不是省: 省 the excluded kind
# the bare kind set against cities (城市而不是省, 哪些城市而不是区在帮): its class (省份, 区县 are linked as classes already)
KIND_AGAINST = {"省": ("https://w3id.org/duikou/ontology#ProvinceLevelDivision", "省级行政区"),
                "区": ("https://w3id.org/duikou/ontology#District", "市辖区"),
                "县": ("https://w3id.org/duikou/ontology#County", "县")}
# the parts of a named place asked for (上海哪些区…, 广东哪些市…, 江苏哪个城市…): the kind a part noun names there
PART_NOUNS = {"区": "https://w3id.org/duikou/ontology#CountyLevelDivision",
              "县": "https://w3id.org/duikou/ontology#CountyLevelDivision",
              "区县": "https://w3id.org/duikou/ontology#CountyLevelDivision",
              "县区": "https://w3id.org/duikou/ontology#CountyLevelDivision",
              "县市": "https://w3id.org/duikou/ontology#CountyLevelDivision",  # (和田地区下面有几个县市…: county-level)
              "县市区": "https://w3id.org/duikou/ontology#CountyLevelDivision",
              "市": "https://w3id.org/duikou/ontology#PrefectureLevelDivision",
              "城市": "https://w3id.org/duikou/ontology#PrefectureLevelDivision",
              "地级市": "https://w3id.org/duikou/ontology#PrefectureLevelDivision",
              "地市": "https://w3id.org/duikou/ontology#PrefectureLevelDivision",
              "州": "https://w3id.org/duikou/ontology#PrefectureLevelDivision",
              "师": "https://w3id.org/duikou/ontology#XPCCDivision"}
# a region the asked side lies in, not an actor of the pairing: 哪些安徽城市 (a question word right before the name, a
# level right after it), 在广东省内的…里，广州… (the name, then a word of being inside it, beside the actor asked about)
REGION_WH = re.compile(f"(?:{WHICH_ONES}|几个|多少个)$")
REGION_LEVEL = re.compile(f"^的?({LEVEL_NOUNS}|地方|地区)")
# …被帮扶的安徽城市有哪些: the name and level close the question, asked by what follows them
REGION_LAST = re.compile(f"^的?(?:{LEVEL_NOUNS})[，,]?(?:都|分别|一共|总共)?(?:有|是|包括)哪(?:些|几个)[？?！!。]*$")
# 安徽这边受帮扶的是哪八个城市: a place, then its side receiving and the level asked: the asked side lies in it
REGION_RECEIVING = re.compile(f"^(?:这边|那边|这一方|方面|省内|境内|这里)?的?(?:受援|(?:受|被|得到)(?:对口)?(?:帮扶|支援|援助|结对|援建))的?"
                              f"(?:都|一共|分别)?(?:是|有)(?:{WHICH_ONES})({LEVEL_NOUNS}|地方|地区)")
# 广东把汶川的乡镇分给了自己的哪些地级市: the first name hands the other's places to its own parts, the level asked
HANDED_TO_OWN = re.compile(f"^把[^，。？！]{{1,20}}?(?:{'|'.join(ASSIGNED_TO)})(?:自己的|本省的|本市的|其|省内的|下面的)?"
                           f"(?:{WHICH_ONES})({LEVEL_NOUNS})")
# 民政部那份紧急通知安排了甘肃哪些地方: with a meeting or document, the places asked right after a name lie within it
REGION_PLACES_AFTER = re.compile(f"^的?(?:{WHICH_ONES})(?:地方|地区)")
REGION_SCOPE = re.compile("^(?:省|自治区|区|市|州)?(?:内|境内|省内|区内|市内|州内|范围内)(?![哪各]|有哪|的哪)")
# 深圳在省内帮扶…, 银川在区内…: the named actor's own province, unnamed, is the region the asked side lies in
OWN_SCOPE = re.compile("(?:^|(?<=[在的，,]))(?:省内|区内)(?![哪各])")
# 北京的区, 江苏各城市, 上海下属的区县: a named actor's parts of a level stand for it on its side of the pairing
ACTOR_PARTS = re.compile("^(?:(?:的|各|下属的?|所属的?|下辖的?|所辖的?)(?:各个|各|一些|几个)?(区县|县区|区|县|地级市|地市|城市|市)(?![域级委长政里内])"
                         "| ?(?:的)?(区县级|区级|县级|地市级)(?![市行])(?:的)?)")  # (北京区级结对, 援青 北京 区级 支援单位)
# a meeting or document named by its kind (1984年的协作会议, 那份通知) that no name of the graph was linked to
MEETING_NAMED = re.compile("(的|那次|那份|这次|这份)[^，。？！□]{0,8}?(会议|座谈会|通知|方案|意见|决定)")

# …由几个部门共同管理，其中是哪个部门牵头的: the last clause asks which, so the count word before it is not the question
LAST_CLAUSE = re.compile(r"[，；,;]")
WHICH_ASKED = re.compile("哪|谁|什么")
COUNT_ASKED = re.compile("几|多少|数量|总数")
# (对口地方数量最多的是哪个, 数量居首者为何: with a ranking and a question word, 数量 names what is ranked, no count
# asked — pipeline reads that with NUMBER_ASKED, defined below, as it was measured)

# the seed book pointed at (这本书, 那本报告, 本书, 书的主编) and what is asked of it (book.py)
BOOK_NAMED = re.compile("(?<![皮证科])书(中|里|上)(?!记)|(报告|这个|该|那个)系列|按书|(这|那|该|本|此)本[^，。？！]{0,12}(书|报告)|年度报告|研究报告|(那|这)一本|该[^，。？！]{0,10}报告|(这|那|该|本|此)本(?=[^，。？！]{0,4}(主编|作者|出版|ISBN|isbn|书号))|"
                        "(本|该|此|这|那)书|那本|书的|书是|(书|报告)(由|是)?(哪|谁)|前言|序言|版权页|版权信息|(?:^|\\s)书(?=\\s)|^书(?![记法])")
BOOK_ASKED = (("isbn", re.compile("ISBN|isbn|书号")),
              # (此书系何年何月出版发行: when, though 出版发行 names the publisher's part)
              ("issued", re.compile("(?:(哪|几|何)一?(年|月)|什么时候)[^，。？！]{0,5}(出版|出的|问世|面世)|出版(年份|年|时间|日期)|什么时候出版|何时出版|出版于哪")),
              ("publisher", re.compile("出版社|出版单位|出版方|哪家出版|谁出版|出版者|出版机构|出版发行|何出版")),
              ("preface", re.compile("前言|序言")),
              ("price", re.compile("定价|价格|多少钱|售价|卖多少|书价|标价|价钱")),
              ("creator", re.compile("主编|作者|编者|编著|谁编|谁写|谁主持编写")))
# the price asked by the copyright page's own word (定价多少): the entry as printed (89.00元); asked otherwise (售价, 书价多少元,
# 标的价格) or in a unit the question names (定价多少元, 几块钱): the amount, a number
PRICE_AS_PRINTED = re.compile("定价(?![^，。？！]{0,4}(多少|几)(元|块))")
# two figures compared (东西部协作财政援助2019年和2024年哪年多, 第七批跟第十批比哪批人多, A的资金与B的资金哪个更多):
# the larger asked (or the smaller), the two sides joined by a word of comparison (mechanisms.MechanismQA.compared)
FIGURE_MORE = re.compile("(哪|谁)[^，。？！?]{0,4}(更多|比较多|较多|多一些|多些|多|更大|更高|大|高)|多还是|还是[^，。？！?]{1,12}多")
FIGURE_LESS = re.compile("(哪|谁)[^，。？！?]{0,4}(更少|比较少|较少|少一些|少些|少|更小|更低|小|低)")
FIGURE_JOIN = re.compile("与|和|跟|同|相比|比起|对比")
# 第十批比第五批多了多少人, 两批相差多少: by how much two figures of one measure differ (the difference is the answer)
FIGURE_DIFFERENCE = re.compile("(多|少)了?(多少|几)|相差|差了?(多少|几)|差距|差额|多出")
# 汶川的比例是援藏的几倍, A是B的多少倍: the ratio of two figures, the first named over the second (the clause with its two
# sides: A before 是, B between 是 and 的几倍)
FIGURE_RATIO = re.compile("(?P<a>[^，。？！?：:]+?)(?:是|为|相当于)(?P<b>[^，。？！?：:]+?)的(?:几|多少|若干)倍")
# the units of one measure a ratio may cross (1% is 10‰): each as its share of the whole
FIGURE_UNITS = {"%": 0.01, "‰": 0.001, "": 1.0}
# two sub-answers combined (pipeline.QA.figures_combined): 福建支援林芝和支援昌都，哪个时间更长 (each pairing's length, the
# longer named), 过渡安置名单和重建方案名单，参加的省份差几个 (each roster counted, the difference), …是…的几倍 (the ratio)
LONGER_ASKED = re.compile("(时间|年头|年份|历时|持续|时长|期限)[^，。？！?]{0,3}(更长|最长|长一些|长些|较长|更久|久一些|长|久)|"
                          "(持续|坚持|维持|干|援|帮)(得|了)?(更久|更长|最久|最长)|(哪个|谁|哪一个|哪段)[^，。？！?]{0,4}(更久|久一些)")
SHORTER_ASKED = re.compile("(时间|年头|历时|持续|时长|期限)[^，。？！?]{0,3}(更短|短一些|短些|较短|短)|(持续|坚持|维持)(得)?(更短|最短)")
RATIO_ASKED = re.compile("(几|多少|若干)倍")
YEARS_APART = re.compile("(相差|差|多|长|短|少)(了|出)?(几|多少)(个)?年")  # …持续时间相差几年: the lengths subtracted
# the word joining the two things compared (林芝和支援昌都, 过渡安置名单与重建方案名单, A还是B, A跟B比): after the first, before the second
PAIR_JOINED = re.compile("^[^，。？！?]{0,8}?(和|与|跟|同|及|、|还是|比|对比|相比)[^，。？！?]{0,6}$")
# 喀什地区的县里头，援疆省市包的县最多的是哪家: right after the givers' kind, an aid verb and the kind of place they take on
# ranked — the givers are ranked by the places they took on (within the region named), not the places by their givers
GIVERS_RANKED_BY_PLACES = re.compile("^[^，。？！?□]{0,4}?(包|援|帮|对口|支援|结对|负责|援建|帮扶|承担)(了|过)?(的)?"
                                     "(县|县市|区县|县区|地方|乡镇|市|地区|州|地州|团场)(的)?(数|数量|个数)?(最多|最少)")
# 昌都本身和天津包的县区, 连阿里一起列给我, 把林芝也算上, 包括日喀则本身: a place said to be listed itself beside the places a
# giver took on within it (compose.giver_in_place); the name said (again, perhaps short) ends the group
PLACE_ITSELF_TOO = re.compile("(?P<a>[\u4e00-\u9fff]{2,8}?)本身(?:和|及|与|以及|加上|连同|再加上)|"
                              "连同?(?P<b>[\u4e00-\u9fff]{2,6}?)(?:本身|自己)?(?:一起|一并|在内)|"
                              "把(?P<c>[\u4e00-\u9fff]{2,6}?)(?:本身|自己)?也(?:算上|算进去|列上|列进去|加上|算在内|列出来|写上)|"
                              "(?:包括|包含|含)(?P<d>[\u4e00-\u9fff]{2,6}?)(?:本身|自己)(?:在内)?")
# 截至2022年, 截至第十批: the bound of a ranking of batches (mechanisms.Asked.choose_batch_ranked); 最少 asks the smallest
BATCH_BOUND = re.compile("(?:截至|截止|截止到|到|至)(?:(\\d{4})年|第([0-9一二三四五六七八九十]+)批)")
RANKED_LEAST = re.compile("最少|最小")
BATCH_NUMBERED = re.compile("第([0-9一二三四五六七八九十]+)批|(?<=[与和跟同比])([0-9一二三四五六七八九十]+)批|(首)批")
# 一九九三年由国务院多少个部委对口支援西藏区直各部门: a number asked inside a meeting or decision's name that states it
# (国务院13个部委…的决定): the count word and the noun counted (pipeline.number_in_event)
NUMBER_ASKED = re.compile("(?:多少|几)个?([\u4e00-\u9fff]{1,2})")
# the title written loosely (《…》, （…）, ——, spaces, or none): these marks are left out on both sides when matching it
TITLE_MARKS = re.compile("[《》〈〉“”\"'‘’（）()\\[\\]【】—–\\-－·・:：,，\\s]")
# the book's periodisation: a stage asked by name (那个阶段叫什么名字, 哪个阶段), a year saying which
STAGE_ASKED = re.compile("阶段[^，。？！]{0,6}(叫什么|名字|名称|是什么|是哪个|是哪一个)|(哪个|哪一个|什么)阶段")
# who led the work after a change (1992年以后改由哪个部门归口统一领导): a body asked, a word of leading, a word of change
LEAD_CHANGED = re.compile("(改由|改为|转由|交由|换成|变为|改归|让|确定由|明确由|指定)")
LEAD_ASKED = re.compile("(哪个|哪些|什么|哪一个)(部门|机关|单位|机构|部委)|由谁|谁来|是谁")
LEAD_WORDS = re.compile("领导|牵头|主管|归口|负责|协调")
# …共同管理时，牵头的是哪一家 / 其中谁牵头: the one at the head of the bodies that shared the work (book.led_among)
HEAD_ASKED = re.compile("(牵头|为首|挂帅|领头)[^，。？！]{0,6}(哪|谁)|(哪|谁)[^，。？！]{0,6}(牵头|为首|挂帅|领头)")
SHARED_LEAD = re.compile("(共同|一起|联合|一道)[^，。？！]{0,4}(管理|管|负责|主管|领导)")  # all who shared it, not the lead
LED_AFTER_EVENT = re.compile("(之后|以后|以来|后)")  # 国务院批了那个请示之后…归口领导的是哪个部委: the lead that event set
FIRST_TIME = re.compile("第[一1]次|首次|最早|最初|起初")  # 对口支援第一次由哪个部门牵头: the earliest lead
BOOK_NOT_HELD = re.compile("后记|致谢|页数|多少页|印数|插页|邮编|邮政编码|电话|网址|网站|传真|发行部|门市部|经销")  # (出版社邮编)
# the copyright page's items (book.yaml `imprint`), asked by their own name (责任编辑, 字数, 出版人) or by a word for one
IMPRINT_WORDS = (("印刷", re.compile("印刷(厂|单位|公司|企业)|(哪|什么)(家|个)?(厂|公司|单位)?印(刷|的)|谁印|在哪(里)?印")),
                 ("装订", re.compile("装订")), ("字数", re.compile("(多少|几)(万|千)?字")), ("版次", re.compile("版次|第几版")),
                 ("印次", re.compile("印次|第几次印刷|(何年|哪(一)?年|几月|何月|何时|什么时候)[^，。？！]{0,3}印刷"
                                   "|印刷(于|在|是)?(何年|哪(一)?年|几月|何月|何时|什么时候|时间|日期)")),  # (印刷于何年何月) ("CIP数据核字号", re.compile("CIP|核字")),
                 ("中图分类号", re.compile("分类号|中图")), ("责任编辑", re.compile("(?<!主)编辑(?!部)")),
                 ("丛书", re.compile("(哪|什么)(个|一)?(丛书|系列)|属于[^，。？！]{0,6}(丛书|系列)|丛书名")),
                 ("社址", re.compile("社址|出版社[^，。？！]{0,4}(地址|在哪|位于)")))
# the series the book is one of (南开年度报告系列, 团队的研究报告): its number in it (第几本) or its first report (第一本, 头一本)
BOOK_SERIES_WORD = re.compile("系列|丛书|第几本|第几部|第几册|(第一|头一|首)(本|部|册)")
BOOK_SERIES_FIRST = re.compile("(第一|头一|首|第1)(本|部|册)")
BOOK_SERIES_NUMBER = re.compile("第几(本|部|册)|排第几|排在第几|序号")
BOOK_SERIES_TITLE = re.compile("书名|名字|名称|标题|题目|叫什么|是什么|哪本|为何")
# a part of what is asked of the front matter: when or where the preface was signed, the month it came out, the editor's post
PREFACE_WHEN = re.compile("哪(一)?年|什么时候|何时|时间|日期|几月|哪个月")
PREFACE_WHERE = re.compile("哪里|哪儿|何处|何地|什么地方|地点|在哪(?![一个]?(年|月|天))")  # (是在哪一年写的: when)
MONTH_ASKED = re.compile("几月|哪个月|月份|年月|哪一月|何月")
YEAR_ASKED = re.compile("哪(一)?年|几几年|年份")
EDITOR_POST = re.compile("学院|大学|单位|任职|任教|在哪(里)?工作|职称|职务|教授|身份")
# 任职单位为何, 在哪里工作: the unit alone, without the title the post ends with (…学院教授 → …学院) unless a title is asked
EDITOR_UNIT_ASKED = re.compile("单位|机构|供职|在哪(里|儿)?(工作|任职|任教)")  # (哪个学院的 keeps the post as the book gives it)
EDITOR_TITLE_ASKED = re.compile("职称|职务|身份|头衔|什么职|教授吗|是教授")
POST_TITLES = re.compile("(?:副教授|教授|副研究员|研究员|讲师|博士生导师|博导)+$")
# the book's periodisation asked as a whole (分成了几个阶段) or by its ordinal (第一个阶段叫什么)
# (把这政策的历史划了几段, 分成几个时期: the stages said as 段 or 时期 after a verb of dividing)
STAGE_COUNT = re.compile("(几|多少)个?(发展)?阶段|(划|分)(成|为)?了?(几|多少)(个)?(段|时期)")
STAGE_ORDINAL = re.compile("第([一二三四1-4])个?阶段")
# a stage's first year asked (第二阶段从哪年开始, 第三个阶段始于何年): its start, not its name
STAGE_START_ASKED = re.compile("(哪|几|何)一?年[^，。？！]{0,3}(开始|起|算起)|(开始|始)于(哪|何)一?年|起始年|起点")
BOOK_ROLE_WORDS = ("主编", "编", "著", "编著", "等")

# a count of what a scheme covers (纳入…的县区总数, 覆盖了多少个县): a total a source states answers it (totals.py)
COVERAGE = re.compile("纳入|覆盖|涵盖|总数|全部|范围")

# 除了辽宁(以外)还有…: the name after 除了 is what the asker already knows, not a slot; its answer is left out unless the
# whole list is asked (一共/总共/全部/所有/都有哪些)
EXCEPT_BEFORE = ("除了", "除去", "除")
# 除了云南、宁夏(以外)，…, 在原来云南、宁夏的基础上又…: a list of known partners set aside (pipeline.set_aside)
SET_ASIDE = re.compile("(除了|除去|在原来|在原有|在原先)(?P<names>[^，。？！,]{2,30}?)(以外|之外|外|的基础上|基础上|，|,)")
# …有哪些（不含兵团）, （兵团除外）, （不包括第七师）: a name set aside in a bracketed remark (also pipeline.set_aside)
SET_ASIDE_BRACKET = re.compile("[（(](?:不含|不包括|不包含|不计|不算|除去|除了|排除)(?P<names>[^（）()0-9]{2,16}?)(?:在内)?[）)]"
                               "|[（(](?P<before>[^（）()0-9]{2,16}?)(?:除外|不算在内|不计在内|不包括在内|不算|不计)[）)]")
# a clause that sets something aside before the question (除了四川的重灾县以外，还…): a kind inside it is not asked
SET_ASIDE_CLAUSE = re.compile("(?:除了|除去|除)[^，。？！,]{1,20}?(?:以外|之外|外)[，,]?(?=[^，。？！]*(?:还|另外|另))")
# 撇开援疆那部分, 除了援疆以外, 不算援藏的话, 援藏之外, 援疆除外, 不包括援疆: a programme named to be set aside — a word
# before it (PROGRAMME_ASIDE_BEFORE) or after it (PROGRAMME_ASIDE_AFTER); pipeline.programmes_set_aside
PROGRAMME_ASIDE_BEFORE = re.compile("(?:撇开|撇去|抛开|除了|除去|除|(?<!算)不算|(?<!含)不含|(?<!包括)不包括|(?<!包含)不包含|(?<!计)不计|排除|刨去|刨除|去掉)$")
# (算不算援疆省份, 含不含: a yes/no question, nothing set aside)
PROGRAMME_ASIDE_AFTER = re.compile("^(?:的?(?:那部分|那一块|那块|部分|这部分|这块|工作|项目))?(?:以外|之外|除外|不算在内|不计在内|不包括在内|"
                                   "不算|不计|另算)")
EXCEPT_KIND = re.compile("(除了|除去|除)(那|这)?[0-9两一二三四五六七八九十几]*(个|家)?$")  # 除了六省市: a kind set aside
WHOLE_ASKED = re.compile("一共|总共|全部|所有|都有哪些|都是哪些|完整")

# 我们是哈尔滨一个区的，…: the asker introducing themselves, dropped when the rest names what it asks about
SELF_INTRO = re.compile("^(我|我们|咱们)(是|在)[^，。；！？]{1,20}的?[，,。]")
# 我们菏泽这两年跟青岛走得挺近，…: the asker's own place right after 我们/咱们, opening a lead clause (dropped like an introduction)
SELF_PLACE_INTRO = re.compile("^(?:我们|咱们)(?=[\u4e00-\u9fff])[^，。；！？]{1,30}[，,。]")
# 江苏援拉萨是分到省里各个市去对口县的吧？江苏哪几个市…, 北京援青好像是按区对县来结对的，…北京有哪些区…: a lead the
# asker only supposes (好像, …吧), whose names the question after it says again (pipeline.restated_lead)
SUPPOSED = re.compile("好像|应该|似乎|大概|估计|可能|听说|据说|记得|印象中|吧[？?，,。]?$")
QUESTION_CLAUSE = re.compile("[^，。？！,?!；;]*(?:哪|谁|什么|几|多少|列一下|列出|列举|列个|列下)[^，。？！,?!；;]*[，。？！,?!]*$")
# (…的吧，龙岩、漳州各自对口的县都列一下: a request to list asks as a question word does)
# 黑龙江援疆对口哪些县，兵团是哪个师; …？兵团那边是哪个师也一并列一下: a last clause asking the same giver's divisions of the
# Corps, added to the places asked first (pipeline.QA.with_corps)
CORPS_ADDED = re.compile("[，,？?。 ]\\s*(?:那)?兵团 ?(?:那边|方面|这边|那块|这块)?(?:对口的|结对的)?(?:是|对口|结对|对口的是|结对的是)? ?"
                         "(?:(?:哪个|哪几个|哪些|哪一个)师[^，。？！?]{0,10}|(?<=那边|方面|这边|那块|这块)(?:也|还)?(?:有没有|有吗|有没))[？?。！!]*$")
CORPS_ASKED = "{giver}{programme}对口兵团哪个师"
# 承德现在是天津在对口吗: adverbs of time said before 是 between the two names (frame.by_order)
# (亳州听说是上海哪个区在帮: a hedge before 是 is no word between the two names either)
ADVERBS_BEFORE_IS = re.compile("^(?:现在|目前|如今|当前|现|还|仍然|仍|一直|也|听说|据说|好像|应该|可能|大概|似乎|估计)+(?=是)")
# 定日县是上海在帮吗, 陇南是青岛来帮的吗, 甘南州现在是天津在对口吗: spoken verbs of aid after the second name (frame.by_order: it is the agent)
SPOKEN_AID_AFTER = re.compile("^(?:一直|也)?(?:在|来)(?:帮|管|援|包|支援|帮扶|援助|援建|对口|结对)|^(?:一直|也)?帮(?!助)")
# 定日县是上海在帮还是松江区在帮, 日喀则是山东援的还是河北援的: which of two named givers (either, both or none) aids the place
ALTERNATIVE = re.compile("^[^□]{0,6}□+[^□，。？！]{0,8}?是(?:由)?□+[^□，。？！]{0,6}还是(?:由)?□+")
# 能不能告诉我…, 可以帮我查一下…: a polite request for what follows, not a yes/no question (frame.find_cues)
REQUEST_ASKED = re.compile("(?:能不能|能否|可不可以|可否|可以|能)(?:请你|麻烦你?|帮忙)?(?:一起|一并|都|全部|全)?(?:告诉我|帮我查一下|帮我查|帮我看看|帮我看一下|帮我列一下|"
                           "帮我列|列一下|列出来|列给我|列一列|说一下|讲一下|查一下|介绍一下|列举一下)(?:[吗么嘛](?=[？?！!。 ]|$))?")  # (…能列一下吗: the 吗 is the request's)
# 我是玉树州的干部，…北京有哪些区对口我们州下面的县市: the asker's own place (named in the introduction) said again
SELF_REFERENCE = re.compile("(?:我们|咱们)(?:这个|那个)?(?:州|县|市|区|盟|地区|这儿|这里|这边|当地)(?![级里内])")
# …除了帮我们，…, 除了我们这儿: the asker's own place (named in the introduction) set aside
EXCEPT_SELF = re.compile("(?:除了|除去|除)(?:帮|帮扶|支援|援助|对口|结对)?(?:了)?(?:我们|咱们)(?:这儿|这里|这边|那边|州|市|县|区)?")

# 1984年的协作会议, 2010年那次援疆会议: a meeting named by its year and a few of its own words (pipeline.dated_meeting)
DATED_MEETING = re.compile(r"(1[89]\d\d|20\d\d)年(?:\d{1,2}月)?(?:\d{1,2}[日号])?(?:的|那次|那个|那场|召开的|开的|举行的){0,2}"
                           r"(?:第[0-9一二三四五六七八九十]+次)?([\u4e00-\u9fff]{0,8}?)(?:工作)?(会议|座谈会|会(?=[，,。？ ]))")  # (…在广州开的那个会，)  # (2001年第四次座谈会: the ordinal too; the noun
# is a word of the name: 座谈会 is not the 苏北…协调小组第一次会议 of the same year)
# 银川那次东西部协作推进会, 西宁开的那个协调小组会议: after a place, a few words and 会议 name a meeting held there (no year)
VENUE_MEETING = re.compile(r"^(?:那次|那个|那场|召开的|开的|举行的|的)*([\u4e00-\u9fff]{0,10}?)(?:工作)?(会议|座谈会|会(?=[，,。？ ]|给|上|让|把))")
MEETING_DEICTIC = re.compile("那次|这次|那个|这个|那场|这场|召开|举行|举办|开的|的|在")  # (1984年天津召开的那次会议: the venue)
# 2010年6月那次东西扶贫协作结对局部调整: a dated round of adjustment, named by a few words of its name
DATED_ADJUSTMENT = re.compile(r"(1[89]\d\d|20\d\d)年(?:\d{1,2}月)?(?:的|那次|那轮|那个|这次)?([\u4e00-\u9fff]{1,12}?)(?:调整)")
# mechanism questions (mechanisms.py): vocabulary.yaml's `mechanisms:` section, its patterns compiled once
@dataclasses.dataclass(frozen=True)
class MechanismWords:
    programme_words: dict[str, tuple[str, ...]]  # programme key → words that point at it without naming it
    programme_places: dict[str, str]  # place → the programme it names beside a word of aid
    everyone: tuple[str, ...]
    topics: tuple[tuple[str, re.Pattern, tuple[str, ...]], ...]
    asked_figure: tuple[tuple[str, re.Pattern], ...]
    principle_keys: dict[str, str]
    eras: dict[str, tuple[int, int | None]]
    until_before: tuple[str, ...]
    since_after: str
    narrow: tuple[str, ...]
    meeting_kinds: tuple[str, ...]
    team_kinds: dict[str, re.Pattern]
    programme_sides: dict[str, re.Pattern]  # programme key → its two sides named with a verb of giving (东部…给西部)
    launch_kinds: tuple[str, ...]  # 通知, 方案: the kinds of launching document a question may name a launch by
    spoken: dict[str, str]  # 专技 → 专业技术: a measure word as people shorten it
    patterns: dict[str, re.Pattern]  # aid, off_topic, breakdown, series, …: one pattern each

    def __getattr__(self, name: str) -> re.Pattern:
        try:
            return self.__dict__["patterns"][name]
        except KeyError:
            raise AttributeError(name) from None


@functools.lru_cache(maxsize=1)
def mechanism_words(path: Path = VOCABULARY_FILE) -> MechanismWords:
    raw = dict(vocabulary_yaml(path)["mechanisms"])
    lists = {k: raw.pop(k) for k in ("programme_words", "programme_places", "everyone", "topics", "asked_figure",
                                     "principle_keys", "eras", "until_before", "since_after", "narrow", "meeting_kinds",
                                     "team_kinds", "programme_sides", "launch_kinds", "spoken")}
    return MechanismWords(
        {k: tuple(ws) for k, ws in lists["programme_words"].items()}, dict(lists["programme_places"]),
        tuple(lists["everyone"]), tuple((n, re.compile(p), tuple(cs)) for n, p, cs in lists["topics"]),
        tuple((n, re.compile(p)) for n, p in lists["asked_figure"]), dict(lists["principle_keys"]),
        {w: (a, b) for w, (a, b) in lists["eras"].items()}, tuple(lists["until_before"]), lists["since_after"],
        tuple(lists["narrow"]), tuple(lists["meeting_kinds"]),
        {k: re.compile(p) for k, p in lists["team_kinds"].items()},
        {k: re.compile(p) for k, p in lists["programme_sides"].items()}, tuple(lists["launch_kinds"]), dict(lists["spoken"]),
        {k: re.compile(p) for k, p in raw.items()})

# 阿坝州本身的支援方, 只算州本级: the place itself, not its parts (compose.rolled_up)
# …算了，就问同时支援和田地区和兵团第十四师的是哪个省市: the asker starts again; what came before is dropped
RESTARTED = re.compile("^.*?(?:算了|说错了|打错了|写错了|重新问一下|重新问)[，,。！!…\\. ]*(?:我|那|那就|就|还是|换个问法)?"
                       "(?:直接|只|单)?(?:问|想问|问问|问一下)?[，,：: ]*")
# 同时对口支援西藏和青海藏区: two sides of a "both" question joined (pipeline.collective_region_programme)
JOINED_SIDES = re.compile("和|与|跟|及|以及|、|[又也](对口)?(支援|援助|帮扶|援建)?")
# (只问塔城地区本身，不算下面的县: the parts set aside are no parts asked — PARTS_SET_ASIDE masks them before cues are read)
PARTS_SET_ASIDE = re.compile("(不算|不含|不包括|不计|不管|除去|去掉)(它|其)?(下面|下辖|下属|所辖|辖区内?|境内)的?(各个|各|所有)?"
                             "(地州市|县市区|县区|区县|县市|乡镇|县|区|市|地|州|乡|镇)?")
# two years a question names side by side (1979年和1984年的安排): the pairings of either year
YEARS_LISTED = re.compile(r"((?:19|20)\d\d)年?(?:和|与|及|以及|、|跟)((?:19|20)\d\d)年")
# a place of the level below a province asked within one (新疆哪个地区…最多): its prefecture-level parts
AREA_ASKED = re.compile("(哪个|哪一个|哪些|哪)地区")
# 黑龙江援藏所支援的地市及其下辖结对县: a giver's places at two levels joined (the prefectures and their counties it pairs
# with), after 的 — its places of either level, asked as 地方 (pipeline.QA._answer)
LEVELS_WITH_PARTS = re.compile("(?<=的)(?:地市|地州市|地州|地区|市州|州市)(?:及其|和其|与其|和它的?|以及其?)(?:下辖|下属|所辖|下面)的?"
                               "(?:结对|对口|帮扶|援助)?的?(?:县区|区县|县市区|县市|县)")
SELF_ONLY = re.compile("本身|本级|自身|只算|仅限|不含下辖|不包括下辖|直接|方面的(结对|对口|合作|协作)|"
                       "(不算|不含|不包括|不计|不管|除去|去掉)(它|其)?(下面|下辖|下属|所辖|辖区|境内)")  # (辽宁方面的结对省份: its side of the pair)
# 汶川地震的两个对口名单，哪一个…多, 援疆前后两轮, 哪个阶段参与的省份多: one programme's stages or rounds compared
STAGES_COMPARED = re.compile("[两2](个|轮|批|份|次|套)?(对口)?(名单|阶段|方案|计划|安排|轮|批)|前后[两2]|"
                             "哪(个|一个)?(阶段|名单|方案|轮|批)|哪一(轮|批|阶段)")
# 同时有两个北京区县对口, 由三个省市共同支援, 一家承担了两块受援地: a number of partners on the counted side (exactly,
# or 至少/以上: at least); the verb before it says whose they are (有/由/得到: the givers; 承担/负责/支援了: the receivers)
PARTNER_COUNT = re.compile("(?P<least>至少|不少于|起码)?(?P<verb>有|由|被|得到了?|获得了?|接受了?|承担了?|负责了?|包了?|"
                           "对口支援了?|支援了?|帮扶了?|援建了?|结对了?|对口了?)?"
                           "(?P<n>[0-9]+|[两二三四五六七八九十])(?P<unit>个|家|块|处|位)(?P<more>以上|及以上|或以上|或更多)?")
GIVERS_COUNTED = ("有", "由", "被", "得到", "获得", "接受")
# 19个支援方里有一个既不是省…: 有 right after a roster (…里/中) says one of them is, not how many partners one has
AMONG_BEFORE = re.compile("(里|中|当中|之中|其中)$")
RECEIVERS_WORDS = ("受援地", "受援县", "受援方", "受援的", "地方", "县", "区县", "县市", "乡镇", "地区")
CN_SMALL = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# 青海哪个州的支援方最多, 哪个师得到的帮扶最多: places ranked by their supporters (the parts ranked receive)
SUPPORTERS_COUNTED = re.compile("(支援|帮扶|援建|援助|对口|结对)(方|省市|省份|城市|单位)(\\([^()]{0,12}\\))?(的)?(数量|数目|个数)?(最多|最少)|"
                                # 哪个东北省份的东部合作伙伴最多, 西部哪个省对口的东部城市最多: the east's side of an east–west or north-east pairing gives
                                "东部(的)?((合作|协作|结对|对口)?(伙伴|方)|(合作|协作|结对|对口)?(省市|省份|城市))(\\([^()]{0,12}\\))?(的)?(数量|数目|个数)?(最多|最少)|"
                                "(得到|受到|接受|获得)[^，。？！]{0,8}(最多|最少)|(受援|被支援|被帮扶|被援助|被挂钩|被结对)[^，。？！]{0,6}(最多|最少)")

# 哪个省份得到的帮扶方最多, 哪个市被挂钩的次数最多, 哪个省区的支援方最少: the receiving side is ranked, whatever kind the
# question word names (frame.build_frame drops the giver's cues a 哪个省/省份 set)
RECEIVED_RANKED = re.compile("(得到|受到|接受|获得)[^，。？！]{0,8}(最多|最少)|"
                             "被(对口)?(支援|帮扶|援助|援建|结对|挂钩|扶持|对口)[^，。？！]{0,6}(最多|最少)|"
                             "(支援|帮扶|援建|援助|对口|结对|挂钩)方(的)?(数量|数目|个数)?(最多|最少)|"
                             # 西部哪个省区结对的东部城市最少: the east's side of an east–west pairing counted gives
                             "东部(的)?(合作|协作|结对|对口)?(伙伴|方|省市|省份|城市)(的)?(数量|数目|个数)?(最多|最少)")

# 珠海是不是先帮凉山后帮怒江: the first of two named after 先 is the one claimed earlier (pipeline.compared_yes_no)
FIRST_THEN = re.compile("先(?:帮|援|支援|帮扶|对口|结对)?[^，。？！先后]{1,12}后")

# 津结对的地方是不是比京多, 鲁援青比鄂早吗: an abbreviation right after 比, before the word it is compared by (gazetteer.licensed)
COMPARED_BY = re.compile("^(?:多|少|早|晚|更|还|要|大|小)")

# 瑞金有两个部委对口支援，对吗, 定南县的对口部委是两个吗, 江苏南北挂钩一共6对吗: a number to check, asked yes or no —
# the count is asked (the number read as 几) and compared (pipeline.count_checked)
COUNT_CHECKED = re.compile("(?<=有|是|共|了)(?:一共|总共|共)?([0-9]{1,3}|[一两二三四五六七八九十]{1,3})(?=个|家|位|项|对|条|所|名)")
CHECK_TAIL = re.compile("(?:[，, ](?:对吗|对不对|是吗|是不是|没错吧|对吧)|吗|么|嘛|吧)(?:呢|啊|呀)?[？?。！!]*$")  # (6对吗: 对 the unit)

# 恢复重建阶段，湖南负责的还是彭州吗, 无锡挂钩的还是徐州吗: 还是 before one name and a final 吗 is "still", a yes/no question,
# not "or" offering two to compare (frame.build_frame reads it as the copula 是)
STILL_THE_SAME = re.compile("还(?=是[^，。？！?!还或]{1,16}(?:吗|么|嘛)(?:呢|啊|呀)?[？?。！!]*$)"
                            "(?![^，。？！]*(?:多|少|早|晚|大|小)(?:吗|么|嘛))")  # (还是北京多吗: a comparison kept)

# 承担受援地最多的支援省份, 支援对象最多的省市: the recipients are what a ranking counts, so its supporters are ranked
RECIPIENTS_COUNTED = re.compile("(支援|帮扶|援助|援建|结对|对口)对象(的)?(数量|数目|个数)?(最多|最少)|"
                                "(受援地|受援方|受援县|受援单位)(的)?(数量|数目|个数)?(最多|最少)")

# 黑龙江是哪一年开始援藏的？我印象中它不在最早那一批里: a question mark before a remark that asks nothing
# (2020年还在帮恩施的是谁呀，我明年想带团去恩施: a closing particle and a comma end the question as a question mark does)
# (…？村里都说天津帮了不少: what others say, a hearsay remark)
# (…？那时候好像有八九个区县，叫县的多: what the asker half remembers of that time)
# 起步最晚的是哪几个（看开始年份）, …最多的是哪个（按县的个数算）: a closing bracket saying by what the asker ranks or counts
# is a remark on the question asked before it, not a second question (pipeline.without_remark_after)
MEASURE_BRACKET = re.compile(r"[（(](?:就|只)?(?:看|按|按照|以|根据|依|依据)[^（）()？?]{1,14}?(?:为准|来算|算|来看|来排|排|计)?[）)][？?。！!]*$")
TRAILING_REMARK = re.compile(r"^(?:[^？?]{4,}[？?]|[^？?，,]{4,}(?:呀|啊|呢)[，,])(?=(我|我们|印象中|记得|好像|听说|据说|不知道|谢谢|麻烦|请|还是我|或者我|"
                             r"书里|书中|书上|这本书|该书|原书|[^？?]{1,12}(?:也请|请)一并|"
                             r"[^？?，,]{1,6}?(?:都说|都讲|常说|听说|据说|传说|有人说)|"
                             r"(?:朋友|人家|别人|同事|老乡|他们|有人|佢)[^？?，,]{0,2}说|"  # (…？朋友话早就交咗畀河南: Cantonese 话 is 说)
                             r"(?:那时候|那时|当时|那会儿|那几年|那阵子)[^？?]{0,4}(?:好像|记得|听说|据说|大概|应该|似乎)))")  # (…？书里把它放在第三阶段的开头。)
# 北京哪些区县参加了援青 我记得有六个: a question typed with a space for its question mark, then a remark of the asker's
# own (what it remembers or heard; it asks nothing): the question, not the remark (pipeline.without_remark_after)
TRAILING_REMARK_SPACED = re.compile("^(?=[^？? ]{4,} )[^？? ]*?(?:哪|谁|誰|什么|啥|几|幾|多少)[^？? ]*(?= (?:我|我们|印象中|记得|好像|听说|据说|"
                                    "不知道|朋友|同事|老家|顺便))")
# 浙江和河南都援过的地区是哪个，有人说是阿克苏 / …帮的是哪个州，我记得是凉山: after a comma, what the asker has heard or
# guesses about the answer (a name offered, no question of its own) is a remark, not a constraint (pipeline.without_preamble)
TRAILING_GUESS = re.compile("^(?=[^，,]{4,})[^？?]*?(?:哪|谁|什么|几)[^？?，,]*(?=[，,]\\s*(?:有人说|有人讲|听人说|听说|据说|我记得|记得|我印象中|印象中|"
                            "印象里|我猜|好像|可能|应该|大概|估计)(?:是|在)?[^，,？?]{1,12}(?:吧|吗|呢)?[？?。！!]*$)")
# 天津在三省藏区对口的是哪，是甘南吗 / 大连是哪家在对口合作啊，上海？ / …它帮的是哪个市，潮州吧？ / 阿里是哪几个省在援，河北我知道 /
# 毕节都有谁来帮扶呀，深圳好像走了 / 拉萨是谁在援藏？北京我知道，还有谁: after a question that asks which or who, a short
# clause offering a name the asker guesses, knows or has heard of (no year, no verb of aid, no question word of its own) is a
# remark, not a constraint; a following 还有谁/还有别的 only asks the same list again (pipeline.without_preamble)
TRAILING_ASIDE = re.compile("^(?=[^，,？?]{4,})[^？?]*?(?:哪|谁|誰|什么|啥|几|幾)[^，,？?]*(?=[，,？?]\\s*(?:"
                            "(?!还|或|也|都|是|不是)[^，,？?年哪谁誰几幾什啥援帮支扶对结]{1,8}?(?:吧|吗|嗎|嘛|么|麼)?[？?]+|"
                            "(?:是不是|就是|是)(?!还|或|也|都)[^，,？?年哪谁誰几幾什啥援帮支扶对结]{1,8}?(?:吧|吗|嗎|嘛|么|麼)[？?]*|"
                            "(?!还|或|也|都)[^，,？?年哪谁誰几幾什啥援帮支扶对结]{1,8}?(?:我|我们)?(?:知道|晓得|清楚)(?:的|了)?|"
                            "(?!还|或|也|都)[^，,？?年哪谁誰几幾什啥]{1,6}?(?:好像|听说|据说|似乎|大概|估计)[^，,？?年哪谁誰几幾什啥]{0,6}?)"
                            "(?:[，,]\\s*还有(?:谁|誰|哪些|哪个|哪几个|别的|其他|其它)[^，,？?]{0,6}?)?(?:吧|吗|嗎|呢|啊|呀)?[？?。！!]*$)")
# …改成谁了，花了多少钱 / …是哪个省，为什么: a last clause with a question of its own (a quantity, a reason, a manner) is no
# name offered aside — it is asked, and refused or answered with the rest
ASIDE_ASKS = re.compile("多少|几(?:个|年|次|亿|万|名|位|家|项)|怎么|怎样|如何|为什么|为啥|为何|是否|什么")
# 亳州是上海哪个区在帮，具体是哪个区 / 哪些省在援阿里？到底是哪几个省: a last clause that asks again for the kind the question
# already asks (its noun said before, or none) is the same question said twice (pipeline.without_preamble)
ASKED_AGAIN = re.compile("^(?P<head>[^？?]{2,}?(?:哪|谁|誰)[^，,？?]*)[，,？?]\\s*(?:那|那么)?(?:具体|到底|究竟|就|又)?(?:是|有)"
                         "(?:哪|谁|誰)(?:个|些|几个|几|一个|两个|三个)?(?P<noun>[^，,？?吗呢啊呀]{0,3}?)(?:呢|啊|呀)?[？?。]*$")
# 广东被分到负责重建哪里？想确认一下除了汶川县还有没有别的: after a whole question that asks which or who, a remark asking
# whether there are others besides one named asks the same list whole (the one named is not set aside)
OTHERS_REMARK = re.compile("^(?P<head>[^？?]{4,}?(?:哪|谁|誰)[^？?]*)[？?]\\s*(?:我|我们)?(?:想|要)?(?:确认|核实|核对|问|确定)?(?:一下)?[，,]?"
                           "(?:除了[^，,？?]{1,12}?(?:以外|之外)?[，,]?)?还有(?:没有)?(?:别的|其他|其它|谁|哪些|哪个)[^？?]{0,6}?[？?。]*$")
# 北京有支援新疆建设兵团吗？是哪个师？: a yes/no question followed by a short one asking which (no name of its own) asks the
# list: the two read as one (北京支援新疆建设兵团哪个师)
YES_NO_THEN_WHICH = re.compile("^(?P<asked>[^？?，,]{4,}?)(?:吗|嗎|么|嘛|没有|沒有)[？?，,]\\s*(?:如果有的话|有的话|如果有|要是有)?[，,]?"
                               "(?:那)?(?:是|都是|具体是|分别是|有)?(?P<which>(?:哪|几)[^，,？?吗呢]{0,6})(?:呢|啊)?[？?。]*$")
# 江苏援伊犁是哪年开始的？2010？？不对吧 / …包了西藏哪个地市？我阿仔话是日喀则，是不是真？ / …哪个省？闽宁闽宁，是不是福建？ /
# …青海哪个州？别告诉我是玉树哈: after a question that asks which, who or when, a guess the asker offers (a name, a year: no
# question word of its own) and its check (是不是真的, 对吗, 不对吧), or a guess it dreads (别告诉我是…), is answered by the
# question itself: the question, not the guess (pipeline.QA._answer, only where the guess holds no name we do not hold)
GUESS_CHECKED = re.compile("^(?P<head>[^？?]{4,}?(?:哪|谁|誰|什么|啥|几|多少)[^？?]*?)(?:呀|啊|呢)?[，,？?！!]+\\s*(?:"
                           "(?:(?:(?!哪|谁|誰|什么|啥|几|多少|为什么|怎么|如何|吗|么)[^，,？?！!]){1,16}[，,？?！!\\s]+){1,2}"
                           "(?:是不是真的?|是真的吗|真的吗|真的假的|对不对|是不是|对吗|对吧|是吗|不对吧|不是吧|没错吧|有没有错)|"
                           "(?:别告诉我|不要告诉我|别跟我说|不会是|该不会是|可别说)(?:(?!哪|谁|誰|什么|啥|几|多少)[^，,？?！!]){1,12}?)"
                           "(?:的|啊|呀|吧|呢|哈|吗)*[？?！!。～~]*$")
# …好像是阿里地区？还是我记混了？: a doubt about one's own memory after the question asks nothing more
SELF_DOUBT = re.compile("^(?:还是|或者|或是|也可能)?(?:是)?(?:我|我们)(?:可能|是不是)?(?:记混|记错|搞混|搞错|弄混|弄错|记岔|没记错)(?:了)?"
                        "(?:吗|吧|呢)?[？?。！!]*$")
# (…援青是谁在对口？北京哪些区也算 / …援的都是哪里，地区+兵团一起说: the widening said with 哪些 before 也, or kinds
# to say together, 一起说 — not 连同拉萨一起列出来, a place added to the list)
# …哪些地方？兵团的也请包括在内。/ 地级市也算。: a remark after the question that widens the list to a kind (or a name) asks
# nothing and restricts nothing (pipeline.without_preamble); 集体 stays (包括集体: the collectives switch)
ALSO_INCLUDED = re.compile(r"^([^？?]{4,}[？?]|[^？?，,]{4,}(?= )|[^？?，,]{4,}(?=[，,]))[ ，,]?(?![^？?]*集体)(?![^？?]*(?:谁|哪(?!些[^？?哪]{1,3}也|几个[^？?哪]{1,3}也)))[^？?]{0,16}?(?:也(?:请|要|都|一并|一起|同时|可以)*"
                           r"(?:列出来|列出|列上|列一下|列进来|算上|算进去|算进来|算在内|算|包括在内|包含在内|包括进来|计入|计算在内|统计在内)|(?:一起|一并)(?:说|讲))"
                           r"(?:吧|哦|呢|啊|呀)?[。.！!]*$")
ASKING_WORDS = re.compile("吗|嗎|呢|哪|什么|啥|谁|誰|(?<![0-9〇一二三四五六七八九十])[几幾]|多少|是否|是不是|有没有|有沒有|怎么|如何|[？?]")  # (一九六几年, 十几个: no question)
# 吉林援藏对口的是哪三个县？科里有个病人从萨嘎转过来…, 昌吉州是哪个省援疆的 好像不止一个吧: a question written with
# asides (before a colon, after the question mark, or as chat with spaces for stops); when the whole text reads as
# nothing, the first segment that asks is read alone (pipeline.QA.answer) and the rest is said to be set aside
# (the lead before a colon is set aside too: 在写交接单：…); an aside that asks what the graph does not hold (资金, 原因)
# keeps the whole question, so the refusal stands
SEGMENT_BREAK = re.compile("[。？！?!；;]+|(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
COLON_LEAD = re.compile("^[^：:]{2,20}[：:]")
# 云南迪庆的香格里拉，上海哪几个区去帮的: a place as the topic, then a giver and its parts asked, the verb closing — said as
# "…是上海哪几个区帮的" (pipeline.QA.topic_then_giver_parts)
TOPIC_THEN_GIVER_PARTS = re.compile("^(?P<topic>[^，,。？！]{2,24})[，,](?P<giver>[^，,。？！是在]{1,8}?)"
                                    "(?P<asked>哪些|哪几个|哪个|哪[两三四五六七八九十]个)(?P<noun>区县|县区|区|县|地级市|地市|城市|市)"
                                    "(?:去|来)?(?P<verb>对口支援|对口帮扶|帮扶|援建|支援|对口|援助|结对|帮)的?(?P<end>[？?。！!]*)$")
# …牵头的是国家经委、国家计委还是国家民委？: the answer offered as a choice at the close (A、B还是C, A还是B) — asked as 谁, then
# kept to the choices offered (pipeline.QA.offered_choice)
OFFERED_CHOICE = re.compile("(?<=是|为)(?P<run>[^，。？！,?!是]{2,40}?还是[^，。？！,?!]{2,20}?)(?:呢|啊|呀|吗)?[？?。！!]*$")
CHOICE_SEPARATORS = re.compile("还是|或者|、|，|,")
# 城市 as the kind asked (哪些城市, 哪个城市, 城市有哪些, 帮扶城市是哪个): cities only (qa/cities.py); not when provinces are
# asked beside them (省和城市, 省市) or 城市 is a word of a programme's name (…帮扶皖北城市实施方案 is no question word's)
CITY_ASKED = re.compile("(?:哪些|哪几[个座]|哪[个座]|哪一[个座]|哪[两三四五六七八九十][个座]|几[个座]|多少[个座])城市"  # (哪几座城市: 座 a city's measure)
                        "|城市(?:都)?(?:有哪些|是哪些|是哪个|是哪几个|是哪|为哪)"
                        # 东北对口合作 东北这边 4个城市: a keyword query's last token the kind (a number of them stated)
                        "|(?:(?<= )|(?<= 受援))(?:[0-9]+个)?城市(?= *$)")
CITY_NOT_ONLY = re.compile("省和城市|省份和城市|省、城市|省市|省区|省或城市|省份或城市|哪个省|哪些省|哪一省")
# 江苏援藏在拉萨是分市包县的吧，镇江、南京、苏州各自对口的县区都列一下: what the asker supposes, closed by 吧 (or 对吧/是吧),
# before the clause that asks — a lead, like the situation before a colon
SUPPOSED_LEAD = re.compile("^[^，。？！,?!]{4,30}?(?:的吧|吧|对吧|是吧|对不对)[，,。？?！!]\\s*")
ASIDE_REFUSED = ("nonsupport", "opinion", "project")  # cue groups: an aside asking these is a question of its own


# 上海援疆是援喀什那几个县啊: spoken 那几 for 哪几 when nothing else in the text asks (那几个县是不是…: a demonstrative)
OTHER_ASKING = re.compile("吗|嗎|哪|什么|啥|谁|誰|多少|是否|是不是|有没有|有沒有|怎么|如何|(?<!那)几|(?<!那)幾")


# 请问…按什么比例来安排的呢，谢谢: thanks and the like closing a question are no part of it (never a name)
COURTESY_TAIL = re.compile("[，,。.！!～~ ]*(谢谢|多谢|感谢|谢啦|麻烦了|麻烦你了|麻烦您了|辛苦了|拜托了)(你|您|大家)?[！!。.～~ ]*$")


# …有哪些？逐一列明。 / …结对县，逐一列明 / …哪几个，请一一列出: a closing request to list (a briefing's 公文 tail) asks
# nothing of its own — the clause before it asks; a request that is the whole clause (逐一列明对口县) is left alone
REQUEST_TAIL = re.compile("(?<=[\u4e00-\u9fff）)？?])(?:[，,。？?；;：:\\s]+(?:请|烦请|麻烦|望|并)?(?:逐一|逐个|一一|依次|分别|详细|具体)?"
                          "|(?:请|烦请)?(?:逐一|逐个|一一|依次))"  # (a separator before the request, or an adverb of listing)
                          "(?:列明|写明|注明|标明|列出|列举|罗列|开列)(?:一下|出来|清楚|名单|名称)?(?:即可|就行|为宜|为盼)?[。！!～~\\s]*$")


def without_courtesy(text: str) -> str:
    text = COURTESY_TAIL.sub("", text) or text
    if (tail := REQUEST_TAIL.search(text)) and tail.start() >= 4:
        return text[:tail.start()].rstrip("，,；;：: ") + ("" if text[:tail.start()].endswith(("？", "?")) else "？")
    return text


# 臨夏之東西部協作夥伴為何市, 河南省對口支援新疆何處, 第十師由何省對口支援, 結對者為何者: the classical question words
# asked of a place or an actor, read as the common ones (为何 alone stays: why, or the classical what at the end)
CLASSICAL_KINDS = "省份|省市|省区|地区|城市|单位|部门|地方|省|市|县|州|区|师|团|方"
CLASSICAL_WHICH = ((re.compile(f"(?<=[改转换整成变])为何(?=(?:{CLASSICAL_KINDS}))"), "为哪个"),  # (改为何省: 为 of the verb)
                   (re.compile("(?<=[改转换整成变])为何(?:处|地)(?!区)"), "为哪里"),  # (自林芝调整后改为何处)
                   (re.compile(f"为何(?=(?:{CLASSICAL_KINDS}))"), "是哪个"),
                   # 出力之直辖市为何, 参与之央企为何: a kind of actor, then a closing 为何 (the classical "which are")
                   (re.compile("(?:之([^之，,。？！]{1,6}?))?(?<=[省份市区县州师团方位门企业委关构家])为何(?=[？?。！!]*$)"),
                    lambda m: f"的{m.group(1)}是哪些" if m.group(1) else "是哪些"),
                   (re.compile(f"(?<![为如任几奈])何(?=(?:{CLASSICAL_KINDS}))(?!区别|区分|市场)"), "哪个"),  # (有何区别: no 区 asked)
                   (re.compile("(?<![为如任几奈])何(?:处|地)(?!区)"), "哪里"),
                   (re.compile("为何(?:处|地)(?!区)"), "是哪里"), (re.compile("为何者"), "是哪个"), (re.compile("(?<![为如任几奈])何者"), "哪个"),
                   (re.compile("(?<![为如任几奈])何人"), "谁"),
                   # 广东省与福建省皆曾对口支援…, 两项皆有参与: the classical 皆 (all, both) before a verb, read as 都
                   (re.compile("皆(?=曾|有|为|是|已|在|由|受|得|对口|支援|援|帮|参|结对|协作)"), "都"))


# 2010年起，河南省对口支援新疆何处: a year followed by a word of a span (since, until) bounds the pairings; it dates no
# meeting or document named loosely by the question's other words (gazetteer.loose_names)
YEAR_SPAN_AFTER = re.compile("^(?:年)?(?:起|以来|以后|之后|开始|至今|以前|之前|前后)")


def takeover_asked(clause: str) -> bool:
    """…由上海支援，其后由哪个省接替: the clause asks who took over (汶川县由广东支援；过渡安置阶段原来是哪个省: the stage's
    own supporter, not the one before)."""
    vocabulary = load_vocabulary()
    return any(w in clause for w in vocabulary.cues["takeover"]) or any(p.search(clause) for p in vocabulary.patterns["takeover"]) \
        or bool(CHANGED_TO_SUPPORTER.search(clause) or LATER_ASKED.search(clause))


# …一共安排了几个省份、每省包一个重灾县？ / …，一省帮一县: the arrangement's rule restated after what is asked (each giver one
# place) — its kind word (县) is the rule's, not a second thing asked or counted
DISTRIBUTIVE_REMARK = re.compile("[、，,]\\s*(?:每个?|各|一|1)(?:省份|省市|省|市|城市|区|县)(?:各|都|分别)?"
                                 "(?:包|帮扶|帮|对口支援|对口|支援|援建|负责|结对)(?:一个|1个|一|1)[^，,。？?！!、]{0,5}(?=[？?。！!]*$)")


# （摘自港媒报道：「十九个省市对口支援新疆」）其中…: a bracketed note opening the message, saying where the pasted words come
# from, is no part of the question (其中 after it points at the programme the question names again)
PASTED_SOURCE = re.compile("^\\s*[(（](?:摘自|引自|转自|摘录自|节选自|出自|来源|来自|见|据)[^()（）]{1,80}[)）]\\s*(?:其中[，,]?)?")

# 珠峰在日喀则，日喀则是哪几个省市…, 九寨沟位于阿坝州，阿坝州由谁援建: a leading remark placing something in a place that the
# question then opens with again — the remark's own words (a mountain, a sight) name nothing asked
PLACED_LEAD = re.compile("^[^，。？！,?!]{1,12}?(?:在|位于|地处|属于|就在)(?P<place>[\u4e00-\u9fff]{2,8})[，,](?=(?P=place))")

# 广东在我们去喀什以前援的是哈密, 在去喀什之前援过哈密: the asker's own trip as the time of a remark — its place is no name
# asked; a word of before it is kept (以前)
ASKER_TRIP = re.compile("在(?:我们|咱们|我|咱)?(?:去|到|来)[^，,。？?！!在]{1,8}?(以前|之前|那会儿|那时候|的时候|时)")


def without_trip(text: str) -> str:
    return ASKER_TRIP.sub(lambda m: m.group(1) if m.group(1) in ("以前", "之前") else "", text)


def without_asides(text: str) -> str:
    """The asker's own asides (（我们上海人都知道的）, …，顺便说一句我是山东人), a name's bracketed gloss (（2021年起称…）) and
    an arrangement's rule restated at the end (、每省包一个重灾县) taken out: their names and years are not asked about."""
    if (lead := PASTED_SOURCE.match(text) or PLACED_LEAD.match(text)) and len(text) - lead.end() >= 6:
        text = text[lead.end():]
    return without_trip(DISTRIBUTIVE_REMARK.sub("", ASKER_ORIGIN.sub("", ASKER_ASIDE.sub("", NAME_GLOSS.sub("", text))))).strip() or text


# the ways people name a place's parts, said the one way the cue words and patterns read (广元市所属的县 → 下属的县,
# 昌都下面那些县 → 下面的县, 德阳市辖区里，哪些县市 → 辖区内哪些县市): synonyms of 下属/下面, a demonstrative for 的, and a
# comma between the parts word and the question word
NAMED_PART_NOUN = "(?:地州市|县市区|区县|县区|县市|县|区|市|乡镇|乡|镇|团场|地方)"
PARTS_PHRASINGS = ((re.compile(f"所属的?(?={NAMED_PART_NOUN})"), "下属的"),
                   (re.compile(f"(下面|下辖|所辖|下属|辖区内)的?(?:那些|这些|那一些|这一些)(?={NAMED_PART_NOUN})"), r"\1的"),
                   # 绵阳市下面受灾的县, 下辖重灾的县: the parts described by the disaster or aid they had are the parts
                   (re.compile(f"(下面|下辖|所辖|下属|辖区内)的?(?:受灾|重灾|极重灾|受援|贫困)的?(?={NAMED_PART_NOUN})"), r"\1的"),
                   (re.compile("辖区(?:里面|里头|里|中|当中)"), "辖区内"),
                   (re.compile("(下面|下辖|所辖|辖区内|境内)[，,] ?(?=哪些|哪几|哪[两三四五六七八九十]个)"), r"\1"),
                   # 福建省内哪几个设区市: the level's other name; 江苏下面的市 哪些援疆: the part noun, then which of them
                   (re.compile("设区的?市"), "地级市"),
                   # 昌都市及其县, 果洛州跟它下面的县: the place with its parts, said the one way (及其下辖各县)
                   (re.compile("(?:及其|和它|跟它|与其|同其|连同其?)(?:下面|下辖|底下|所辖|下属)?的?(?:各)?(?=(?:县|区县|县区|县市)(?![级城]))"), "及其下辖各"),
                   (re.compile(f"(下面|下辖|所辖|下属)的({NAMED_PART_NOUN})[，, ]?(哪些|哪几个|哪[两三四五六七八九十]个)"), r"\1\3\2"))


# 哪个不是省级单位，而是计划单列市: not the first kind but the second — the second is the kind asked
NOT_THIS_BUT = re.compile("(哪个|哪些|哪几个|哪一个)(?:不是|并非|不属于)[^，。？！]{1,10}?[，, ]?(?:而是|却是|反而是)(?=[^，。？！]{2,})")


# 北川新县城, 汶川老县城: a county's new or old seat, the place itself (县城 is read so already; 新 or 老 before
# it left 县 alone as a kind asked)
NEW_SEAT = re.compile("(?<=[\u4e00-\u9fff])(?:新|老|旧)(?=县城)")

# 福建是哪几个市在援昌都, 江苏是哪些市在援藏: a giver, then 是 before its parts asked and the verb — the giver's parts asked
# (福建哪几个市在援昌都); 北京对口支援玉树 是北京哪些区: the pairing said first, then the giver's parts asked of it
GIVER_IS_PARTS = re.compile("(?<=[\u4e00-\u9fff])是(?=(?:哪几个|哪些|哪个|哪[两三四五六七八九十]个)(?:地级市|城市|市|区县|县区|区|县)"
                            "(?:在|去|来)(?:对口)?(?:支援|帮扶|援建|援助|援|帮|结对)(?![的呢吗啊？?。！!，,]|$))")
PAIRING_THEN_PARTS = re.compile("^(?P<giver>[^，,。？?！! ]{2,6}?)(?P<verb>对口支援|对口帮扶|支援|帮扶|援建|援助|对口|援)"
                                "(?P<place>[^，,。？?！! ]{2,8})[ ，,]\\s*(?:是|都是|有)(?P=giver)?"
                                "(?P<asked>哪几个|哪些|哪个|哪[两三四五六七八九十]个)(?P<noun>地级市|城市|市|区县|县区|区|县)(?P<end>[？?。！!]*)$")


# 江苏援藏队伍里哪些市在拉萨…: the giver's team in a programme, then its parts asked — as 江苏哪些市援藏在拉萨…
TEAM_PARTS = re.compile("(?<=[\u4e00-\u9fff])的?(?P<prog>援藏|援疆|援青|对口支援|对口帮扶|帮扶|援建|支援)的?"
                        "(?:队伍|团队|大军|阵营|工作队)(?:里|中|当中|里面|里头)的?"
                        "(?P<asked>哪些|哪几个|哪个|哪[两三四五六七八九十]个)(?P<noun>地级市|城市|市|区县|县区|区|县)")


def parts_said_plainly(text: str) -> str:
    """A place's parts named the one way the cues read them (PARTS_PHRASINGS); a kind set aside before the one asked
    (哪个不是…，而是…) left out; a county's new or old seat as its seat; a giver's parts asked after 是 or after the
    pairing said first, as 北京哪些区对口支援玉树."""
    text = TEAM_PARTS.sub(r"\g<asked>\g<noun>\g<prog>", NEW_SEAT.sub("", text))
    for pattern, plain in PARTS_PHRASINGS:
        text = pattern.sub(plain, text)
    text = PAIRING_THEN_PARTS.sub(lambda m: f"{m['giver']}{m['asked']}{m['noun']}{m['verb']}{m['place']}{m['end']}", text)
    return NOT_THIS_BUT.sub(r"\1是", text)


# 援疆的那些省市里面，只有一个是计划单列市，是哪个: how many of them are of a kind, stated, then which asked — the kind asked
# of the roster (哪个是计划单列市); the number only restates what the answer shows
STATED_FEW_THEN_WHICH = re.compile("(?:只有|仅有|就有|有)(?:[1-9]|[一二两三四五])(?:个|家|座)(?:是|为|属于)(?P<kind>[^，。？！,?!]{2,10})[，,]"
                                   "(?:它们?|分别)?(?:是|为)(?P<which>哪[1-9一二两三四五几]?(?:个|家|座|些)?)(?=[？?。！!]|$)")

# 哈密边上的兵团第十三师, 就是和田边上的昆玉: a place named only to say where another is — tried without it when the text as
# said reads as nothing (its name may be unclear, or no pairing lies within it)
LOCATOR = re.compile("[^，,。？?！!的是就]{2,5}?(?:边上|旁边|附近|隔壁|跟前|边儿上)的(?=[^，,。？?！!县市区州地城几哪那这各一些][^，,。？?！!])")  # (喀什附近的县: no name)


def without_locator(text: str) -> str | None:
    plain = LOCATOR.sub("", text)
    return plain if plain != text else None


# 阿里下面哪几个县也归河北, 克州归江苏援: 归X (援) as X's aid — tried when the text as said reads as nothing
# (归哪个州管, 归克州管吗: who governs it, not who aids — no question word for the giver, no 管)
BELONGS_TO_GIVER = re.compile("(?<=[县市区州师盟旗])(?P<adv>也|都|就|还)?归(?![口属还纳并入档类])(?P<giver>[^，,。？?！!、的是在哪谁什管]{2,5}?)"
                              "(?:援|帮|对口)?(?=[？?。！!，,]|$)")


def belongs_as_aid(text: str) -> str | None:
    plain = BELONGS_TO_GIVER.sub(lambda m: f"{m['adv'] or ''}是{m['giver']}在援", text)
    return plain if plain != text else None


def giver_parts_asked(text: str) -> str | None:
    """福建是哪几个市在援昌都 read as 福建哪几个市在援昌都 (None when not so said); tried only when the text as said reads as
    nothing (新源县是哪个城市在援疆: the place's givers)."""
    plain = GIVER_IS_PARTS.sub("", text)
    return plain if plain != text else None


# 大连对口合作的东部城市是那个, …对口的是那些县: 那 typed for its homophone 哪 closing a question that asks nothing else
CLOSING_THAT = re.compile("(?<=是)那(?=(?:个|些|一个|家|里|儿)[^，,。？?！!]{0,3}[？?。！!]*$)")


def spoken_which(text: str) -> str:
    """那几 asked as 哪几; the classical 何处/何省/为何市 as 哪里/哪个省/是哪个市; a stated few of a kind, then which, as
    which are of the kind."""
    text = STATED_FEW_THEN_WHICH.sub(lambda m: m.group("which") + "是" + m.group("kind"), text)
    for pattern, common in CLASSICAL_WHICH:
        text = pattern.sub(common, text)
    if OTHER_ASKING.search(text):
        return text
    return CLOSING_THAT.sub("哪", text.replace("那几", "哪几"))


# 我一个援藏的老朋友在拉萨干了三年，说跟北京来的干部住一个院子。拉萨到底是哪几个省市在对口援？, 二〇一五年我去林芝旅游，那时候
# 林芝是哪几个省在对口援藏？: a memoir-like narration (the asker, a friend or a colleague, what someone said) before the clause
# that asks; when the whole text reads as nothing, the question after the narration is read alone (pipeline.QA.narrated_tail)
# 咱们凉山那边的雪峰县 有没有…: the asker's own place named as the topic (a noun phrase, no verb) is no narration
NARRATED_TOPIC = re.compile("^(?:我们|咱们|咱|俺们|我)(?:这边|那边|这里|那里|这儿|那儿)?的?[\u4e00-\u9fff]{0,10}?"
                            "(?:这边|那边|这里|那里|这儿|那儿|下面|底下)?的?[\u4e00-\u9fff]{1,8}?(?:县|市|州|区|乡|镇|村|旗|盟|地区)$")
NARRATOR = re.compile("我|咱|朋友|同事|同学|老乡|战友|当地人|听说|听人|据说|他们说|他说|她说|有人说|碰到|遇到|遇见|见到")
SENTENCE_END = re.compile("[。！!；;？?]")
NARRATION_BREAK = re.compile("[。！!；;，,？?]+|(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
# 那时候林芝是…: a time word opening the question points back at the narration's year, which is kept
TIME_POINTS_BACK = re.compile("^(?:那时候|那时|当时|那会儿|那会|那阵子|那一年|那年)")
NARRATED_YEAR = re.compile("(?:1[89]|20)[0-9]{2}年")
# (我在喀什那几年: a demonstrative; 听说是福建几个市分头包县, 好几个: "a few" said — no question; 跟几个援藏老战友聚会: a few
# people the asker was with)
NARRATED_FEW = re.compile("[那这好][几幾]|(?<=是)[^，,。？?！!]{0,4}?几(?=[个家位])|"
                          "[几幾][个位](?=[^，,。？?！!]{0,4}(?:战友|朋友|同事|同学|老乡|同乡|老师|同志|熟人|亲戚))")
NARRATED_COUNT = re.compile("几|幾|多少|数量|总数")
# …他说天津除了管昌都，还具体包了几个县。昌都本身和…: a few said in reported speech closed by 。 — no question either
# (…记得他们是在日喀则东边几个县。黑龙江援的是哪几个县: a few remembered, 记得/印象中 as 说)
REPORTED_FEW = re.compile("(?:说|记得|印象中|印象里|好像|听人讲)[^。？?！!]*?[几幾](?=[个家位][^。？?！!，,]*$)")
# …说他们援藏是第四次西藏工作座谈会以后才加入的，黑龙江援藏到底是哪一年开始的？: a year asked after the narration, which the
# whole answered with places (the narration's point in time read as a filter)
NARRATED_WHEN = re.compile("哪一年|哪年|什么时候|啥时候|何时|何年|几几年|哪个年份")


def narrated_splits(question: str) -> list[tuple[str, str]]:
    """(narration, question) pairs, the shortest narration first: the narration names the asker or what someone said and
    asks nothing; the question after it asks and is not a bare pointer back (那是哪一年)."""
    out = []
    for piece in NARRATION_BREAK.finditer(question):
        lead, asked = question[:piece.start()].strip(), question[piece.end():].strip()
        if len(asked) < 6 or not ASKING_WORDS.search(asked):
            continue
        said = REPORTED_FEW.sub("", lead) if piece.group(0).startswith("。") else lead
        if ASKING_WORDS.search(NARRATED_FEW.sub("", said)):
            break
        if not NARRATOR.search(lead) or NARRATED_TOPIC.match(lead):
            continue
        out.append((lead, asked))
    # (…在日喀则干过两年，说住的是山东盖的宿舍。日喀则…: the narration's own sentences before its clauses)
    return sorted(out, key=lambda pair: not SENTENCE_END.search(question[len(pair[0]):len(question) - len(pair[1])]))


def asking_prefix(question: str) -> str | None:
    """The text up to the end of its first segment that asks, or None when that is the whole text."""
    for piece in SEGMENT_BREAK.finditer(question):
        head = question[:piece.start()].strip()
        if len(head) >= 6 and ASKING_WORDS.search(normalise(head)):  # (边个, 几多: Cantonese asks as Mandarin)
            rest = question[piece.end():]
            words = load_vocabulary().cues
            if rest.strip() and not any(w in normalise(rest) for g in ASIDE_REFUSED for w in words[g]):
                return head
            return None
    return None


# 上海被安排去支援…, 山东被指定对口…, 深圳被安排去帮…, 厦门被调去帮扶…: a task given to the actor (passive) whose aid is the actor's own (frame.by_order)
# the task word right before a programme named by its aid verb (深圳被安排帮扶粤东西北的哪些市): the verb is the task's
TASKED_BEFORE = re.compile("被(安排|派|指定|要求|分配|确定|选派|派去|动员|调|调派|抽调)(去|到|来|负责)?$")
TASKED = re.compile("被(安排|派|指定|要求|分配|确定|选派|派去|动员|分到|分配到|调|调派|抽调)(去|到|来|负责)*(对口|支援|援助|帮扶|援建|结对|重建|帮(?![扶助]))"
                    "|被(安排|分配|指定|确定|交给|分到|定)(了)?[^，。？！]{0,6}任务"  # (广东被分配了什么任务: the task's 被)
                    "|被(安排|派|指定|分配|选派|派去)(去|到)□"  # (福建哪几个市被安排去昌都的县: sent to a place is its aid)
                    "|被(分到|分配到|分得|派到|安排到)(了)?[^，。？！]{0,3}(哪|几|什么)"  # (深圳被分到了哪几个市: its task)
                    "|被(安排|派|指定|分配|选派|调|调派)(去|到)(了)?(哪|几|什么)")  # (漳州被安排去哪个县: sent there)

# who gave a report, or its title, asked (报告是谁作的, 谁作了…报告, 报告人, 题目): otherwise a meeting's report only names
# the meeting whose pairings are asked (边防工作会议的报告里，被安排对口支援的省市)
REPORTER_ASKED = re.compile("(谁|哪位|什么人|何人)[^，。？！]{0,6}(作|做|发表)|(作|做|发表)[^，。？！]{0,30}报告[^，。？！]{0,4}(是谁|的是|者)"
                            "|是谁(作|做)|报告人|题目|标题|名称|叫什么|题为"
                            "|(作|做|发表)(了)?报告[^，。？！]{0,20}的(是谁|是哪位|人是谁|是什么人)")  # 做报告提出…的是谁
# the first cadres sent as the start of a pairing asked when (哪一年开始派干部, 以首批援疆干部到位为准): not a cadre figure
CADRES_SENT = re.compile("(开始|首次|第一次|第1次)?(派|派出|派遣|选派|输送)(了)?(首批|第一批|第1批)?(援[疆藏青]|□+)?干部"
                         "|(首批|第一批|第1批)(援[疆藏青]|□+)?干部[^，。？！]{0,6}?(到位|进驻|入[疆藏青]|抵达|到达|去的|到的|进[疆藏青]|派(出|去)?的)"
                         "|以[^，。？！()（）]{0,12}为准")  # (闽 昌吉 第一批援疆干部哪年去的: read normalised, 第1批, 援疆 masked)
# 上海派了几万名干部工人去支援哪个省: people sent in vague numbers (几万名, 数千名, 上百位) only describe the aid whose
# partner is asked, they ask no figure
PEOPLE_SENT = re.compile("(派|派出|派遣|选派|输送|动员|组织)了?(数|几|上)(十|百|千|万)[^，。？！]{0,3}(名|个|位|批)?[^，。？！]{0,10}?"
                         "(去|到|赴|前往)?(支援|援助|援建|帮扶|建设)")
# 参与援藏的17家中央企业分别是哪些, 那13家央企具体是哪几家: a roster asked with the size a source gives it (the number,
# its measure word, the kind counted, then the question word); the graph holding fewer is no full answer (render.short_roster)
STATED_ROSTER = re.compile("(?<![第0-9一二三四五六七八九十])([0-9]*十?[0-9]+|[0-9]+)(个|家|位|所)([\u4e00-\u9fff]{1,8}?)"
                           "(?:分别|具体|都|各自)?(?:是|有|为|包括)?(?:哪些|哪几)")
# 银川座谈会具体是几号, 哪一天开的: the day itself asked (几号文件 asks a document's number); an answer whose dates stop at the
# month or year is not that day (render.coarser_than_asked)
DAY_ONLY_ASKED = re.compile("几号(?![文令档线])|哪一?天|几月几[日号]|何月何日|哪一日|具体日期|确切日期|具体日子")
# a value that is a date no finer than its month (2016-07, 2016) or a year
MONTH_OR_YEAR = re.compile("[0-9]{4}(-[0-9]{2})?")
# 从林芝换到昌都, 由哈密调整到喀什: the place left in a change-over (the one after the verb is the pairing asked about)
CHANGED_FROM_BEFORE = ("从", "由")
CHANGED_FROM = re.compile("(的对口)?(换到|换成|改到|改为|改成|转到|转为|调到|调整到|调整为|变成|变为)(了)?(对口|支援|帮扶|援助)?")
# 理县在过渡安置阶段由福建支援，到了恢复重建阶段改由哪个省支援: a later clause asks who took over (改由哪…); the earlier
# clause's stage, the one its old supporter (由福建支援) is bound to, only sets the scene
TAKEN_OVER_BY = re.compile("(改由|转由|换由|改为由|改成由|换成由)[^，。？！,]{0,4}(哪|谁)")
OLD_AGENT = re.compile("(由|是)[^，。？！,；;]{1,8}(支援|援建|帮扶|援助|对口|负责|结对)")  # (…是吉林负责，…改由哪个省来帮)
# 沪滇对口里，…, 在闽宁协作中，…, 沪滇对口帮扶：…: a leading topic clause or a heading before a colon (its places set
# the scene for the names after it)
TOPIC_CLAUSE = re.compile("^[^，。？！,：:]{1,20}((里|中|方面|这块|当中)[，,]|[：:])")
# 「分片负责、对口支援、定期轮换」是哪一次会议提出来的: a quoted phrase and the meeting or document it came from
QUOTED_PHRASE = re.compile("[“「『\"]([^“”「」『』\"]{6,30})[”」』\"]")  # (a principle, not a term: 对口支援)
# 无锡自2022年起与连云港挂钩合作，依据的是哪一项部署: the meeting or document behind a pairing asked (pipeline.asked_event_loose)
EVENT_ASKED = re.compile("(哪|什么)(一)?(次|个|份|场|项|条)?[^，。？！□]{0,3}(部署|安排|决策|决定|会议|会|文件|意见|方案|通知|座谈会)"
                         "(定|确定|部署|安排|提出|决定|印发)?(的|了)?(呢|啊)?[？?。]*$"
                         "|(依据|根据|按照)(的)?是?(什么|哪)")
ORIGIN_ASKED = re.compile("哪(一)?(次|个|份|场)[^，。？！]{0,4}(会议|会|文件|座谈会|决定)|什么(会议|文件|会上)")
# 镇江之后对口连云港的是哪个市, 珠海以后帮扶凉山的是谁: a supporter named as the point in time, its successor asked
AFTER_ACTOR = re.compile("(之后|以后|后)(接着|再|又|来|负责)?(对口|帮扶|支援|援助|援建|挂钩|结对)")
# 黔南州最早是深圳在帮，后来呢？现在是谁, 哈密…之前不是广东嘛，后来交到了哪个省手上, 凉山 珠海的担子后来给了谁: a place and its
# supporter named, then who came later asked (frame: a takeover, when a supporter is asked)
LATER_ASKED = re.compile("(后来|其后|随后|此后|再后来|之后呢|后面)(呢|啊)?[？?，, ]*[^。？！?!]{0,10}"
                         "(谁|哪(一)?(个|家)?(省份|省市|省(?!会)|城市|市|方|单位|地方))")
# 泉州改为对口哪个县, 山东改去支援…, 两市合起来对口…: a partner changed in an adjustment, not a place renamed (frame)
# the supporter of a place changed (凉山的帮扶方由珠海市改成了哪个城市, 对口支援方从X换成了谁): a takeover, not a retasking
# 受帮扶城市, 被支援单位: a supporter's role word with the mark of receiving before it (frame: the receiving side's role)
RECEIVED_BEFORE = re.compile("(受|被|接受)(帮扶|支援|援助|援建|结对)")
# 哪个内地省市支援的对象最多, 谁帮扶的对象最少: the role noun after "aid verb + 的" and before the ranking word is what is
# counted for the giver asked, not the side asked (受/被 before the verb: the receiving side's own ranking)
COUNTED_ROLE = re.compile("(?<![受被])(?:支援|援助|帮扶|援建|对口|结对|协作)的(?:对象|受援对象|结对对象|帮扶对象)(?:数量|数目|个数)?(?:最多|最少)")
# 1979年4月25日召开的是什么会议, 2013年11月开的是哪次会: a meeting asked by its date (pipeline.meeting_of_date)
MEETING_BY_DATE = re.compile(r"([0-9]{4})年([0-9]{1,2})月(?:([0-9]{1,2})[日号])?[^，。？！0-9]{0,8}?(?:召开|举行|举办|开)(?:的|了)?"
                             "[^，。？！]{0,3}?(?:是)?(?:什么|哪个|哪次|哪一个|哪一次|哪场)(?:会议|会|座谈会)")
# 新一轮援疆开始以前, 新一轮援疆以后: a round of a programme named as a point in time (pipeline.round_as_point)
# 前期援疆（1997年开始那一轮）: a year glossing a round in brackets right after its name (pipeline.round_dated)
ROUND_GLOSS = re.compile(r"^[（(]([0-9]{4})年[^（()）]{0,10}[）)]")
ROUND_POINT = re.compile("^(?:开始|启动|实施|开展)?(?P<kind>以前|之前|前|以后|之后|后)(?!确定|安排|明确)")
# the place's side handed to someone else, the new one asked (恢复重建改成谁了, 重建期交给了谁, 换成了哪个省): a takeover
CHANGED_TO_SUPPORTER = re.compile("(改成|改为|换成|换为|变成|变为|交给|交由|转给|转交|移交|轮到|换了|归|交到|落到|落在)(了)?"
                                  "(谁|哪(一)?(个|些|几个)?(省份|省市|省(?!会)|方|家))"
                                  "|归(了)?哪(一)?个(城市|市)")  # (青岛不帮安顺后，安顺归谁了, 珠海退出后归了哪个市)
SUPPORTER_CHANGED = re.compile("(帮扶|支援|援助|援建|对口|结对|挂钩)(方|单位|城市|省市|省份)"  # (援建省份由湖南改为何省)
                               "(由|从)□+(改成|改为|换成|换为|变成|变为|调整为|调整成)")
# a clause that states a known pairing before the question (平武县由河北省对口支援；过渡安置阶段原来是哪个省支援的): its
# agent (after 由/被, before the aid verb) is what the question sets against, not one of its names
CLAUSE_BREAK = re.compile("[，,；;。]")
STATED_CLAUSE = re.compile("[^，,；;。？?！!]+[，,；;]")
STATED_AGENT = re.compile("^(?:对口|负责|结对)?(?:援建|支援|帮扶|援助|结对帮扶|援)")
RETASKED = re.compile("(改为|改成|改去|改到|转为|转而|转去|改由|合起来|共同|一起)(去|来)?(对口|支援|援助|帮扶|援建|结对|挂钩|负责|对接)")

# 2021年以后还在…吗, 之后仍跟…挂钩吗: after a year and still (compose.dated: not ended by then)
STILL = re.compile("(以后|之后|后)[，,]?[^，。？！]{0,3}(还|仍|仍然|依然|继续)")  # (…调整后，仍在结对的)
# a year after which, or a span during which, pairings are asked with no word of beginning (2021年以后粤结对哪些省区,
# 1998年到2010年这段时间粤援疆对口的是哪个地区): those in force then, not those begun then (compose.dated)
BEGUN_WORDS = re.compile("开始|才|新|增加|加入|建立|确立|确定|结成|启动|首次|新增|起步|设立|签订|陆续|参与|参加|出台|成立|形成|安排|调整|"
                         "换成|换为|改由|改为|改成|接替|接手|开展|发起|最早|最晚|第一")
# 1984年以后，上海…又增加支援哪些地方: the partners added next, those begun in the first year from then on (compose.dated)
ADDED_NEXT = re.compile("(又|再|新|另外)(增加|增添|添加|加上|增)|新增|追加|增加了")
# 黑龙江是2000年代初开始援藏，实际是哪一年; 我印象中是2001年，具体哪年开始的: the year before is the asker's guess, the
# year itself is asked after it (frame.build_frame drops the guessed years)
YEAR_GUESSED = re.compile("(?:1[89]|20)\\d\\d年[^，。？！]*[，,；][^，。？！]*(?:实际|具体|到底|究竟|准确|确切|真正)[^，。？！]*"
                          "(?:哪一?年|何年|什么时候|几时)")
SPAN_DURING = re.compile("这段时间|这段期间|那段时间|期间|时期|这些年|那些年|这几年|一直")
# 2021年调整东西部协作之后: a year's round of adjustment (of a programme) between the year and 之后 (compose.dated)
ADJUSTED_BETWEEN = "(?:的)?(?:重新)?调整(?:了)?(?:□+|[\u4e00-\u9fff]{2,10}?)?"
IN_FORCE_AFTER = ("以后", "之后")  # (X年以来…援助了哪些: begun since, the dev convention)

# a kind of actor that does not filter: widened (省市（包括地级市）, …包括集体和企业: the others too)
WIDENED_AFTER = re.compile(r" ?\((包括|包含|含|连同)")
WIDENED_BEFORE = re.compile(r"(包括|包含|连同)[^，。？！]{0,6}$")
# 要连区县一级的援助方一起算: 连 before the kind, 一起算 after it — the kind counted in too, no filter
WIDENED_ALONG_BEFORE = re.compile("连(?:带)?[^，。？！]{0,6}$")
WIDENED_ALONG_AFTER = re.compile("^[^，。？！]{0,8}?(?:一起算|一并算|一起计|一并计|一起列|一并列|一块算|一起统计|也算上|都算上|算进去|算进来)")
# 援藏的省市有哪些，就是省一级的: a kind restated after a kind already asked (就是/也就是/即) is a gloss, not a second filter
RESTATED_KIND = re.compile("(?:就是|也就是|即|指的是|我说的是)$")
# 省和企业都算, 区县也算上: kinds named as all counting in (都算/也算) widen the list, they filter nothing
WIDENED_COUNTED = re.compile(r"^[^，。？！哪谁]{0,8}?(都算|也算|都要算|都算上|也算上|都包括|都列上|都列出来|都计入|都算进去)")
# …or only says where the kind asked is sought (十九个援疆省市里，哪个省…; 在地州这一级对口的是哪两个自治州)
SCOPE_AFTER = ("里", "中", "当中", "之中", "这一级", "这一层", "一级", "层级")
# …but a level word after a kind that an aid verb takes as its object (对口兵团师一级最多的是哪个省, 结对到县一级) names the
# partners counted at that level, not where the asked kind is sought (pipeline: the kind stays a constraint)
LEVEL_WORDS = ("这一级", "这一层", "一级", "层级")
LEVEL_OBJECT_BEFORE = re.compile("(?:对口|支援|援助|帮扶|结对|援建|对口支援|对口帮扶|落到|到)$")
# 西藏七个地市里，哪个地市…: a counted roster of a kind, then the kind asked (gazetteer.rostered)
ROSTER_BEFORE = re.compile("[0-9一二三四五六七八九十两几]+个$")
ASKED_KIND_BEFORE = re.compile("(哪个|哪一个|哪些|哪几个|哪家)$")
# two kinds of actor asked side by side (哪些省市、哪些央企): what stands between them
KINDS_BETWEEN = re.compile("(、|和|与|及|以及|，)(哪些|哪个|哪几个)?")

# 上海派出的是哪几个区, 北京出力的是哪几个区, 苏 援藏 哪几个地级市 具体承担, 上海帮皖北出了哪几个区: the named actor's parts of a kind as the givers (a word of sending
# before them or of taking the task on after them; a programme's masked name or spaces may stand between)
# 参与…的上海市辖区有哪几个: a city's name, then 辖区 and the question: its districts (not 哪些市辖区, the kind asked)
CITY_DISTRICTS = re.compile("(?<=[\u4e00-\u9fff]市)(?<![些个几哪各的有是]市)辖区(?=有|都|中|里|是|哪|分别|参|承担|负责)")
# 广东省汶川县那个 广东哪些市…: a dictated topic, names then 那个/这个 and a pause, or the pause alone (normalise drops a
# 那个 before a space as a filler: then the names must be places or actors alone, 福建昌都) (pipeline.QA.spoken_topic)
SPOKEN_TOPIC = re.compile("^(?:嗯|那个|就是)?[ ，,]*(?P<lead>[^，。？！ ,]{2,16}?)(?:(?:那个|这个|那块|那边)[ ，,]+|(?P<bare> +))")
# 既援藏支援日喀则市又援疆支援疏勒县的: the two halves of 既…又, each a programme and the place aided in it
# (pipeline.programmes_of_halves)
BOTH_HALVES = re.compile("既([^又，。？！,]{3,24}?)又([^，。？！,]{3,24}?)(?=的|[，, ]|$)")
GIVING_PARTS = re.compile("^[ □]*(?:(?:帮扶|帮|援助|支援|对口|结对)□+[ ]*)?(?:这边|那边|方面|这头)?[，, ]*(?:具体|到底|究竟)?(是?派出的是|是?派出了|是?派了|是?派的是|出的是|是?出了|里派出的是|出力的是|出力的有|出手的是|出人的是|是?派遣了|是?派遣|是?派)?[ □]*(?:一共|总共|共)?(?:有|是)?"
                          "(?:哪些|哪几[个座]|哪[个座]|哪两[个座]|哪三[个座]|几[个座]|多少[个座])"  # (派出了哪几座城市: 座 a city's measure)
                          "(区县|区|县|地级市|地市|城市|市)[ ]*(?:具体)?(承担|负责|派出|出力|参与|参加|(?:下去|过去|派去|去)(?:结对|对口|帮扶|支援|援建|援|包|□+))?")
# (福建这边具体是哪几个市下去结对的: the giver's side, its parts sent out to pair; 江苏援藏是派哪些市下去包县的: 派 bare, 包 a
# spoken verb of taking places on)

# 上海市出了哪几个区，分别结对的是皖北哪几座城市: after the giver's parts asked, a clause asking whom they each pair with asks
# the places they give to (compose.parts_asked)
PARTS_PARTNERS_AFTER = re.compile("^[^，,？?]{0,4}[，,]\\s*(?:分别|各自|各|都)?(?:结对|对口|帮扶|支援|援助|援建|负责)(?:的|了)?(?:是|有)?"
                                  "[^，,？?]{0,6}?(?:哪|什么地方)")
# 福建援藏时派了哪些地级市分别对口…, 北京是哪两个区县对口秭归的, 北京市参加□□的是哪些区县, 援青 北京 区级 支援单位: the named
# actor's parts of a level asked as the givers, before the aid verb (or as the ones taking part); group 1 the part noun or
# the level (compose.parts_before_verb)
PARTS_BEFORE_VERB = re.compile("^[ □]*(?:时|的时候|期间|方面|这边|那边)?[，, ]?(?:是|的|派了|派出了?|派的是|出了|安排了?)?"
                               "(?:哪些|哪几个|哪个|哪一个|哪[两三四五六七八九十]个)(区县|县区|区|县|地级市|地市|设区市|城市|市)"
                               "[ ]*(?:都|也|还|各|分别|各自|具体|共同)*(?:在[^，。？！]{0,10}?(?:中|里))?"
                               "(?:去|下去|过去)?(?:对口|支援|援助|帮扶|援建|结对|承担|负责|援[藏疆青]"
                               "|被(?:安排|派|指定|分配|选派|派去)(?:去|到)?(?:□|对口|支援|帮扶|援建|结对)"  # (…被安排去昌都的县)
                               "|(?:下去|过去|去|到)(?= *□))"  # (江苏省的哪些市帮扶, 江苏哪些市 去拉萨的县: 的 and 去 a place said plainly)
                               "|^[ □]*(?:工作|任务)?(?:中|里)?[，, ]?(?:派出|派去|选派|派)的(区县|县区|区|县|地级市|地市|设区市|城市|市)"  # (…援疆工作中派出的地级市)
                               "|^[ □]*(?:参加|参与|承担|负责)[□]*(?:工作|任务)?的(?:是|有)(?:哪些|哪几个|哪[两三四五六七八九十]个)"
                               "(区县|县区|区|县|地级市|地市|设区市|城市|市)"
                               "|^ ?的?(区县级|区级|县级|地市级)的? ?(?:支援单位|援助单位|帮扶单位|援建单位|结对单位|支援方|单位|城市)")
# 对口支援巴东县的是北京哪个区, 北京市对口支援巴东县的是北京哪个区, 援建映秀镇的是广东哪个市: the giver named at the close,
# after 的是, with its parts of a level asked there (the aid verb and the place named before it; not 长沙对口支援的是山南市哪个县):
# those parts give
GIVER_PARTS_CLOSING = re.compile("^的?(?:哪些|哪几个|哪个|哪一个|哪[两三四五六七八九十]个)(区县|县区|区|县|地级市|地市|设区市|城市|市)"
                                 "(?:在)?(?:援|帮|对口|支援|帮扶|援建|结对)?(?:的)?"  # (称多县 北京哪个区援: a bare verb closing)
                                 "(?:呢|啊|呀)?[？?。！!]*$")
# (称多县 援青 北京哪个区: search words — the place, the programme or verb, then the giver whose parts are asked)
CLOSING_GIVER_BEFORE = re.compile("(?:对口|支援|援助|帮扶|援建|结对|援[藏疆青]|帮)[^，。？！□]{0,6}□+[^，。？！□]{0,4}的(?:是|为)(?:由)?[ ]*$|"
                                  "^□+ (?:□+ )?(?:(?:对口|支援|援助|帮扶|援建|结对|援[藏疆青]) )?$")
# 福建省改为对口支援昌都市后，省内哪些设区市分别承担了…: the province's own parts (省内, 本省) asked before the verb
OWN_PARTS_BEFORE_VERB = re.compile("(?:^|[，,])(?:省内|本省|全省|市内|本市|全市|区内)的?(?:哪些|哪几个|哪个|哪[两三四五六七八九十]个)(区县|县区|区|县|地级市|地市|设区市|城市|市)"
                                   "(?:都|也|还|各|分别|各自|具体|共同)*(?:对口|支援|援助|帮扶|援建|结对|承担|负责)")
LEVEL_PARTS = {"县区": "区县", "区县级": "区县", "区级": "区", "县级": "县", "地市级": "地市", "设区市": "地级市"}

# 玉树州的六个县市，北京各区分别对口的是哪些县市: a place set as the topic in a clause of its own, then a second name that
# opens the aid verb's clause (its parts, adverbs between): that second name gives (pipeline.ordered)
GIVER_AFTER_TOPIC = re.compile("^(?:[、和与及]□+)*(?:[0-9一二三四五六七八九十两几]+个(?:区县|区|县|地级市|城市|市))?"  # (福州、厦门、泉州三个市…)
                               "(?:(?:的|各|下属的?|所属的?)(?:各个|各|一些|几个)?(?:区县|县区|区|县|地级市|地市|城市|市))?"
                               "(?:都|也|还|各|分别|各自|具体)*(?:对口|援建|支援|帮扶|援助|结对|在管|管(?!理)|援|帮|包(?!括|含))")
# (和田下面的县 北京包了哪几个: a space typed for the comma sets the topic apart too)
# (和田下面的县北京对口哪几个: the place's parts named as the topic, run straight into the giver's name)
TOPIC_SET_APART = re.compile("^[^，,。？！]*[，, ](?:□+[、和与及])*$|^(?:的|下面的?|下辖的?|所辖的?|下属的?)(?:县市区|区县|县区|县市|县|区)$")
# 援藏中对口县最多的是山东吧, …最早的是不是江苏: a superlative's answer guessed, to confirm (the name after 是, then the end)
GUESSED_TOP = re.compile("(最多|最少|最早|最晚|最先|最后)(?:[^，。？！?!是]{0,6}[的者])?(?:是不是|是否是|是否为|就是|应该是|是|为)(?=[^，。？！?!]+?"
                         "(?:吗|吧|么|嘛|呢|对吧|对吗|没错吧|是吧)?[？?。！!]*$)")
# 拉萨的县区有几个是北京在管, 喀什的县有多少是上海援的: the place's parts counted, the giver named after 是
PARTS_COUNTED_THEN_GIVER = re.compile("^的?(?:区县|县区|县市|县|区|市|地方)?\\s*(?:里面?|中)?[，, ]*有(?:几|多少)个?是$")

# a disaster's phase by its own words after the place (汶川恢复重建, 汶川地震过渡安置, 汶川 过渡期): gazetteer.disaster_aliases
DISASTER_PHASES = (("重建", ("恢复重建", "灾后重建", "重建")), ("过渡安置", ("过渡安置", "过渡期", "过渡安置期", "过渡阶段", "安置期")))
# 汶川地震后过渡安置阶段, 汶川地震的过渡期: words between the earthquake and its phase (gazetteer.disaster_aliases)
# (汶川地震那个五月份过渡安置: a spoken 那个 and the month the phase began, 5月份 once normalised)
DISASTER_PHASE_FILLERS = ("", "后", "后的", "的", "那个", "那个的") + tuple(
    f"{lead}{n}月{unit}{tail}" for n in range(1, 13) for lead in ("", "那个") for unit in ("", "份") for tail in ("", "的"))
# 民政部安排的 德阳那边是哪几个省在支援: an actor that only arranged the pairings asked, said as a clause of its own
# before the other names (pipeline.without_arranger)
ARRANGED_LEAD = re.compile("^(?:当时|那次|当年)?(?:安排|部署|确定|指定|定)(?:的|了的)[ ，,]")
# 玉树震后, 玉树震后重建: the earthquake said short after its place (gazetteer.disaster_aliases: the place's programme)
QUAKE_SHORT = ("震后",)
# 崇州市到了重建阶段由哪个…: a phase named bare, with its word of a stage (pipeline.lone_phase)
PHASE_NAMED = re.compile("(恢复重建|灾后重建|重建|过渡安置|过渡)(阶段|期|时期)")

# 对口支援赣南几个县的国家部委，都有哪些: a number that describes the ones asked for (几个 + a noun + 的), a question word after
# it: a list is asked, not a count (frame.build_frame)
COUNT_MODIFIER = re.compile("(?:几|多少)个[^，。？！的 ]{1,4}的|(?<=的)几个[^，。？！的 ]{1,4}[，,]")  # (果洛州的几个县，…哪个县)
WHICH_LATER = re.compile("哪些|哪几个|哪个|哪一个|哪[两三四五六七八九十]个|有谁|是谁")

# 那21个省份里 哪几个是自治区, 援疆省市中，哪些是计划单列市: a kind named as the roster, then a kind asked within it
ROSTER_BEFORE_ASKED = re.compile(" ?(?:里|里面|中|当中|之中)[，, ]*(?:有)?(?:哪些|哪几个|哪个|哪一个|哪[两三四五六七八九十]个)(?:是|属于|为)")

# a ranking asked (…最多的是哪个, 最少, 排第一): 各地市里… before it names the kind ranked (gazetteer.asked)
RANKING_WORDS = re.compile("最多|最少|最早|最晚|排名第一|排第一|居首")
# 援藏的省市中，对口县最少的是哪个: a roster (a kind followed by 里/中) before a ranking names the kind ranked, unless a
# question word with its own kind follows (西藏的县中，哪个省…: that kind is asked)
RANKED_ROSTER = re.compile("^((里|中|当中|之中)[，, ]?|[，,] ?(?=谁|哪个|哪一个|哪家))(?!(哪些|哪个|哪一个|哪几个|哪)[^，。？！]{0,2}(省|市|县|区|州|城|地|部|央|单位|师))")

# 京和沪谁多一些, 苏与浙哪个更早: a question word right after two joined abbreviations (gazetteer.abbreviation_pair)
# 2010年启动的对口援青工作中，…: a year and a word of launching right before a programme's name date the programme, not
# the pairings asked about (pipeline.launched_since)
DATED_PROGRAMME = re.compile("(1[89]\\d\\d|20\\d\\d)年(?:正式|全面)?(?:启动|开始|开展|发起|实施|开启)(?:实施)?的$")
DATED_PROGRAMME_AFTER = re.compile("^(?:工作|政策|计划|行动)?(?:中|里|当中|之中)")  # (2016年开始的援藏结对: the pairings dated)
# 渝是19个援疆省市之一吗, 粤和桂算不算东西部协作的一对: the abbreviation (or a pair of them) is the subject of a copula
# that places it among a programme's members or pairs (gazetteer.licensed)
MEMBER_COPULA = re.compile("^(?:是不是|是否|是|算不算|算是|算|属不属于|属于)[^，。？！]{0,14}(?:之一|一员|成员|一对|一组)")
# 鲁渝是哪年结对的, 闽宁这对子是哪年结下的, 京蒙这对是哪年开始的, 沪滇从哪年开始: what follows a pair's two abbreviations
# run together at the start of a clause when the pair itself is the subject asked about (gazetteer.pair_token)
PAIR_TOKEN_AFTER = re.compile("^(?:这|那)?(?:一)?(?:对子|对儿|对|组)?(?:是|从|自|在|于|啥时候|什么时候|何时|哪一?年|几几年|结|开始|建立|起步)")
PAIR_ASKED = ("谁", "哪个", "哪一个", "哪方", "哪一方", "相比", "比较", "比", "两地", "两省", "两市")

# the book's contents (book.py): how many chapters, a chapter by its number and what is asked of it, which chapter
# treats a subject
CHAPTER_COUNT = re.compile("(?<!第)(几|多少)(个)?章")
CHAPTER_NUMBER = re.compile("第([一二三四五六七八九1-9]|[1-9][0-9])章")  # (第10章: a chapter the book may not have)
# 第四章第三节, 第二章第4节: a section of the chapter by its number (its heading, its page)
SECTION_NUMBER = re.compile("第([一二三四五六七八九1-9]|[1-9][0-9])(?:节|小节)")
# 第一章第一节第（三）小节, 第二节第3目, 第一节（三）: a numbered part of a section (the contents' third level)
SUBSECTION_NUMBER = re.compile("(?<=节)的?第?(?:[（(]([一二三四五六七八九1-9])[）)]|([一二三四五六七八九1-9])(?:小节|目))")
# who wrote a chapter (第九章的作者, 谁执笔): the graph holds the contents' headings and pages, not their authors
CHAPTER_NOT_HELD = re.compile("作者|谁写|执笔|撰写|撰稿|多少字|字数")
# 任维德还写过哪些书: a person's other works (the graph holds one book, the seed)
OTHER_WORKS = re.compile("(还|另外|其他|别的|其它)[^，。？！]{0,4}(写|编|著|出版|主编)(过|了)?[^，。？！]{0,4}(哪些|什么|几本|多少)"
                         "[^，。？！]{0,2}(书|著作|作品|论文|文章)")
# 第七章“其他影响因素”那一小节具体列举了哪些因素, 第五章第二节讲了哪些措施: the text of a chapter or section (the graph
# holds its headings and pages only, so it is no fact), not its parts
CHAPTER_TEXT = re.compile("具体(列举|提到|讲|说|写|谈|包括|内容|有哪些)|列举了|(讲|写|谈|提)了?(哪些|什么)(因素|观点|建议|措施|原因|问题|办法|经验)|正文|原文|原话")
CHAPTER_SECTIONS = re.compile("(几|哪几|哪些|多少)(个)?(节|部分|小节)|分为哪|包括哪|有哪几|由哪")
CHAPTER_TITLE = re.compile("标题|题目|名字|名称|叫什么|叫啥|(讲|写)(的是)?[^，。？！]{0,8}?(什么|啥)|是什么|主题|内容|关于什么")
CHAPTER_SUBJECT_LEAD = re.compile("^(书里|书中|这本书里|这本书中|该书|书)?(专门|主要|重点)?(讲|写|介绍|论述|讨论)(的是|了)?")
WHICH_CHAPTER_TAIL = re.compile("的?(是|在)?(书的|书中的|书里的|这本书的|书中|书里)?(第几章|哪一章|哪章|哪个章节|哪一节|哪节)$")  # 讲新疆的是哪一章
# 讲新疆的那一章标题叫啥, 写三峡的那节叫什么: a chapter pointed at by its subject, its title asked after the pointer (read as
# 讲新疆的是哪一章, book.subject_pointed)
SUBJECT_POINTED = re.compile("(?:讲|写|介绍|论述|讨论|关于)(?:的是|了)?([^，。？！?]{2,16}?)的?(?:那|这|该)一?(章|节)(?=[^，。？！?]{0,3}"
                             "(?:标题|题目|名字|名称|叫什么|叫啥|叫做|是什么|是啥))")
CHAPTER_PAGE = re.compile("第几页|哪一页|哪页|页码|多少页")
# 东北一方的省份及城市, 援疆的省份和城市: a kind joined to 城市 (which names no kind of its own here) asks both, no filter
KIND_AND_CITY = re.compile("^(?:和|及|与|以及|、|跟)(?:各|其他)?(?:城市|地市)(?![级辖])")
# 第三章的标题是什么？从第几页开始？: a heading's title and its page asked together (book.Book.contents answers both)
HEADING_NAMED = re.compile("标题|题目|名字|名称|叫什么|叫啥")
# a chapter pointed at by its subject written before it (对口支援新疆那章从第几页开始), with a page asked
CHAPTER_POINTED = re.compile("(?:那|这|该|这一|那一|一)(?:章|节|小节|个章节)")  # (“组团式医疗对口支援”一节: a section too)
# the places a chapter's sections treat (第六章讨论了哪几个省区的省内对口支援): the actors its section titles name
CHAPTER_PLACES = re.compile("(哪几个|哪些|哪个|几个)(省区|省份|省市|省|自治区|地区|地方)")
WHICH_CHAPTER = re.compile("(哪一章|哪章|第几章|哪个章节|哪一节|哪节)")
CHAPTER_ASKED = re.compile("哪一章|哪章|第几章")  # a chapter, not a section, asked (a section's hit answers with its chapter)
TITLED_LEAST = 6  # a heading's title a question writes whole, with no 那章 after it, names it from this length on
CHAPTER_SUBJECT = re.compile("(?:讲|写|介绍|论述|讨论|是关于|关于|专门讲|专门写)(?:的是)?(?:了)?([^，。？！?]{2,16}?)(?:的(?:内容|问题|部分|章节))?(?:[，。？！?]|$)"
                             "|^(?:书中|书里|书上|这本书(?:中|里)?|该书(?:中)?)?(?:关于)?[“\"《]?([^，。？！?“”\"《》]{2,16}?)[”\"》]?(?:的内容|的部分)?"
                             "(?:在|是|列于|列在|放在|位于|属于|见于|载于|收于|收在|出现在|写在)(?:书的|书中的|书里的|这本书的|书中|书里)?(?:第几章|哪一章|哪章|哪一节|哪节|第几节)")

# 援疆项目, 援藏工作: a word right after a programme's name that only names the programme (frame.build_frame)
PROGRAMME_NOUNS = ("项目", "工作")
# 在内地省市对口支援边境地区…这一项目中, 1979年那个项目里: 项目 pointed at (这/那/该/此) and used as a scope (…中/里) is the
# programme the question is about, never projects asked about (frame.build_frame)
POINTED_PROGRAMME = re.compile("(?<=这|那|该|此)(?:一|个|项|一个|一项)?(项目)(?=中|里|当中|内|之中|，|,)")
# 援藏和援疆两个项目都参加了的省份: the programmes named, counted by a noun that only names them again
# 皖北那个结对帮扶, 皖北被结对帮扶的…, 江苏省内的南北挂钩合作: words inside a programme's name as people say it (a
# demonstrative, the passive, 省内的); the name is read with them left out
NAME_FILLERS = re.compile("那个|这个|那一个|这一个|被|(?<=省)内的|(?<=省)内")
# 东北对口合作和沪苏浙帮扶皖北, 既援疆又…: a second programme beside one named exactly is joined to it by these words
# (东北与东部对口合作中，天津同哪座东北城市结对合作: no join, so 北城市结对合作 names no second programme)
PROGRAMMES_JOINED = re.compile("和|与|及|、|或|还是|跟|同|既|又|也|都|比|以及|加上")
PROGRAMMES_RESTATED = re.compile("^(?:这|那)?(?:两|二|三|2|3)(?:个|项)(项目|计划)")
# 援藏和援疆，哪个项目的支援省市更多: 项目 after a question word, with programmes named, asks which programme (frame.build_frame)
WHICH_PROGRAMME = re.compile("(?:(?<=哪个)|(?<=哪项)|(?<=哪一个)|(?<=哪一项))项目")

# 淮南市是由上海哪一个区结对帮扶的: the agent named with the question word and a level after it (frame.region_of_asked)
REGION_WH_AFTER = re.compile(f"^的?(?:{WHICH_ONES})({LEVEL_NOUNS})")
# 淮南 结对 上海哪个区, 亳州结对的是上海哪个区, 淮北…跟江苏一个城市有结对…: a word of pairing between two names, the
# second followed by the level asked (or 一个/某个 + the level, asked later): the partner, either side, lies within it
PAIRING_BETWEEN = re.compile("结对|挂钩|合作|协作|搭档|配对|结成|结为")
REGION_ONE_OF = re.compile(f"^的?(?:1|一|某)个({LEVEL_NOUNS})")
# 汶川县灾后重建 广东是哪些市分片对口的: the second name, then 是 + the level asked + a verb of aid: its parts give
PARTS_GIVE_AFTER = re.compile(f"^是(?:{WHICH_ONES})({LEVEL_NOUNS})[^，。？！□]{{0,4}}?(?:对口|支援|援建|帮扶|援助|结对|负责|帮(?!助)|管(?!理)|包(?=的|了|过|下))")
# 秭归那边，北京是哪两个县一起去帮的: a place set up as the topic (那边 and a comma) before the giver whose parts are asked
TOPIC_BETWEEN = re.compile("(?:那边|那儿|那里|这边|这里|那块|方面)?[，,] ?")

# 沈阳和北京之间…吗, 两地之间有没有…: a relation between two names, either way round (pipeline: yes/no)
BETWEEN = re.compile("之间|两者|彼此|相互|互相")

# words the question answerer reads in pipeline.py, compose.py and gazetteer.py (a bracket of names, the kind of
# place asked, the words of aid around a name or a programme, a round as a point in time, question words)
BARE_BRACKET = re.compile(r" ?\(([^()含包括连同等]{2,40})\)")  # (和田县、墨玉县): names alone, no 含 or 等
ASKED_PLACE_KIND = re.compile("(哪些|哪几个|哪个|几个|多少个?)(县市区|县区|区县|县市|县|区|地市|地州|乡镇)")
SUPPORTERS_AFTER = re.compile("^的?(对口支援|对口援建|援建|结对|帮扶|支援)")
SUPPORTERS_BEFORE = re.compile("(有|得到了?|获得了?|接受了?)(对口支援|对口援建|援建|结对|帮扶)?的?$")
AID_IN_NAME = re.compile("帮扶|支援|援助|援建")
# 沪苏浙帮扶皖北，江苏方面是哪些市: a member's side of a programme, said right after the one actor named (江苏方面, 浙江这边),
# and the side's own places of a kind asked, nothing else (not 拉萨方面是哪些省市在支援: its givers)
MEMBER_SIDE = re.compile("^(方面|这边|这一边|那边|这一方|一方|一侧|这一侧)(?:都|一共|具体)?(?:是|有)(哪些|哪几个|哪[两三四五六七八九十0-9]个)"
                         "(区县|县区|区|县|地级市|地市|城市|市州|地州|市|州)(?:参加|参与)?(?:了)?[？?。！!]*$")
ASKING_BEFORE = re.compile("的?(哪些|哪几个|哪[一二三四五六七八九十两0-9]+个|哪个|哪一个)?的?$")
AID_TAIL = re.compile("(支援|帮扶|挂钩|结对|协作|合作|帮扶协作|挂钩合作|结对帮扶)*")  # 对口帮扶, 挂钩帮扶: the name's rest
ROUND_AS_POINT = re.compile("(?:的)?(?:结对|对口)?(?:调整)?(以后|之后|以来|起|以前|之前|前(?!后|期))")  # 新一轮援疆以前: the round's start, a point in time
AID_WORD = re.compile("(的)?(援建|支援|对口|帮扶|结对|援助)(的)?")
# 苏州结对帮扶皖北是哪个市: a programme named by its verb of aid and the region it serves (帮扶皖北), the verb as in its name
AID_BEFORE_OWN = re.compile("(帮扶|支援|援助|援建|结对|协作|帮|援)$")
SPOKEN_AID = ("帮", "援")  # (上海帮皖北: the spoken verb, the name's own verb before the region in its name)
AID_CHARS = re.compile("[帮扶支援助建结对协作合口]")  # (结对合作 names no region: 长春和哪个直辖市结对合作)
NUMBER_MARKS = re.compile("[0-9〔〕［］\\[\\]号]")  # a document's number: no loose match on its digits or brackets
ASKING_IN_NAME = re.compile("谁|哪|什么")  # question words, never inside a loosely named meeting or document
NAME_RUN = re.compile("(?:(?!谁|哪|什么).)+")

# 四川、云南、甘肃三省藏区的对口支援工作方案: the mark between places listed into a loosely named document or meeting
# (pipeline.listed_into_name)
NAME_LIST_GAP = re.compile("[、，,和与及跟]")


# Moved here from pipeline.py and compose.py (session 13): vocabulary in one place.
# 彭州市在过渡安置阶段之后改由…: a stage or programme named as the point that ended (pipeline.stage_ended)
# a stage or round named (过渡安置, 重建, 阶段, 新一轮): a takeover asked across stages, where the supporter may be kept
STAGE_WORD = re.compile("过渡安置|过渡期|安置期|重建|阶段|新一轮|这一轮|上一轮|下一轮")
STAGE_ENDED_AFTER = re.compile("(阶段|时期|期)?(结束|完了|搞完|做完|过了|完成)?(之后|以后|后)")  # (过渡安置完咗之后: 完了 spoken)
STAGE_ENTERED = re.compile("(?:进入|转入|转到|到了|迈入|步入)了?[^，,。；;]{0,4}$")  # a verb of entering just before a stage's name
# 援疆19个省市里面，有几个是计划单列市: a roster of a broader kind, then the narrower kind sought in it
ROSTER_THEN_KIND = re.compile("^[^，,。？！]{0,4}(?:里|中|里面|之中|当中)")  # 援疆19个省市里面，有几个是计划单列市
KIND_SET_APART = re.compile("(?:不是|并非|而非|不属于|非)$")  # …里，唯一一个不是省级单位的
# 北京有支援新疆建设兵团吗？是哪个师？: the 有 before the aid verb of the yes/no half, left out when the list is asked
HAVE_BEFORE_AID = re.compile("^(.{1,8}?)有(?=对口|支援|援助|帮扶|援建|结对|援)")
# …巴东县的是由北京哪个区: the first actor's name said again after 的是 before the question word (compose)
NAME_RESTATED = re.compile(r"的(?:是|为)(?:由)?(.{1,8}?)(?=的?哪)")


# 稿件称南京市1998年开始帮扶墨竹工卡，实际起始年份是？ 原文写：福建对口昌都始于2014年，应为哪一年？: a claim quoted from a
# manuscript or a source, then the right value of its one year asked — the claim asked with that year as the question word
# (vocabulary.claim_value_asked); the lead names what is quoted, the tail asks only the value
CLAIM_LEAD = re.compile("^(?:[^，,。：:“”]{0,10}[：:])?(?:稿件|稿子|原稿|书稿|初稿|原文|文中|文章|报道|材料|来稿)(?:中|里)?"
                        "(?:称|写|说|提到|写道|写的是|说的是|记载)[：:，,]?")
CLAIM_YEAR_ASKED = re.compile("[，,。；]\\s*(?:那么?|请问)?(?:实际|真实|正确|准确|究竟|到底)?(?:上|的)?(?:起始|开始|起步)?(?:年份)?"
                              "(?:应为|应是|应该是|应当是|是|为)?(?:哪一?年|几几年|何年)?[？?。]*$")
CLAIM_YEAR = re.compile("(?:1[89]|20)[0-9]{2}年")


def claim_value_asked(text: str) -> str | None:
    """稿件称X1998年开始帮扶Y，实际起始年份是？ read as X哪一年开始帮扶Y？ (None when the text is not a quoted claim holding
    one year and then asking a year)."""
    lead = CLAIM_LEAD.match(text)
    if lead is None:
        return None
    tail = CLAIM_YEAR_ASKED.search(text, lead.end())
    if tail is None or "年" not in tail.group(0):
        return None
    claim = text[lead.end():tail.start()].strip("“”「」\"' ")
    years = CLAIM_YEAR.findall(claim)
    if len(years) != 1 or len(claim) < 6:
        return None
    return CLAIM_YEAR.sub("哪一年", claim, count=1) + "？"


# 援疆是不是2010年开始的？, 援藏不就是1994年开始的嘛 (是…吗 once normalised), 东西扶贫协作是否1996年启动: a programme's (or a
# pairing's) start year claimed and checked — the start year asked (…是哪一年开始的), the claim compared with it
# (pipeline.QA.start_checked)
START_CHECKED = re.compile("^(?P<head>[^，,。？?！!]{2,30}?)(?:到底|究竟)?(?:是不是|是否|是)(?:从|在|于)?(?P<year>(?:19|20)[0-9]{2})年"
                           "(?:才|就)?(?P<verb>开始|启动|起步|开展|发起|开始搞|搞起来)(?:的)?(?:吗|嘛|么|吧|呢)?[？?！!。～~]*$")
# 原文写：上海援藏在日喀则负责江孜、拉孜…四个县。请核实上海对口的日喀则县份究竟有哪些。: a quoted claim in a sentence of its
# own, then a sentence that asks in full — the last asking sentence is the question (the claim is what is checked, not a
# condition); a sentence pointing back at the claim (这三个, 其中) is not asked alone
SENTENCE_SPLIT = re.compile("(?<=[。？?！!])")
ASKS = re.compile("哪|谁|什么|多少|几[个家年名座所批次]|^请?(?:给出|列出|列举|告知)")


# …请核实北京在和田地区对口的县市是否只有这三个。: whether the claim's list is whole is asked as the list itself
ONLY_THESE = re.compile("(?:是否|是不是|难道)(?:只有|仅有|就只有|就是|只是)(?:这|上述|以上|那)[0-9一二两三四五六七八九十几]*(?:个|家|地|处|些)?"
                        "(?:吗|呢)?[。？?]*$")


def claim_then_question(text: str) -> str | None:
    """The last sentence that asks, after a quoted claim in sentences before it (None when the text opens with no claim,
    or its last asking sentence points back or is the first)."""
    if CLAIM_LEAD.match(text) is None:
        return None
    sentences = [s for s in SENTENCE_SPLIT.split(text) if s.strip()]
    if len(sentences) < 2:
        return None
    last = ONLY_THESE.sub("有哪些？", sentences[-1].strip())
    if len(last) < 6 or not ASKS.search(last) or REFERS_BACK.search(last) or CLAIM_LEAD.match(last):
        return None
    return last


# 原文写“大连与天津开展对口合作”，应为哪个城市？: a quoted claim naming places, then which place it should be — the claim
# asked with its last named place as the question (pipeline.QA.claim_name_asked)
CLAIM_NAME_ASKED = re.compile("[，,。；]\\s*(?:那么?|请问)?(?:实际|真实|正确|准确|究竟|到底)?(?:上|的)?(?:应为|应是|应该是|应当是|是)"
                              "(?P<which>哪(?:一)?(?:个|家|座)?(?P<noun>城市|省份|省|自治州|州|市|县|地区|地方|单位))[？?。]*$")
