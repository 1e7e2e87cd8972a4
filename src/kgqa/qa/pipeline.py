"""normalise → link entities → detect cues → choose a template → bind → run → render."""
from __future__ import annotations

import collections
import dataclasses
import datetime
import functools
import itertools
import os
import re
import time
import weakref

import pyoxigraph as ox

from . import compose, counting, persist, render, residue, totals
from .answers import as_dicts, count, without_parts
from .frame import Frame, build_frame, find_years, mask
from .gazetteer import ASKED, Candidate, Mention, short_forms

# a collective recipient (青海藏区) that never gives, and the one programme its pairings belong to
COLLECTIVE_PROGRAMME = """PREFIX dk: <https://w3id.org/duikou/ontology#>
SELECT DISTINCT ?prog ?c WHERE { ?c a dk:CollectiveActor . ?p dk:recipient ?c ; dk:programme ?prog .
  FILTER NOT EXISTS { ?q dk:supporter ?c } }"""
from .book import BookQA
from .mechanisms import MechanismQA
from .normalise import bare_marked, normalise, written_number
from .templates import (PROVINCE_RANK, RANKED_CLASSES, SEPARATELY_PLANNED, Template, TemplateSet, display_query, in_force, load_templates,
                        of_round, rank_filtered, team_ranked, term)
from .vocabulary import (YEARS_APART, LONGER_ASKED, SHORTER_ASKED, RATIO_ASKED, PAIR_JOINED, FIGURE_RATIO, ARRANGER_BEFORE, ASSIGNED_TO, DURATION_CHECKED, CONVENED_KIND, CONVENERS_JOINED, MEETING_KIND_NARROWS, MEETING_NAME_ASKED, STAGE_ENDED_AFTER, STAGE_ENTERED, ROSTER_THEN_KIND, KIND_SET_APART, HAVE_BEFORE_AID, GUESSED_TOP, UNKNOWN_JOINED, ROUND_GLOSS, PARTS_BETWEEN, PAIR_COUNTERPART, VENUE_BRACKET_OPEN, VENUE_BRACKET_CLOSE, NAME_LIST_GAP, ISSUER_AFTER, PAIR_PROGRAMME_NOUN, AID_VERB_OBJECT, ALL_OF_THEM, FIRST_THEN, COUNT_CHECKED, CHECK_TAIL, DATED_PROGRAMME, DATED_PROGRAMME_AFTER, REGION_SIDE, SET_ASIDE_CLAUSE, UNKNOWN_VENUE, VENUE_AFTER, CLAUSE_BREAK, WH, STATED_CLAUSE, STATED_AGENT, ALSO_INCLUDED, REGION_THEN_PARTS, UNKNOWN_OWNER, BOOK_LEAD, BOOK_LEAD_AID, GIVER_AFTER_TOPIC, TOPIC_SET_APART, PARTS_COUNTED_THEN_GIVER, CHANGED_TO_SUPPORTER, VENUE_BETWEEN, PURPOSE_LEAD, ROUND_POINT, MEETING_BY_DATE, UNKNOWN_SCOPE, SHARED_PARTNER, asking_prefix, spoken_which, parts_said_plainly, TRAILING_REMARK_SPACED, COLON_LEAD, POINTS_BACK, REFERS_BACK, ORDINAL_MEETING, STAGES_SPANNED, SELF_ONLY, without_courtesy, ISSUED_KIND_ASKED, ISSUED_KIND_AFTER, RESTARTED, JOINED_SIDES, PARTS_SET_ASIDE, ASKER_ASIDE, without_asides, takeover_asked, NOUN_FILLER, EVENT_ASKED, PHASE_NAMED, DISASTER_PHASES, LONGER_NAME_AFTER, TOPIC_THEN_GIVER_PARTS, OFFERED_CHOICE, CHOICE_SEPARATORS, SUPPOSED_LEAD, SET_ASIDE_BRACKET, narrated_splits, SENTENCE_END, giver_parts_asked, without_locator, belongs_as_aid, claim_value_asked, claim_then_question, CLAIM_LEAD, CLAIM_NAME_ASKED, TIME_POINTS_BACK, NARRATED_YEAR, NARRATED_COUNT, NARRATED_WHEN, KIND_AND_CITY, MEASURE_BRACKET, CITY_DISTRICTS, SPOKEN_TOPIC, BOTH_HALVES, ARRANGED_LEAD, LEVELS_WITH_PARTS, WIDENED_ALONG_BEFORE, WIDENED_ALONG_AFTER, LEVEL_WORDS, LEVEL_OBJECT_BEFORE, PROGRAMME_ASIDE_BEFORE, PROGRAMME_ASIDE_AFTER,
    BARE_BRACKET, ASKED_PLACE_KIND, SUPPORTERS_AFTER, SUPPORTERS_BEFORE, AID_IN_NAME, MEMBER_SIDE, YEAR_BEGAN, ASKING_BEFORE, AID_TAIL, ROUND_AS_POINT,
    INTRA_PROGRAMME, PROVINCE_AGAINST, KIND_AGAINST, PROGRAMME_REGIONS, PAIR_NAME, PAIR_JOINERS, AID_RECEIVED, CLAUSE_AID, CLAUSES_JOINED, KIND_COUNTED_AFTER, CLAUSE_END, CLAUSE_COMPARED, DURATION, HELPED_ASKED,
    MEETING_NAMED, AND_PLACES, BODY, CAPITAL_WORDS, COUNTED_PARTS, RANKING_WORDS, EACH, TOGETHER, NUMBER_ASKED, GENERIC_PLACES, HELD_AT, INSTITUTION, LISTED, SCOPE_LEAD, SCOPE_LEAD_END, NOT_KIND,
    NOT_NAMES, OWN_SCOPE, PARTS_AFTER, PARTS_OF, PART_NOUNS, PLACES_AND, PLACE_WORDS, PREAMBLE, PROGRAMME_HINT, QUOTES, REQUEST_LEAD, SELF_GLOSS,
    UNKNOWN_AGENT, UNKNOWN_OBJECT, UNKNOWN_PARTNER, UNKNOWN_TAKEN, UNKNOWN_FIRST, UNKNOWN_PLACE, WITHIN, foreign_names, LAST_CLAUSE, WHICH_ASKED, COUNT_ASKED, NUMBER_ASKED, EXCEPT_BEFORE, WHOLE_ASKED, SUBJECT_BEFORE, CO_AGENTS_AFTER, SELF_INTRO, ALTERNATIVE, CORPS_ADDED, CORPS_ASKED, SUPPOSED, QUESTION_CLAUSE, SELF_REFERENCE, HEARSAY_LEAD, POINTS_BACK, SELF_PLACE_INTRO, OTHERS_TOO, EXCEPT_SELF, DATED_MEETING, WITH_PARTS, TRAILING_REMARK, ASKING_WORDS, PARTS_NAMED_ASIDE, DATED_ADJUSTMENT, SELF_DOUBT, WIDENED_AFTER, WIDENED_BEFORE, SCOPE_AFTER, KINDS_BETWEEN, BETWEEN, EXCEPT_KIND, STAGES_COMPARED, UNKNOWN_DISASTER, SOURCE_LEAD, PERIODICAL_TITLE, COUNT_WORD, OTHER_ASKED, LAUNCH_NAMED, SERIES_FIRST, SERIES_LAST, ORDINAL_OPENING, SERIES_WHICH, REPORTER_ASKED, MEETING_DEICTIC, VENUE_MEETING, CONVENER_BETWEEN, QUOTED_PHRASE, ORIGIN_ASKED, CHANGED_FROM, CHANGED_FROM_BEFORE, TOPIC_CLAUSE, TAKEN_OVER_BY, OLD_AGENT, SET_ASIDE, WIDENED_COUNTED, RESTATED_KIND, TRAILING_GUESS, TRAILING_ASIDE, ASIDE_ASKS, GUESS_CHECKED, START_CHECKED, STAGE_WORD, ASKED_AGAIN, OTHERS_REMARK, YES_NO_THEN_WHICH,
)

PAIR_PARTNER = "pair partner"  # how a pair's second member, named only in the pair's name, was found (鲁渝协作 山东…)
SLOT_KINDS = ("actor", "programme", "event", "stage", "mechanism", "person")
SELF_DATED = ("event", "stage", "mechanism", "person", "any")  # templates whose entity dates the question
PART_OF = "ASK { ?b <https://w3id.org/duikou/ontology#partOf> ?a }"
WITH_COLLECTIVE = """ASK { ?p ?role ?v ; <https://w3id.org/duikou/ontology#supporter>|<https://w3id.org/duikou/ontology#recipient> ?c .
  ?c a <https://w3id.org/duikou/ontology#CollectiveActor> }"""
SIDES_TAKEN = """SELECT DISTINCT ?side ?a WHERE { VALUES ?side { <https://w3id.org/duikou/ontology#supporter>
  <https://w3id.org/duikou/ontology#recipient> } ?p ?side ?a }"""
KIND_SIDES_IN_PROGRAMME = """SELECT DISTINCT ?side ?g ?cls WHERE { VALUES ?side { <https://w3id.org/duikou/ontology#supporter>
  <https://w3id.org/duikou/ontology#recipient> } ?p <https://w3id.org/duikou/ontology#programme> ?g ; ?side ?a . ?a a ?cls }"""
MEMBER_SIDES_IN_PROGRAMME = """SELECT DISTINCT ?side ?g ?x WHERE { VALUES ?side { <https://w3id.org/duikou/ontology#supporter>
  <https://w3id.org/duikou/ontology#recipient> } ?p <https://w3id.org/duikou/ontology#programme> ?g ; ?side ?a .
  ?a <https://w3id.org/duikou/ontology#partOf>* ?x }"""
SIDES_IN_PROGRAMME = """SELECT DISTINCT ?side ?a ?g WHERE { VALUES ?side { <https://w3id.org/duikou/ontology#supporter>
  <https://w3id.org/duikou/ontology#recipient> } ?p ?side ?a ; <https://w3id.org/duikou/ontology#programme> ?g }"""
PAIR_PROGRAMMES = """SELECT DISTINCT ?g ?l ?a ?b WHERE { { ?p <https://w3id.org/duikou/ontology#supporter> ?a ;
  <https://w3id.org/duikou/ontology#recipient> ?b } UNION { ?p <https://w3id.org/duikou/ontology#supporter> ?b ;
  <https://w3id.org/duikou/ontology#recipient> ?a } ?p <https://w3id.org/duikou/ontology#programme> ?g .
  ?g <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(lang(?l) = "zh") }"""
PARENTS = "SELECT ?a ?b WHERE { ?b <https://w3id.org/duikou/ontology#partOf> ?a }"
# a pairing's years, either way round (how long it lasted: its end less its start)
PAIRING_YEARS = """SELECT ?p ?g ?y ?e WHERE { { ?p <https://w3id.org/duikou/ontology#supporter> ?a ;
  <https://w3id.org/duikou/ontology#recipient> ?b } UNION { ?p <https://w3id.org/duikou/ontology#supporter> ?b ;
  <https://w3id.org/duikou/ontology#recipient> ?a } ?p <https://w3id.org/duikou/ontology#programme> ?g ;
  <https://w3id.org/duikou/ontology#startYear> ?y . OPTIONAL { ?p <https://w3id.org/duikou/ontology#endYear> ?e } }"""
PAIR_STARTS = """SELECT ?f ?g ?s ?doubt WHERE { ?f <https://w3id.org/duikou/ontology#supporter> ?x ;
  <https://w3id.org/duikou/ontology#recipient> ?r ; <https://w3id.org/duikou/ontology#programme> ?g ;
  <https://w3id.org/duikou/ontology#startYear> ?s . ?r <https://w3id.org/duikou/ontology#partOf>? ?y .
  OPTIONAL { ?f <https://w3id.org/duikou/ontology#verificationStatus> ?doubt
    FILTER(?doubt IN (<https://w3id.org/duikou/ontology#Unverified>, <https://w3id.org/duikou/ontology#UnverifiedYear>)) } }"""
# the programmes (stages) in which one actor supports another: a supporter kept from one stage to the next (QA.supporter_kept)
SUPPORTED_IN = """SELECT ?p ?g WHERE { ?p <https://w3id.org/duikou/ontology#supporter> ?a ;
  <https://w3id.org/duikou/ontology#recipient> ?b ; <https://w3id.org/duikou/ontology#programme> ?g }"""
MAX_PARENTS_CACHED = 100_000
PAIRED_EXACTLY = """PREFIX dk: <https://w3id.org/duikou/ontology#>
ASK { VALUES (?mine ?theirs) { (dk:supporter dk:recipient) (dk:recipient dk:supporter) } ?f ?mine ?a ; ?theirs ?x }"""
# 拉萨和玉树有没有同一个支援方: a partner the meaning shares with the other actor, on the same side (bounded: ASK)
SHARES_PARTNER = """PREFIX dk: <https://w3id.org/duikou/ontology#>
ASK { VALUES (?mine ?theirs) { (dk:supporter dk:recipient) (dk:recipient dk:supporter) }
  ?f ?mine ?a ; ?theirs ?p . ?g ?theirs ?p ; ?mine ?x }"""
PAIRED = """PREFIX dk: <https://w3id.org/duikou/ontology#>
ASK { VALUES (?mine ?theirs) { (dk:supporter dk:recipient) (dk:recipient dk:supporter) }
  ?f ?mine ?a ; ?theirs ?o . ?o dk:partOf? ?x }"""
PAIRED_THROUGH_PARTS = """PREFIX dk: <https://w3id.org/duikou/ontology#>
ASK { VALUES (?mine ?theirs) { (dk:supporter dk:recipient) (dk:recipient dk:supporter) }
  ?f ?mine ?b ; ?theirs ?o . ?b dk:partOf ?a . ?o dk:partOf? ?x }"""
PROVINCE_OF = """PREFIX dk: <https://w3id.org/duikou/ontology#>
SELECT DISTINCT ?p ?a WHERE { ?a dk:partOf ?p . ?p a dk:ProvinceLevelDivision }"""
HAS_PARTS = "ASK { ?b <https://w3id.org/duikou/ontology#partOf> ?a ; a ?c }"  # of class ?c, or of any when unbound
OUT_OF_SCOPE = render.OUT_OF_SCOPE
SPLIT_NAME = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
AUTHOR_OF = """PREFIX dk: <https://w3id.org/duikou/ontology#>
ASK { { ?e (dk:issuedBy|dk:convenedBy)|dk:launchedBy/(dk:issuedBy|dk:convenedBy) ?a } UNION
  { ?other (dk:issuedBy|dk:convenedBy) ?a . ?p dk:establishedBy ?e , ?other } }"""  # its own, or its launch's, or that
# of the decision that set up the same pairings (中央政治局…讨论通过边防工作会议报告: the body that adopted the report)
MECHANISM_PARTS = """SELECT ?p ?l ?x WHERE { ?x <https://w3id.org/duikou/ontology#hasPart> ?p .
  ?p <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(lang(?l) = "zh") }"""
HELD_IN = "ASK { ?e <https://w3id.org/duikou/ontology#location> ?a }"
ENDED_THERE = "ASK { ?p <https://w3id.org/duikou/ontology#recipient> ?a ; <https://w3id.org/duikou/ontology#endYear> ?e }"
REPORTED_AT = "ASK { ?e <https://w3id.org/duikou/ontology#reportBy> ?a }"
CONVENED = """PREFIX dk: <https://w3id.org/duikou/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?e ?a ?l WHERE { ?e dk:convenedBy ?a ; rdfs:label ?l FILTER(lang(?l) = "zh") }"""
ALL_ISSUERS = """PREFIX dk: <https://w3id.org/duikou/ontology#>
SELECT DISTINCT ?a WHERE { ?e dk:issuedBy|dk:convenedBy ?a }"""
ISSUERS = """PREFIX dk: <https://w3id.org/duikou/ontology#>
SELECT ?a ?e WHERE { ?e (dk:issuedBy|dk:convenedBy)|dk:launchedBy/(dk:issuedBy|dk:convenedBy) ?a }"""
QUOTED_BY = """SELECT ?item ?itemLabel ?fact ?q WHERE {
  { SELECT ?item ?q WHERE { ?item dk:year ?y ; dk:note ?n . FILTER(CONTAINS(STR(?n), STR(?q))) } ORDER BY ?y LIMIT 1 }
  BIND(?item AS ?fact) OPTIONAL { ?item rdfs:label ?itemLabel FILTER(lang(?itemLabel) = "zh") } }"""
# the meeting or document a question describes, asked as itself (pipeline.described_event); the body named issued or convened it
DESCRIBED_EVENT = """SELECT ?item ?itemLabel ?fact ?e ?body WHERE { BIND(?e AS ?item) BIND(?e AS ?fact)
  #[body] ?e dk:issuedBy|dk:convenedBy ?body .
  OPTIONAL { ?item rdfs:label ?itemLabel FILTER(lang(?itemLabel) = "zh") } }"""
PLACE_PROGRAMMES = """SELECT DISTINCT ?g ?l ?a WHERE { ?p <https://w3id.org/duikou/ontology#recipient> ?a ;
  <https://w3id.org/duikou/ontology#programme> ?g . ?g <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(lang(?l) = "zh") }"""
# a meeting or document the question describes (described_event) or whose decision it restates (decided_by), as itself
DESCRIBED_TEMPLATE = Template("described_event", "event_setup", {}, {}, (), (), None, DESCRIBED_EVENT, "entity", "是{answers}。",
                              "图谱中没有符合描述的会议或文件。", meaning="问题所描述的会议或文件")
EVENT_NOTES = """SELECT ?e ?n WHERE { ?e <https://w3id.org/duikou/ontology#note> ?n ; <https://w3id.org/duikou/ontology#year> ?y }"""
FLIP = {"in": "out", "out": "in"}
# a side named or a kind of answer that is not a list of partners: a symmetric relation is then read one way only
ONE_SIDE_ASKED = frozenset({"recipient_role", "supporter_role", "described_supporter", "described_recipient", "passive",
                            "yesno", "count", "when", "most", "fewest", "compare", "common", "takeover", "history"})
GROUP_CUES = {"compare", "common", "yesno", "relation", "count"}  # questions about a group of actors, not each
RANKED = {"compare", "earlier", "later"}  # two named actors compared: 哪个省 is their kind, not the counted places
EVENT_YEAR = "SELECT ?y ?e WHERE { ?e <https://w3id.org/duikou/ontology#year> ?y }"
IN_PROGRAMME = """ASK { ?p <https://w3id.org/duikou/ontology#programme> ?g .
  { ?p <https://w3id.org/duikou/ontology#recipient> ?a } UNION { ?p <https://w3id.org/duikou/ontology#supporter> ?a } }"""
MEETINGS_OF_YEAR = """SELECT ?e ?label ?y ?where ?whereLabel WHERE { ?e a <https://w3id.org/duikou/ontology#Meeting> ;
  <https://w3id.org/duikou/ontology#year> ?y ; <http://www.w3.org/2000/01/rdf-schema#label> ?label FILTER(lang(?label) = "zh")
  OPTIONAL { ?e <https://w3id.org/duikou/ontology#location> ?where .
    ?where <http://www.w3.org/2000/01/rdf-schema#label> ?whereLabel FILTER(lang(?whereLabel) = "zh") } }"""
MEETINGS_AT = """SELECT ?e ?label WHERE { ?e a <https://w3id.org/duikou/ontology#Meeting> ;
  <https://w3id.org/duikou/ontology#location> ?where ; <http://www.w3.org/2000/01/rdf-schema#label> ?label
  FILTER(lang(?label) = "zh") }"""
ENDED_IN_PROGRAMME = """SELECT DISTINCT ?s ?l WHERE { ?p <https://w3id.org/duikou/ontology#recipient> ?a ;
  <https://w3id.org/duikou/ontology#programme> ?g ; <https://w3id.org/duikou/ontology#supporter> ?s ;
  <https://w3id.org/duikou/ontology#endYear> ?e . ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(lang(?l) = "zh") }"""
ADJUSTMENTS_OF_YEAR = """SELECT ?e ?label ?y ?where ?whereLabel WHERE { ?e a <https://w3id.org/duikou/ontology#AdministrativeEvent> ;
  <https://w3id.org/duikou/ontology#year> ?y ; <http://www.w3.org/2000/01/rdf-schema#label> ?label FILTER(lang(?label) = "zh")
  FILTER(CONTAINS(?label, "调整"))
  OPTIONAL { ?e <https://w3id.org/duikou/ontology#location> ?where .
    ?where <http://www.w3.org/2000/01/rdf-schema#label> ?whereLabel FILTER(lang(?whereLabel) = "zh") } }"""
PROVINCE_LEVEL = "https://w3id.org/duikou/ontology#ProvinceLevelDivision"
ID_BASE = "https://w3id.org/duikou/"  # an IRI of the data from its key (programme/wanbei)
SET_UP_WITH = """ASK { ?p <https://w3id.org/duikou/ontology#establishedBy> ?e .
  { ?p <https://w3id.org/duikou/ontology#supporter>|<https://w3id.org/duikou/ontology#recipient> ?x }
  ?x <https://w3id.org/duikou/ontology#partOf>* ?a }"""
INTRA_PROGRAMMES = """SELECT DISTINCT ?p ?l ?a WHERE { ?p <https://w3id.org/duikou/ontology#programmeType>/<http://www.w3.org/2004/02/skos/core#broader>* <https://w3id.org/duikou/type/intraprovincial> ;
  <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(lang(?l) = "zh")
  ?x <https://w3id.org/duikou/ontology#programme> ?p ; <https://w3id.org/duikou/ontology#supporter> ?s .
  ?s <https://w3id.org/duikou/ontology#partOf>+ ?a }"""
SERIES = """SELECT ?e ?l ?y ?d WHERE { ?e a <https://w3id.org/duikou/ontology#Meeting> ;
  <https://w3id.org/duikou/ontology#year> ?y ; <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(lang(?l) = "zh")
  OPTIONAL { ?e <https://w3id.org/duikou/ontology#date> ?d } }"""
LAUNCHED_BY = """SELECT ?e ?l ?p ?t WHERE { ?p <https://w3id.org/duikou/ontology#launchedBy> ?e . ?e a ?t ;
  <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(lang(?l) = "zh") }"""
ENDED_QUERY = "ASK { ?fact <https://w3id.org/duikou/ontology#endYear> ?end }"
GENERIC_KINDS = ("https://w3id.org/duikou/ontology#AidActor",)  # 县市, 地方: places in general, joined with other kinds
SUBCLASS_ASK = "ASK { ?a <http://www.w3.org/2000/01/rdf-schema#subClassOf>+ ?b }"
TIED_YEAR = re.compile(r"（(\d{4})）")  # the year an earlier/later answer item names beside its label
ENDED_YEAR = "SELECT ?end WHERE { ?fact <https://w3id.org/duikou/ontology#endYear> ?end }"
PAIRING_SIDES = """SELECT ?item ?itemLabel ?fact ?side WHERE { ?fact ?side ?item .
  ?item <http://www.w3.org/2000/01/rdf-schema#label> ?itemLabel FILTER(lang(?itemLabel) = "zh") }"""
DK = "https://w3id.org/duikou/ontology#"
PAIRING = "/pairing/"
RANKING = {"most", "fewest"}
ABOUT_PAIRINGS = {"recipient_supporters", "supporter_recipients", "time_filter", "count", "programme_members"}
# the cues of a comparison or combination, left out when each side of it is counted on its own (QA.count_of)
COMBINED_CUES = frozenset({"compare", "fewer", "difference", "ratio", "equal", "wh", "listing", "yesno", "when", "most", "fewest",
                           "earlier", "later"})
RANKED_ANSWERS = {"most", "fewest", "least", "compare", "fewer", "difference", "ratio", "earlier", "year_min"}
COMPOSED_TYPES = {"list": "composed_list", "count": "count", "most": "superlative", "fewest": "superlative",
                  "check": "yes_no", "exactly": "superlative", "at_least": "superlative", "count_exactly": "count",
                  "count_at_least": "count"}
COMPOSED_ANSWERS = {"list": "entity", "check": "truth_or_no", "exactly": "having", "at_least": "having",
                    "count_exactly": "count", "count_at_least": "count"}
SLOT_OF = {"actor": "actor", "programme": "prog", "event": "event", "class": "cls"}
_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


@dataclasses.dataclass
class Binding:
    template: Template
    slots: dict[str, Mention | None]
    values: dict[str, object]


# the status after which QA.answer tries the asking segment alone: only a question read as no shape at all; a no_fact or
# no_entity of the whole text stands (天津对口支援哪些地方啊 只算1950年以前的, …？亚特兰蒂斯的: the tail is a constraint or a name
# we do not hold, and answering the head alone would drop it)
UNREAD = ("no_template",)
NARRATION_SET_ASIDE = ("no_template", "no_entity", "no_fact", "ambiguous")  # (QA.narrated_tail)


BARE_BEFORE_ACTOR = ("actor", "event", "programme", "mechanism", "class")  # (QA.names_marked)


class QA:
    """Answers questions over one store; the gazetteer and source index are built once."""

    def __init__(self, store, templates: TemplateSet | None = None):
        self.store = store
        self.templates = templates or load_templates()
        words = persist.question_words(self.templates)
        self.gazetteer = persist.gazetteer_for(store, self.templates.classes, words)  # saved with an on-disk store
        self.sources = render.SourceIndex.from_store(store)
        self.mechanisms = MechanismQA(store, self.sources)  # cadres, funds, projects, launches
        self.book = BookQA(store)  # the seed book's editor, publisher, year, ISBN
        self.names = render.names_of_named(store)  # a person's or body's names, beside it in an answer (``also``)
        residue.tokenizer()  # the segmenter's dictionary, loaded once here (≈ 1 s), before a server's workers fork
        self._parents: dict[str, frozenset[str]] = {}
        self._rounds: dict[str, bool] = {}  # (a handful of programme IRIs)
        self._with_collective: dict[str, bool] = {}  # an entity in a pairing with a collective actor

    def answer(self, question: str) -> dict:
        started = time.perf_counter()
        said = question  # 福建援藏的对象变过吗它先后支援过西藏哪些地方: typed or dictated with no punctuation, its marks read
        if (bare := bare_marked(normalise(question))) is not None \
                and (marked := self.names_marked(self.names_whole(normalise(question), bare))) != normalise(said):
            question = marked
        result = self.claim_checked(question) or self.read(question)
        if result.get("status") != "ok" and (chosen := self.offered_choice(question)) is not None:
            result = chosen
        if result.get("status") in UNREAD and (core := self.asking_segment(question)) is not None:
            result = core
        if result.get("status") in UNREAD and (checked := self.start_checked(question)) is not None:
            result = checked
        if result.get("status") == "no_entity" and (rest := self.without_remark(question, result)) is not None:
            result = rest
        if result.get("status") in NARRATION_SET_ASIDE and (told := self.narrated_tail(question)) is not None:
            result = told
        elif counted_answer(result) and (told := self.narrated_tail(question, uncounted=True)) is not None:
            result = told  # (…听说是江苏几个市分头管拉萨的县。江苏是哪些市在援藏？: the narration's 几个 counts nothing)
        elif named_answer(result) and (told := self.narrated_tail(question, when=True)) is not None:
            result = told  # (…说他们是第四次西藏工作座谈会以后才加入的，黑龙江援藏是哪一年开始的？: a year asked, places answered)
        elif result.get("status") == "ok" and (told := self.narrated_tail(question, sentence=True)) is not None \
                and narration_named(result, told):
            result = told  # (…说住的是山东盖的宿舍。日喀则到底是哪几个省市在对口援？: a name only the narration says is no condition)
        text = normalise(question)
        result = render.coarser_than_asked(render.short_roster(render.only_unverified(result), text), text)
        result = render.with_names(render.drafting_refused(result, text), self.names)
        if said != question and "question" in result:
            result["question"] = said
        result["timing_ms"] = round((time.perf_counter() - started) * 1000, 2)
        result.pop("_programmes_aside", None)
        return result

    def names_whole(self, text: str, bare: str) -> str:
        """``bare`` (``text`` with marks read from its words, `normalise.bare_marked`) without a mark that fell inside a
        name the gazetteer links in ``text`` (新疆生产建设兵团第5师86团: no boundary before 兵团 inside the name)."""
        for m in self.gazetteer.link(text):
            if len(m.text) > 2 and m.text not in bare:
                bare = re.sub("[，？、。]?".join(map(re.escape, m.text)), lambda _: m.text, bare)
        return bare

    def names_marked(self, text: str) -> str:
        """A question with no punctuation (`normalise.bare_marked`): a comma read between two names said one after the
        other where a mark would stand — a meeting, document or programme and then an actor; two places neither of
        which lies within the other (在新疆北京和天津…, 秭归北京哪两个区县…; across 那: 山东对重庆那甘肃…; not 中办国办,
        two issuers), 、 between two places of one place (除了汶川茂县广东… → 汶川、茂县，广东); one name said twice
        (纳木错在拉萨拉萨是…); a kind counted as the topic, then an actor (迪庆州的三个县市上海各区…)."""
        linked = [m for m in self.gazetteer.link(text)
                  if m.kind != "class" or re.search("(?<!哪)[0-9两三四五六七八九几]个$", text[:m.start])]
        cuts = []
        for first, second in zip(linked, linked[1:]):
            gap = text[first.end:second.start]
            if gap not in ("", "那") or second.kind != "actor" or first.kind not in BARE_BEFORE_ACTOR \
                    or len(second.text) < 2 or first.kind == "actor" and len(first.text) < 2:  # (沪滇, 闽宁: a pair's name)
                continue
            if first.kind == "actor" and not second.ambiguous and first.best[0].iri == second.best[0].iri:
                cuts.append((first.end, "，"))  # 纳木错在拉萨拉萨是哪几个省市…: a name said again opens the question
                continue
            if first.kind == "actor" and (first.ambiguous or second.ambiguous
                                          or not all("/division/" in m.best[0].iri for m in (first, second))
                                          or first.best[0].iri in self.parents(second.best[0].iri)
                                          or second.best[0].iri in self.parents(first.best[0].iri)):
                continue
            siblings = first.kind == "actor" and self.parents(first.best[0].iri) == self.parents(second.best[0].iri) != set()
            cuts.append((first.end, "、" if siblings else "，"))  # (除了汶川茂县广东还… → 汶川、茂县，广东: two of one place)
        for cut, mark in reversed(cuts):
            text = text[:cut] + mark + text[cut:]
        return text

    def claim_checked(self, question: str) -> dict | None:
        """稿件称“迪庆州由上海对口帮扶”，属实的话…？请给出对口支援迪庆藏族自治州的省市。: a quoted claim, then a sentence that
        asks in full — that sentence read alone, the answer saying the claim was what is checked (None when not so said or
        when it reads as nothing)."""
        if (last := claim_then_question(normalise(question))) is None:
            return None
        return read_in_part(self.read(last), question, f"；只按“{last}”作答，前面引述的是待核实的说法")

    def claim_name_asked(self, text: str) -> str | None:
        """原文写“大连与天津开展对口合作”，应为哪个城市？ read as 大连与哪个城市开展对口合作？ — the claim's last named actor
        replaced by the place asked (None when not so said, or the claim names fewer than two actors)."""
        lead, tail = CLAIM_LEAD.match(text), CLAIM_NAME_ASKED.search(text)
        if lead is None or tail is None or tail.start() <= lead.end():
            return None
        claim = text[lead.end():tail.start()].strip("“”「」\"' ")
        actors = [m for m in self.gazetteer.link(claim) if m.kind == "actor"]
        if len(actors) < 2:
            return None
        last = actors[-1]
        return claim[:last.start] + tail.group("which") + claim[last.end:] + "？"

    def spoken_topic(self, text: str) -> str:
        """广东省汶川县那个 广东哪些市去援建汶川的乡镇: a spoken topic (names, then 那个 and a pause) whose every name is said
        again in what follows is only the topic: the rest is the question (the text unchanged otherwise)."""
        found = SPOKEN_TOPIC.match(text)
        if found is None or len(text) - found.end() < 6:
            return text
        lead = [m for m in self.gazetteer.link(found.group("lead")) if m.kind != "class"]
        rest = {m.best[0].iri for m in self.gazetteer.link(text[found.end():]) if not m.ambiguous}
        if not lead or any(m.best[0].iri not in rest for m in lead):
            return text
        if found.group("bare") and (any(m.kind != "actor" for m in lead)
                                    or sum(len(m.text) for m in lead) != len(found.group("lead"))):
            return text  # a pause alone: the topic is names of actors and nothing else (福建昌都 福建哪些市在帮昌都)
        return text[found.end():]

    def topic_then_giver_parts(self, text: str) -> str:
        """云南迪庆的香格里拉，上海哪几个区去帮的: a place as the topic, then a giver named alone with its parts asked and the
        verb closing — the same question as …香格里拉是上海哪几个区帮的 (the text unchanged unless the topic names a place
        and the giver is one name)."""
        found = TOPIC_THEN_GIVER_PARTS.match(text)
        if found is None:
            return text
        giver = self.gazetteer.link(found.group("giver"))
        topic = [m for m in self.gazetteer.link(found.group("topic")) if m.kind == "actor"]
        if len(giver) != 1 or giver[0].kind != "actor" or giver[0].ambiguous or len(giver[0].text) != len(found.group("giver")) \
                or not topic:
            return text
        return (f"{found.group('topic')}是{found.group('giver')}{found.group('asked')}{found.group('noun')}"
                f"{found.group('verb')}的{found.group('end')}")

    def offered_choice(self, question: str) -> dict | None:
        """常识题：…牵头的是国家经委、国家计委还是国家民委？: the names offered as the answer's choices at the close, each one
        name of the graph, asked as 谁 — the answer kept to the choices it contains (None when it contains none)."""
        text = normalise(question)
        found = OFFERED_CHOICE.search(text)
        if found is None:
            return None
        options = [o.strip() for o in CHOICE_SEPARATORS.split(found.group("run")) if o.strip()]
        linked = [self.gazetteer.link(o) for o in options]
        if len(options) < 2 or any(len(ms) != 1 or ms[0].kind == "class" or ms[0].ambiguous or len(ms[0].text) < len(o) - 1
                                   for o, ms in zip(options, linked)):
            return None
        asked = self._answer(text[:found.start()] + "谁？")
        offered = {ms[0].best[0].iri for ms in linked}
        kept = [a for a in asked.get("answers", []) if a.get("iri") in offered]
        if asked.get("status") != "ok" or not kept:
            return None
        names = "、".join(a.get("label", "") for a in kept)
        return {**asked, "question": question, "answers": kept, "text": f"在所给的选项中：{names}。" + asked.get("text", ""),
                "interpretation": asked["interpretation"] + f"；答案限于所给选项（{'、'.join(options)}）"}

    def with_corps(self, question: str) -> dict | None:
        """黑龙江援疆对口哪些县，兵团是哪个师; 京援疆…和田哪几个县市？兵团那边是哪个师也一并列一下: the first question answered,
        then its giver's divisions of the Corps asked in a question of their own; the answers together (None when the
        text has no such last clause, or the first question names no one giver)."""
        text = normalise(question)
        added = CORPS_ADDED.search(text)
        if not added or added.start() < 4 or not re.search("哪|谁|什么", text[:added.start()]):
            return None  # (浙援疆除了地方上，兵团那边对口的是哪个师: only the division is asked)
        first = self._answer(text[:added.start()])
        givers = [e for e in first.get("entities", []) if e.get("type") == "actor"]
        if first.get("status") != "ok" or not givers:
            return None
        programme = next((e["text"] for e in first["entities"] if e.get("type") == "programme"), "")
        second = self._answer(CORPS_ASKED.format(giver=givers[0]["text"], programme=programme))
        if second.get("status") != "ok":
            return None
        known = {a.get("iri") for a in first["answers"]}
        added_answers = [a for a in second["answers"] if a.get("iri") not in known]
        return {**first, "question": question, "answers": first["answers"] + added_answers,
                "sources": first["sources"] + [s for s in second["sources"] if s not in first["sources"]],
                "text": first["text"] + " " + second["text"],
                "interpretation": first["interpretation"] + "；另问兵团：" + second["interpretation"].removeprefix("理解为：")}

    def restated_lead(self, text: str, linked: list[Mention]) -> str | None:
        """江苏援拉萨是分到省里各个市去对口县的吧？江苏哪几个市在拉萨有对口县？, 北京援青好像是按区对县来结对的，能不能告诉我
        北京有哪些区…: a lead the asker only supposes (好像, 吧), holding no year, meeting or document, whose actors the last
        clause (the one that asks) names again: the question is that clause, scoped by the lead's programme (or None)."""
        found = QUESTION_CLAUSE.search(text)
        if not found or found.start() == 0:
            return None
        lead, asked = text[:found.start()], text[found.start():]
        if not SUPPOSED.search(lead) or re.search(r"[0-9０-９]|年", lead) or ASKING_WORDS.search(lead.rstrip("？?，,。吧") or ""):
            return None
        in_lead = [m for m in linked if m.end <= found.start()]
        again = {m.best[0].iri for m in self.gazetteer.link(asked) if m.kind == "actor" and not m.ambiguous}
        parts_of = set().union(*(self.parents(iri) for iri in again)) if again else set()
        actors = [m for m in in_lead if m.kind == "actor"]
        # (上海援藏在日喀则是分区包县的吧，闵行区对口的是哪个县: the giver named again by its part, where it gives — after
        # 在 — only the lead's scene)
        if not actors or any(m.kind not in ("actor", "programme", "class", "rtype") for m in in_lead) \
                or any(m.best[0].iri not in again and not (m.best[0].iri in parts_of or text[:m.start].endswith("在")
                                                           and any(a.best[0].iri in parts_of for a in actors))
                       for m in actors):
            return None
        scope = "".join(m.text + "，" for m in in_lead if m.kind == "programme" and m.text not in asked)
        return scope + asked
    def without_remark(self, question: str, refused: dict) -> dict | None:
        """館內資料著錄不全：一九八二年那場…座談會的主辦單位是…: words the graph does not hold only in a remark before a colon
        (the asker's situation) refuse nothing; the question after it is read, and the answer says so."""
        text = normalise(question)
        lead = COLON_LEAD.match(text) or SUPPOSED_LEAD.match(text)
        words = refused.get("not_understood") or []
        if not lead or not words or not all(w in lead.group(0) for w in words) \
                or len(lead.group(0)) - 1 - sum(map(len, words)) < 3:  # (亚特兰蒂斯：…: the name is the heading, the topic)
            return None
        return read_in_part(self._answer(text[lead.end():].strip()), question,
                            f"；“{lead.group(0)}”是提问者的说明，不是问题的条件")

    def read(self, question: str) -> dict:
        """The question read whole (its divisions of the Corps asked after it too); when that reads as nothing, 福建是哪几个市
        在援昌都 read as the giver's parts asked (vocabulary.giver_parts_asked), 哈密边上的兵团第十三师 without the place that
        only locates the one asked (vocabulary.without_locator), 哪几个县归河北 as 河北's aid (vocabulary.belongs_as_aid)."""
        result = self.with_corps(question) or self._answer(question)
        if result.get("status") not in NARRATION_SET_ASIDE:
            return result
        said = normalise(question)
        for plain in (giver_parts_asked(said), without_locator(said), belongs_as_aid(said), claim_value_asked(said),
                      self.claim_name_asked(said)):
            if plain is not None and (found := read_in_part(self._answer(plain), question)) is not None:
                return found
        return result

    def narrated_tail(self, question: str, uncounted: bool = False, when: bool = False,
                      sentence: bool = False) -> dict | None:
        """我一个援藏的老朋友在拉萨干了三年，说跟北京来的干部住一个院子。拉萨到底是哪几个省市在对口援？: the whole text read as
        nothing, the question after the asker's narration is read alone (a year the narration names kept when the question
        points back at it: 那时候); the answer says the narration was set aside (None when no such reading answers)."""
        text = normalise(question)
        for lead, asked in narrated_splits(text):
            if uncounted and (NARRATED_COUNT.search(asked) or not NARRATED_COUNT.search(lead)):
                continue  # (only a count said in the narration alone is set aside with it)
            if when and not NARRATED_WHEN.search(asked):
                continue
            if sentence and not SENTENCE_END.search(text[len(lead):len(text) - len(asked)]):
                continue  # (a narration ended by its own sentence: 。！)
            if TIME_POINTS_BACK.match(asked) and (year := NARRATED_YEAR.search(lead)):
                asked = year.group(0) + asked
            if (found := read_in_part(self.read(asked), question, f"；“{lead}”是提问者的叙述，不是问题的条件")) is not None:
                return found
        return None

    def start_checked(self, question: str) -> dict | None:
        """援疆是不是2010年开始的？: a start year claimed and checked, read as nothing — the start year asked, and yes or no
        as the claim's year is that year (None when not so said, or the year asked gets no one answer)."""
        said = normalise(question)
        if (claim := START_CHECKED.match(said)) is None:
            return None
        found = self._answer(claim.group("head") + "是哪一年" + claim.group("verb") + "的？")
        years = [a.get("value") for a in found.get("answers") or []]
        if found.get("status") != "ok" or not years or not all(isinstance(y, int) for y in years):
            return None
        held = int(claim.group("year")) in years
        shown = "、".join(str(y) for y in years)
        return {**found, "question": question, "normalized": said, "template": "start_checked",
                "answers": [{"value": held, "sources": found.get("sources", [])}],
                "interpretation": found["interpretation"] + f"；核对所说的{claim.group('year')}年",
                "text": ("是的，" if held else "不是，") + f"起始年份为{shown}年。"}

    def asking_segment(self, question: str) -> dict | None:
        """吉林援藏对口的是哪三个县？科里有个病人从萨嘎转过来，想确认一下…: the whole text read as nothing, the text up
        to its first segment that asks is read alone (and without a lead before a colon); the answer says so."""
        if (head := asking_prefix(question)) is None:
            return None
        tries = [head] + ([head[lead.end():].strip()] if (lead := COLON_LEAD.match(head)) else [])
        for core in tries:
            if (found := read_in_part(self._answer(core), question, f"；只按“{core}”作答，其后是补充说明")) is not None:
                return found
        return None

    def _answer(self, question: str) -> dict:
        whole = without_remark_after(without_source(self.parts_in_brackets(self.joined_names(spoken_which(
            parts_said_plainly(without_asides(without_courtesy(normalise(question)))))))))  # (…？书里把它放在第三阶段的开头: the question, not the remark)
        whole = PARTS_SET_ASIDE.sub("本身", whole)  # 只问塔城地区本身，不算下面的县: parts set aside ask for the place itself
        whole = CITY_DISTRICTS.sub("的区", whole)  # 上海市辖区有哪几个: the city's districts (not 哪些市辖区, the kind)
        whole = LEVELS_WITH_PARTS.sub("地市及其下辖结对县", whole)  # …所支援的地区和其下面的对口县: one wording of a giver's places at both levels (compose.nested_kinds)
        whole = self.topic_then_giver_parts(self.spoken_topic(whole))  # (a spoken topic said again is set aside first)
        if (restart := RESTARTED.match(whole)) and len(whole) - restart.end() >= 6:
            whole = whole[restart.end():]  # …算了，就问…: the question the asker starts again with
        text = without_preamble(whole)
        # …？听说还有金沙府？: a clause after the question, set aside as a remark, that asks (吗, 呢, a question mark)
        said = without_asides(without_courtesy(normalise(question)))
        tail = said[said.find(text) + len(text):] if text and text in said else ""
        tail = tail if re.search("[吗呢么？?]\\W*$", tail) else ""
        if (guess := GUESS_CHECKED.match(text)) and not residue.unknown_names(
                rest := text[guess.end("head"):], self.gazetteer.link(rest), self.gazetteer.abbreviations):
            text = guess.group("head")  # …哪年开始的？2010？？不对吧: the question answers the guess it checks
        linked = self.by_context(text, self.gazetteer.link(text))
        if (plain := self.part_named_plainly(text, linked)) != text:
            text = whole = plain  # 日喀则下面的白朗县: one place named within another, not the other's parts asked
            linked = self.by_context(text, self.gazetteer.link(text))
        if text != whole and all(m.kind == "class" for m in linked):
            # 书里说1983年…，想问其中…, 听说江西援疆是对口克州的一个县，…请问是哪个县: the names are in the lead clause
            text = whole
            linked = self.by_context(text, self.gazetteer.link(text))
        introduced = []  # the asker's own place, named in an introduction that is dropped (here or with a preamble)
        if text != whole and whole.endswith(text) and (lead := SELF_INTRO.match(whole)) \
                and len(whole) - len(text) >= lead.end():  # 我是延边州的，想问下…
            introduced = [m for m in self.gazetteer.link(lead.group(0)) if m.kind == "actor" and not m.ambiguous]
        if (heard := HEARSAY_LEAD.match(text)) and not REFERS_BACK.search(text[heard.end():]) and any(
                m.kind == "actor" and m.start >= heard.end() for m in linked) and ASKING_WORDS.search(text[heard.end():]):
            text = text[heard.end():]  # 听说汕尾跟深圳结了对子，河源那边又是谁在帮: the question after what was heard
            linked = self.by_context(text, self.gazetteer.link(text))
        if (intro := SELF_INTRO.match(text)) and any(m.kind != "class" and m.start >= intro.end() for m in linked) \
                or (intro := self_place_intro(text, linked)) and any(  # (我们铜仁跟苏州…，苏州…: a name said again)
                    m.kind == "actor" for m in self.gazetteer.link(text[intro.end():])):
            introduced += [m for m in linked if m.kind == "actor" and not m.ambiguous and m.end <= intro.end()]
            text = text[intro.end():]  # 我们是哈尔滨一个区的，听说哈尔滨和…: the introduction is not the question
            if len(introduced) == 1 and SELF_REFERENCE.search(text):  # …对口我们州下面的县市: the asker's place
                text = SELF_REFERENCE.sub(introduced[0].best[0].label, text)
            linked = self.by_context(text, self.gazetteer.link(text))
        if (restated := self.restated_lead(text, linked)) is not None:
            text = restated  # 江苏援拉萨是分到…的吧？江苏哪几个市在拉萨有对口县: the question after the supposed lead
            linked = self.by_context(text, self.gazetteer.link(text))
        excepted = [m for m in linked if m.kind == "actor" and not m.ambiguous and set_aside(text, m)
                    and any(o.kind in ("actor", "event", "programme") for o in linked if o is not m and not set_aside(text, o))]
        if EXCEPT_SELF.search(text):  # 我是延边州的，…宁波除了我们这儿，还结对了哪里: the asker's place is set aside
            excepted += [m for m in introduced[:1] if all(o.best[0].iri != m.best[0].iri for o in linked)]
        linked = [m for m in linked if m not in excepted]
        programmes_aside = programmes_set_aside(text, linked)  # 撇开援疆那部分，北京…: a programme set aside, not one to meet
        linked = [m for m in linked if m not in programmes_aside]
        # 援青除了六省市，还有多少个中央国家机关: a kind set aside beside another kind asked is not a constraint
        linked = [m for m in linked if not (m.kind == "class" and EXCEPT_KIND.search(text[:m.start])
                                            and any(o.kind == "class" and o.start > m.end for o in linked))]
        # …，除了四川的重灾县以外，还安排了甘肃哪些地方: a named place's kind in a clause set aside (除了…以外) is no constraint
        linked = [m for m in linked if not (m.kind == "class" and (aside := SET_ASIDE_CLAUSE.search(text))
                                            and aside.start() <= m.start and m.end <= aside.end()
                                            and any(o.kind == "actor" and aside.start() <= o.start < m.start for o in linked + excepted))]
        mentions = self.without_qualifiers(text, linked)
        mentions = self.without_context_places(text, mentions)
        mentions = without_old_stage(text, mentions)
        mentions = [m for m in mentions if not (m.kind == "actor" and text[:m.start].endswith("在")
                                                and VENUE_AFTER.match(text[m.end:]))]  # 在北京开的哪个会: a venue
        if (dated := self.dated_meeting(text, mentions)) != mentions and any(m.ambiguous for m in dated):
            dated = self.by_context(text, dated)  # 2010年6月在西宁开的那个会…援建玉树: the meeting found by its date settles 玉树
        mentions = self.venue_meeting(text, dated)
        mentions = self.named_rounds(text, mentions)
        mentions = self.pair_programme_noun(text, mentions)
        mentions = self.issuer_document(text, mentions)
        mentions = self.named_part(text, mentions)
        mentions = self.intra_programme(text, mentions)
        mentions = self.launch_named(text, mentions)
        mentions = province_against(text, mentions)
        mentions = self.pair_named(text, mentions)
        mentions = self.pair_members(text, mentions)
        mentions = without_stated_agents(text, mentions)
        mentions = without_arranger(text, mentions)
        mentions = listed_into_name(text, mentions)
        mentions = self.convened_meeting(text, mentions)
        mentions = self.issuers_of_asked(text, mentions)
        mentions = self.collective_region_programme(text, mentions)
        mentions = self.region_programme(text, mentions)
        mentions = asked_event_loose(text, mentions)
        mentions = self.lone_phase(text, mentions)
        mentions = self.stage_ended(text, mentions)
        mentions = self.kind_qualified(text, kind_said_once(mentions))
        mentions = programmes_of_halves(text, mentions)
        mentions = [m for m in mentions if not (m.kind == "class" and (joined := KIND_AND_CITY.match(text[m.end:])) and not any(
            m.end < o.end and o.start < m.end + joined.end() for o in mentions))]  # 省份及城市: both asked, no filter
        result = render.skeleton(question, text, mentions)
        result["_programmes_aside"] = programmes_aside  # (read by frame_of; taken off the answer by QA.answer)
        if (found := self.number_in_event(result, text, mentions)) is not None:
            return found
        if (found := self.meeting_of_date(result, text, mentions)) is not None:
            return found
        if (found := self.book.answer(result, whole)) is not None:
            return found
        if (found := self.quoted_origin(result, text, mentions)) is not None:
            return found
        if (found := self.described_event(result, text, mentions)) is not None:
            return found
        if (found := self.convened_named(result, text, mentions)) is not None:
            return found
        if (found := self.decided_by(result, text, mentions)) is not None:
            return found
        if words := residue.unknown_names(text, linked + excepted + mentions + self.gazetteer.link(text), self.gazetteer.abbreviations) \
                or tail and residue.unknown_names(tail, self.gazetteer.link(tail), self.gazetteer.abbreviations):
            # (a name we do not hold in a clause that asks after the question is asked after too: never dropped)
            return render.not_held(result, words)  # 江苏在亚特兰蒂斯对口支援哪些县: never answered as if 亚特兰蒂斯 were not there
        if (ordinal := ORDINAL_MEETING.search(text)) \
                and not any(ordinal.group(1) in normalise(e.label) for e, _, _ in self.gazetteer.events):
            return render.not_held(result, [ordinal.group(0)])  # 第九次西藏工作座谈会: no meeting of the graph has that ordinal
        if (found := self.mechanisms.answer(result, text, mentions)) is not None:
            return found
        if (series := self.series_ranked(text, mentions)) is not None:
            mentions = sorted([m for m in mentions if m.end <= series.start or series.end <= m.start] + [series],
                              key=lambda m: m.start)
            result["entities"] = [m.as_dict() for m in mentions]
            if SERIES_WHICH.search(text):  # 最早的一次…是哪次: the meeting itself
                result.update(status="ok", template="series_ranked", answers=[{"label": series.best[0].label,
                              "iri": series.best[0].iri}], sources=self.sources.for_facts([series.best[0].iri]),
                              interpretation=f"理解为：{series.text}系列中按日期{'最早' if SERIES_FIRST.search(text) else '最近'}的一次",
                              text=f"{series.text}中{'最早' if SERIES_FIRST.search(text) else '最近'}的一次是{series.best[0].label}。")
                return result
        unclear = [m for m in mentions if m.ambiguous]
        frame = self.side_by_kind(self.side_by_member(self.side_by_name(self.own_scope(self.as_time_point(self.round_as_point(
            self.programme_dated(launched_since(round_dated(self.frame_of(text, mentions, result))))))))))
        if "keywords" in frame.cues or token_actor(frame):
            frame = self.keyword_direction(frame)
        elif len(text.split()) > 2 and len(frame.of_kind("actor")) == 2:
            frame = self.keyword_pair_direction(frame)  # 日喀则 下辖 沪 援建县: search words, two names
        if (stages := self.stages_compared(frame)) is not None:
            mentions = stages  # 汶川地震的两个对口名单，哪一个参加的省份多: the event's two programmes (or a programme's rounds)
            result["entities"] = [m.as_dict() for m in mentions]
            frame = self.frame_of(text, mentions, result)
        if frame.cues & RANKED and any(m.best[0].via == ASKED for m in mentions):
            # 黑龙江和吉林，哪个省支援的地方多: the answer's kind, not the counted places
            mentions = [m for m in mentions if m.best[0].via != ASKED]
            result["entities"] = [m.as_dict() for m in mentions]
            frame = self.frame_of(text, mentions, result)
        if (any(institution(text, m) for m in linked) or unknown_body(text, linked)) and not frame.of_kind("actor"):
            # 成都七中, 腾讯公司: nothing we hold
            # a programme or place beside the firm does not make it known: the question's subject is not in the graph
            return render.not_understood(result, dataclasses.replace(frame, cues=frame.cues - OUT_OF_SCOPE, mentions=[]))
        if unknown_agent(frame) or unknown_place(text, self.gazetteer.with_concepts(text, linked), self.gazetteer.abbreviations):
            return render.not_understood(result, dataclasses.replace(frame, mentions=[]))
        if unclear and not frame.cues & OUT_OF_SCOPE:  # 上海给喀什拨多少资金: refused whichever 喀什 is meant
            return render.ambiguous(result, text, unclear[0])
        if counted(frame) and TOGETHER.search(frame.masked) and not EACH.search(frame.masked) and (
                run := self.co_agents(dataclasses.replace(frame, cues=frame.cues - {"count", "countable"}))):
            return self.counted_together(result, dataclasses.replace(frame, cues=frame.cues - {"count", "countable"}), run)
        frame = successor_from(self.taken_over_parts(frame))
        if (lasted := self.lasted(result, frame)) is not None:
            return lasted  # 深圳帮扶毕节一共持续了几年: the end year less the start year, not the start year
        if (LONGER_ASKED.search(frame.masked) or SHORTER_ASKED.search(frame.masked) or YEARS_APART.search(frame.masked)) \
                and len(frame.of_kind("actor")) == 3 and (timed := self.figures_combined(result, frame)) is not None:
            return timed  # 福建支援林芝和支援昌都，哪个时间更长: each pairing's length (no count template reads it)
        if (checked := self.count_checked(result, frame)) is not None:
            return checked
        if (guessed := self.top_guessed(result, frame)) is not None:
            return guessed
        if each := enumerated(frame) or listed_kinds(frame) or self.co_agents(frame) or self.stages_listed(frame):
            return self.each_answered(result, frame, each)
        if programmes := programmes_asked_each(frame):  # 津 又援藏又援青，分别帮的哪儿: the actor's partners in each
            return self.each_answered(result, frame, programmes)
        if listed := listed_yes_no(frame) or givers_each(frame):
            return self.all_of(result, frame, listed)
        if (which := alternatives(frame)) is not None:
            return self.either_of(result, frame, *which)
        if programmes := programmes_each(frame):  # 津 既援疆 又援青？: the actor asked of each programme in turn
            return self.all_of(result, frame, programmes, "" if "yesno" in frame.cues else "吗")
        ranking = bool(excepted) and not WHOLE_ASKED.search(text) and bool(frame.cues & RANKING_CUES)
        answer = compared_yes_no(self.answered(
            dict(result, _set_aside=frozenset(m.best[0].iri for m in excepted)) if ranking else dict(result),
            common_within(frame)), frame)
        answer.pop("_set_aside", None)
        if excepted and not WHOLE_ASKED.search(text) and answer["status"] == "ok" and counted(frame):
            answer = self.count_without(answer, result, frame, excepted)  # 除了广西，广东还对口过几个地方: the others counted
        elif excepted and not WHOLE_ASKED.search(text) and answer["status"] == "ok":
            known = {m.best[0].iri for m in excepted}  # 除了辽宁还有谁: the others
            others = [a for a in answer["answers"] if a.get("iri") not in known]
            names = "、".join(m.best[0].label for m in excepted)
            answer = {**answer, "answers": others, "interpretation": answer["interpretation"] + f"；除去已知的{names}",
                      "text": f"除{names}外：" + "、".join(a.get("label", str(a.get("value"))) for a in others) + "。"} \
                if others else {**answer, "status": "no_fact", "answers": [], "text": f"图谱中除{names}外没有别的记录。"}
        if counted(frame) and (total := totals.stated(self.store, frame, self.templates.classes)):
            return totals.answered(answer, total, total["kind"], self.sources)
        if answer["status"] != "ok" and (clauses := self.clauses_compared(result, frame) or self.counts_compared(
                result, frame) or self.choices_ranked(result, frame) or self.clauses_ranked(result, frame) or self.figures_combined(result, frame)) is not None:
            return clauses  # 北京援拉萨的区县和天津援昌都的区县，谁包的多: each clause counted, the givers compared
        why = self.other_side_worth_reading(answer, frame)
        if why is not None:
            other = self.answered(dict(result), dataclasses.replace(frame, direction=FLIP[frame.direction]))
            if other["status"] == "ok" and (why != "negative" or [a.get("value") for a in other["answers"]] == [True]):
                return other
        return self.both_sides(result, answer, frame)

    def both_sides(self, result: dict, answer: dict, frame: Frame) -> dict:
        """徐州和哪些城市结对: a relation named either way round (结对, 挂钩, 协作 with no side named) of one actor that
        takes both sides — the places it gives to and those it receives from, both listed; else the answer as it was."""
        if answer["status"] != "ok" or "symmetric" not in frame.cues or len(frame.of_kind("actor")) != 1 \
                or frame.direction not in FLIP or frame.cues & ONE_SIDE_ASKED \
                or not all("iri" in a for a in answer["answers"]):
            return answer
        other = self.answered(dict(result), dataclasses.replace(frame, direction=FLIP[frame.direction]))
        known = {a["iri"] for a in answer["answers"]}
        more = [a for a in other["answers"] if "iri" in a and a["iri"] not in known] if other["status"] == "ok" else []
        if not more:
            return answer
        return {**answer, "answers": answer["answers"] + more, "sources": answer["sources"] + other.get("sources", []),
                "interpretation": answer["interpretation"] + "；另一方向：" + other["interpretation"].removeprefix("理解为："),
                "text": answer["text"].rstrip("。") + "；" + other["text"]}

    def lasted(self, result: dict, frame: Frame) -> dict | None:
        """深圳帮扶毕节一共持续了几年: how long the two named actors' pairing lasted (in the programme named, if one is) —
        its last end year less its first start year; one still running (no end year) is said so, with no number
        (no_fact); None when the question asks no duration or names no two actors paired with a start year."""
        actors, programmes = frame.of_kind("actor"), frame.of_kind("programme")
        checked = DURATION_CHECKED.search(frame.masked)  # (持续了10到20年吗: whether the length falls in that range)
        if not (DURATION.search(frame.masked) or checked) or len(actors) != 2 or any(m.ambiguous for m in actors + programmes) \
                or len(programmes) > 1 or frame.of_kind("event"):
            return None
        a, b = (m.best[0] for m in actors)
        rows = [r for r in self.store.query(PAIRING_YEARS, substitutions={"a": term(a.iri), "b": term(b.iri)})
                if not programmes or r["g"].value == programmes[0].best[0].iri]
        said = f"{a.label}与{b.label}的对口关系"
        if not rows and checked:  # (上海援喀什持续了10到20年吗: the pairings are with its counties; never a plain yes)
            result.update(status="no_fact", template="pairing_duration", interpretation=f"理解为：{said}持续的年数",
                          text=f"图谱中没有{said}的起止年份（没有记录不等于不存在），无法判断持续了多少年。")
            return result
        if not rows:
            return None
        start = min(int(r["y"].value) for r in rows)
        ends = [int(r["e"].value) if r["e"] is not None else None for r in rows]
        result.update(template="pairing_duration", sources=self.sources.for_facts([r["p"].value for r in rows]),
                      interpretation=f"理解为：{said}持续的年数（结束年份减开始年份）")
        if None in ends:
            result.update(status="no_fact", text=f"{said}{start}年开始，图谱中没有结束年份（仍在执行或结束未见记录），"
                                                  "无法给出持续年数。")
            return result
        years = max(ends) - start
        if checked:  # (the range as written, both ends included)
            low, high = sorted((written_number(checked.group(1)), written_number(checked.group(2))))
            within = low <= years <= high
            result.update(status="ok", answers=[{"value": within, **({} if within else {"negative": True})}],
                          interpretation=f"理解为：{said}持续的年数是否在{low}到{high}年之间（结束年份减开始年份）",
                          text=f"{'是' if within else '否'}：{said}{start}年开始、{max(ends)}年结束，前后{years}年。")
            return result
        result.update(status="ok", answers=[{"value": years}],
                      text=f"{said}{start}年开始、{max(ends)}年结束，前后{years}年。")
        return result

    def clauses_compared(self, result: dict, frame: Frame) -> dict | None:
        """北京援拉萨的区县和天津援昌都的区县，谁包的多: two clauses joined (和/与/跟), each a giver, an aid verb and a place,
        compared by how many: each clause asked as a count of its own (what it counts written after either place), the
        giver of the larger (更少: the smaller) answered, ties kept; None when the text is not two such clauses."""
        actors, text = frame.of_kind("actor"), frame.text
        if not frame.cues & {"compare", "fewer"} or frame.cues & {"earlier", "later", "yesno", "difference", "ratio", "equal"} \
                or len(actors) != 4 or any(m.ambiguous for m in actors) or frame.of_kind("event"):
            return None
        joined = CLAUSES_JOINED.match(text[actors[1].end:actors[2].start])
        if not joined or not all(CLAUSE_AID.search(text[a.end:b.start]) for a, b in (actors[:2], actors[2:])):
            return None
        end = CLAUSE_END.search(text, actors[3].end)
        tail2 = CLAUSE_COMPARED.sub("", text[actors[3].end:end.start() if end else len(text)])
        lead, tail = text[:actors[0].start], joined.group("tail") or tail2
        counts = []
        for giver, place, own in ((actors[0], actors[1], tail), (actors[2], actors[3], tail2 or tail)):
            asked = self._answer(f"{lead}{text[giver.start:place.end]}{own}有多少个？")
            if asked["status"] == "no_fact" and asked.get("template"):
                asked = {**asked, "answers": [{"value": 0}]}  # (none recorded: 0, said so)
            elif asked["status"] != "ok" or len(asked["answers"]) != 1 or "value" not in asked["answers"][0]:
                return None
            counts.append((giver, asked))
        if not any(a["answers"][0]["value"] for _, a in counts):
            return None
        pick = min if "fewer" in frame.cues else max
        best = pick(a["answers"][0]["value"] for _, a in counts)
        won = [g.best[0] for g, a in counts if a["answers"][0]["value"] == best]
        said = "；".join(a["text"].rstrip("。") for _, a in counts)
        first = next(a for _, a in counts if a["status"] == "ok")
        return {**first, "question": result["question"], "template": "clauses_compared",
                "entities": result["entities"], "answers": [{"label": c.label, "iri": c.iri} for c in won],
                "sources": [s for _, a in counts for s in a["sources"]],
                "interpretation": "理解为：两句分别计数后比较（" + "；".join(
                    a["interpretation"].removeprefix("理解为：") for _, a in counts) + "）",
                "text": f"{'、'.join(c.label for c in won)}{'更少' if pick is min else '更多'}（{said}）。"}

    def choices_ranked(self, result: dict, frame: Frame) -> dict | None:
        """北京、天津、安徽三家里哪家对口的县市最多: a ranking (最多/最少) over actors the question names one after the other
        as the choices, asked with 哪/谁 after them — read as those actors compared by how many (`counts_compared`), the
        ranking kept to the choices; None when the actors are not such a list."""
        actors, text = frame.of_kind("actor"), frame.text
        if not frame.cues & RANKING or not 2 <= len(actors) <= 6 or frame.cues & {"compare", "fewer", "yesno", "when"} \
                or any(m.ambiguous for m in actors) or frame.of_kind("event") \
                or not all(CHOICES_JOINED.match(text[a.end:b.start]) for a, b in zip(actors, actors[1:])) \
                or not re.search("哪|谁", text[actors[-1].end:]):
            return None
        cues = (frame.cues - {"most", "fewest", "wh", "listing", "ask_actors", "ask_supporter", "ask_recipient"}) \
            | {"compare"} | ({"fewer"} if "fewest" in frame.cues else set())
        found = self.counts_compared(result, dataclasses.replace(frame, cues=cues), ranked=True)
        if found is None:
            return None
        return {**found, "template": "choices_ranked",
                "interpretation": found["interpretation"].replace("理解为：两方分别计数后比较", "理解为：所列各方分别计数后取"
                                                                  + ("最少" if "fewest" in frame.cues else "最多"), 1)}

    def clauses_ranked(self, result: dict, frame: Frame) -> dict | None:
        """北京援疆在和田，天津援疆在和田，安徽在皮山，三家里哪家对口的县市最多: clauses each naming a giver and its place (the
        asker's account of who gives where), then a ranking over those givers pointed back at (三家里, 这几家中) — each clause
        asked as a count of its own (what is counted written after its place), the giver of the largest (最少: smallest)
        answered, ties kept; None when the text is not so said or a count cannot be read."""
        text = frame.text
        read = {m.text: m for m in frame.of_kind("actor") if not m.ambiguous}  # (和田 as the frame read it)
        if not frame.cues & RANKING or frame.cues & {"compare", "fewer", "yesno", "when"} or frame.of_kind("event"):
            return None
        *told, tail = [c.strip() for c in CLAUSE_SPLIT.split(text)]
        back, asked = CLAUSES_POINTED_BACK.search(tail), CLAUSE_RANK_ASKED.search(tail)
        if not 2 <= len(told) <= 6 or back is None or asked is None or back.start() > asked.start() \
                or back.group("n") and back.group("n").isdigit() and int(back.group("n")) != len(told):
            return None
        pairs = []
        for clause in told:  # (each clause linked alone: a place said in two clauses is kept in both)
            linked = [m for m in self.gazetteer.link(clause) if m.kind != "programme"]
            if len(linked) != 2 or any(m.kind != "actor" or m.text not in read for m in linked):
                return None
            pairs.append((read[linked[0].text], clause[:linked[1].end]))
        counts = []
        for giver, clause in pairs:
            found = self._answer(f"{clause}{asked.group('own')}有多少个？")
            if found["status"] == "no_fact" and found.get("template"):
                found = {**found, "answers": [{"value": 0}]}
            elif found["status"] != "ok" or len(found["answers"]) != 1 or not isinstance(found["answers"][0].get("value"), int):
                return None
            counts.append((giver, found["answers"][0]["value"], found))
        if not any(n for _, n, _ in counts):
            return None
        pick = min if "fewest" in frame.cues else max
        best = pick(n for _, n, _ in counts)
        won = list({g.best[0].iri: g.best[0] for g, n, _ in counts if n == best}.values())
        said = "；".join(f.get("text", "").rstrip("。") for _, _, f in counts)
        first = next(f for _, _, f in counts if f["status"] == "ok")
        return {**first, "question": result["question"], "template": "clauses_ranked", "entities": result["entities"],
                "answers": [{"label": c.label, "iri": c.iri} for c in won],
                "sources": [x for _, _, f in counts for x in f.get("sources", [])],
                "interpretation": "理解为：各句所说的一方分别计数后取" + ("最少" if pick is min else "最多") + "（" + "；".join(
                    f["interpretation"].removeprefix("理解为：") for _, _, f in counts) + "）",
                "text": f"{'、'.join(c.label for c in won)}{'最少' if pick is min else '最多'}（{said}）。"}

    def counts_compared(self, result: dict, frame: Frame, ranked: bool = False) -> dict | None:
        """2016年之后，广州和深圳谁在东西部协作里新结对的地方多: two named actors compared under constraints no comparison
        template takes (a year, a kind, a programme together): each actor's count asked with every other constraint (none
        recorded counts 0), the larger (更少: the smaller) answered, ties kept; None when a count cannot be read."""
        actors = frame.of_kind("actor")
        if not frame.cues & {"compare", "fewer"} or frame.cues & {"earlier", "later", "yesno", "difference", "ratio", "equal"} \
                or not (len(actors) == 2 or ranked and 2 <= len(actors) <= 6) or any(m.ambiguous for m in actors) \
                or frame.of_kind("event"):
            return None
        side = "in" if frame.cues & {"passive", "received", "supporter_role"} else "out"
        cues = (frame.cues - {"compare", "fewer", "wh", "listing"}) | {"count"}
        counts = []
        for actor in actors:
            mentions = [m for m in frame.mentions if m.kind != "actor" or m is actor]
            asked = self.answered(dict(result), dataclasses.replace(frame, mentions=mentions, cues=cues, direction=side))
            if asked["status"] == "ok" and len(asked["answers"]) == 1 and isinstance(asked["answers"][0].get("value"), int):
                counts.append((actor, asked["answers"][0]["value"], asked))
            elif asked["status"] == "no_fact" and asked.get("template"):
                counts.append((actor, 0, asked))
            else:
                return None
        if not any(n for _, n, _ in counts):
            return None
        pick = min if "fewer" in frame.cues else max
        best = pick(n for _, n, _ in counts)
        won = [a.best[0] for a, n, _ in counts if n == best]
        said = "；".join(f"{a.best[0].label}{n}个" for a, n, _ in counts)
        first = next(r for _, n, r in counts if r["status"] == "ok")
        return {**first, "question": result["question"], "template": "counts_compared", "entities": result["entities"],
                "answers": [{"label": c.label, "iri": c.iri} for c in won],
                "sources": [s for _, _, r in counts for s in r.get("sources", [])],
                "interpretation": "理解为：两方分别计数后比较（" + "；".join(
                    r["interpretation"].removeprefix("理解为：") for _, _, r in counts) + "）",
                "text": f"{'、'.join(c.label for c in won)}{('最' if ranked else '更') + ('少' if pick is min else '多')}"
                        f"（{said}）。"}

    def figures_combined(self, result: dict, frame: Frame) -> dict | None:
        """Two sub-answers of one question combined: the two things compared (two meetings, documents, stages or
        programmes joined by 和/与/跟 — 过渡安置名单和重建方案名单; or one actor's two partners — 福建支援林芝和支援昌都), each
        asked with every other constraint the question names (its count, or, when a length of time is compared, the
        length of the actor's pairing with it), then combined as asked: the larger or smaller named (哪个时间更长, 哪个多),
        the difference (差几个), or the ratio (A是B的几倍). None when the question names no such pair or a side's figure
        cannot be read (then the answer stands as it was)."""
        longer, shorter = LONGER_ASKED.search(frame.masked), SHORTER_ASKED.search(frame.masked)
        ratio = RATIO_ASKED.search(frame.masked)
        op = "ratio" if ratio else "difference" if "difference" in frame.cues else \
            "less" if shorter or "fewer" in frame.cues else "more" if longer or "compare" in frame.cues else None
        if op is None or "yesno" in frame.cues or (pair := compared_pair(frame, op)) is None \
                or op == "ratio" and all(m.kind == "actor" for m in pair):  # (two actors' counts: the compare template's)
            return None
        timed = bool(longer or shorter or op == "difference" and YEARS_APART.search(frame.masked))
        if not timed and pair[0].kind == "actor" and len(frame.of_kind("actor")) == 3:
            return None  # (one actor's two partners are compared by how long each pairing ran, not counted)
        if not timed and op in ("more", "less") and not frame.of_kind("class"):
            return None  # (哪个多 with nothing named to count: not read as a count)
        sides = []
        for own in pair:
            sub = dataclasses.replace(frame, mentions=[m for m in frame.mentions if m is own or m not in pair])
            found = self.pairing_length(sub) if timed else self.count_of(result, sub)
            if found is None:
                return None
            sides.append((own, *found))
        if not any(n for _, n, _ in sides):
            return None  # (nothing recorded on either side: no comparison to tell)
        if (order := FIGURE_RATIO.search(frame.text)) and pair[1].start < order.end("a") <= pair[0].start:
            sides.reverse()  # (B和A相比，A是B的几倍: the one before 是 over the other)
        said = "；".join(f"{own.best[0].label}：{asked['text'].rstrip('。')}" for own, _, asked in sides)
        (a, x, _), (b, y, _) = sides
        if op == "ratio":
            if not y:
                return None
            value = x / y
            answers = [{"value": int(round(value)) if abs(value - round(value)) < 1e-9 else round(value, 2)}]
            told = f"{a.best[0].label}是{b.best[0].label}的{answers[0]['value']}倍"
        elif op == "difference":
            answers = [{"value": abs(x - y)}]
            told = f"相差{abs(x - y)}{'年' if timed else '个'}"
        else:
            pick = min if op == "less" else max
            best = pick(x, y)
            won = [own.best[0] for own, n, _ in sides if n == best]
            answers = [{"label": c.label, "iri": c.iri} for c in won]
            told = f"{'、'.join(c.label for c in won)}{('更短' if timed else '更少') if op == 'less' else ('更长' if timed else '更多')}"
        said_as = {"ratio": "之比", "difference": "之差", "less": "比较（问较小的一方）", "more": "比较（问较大的一方）"}[op]
        shown = {} if timed else {k: v for k, v in sides[0][2].items() if k in ("sparql", "table")}  # (a count's query)
        return {**result, **shown, "status": "ok", "template": "figures_combined",
                "entities": result["entities"], "answers": answers,
                "sources": [src for _, _, asked in sides for src in asked.get("sources", [])],
                "interpretation": f"理解为：两项{'持续年数' if timed else '数量'}分别求出后{said_as}（" + "；".join(
                    asked["interpretation"].removeprefix("理解为：") for _, _, asked in sides) + "）",
                "text": f"{told}（{said}）。"}

    def count_of(self, result: dict, frame: Frame) -> tuple[int, dict] | None:
        """The count the frame asks (every other constraint kept; none recorded counts 0), with its answer."""
        cues = (frame.cues - COMBINED_CUES) | {"count", "countable"}
        asked = self.answered(dict(result), dataclasses.replace(frame, cues=cues))
        if asked["status"] == "ok" and len(asked["answers"]) == 1 and isinstance(asked["answers"][0].get("value"), int) \
                and not isinstance(asked["answers"][0]["value"], bool):
            return asked["answers"][0]["value"], asked
        if asked["status"] == "no_fact" and asked.get("template"):
            return 0, asked
        return None

    def pairing_length(self, frame: Frame) -> tuple[int, dict] | None:
        """How many years the frame's two actors' pairing ran (in the programme named, if one is): its last end year less
        its first start year, one still running counted to this year (and said so)."""
        actors, programmes = frame.of_kind("actor"), frame.of_kind("programme")
        if len(actors) != 2 or any(m.ambiguous for m in actors + programmes) or len(programmes) > 1:
            return None
        a, b = (m.best[0] for m in actors)
        rows = [r for r in self.store.query(PAIRING_YEARS, substitutions={"a": term(a.iri), "b": term(b.iri)})
                if not programmes or r["g"].value == programmes[0].best[0].iri]
        if not rows:
            return None
        start = min(int(r["y"].value) for r in rows)
        ends = [int(r["e"].value) if r["e"] is not None else None for r in rows]
        now = datetime.date.today().year
        end = now if None in ends else max(ends)
        said = f"{start}年开始、{'至今仍在执行' if None in ends else f'{end}年结束'}，前后{end - start}年"
        return end - start, {"text": f"{a.label}与{b.label}的对口关系{said}",
                             "sources": self.sources.for_facts([r["p"].value for r in rows]),
                             "interpretation": f"理解为：{a.label}与{b.label}的对口关系持续的年数"}

    def other_side_worth_reading(self, answer: dict, frame: Frame) -> str | None:
        """Why the question is worth reading with the actor on the other side (word order gave one side), or None:
        "negative" — 沈阳和北京之间是对口合作关系吗: a relation either way round, whichever name comes first (a yes
        only counts); "event" — 1993年那次西藏工作会议安排谁支援西藏区直各部门: no reading of the event's pairings fits the
        side word order gave; "one side" — 哪些省份与桂建立过对口关系 (either way round), 林芝 援藏 哪些省 (an actor that
        only ever takes the other side is read on it)."""
        if frame.direction not in FLIP:
            return None
        actors, status = len(frame.of_kind("actor")), answer["status"]
        if status == "ok" and actors == 2 and [a.get("value") for a in answer["answers"]] == [False] \
                and ("symmetric" in frame.cues or BETWEEN.search(frame.masked)):
            return "negative"
        if (status == "no_template" or status == "no_fact" and not frame.cues & {"recipient_role", "passive"}) \
                and actors == 1 and frame.of_kind("event") and not frame.cues & OUT_OF_SCOPE:
            return "event"  # (…会议，给深圳分配了哪几个帮扶城市: 深圳 gives, though 帮扶城市 read it as receiving)
        if status == "no_fact" and actors == 1 and ("symmetric" in frame.cues or self.other_side_only(frame)):
            return "one side"
        if status == "no_fact" and actors == 2 and "common" in frame.cues and self.other_side_only(frame):
            return "one side"  # 阿里和巴州 都支援了的省: two places that only ever receive, their common givers asked
        return None

    def answered(self, result: dict, frame: Frame) -> dict:
        """The frame's answer; 城市 asked (Frame.cities) where the graph records no city on the asked side: the answer
        without the kind, said so (哪几个城市对口支援林芝: only provinces are recorded)."""
        found = self.framed(dict(result), frame)
        if frame.cities and found.get("status") != "ok":
            plain = self.framed(dict(result), dataclasses.replace(frame, cities=False))
            if plain.get("status") == "ok":
                plain["interpretation"] = plain.get("interpretation", "") + "；图谱中没有单列的城市，按全部记录列出"
                return plain
        return found

    def framed(self, result: dict, frame: Frame) -> dict:
        if compose.preferred(frame) and (composed := self.composed(dict(result), frame)):
            return composed  # …座谈会以后 (a point in time), X（包括下辖各县）(a place with its parts): no template reads so
        first, kind, unused = None, None, []
        for binding in self.fitting(frame):
            if kind is not None and binding.template.type != kind:
                continue  # a cued question that found nothing is not answered as another kind of question
            if left := dropped(frame, binding):
                unused = unused or left  # a named constraint this template cannot use: another may
                continue
            tally = counts_list(frame, binding.template)  # its list is only shown in part: the count is the engine's
            answered = self.run(dict(result), binding, frame, first=render.MAX_ANSWERS if tally else None)
            if answered["status"] == "ok":
                return self.fitted_answer(answered, binding, frame)
            first = first or answered
            kind = kind or (binding.template.type if binding.template.cues else None)
        composed = self.composed(dict(result), frame)
        if composed is not None and (composed["status"] == "ok" or unused and first is None):
            return composed
        if unused and first is None:  # never answered with a constraint left out: said so instead
            return render.not_used(result, frame, unused)
        if first is not None and first.get("template") == "since_check" and (never := self.never_took_part(result, frame)):
            return never
        if first is not None and first.get("template") == "since_check_pair" and (other := self.begun_otherwise(first, frame)):
            return other
        if first is not None and first.get("template") == "takeover_successor" and first.get("status") == "no_fact" \
                and (kept := self.supporter_kept(first, frame)) is not None:
            return kept
        return first or render.not_understood(result, frame)

    def supporter_kept(self, result: dict, frame: Frame) -> dict | None:
        """汶川县过渡安置完了之后，重建是哪个接手: no one took over where the same supporter holds the place in the later
        stage too (广东 in both the interim and the reconstruction programme) — that supporter, said unchanged (None when
        the question names no stage, or the supporter holds the place in one programme only)."""
        actors = [m for m in frame.of_kind("actor") if not m.ambiguous]
        if len(actors) != 2 or not STAGE_WORD.search(frame.text):
            return None
        for old, place in ((actors[0].best[0], actors[1].best[0]), (actors[1].best[0], actors[0].best[0])):
            rows = list(self.store.query(SUPPORTED_IN, substitutions={"a": term(old.iri), "b": term(place.iri)}))
            programmes = {r["g"].value for r in rows}
            if len(programmes) < 2:
                continue
            facts = sorted({r["p"].value for r in rows})
            return {**result, "status": "ok", "template": "takeover_kept",
                    "answers": [{"label": old.label, "iri": old.iri}], "sources": self.sources.for_facts(facts),
                    "interpretation": result.get("interpretation", "") + f"；{place.label}在前后阶段均由{old.label}支援，没有换人",
                    "text": f"没有换人：{place.label}前后阶段都由{old.label}对口支援。"}
        return None

    def never_took_part(self, result: dict, frame: Frame) -> dict | None:
        """宁夏是否属于2010年对口援疆的支援省市之一: no pairing begun that year, and none in the programme at all — the
        plain no of the question without its year (None when the actor took part in some other year: no_fact stands)."""
        plain = self.answered(dict(result), dataclasses.replace(frame, years={}))
        if plain["status"] != "ok" or [a.get("value") for a in plain["answers"]] != [False]:
            return None
        return {**plain, "interpretation": plain["interpretation"] + "；图谱中该方从未参与，问题所说的年份不影响回答"}

    def begun_otherwise(self, result: dict, frame: Frame) -> dict | None:
        """福建对口支援昌都始于2014年，是否属实: a claimed start year checked, where the graph holds the pair's verified
        pairings with their start years and the first of them is another year — the plain no, with the year recorded
        (None when no verified pairing of the two with a verified start year is held: no_fact stands)."""
        actors, programmes = frame.of_kind("actor"), frame.of_kind("programme")
        if len(actors) != 2 or any(m.ambiguous for m in actors + programmes) or len(programmes) > 1 \
                or len(frame.years) != 1 or frame.direction != "out" or not YEAR_BEGAN.search(frame.masked):
            return None  # (2021年以后是否仍在…: no start year claimed, whether it still ran is not this)
        claimed = next(iter(frame.years.values()))
        giver, taker = (m.best[0] for m in actors)
        rows = [r for r in self.store.query(PAIR_STARTS, substitutions={"x": term(giver.iri), "y": term(taker.iri)})
                if not programmes or r["g"].value == programmes[0].best[0].iri]
        if not rows or any(r["doubt"] is not None for r in rows):
            return None  # (a pairing of the two unverified, or its start year: the graph cannot say no)
        begun = min(int(r["s"].value) for r in rows)
        if begun == claimed:
            return None
        facts = [r["f"].value for r in rows if int(r["s"].value) == begun]
        sources = self.sources.for_facts(facts)
        return {**result, "status": "ok", "answers": [{"value": False, "sources": sources}], "sources": sources,
                "text": f"否：图谱记录{giver.label}对口支援{taker.label}始于{begun}年，不是{claimed}年。",
                "interpretation": result.get("interpretation", "") + f"；所说的起始年份与图谱记录的{begun}年不符"}

    def composed(self, result: dict, frame: Frame) -> dict | None:
        """The question built from its frame's constraints (compose.py), when they are all ones it can express
        (never one that asks for what the graph does not hold: money, reasons, the future)."""
        if frame.cues & OUT_OF_SCOPE:
            return None
        p = compose.with_point(compose.plan(frame, self.event_year) or compose.check(frame), frame)
        if p is None:
            return None
        cls_label = next((m.best[0].label for m in frame.of_kind("class") if m.best[0].iri == p.cls),
                         self.gazetteer.labels.get(p.cls))  # (哪些安徽城市: the level named with a region or parts)
        answer = COMPOSED_ANSWERS.get(p.aggregate, p.aggregate)
        meaning = "由问题中的各项条件组合的查询：" + compose.described(p, cls_label)
        t = Template("composed", COMPOSED_TYPES[p.aggregate], {}, {}, (), (), None, compose.sparql(p), answer,
                     compose.text_pattern(p, cls_label), compose.empty_text(p), meaning=meaning,
                     switches=frozenset({"collectives"} if "#[!collectives]" in compose.sparql(p) else ()))
        slots = {SLOT_OF[m.kind]: m for m in frame.mentions if m.kind in SLOT_OF}
        if p.year:  # 2012年还在…: in force that year, whatever has ended since
            frame = dataclasses.replace(frame, cues=frame.cues - {"current"})
        answer = self.run_one(dict(result), Binding(t, slots, p.values()), frame)
        if p.with_parts and answer["status"] == "ok" and p.aggregate == "list":
            direct = dataclasses.replace(p, with_parts=False)
            own = self.run_one(dict(result), Binding(dataclasses.replace(t, sparql=compose.sparql(direct)), slots,
                                                     direct.values()), frame)
            mine = {a.get("iri") for a in own["answers"]}
            if not WITH_PARTS.search(frame.text):  # the plain roll-up: a city or district beside its listed province or
                found = {a.get("iri") for a in answer["answers"]}  # city counts under it (松江区 under 上海市)
                if p.cities:  # (城市 asked: a province's own cities still count under it, though it is no city itself)
                    whole = dataclasses.replace(p, cities=False)
                    found = {a.get("iri") for a in self.run_one(dict(result), Binding(dataclasses.replace(
                        t, sparql=compose.sparql(whole)), slots, whole.values()), frame)["answers"]}
                under = [a for a in answer["answers"] if a.get("iri") not in mine and self.parents(a["iri"]) & found]
                answer["answers"] = [a for a in answer["answers"] if a not in under]
                if p.cities and under:
                    answer["interpretation"] += f"；{'、'.join(a['label'] for a in under)}随所属省份计，不单列"
                if p.cities and not answer["answers"]:  # (only a province's own cities: no city of its own, the
                    return {**answer, "status": "no_fact", "answers": []}  # answer without the kind: QA.answered)
            answer["text"] = compose.grouped_text(p, answer["answers"], mine, cls_label)
        if answer["status"] == "no_fact" and p.event and p.aggregate == "list" and "collectives" not in frame.cues:
            # 1993年那次会议决定由谁来对口支援西藏区直各部门: a meeting's pairings may all be collective (13个部委)
            whole = self.run_one(dict(result), Binding(t, slots, p.values()),
                                 dataclasses.replace(frame, cues=frame.cues | {"collectives"}))
            answer = whole if whole["status"] == "ok" else answer
        if answer["status"] == "no_fact" and p.actor and p.asked == "recipient" and p.aggregate in ("list", "count") \
                and not (p.with_parts or p.parts or p.region or p.under):
            # 浙江派出的两个城市分别结对了…: a named giver with no pairing of its own in scope gives through its parts
            p = dataclasses.replace(p, parts=True)
            t = dataclasses.replace(t, sparql=compose.sparql(p), text=compose.text_pattern(p, cls_label),
                                    meaning="由问题中的各项条件组合的查询：" + compose.described(p, cls_label))
            parts = self.run_one(dict(result), Binding(t, slots, p.values()), frame)
            return parts if parts["status"] == "ok" else answer
        if answer["status"] == "no_fact" and p.actor and p.asked == "supporter" and not p.with_parts:
            # "who supports Y": Y's own partners; only when it has none, those of its parts (the convention)
            p = dataclasses.replace(p, parts=True)
            t = dataclasses.replace(t, sparql=compose.sparql(p), text=compose.text_pattern(p, cls_label))
            parts = self.run_one(dict(result), Binding(t, slots, p.values()), frame)
            answer = parts if parts["status"] == "ok" else answer
        return answer

    def number_in_event(self, result: dict, text: str, mentions: list[Mention]) -> dict | None:
        """书中说1993年由国务院多少个部委对口支援西藏区直各部门: the question's count word sits inside the name of the one
        meeting or decision it names, whose own name states the number (国务院13个部委…的决定): that number."""
        events = [m for m in mentions if m.kind == "event"]
        if len(events) != 1 or events[0].ambiguous or not (
                asked := NUMBER_ASKED.search(text[max(0, events[0].start - 3):events[0].end])):  # (多少|个部委…: the
            # count word just before the name the gazetteer found)
            return None
        event = events[0].best[0]
        stated = re.search(r"(\d+)个?" + re.escape(asked.group(1)), event.label)
        if stated is None:
            return None
        n = int(stated.group(1))
        result.update(status="ok", template="event_number", answers=[{"value": n}],
                      sources=self.sources.for_facts([event.iri]),
                      interpretation=f"理解为：{event.label}中所说的{asked.group(1)}数",
                      text=f"{n}个（{event.label}）。")
        return result

    def counted_together(self, result: dict, frame: Frame, actors: list[Mention]) -> dict:
        """鲁、沪两家在喀什一共援了几个县: each listed actor's partners found in turn, their union counted (a partner of
        two of them once)."""
        merged = self.each_answered(result, frame, actors)
        if merged["status"] != "ok":
            return merged
        n, listed = len(merged["answers"]), "、".join(a.get("label", str(a.get("value"))) for a in merged["answers"])
        names = "、".join(a.text for a in actors)
        merged.update(answers=[{"value": n}], text=f"{names}合计{n}个（重复的只计一次）：{listed}。",
                      interpretation=merged["interpretation"] + "；问的是合计数量：各方所列合并后计数")
        return merged

    def each_answered(self, result: dict, frame: Frame, actors: list[Mention]) -> dict:
        """北京、天津和上海分别…: the question asked of each listed actor in turn, the answers together."""
        parts = []
        for actor in actors:  # (by span: a kind listed after the question word stands in as one asked)
            mentions = sorted([actor] + [m for m in frame.mentions if not any((m.start, m.end) == (a.start, a.end)
                                                                          for a in actors)], key=lambda m: m.start)
            parts.append(self.answered(dict(result), dataclasses.replace(frame, mentions=mentions)))
        ok = [p for p in parts if p["status"] == "ok"]
        if not ok:
            return parts[0]
        if all(p["status"] == "ok" and len(p["answers"]) == 1 and "iri" not in p["answers"][0] for p in parts):
            return self.each_counted(parts, actors)  # 北京和上海各支援了几个县: one number per actor, said per actor
        merged = dict(ok[0])
        seen, answers, sources = set(), [], []
        for p in ok:
            for a in p["answers"]:
                key = a.get("iri") or json_key(a)
                if key not in seen:
                    seen.add(key)
                    answers.append(a)
            sources += [s for s in p["sources"] if s not in sources]
        names = "、".join(a.text for a in actors)
        said = [p["text"] if p["status"] == "ok" else f"{a.best[0].label}：{p['text']}" for a, p in zip(actors, parts)]
        merged.update(answers=answers, sources=sources, text=" ".join(said),  # (粤港澳…: 港 and 澳 said to have none)
                      interpretation=f"理解为：分别就{names}回答（" + "；".join(
                          p["interpretation"].removeprefix("理解为：") for p in ok) + "）；SPARQL为第一项的查询，其余各项同构")
        return merged

    def either_of(self, result: dict, frame: Frame, place: Mention, givers: list[Mention]) -> dict:
        """Which of two givers offered as alternatives aids the place: each asked yes or no, those that do listed (an
        answer resting on an unverified row is marked as such by the yes/no answer; both, one or neither may hold)."""
        held, first = [], None
        for giver in givers:
            mentions = [place, giver] + [m for m in frame.mentions if m.kind != "actor"]
            asked = dataclasses.replace(frame, mentions=sorted(mentions, key=lambda m: m.start), direction="in",
                                        cues=(frame.cues - {"compare", "wh", "listing"}) | {"yesno"})
            answer = self.answered(dict(result), asked)
            first = first or answer
            if answer["status"] == "ok" and [a.get("value") for a in answer["answers"]] == [True]:
                held.append((giver, answer))
        if not held:
            return first
        names = "、".join(g.best[0].label for g, _ in held)
        return {**held[0][1], "answers": [{"label": g.best[0].label, "iri": g.best[0].iri} for g, _ in held],
                "sources": [s for _, a in held for s in a["sources"]],
                "text": f"对口支援{place.best[0].label}的是：{names}" + ("（两方都是）。" if len(held) == 2 else "。"),
                "interpretation": f"理解为：{place.best[0].label}由{'还是'.join(g.best[0].label for g in givers)}支援（逐一核对）"}

    def each_counted(self, parts: list[dict], actors: list[Mention]) -> dict:
        """Counts asked of each listed actor: each number kept (two equal counts are two answers), with whose it is."""
        merged = dict(parts[0])
        names = "、".join(a.text for a in actors)
        merged.update(answers=[{**p["answers"][0], "label": f"{a.best[0].label}：{p['answers'][0].get('value')}",
                                "of": a.best[0].iri} for a, p in zip(actors, parts)],
                      sources=[s for i, p in enumerate(parts) for s in p["sources"]
                               if s not in [t for q in parts[:i] for t in q["sources"]]],
                      text="；".join(p["text"].rstrip("。") for p in parts) + "。",
                      interpretation=f"理解为：分别就{names}计数（" + "；".join(
                          p["interpretation"].removeprefix("理解为：") for p in parts) + "）；SPARQL为第一项的查询，其余各项同构")
        return merged

    def count_checked(self, result: dict, frame: Frame) -> dict | None:
        """瑞金有两个部委对口支援，对吗: the number is asked (两 read as 几) and the answer compared with the one written —
        yes when they agree, no (with the number found) when they do not; None when no count answers the question."""
        number = COUNT_CHECKED.search(frame.text)
        if "yesno" not in frame.cues or number is None or not CHECK_TAIL.search(frame.text):
            return None
        written = number.group(1)
        claimed = written_number(written)
        asked = CHECK_TAIL.sub("", frame.text[:number.start(1)] + "几" + frame.text[number.end(1):])
        counted = self._answer(asked)
        values = [a.get("value") for a in counted["answers"]]
        if counted["status"] != "ok" or len(values) != 1 or not isinstance(values[0], int) or isinstance(values[0], bool):
            return None
        yes = values[0] == claimed
        return {**counted, "question": result["question"], "answers": [{"value": yes}],
                "interpretation": counted["interpretation"] + f"；核对的数目：{claimed}",
                "text": ("是。" if yes else f"否，不是{claimed}。") + counted["text"]}

    def top_guessed(self, result: dict, frame: Frame) -> dict | None:
        """援藏中对口县最多的是山东吧: the ranking asked (…最多的是哪个) and the name guessed checked against it — yes when it is
        the first (or tied first), no with the ranking's answer; None when the name is not the one guessed at the end."""
        found = GUESSED_TOP.search(frame.text)
        named = [m for m in frame.of_kind("actor") if found and m.start >= found.end()]
        if found is None or len(named) != 1 or named[0].ambiguous or frame.text[found.end():named[0].start].strip():
            return None
        ranked = self._answer(frame.text[:found.end()].rstrip("是为就应该否不") + "是哪个？")
        if ranked["status"] != "ok" or not all(a.get("iri") for a in ranked["answers"]):
            return None
        guess = named[0].best[0]
        yes = guess.iri in {a["iri"] for a in ranked["answers"]}
        return {**ranked, "question": result["question"], "answers": [{"value": yes}],
                "interpretation": ranked["interpretation"] + f"；核对的是：{guess.label}",
                "text": ("是。" if yes else f"否，不是{guess.label}。") + ranked["text"]}

    def all_of(self, result: dict, frame: Frame, listed: list[Mention], asked: str = "") -> dict:
        """和田市、墨玉县是京援疆的吗: a yes/no question asked of each listed name in turn; yes only if every one is
        (the first no, or the first answer that is not a yes, otherwise). ``asked``: the yes/no word a question put
        as a statement (天津既援疆又援青？) gets before its question mark."""
        parts, text = [], frame.text
        first, last = listed[0].start, listed[-1].end
        end = len(text.rstrip("？?！!。 "))
        rest = ALL_OF_THEM.sub(lambda m: m.group(1) or "", text[last:end], count=1)  # (宝山区和嘉定区都帮扶…: 都 goes with the list)
        for alone in (text[:first] + text[m.start:m.end] + rest + asked + text[end:] for m in listed):
            # (the others and 、 cut)
            part = {**self._answer(alone), "question": result["question"]}
            if part["status"] != "ok" or [x.get("value") for x in part["answers"]] != [True]:
                return part
            parts.append(part)
        merged = dict(parts[0])
        merged.update(sources=[s for i, p in enumerate(parts) for s in p["sources"]
                               if s not in [t for q in parts[:i] for t in q["sources"]]],
                      text=" ".join(p["text"] for p in parts),
                      interpretation=f"理解为：就{'、'.join(a.text for a in listed)}逐一判断，都是才答是（" + "；".join(
                          p["interpretation"].removeprefix("理解为：") for p in parts) + "）")
        return merged

    def count_without(self, answer: dict, result: dict, frame: Frame, excepted: list[Mention]) -> dict:
        """除了广西，广东在东西部协作里还对口过几个地方: the list the count stands for, less the partners set aside, counted
        (the count as it was when the list is not one of entities)."""
        listed = self.answered(dict(result), dataclasses.replace(frame, cues=frame.cues - {"count", "countable"}))
        if listed["status"] != "ok" or not listed["answers"] or not all(a.get("iri") for a in listed["answers"]):
            return answer
        known = {m.best[0].iri for m in excepted}
        others = [a for a in listed["answers"] if a["iri"] not in known]
        names = "、".join(m.best[0].label for m in excepted)
        value = {**answer["answers"][0], "value": len(others)} if answer["answers"] else {"value": len(others)}
        return {**answer, "answers": [value], "interpretation": answer["interpretation"] + f"；除去已知的{names}",
                "text": f"除{names}外还有{len(others)}个：" + "、".join(a.get("label", a["iri"]) for a in others) + "。"}

    def frame_of(self, text: str, mentions: list[Mention], result: dict) -> Frame:
        """The question's frame; a definition question (or a count of a kind of thing) may name an ontology
        term: 受援方, 援助计划, 会议."""
        mentions = self.narrowest_kinds(mentions, text)
        if aside := tuple(result.get("_programmes_aside", ())):  # (撇开援疆那部分: its words ask for nothing)
            text = without_programmes_aside(text, aside)
        frame = build_frame(text, mentions, self.templates.cues, self.templates.patterns)
        frame = dataclasses.replace(frame, excluded=aside)
        counted = "count" in frame.cues and not any(m.kind in SLOT_KINDS for m in mentions)
        if "define" not in frame.cues and not counted:
            return frame
        mentions = self.gazetteer.with_concepts(text, mentions)
        result["entities"] = [m.as_dict() for m in mentions]
        return dataclasses.replace(build_frame(text, mentions, self.templates.cues, self.templates.patterns),
                                   excluded=aside)

    def narrowest_kinds(self, mentions: list[Mention], text: str) -> list[Mention]:
        """援疆19个省市里有几个是计划单列市, 阿坝州的县里有几个县级市: of two kinds named, one within the other, the narrower
        says both (the broader only names the roster it is sought in)."""
        kinds = [m for m in mentions if m.kind == "class" and not m.ambiguous]
        if len(kinds) > 2:  # 援疆省市里，对口的兵团师最多的是哪个省: the roster first, the kind the question word asks last
            asked = [m for m in kinds[1:] if KIND_WHICH_BEFORE.search(text[:m.start])]
            if len(asked) != 1 or not ROSTER_THEN_KIND.search(text[kinds[0].end:kinds[1].start]):
                return mentions
            kinds = [kinds[0], asked[0]]
        if len(kinds) != 2 or kinds[0].best[0].iri == kinds[1].best[0].iri or kinds[0].best[0].iri in GENERIC_KINDS:
            return mentions
        broad, narrow = kinds  # (the roster first, the kind sought in it after 里/中; 不是省级单位的 sets a kind apart)
        if not ROSTER_THEN_KIND.search(text[broad.end:narrow.start]) or KIND_SET_APART.search(text[:narrow.start]):
            return mentions
        if self.store.query(SUBCLASS_ASK, substitutions={"a": term(narrow.best[0].iri), "b": term(broad.best[0].iri)}):
            return [m for m in mentions if m is not broad]
        return mentions

    def kind_qualified(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """省级援藏省市, 地级援疆城市: two kinds said one right after the other (only a programme's name between) are one
        kind, the narrower of the two (a level word qualifying a role noun); kinds neither within the other stay."""
        kinds = [m for m in mentions if m.kind == "class" and not m.ambiguous]
        dropped = []
        for a, b in zip(kinds, kinds[1:]):
            gap = text[a.end:b.start]  # (援藏 said again after 就对口援藏而言 is linked once: read the gap itself)
            between = [m for m in self.gazetteer.link(gap)] if gap else []
            if "".join(m.text for m in between) != gap or any(m.kind != "programme" for m in between):
                continue
            x, y = a.best[0].iri, b.best[0].iri
            if x != y and self.store.query(SUBCLASS_ASK, substitutions={"a": term(x), "b": term(y)}):
                dropped.append(b)
            elif x != y and self.store.query(SUBCLASS_ASK, substitutions={"a": term(y), "b": term(x)}):
                dropped.append(a)
        return [m for m in mentions if m not in dropped]

    def as_time_point(self, frame: Frame) -> Frame:
        """…座谈会之后才加入援藏的省份: a meeting or document named as the point in time after which newcomers joined is
        its year, for the templates that read newcomers; a year written beside it only dates the meeting."""
        if "current" in frame.cues and (still := compose.anchor(frame, between=True)) and still[0] == "after":
            # 江苏省2022年新一轮南北挂钩合作调整后，仍在结对的…: the programme's pairings still running, not those it set up
            # (the year written only dates the adjustment)
            dated = self.event_year(still[1].best[0].iri)
            return dataclasses.replace(frame, mentions=[m for m in frame.mentions if m is not still[1]],
                                       years={k: y for k, y in frame.years.items() if y != dated})
        if (point := compose.anchor(frame)) and set(frame.years) == {point[0]}:
            # 截至2016年援藏对口关系调整以前，福建在西藏…: the year written dates the meeting named as the point in time
            return dataclasses.replace(frame, mentions=[m for m in frame.mentions if m is not point[1]])
        point = compose.anchor(frame) if frame.cues & {"newcomer", "joined_new"} else None  # (…之后承担了: set up by it, the composer's)
        year = point and not set(frame.years) - {"in"} and self.event_year(point[1].best[0].iri)
        if not year and "compare" in frame.cues and (after := compose.anchor(frame)) and after[0] == "after" \
                and not set(frame.years) - {"in"} and (year := self.event_year(after[1].best[0].iri)):
            # 1984年天津会议之后，上海和江苏谁对口支援的省区更多: the pairings in force once the meeting had met
            return dataclasses.replace(frame, mentions=[m for m in frame.mentions if m is not after[1]],
                                       years={"in": year})
        if not year:
            return frame
        mentions = [m for m in frame.mentions if m is not point[1]]
        return dataclasses.replace(frame, mentions=mentions, years={point[0]: year})

    def taken_over_parts(self, frame: Frame) -> Frame:
        """辽宁不再帮扶青海以后，是哪个省接手了西宁和海东: in a takeover, places named that lie within another place named
        only say where within it; the takeover is read between the old supporter and the place that holds them."""
        actors = frame.of_kind("actor")
        if "takeover" not in frame.cues or len(actors) < 4 or any(m.ambiguous for m in actors):
            return frame
        inside = [m for m in actors if any(o is not m and self.store.query(PART_OF, substitutions={
            "a": term(o.best[0].iri), "b": term(m.best[0].iri)}) for o in actors)]
        if not inside or len(actors) - len(inside) != 2:
            return frame
        return dataclasses.replace(frame, mentions=[m for m in frame.mentions if m not in inside])

    def meeting_of_date(self, result: dict, text: str, mentions: list[Mention]) -> dict | None:
        """1979年4月25日召开的是什么会议: no meeting named, one asked by the day (or month) it met: the meetings whose
        dk:date is that day or lies in that month (None when none is: the question is read as before)."""
        found = MEETING_BY_DATE.search(text)
        if not found or any(m.kind in ("event", "stage", "programme") for m in mentions):
            return None
        year, month, day = found.groups()
        when = f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")
        rows = list(self.store.query(self.templates.prefixes + MEETINGS_OF_DATE, substitutions={"day": ox.Literal(when)}))
        if not rows:
            return None
        answers = [{"label": r["label"].value, "iri": r["e"].value} for r in rows]
        names = "、".join(a["label"] for a in answers)
        result.update(status="ok", template="meeting_of_date", answers=answers, sparql=self.templates.prefixes + MEETINGS_OF_DATE,
                      sources=self.sources.for_facts([a["iri"] for a in answers]),
                      interpretation=f"理解为：{year}年{int(month)}月{f'{int(day)}日' if day else ''}召开的会议",
                      text=f"{year}年{int(month)}月{f'{int(day)}日' if day else ''}召开的是{names}。")
        return result

    def programme_dated(self, frame: Frame) -> Frame:
        """1996东西扶贫 与 2017东北对口合作 均作为支援方的省市: a year written right before a programme's name that is the
        programme's own first year only names the programme (as with a round), when every year of the question is one."""
        own = set()
        for m in frame.of_kind("programme"):
            before = frame.text[:m.start].rstrip("的 ")
            for row in self.store.query(PROGRAMME_START, substitutions={"g": term(m.best[0].iri)}):
                if re.search(rf"(?<!\d){row['y'].value}年?$", before):
                    own.add(int(row["y"].value))
        if not own or not frame.years or set(frame.years.values()) - own or len(own) < 2 and len(frame.of_kind("programme")) < 2:
            return frame
        return dataclasses.replace(frame, years={})

    def round_as_point(self, frame: Frame) -> Frame:
        """新一轮援疆开始以前（也就是2010年之前），哪些省市对口支援阿克苏: a round of a programme named as a point in time is
        the whole programme before (or after) the round's first year, not the round's own pairings; a year written
        beside it says the same."""
        rounds = [m for m in frame.of_kind("programme") if not m.ambiguous and self.is_round(m.best[0].iri)]
        found = ROUND_POINT.match(frame.text[rounds[0].end:]) if len(rounds) == 1 else None
        row = next(iter(self.store.query(ROUND_START, substitutions={"r": term(rounds[0].best[0].iri)})), None) \
            if found else None
        if row is None:
            return frame
        kind = "before" if found.group("kind") in ("以前", "之前", "前") else "after"
        if set(frame.years) - {kind}:
            return frame  # (another kind of year: the round read as before)
        whole = Candidate(row["w"].value, "programme", self.gazetteer.labels.get(row["w"].value, rounds[0].text), "point")
        m = rounds[0]
        mentions = [Mention(m.text, m.start, m.end, [whole]) if o is m else o for o in frame.mentions]
        return dataclasses.replace(frame, mentions=mentions, years=frame.years or {kind: int(row["y"].value)})

    def dated_meeting(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """1984年的协作会议, 2010年那次援疆会议: where no meeting is named, a year followed by a few words and 会议 names
        the one meeting of that year whose name holds every character of those words (none or several: nothing);
        2010年6月那次东西扶贫协作结对局部调整: the same for a round of adjustment."""
        if any(m.kind in ("event", "stage") for m in mentions):
            return self.second_dated_meeting(text, mentions)
        for pattern, query, loose in ((DATED_MEETING, MEETINGS_OF_YEAR, ""), (DATED_ADJUSTMENT, ADJUSTMENTS_OF_YEAR, "结对口关系")):
            if (found := pattern.search(text)) and (dated := self.dated_event(text, mentions, found, query, loose)):
                return dated
        return mentions

    def venue_meeting(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """银川那次东西部协作推进会: where no meeting is named (nor dated), a place followed by a few words and 会议 names the
        one meeting held there whose name holds every character of those words (none or several: nothing)."""
        if any(m.kind in ("event", "stage") for m in mentions):
            return mentions
        for m in mentions:
            if m.kind != "actor" or m.ambiguous or not (found := VENUE_MEETING.match(text[m.end:])):
                continue
            words = set(MEETING_DEICTIC.sub("", found.group(1)))
            fits = [r for r in self.store.query(MEETINGS_AT, substitutions={"where": term(m.best[0].iri)})
                    if words <= set(r["label"].value)]
            if len(fits) == 1:
                end = m.end + found.end()
                event = Mention(text[m.start:end], m.start, end, [Candidate(fits[0]["e"].value, "event",
                                                                            fits[0]["label"].value, "venue")])
                return sorted([x for x in mentions if not (m.start <= x.start and x.end <= end)] + [event],
                              key=lambda x: x.start)
        return mentions

    def second_dated_meeting(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """1979年边防工作会议和1984年天津那次会议都…: beside one meeting or document named, a second one named by its year and
        a few words (outside the first's name) is read as dated_meeting reads it, when it is another event."""
        named = [m for m in mentions if m.kind in ("event", "stage")]
        if len(named) != 1:
            return mentions
        for found in DATED_MEETING.finditer(text):
            if any(m.start < found.end() and found.start() < m.end for m in named):
                continue
            dated = self.dated_event(text, mentions, found, MEETINGS_OF_YEAR, "")
            if dated and len({m.best[0].iri for m in dated if m.kind == "event"}) == 2:
                return dated
        return mentions

    def dated_event(self, text: str, mentions: list[Mention], found: re.Match, query: str,
                    loose: str) -> list[Mention] | None:
        """The one event of the year ``query`` lists whose name (or the city it met in: 1984年天津会议) holds the words
        found (but the ``loose`` ones: 结对调整 and 对口关系调整 are one round)."""
        year = int(found.group(1))
        events = list(self.store.query(query, substitutions={"y": term(year)}))
        held = {r["where"].value for r in events if r["where"] is not None}
        inside = [m for m in mentions if found.start(2) <= m.start and m.end <= found.end(2)
                  and (m.kind == "programme" or m.kind == "actor" and (m.best[0].iri in held or any(
                      m.text in r["label"].value for r in events)))]  # (2010年全国援疆工作会议: 全国 is its name's word)
        if any(m.start < found.end() and found.start() < m.end and m not in inside for m in mentions):
            return None  # 援疆 in 那次援疆会议 only says which meeting
        words = (set(MEETING_DEICTIC.sub("", found.group(2))) | set(found.group(3) if found.re.groups >= 3 else "")) - set(loose)  # (1984年天津那次会议: 那次 names no word of it)
        fits = [r for r in events if words <= set(r["label"].value) | set(
            r["whereLabel"].value if r["whereLabel"] is not None else "")]
        named = [m for m in mentions if m.kind == "actor" and not m.ambiguous and m not in inside]
        if len(fits) > 1 and named:  # 1984年的那次会议给广东定了…: of that year's meetings, the one that paired the name
            fits = [r for r in fits if all(self.store.query(SET_UP_WITH, substitutions={
                "e": r["e"], "a": term(m.best[0].iri)}) for m in named)]
        if len(fits) != 1:
            return None
        cand = Candidate(fits[0]["e"].value, "event", fits[0]["label"].value, "dated")
        m = Mention(found.group(0)[found.start(2) - found.start():], found.start(2), found.end(), [cand])
        convenor = [x for x in mentions if x.kind == "actor" and not x.ambiguous and x.end == found.start()
                    and cand.label.startswith(short_label(x.best[0].label))]  # (广东2008年7月开的那个…会: its own first word)
        return sorted([x for x in mentions if x not in inside + convenor] + [m], key=lambda x: x.start)

    def issuer_document(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """北京市政府办公厅那份三峡移民对口支援的通知: a place followed by its government's office (政府, 办公厅) issues the
        document named after it — the one document of the graph whose name opens with that place and shares most words with
        the question (not the national notice on the same topic); the place is its issuer, no actor of the pairings."""
        pairs = {text[i:i + 2] for i in range(len(text) - 1)}
        for a in [m for m in mentions if m.kind == "actor" and not m.ambiguous and ISSUER_AFTER.match(text[m.end:])]:
            name = a.best[0].label
            heads = {name, short_forms(name)[0] if short_forms(name) else name}
            fits = sorted(((len(grams & pairs), cand) for cand, grams, _ in self.gazetteer.events
                           if cand.kind == "event" and any(cand.label.startswith(h) for h in heads)),
                          key=lambda f: -f[0])
            if not fits or fits[0][0] < 4 or len(fits) > 1 and fits[1][0] == fits[0][0]:
                continue
            cand = Candidate(fits[0][1].iri, "event", fits[0][1].label, "issuer")
            events = [m for m in mentions if m.kind == "event" and m.start > a.start]
            run = CLAUSE_BREAK.search(text, a.end)
            words = [m for m in mentions if m.kind == "actor" and a.end <= m.start and m.end <= (run.start() if run else len(text))
                     and " " not in text[a.end:m.start] and m.text in cand.label]  # (广东那次汶川县…会议: 汶川县 is its word)
            kept = [m for m in mentions if m is not a and m not in events and m not in words]
            at = events[0] if events else a
            return sorted(kept + [Mention(at.text, at.start, at.end, [cand])], key=lambda m: m.start)
        return mentions

    def pair_programme_noun(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """京蒙协作 哪年开始的: two names of a pairing with a programme's kind of noun right after them (协作, 对口合作, 挂钩)
        and no programme named: where the two are paired in several programmes, the one whose name holds that noun is meant
        (北京–内蒙古: the 1996 东西部扶贫协作, not the 1979 对口支援边疆)."""
        actors = [m for m in mentions if m.kind == "actor"]
        if len(actors) != 2 or any(m.ambiguous for m in actors) or any(m.kind in ("programme", "event") for m in mentions):
            return mentions
        found = PAIR_PROGRAMME_NOUN.match(text[actors[1].end:])
        if not found:
            return mentions
        a, b = (term(m.best[0].iri) for m in actors)
        rows = {(r["g"].value, r["l"].value) for r in self.store.query(PAIR_PROGRAMMES, substitutions={"a": a, "b": b})}
        held = [(g, l) for g, l in rows if found.group("noun") in l]
        if len(rows) < 2 or len(held) != 1:
            return mentions
        start, end = actors[1].end + found.start("noun"), actors[1].end + found.end("noun")
        named = Mention(text[start:end], start, end, [Candidate(held[0][0], "programme", held[0][1], "noun")])
        return sorted(mentions + [named], key=lambda m: m.start)

    def named_rounds(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """新一轮援疆, 前期援疆: a programme named after the word its round's name opens with (新一轮对口援疆) is that round."""
        out = []
        for m in mentions:
            found = None
            if m.kind == "programme" and not m.ambiguous:
                for r in self.store.query(ROUNDS_OF, substitutions={"w": term(m.best[0].iri)}):
                    label = r["label"].value
                    opening = label[:label.find("对口")] if "对口" in label else ""
                    if opening and text[:m.start].rstrip("的 ").endswith(opening) and not ROUND_AS_POINT.match(text[m.end:]):
                        start = text[:m.start].rstrip("的 ").rfind(opening)
                        found = Mention(text[start:m.end], start, m.end, [Candidate(r["r"].value, "programme", label,
                                                                                     "round")])
            out.append(found or m)
        return out

    def named_part(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """长效机制里管约束的那一块, 运行机制中讲启动的部分: a mechanism named with the distinctive word of one of its parts
        (its label without the words every part shares: 对口支援, 机制, 制度) stands for that part; the nearest level first."""
        out = []
        for m in mentions:
            if m.kind == "mechanism" and not m.ambiguous:
                rest = text[:m.start] + " " + text[m.end:]
                level = [m.best[0].iri]
                while level and (found := [r for i in level for r in self.store.query(
                        MECHANISM_PARTS, substitutions={"x": term(i)})]):
                    named = [r for r in found if len(core := part_core(r["l"].value)) >= 2 and core in rest]
                    if len(named) == 1:
                        part = named[0]
                        m = Mention(m.text, m.start, m.end, [Candidate(part["p"].value, "mechanism", part["l"].value, "part")])
                        break
                    level = [r["p"].value for r in found]
            out.append(m)
        return out

    def intra_programme(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """广东省内的对口帮扶, 江苏省内的挂钩帮扶: a province named with 省内 and a word of aid is its one intra-provincial
        programme (its type under 省内对口支援, its supporters within the province), when no programme is named."""
        if any(m.kind == "programme" for m in mentions):
            return mentions
        out = []
        for m in mentions:
            if m.kind == "actor" and not m.ambiguous and (found := INTRA_PROGRAMME.match(text[m.end:])):
                rows = list(self.store.query(INTRA_PROGRAMMES, substitutions={"a": term(m.best[0].iri)}))
                if len(rows) == 1:
                    end = m.end + found.end() + len(AID_TAIL.match(text[m.end + found.end():]).group(0))
                    m = Mention(text[m.start:end], m.start, end,
                                [Candidate(rows[0]["p"].value, "programme", rows[0]["l"].value, "intra")])
            out.append(m)
        return out

    def series_ranked(self, text: str, mentions: list[Mention]) -> Mention | None:
        """最早的一次西藏工作座谈会, 西藏工作座谈会第一次是哪年开的: a numbered series of meetings named without its ordinal
        (the name's rest, in no name of the graph by itself), asked for its first or last: that meeting, by its date."""
        if any(m.kind in ("event", "programme") for m in mentions) or not (SERIES_FIRST.search(text) or SERIES_LAST.search(text)):
            return None
        if not hasattr(self, "_series"):
            series: dict[str, list] = {}
            for r in self.store.query(SERIES):
                base = ORDINAL_OPENING.sub("", r["l"].value)
                if base != r["l"].value:
                    series.setdefault(normalise(base), []).append(
                        (r["d"].value if r["d"] is not None else str(r["y"].value), r["e"].value, r["l"].value))
            self._series = {b: sorted(v) for b, v in series.items() if len(v) > 1}
        named = [b for b in self._series if b in text and not any(
            m.kind != "actor" and m.start < text.find(b) + len(b) and text.find(b) < m.end for m in mentions)]
        if not named or SERIES_FIRST.search(text) and SERIES_LAST.search(text):
            return None
        base = max(named, key=len)
        _, iri, name = self._series[base][0 if SERIES_FIRST.search(text) else -1]
        at = text.find(base)
        return Mention(base, at, at + len(base), [Candidate(iri, "event", name, "series")])

    def launch_named(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """三峡工程库区移民对口支援的通知, 援藏的那次座谈会: a programme named with a word for a document (or a meeting),
        where no meeting or document is named, stands for the one of that kind that launched it (dk:launchedBy); a
        programme named right before a loosely named event that launched it is a word of that event's name
        (国务院办公厅关于三峡|库区移民对口支援的通知: the notice, not the programme beside it)."""
        if any(m.kind == "event" for m in mentions):
            out = []
            for m in mentions:
                if out and out[-1].kind == "programme" and not out[-1].ambiguous and m.kind == "event" \
                        and m.best[0].via == "loose" and text[out[-1].end:m.start] in ("", "的") and any(
                            row["e"].value == m.best[0].iri for row in self.store.query(
                                LAUNCHED_BY, substitutions={"p": term(out[-1].best[0].iri)})):
                    m = Mention(text[out[-1].start:m.end], out[-1].start, m.end, m.candidates)
                    out.pop()
                out.append(m)
            return out
        out = []
        for m in mentions:
            if m.kind == "programme" and not m.ambiguous and (found := LAUNCH_NAMED.match(text[m.end:])):
                kind = DK + ("PolicyDocument" if found.group("document") else "Meeting")
                rows = list(self.store.query(LAUNCHED_BY, substitutions={"p": term(m.best[0].iri), "t": term(kind)}))
                if len(rows) == 1:
                    end = m.end + found.end()
                    m = Mention(text[m.start:end], m.start, end,
                                [Candidate(rows[0]["e"].value, "event", rows[0]["l"].value, "launch")])
            out.append(m)
        return out

    def stages_compared(self, frame: Frame) -> list[Mention] | None:
        """Two stages or rounds of one programme compared (汶川地震的两个对口名单, 过渡安置和灾后重建哪个阶段…, 援疆前后两轮):
        the one programme named stands for its rounds, or for the programmes of the same kind whose names open with the
        same words (汶川地震…: the interim and the reconstruction), when there are exactly two."""
        progs = frame.of_kind("programme")
        if not frame.cues & {"compare", "earlier", "later"} or len(progs) != 1 or progs[0].ambiguous \
                or not STAGES_COMPARED.search(frame.masked):
            return None
        found = self.store.query(ROUNDS_OF_WHOLE, substitutions={"w": term(progs[0].best[0].iri)})
        pairs = [(r["r"].value, r["label"].value) for r in found] or [
            (r["o"].value, r["label"].value) for r in self.store.query(
                SAME_KIND_PROGRAMMES, substitutions={"p": term(progs[0].best[0].iri)})
            if shared_opening(r["label"].value, r["own"].value)]
        if len(pairs) != 2:
            return None
        m = progs[0]
        stages = [Mention(m.text, m.start, m.end, [Candidate(iri, "programme", label, "stage")]) for iri, label in pairs]
        return sorted([x for x in frame.mentions if x is not m] + stages, key=lambda x: x.start)

    def stages_listed(self, frame: Frame) -> list[Mention] | None:
        """2008年汶川地震那阵，黑龙江先后帮过哪几个地方: a list across the stages of the one programme named (the programmes of
        the same kind whose names open with the same words, exactly two: the interim and the reconstruction), each asked."""
        progs = frame.of_kind("programme")
        if frame.cues & {"compare", "earlier", "later", "count", "yesno"} or len(progs) != 1 or progs[0].ambiguous \
                or not STAGES_SPANNED.search(frame.masked) \
                or any(True for _ in self.store.query(ROUNDS_OF_WHOLE, substitutions={"w": term(progs[0].best[0].iri)})):
            return None
        pairs = [(r["o"].value, r["label"].value) for r in self.store.query(
            SAME_KIND_PROGRAMMES, substitutions={"p": term(progs[0].best[0].iri)}) if shared_opening(r["label"].value, r["own"].value)]
        m = progs[0]
        return [Mention(m.text, m.start, m.end, [Candidate(iri, "programme", label, "stage")]) for iri, label in pairs] \
            if len(pairs) == 2 else None

    def is_round(self, iri: str) -> bool:
        """A round of a programme (新一轮对口援疆): its pairings carry dk:round, their programme is the whole one."""
        if iri not in self._rounds:
            self._rounds[iri] = bool(self.store.query(IS_ROUND, substitutions={"r": term(iri)}))
        return self._rounds[iri]

    def event_year(self, iri: str) -> int | None:
        rows = list(self.store.query(EVENT_YEAR, substitutions={"e": term(iri)}))
        return int(rows[0]["y"].value) if rows else None

    def beside_collectives(self, binding: Binding) -> bool:
        """Whether the collectives a template leaves out could have been in this answer: some named entity of the
        question is in a pairing with a collective actor (or nothing is named, as in a list of a year's pairings)."""
        named = [v for v in binding.values.values() if isinstance(v, str) and v.startswith("http")]
        return not named or any(self.with_collective(v) for v in named)

    def with_collective(self, iri: str) -> bool:
        """Whether ``iri`` is in a pairing with a collective actor, looked up once per process (a place with
        thousands of pairings: 10–20 ms a question at 10^6)."""
        found = self._with_collective.get(iri)
        if found is None:
            found = bool(self.store.query(WITH_COLLECTIVE, substitutions={"v": term(iri)}))
            if len(self._with_collective) < MAX_PARENTS_CACHED:
                self._with_collective[iri] = found
        return found

    def keyword_direction(self, frame: Frame) -> Frame:
        """援疆 江苏: search words have no word order; the one actor's side is the side it takes in the graph (in the
        programme named, when one is: 援疆 粤 对口 地区 — 广东 only gives there)."""
        actors = frame.of_kind("actor")
        if len(actors) != 1 or actors[0].ambiguous or frame.cues & {"described_supporter", "described_recipient"}:
            return frame  # (宁 作为支援方 对口 哪些地区: the asker gave the actor its side)
        subs = {"a": term(actors[0].best[0].iri)}
        programmes = [m for m in frame.of_kind("programme") if not m.ambiguous]
        if len(programmes) == 1:
            subs["g"] = term(programmes[0].best[0].iri)
        sides = {r["side"].value.rsplit("#", 1)[-1] for r in self.store.query(
            SIDES_IN_PROGRAMME if "g" in subs else SIDES_TAKEN, substitutions=subs)}
        if sides == {"supporter"}:
            return dataclasses.replace(frame, direction="out")
        if sides == {"recipient"}:
            return dataclasses.replace(frame, direction="in")
        return frame

    def pair_named(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """闽宁协作里，和宁夏开展东西部协作的是哪个省, 粤桂协作中和广西结对的是哪个省: a pair's name (闽宁) whose other
        member is named in full, with a question word, asks for the first member: the pair's name is the scope (the one
        programme the two are paired in, when there is one), not a constraint on the answer."""
        if not any(w in text for w in ("哪", "谁")) and not PAIR_COUNTERPART.search(text):
            return mentions
        named = any(m.kind == "programme" for m in mentions)  # (闽宁协作里…东西部协作: the programme is named already)
        out = []
        for m in mentions:
            pair = PAIR_NAME.match(text[m.end:]) if m.kind == "actor" and len(m.text) == 1 and not m.ambiguous else None
            second = {c.iri for c in self.gazetteer.automaton.get(pair.group(1), ("", []))[1]} if pair else set()  # (滇)
            other = next((o for o in mentions if pair and o is not m and o.kind == "actor" and not o.ambiguous and (
                o.best[0].label.startswith(pair.group(1)) or o.best[0].iri in second)), None)
            start, end, giver = m.start, m.end + (pair.end() if pair else 0), m
            if other is None and (later := self.pair_first_named(text, m, mentions)):
                other, giver, start, end = m, later[0], m.start - 1, m.start + later[1]
                if not any(o.kind == "actor" and o.best[0].iri == m.best[0].iri for o in mentions if o is not m):
                    # 鲁渝协作 山东帮哪: the pair's second member, named only there, is the partner asked of (slot after the giver)
                    out.append(dataclasses.replace(m, candidates=[dataclasses.replace(m.best[0], via=PAIR_PARTNER)]))
            if other is None:
                out.append(m)
                continue
            shared = [] if named else [(r["g"].value, r["l"].value) for r in self.store.query(
                PAIR_PROGRAMMES, substitutions={"a": term(giver.best[0].iri), "b": term(other.best[0].iri)})]
            if len(shared) == 1 and not named:  # the pair's programme, over the pair's name (粤桂协作 → 东西部扶贫协作)
                out.append(Mention(text[start:end], start, end, [Candidate(shared[0][0], "programme", shared[0][1], "pair")]))
        return sorted(out, key=lambda x: x.start)

    def region_programme(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """松江区帮的是皖北哪个市, 苏州在苏北挂钩的是谁: a region that is no actor (皖北, 苏北), with no programme, meeting or
        document named otherwise, names the programme whose recipients lie there (the vocabulary's PROGRAMME_REGIONS)."""
        if any(m.kind in ("programme", "event") for m in mentions):
            return mentions
        added = []
        for region, key in PROGRAMME_REGIONS.items():
            start = text.find(region)
            iri = ID_BASE + key
            if start < 0 or iri not in self.gazetteer.labels or any(m.start < start + len(region) and start < m.end for m in mentions):
                continue
            added.append(Mention(region, start, start + len(region),
                                 [Candidate(iri, "programme", self.gazetteer.labels[iri], "region")]))
        return sorted(mentions + added[:1], key=lambda m: m.start)

    def pair_first_named(self, text: str, m: Mention, mentions: list[Mention]):
        """粤桂协作 广东帮的是哪个自治区, 鲁渝协作里山东结对的…: the pair's second member (桂) linked alone, its first (粤) named
        in full elsewhere: (that full mention, the pair name's length after the second member), or None."""
        pair = PAIR_NAME.match(text[m.start:]) if m.kind == "actor" and len(m.text) == 1 and not m.ambiguous else None
        if pair is None or m.start == 0 or (m.start > 1 and "\u4e00" <= text[m.start - 2] <= "\u9fff"):
            return None  # (a longer run before it: no pair's name)
        first = {c.iri for c in self.gazetteer.automaton.get(text[m.start - 1], ("", []))[1] if c.kind == "actor"}
        full = next((o for o in mentions if o is not m and o.kind == "actor" and not o.ambiguous and o.best[0].iri in first
                     and o.start > m.end), None)
        # 沪滇协作里宝山区负责哪几个县市: the first member named by one of its parts (宝山区 within 上海) is the giver too
        full = full or next((o for o in mentions if o is not m and o.kind == "actor" and not o.ambiguous and o.start > m.end
                             and self.parents(o.best[0].iri) & first), None)
        return (full, pair.end()) if full else None

    def pair_members(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """苏陕协作哪年开始, 沪滇协作是哪一年开始的: a pair's name (two abbreviations before 协作/合作) with no member named
        in full names both members, the first the giver: the first is added where only the second was linked. Two pairs'
        names compared (鲁渝协作和闽宁协作哪个早) each name their two members."""
        actors = [m for m in mentions if m.kind == "actor"]
        if len(actors) == 2 and all(len(m.text) == 1 for m in actors) and actors[1].start - actors[0].end > 2:
            named = [self.pair_members(text, [o for o in mentions if o.kind != "actor" or o is m]) for m in actors]
            if all(len([o for o in n if o.kind == "actor"]) == 2 for n in named):
                kept = sorted({id(o): o for n in named for o in n}.values(), key=lambda x: x.start)
                return [o for i, o in enumerate(kept) if o.kind != "programme" or o.ambiguous or not any(  # (one programme
                    p.kind == "programme" and p.best[0].iri == o.best[0].iri for p in kept[:i])]  # named twice: once)
        if len(actors) != 1 or len(actors[0].text) != 1 or actors[0].start == 0 or not PAIR_NAME.match(text[actors[0].start:]):
            return mentions
        m, before = actors[0], text[actors[0].start - 1]
        found = {c.iri: c for c in self.gazetteer.automaton.get(before, ("", []))[1] if c.kind == "actor"}
        if len(found) != 1 or any(o.start <= m.start - 1 < o.end and o.kind != "programme" for o in mentions) \
                or (m.start > 1 and "\u4e00" <= text[m.start - 2] <= "\u9fff" and text[m.start - 2] not in PAIR_JOINERS
                    and not any(  # (a longer run: no pair's
                    o.kind == "programme" and o.start == m.start - 1 for o in mentions)):  # name; 鲁渝协作 linked whole is)
            return mentions
        return sorted(mentions + [Mention(before, m.start - 1, m.start, list(found.values()))], key=lambda x: x.start)

    def keyword_pair_direction(self, frame: Frame) -> Frame:
        """日喀则 下辖 沪 援建县: two names typed as search words have no word order; where one only ever receives and
        the other gives, the giver is the one that gives (direction "out" when it comes first)."""
        first, second = frame.of_kind("actor")
        if first.ambiguous or second.ambiguous:
            return frame
        sides = [{r["side"].value.rsplit("#", 1)[-1] for r in self.store.query(
            SIDES_TAKEN, substitutions={"a": term(m.best[0].iri)})} for m in (first, second)]
        if sides[0] == {"recipient"} and "supporter" in sides[1]:
            return dataclasses.replace(frame, direction="in")
        if sides[1] == {"recipient"} and "supporter" in sides[0]:
            return dataclasses.replace(frame, direction="out")
        return frame

    def parts_in_brackets(self, text: str) -> str:
        """和田地区(和田县、墨玉县)有哪些支援方: a bracket that only lists some of the place's own parts widens it, as
        (含和田县、墨玉县等地) does: it is read so."""
        for found in reversed(list(BARE_BRACKET.finditer(text))):
            outer = [m for m in self.gazetteer.link(text[:found.start()]) if m.kind == "actor" and not m.ambiguous]
            inner = self.gazetteer.link(found.group(1))
            named = "".join(c for i, c in enumerate(found.group(1)) if not any(m.start <= i < m.end for m in inner))
            if outer and outer[-1].end == found.start() and inner and not named.strip("、，,和与及 ") and all(
                    m.kind == "actor" and any(self.store.query(PART_OF, substitutions={"a": term(outer[-1].best[0].iri),
                                                                                     "b": term(c.iri)}) for c in m.best)
                    for m in inner):
                text = f"{text[:found.start()]}(含{found.group(1)}等地){text[found.end():]}"
        return text

    def joined_names(self, text: str) -> str:
        """汶川 恢复重建 对口支援方案: a space inside a name the gazetteer knows is dropped (only that space)."""
        spaces = [m.start() for m in SPLIT_NAME.finditer(text)]
        if not spaces:
            return text
        joined = "".join(c for i, c in enumerate(text) if i not in spaces)
        at = [i - n for n, i in enumerate(spaces)]  # where each dropped space was, in the joined text
        crossed = {a for m in self.gazetteer.link(joined) for a in at
                   if m.start < a < m.end and m.end - m.start >= 4 and m.best[0].via != "loose"}  # a name as held
        return "".join(c for i, c in enumerate(text) if i not in spaces or at[spaces.index(i)] not in crossed)

    def other_side_only(self, frame: Frame) -> bool:
        """The named actor(s), read as the giver by the question's loose wording (林芝 援藏 哪些省), only ever receive;
        not for a yes/no (whose "no" is an answer), nor the other way round (谁对口支援上海 stays no_fact)."""
        actors = frame.of_kind("actor")
        if any(a.ambiguous for a in actors) or frame.cues & {"yesno", "described_supporter", "described_recipient"}:
            return False  # (宁夏作为支援方对口哪些地区: the side the asker gave it is kept — none found is the answer)
        sides = {r["side"].value.rsplit("#", 1)[-1] for a in actors for r in self.store.query(
            SIDES_TAKEN, substitutions={"a": term(a.best[0].iri)})}
        return frame.direction == "out" and sides == {"recipient"}  # 谁对口支援上海: never read the other way round

    def side_by_name(self, frame: Frame) -> Frame:
        """参加沪苏浙城市结对帮扶的皖北城市有哪些: the kind asked is qualified by a word that the programme's own name
        gives one side (after its word of aid: 帮扶皖北城市, the receivers; before it: the givers): that side is asked."""
        progs, asked = frame.of_kind("programme"), [m for m in frame.of_kind("class") if m.best[0].via == ASKED]
        if len(progs) != 1 or frame.cues & {"recipient_role", "supporter_role"}:
            return frame
        split = AID_IN_NAME.search(label := progs[0].best[0].label)
        if not split:
            return frame
        giver, receiver = label[:split.start()], label[split.end():]
        if receiver and progs[0].text.endswith("的" + receiver):  # (…结对帮扶的皖北城市: the name ends on the receivers)
            return dataclasses.replace(frame, cues=frame.cues | {"recipient_role"})
        before = ASKING_BEFORE.sub("", frame.masked[:asked[0].start]) if len(asked) == 1 else ""
        word = before[-3:] if before[-3:] in label else before[-2:]  # (珠三角哪几个城市, 皖北的哪些城市)
        if len(word) < 2 or "□" in word or not word.isalpha():
            return frame
        side = "recipient_role" if word in receiver and word not in giver else \
            "supporter_role" if word in giver and word not in receiver else None
        return dataclasses.replace(frame, cues=frame.cues | {side}) if side else frame

    def side_by_member(self, frame: Frame) -> Frame:
        """沪苏浙帮扶皖北，江苏方面是哪些市: one actor named with 方面/这边 in one programme — the side of the programme
        its own places take (江苏's cities give in it: the givers asked; 安徽方面: the receivers), when they take one only."""
        progs, actors = frame.of_kind("programme"), frame.of_kind("actor")
        if len(progs) != 1 or len(actors) != 1 or actors[0].ambiguous \
                or frame.cues & {"recipient_role", "supporter_role", "passive_support"} \
                or not MEMBER_SIDE.search(frame.masked[actors[0].end:]):
            return frame
        sides = {r["side"].value.rsplit("#", 1)[-1] for r in self.store.query(MEMBER_SIDES_IN_PROGRAMME, substitutions={
            "g": term(progs[0].best[0].iri), "x": term(actors[0].best[0].iri)})}
        if len(sides) != 1:
            return frame
        return dataclasses.replace(frame, cues=frame.cues | {"supporter_role" if sides == {"supporter"} else "recipient_role"})

    def side_by_kind(self, frame: Frame) -> Frame:
        """援青对口的是哪些州, 援青各省市对口支援哪些州: a programme's members of the kind asked, no role word and no actor
        named: where the programme has members of that kind on one side only, that side is asked (its recipients)."""
        progs, asked = frame.of_kind("programme"), [m for m in frame.of_kind("class") if m.best[0].via == ASKED]
        if len(progs) != 1 or len(asked) > 1 or frame.of_kind("actor") or frame.of_kind("event") \
                or frame.cues & {"recipient_role", "supporter_role", "passive_support"}:
            return frame
        sides = {r["side"].value.rsplit("#", 1)[-1] for r in self.store.query(KIND_SIDES_IN_PROGRAMME, substitutions={
            "g": term(progs[0].best[0].iri), "cls": term(asked[0].best[0].iri)})} if asked else {"recipient"}
        helped = (HELPED_ASKED.search(frame.masked) or AID_RECEIVED.search(frame.masked)) and "recipient" in sides
        # (那个合作，帮的是哪些市; 哪个地州最早得到对口支援: the helped)
        return dataclasses.replace(frame, cues=frame.cues | {"recipient_role"}) if asked and sides == {"recipient"} or helped \
            else frame

    def own_scope(self, frame: Frame) -> Frame:
        """深圳在省内对口帮扶哪两个市: the one actor's own province, not named, is where the asked side lies."""
        actors = frame.of_kind("actor")
        found = OWN_SCOPE.search(frame.masked)
        if frame.region is not None or len(actors) != 1 or actors[0].ambiguous or not found:
            return frame
        rows = list(self.store.query(PROVINCE_OF, substitutions={"a": term(actors[0].best[0].iri)}))
        if len(rows) != 1:
            return frame
        iri = rows[0]["p"].value
        region = Mention(found.group(0), found.start(), found.end(),
                         [Candidate(iri, "actor", self.gazetteer.labels.get(iri, iri), "scope")])
        return dataclasses.replace(frame, region=region)

    def by_context(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """An ambiguous name read by what the question says around it, asked back only when more than one meaning fits:
        followed by its parts (喀什各县, 和田的哪三个县, 阿里下面有哪些县), the meanings that have parts (of that kind, when
        one does); beside another named actor (津援疆…和田…, 上海…援疆对口阿克苏), the meanings in a pairing with it, on
        either side (the meaning itself; else through its parts), when the question is about aid (深圳到喀什有多远 is not)."""
        out = []
        for m in mentions:
            if m.ambiguous and m.kind == "actor":
                said = said_in_full(m, mentions)
                if said:  # 阿克苏地区…是哪个省在支援阿克苏: the short name said again after one of its meanings in full
                    # is that place where it stands (the full name before it only set the topic)
                    out = [o for o in out if not (o.kind == "actor" and not o.ambiguous and o.best[0].iri == said[0].iri)]
                    out.append(Mention(m.text, m.start, m.end, said))
                    continue
                meanings = self.with_parts_named(text, m, m.best)
                meanings = self.enclosing_next(text, m, mentions, meanings)
                # (上海离开阿克苏以后是谁接手的: a takeover is about aid too)
                others = [o for o in mentions if o is not m and o.kind == "actor" and not o.ambiguous] \
                    if any(w in mask(text, mentions) for w in self.templates.cues["support"]) \
                    or self.takeover_asked(text, mentions) else []
                for other in others:
                    meanings = self.paired_with(other.best[0].iri, meanings)
                if len(meanings) > 1 and SHARED_PARTNER.search(text):  # 拉萨和玉树有没有同一个支援方: the meanings
                    meanings = [c for c in meanings if all(self.store.query(SHARES_PARTNER, substitutions={  # with one
                        "a": term(c.iri), "x": term(o.best[0].iri)}) for o in others)] or meanings  # in common
                for prog in (o for o in mentions if o.kind == "programme" and not o.ambiguous):
                    # 援疆对口阿克苏的是哪些省市: the meanings that take part in the programme named (either side)
                    meanings = [c for c in meanings if self.store.query(IN_PROGRAMME, substitutions={
                        "a": term(c.iri), "g": term(prog.best[0].iri)})] or meanings
                for event in (o for o in mentions if o.kind == "event" and not o.ambiguous):
                    # 玉树地震…协调小组会议部署由哪些省市援建玉树: the meanings in a pairing the meeting or document set up
                    meanings = [c for c in meanings if self.store.query(SET_UP_WITH, substitutions={
                        "e": term(event.best[0].iri), "a": term(c.iri)})] or meanings
                meanings = self.in_period(find_years(mask(text, mentions)), meanings)
                if len(meanings) > 1 and self.takeover_asked(text, mentions):  # 阿克苏2010年以后换成谁在援了: a place
                    meanings = [c for c in meanings if self.store.query(ENDED_THERE, substitutions={  # whose old pairing
                        "a": term(c.iri)})] or meanings  # ended (something to take over)
                if len(meanings) < len(m.best):
                    m = Mention(m.text, m.start, m.end, meanings)
            elif m.ambiguous and m.kind == "event":  # 根据53号文，山东…: the documents whose pairings hold the actor named
                actors = [o.best[0].iri for o in mentions if o.kind == "actor" and not o.ambiguous]
                meanings = [c for c in m.best if any(self.store.query(SET_UP_WITH, substitutions={
                    "e": term(c.iri), "a": term(a)}) for a in actors)]
                if meanings and len(meanings) < len(m.best):
                    m = Mention(m.text, m.start, m.end, meanings)
            out.append(m)
        return settled_once(out)

    def enclosing_next(self, text: str, m: Mention, mentions: list[Mention], meanings: list) -> list:
        """和田下面的墨玉县, 和田的墨玉县: an ambiguous name right before a place (after 的 or a parts word) means the
        meanings the place lies within, where one does."""
        nxt = next((o for o in mentions if o.start >= m.end and o.kind == "actor"), None)
        if nxt is None or nxt.ambiguous or text[m.end:nxt.start] not in ("", "的", *PARTS_BETWEEN):
            return meanings
        return [c for c in meanings if self.store.query(PART_OF, substitutions={
            "a": term(c.iri), "b": term(nxt.best[0].iri)})] or meanings

    def in_period(self, years: dict[str, int], meanings: list) -> list:
        """2010年新一轮之前对口阿克苏的省市: the meanings with a pairing in the period named (begun or ended before the
        year; begun since it), when some have one."""
        if not {"before", "after"} & set(years):
            return meanings
        kept = [c for c in meanings if all(list(self.store.query(PAIRED_IN_PERIOD[k], substitutions={
            "a": term(c.iri), k: term(years[k])})) for k in ("before", "after") if k in years)]
        return kept or meanings

    def with_parts_named(self, text: str, m: Mention, meanings: list) -> list:
        found = PARTS_AFTER.match(text[m.end:].lstrip(" ")) \
            or text[:m.start].endswith("在") and REGION_THEN_PARTS.match(text[m.end:])  # 它在喀什帮的县市有哪些
        if not found:
            return meanings
        noun = found.groupdict().get("kind") or found.groupdict().get("counted") or found.group("bare")
        having = [c for c in meanings if self.store.query(HAS_PARTS, substitutions={"a": term(c.iri)})]
        of_kind = [c for c in having if noun in PART_NOUNS and self.store.query(
            HAS_PARTS, substitutions={"a": term(c.iri), "c": term(PART_NOUNS[noun])})]
        return of_kind or having or meanings

    def co_agents(self, frame: Frame) -> list[Mention] | None:
        """津冀援疆负责哪些地方, 京津两市援藏…: two or more actors listed as the question's subject, right before the
        verb of aid, are each asked in turn (as with 分别) — unless one lies within another (a place and its region)
        or two are paired with each other (沪滇: the pair itself). Not for questions about the group: a comparison,
        common partners, yes/no, a count or a ranking."""
        actors = frame.of_kind("actor")
        if len(actors) < 2 or frame.cues & (GROUP_CUES | RANKED_ANSWERS) or any(m.ambiguous for m in actors):
            return None
        if "event_q" in frame.cues and len(actors) > 2:
            return None  # 北京、天津对口支援陇南、甘南是哪份文件安排的: one meeting or document for them all
        run = [actors[0]]
        for a, b in itertools.pairwise(actors):  # (京 津 冀 援疆 对口 地区: names typed as search words, space apart)
            if not LISTED.match(frame.text[a.end:b.start]) and frame.text[a.end:b.start] != " ":
                break
            run.append(b)
        if len(run) < 2 or not SUBJECT_BEFORE.match(frame.text[:run[0].start]) \
                or not CO_AGENTS_AFTER.match(frame.text[run[-1].end:].lstrip(" ")):
            return None
        # (天津和河北结对是哪年开始的: asked only when, with nothing else named, two paired through one's parts — 津→承德 —
        # are the pair itself too; 津冀援疆负责哪些地方 names a programme and asks each)
        pair_only = "when" in frame.cues and len(run) == 2 and not frame.of_kind("programme") and not frame.of_kind("event")
        for a, b in itertools.permutations([term(m.best[0].iri) for m in run], 2):
            if self.store.query(PART_OF, substitutions={"a": a, "b": b}) \
                    or self.store.query(PAIRED_EXACTLY, substitutions={"a": a, "x": b}) \
                    or pair_only and self.store.query(PAIRED, substitutions={"a": a, "x": b}):
                return None
        return run

    def takeover_asked(self, text: str, mentions: list[Mention]) -> bool:
        """接手, 换成谁, 之后谁接的: the question, its names masked, asks who took over (vocabulary.takeover_asked)."""
        return takeover_asked(mask(text, mentions))

    def paired_with(self, actor: str, meanings: list) -> list:
        """The meanings in a pairing with ``actor`` itself; else with it or its parts; else through their own parts."""
        for query in (PAIRED_EXACTLY, PAIRED, PAIRED_THROUGH_PARTS):
            paired = [c for c in meanings if self.store.query(query, substitutions={"a": term(c.iri), "x": term(actor)})]
            if paired:
                return paired
        return meanings

    def without_qualifiers(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Drop names that only qualify another: 西藏 in 西藏阿里地区, 天津 in 在天津召开的…会议, 县 in 各县."""
        events = any(m.kind == "event" for m in mentions)
        around = zip([None] + mentions[:-1], mentions, mentions[1:] + [None])
        named = [m for m in mentions if m.kind in ("event", "programme") and not m.ambiguous]
        return [m for prev, m, nxt in around if not self.qualifier(text, (prev, m, nxt), events, asked_after(text, m, mentions))
                and not self.author(m, named, text) and not (m.kind == "actor" and in_title(text, m) and (
                    events or PERIODICAL_TITLE.search(text[m.start:text.find("》", m.end)])))  # 《山西日报》: a paper
                and not opens_event_name(text, m, named, mentions)]

    def collective_region_programme(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """同时对口支援西藏和青海藏区的省市: a collective region that only ever receives, in the pairings of one programme (青海藏区:
        援青's collective row), joined to another name by 和/与/及/、 as the other side of a "both" question, is that
        programme — its supporters are the programme's, not the partners of a stand-in with no parts of its own."""
        if not JOINED_SIDES.search(text):
            return mentions
        named = [m for m in mentions if m.kind in ("actor", "programme", "event")]
        out = []
        for m in mentions:
            if m.kind == "actor" and not m.ambiguous and len(named) >= 2 and any(
                    o is not m and JOINED_SIDES.fullmatch(text[min(o.end, m.end):max(o.start, m.start)].strip(" 的"))
                    for o in named):
                rows = list(self.store.query(COLLECTIVE_PROGRAMME, substitutions={"c": term(m.best[0].iri)}))
                if len(rows) == 1:
                    prog = rows[0]["prog"].value
                    out.append(Mention(m.text, m.start, m.end, [Candidate(prog, "programme", self.gazetteer.labels.get(
                        prog, m.text), "collective")]))
                    continue
            out.append(m)
        return out

    def convened_meeting(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """1982年国家计委和国家民委开的那个座谈会全称是什么: the bodies named, then a verb of convening and a meeting's kind,
        name the meeting they convened (dk:convenedBy) — all of them its conveners, of the year written and the kind said
        (座谈会) when one fits: the meeting takes the bodies' place (several left: the asker is asked which)."""
        if any(m.kind == "event" and m.best[0].via != "loose" for m in mentions):
            return mentions
        bodies = [m for m in mentions if m.kind == "actor" and not m.ambiguous and m.best[0].iri in self.conveners_all]
        for last in bodies:
            kind = CONVENED_KIND.match(text[last.end:])
            if not kind:
                continue
            run = [last]
            for m in reversed([b for b in bodies if b.end <= last.start]):
                if text[m.end:run[0].start].strip(CONVENERS_JOINED):
                    break
                run.insert(0, m)
            named = {m.best[0].iri for m in run}
            found = [(e, label) for e, (who, label) in self.convened.items() if named <= who]
            years = find_years(mask(text, mentions))
            if set(years) == {"in"}:
                found = [(e, label) for e, label in found if self.event_year(e) == years["in"]]
            if kind.group(1) in MEETING_KIND_NARROWS:
                found = [f for f in found if kind.group(1) in f[1]] or found
            if not found or len(found) > 4:
                continue  # (several: the question is asked which of them is meant)
            end = last.end + kind.end()
            loose = [m for m in mentions if m.kind == "event" and m.start < end and m.end > run[0].start]
            event = Mention(text[run[0].start:end], run[0].start, end,
                            [Candidate(e, "event", label, "convened") for e, label in sorted(found)])
            return sorted([m for m in mentions if m not in run and m not in loose] + [event], key=lambda m: m.start)
        return mentions

    def convened_named(self, result: dict, text: str, mentions: list[Mention]) -> dict | None:
        """国家民委召开的那个座谈会叫什么: a meeting named by its conveners (convened_meeting), its name asked: the meeting."""
        for m in mentions:
            if m.kind == "event" and m.best[0].via == "convened" and not m.ambiguous and MEETING_NAME_ASKED.match(text[m.end:]):
                return self.event_itself(result, DESCRIBED_TEMPLATE, {"e": m.best[0].iri})
        return None

    @functools.cached_property
    def convened(self) -> dict[str, tuple[frozenset[str], str]]:
        """Each meeting with a convenor: its conveners and its label."""
        who: dict[str, set[str]] = {}
        labels: dict[str, str] = {}
        for r in self.store.query(CONVENED):
            who.setdefault(r["e"].value, set()).add(r["a"].value)
            labels[r["e"].value] = r["l"].value
        return {e: (frozenset(a), labels[e]) for e, a in who.items()}

    @functools.cached_property
    def conveners_all(self) -> frozenset[str]:
        return frozenset().union(*(who for who, _ in self.convened.values())) if self.convened else frozenset()

    def issuers_of_asked(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """北京对口张家口，是根据哪份中办国办文件: bodies that issue documents or convene meetings, named right before the
        word of the document or meeting asked (no event named), only say which kind of document: not actors of it."""
        if any(m.kind == "event" for m in mentions) or not ISSUED_KIND_ASKED.search(text):
            return mentions
        bodies = [m for m in mentions if m.kind == "actor" and not m.ambiguous and m.best[0].iri in self.issuers]
        qualifying = [m for m in bodies if ISSUED_KIND_AFTER.match(text[m.end:])
                      or any(o is not m and o.start >= m.end and not text[m.end:o.start].strip("、和与及 ") and o in bodies
                             and ISSUED_KIND_AFTER.match(text[o.end:]) for o in bodies)]
        rest = [m for m in mentions if m not in qualifying]
        # (一九九二年开展三峡…对口支援，是由国务院办公厅哪份文件部署的: the programme's own document, by its issuer's kind)
        named = sum(m.kind == "actor" for m in rest) >= 2 or any(m.kind == "programme" for m in rest) \
            and not any(m.kind == "actor" for m in rest)
        return rest if qualifying and named else mentions

    @functools.cached_property
    def issuers(self) -> frozenset[str]:
        """The bodies that issued a document or convened a meeting (a handful)."""
        return frozenset(r["a"].value for r in self.store.query(ALL_ISSUERS))

    def office_of(self, m: Mention, e: Mention) -> bool:
        """国务院 before 2008年的53号文件, issued by 国务院办公厅: the body whose own office issued it (the office's name
        opens with the body's)."""
        return any(self.gazetteer.labels.get(r["a"].value, "").startswith(m.best[0].label)
                   for r in self.store.query(ISSUERS, substitutions={"e": term(e.best[0].iri)}))

    def quoted_origin(self, result: dict, text: str, mentions: list[Mention]) -> dict | None:
        """「分片负责、对口支援、定期轮换」是哪一次会议提出来的: a quoted phrase (a principle, a slogan) whose meeting or
        document is asked, none being named: the earliest meeting or document whose record quotes it."""
        found = QUOTED_PHRASE.search(text)
        if not found or not ORIGIN_ASKED.search(text) or any(m.kind in ("event", "stage") for m in mentions):
            return None
        said = found.group(1).replace("{", "{{").replace("}", "}}")  # (data, not a pattern)
        t = Template("quoted_origin", "event_origin", {}, {}, (), (), None, QUOTED_BY, "entity", f"最早提出“{said}”的是{{answers}}。",
                     "图谱中没有记录引述这一说法的会议或文件。", meaning="引述这一说法的最早的会议或文件")
        binding = Binding(t, {}, {"q": found.group(1)})
        rows = self.store.query(self.templates.prefixes + QUOTED_BY, substitutions={"q": ox.Literal(found.group(1))})
        rows = as_dicts(rows, [v.value for v in rows.variables], None)
        result["template"] = t.name
        result["sparql"] = self.templates.prefixes + QUOTED_BY
        answered = render.answered(result, binding, rows, self.sources, self.gazetteer.labels)
        return answered if answered["status"] == "ok" else None

    @functools.cached_property
    def event_notes(self) -> dict[str, frozenset[str]]:
        """Each dated meeting's or document's note (what it decided, in our words) as its character pairs."""
        return {r["e"].value: frozenset(char_pairs(normalise(r["n"].value))) for r in self.store.query(EVENT_NOTES)}

    def decided_by(self, result: dict, text: str, mentions: list[Mention]) -> dict | None:
        """对口援藏延长十年、并把尚无对口单位的30个县级单位纳入对口支援，是哪一次会议作出的决定: a meeting or document asked by
        what it decided, none named: the one whose note shares far more of the question's rarer character pairs (in at most
        three notes, no digits) than any other (at least six, three times the next)."""
        if any(m.kind in ("event", "stage") for m in mentions) or not ORIGIN_ASKED.search(text):
            return None
        shared = collections.Counter(g for gs in self.event_notes.values() for g in gs)
        asked = {g for g in char_pairs(mask(text, mentions)) if shared[g] <= 3 and not any(c.isdigit() for c in g)}
        # (no digits: 佛山自2016年起帮扶凉山州 shares only its year's digits with 上海自2004年起帮扶迪庆)
        scores = sorted(((len(asked & gs), iri) for iri, gs in self.event_notes.items()), reverse=True)
        if not scores or scores[0][0] < 6 or len(scores) > 1 and scores[0][0] < 3 * scores[1][0]:
            return None
        decided = dataclasses.replace(DESCRIBED_TEMPLATE, name="decided_by", meaning="所述决定出自的会议或文件")
        return self.event_itself(result, decided, {"e": scores[0][1]})

    def lone_phase(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """崇州市到了重建阶段由哪个省市接手: a disaster's phase named bare (重建阶段, 过渡期), no programme named, beside one place
        that received aid in that phase of one disaster: that phase's programme."""
        places = [m for m in mentions if m.kind == "actor" and not m.ambiguous]
        found = PHASE_NAMED.search(text)
        if any(m.kind in ("programme", "event") for m in mentions) or len(places) != 1 or not found \
                or any(m.start < found.end() and found.start() < m.end for m in mentions):
            return mentions
        key = next(phase for phase, words in DISASTER_PHASES if found.group(1) in words or found.group(1) in phase)
        rows = self.store.query(PLACE_PROGRAMMES, substitutions={"a": term(places[0].best[0].iri)})
        fits = {r["g"].value: r["l"].value for r in rows if "地震" in r["l"].value and key in r["l"].value}
        if len(fits) != 1:
            return mentions
        (iri, label), = fits.items()
        phase = Mention(found.group(0), found.start(), found.end(), [Candidate(iri, "programme", label, "phase")])
        return sorted(mentions + [phase], key=lambda m: m.start)

    def stage_ended(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """彭州市在过渡安置阶段之后改由哪个省份负责恢复重建: a takeover asked with the place and a programme or stage named as the
        point it ended (之后, 以后), no old supporter named: the place's one supporter whose pairing there in that programme
        ended stands for it (who took over from it is asked)."""
        places = [m for m in mentions if m.kind == "actor"]
        if len(places) != 1 or places[0].ambiguous or not takeover_asked(mask(text, mentions)):
            return mentions
        for m in mentions:
            if m.kind == "programme" and not m.ambiguous and STAGE_ENDED_AFTER.match(text[m.end:]) \
                    and not STAGE_ENTERED.search(text[:m.start]):  # (进入灾后恢复重建阶段后: the stage begun, not the one ended)
                rows = list(self.store.query(ENDED_IN_PROGRAMME, substitutions={
                    "a": term(places[0].best[0].iri), "g": term(m.best[0].iri)}))
                if len(rows) == 1:
                    old = Mention(m.text, m.start, m.end, [Candidate(rows[0]["s"].value, "actor", rows[0]["l"].value, "stage")])
                    return sorted([x for x in mentions if x is not m] + [old], key=lambda x: x.start)
        return mentions

    def described_event(self, result: dict, text: str, mentions: list[Mention]) -> dict | None:
        """2013年对口帮扶贵州，是国务院办公厅哪个文件部署的: a meeting or document matched only loosely on the words that
        describe it, asked which it is (no pairing's actors named; a body named issued or convened it, a year written is its
        own): the answer is that meeting or document."""
        events = [m for m in mentions if m.kind == "event"]
        others = [m for m in mentions if m.kind not in ("event", "class")]
        bodies = [m for m in others if m.kind == "actor" and not m.ambiguous and m.best[0].iri in self.issuers]
        if len(events) != 1 or events[0].best[0].via != "loose" or len(others) > len(bodies) or len(bodies) > 1 \
                or events[0].best[0].label.startswith(events[0].text) or not EVENT_ASKED.search(mask(text, events)):
            return None  # (1992年国务院批复的是什么文件: the event named by its own head, the document it answered asked)
        year = find_years(mask(text, mentions))
        if year and (set(year) != {"in"} or self.event_year(events[0].best[0].iri) != year["in"]):
            return None
        values = {"e": events[0].best[0].iri} | ({"body": bodies[0].best[0].iri} if bodies else {})
        return self.event_itself(result, DESCRIBED_TEMPLATE, values)

    def event_itself(self, result: dict, t: Template, values: dict) -> dict | None:
        """The meeting or document bound as ``e`` answered as itself (its issuer or convenor ``body`` where bound)."""
        query = t.query_text(self.templates.prefixes, set(values))
        rows = self.store.query(query, substitutions={k: term(v) for k, v in values.items()})
        rows = as_dicts(rows, [v.value for v in rows.variables], None)
        result["template"], result["sparql"] = t.name, display_query(query, values)
        answered = render.answered(result, Binding(t, {}, values), rows, self.sources, self.gazetteer.labels)
        return answered if answered["status"] == "ok" else None

    def without_context_places(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Places that only set the scene of a pairing asked about: the old partner of a change-over (福建援藏从林芝换到昌都，
        是哪一年的事: 福建 and 昌都), and a place in a leading topic clause that holds a place named after it on the same
        footing (沪滇对口里，上海帮扶迪庆…: 滇 holds 迪庆)."""
        actors = [m for m in mentions if m.kind == "actor" and not m.ambiguous]
        if len(actors) < 3:
            return mentions
        drop = []
        for m in actors:
            later = [o for o in actors if o.start > m.end]
            found = CHANGED_FROM.match(text[m.end:])
            if text[:m.start].endswith(CHANGED_FROM_BEFORE) and found and later and later[0].start == m.end + found.end():
                drop.append(m)
        topic = TOPIC_CLAUSE.match(text)
        if topic:
            drop += [m for m in actors if m.end <= topic.end() and m not in drop and any(
                o.start >= topic.end() and self.store.query(PART_OF, substitutions={"a": term(m.best[0].iri),
                                                                                     "b": term(o.best[0].iri)})
                for o in actors)]
        return [m for m in mentions if m not in drop] if len(actors) - len(drop) >= 2 else mentions

    def author(self, m: Mention, events: list[Mention], text: str = "") -> bool:
        """民政部那份…紧急通知, 国家民委召开的座谈会, 国办…东北对口合作方案: the body that issued or convened a meeting or
        document named after it (or the launch of a programme named after it) only says which one is meant; so does the
        person who gave a meeting's report, wherever named (1979 边防工作会议 乌兰夫那个报告 安排了哪些省市)."""
        if m.kind == "person" and not m.ambiguous and not REPORTER_ASKED.search(text):
            return any(self.store.query(REPORTED_AT, substitutions={"a": term(m.best[0].iri), "e": term(e.best[0].iri)})
                       for e in events if e.kind == "event")
        return m.kind == "actor" and not m.ambiguous and any(
            e.start > m.start and (self.store.query(AUTHOR_OF, substitutions={"a": term(m.best[0].iri), "e": term(e.best[0].iri)})
                                   or self.office_of(m, e))
            or e.start >= m.end and venue_between(text[m.end:e.start], e.best[0].label) and self.store.query(
                HELD_IN, substitutions={"a": term(m.best[0].iri), "e": term(e.best[0].iri)})  # 天津 全国…会议: where it was held
            or m.start >= e.end and VENUE_BRACKET_OPEN.match(text[e.end:m.start]) and VENUE_BRACKET_CLOSE.match(text[m.end:])
            and self.store.query(HELD_IN, substitutions={"a": term(m.best[0].iri), "e": term(e.best[0].iri)})  # …会议（…，西宁）
            for e in events)

    def qualifier(self, text: str, near: tuple, events: bool, asked: Mention | None = None) -> bool:
        prev, m, nxt = near
        if m.kind == "class":  # 各县, 和田地区的县, 塔什库尔干县: the places within or the name itself
            aside = text[:m.start].rfind("(") > text[:m.start].rfind(")")  # (包括州、县): a remark, not a filter
            counted = prev is not None and prev.kind == "actor" and COUNTED_PARTS.search(text[prev.end:m.start]) \
                and not (COUNT_WORD.search(text[prev.end:m.start]) and not OTHER_ASKED.search(text[m.end:])) \
                and not RANKING_WORDS.search(text[m.end:])  # (西藏七个地市里…最少的: the kind ranked)
            # (对口日喀则几个县: the kind counted is asked; 喀什地区的几个县分别由谁支援: some of its counties)
            widened = bool(WIDENED_AFTER.match(text[m.end:]) or WIDENED_BEFORE.search(text[:m.start])
                           or WIDENED_COUNTED.match(text[m.end:])
                           or WIDENED_ALONG_BEFORE.search(text[:m.start]) and WIDENED_ALONG_AFTER.match(text[m.end:]))
            restated = prev is not None and prev.kind == "class" and bool(RESTATED_KIND.search(text[:m.start].rstrip(" ，,")))
            # 十九个援疆省市里，是哪个省…: the roster is where the asked one is sought, the kind asked follows
            # (援疆省市里，对口兵团师一级最多的是哪个省: a kind the verb takes at a level may stand between)
            scope = (nxt is not None and nxt.kind == "class" and nxt.best[0].via == ASKED or asked is not None) \
                and text[m.end:].startswith(SCOPE_AFTER) and not (text[m.end:].startswith(LEVEL_WORDS)
                                                                  and LEVEL_OBJECT_BEFORE.search(text[:m.start]))
            among = text[:m.start].endswith(PARTS_OF) and m.best[0].via != ASKED  # (各地市里…最多: the kind ranked)
            return aside or widened or restated or scope or among or bool(counted) or self.owned(text, prev, m) \
                or beside_places(text, m) or supporters_word(text, m)
        if institution(text, m):
            return True
        if m.kind == "actor" and self.named_aside(text, m):
            return True  # 昌吉州(含奇台、吉木萨尔等县): the parts only widen the region before them
        if m.kind != "actor" or m.ambiguous:
            return False
        if prev is not None and prev.kind == "actor" and OTHERS_TOO.match(text[m.end:]):
            return True  # 山南那边我记得是湖南在管，是不是还有别的省也在援: 湖南 is known, the place's partners are asked
        if events and text[m.end:].startswith(HELD_AT):
            return True  # (在)天津召开的…会议: where (or by whom) the meeting was held, not a slot
        if nxt is not None and nxt.kind == "programme" and (text[m.end:nxt.start] in WITHIN or text[m.end:nxt.start] in (
                "", "的") and any(n in nxt.best[0].label for n in [m.best[0].label, *short_forms(m.best[0].label)])):
            return True  # 江苏省内南北挂钩合作, 江苏南北挂钩: the programme's own province (its name holds the actor's)
        if nxt is not None and nxt.kind == "event" and not nxt.ambiguous and text[m.end:nxt.start] in ("", " ", "的") \
                and nxt.best[0].label.startswith(m.text) and m.text not in nxt.text:
            return True  # 汶川 53号文: the word the document's own name opens with, saying which document
        return nxt is not None and self.encloses(m, nxt, text)

    def named_aside(self, text: str, m: Mention) -> bool:
        """A name in a bracketed remark that widens the place before the bracket (含…, 包括…), lying within that place."""
        found = PARTS_NAMED_ASIDE.search(text[:m.start])
        if not found:
            return False
        outer = [o for o in self.gazetteer.link(text[:found.start()]) if o.kind == "actor"]
        return bool(outer) and any(self.store.query(PART_OF, substitutions={"a": term(c.iri), "b": term(b.iri)})
                                   for c in outer[-1].best for b in m.best)

    def owned(self, text: str, actor: Mention | None, cls: Mention) -> bool:
        """塔什库尔干县 (the name's own suffix), 和田地区的县 (places of that kind within it)."""
        if actor is None or actor.kind != "actor" or actor.ambiguous or cls.best[0].via != "place" \
                or KIND_COUNTED_AFTER.match(text[cls.end:]):  # (…援拉萨的县有多少个: the kind counted is a filter)
            return False
        between = text[actor.end:cls.start]
        if between in ("这个", "这一", "这"):
            return True  # 和田地区这个地级单位: the actor's own kind
        subs = {"a": term(actor.best[0].iri), "c": term(cls.best[0].iri)}
        return between == "" or between == "的" and bool(self.store.query(HAS_PARTS, substitutions=subs))

    def part_named_plainly(self, text: str, linked: list[Mention]) -> str:
        """日喀则下面的白朗县, 喀什地区下辖的伽师县: a parts word between a place and a place within it only places the
        second, as 的 does (not the first's parts asked)."""
        actors = [m for m in linked if m.kind == "actor" and not m.ambiguous]
        for outer, inner in reversed(list(zip(actors, actors[1:]))):
            if text[outer.end:inner.start] in PARTS_BETWEEN and self.encloses(
                    outer, dataclasses.replace(inner, start=outer.end)):
                text = text[:outer.end] + "的" + text[inner.start:]
        return text

    def encloses(self, outer: Mention, inner: Mention, text: str = "") -> bool:
        """西藏阿里地区, 新疆的和田地区: the second name follows (at once or after 的) and lies within the first."""
        if outer.end != inner.start and not apposed(outer.text, text[outer.end:inner.start]) \
                or inner.kind != "actor" or inner.ambiguous:
            return False
        subs = {"a": term(outer.best[0].iri), "b": term(inner.best[0].iri)}
        return bool(self.store.query(PART_OF, substitutions=subs))

    def parents(self, iri: str) -> frozenset[str]:
        """The places ``iri`` lies within (dk:partOf), looked up once per process."""
        found = self._parents.get(iri)
        if found is None:
            rows = self.store.query(PARENTS, substitutions={"b": term(iri)})
            found = frozenset(r["a"].value for r in rows)
            if len(self._parents) < MAX_PARENTS_CACHED:
                self._parents[iri] = found
        return found

    def fitting(self, frame: Frame):
        """The templates that fit, in order; the first that finds an answer is used."""
        if frame.cues & OUT_OF_SCOPE:
            return
        for template in self.templates.templates:
            binding = fit(template, frame)
            if binding is not None:
                yield binding

    def run(self, result: dict, binding: Binding, frame: Frame | None = None, first: int | None = None) -> dict:
        if "any" in binding.template.slots.values():
            return self.run_any(result, binding)
        return self.run_one(result, binding, frame, first)

    def fitted_answer(self, answered: dict, binding: Binding, frame: Frame) -> dict:
        """Make the answer's kind fit what was asked: the actors of listed pairings when a role is asked
        (2010年终止的结对关系，支援方是哪些), their number when a count is asked (…一共安排了几个省市)."""
        t, actor = binding.template, binding.values.get("x")
        side = asked_side(frame, binding)
        of_sides = bool(side and t.answer == "entity" and answered["answers"]
                        and all(PAIRING in a.get("iri", "") for a in answered["answers"]))
        if of_sides:
            answered = self.sides_of(answered, side, actor)
        if not counts_list(frame, t):
            return answered
        counted = counting.sides(side, actor is not None) if of_sides else counting.VALUES if t.answer == "values" \
            else counting.ITEMS
        return self.tallied(answered, binding, frame, counted, answered["text"] if of_sides else None)

    def tallied(self, answered: dict, binding: Binding, frame: Frame, counted: str, listed: str | None) -> dict:
        """A list's number: the COUNT of the same list (or of its pairings' sides), never the listed rows counted
        (only its first ones were read, for the sentence: ``listed``, or the template's sentence with the total)."""
        t = binding.template
        ranked = bool({binding.values.get("cls"), binding.values.get("ocls")} & set(RANKED_CLASSES))
        text, rows = self.count_rows(binding, flags_of(frame), counted, ranked=ranked)
        found = next(iter(count(rows, {})), None)  # none: the list's sides were counted, and it has none
        n = found["value"] if found else len(answered["answers"])
        if listed is None:
            doubted = found is not None and found.get("_unverified") in ("all", "some")
            listed = render.sentence(binding, answered["answers"], n) + (render.UNVERIFIED_NOTE if doubted else "")
        answered.update(answers=[{"value": n}], text=f"共{n}个：" + listed,
                        interpretation=answered["interpretation"] + "；问的是数量：数出上面列出的各项")
        if found is not None:
            answered["sparql"] = display_query(text, binding.values, set(t.optional) - set(binding.values))
            if found["_facts"]:
                answered["sources"] = self.sources.for_facts(found["_facts"])
        return answered

    def sides_of(self, answered: dict, side: str, actor: str | None) -> dict:
        """The supporters (or recipients) of the listed pairings; with a bound actor, its partners."""
        found: dict[str, dict] = {}
        for a in answered["answers"]:
            for role in (("supporter", "recipient") if actor else (side,)):
                rows = self.store.query(PAIRING_SIDES, substitutions={"fact": term(a["iri"]), "side": term(DK + role)})
                for r in rows:
                    if r["item"].value != actor:
                        found.setdefault(r["item"].value, {"label": r["itemLabel"].value, "iri": r["item"].value})
        if not found:
            return answered
        people = list(found.values())
        what = "支援方" if side == "supporter" and not actor else "对口的一方" if actor else "受援方"
        answered.update(answers=people, text=f"{what}：" + "、".join(p["label"] for p in people) + "。",
                        interpretation=answered["interpretation"] + f"；问的是这些对口关系中的{what}")
        return answered

    def ended_since(self, answered: dict, binding: Binding, ended: list[dict]) -> dict:
        """A still-running pairing asked about (福建现在还对口林芝吗) whose recorded pairings have all ended: no, and the
        year the last one ended, from those pairings (not "no record", which they are)."""
        facts = [term(r["fact"]) for r in ended if r.get("fact") is not None and PAIRING in r["fact"]]
        years = [int(row["end"].value) for f in facts for row in self.store.query(ENDED_YEAR, substitutions={"fact": f})]
        if not years or not all(binding.slots.get(k) for k in ("x", "y")):
            return answered
        x, y = (binding.slots[k].best[0].label for k in ("x", "y"))
        answered.update(text=f"{render.NEGATIVE}图谱记录的{x}对口支援{y}已于{max(years)}年结束，目前不在执行。")
        return answered

    def current_only(self, rows: list[dict]) -> list[dict]:
        """现在还在…吗, 目前还没结束的…: pairings that have ended are left out."""
        return [r for r in rows if not (r["fact"] and PAIRING in r["fact"]
                                        and self.store.query(ENDED_QUERY, substitutions={"fact": term(r["fact"])}))]

    def rows(self, text: str, binding: Binding) -> list[dict]:
        solutions = self.store.query(text, substitutions={k: term(v) for k, v in binding.values.items()})
        return as_dicts(solutions, [v.value for v in solutions.variables], binding.values.get("x"))

    def count_rows(self, binding: Binding, flags: set[str], counted: str | None = None,
                   ranked: bool = False) -> tuple[str, list[dict]]:
        """The COUNT query's text and its row, one row per fact of a bounded sample of them when it has facts; ranked:
        省市 counted at province rank (templates.rank_filtered)."""
        t, bound = binding.template, set(binding.values) | flags
        kept = frozenset(k for k in ("cls", "ocls") if binding.values.get(k) not in (None, *RANKED_CLASSES))
        text = t.query_text(self.templates.prefixes, bound, counted)
        text = rank_filtered(text, kept=kept) if ranked else text  # (地市 counted by their 省市: 地市 kept as it is)
        # (a prune of parts: run with the pruned items found first; the query shown stays the one that finds them itself)
        pruned = self.parts_pruned(binding, bound, kept, ranked) if t.prune == "parts" else None
        run = t.query_text(self.templates.prefixes, bound, counted, pruned) if pruned is not None else text
        rows = self.rows(rank_filtered(run, kept=kept) if ranked and pruned is not None else run, binding)
        sample = t.sample_text(self.templates.prefixes, bound, counted, pruned)
        sample = rank_filtered(sample, kept=kept) if ranked and sample else sample
        if sample and rows and int(rows[0]["total"].value):
            rows = [{**rows[0], "fact": r["fact"]} for r in self.rows(sample, binding)] or rows
        return text, rows

    def parts_pruned(self, binding: Binding, bound: set[str], kept: frozenset, ranked: bool) -> list[str] | None:
        """The items of a count's list whose province or city is also among them (as without_parts leaves them out of
        a list), serialised for the count's FILTER: the list's distinct items read once, their places looked up once
        per process; None (the count prunes in the query) if an item is not an IRI."""
        listed = binding.template.switched(bound)
        listed = rank_filtered(listed, kept=kept) if ranked else listed
        query = self.templates.prefixes + counting.items_query(listed, counting.bound_names(listed, bound))
        terms = {r["item"] for r in self.rows(query, binding) if "item" in r}
        if not all(isinstance(i, ox.NamedNode) for i in terms):
            return None
        items = {i.value for i in terms}
        return [str(i) for i in terms if self.parents(i.value) & items]

    def run_any(self, result: dict, binding: Binding) -> dict:
        """Try each meaning of the one name (对口合作: the programme, then the relationship type)."""
        name, mention = next(iter(binding.slots.items()))
        first = terms_first if mention.kind not in SLOT_KINDS else (lambda c: c.kind != mention.kind)
        cands = sorted({c.iri: c for c in mention.candidates}.values(), key=first)
        if binding.template.answer == "described":  # 东西部扶贫协作是什么: what bears that very name
            cands = [c for c in cands if c.label == mention.text] or cands
        for cand in cands:
            meaning = dataclasses.replace(mention, candidates=[cand])
            attempt = self.run_one(dict(result), Binding(binding.template, {name: meaning}, {name: cand.iri}))
            if attempt["status"] == "ok":
                return attempt
        return attempt

    def run_one(self, result: dict, binding: Binding, frame: Frame | None = None, first: int | None = None) -> dict:
        """One template's answer; ``first``: only the list's first rows (a count shows only the start of its list)."""
        t = binding.template
        flags = flags_of(frame)
        ranked = bool({binding.values.get("cls"), binding.values.get("ocls")} & set(RANKED_CLASSES))
        members = anyone = False
        ended: list[dict] = []
        if t.answer == "earlier" and frame is not None and "later" in frame.cues and "earlier" not in frame.cues:
            t = dataclasses.replace(t, answer="later", text=t.text.replace("更早", "更晚"))  # 哪一个更晚开始
            binding = dataclasses.replace(binding, template=t)
        if t.answer == "compare" and frame is not None and frame.cues & {"difference", "fewer", "ratio"}:
            t = dataclasses.replace(t, answer="ratio" if "ratio" in frame.cues else "difference"
                                    if "difference" in frame.cues else "fewer")  # 几倍, 多几个, 谁更少
            binding = dataclasses.replace(binding, template=t)
        for var in ("prog", "x", "y"):  # 新一轮对口援疆: the round's pairings (援疆前后两轮: two rounds compared)
            if (prog := binding.values.get(var)) and (var == "prog" or t.slots.get(var) == "programme") \
                    and self.is_round(prog):
                t = dataclasses.replace(t, sparql=of_round(t.sparql, var))  # (the binding too: a count builds from it)
                binding = dataclasses.replace(binding, template=t)
        if t.answer == "count":  # its query leaves out what the pipeline leaves out of a list (counting.py)
            text, rows = self.count_rows(binding, flags, ranked=ranked)
        else:
            text = t.query_text(self.templates.prefixes, set(binding.values) | flags)
            if "in" in binding.values and frame is not None and (compose.dated(frame, None) or ("",))[0] == "in_force":
                text = in_force(text)  # 2005年广东援疆对口的是…: in force that year (the convention), not begun in it
            def run(shown: str) -> list[dict]:
                return self.rows(counting.first_rows(shown, first) if first else shown, binding)
            kept = frozenset(k for k in ("cls", "ocls") if binding.values.get(k) not in (None, *RANKED_CLASSES))
            rows = run(rank_filtered(text, kept=kept) if ranked else text)
            # (计划单列市 asked: in a team or not, it stays a 计划单列市 — 援青省市里有没有计划单列市 lists no other city)
            own = kept | frozenset(k for k in ("cls", "ocls") if binding.values.get(k) == SEPARATELY_PLANNED)
            if ranked and not rows and t.answer in RANKING and "cls" not in kept and (teams := team_ranked(text)):
                rows = run(teams)  # no supporter at province rank: the provinces ranked by their teams' pairings
                text, members = (teams, "teams") if rows else (text, False)
            if ranked and not rows and t.answer != "bool":
                # no supporter at province rank: the members of a province's team; none either: any supporter (said so)
                members = True
                rows = run(rank_filtered(text, members=True, kept=own))
                if not rows:
                    anyone = True
                    rows = run(rank_filtered(text, anyone=True, kept=own))
            text = rank_filtered(text, members=members, anyone=anyone, kept=own if members else kept) if ranked and members != "teams" else text
            if t.prune == "parts":
                rows = without_parts(rows, self.parents)
            if "current" in flags:
                rows, ended = self.current_only(rows), rows
        if result.get("_set_aside") and t.answer in RANKING_ANSWERS:  # 除了北京，哪个省市…最多: the others ranked
            rows = [r for r in rows if not (r.get("item") is not None and r["item"].value in result["_set_aside"])]
        result["template"] = t.name
        result["sparql"] = display_query(text, binding.values, set(t.optional) - set(binding.values))
        answered = render.answered(result, binding, rows, self.sources, self.gazetteer.labels)
        if t.answer in ("earlier", "later") and answered["status"] == "ok" and len(answered["answers"]) == 2 \
                and (year := TIED_YEAR.search(answered["text"])):  # 黑龙江与吉林援藏孰早: a tie said as one
            answered["text"] = f"{'、'.join(a['label'] for a in answered['answers'])}同在{year.group(1)}年开始，不分先后。"
        if t.answer == "bool" and "current" in flags and not rows and ended:
            answered = self.ended_since(answered, binding, ended)  # 闽还援林芝吗: no, and since when
        if answered["status"] == "ok" and "collectives" in t.switches - flags and self.beside_collectives(binding):
            answered["interpretation"] += "；不含集体主体（写“包括集体”可一并列出）"
        if answered["status"] == "ok" and "cities" in flags and ("#[cities]" in t.sparql or compose.CITIES in t.sparql):
            answered["interpretation"] += CITIES_SAID
        if answered["status"] == "ok" and members == "teams":
            answered["interpretation"] += "；图谱中没有省级单位自身承担的记录，按所在省（区、市）团队的城市和区承担的合计"
        elif answered["status"] == "ok" and (members or anyone):
            render.below_rank(answered, self.gazetteer.labels.get(PROVINCE_RANK, ""), anyone)
        return answered


def launched_since(frame: Frame) -> Frame:
    """2010年启动的对口援青工作中，山东省是否对口支援海北州: the year and its launch word describe the programme (or its
    round) named right after them: the pairings asked about are those begun since, not a launch asked about (unless the
    question asks when, where or which meeting)."""
    progs = frame.of_kind("programme")
    if len(progs) != 1 or set(frame.years) != {"in"} or frame.cues & {"event_q", "when", "location"}:
        return frame
    found = DATED_PROGRAMME.search(frame.text[:progs[0].start])
    if not found or int(found.group(1)) != frame.years["in"] or not DATED_PROGRAMME_AFTER.match(frame.text[progs[0].end:]):
        return frame
    return dataclasses.replace(frame, years={"after": frame.years["in"]}, cues=frame.cues - {"launch"} | {"programme_dated"})


def programmes_of_halves(text: str, mentions: list[Mention]) -> list[Mention]:
    """既援藏支援日喀则市又援疆支援疏勒县的是哪个省: each half of 既…又 names a programme, then the place aided in it — the
    places are what the halves share a giver of; a programme said before each only qualifies its place (dropped)."""
    found = BOTH_HALVES.search(text)
    if found is None:
        return mentions
    halves = [(found.start(1), found.end(1)), (found.start(2), found.end(2))]
    progs = [m for m in mentions if m.kind == "programme"]
    actors = [m for m in mentions if m.kind == "actor"]
    kept = []
    for lo, hi in halves:
        p = [m for m in progs if lo <= m.start < hi]
        a = [m for m in actors if lo <= m.start and m.end <= hi]
        if len(p) != 1 or len(a) != 1 or p[0].end > a[0].start:
            return mentions
        kept.append(p[0])
    return [m for m in mentions if m not in kept]


def said_in_full(m: Mention, mentions: list[Mention]) -> list:
    """嗯 阿克苏地区 新一轮援疆…是哪个省在支援阿克苏: an ambiguous short name whose meaning is also named in full elsewhere in
    the question (a name of one meaning that begins with the short one), when exactly one is, is that meaning."""
    full = {o.best[0].iri for o in mentions if o is not m and o.kind == "actor" and not o.ambiguous
            and len(o.text) > len(m.text) and o.text.startswith(m.text)}
    return [c for c in m.best if c.iri in full] if len(full) == 1 else []


def settled_once(mentions: list[Mention]) -> list[Mention]:
    """浙江接手阿克苏以前，阿克苏是哪个省在帮: a name of several meanings said twice, settled by its context to the one
    place, is that place once (as a name of one meaning said twice is, gazetteer.taken)."""
    seen, out = set(), []
    for m in mentions:
        key = m.best[0].iri if m.kind == "actor" and not m.ambiguous else None
        if key not in seen or key is None:
            out.append(m)
        seen.add(key)
    return out


def char_pairs(text: str) -> set[str]:
    """The pairs of adjacent Chinese characters or digits in ``text``."""
    return {text[i:i + 2] for i in range(len(text) - 1) if all("\u4e00" <= c <= "\u9fff" or c.isdigit() for c in text[i:i + 2])}


def kind_said_once(mentions: list[Mention]) -> list[Mention]:
    """彭州市的对口支援省份由湖南省改为哪个省: one kind said twice (in a role word, then asked) is one constraint, the last."""
    classes = [m for m in mentions if m.kind == "class" and not m.ambiguous]
    again = [m for i, m in enumerate(classes) if any(o.best[0].iri == m.best[0].iri for o in classes[i + 1:])]
    return [m for m in mentions if m not in again]


def asked_event_loose(text: str, mentions: list[Mention]) -> list[Mention]:
    """无锡市自2022年起与连云港市挂钩合作，依据的是哪一项部署: where two actors are named and the meeting or document behind
    them is asked, a meeting or document matched only loosely on the question's own words (挂钩合作) is the thing asked, not a
    constraint: the answer is read from the pairing (the loose match, when right, is among its answers)."""
    loose = [m for m in mentions if m.kind == "event" and m.best[0].via == "loose"]
    if not loose or sum(m.kind == "actor" for m in mentions) < 2 or not EVENT_ASKED.search(mask(text, loose)):
        return mentions
    return [m for m in mentions if m not in loose]


def successor_from(frame: Frame) -> Frame:
    """阿克苏地区在新一轮援疆以前由上海支援，其后由哪个省接替: a takeover whose old pairing is dated before a year (or a
    round) asks for the one that came from that year on."""
    if "takeover" not in frame.cues or "predecessor" in frame.cues or set(frame.years) != {"before"}:
        return frame
    return dataclasses.replace(frame, years={"after": frame.years["before"]})


def round_dated(frame: Frame) -> Frame:
    """2010年新一轮援疆有多少个省份参与, 前期援疆（1997年开始那一轮）: the year right before a round's name, or glossing it
    in brackets as its label states, is the round's own start, not a year its pairings began in."""
    rounds = [m for m in frame.of_kind("programme") if m.best[0].via == "round"]
    if len(rounds) != 1 or len(frame.years) != 1:
        return frame
    before = frame.text[:rounds[0].start].rstrip("的 ")
    kind, year = next(iter(frame.years.items()))
    gloss = ROUND_GLOSS.match(frame.text[rounds[0].end:])  # (新一轮援疆（2010年起那一轮）: a year its label states)
    glossed = gloss is not None and int(gloss.group(1)) == year and f"{year}年" in rounds[0].best[0].label
    return dataclasses.replace(frame, years={}) if kind == "in" and before.endswith(f"{year}年") or glossed else frame


def venue_between(between: str, label: str) -> bool:
    """天津那次, 银川那个东西部协作(推进会): what stands between a venue and the meeting named after it (words of the
    meeting's own name, 东西部协作, too)."""
    return between in VENUE_BETWEEN or any(between.startswith(v) and len(between) - len(v) >= 2
                                           and in_order(between[len(v):], label) for v in VENUE_BETWEEN)


def in_order(words: str, label: str) -> bool:
    """玉树灾后重建 in 国务院玉树地震灾后恢复重建协调小组会议: the characters in the name's own order (parts left out)."""
    rest = iter(label)
    return all(c in rest for c in words)


def apposed(outer: str, between: str) -> bool:
    """What may stand between a place and a place within it that it describes: 的, a capital word (首府, 的省会),
    also when the word begins with the name's own last character (X省|会 Y: the name took the 省 of 省会)."""
    words = {"的", " ", *REGION_SIDE} | {w for c in CAPITAL_WORDS for w in (c, "的" + c)}  # (粤 广州…: keywords, the province first)
    return between in words or any(outer.endswith(c[0]) and between == c[1:] for c in CAPITAL_WORDS)


def province_against(text: str, mentions: list[Mention]) -> list[Mention]:
    """城市而不是省: the bare 省 set against cities is the province-level kind excluded (省份 is linked as a class already)."""
    found = PROVINCE_AGAINST.search(text)
    if not found or any(m.start <= found.start(3) < m.end for m in mentions):
        return mentions
    iri, label = KIND_AGAINST[found.group(3)]  # (哪些城市而不是区在帮: the bare 区 likewise)
    cand = Candidate(iri, "class", label, "place")
    return sorted(mentions + [Mention(found.group(3), found.start(3), found.end(3), [cand])], key=lambda m: m.start)


def without_old_stage(text: str, mentions: list[Mention]) -> list[Mention]:
    """理县在过渡安置阶段由福建支援，到了恢复重建阶段改由哪个省支援: a later clause asks who took over (改由哪…); the
    programme or stage the earlier clause binds its old supporter to (the last one named before 由…支援) is the scene, not
    a constraint, when another programme is named."""
    asked = TAKEN_OVER_BY.search(text)
    if not asked:
        return mentions
    clause = max(text.rfind(c, 0, asked.start()) for c in "，,；;")
    old = next((a for a in OLD_AGENT.finditer(text, 0, clause)), None) if clause > 0 else None
    stages = [m for m in mentions if m.kind == "programme" and old and m.end <= old.start()]
    if not stages or not any(m.kind == "programme" and m is not stages[-1] for m in mentions):
        return mentions
    gone = [stages[-1]] + [m for m in mentions if m.kind == "actor" and old.start() < m.start < old.end()]  # (福建: the
    return [m for m in mentions if m not in gone]  # old supporter, named in that clause)


def self_place_intro(text: str, linked: list[Mention]):
    """我们菏泽这两年跟青岛走得挺近，…: a lead clause opening with 我们 and the asker's own place (a match, or None)."""
    found = SELF_PLACE_INTRO.match(text)
    return found if found and any(m.kind == "actor" and m.start == 2 for m in linked) else None


def programmes_set_aside(text: str, linked: list[Mention]) -> list[Mention]:
    """撇开援疆那部分，北京对口支援哪些地方, 除了援疆以外…, 援藏之外…: programmes named to be set aside (a word before or
    after them), when an actor or meeting is left to ask about: their pairings are left out, not required."""
    aside = [m for m in linked if m.kind == "programme" and not m.ambiguous
             and (PROGRAMME_ASIDE_BEFORE.search(text[:m.start]) or PROGRAMME_ASIDE_AFTER.match(text[m.end:]))]
    # (不算兵团的话，北京对口支援哪些地方: a place set aside the same way — the places within it left out; but 福建之外，
    # 还有别的省市吗 and 除了云南… name a known partner besides which others are asked: set_aside's, not this)
    aside += [m for m in linked if m.kind == "actor" and not m.ambiguous and (
        (before := PROGRAMME_ASIDE_BEFORE.search(text[:m.start])) and not before.group(0).startswith("除")
        or (after := PROGRAMME_ASIDE_AFTER.match(text[m.end:])) and not after.group(0).endswith(("以外", "之外")))]
    return aside if any(o.kind in ("actor", "event") for o in linked if o not in aside) else []


def without_programmes_aside(text: str, aside: tuple) -> str:
    """The question with each programme set aside blanked together with the words that set it aside (撇开…那部分,
    除了…以外): offsets kept, so 那部分 reads no parts asked."""
    for m in aside:
        at = text.find(m.text)
        if at < 0:
            continue
        before = PROGRAMME_ASIDE_BEFORE.search(text[:at])
        after = PROGRAMME_ASIDE_AFTER.match(text[at + len(m.text):])
        start, end = before.start() if before else at, at + len(m.text) + (after.end() if after else 0)
        text = text[:start] + "□" * (end - start) + text[end:]
    return text


def asked_after(text: str, m: Mention, mentions: list[Mention]) -> Mention | None:
    """援疆省市里，对口兵团师一级最多的是哪个省: the kind asked after a class, across kinds an aid verb takes at a level
    (对口兵团师一级) in between — the scope's asked kind (None when another name stands between, or none is asked)."""
    for o in (o for o in mentions if o.start >= m.end):
        if o.kind == "class" and o.best[0].via == ASKED:
            return o
        if not (o.kind == "class" and text[o.end:].startswith(LEVEL_WORDS) and LEVEL_OBJECT_BEFORE.search(text[:o.start])):
            return None
    return None


def set_aside(text: str, m: Mention) -> bool:
    """除了云南、宁夏，…还…, 在原来云南、宁夏的基础上又增加…: the partners named as known are set aside from the answer (a
    list of them too), not constraints of the query."""
    if text[:m.start].endswith(EXCEPT_BEFORE):
        return True
    return any(found.start("names") <= m.start and m.end <= found.end("names") for found in SET_ASIDE.finditer(text)) \
        or any(found.start(g) <= m.start and m.end <= found.end(g)
               for found in SET_ASIDE_BRACKET.finditer(text) for g in ("names", "before") if found.group(g))


def opens_event_name(text: str, m: Mention, events: list[Mention], mentions: list[Mention] = ()) -> bool:
    """全国 in 全国边防工作会议上，那份《…》的报告: an actor's name that opens the full name of a meeting or document linked
    elsewhere in the question (by its title, say) is that name's first word, not an actor; so are names that run on, word
    by word, into a meeting or document named loosely right after them (全国 in 全国|东西部协作|推进会; a programme there
    stays: the scope of its pairings)."""
    return m.kind == "actor" and any(e.kind == "event" and not e.ambiguous and e.start >= m.end
                                     and text.startswith(e.best[0].label, m.start) for e in events) \
        or m.kind == "actor" and not m.ambiguous and any(
            e.kind == "event" and not e.ambiguous and e.best[0].via == "loose" and e.start >= m.end
            and words_of(text, m, e, mentions) for e in events) \
        or m.kind == "actor" and not m.ambiguous and any(  # (江苏2001年开的那个苏北…会议: its convenor's place)
            e.kind == "event" and not e.ambiguous and e.start >= m.end and CONVENER_BETWEEN.fullmatch(text[m.end:e.start])
            and e.best[0].label.startswith(short_label(m.best[0].label)) for e in events)


def words_of(text: str, m: Mention, e: Mention, mentions: list[Mention]) -> bool:
    """Whether the names from ``m`` up to the event ``e`` (nothing else between them but 那个/那份/的) are words of its name."""
    names = [o for o in mentions if m.start <= o.start and o.end <= e.start and o.kind in ("actor", "programme")]
    between = "".join(c for i, c in enumerate(text[m.start:e.start], m.start) if not any(o.start <= i < o.end for o in names))
    words = "".join(text[o.start:o.end] for o in names)
    return bool(NOUN_FILLER.fullmatch(between.strip())) and (in_order(words + e.text, e.best[0].label) or any(
        c.label in e.best[0].label for o in names for c in o.best))


def in_title(text: str, m: Mention) -> bool:
    """全国 in 作《全国人民团结起来》报告: a word of a report's or document's title, not an actor (the title alone, 《山西日报》,
    still names it)."""
    opening, closing = text.rfind("《", 0, m.start), text.rfind("》", 0, m.start)
    end = text.find("》", m.end)
    return opening > closing and end != -1 and (opening + 1, end) != (m.start, m.end)


def common_within(frame: Frame) -> Frame:
    """福建和广东都帮过的西藏地市: two actors' common partners, with a region the asked side lies in — the region is the
    third place the common templates read (where the common places lie, when it supports nothing itself)."""
    if frame.region is None or "common" not in frame.cues or len(frame.of_kind("actor")) != 2:
        return frame
    return dataclasses.replace(frame, mentions=sorted(frame.mentions + [frame.region], key=lambda m: m.start),
                               region=None, region_kind=None)


def dropped(frame: Frame, binding: Binding) -> list[Mention]:
    """Named constraints the template leaves unused: a kind of actor asked for (哪些区, 哪个县) that no slot holds, or
    a ranking asked for (…最多) answered by a plain list (then every mention stands for the unused constraint)."""
    held = {id(m) for m in binding.slots.values() if m is not None}
    unused = [m for m in frame.of_kind("class") if id(m) not in held and m.best[0].via == ASKED
              and m.best[0].iri not in compose.GENERIC_CLASSES and binding.template.type != "definition"]
    if "negated" not in binding.template.cues:  # 城市而不是省份: a kind excluded, which a class slot would require
        unused += [m for m in frame.of_kind("class") if compose.kind_excluded(frame.text, m) and m not in unused]
    for m in frame.excluded:  # 撇开援疆那部分, 不算兵团的话: a programme or place set aside the query never leaves out
        if ("xprog" if m.kind == "programme" else "xplace") not in binding.values and m not in unused:
            unused.append(m)
    t = binding.template
    meeting = MEETING_NAMED.search(frame.masked)
    if meeting and any(m.start > meeting.end() and CLAUSE_BREAK.search(frame.text[meeting.end():m.start])
                       for m in frame.of_kind("programme")):
        meeting = None  # 6月的重建方案中，…；过渡安置阶段…: a plan in a scene clause, the programme asked named after it
    if meeting and not frame.of_kind("event") and t.type in ABOUT_PAIRINGS:  # 1984年的协作会议: named, not linked
        unused = unused or [Mention(meeting.group(0).lstrip("的"), meeting.start(), meeting.end(), [])]
    if frame.region is not None and not (t.type == "yes_no" and region_holds(frame.region, binding)):
        unused = unused or [frame.region]  # 哪些安徽城市: no template reads where the asked side lies
    ranks = t.answer in RANKED_ANSWERS or t.type == "superlative" or any(cue_present(c, RANKING) for c in t.cues)
    if frame.cues & RANKING and not ranks:
        unused = unused or [m for m in frame.mentions if m.kind in SLOT_KINDS][:1]
    return unused


DIVISION_CODE = re.compile(r"/division/([0-9]{6})$")


def region_holds(region: Mention, binding: Binding) -> bool:
    """青岛 对口帮扶 菏泽 是吗，山东省内的: a region said beside a yes/no question whose places (two or more, by their
    division codes) all lie within it is a remark about them, no constraint left out."""
    code = DIVISION_CODE.search(region.best[0].iri)
    places = [m for m in binding.slots.values() if m is not None and m.kind == "actor"]
    if not code or len(places) < 2:
        return False
    prefix = code.group(1).rstrip("0")
    prefix = prefix + "0" * (len(prefix) % 2)  # (370000 → 37, 650100 → 6501)
    return all((c := DIVISION_CODE.search(m.best[0].iri)) and c.group(1) != code.group(1)
               and c.group(1).startswith(prefix) for m in places)


def supporters_word(text: str, m: Mention) -> bool:
    """阿坝州哪些县得到省市对口支援, 喀什哪些县有对口支援省市: 省市 after a kind of place asked, beside a word of receiving
    aid, only says the places are helped (by whoever helps them), as 省市 on the receiving side names places in general."""
    asked = [a for a in ASKED_PLACE_KIND.finditer(text[:m.start])]
    if re.search(r"[0-9两二三四五六七八九十]个?$", text[:m.start]) or re.match(r"[0-9]", m.text):
        return False  # 由四个省市对口支援: the number of them is asked about
    return m.best[0].iri == PROVINCE_RANK and m.best[0].via != ASKED and bool(asked) \
        and bool(SUPPORTERS_AFTER.match(text[m.end:]) or SUPPORTERS_BEFORE.search(text[:m.start]))


def part_core(label: str) -> str:
    """对口支援约束机制 → 约束, 法律约束制度 → 法律约束: a mechanism part's own words."""
    return re.sub(r"^(对口支援)?(政策)?|(的)?(机制|制度)$", "", label)


def without_source(text: str) -> str:
    """据任维德主编的对口支援政策研究报告，…这篇社论发表于哪一年: the source the question cites is not what it asks."""
    found = SOURCE_LEAD.match(text) or (book := BOOK_LEAD.match(text)) and BOOK_LEAD_AID.match(text[book.end():]) and book
    rest = text[found.end():] if found else text
    return rest if len(rest) >= 6 and ASKING_WORDS.search(rest) else text


def asks_abroad(remark: str) -> bool:
    """…？东京那边也有吗？: a remark that names a place abroad (foreign_names) and asks (吗, 呢, a question mark) is a
    question about a place the graph does not hold, kept for unknown_place to refuse; 我以前在大阪住过。 asks nothing."""
    return bool(foreign_names().search(remark)) and bool(re.search("[吗呢么？?]\\W*$", remark))


def without_remark_after(text: str) -> str:
    """黑龙江是哪一年开始援藏的？我印象中它不在最早那一批里 / …成立了哪个领导机构？书里把它放在第三阶段的开头: the question,
    not the remark after it (one that asks nothing, or doubts the asker's memory); a closing bracket saying by what it
    ranks (…起步最晚的是哪几个（看开始年份）) is such a remark."""
    if (measure := MEASURE_BRACKET.search(text)) and ASKING_WORDS.search(text[:measure.start()]):
        text = text[:measure.start()]
    if (asked := TRAILING_REMARK.match(text)) and (not ASKING_WORDS.search(text[asked.end():].rstrip("呢啊呀？?。！! "))
                                                   or SELF_DOUBT.match(text[asked.end():])) \
            and not asks_abroad(text[asked.end():]):
        # (…？我记得是九十年代啊？: a remark said with a rising tone — its closing particle and mark — still asks nothing)
        return asked.group(0)
    if (asked := TRAILING_REMARK_SPACED.match(text)) and not ASKING_WORDS.search(text[asked.end():]):
        return asked.group(0)
    return text


def without_preamble(text: str) -> str:
    """最近看到新闻说天津新一批援疆干部出发了，那么天津…: the question after the connective; 我省（浙江）: 浙江. A clause
    after the question that asks after a place abroad (…？东京那边也有吗？) is not set aside as a remark: the whole text
    is kept, for unknown_place to refuse."""
    kept = question_part(text)
    after = text.find(kept) + len(kept) if kept and kept in text else len(text)  # (a lead set aside before it is no remark)
    if any(m.start() >= after and asks_abroad(text[m.start():]) for m in foreign_names().finditer(text)):
        return text
    return kept


def question_part(text: str) -> str:
    text = without_remark_after(SELF_GLOSS.sub(r"\1", text))
    if (guess := TRAILING_GUESS.match(text)) and not ASKING_WORDS.search(text[guess.end():].rstrip("吧吗呢？?。！!")):
        text = guess.group(0)  # …都援过的地区是哪个，有人说是阿克苏: the question, not the guess offered after it
    closing = [a for a in ASKER_ASIDE.finditer(text) if not text[a.end():].strip("。.！!？? ")]
    if closing and ASKING_WORDS.search(text[:closing[-1].start()]):
        text = text[:closing[-1].start()].rstrip()  # …对口支援对象是哪里？（我记得不止四川一处，请核对）: the asker's aside
    if which := YES_NO_THEN_WHICH.match(text):  # 北京有支援新疆建设兵团吗？是哪个师？: the list asked
        text = HAVE_BEFORE_AID.sub(r"\1", which.group("asked")) + which.group("which")
    if others := OTHERS_REMARK.match(text):
        text = others.group("head")  # …负责重建哪里？想确认一下除了汶川县还有没有别的: the whole list asked
    if (again := ASKED_AGAIN.match(text)) and again.group("noun") in again.group("head"):
        text = again.group("head")  # …是上海哪个区在帮，具体是哪个区: the question said twice
    if (aside := TRAILING_ASIDE.match(text)) and not ASIDE_ASKS.search(text[aside.end():]):
        text = aside.group(0)  # …是哪几个省在援，河北我知道 / …对口的是哪，是甘南吗: the question, not the name offered after it
        # (…改成谁了，花了多少钱: a clause asking a quantity of its own is no name offered — it stays, to be refused)
    if widened := ALSO_INCLUDED.match(text):
        text = widened.group(1)  # …对口支援的是哪些地方？兵团的也请包括在内: the remark widens, it is no constraint
    rest = REQUEST_LEAD.sub("", PREAMBLE.sub("", PURPOSE_LEAD.sub("", text, count=1), count=1), count=1)
    if POINTS_BACK.match(rest) and PREAMBLE.match(text):
        return REQUEST_LEAD.sub("", PURPOSE_LEAD.sub("", text, count=1), count=1)  # (…，那么此前…: the lead is the point)
    return rest if len(rest) >= 4 else text


ROUNDS_OF = """SELECT ?r ?label ?w WHERE { ?r <https://w3id.org/duikou/ontology#roundOf> ?w ;
  <http://www.w3.org/2000/01/rdf-schema#label> ?label FILTER(lang(?label) = "zh") }"""
PAIRED_IN_PERIOD = {  # (the bound year is projected, or substitutions= does not reach it)
    "before": """SELECT ?before ?a WHERE { ?f <https://w3id.org/duikou/ontology#supporter>|<https://w3id.org/duikou/ontology#recipient> ?a .
  { ?f <https://w3id.org/duikou/ontology#startYear> ?y FILTER(?y < ?before) } UNION
  { ?f <https://w3id.org/duikou/ontology#endYear> ?y FILTER(?y <= ?before) } } LIMIT 1""",
    "after": """SELECT ?after ?a WHERE { ?f <https://w3id.org/duikou/ontology#supporter>|<https://w3id.org/duikou/ontology#recipient> ?a ;
  <https://w3id.org/duikou/ontology#startYear> ?y FILTER(?y >= ?after) } LIMIT 1"""}
MEETINGS_OF_DATE = """SELECT ?e ?label ?day WHERE { ?e a dk:Meeting ; dk:date ?d ; rdfs:label ?label
  FILTER(lang(?label) = "zh") FILTER(STRSTARTS(STR(?d), ?day)) } ORDER BY ?label"""
PROGRAMME_START = """SELECT ?g ?y WHERE { ?g <https://w3id.org/duikou/ontology#startYear> ?y }"""
ROUND_START = """SELECT ?r ?w ?y WHERE { ?r <https://w3id.org/duikou/ontology#roundOf> ?w ;
  <https://w3id.org/duikou/ontology#startYear> ?y }"""
IS_ROUND = "ASK { ?r <https://w3id.org/duikou/ontology#roundOf> ?whole }"
ROUNDS_OF_WHOLE = """SELECT ?r ?label ?w WHERE { ?r <https://w3id.org/duikou/ontology#roundOf> ?w ;
  <http://www.w3.org/2000/01/rdf-schema#label> ?label FILTER(lang(?label) = "zh") } ORDER BY ?label"""
SAME_KIND_PROGRAMMES = """PREFIX dk: <https://w3id.org/duikou/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?o ?label ?own ?p WHERE { ?p dk:programmeType ?kind ; rdfs:label ?own FILTER(lang(?own) = "zh")
  ?o a dk:Programme ; dk:programmeType ?kind ; rdfs:label ?label FILTER(lang(?label) = "zh") } ORDER BY ?label"""


def shared_opening(label: str, own: str) -> bool:
    """汶川地震灾后恢复重建… and 汶川地震对口支援（过渡安置阶段）: names opening with the same three or more characters, not
    the words every programme's name may open with (对口支援…)."""
    common = len(os.path.commonprefix([label, own]))
    return common >= 3 and not label.startswith(("对口", "支援", "援"))


def listed_kinds(frame: Frame) -> list[Mention] | None:
    """哪些省市、哪些央企在对口支援日喀则, 哪些地州和兵团师: two kinds of actor asked side by side (one question word may
    serve both), the question asked of each."""
    kinds = frame.of_kind("class")
    if len(kinds) != 2 or kinds[0].best[0].via != ASKED:
        return None
    between = frame.text[kinds[0].end:kinds[1].start]
    if kinds[1].best[0].via != ASKED:  # 哪些地州和兵团师: one question word for two kinds joined
        return [kinds[0], dataclasses.replace(kinds[1], candidates=[dataclasses.replace(c, via=ASKED) for c in kinds[1].candidates])] \
            if LISTED.match(between) and between else None
    return kinds if KINDS_BETWEEN.fullmatch(between) else None


def enumerated(frame: Frame) -> list[Mention] | None:
    """北京、天津和上海分别…: three or more actors in one list, or two, asked of each (分别, 各自); not a comparison,
    an intersection or a question about the pair."""
    actors = frame.of_kind("actor")
    if len(actors) < 2 or not EACH.search(frame.masked) or frame.cues & {"compare", "common", "yesno", "relation"}:
        return None
    if any(m.ambiguous for m in actors):
        return None
    runs = [r for r in listed_runs(frame.text, actors) if len(r) >= 2]
    return runs[0] if len(runs) == 1 else None  # one list; the other names stay as they are


def listed_into_name(text: str, mentions: list[Mention]) -> list[Mention]:
    """四川、云南、甘肃三省藏区的对口支援工作方案: places listed right before a document or meeting found by a loose name,
    each of them a word of its own name, are part of that name, not actors the question asks about."""
    drop: list[Mention] = []
    for e in (m for m in mentions if m.kind == "event"):
        label, run = normalise(e.best[0].label), []
        for m in sorted((m for m in mentions if m.kind == "actor" and m.end <= e.start), key=lambda m: -m.start):
            if not NAME_LIST_GAP.fullmatch(text[m.end:(run[-1].start if run else e.start)]) or short_label(m.best[0].label) not in label:
                break
            run.append(m)
        drop += run
    return [m for m in mentions if m not in drop]


def short_label(label: str) -> str:
    """四川省 → 四川, 甘孜藏族自治州 → 甘孜: a place as a longer name writes it."""
    return re.sub("(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|藏族自治州|州|县)$", "", label)


def without_arranger(text: str, mentions: list[Mention]) -> list[Mention]:
    """广东把汶川县哪个乡镇分给了东莞市: an actor right before 把, with another named after 把 and one after the word of handing
    over (分给, 分配给, 安排给…), only says who arranged the pairing: not a side of it (the province behind its own city)."""
    actors = [m for m in mentions if m.kind == "actor"]
    for m in actors[:1]:
        lead = ARRANGER_BEFORE.match(text[m.end:])
        handed = next((text.find(w, m.end) for w in sorted(ASSIGNED_TO, key=len, reverse=True) if text.find(w, m.end) > 0), -1)
        if lead and handed > 0 and any(m.end + lead.end() <= o.start < handed for o in actors) \
                and any(o.start > handed for o in actors):
            return [o for o in mentions if o is not m]
    for m in actors[:1]:  # 民政部安排的 德阳那边是哪几个省在支援: who arranged it, then the question
        if ARRANGED_LEAD.match(text[m.end:]) and any(o.start > m.end for o in actors if o is not m) \
                and not any(o.kind == "actor" and o.end <= m.start for o in mentions):
            return [o for o in mentions if o is not m]
    return mentions


def without_stated_agents(text: str, mentions: list[Mention]) -> list[Mention]:
    """平武县由河北省对口支援；5月过渡安置阶段平武县原来是哪个省支援的, 茂县在过渡安置阶段由天津市支援，到重建阶段改由哪个省支援:
    a clause (no question word) that states a pairing by its agent (由/被 X + aid verb) is what the question sets
    against — the agent, and the programme named in it where another is named outside it, are not constraints of the
    question, which asks for the agent (a question word).""" 
    clauses = [c for c in STATED_CLAUSE.finditer(text) if not any(w in c.group(0) for w in WH)]
    last = text[clauses[-1].end():] if clauses else ""
    if not clauses or not any(w in last for w in WH) or takeover_asked(last) or POINTS_BACK.match(last):
        return mentions  # (…由天津支援，恢复重建时换成了哪个省: the one taken over from is the question's own constraint;
        # 黔南州2013年起由广州帮扶，在这之前是哪个城市: the stated pairing is the point the question counts back from)
    drop, named = [], ("programme", "event")
    asked_in = any(m.kind in named and m.start >= clauses[-1].end() for m in mentions)
    for c in clauses:
        inside = [m for m in mentions if c.start() <= m.start and m.end <= c.end()]
        agents = [m for m in inside if m.kind == "actor" and text[c.start():m.start].endswith(("由", "被"))
                  and STATED_AGENT.match(text[m.end:c.end()])
                  and any(o.kind == "actor" and o.end <= m.start for o in inside)]  # (Y由X支援: the place stated first)
        if agents:  # (the question's own programme named after: every one named before it only set the scene)
            before = [m for m in mentions if m.end <= c.end()] if asked_in else inside
            drop += agents + [m for m in before if m.kind in named and any(
                o.kind in named and o not in before for o in mentions)]
    kept = [m for m in mentions if m not in drop]
    return kept if drop and any(m.kind == "actor" for m in kept) else mentions


def alternatives(frame: Frame) -> tuple[Mention, list[Mention]] | None:
    """定日县是上海在帮还是松江区在帮(啊，还是两个都是): a place, then two givers offered as alternatives — (the place, the
    two), or None."""
    actors = frame.of_kind("actor")
    if len(actors) != 3 or any(m.ambiguous for m in actors) or not ALTERNATIVE.match(frame.masked) \
            or len(frame.mentions) != 3 and any(m.kind not in ("actor", "programme", "rtype") for m in frame.mentions):
        return None
    return actors[0], actors[1:]


def listed_yes_no(frame: Frame) -> list[Mention] | None:
    """北京援助和田市、墨玉县吗, 和田市和墨玉县是京援疆的不: names listed side by side (、/和) in a yes/no question and one
    name alone — each listed one is asked with the other; not an intersection or a comparison."""
    actors = frame.of_kind("actor")
    if "yesno" not in frame.cues or len(actors) < 3 or any(m.ambiguous for m in actors) \
            or frame.cues & {"compare", "common", "relation", "equal", "takeover", "symmetric"}:
        return None
    runs = listed_runs(frame.text, actors)
    return runs[0] if len(runs) == 2 and len(runs[0]) > 1 else runs[1] if len(runs) == 2 and len(runs[1]) > 1 else None


def compared_yes_no(answer: dict, frame: Frame) -> dict:
    """山东支援青海比湖北早吗, 北京援藏的县是不是比上海多: a comparison asked yes or no — yes when the name before 比 is the
    one the comparison finds (alone: a tie is a no), the comparison's own text kept as the reason."""
    actors = frame.of_kind("actor") or frame.of_kind("programme")
    if "yesno" not in frame.cues or not frame.cues & {"compare", "earlier", "later", "fewer"} \
            or frame.cues & {"difference", "wh"} or answer["status"] != "ok" or not actors \
            or answer.get("template") in (None, "yes_no") or not answer["answers"] \
            or not all(a.get("iri") for a in answer["answers"]):
        return answer
    if all("/programme/" in a["iri"] for a in answer["answers"]) and len(frame.of_kind("programme")) == 2:
        actors = frame.of_kind("programme")  # 吉林援藏的县比援疆的多吗: the programmes are what is compared
    if (then := FIRST_THEN.search(frame.masked)) and "比" not in frame.masked:  # 是不是先帮凉山后帮怒江: the one after 先
        actors = [m for m in actors if m.start >= then.start()] or actors
    elif "比" not in frame.masked[actors[0].end:]:
        return answer
    subject = actors[0].best[0]
    yes = [a["iri"] for a in answer["answers"]] == [subject.iri]
    return {**answer, "answers": [{"value": yes}],
            "interpretation": answer["interpretation"] + f"；问的是{subject.label}是否如此（是/否）",
            "text": ("是。" if yes else "否。") + answer["text"]}


def givers_each(frame: Frame) -> list[Mention] | None:
    """宝山区和嘉定区都帮扶德钦县吗, 上海和北京都参加了三峡移民对口支援吗: givers listed side by side before 都 and one place or
    one programme after them, asked yes or no — each giver is asked in turn (yes only if every one is)."""
    actors, programmes = frame.of_kind("actor"), frame.of_kind("programme")
    if "yesno" not in frame.cues or len(actors) < 2 or any(m.ambiguous for m in actors) \
            or frame.cues & {"compare", "relation", "equal", "takeover", "symmetric", "wh", "count"}:
        return None
    runs = listed_runs(frame.text, actors)
    givers = runs[0]
    if len(givers) < 2 or givers[0] is not frame.mentions[0] or not ALL_OF_THEM.match(frame.text[givers[-1].end:]):
        return None
    rest = [m for m in frame.mentions if m.start >= givers[-1].end and m.kind != "rtype"]  # (对口支援: the verb itself)
    return givers if len(rest) == 1 and rest[0].kind in ("actor", "programme") else None


def programmes_each(frame: Frame) -> list[Mention] | None:
    """天津既援疆又援青吗, 津 既援疆 又援青？, 山东是否同时参加了援藏和援疆: one actor, two or more programmes, asked yes or
    no (or put as a statement with 既/都/同时 ending in a question mark) — the actor is asked of each programme."""
    programmes, actors = frame.of_kind("programme"), frame.of_kind("actor")
    if len(programmes) < 2 or len(actors) != 1 or actors[0].ambiguous or actors[0].start > programmes[0].start \
            or len(frame.mentions) != len(programmes) + 1 or frame.years \
            or frame.cues & {"wh", "count", "when", "compare", "most", "fewest", "relation", "equal", "takeover", "symmetric"}:
        return None
    stated = "both" in frame.cues and frame.text.rstrip().endswith(("？", "?"))
    return programmes if "yesno" in frame.cues or stated else None


EACH_PROGRAMME_UNASKED = frozenset({"count", "when", "compare", "most", "fewest", "yesno", "relation", "common", "equal",
                                    "takeover", "symmetric"})  # questions programmes_asked_each leaves to their own readers


def programmes_asked_each(frame: Frame) -> list[Mention] | None:
    """天津又援藏又援青？分别帮的哪儿, 福建在援藏、援疆两项任务中各自对应的受援地: one actor, two or more programmes, its
    partners asked of each (分别, 各自) — the question asked of each programme in turn, the answers together."""
    programmes, actors = frame.of_kind("programme"), frame.of_kind("actor")
    if len(programmes) < 2 or len(actors) != 1 or actors[0].ambiguous or not EACH.search(frame.masked) \
            or not frame.cues & {"wh", "listing"} or frame.cues & EACH_PROGRAMME_UNASKED:
        return None
    return programmes


def listed_runs(text: str, actors: list[Mention]) -> list[list[Mention]]:
    """The actors in runs of names listed side by side (、/和: ``LISTED`` between them), in the question's order."""
    runs, run = [], [actors[0]]
    for a, b in itertools.pairwise(actors):
        if LISTED.match(text[a.end:b.start]):
            run.append(b)
        else:
            runs.append(run)
            run = [b]
    return runs + [run]


def compared_pair(frame: Frame, op: str) -> tuple[Mention, Mention] | None:
    """The two things a question compares, joined by a word of joining (PAIR_JOINED): two meetings, documents, stages or
    programmes (the rest of the question asked of each), or the last two of three actors (the first the actor both
    pairings share: 福建支援林芝和支援昌都); two actors alone only for a ratio (the other readings have their templates)."""
    named = [m for m in frame.mentions if m.kind in ("event", "programme")]
    actors = frame.of_kind("actor")
    if any(m.ambiguous for m in frame.mentions):
        return None
    if len(named) == 2 and len(actors) <= 1 and PAIR_JOINED.match(frame.masked[named[0].end:named[1].start]):
        return named[0], named[1]
    if len(actors) == 3 and not named and PAIR_JOINED.match(frame.masked[actors[1].end:actors[2].start]) \
            and len({a.best[0].iri for a in actors}) == 3:
        return actors[1], actors[2]
    if len(actors) == 2 and op == "ratio" and PAIR_JOINED.match(frame.masked[actors[0].end:actors[1].start]):
        return actors[0], actors[1]
    said = FIGURE_RATIO.search(frame.text) if op == "ratio" else None  # 上海对口支援的地方是北京的几倍: one on each side of 是
    for kinds in (("event", "programme"), ("actor",)):
        ones = [m for m in frame.mentions if m.kind in kinds]
        if said and len(ones) == 2 and said.start("a") <= ones[0].start and ones[0].end <= said.end("a") \
                and said.start("b") <= ones[1].start and ones[1].end <= said.end("b") and (kinds != ("actor",) or not named):
            return ones[0], ones[1]
    return None


def token_actor(frame: Frame) -> bool:
    """援疆 粤 对口 地区: the one actor typed as a search word of its own (spaces around it) has no word order either."""
    actors = frame.of_kind("actor")
    return len(actors) == 1 and " " in frame.text and all(
        c in ("", " ") for c in (frame.text[actors[0].start - 1:actors[0].start], frame.text[actors[0].end:actors[0].end + 1]))


def unknown_agent(frame: Frame) -> bool:
    """The question opens with a name the gazetteer does not know, right before the aid verb (中国石油对口援藏),
    and names no actor: answering would silently drop the subject."""
    found = UNKNOWN_AGENT.match(frame.masked)
    if not found or frame.of_kind("actor") or any(m.start < found.end(1) for m in frame.mentions):
        return False
    return not NOT_NAMES.search(found.group(1))


def asked_side(frame: Frame, binding: Binding) -> str | None:
    """The role a question asks for (支援方, 受援方, 对口对象), when it asks for one only."""
    cues = frame.cues
    supporter = "supporter_role" in cues
    recipient = bool(cues & {"recipient_role", "passive_support"})
    if supporter != recipient:
        return "supporter" if supporter else "recipient"
    return None


def flags_of(frame: Frame | None) -> set[str]:
    """The question's switches of a query: 包括集体 (collectives kept), 现在还… (pairings that have ended left out)."""
    if frame is None:
        return set()
    flags = frame.cues & {"collectives", "current", "ended", "which_document"}  # (ended: #[ended] lines)
    flags |= {"cities"} if frame.cities else set()  # (哪些城市: #[cities] lines, the asked side's non-cities left out)
    flags |= {"with_self"} if WITH_PARTS.search(frame.text) else set()  # (X及其下属县区: X itself with its parts)
    flags |= {"self_only"} if "symmetric" in frame.cues else set()  # (按…方案，吉林和哪个省开展对口合作: its own partner)
    return flags | {"self_only"} if SELF_ONLY.search(frame.text) else flags  # (本身, 辽宁方面的结对省份: the place itself)


def counts_list(frame: Frame, t: Template) -> bool:
    """A count asked of a list template (…一共安排了几个省市): answered by the COUNT of its list."""
    return counted(frame) and t.answer in ("entity", "values") and t.type != "count"


CITIES_SAID = "；“城市”只列城市（直辖市、计划单列市、地级市、县级市，及代其结对的直辖市辖区），不列省、自治区、部委和企业"
RANKING_ANSWERS = ("most", "fewest", "least", "latest")  # the answer kinds that pick the top of a ranking
CHOICES_JOINED = re.compile("^(?:、|，|,|和|与|跟|及|以及|还是|或|或者)$")  # 北京、天津和安徽: one named choice after another
KIND_WHICH_BEFORE = re.compile("哪(?:个|一个|些|几个|家)?$")  # (narrowest_kinds: the kind a question word asks)
CLAUSE_SPLIT = re.compile("[，,；;]")  # (clauses_ranked: one giver and its place to a clause)
# 三家里哪家…最多, 这几家中谁…最少: the givers said before pointed back at, then ranked (clauses_ranked)
CLAUSES_POINTED_BACK = re.compile("(?:这|那)?(?P<n>[0-9两二三四五六七八九十几]+)(?:家|个|方|者|位)(?:里|中|之中|当中|里面|之间)|"
                                  "(?:这|那)(?P<m>)(?:几|些)(?:家|个|方)?(?:里|中|之中|当中|里面)")
CLAUSE_RANK_ASKED = re.compile("(?:哪|谁)(?:一)?(?:家|个|方|位)?(?P<own>[^，。？！]{1,12}?)(?:最多|最少)")
RANKING_CUES = {"most", "fewest", "earliest", "latest_joined"}


def counted_answer(result: dict) -> bool:
    """An answer that is one count (a number, no name)."""
    answers = result.get("answers") or []
    return result.get("status") == "ok" and len(answers) == 1 and isinstance(answers[0].get("value"), int) \
        and not isinstance(answers[0].get("value"), bool)


def read_in_part(found: dict, question: str, said: str = "") -> dict | None:
    """A part of the question read alone (a narration, a remark or a tail set aside): its answer when it is ok, as the
    answer to the whole question, the interpretation saying what was set aside; None otherwise."""
    if found.get("status") != "ok":
        return None
    found["question"] = question
    found["interpretation"] += said
    return found


def narration_named(whole: dict, told: dict) -> bool:
    """The whole text's reading used a name that only the narration before the question says (山东 in …说住的是山东盖的
    宿舍。日喀则到底是哪几个省市在对口援？): the question alone is the question."""
    def names(result: dict) -> set[str]:
        return {e["iri"] for e in result.get("entities", []) if e.get("iri") and e.get("type") in ("actor", "event", "programme")}
    return bool(names(whole) - names(told))


def named_answer(result: dict) -> bool:
    """An answer that lists names (no year, count or other value)."""
    answers = result.get("answers") or []
    return result.get("status") == "ok" and bool(answers) and all("iri" in a and "value" not in a for a in answers)


def counted(frame: Frame) -> bool:
    """A count asked for (几个, 多少个, 几项), not a year (多少年) or a list (哪几个)."""
    if not ("count" in frame.cues and "countable" in frame.cues and "when" not in frame.cues):
        return False
    last = LAST_CLAUSE.split(frame.masked.rstrip("？?！!。 "))[-1]
    if frame.cues & {"most", "fewest"} and (WHICH_ASKED.search(last) or "者" in last) and not NUMBER_ASKED.search(last):
        return False  # 对口地方数量最多的是哪个, 数量居首者为何: the one ranked first, not a number
    return not (WHICH_ASKED.search(last) and not COUNT_ASKED.search(last))


def json_key(answer: dict) -> str:
    return repr(answer.get("value"))


def institution(text: str, m: Mention) -> bool:
    """成都七中, 北京大学: a school or firm named after the place, which the graph does not hold."""
    return m.kind == "actor" and "/division/" in m.best[0].iri and bool(INSTITUTION.match(text[m.end:]))


def beside_places(text: str, m: Mention) -> bool:
    """哪些地方和兵团单位: a kind joined to places in general widens the list, it does not filter it."""
    return bool(PLACES_AND.search(text[:m.start]) or AND_PLACES.match(text[m.end:]))


def unknown_place(text: str, mentions: list[Mention], abbreviations=frozenset()) -> bool:
    """A place the graph does not hold, named in the question: a country or continent (美国, 非洲; countries.yaml), a
    city or region abroad (首尔, 京都府, 巴伐利亚; foreign_places.yaml), a
    place-like name (青云县, 联合国) as the subject or the object of the aid verb, any name that is the aid verb's
    object in a yes/no or who-question (…援助过亚特兰蒂斯吗, 谁支援纽约), or the second party joined by 和/与
    (上海和纽约是对口合作关系吗). Descriptions are not names (贫困县, 受援县,
    民族地区), nor a word of a name the question does name (皖北 in …帮扶皖北城市实施方案)."""
    named = "".join(c.label for m in mentions for c in m.best)
    letters = set(abbreviations) | {c.label[0] for m in mentions for c in m.best if c.label}

    def unknown(m: re.Match, group: str | int = 0) -> bool:
        start, end = m.span(group)
        return not any(n.kind != "class" and n.start < end and start < n.end for n in mentions) \
            and m.group(group) not in named and not residue.composed(m.group(group), letters)  # (苏南, 皖北: a region)

    def abroad(m: re.Match) -> bool:
        """A city or region abroad (foreign_names: 首尔, 东京, 京都府) unless a name we hold covers it or a word of it;
        a name of ours linked from inside it (京 of 京都府) or an abbreviation it seems made of (东京: 东 and 京) does not
        make it ours."""
        start, end = m.span()
        return not any(n.kind != "class" and n.start < end and start < n.end
                       and not (start <= n.start and n.end <= end and n.end - n.start < end - start) for n in mentions) \
            and m.group(0) not in named

    if any(abroad(m) for m in foreign_names().finditer(text)) or inside_longer_name(text, mentions):
        return True
    found = [(m, "name") for m in UNKNOWN_PLACE.finditer(text)]
    found += [(m, g) for m in UNKNOWN_OBJECT.finditer(text) for g in ("name", "asked") if m.group(g)]
    found += [(m, "name") for m in UNKNOWN_PARTNER.finditer(text)]
    found += [(m, "name") for m in UNKNOWN_TAKEN.finditer(text)]
    found += [(m, "name") for m in UNKNOWN_FIRST.finditer(text)]
    found += [(m, "name") for m in UNKNOWN_DISASTER.finditer(text)]
    found += [(m, "name") for m in UNKNOWN_VENUE.finditer(text)]
    found += [(m, "name") for m in UNKNOWN_OWNER.finditer(text)]
    found += [(m, "name") for m in UNKNOWN_SCOPE.finditer(text)]
    found += [(m, "name") for m in UNKNOWN_JOINED.finditer(text)]
    for m, group in found:
        name = m.group(group)
        if unknown(m, group) and not (NOT_NAMES.search(name) or name.startswith(tuple(PLACE_WORDS))
                                      or GENERIC_PLACES.search(m.group(0))):
            return True
    return False


def inside_longer_name(text: str, mentions: list[Mention]) -> bool:
    """大兴安岭地区现在由哪个省市对口支援: a place linked from the middle of a longer name (兴安 of 兴安盟) — a character
    of a name before it, one or two after it and then a prefecture-level suffix, none of them another name's."""
    for m in mentions:
        if m.kind != "actor" or m.start == 0 or NOT_NAMES.match(text[m.start - 1]) \
                or not re.match("[\u4e00-\u9fff]", text[m.start - 1]):
            continue
        after = LONGER_NAME_AFTER.match(text[m.end:])
        if after and not NOT_NAMES.search(after.group("tail")) \
                and not any(n.start < m.end + after.end() and m.end < n.end for n in mentions if n is not m) \
                and not any(n.start < m.start and m.start - 1 < n.end for n in mentions if n is not m):
            return True
    return False


def unknown_body(text: str, mentions: list[Mention]) -> bool:
    """腾讯公司, 清华大学: a firm or school named, which no name in the graph covers."""
    for m in BODY.finditer(text):
        if not any(n.start < m.end() and m.start() < n.end for n in mentions):
            return True
    return False


def fit(t: Template, frame: Frame) -> Binding | None:
    """The template's slots filled from the frame, or None when it does not fit."""
    if not all(cue_present(c, frame.cues) for c in t.cues) or set(t.exclude) & frame.cues:
        return None
    if "negated" in frame.cues and "negated" not in t.cues:
        return None  # 哪些省没有参加援藏: never answered with those who did
    if "project" in frame.cues and not about_programmes(t):
        return None  # 北京对口支援拉萨的项目: projects, which the graph does not hold
    if t.direction and t.direction != frame.direction and frame.of_kind("actor"):
        return None  # (read from the named actor: a template with an optional actor checks it only when one is named)
    if t.type == "yes_no" and set(frame.years) == {"in"} and "after" in t.slots:
        # 是在2010年开始的吗: a start year to check, however the year is phrased
        frame = dataclasses.replace(frame, years={"after": frame.years["in"]})
    if any(k == "year" and name not in frame.years for name, k in t.slots.items()):
        return None
    if unused_years(t, frame):
        return None
    if t.type == "count" and set(t.slots.values()) <= {"class", "concept"} and unnamed_programme(frame):
        return None  # 援X有多少…: a count of everything would answer a programme the graph lacks
    slots = fill_slots(t, frame)
    if slots is None:
        return None
    values = {name: m.best[0].iri for name, m in slots.items() if m is not None}
    values.update({k: v for k, v in frame.years.items() if k in t.optional or k in t.slots})
    if t.one_of and not any(name in values for name in t.one_of):
        return None  # (哪个计划…: no event and no year, so not a question about one)
    return Binding(t, slots, values)


def unnamed_programme(frame: Frame) -> bool:
    """A programme word (援藏, 东西部协作, …重建) the gazetteer did not link: a programme we do not hold."""
    return any(m.start() < len(frame.masked) and "□" not in m.group(0) for m in PROGRAMME_HINT.finditer(frame.masked)) \
        and not frame.of_kind("programme")


def about_programmes(t: Template) -> bool:
    """Templates that read 项目 as a programme (参加过哪些项目) or ask about a mechanism's parts."""
    return "programme_word" in t.cues or "mechanism" in t.slots.values()


def unused_years(t: Template, frame: Frame) -> bool:
    """A year the template cannot use would be silently dropped (2030年援藏会新增哪些结对): do not fit."""
    if any(k in SELF_DATED for k in t.slots.values()) or frame.of_kind("event") and "event" in t.optional.values():
        return False  # (2016年7月援藏调整，…: the year dates the meeting or round named)
    return any(k not in t.slots and k not in t.optional for k in frame.years)


def terms_first(cand) -> bool:
    """对口关系 names a class of the ontology and a relationship type: the class's definition comes first."""
    return cand.kind not in ("class", "concept")


def the_topic(mentions: list[Mention], text: str = "") -> Mention | None:
    """The one thing a definition question is about: the quoted name (“支援方”), else a named entity,
    else a type or class word."""
    quoted = [m for m in mentions if 0 < m.start and m.end < len(text) and text[m.start - 1] in QUOTES
              and text[m.end] in QUOTES]
    if len(quoted) == 1:
        return quoted[0]
    for kinds in (SLOT_KINDS, ("rtype",), ("class",), ("concept",)):
        named = [m for m in mentions if m.kind in kinds]
        if named:
            return named[0] if len(named) == 1 else None
    return None


def cue_present(cue, found: set[str]) -> bool:
    """A cue group name, or a list of names any one of which will do."""
    return cue in found if isinstance(cue, str) else any(c in found for c in cue)


def fill_slots(t: Template, frame: Frame) -> dict[str, Mention | None] | None:
    wanted = list(t.slots.items())
    if wanted and wanted[0][1] == "any":
        return {wanted[0][0]: topic} if (topic := the_topic(frame.mentions, frame.text)) else None
    slots: dict[str, Mention | None] = {}
    for kind in SLOT_KINDS + ("class", "concept"):
        found = frame.of_kind(kind)
        required = [name for name, k in wanted if k == kind]
        optional = [name for name, k in t.optional.items() if k == kind]
        if len(found) < len(required) or len(found) > len(required) + len(optional):
            if kind not in ("class", "concept") or required:
                return None
            found = []
        names = required + optional
        slots.update(zip(names, ordered(found, kind, frame)))
    return slots


def ordered(found: list[Mention], kind: str, frame: Frame) -> list[Mention]:
    """Two actors in supporter, recipient order (Y 是否受 X 支援 → X, Y); the answer's kind (哪个省份) before
    other classes."""
    if kind == "actor" and len(found) == 2 and PAIR_PARTNER in (found[0].best[0].via, found[1].best[0].via):
        return sorted(found, key=lambda m: m.best[0].via == PAIR_PARTNER)  # 鲁渝协作 山东…: the giver, then its partner
    if kind == "actor" and len(found) == 2 and frame.direction == "in":
        return found[::-1]
    if kind == "actor" and len(found) == 2 == len(frame.of_kind("actor")) and TOPIC_SET_APART.match(frame.masked[found[0].end:found[1].start]) \
            and GIVER_AFTER_TOPIC.match(frame.masked[found[1].end:]):
        return found[::-1]  # 玉树州的六个县市，北京各区分别对口的是哪些县市: the topic first, the giver opens the verb's clause
    if kind == "actor" and len(found) == 2 == len(frame.of_kind("actor")) \
            and PARTS_COUNTED_THEN_GIVER.match(frame.masked[found[0].end:found[1].start]) \
            and GIVER_AFTER_TOPIC.match(frame.masked[found[1].end:].lstrip("在")):
        return found[::-1]  # 拉萨的县区有几个是北京在管: the place's parts counted, the giver after 是
    if kind == "actor" and len(found) == 3 and "places_compared" in frame.cues:
        # 上海在西藏和在新疆…: the places follow 在, the one who gives does not (slot a first)
        places = [m for m in found if frame.masked[:m.start].endswith("在")]
        if len(places) == 2:
            return [m for m in found if m not in places] + places
    if kind == "actor" and len(found) == 3 and frame.cues & {"compare", "equal"}:
        # 在新疆，江苏和浙江谁…多: the two joined by 和 are compared, the third is where (slot w, last)
        joined = [i for i in range(2) if LISTED.match(between := frame.text[found[i].end:found[i + 1].start])
                  and between not in ("", "，", ",")]
        pair = joined[0] if len(joined) == 1 else None
        if pair is not None:
            return [found[pair], found[pair + 1], found[2 - 2 * pair]]
        # 在和田地区，北京支援的县市与天津相比: the one place a leading 在 sets as the scope is where, the others are compared
        scope = [m for m in found if SCOPE_LEAD.search(frame.text[:m.start]) and SCOPE_LEAD_END.match(frame.text[m.end:])]
        if len(scope) == 1:
            return [m for m in found if m is not scope[0]] + scope
        # 北京援和田的县跟天津援的比: the one place that is the object of the first giver's aid verb is where
        aided = [m for m in found[1:] if AID_VERB_OBJECT.fullmatch(frame.masked[found[0].end:m.start])]
        if len(aided) == 1 and aided[0] is found[1]:
            return [found[0], found[2], found[1]]
    if kind == "actor" and len(found) == 3 and frame.cues & {"earlier", "later"} and not frame.cues & {"compare", "equal"}:
        # 山东对口青海与辽宁对口青海，哪一项早: the place the first giver aids (named again after the second) is where
        aided = [m for m in found[1:] if AID_VERB_OBJECT.fullmatch(frame.masked[found[0].end:m.start])
                 or frame.masked[found[0].end:m.start] == "对口"]
        if len(aided) == 1 and aided[0] is found[1]:
            return [found[0], found[2], found[1]]
    if kind == "actor" and len(found) == 3 and "takeover" in frame.cues:
        # 2010年以后接替上海和河南对口阿克苏的, 阿克苏 接替沪豫援疆的: the two joined are the ones taken over from (y, z)
        joined = [i for i in range(2) if frame.text[found[i].end:found[i + 1].start] == ""
                  or LISTED.match(frame.text[found[i].end:found[i + 1].start])]
        if len(joined) == 1:
            pair = joined[0]
            return [found[2 - 2 * pair], found[pair], found[pair + 1]]
    if kind == "class":
        return sorted(found, key=lambda m: m.best[0].via != ASKED)
    return found


def qa_for(store) -> QA:
    """The QA of ``store``, built on first use and kept while the store lives."""
    qa = _CACHE.get(store)
    if qa is None:
        qa = _CACHE[store] = QA(store)
    return qa


def warm(store) -> QA:
    """The QA of ``store`` with what it reads once per process (mechanism facts, programme rounds, compiled
    patterns) read now, by answering the home page's example questions: called before a server's workers
    fork, so their first questions cost what later ones do (at 10^6 the first 江苏对口支援哪些地方 of a fresh
    process took 790 ms, 380 ms after the examples, 51 ms warm)."""
    qa = qa_for(store)
    for question in render.EXAMPLES:
        qa.answer(question)
    return qa


def ask(store, question: str) -> dict:
    return qa_for(store).answer(question)
