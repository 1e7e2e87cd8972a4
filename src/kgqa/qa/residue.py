"""Names the question uses that the graph does not hold: after linking, the runs of words that a segmenter with a
dictionary and part-of-speech tags (jieba) reads as names (place, person, organisation, other proper name, or a
word its HMM found outside its dictionary), that no mention covers and no word of our vocabulary explains, standing
where a name stands (vocabulary.NAME_BEFORE / NAME_AFTER). 江苏在亚特兰蒂斯对口支援哪些县 names 亚特兰蒂斯: answering
江苏's counties would silently drop it, so the question is refused and the words are said."""
from __future__ import annotations

import functools
import logging
import threading

import ahocorasick

from .gazetteer import Mention
from .vocabulary import ASKER_ASIDE, DEMONYM_END, FIRST_TOKEN, NAMED_PLAN, PLACE_AFTER, PLACE_DESCRIBED, PLACE_ENDINGS, ENCLOSER_ENDINGS, SCOPE_CLOSERS, DIRECTIONS, FUNCTION_CHARS, GENERIC_PLACES, LEVEL_ENDINGS, NAME_AFTER, NAME_BEFORE, NAME_TAGS, load_vocabulary, vocabulary_words

_LOCK = threading.Lock()
_TOKENIZER = None


def tokenizer():
    """jieba's part-of-speech tokenizer, its dictionary loaded once per process (about 1 s, on first use)."""
    global _TOKENIZER
    with _LOCK:
        if _TOKENIZER is None:
            import jieba
            import jieba.posseg
            jieba.setLogLevel(logging.WARNING)
            base = jieba.Tokenizer()
            base.initialize()
            _TOKENIZER = jieba.posseg.POSTokenizer(base)
    return _TOKENIZER


def name_runs(text: str) -> list[tuple[int, int]]:
    """Spans of consecutive words the segmenter tags as names (two characters or more together). Its HMM may glue a
    joining word on (江苏|和瓦坎|达): the joining character is set apart and a lone character after it taken in."""
    tokens, pos = [], 0
    for pair in tokenizer().cut(text):
        start, end, name = pos, pos + len(pair.word), pair.flag in NAME_TAGS
        if name and end - start > 2 and text[start] in FUNCTION_CHARS:
            tokens.append((start, start + 1, False))
            tokens.append((start + 1, end, "glued"))
        else:
            tokens.append((start, end, name))
        pos = end
    runs, current, glued = [], None, False
    for start, end, name in tokens:
        if name:
            current, glued = ((current[0], end), glued) if current else ((start, end), name == "glued")
        elif current and glued and end - start == 1 and text[start] not in FUNCTION_CHARS:
            runs.append((current[0], end))
            current = None
        else:
            if current:
                runs.append(current)
            current = None
    if current:
        runs.append(current)
    return [piece for run in runs for piece in pieces(text, *run) if piece[1] - piece[0] >= 2]


def pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run split at the joining words inside it (鲁在瓦|坎达 → 鲁, 瓦坎达)."""
    out, begin = [], start
    for i in range(start, end):
        if text[i] in FUNCTION_CHARS:
            out.append((begin, i))
            begin = i + 1
    return out + [(begin, end)]


def covered(text: str, mentions: list[Mention]) -> list[bool]:
    """Which characters of ``text`` a mention, a word of our vocabulary or a cue pattern accounts for."""
    flags = [False] * len(text)
    spans = [(m.start, m.end) for m in mentions]
    spans += [(end - len(w) + 1, end + 1) for end, w in vocabulary_automaton().iter(text)]
    spans += [p.span() for ps in load_vocabulary().patterns.values() for pat in ps for p in pat.finditer(text)]
    spans += [p.span() for p in GENERIC_PLACES.finditer(text)]
    spans += [p.span() for p in ASKER_ASIDE.finditer(text)]  # the asker's own aside: its words are no names asked
    for start, end in spans:
        flags[start:end] = [True] * (end - start)
    return flags


def composed(word: str, letters: set[str]) -> bool:
    """苏北, 闽藏, 粤东西北, 鄂援博（…博州）: one-character abbreviations of names we hold (or the first character of a
    name the question gives), with directions or 援 between — opening with one (东京 is no part of 京)."""
    return word[0] in letters and all(c in letters or c in DIRECTIONS + "援" for c in word)


def unknown_names(text: str, mentions: list[Mention], abbreviations: set[str] = frozenset()) -> list[str]:
    """The name-like runs of ``text`` that nothing else explains, standing where a name stands."""
    named = "".join(c.label for m in mentions for c in m.best)
    # (an actor's label or the name as the question says it: a programme reached by its alias lends no letter — 东京 beside
    # 北京 and 对口合作 is no abbreviation of 东北地区与东部地区部分省市对口合作 and 京)
    letters = set(abbreviations) | {c.label[0] for m in mentions for c in m.best if c.label and c.kind == "actor"} \
        | {m.text[0] for m in mentions if m.text}
    flags = covered(text, mentions)
    out = []
    for start, end in name_runs(text):
        if text[start] in SCOPE_CLOSERS and start and flags[start - 1]:
            start += 1  # (…扶贫协作中|原由…: the postposition closes the scope named before it)
        word = text[start:end]
        if len(word) < 2 or any(flags[start:end]) or word in named or composed(word, letters) or (
                word[-1] in LEVEL_ENDINGS + DEMONYM_END and word[:-1] in named):  # 玉树州（玉树藏族自治州）, 博州, 山东人
            continue
        if NAME_BEFORE.search(text[:start]) or NAME_AFTER.match(text[end:]):
            out.append(word)
    out += [p.group(0) for p in NAMED_PLAN.finditer(text) if not any(flags[p.start():p.end(1)])
            and p.group(0) not in out]  # 春蕾计划里上海支援了哪些地方: a plan we do not hold is no scope to drop
    out += [w for w in spaced_places(text, flags) if w not in out and w not in named and not composed(w, letters)]
    ends = {m.end for m in mentions if m.kind == "actor"}
    # (a one-character abbreviation linked from inside a place-shaped name, 青 of 青云县, does not cover it)
    loose = covered(text, [m for m in mentions if m.end - m.start > 1 or m.kind != "actor"])
    out += [w for w in place_shaped(text, loose, ends) if not any(o in w for o in out) and w not in named]  # (青峰 found already: not 青峰县 too)
    if not out and (head := FIRST_TOKEN.match(text)) and text.count(" ") >= 2 and not any(flags[:head.end()]) \
            and head.group(0) not in named and not composed(head.group(0), letters):
        out.append(head.group(0))  # 桃花源 结对 上海哪个区: search words opening with a name nothing explains
    return out


def spaced_places(text: str, flags: list[bool]) -> list[str]:
    """江苏 援藏 东京 地级市: a keyword query's token of its own (spaces or the text's edges around it) that the segmenter
    tags as a place name (ns only: its other name tags take in search words like 成建制) and nothing of ours covers."""
    if " " not in text:
        return []
    out, pos = [], 0
    for pair in tokenizer().cut(text):
        start, end = pos, pos + len(pair.word)
        pos = end
        if pair.flag == "ns" and end - start >= 2 and text[start - 1:start] in ("", " ") and text[end:end + 1] in ("", " ") \
                and not any(flags[start:end]):
            out.append(pair.word)
    return out


def place_shaped(text: str, flags: list[bool], ends: set[int] = frozenset()) -> list[str]:
    """雾灵县归谁援: the uncovered characters (two to four) right before a county's or prefecture's ending, where a name
    stands, that describe no place (贫困县): a place name the graph does not hold, with its ending."""
    out = []
    for i, c in enumerate(text):
        if c not in PLACE_ENDINGS or i < 2:
            continue
        start = i
        while start > 0 and i - start < 4 and not flags[start - 1] and "\u4e00" <= text[start - 1] <= "\u9fff" \
                and text[start - 1] not in FUNCTION_CHARS:
            start -= 1
        word = text[start:i]
        if len(word) >= 2 and not PLACE_DESCRIBED.search(word) and (NAME_BEFORE.search(text[:start]) or text[:start].endswith("的")
                                                                     or encloser_before(text, start, ends)) \
                and (NAME_AFTER.match(text[i + 1:]) or PLACE_AFTER.match(text[i + 1:])):
            out.append(text[start:i + 1])
    return out


def encloser_before(text: str, start: int, ends: set[int]) -> bool:
    """喀什地区沙湖县: a place the graph holds (a name linked, ending at ``start``), named by its level ending, right before
    the county's name (its encloser)."""
    return start in ends and text[start - 1] in ENCLOSER_ENDINGS


@functools.lru_cache(maxsize=1)
def vocabulary_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in vocabulary_words():
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton
