"""Question text → a canonical form: NFKC, traditional → simplified (OpenCC t2s), numerals → digits.

The same function normalises gazetteer labels and cue words, so both sides of every match agree.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

MAX_CHARS = 300
ZERO_WIDTH = re.compile("[\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff\u00ad]")
SPACES = re.compile(r"\s+")
DIGITS = "〇零一二三四五六七八九"
YEAR = re.compile(f"([{DIGITS}]{{4}})(?=年|到|至|—|-|~)")  # 一九八三年, 二〇一〇到二〇一五年
NUMERAL = "[零一二三四五六七八九十百千两]+"
# a year said with its last two digits (〇八年, 九八年, 08年, 98年): 19xx from 50 on, else 20xx; a run of two
# consecutive numerals is an estimate (七八年, 三四年: seven or eight years), never a year, nor is 30年 (thirty years)
TWO_DIGIT_YEAR = "([〇零][一二三四五六七八九]|[一二][〇零一二三四五六七八九]|[五六七八九][〇零一二三四五六七八九]|0[0-9]|[789][0-9])"
SHORT_YEAR = re.compile(f"(?<![{DIGITS}十百千两0-9年第]){TWO_DIGIT_YEAR}(?=年(?!代|来|间|多|左右|时间))")
# a span of two such years (95到06年, 〇三至〇七年间, 10到17年): both ends are years, whatever follows the 年, the
# second later than the first (10到17年 is 2010–2017; 一到两年 is no span of years)
SPAN_YEAR = TWO_DIGIT_YEAR[:-1] + "|[12][0-9])"
SHORT_SPAN = re.compile(f"(?<![{DIGITS}十百千两0-9年第]){SPAN_YEAR}(到|至|—|-|~){SPAN_YEAR}(?=年)")
# …持续了10到20年, 为期3到5年, 干了10到20年, 长达10至15年: a length of time after a word of lasting, not a span of years
DURATION_BEFORE = re.compile("(?:持续|为期|长达|历时|干|做|搞|坚持|延续|维持|援|帮|支援|对口|结对)(?:了|过)?(?:大约|大概|约|近|将近|足足|整整)?$")
# a two-digit year before its month (截至10年4月, 08年5月): a year, though 10年 alone may be ten years
MONTHED_YEAR = re.compile(f"(?<![{DIGITS}十百千两0-9年第])([12][0-9])(?=年(?:[01]?[0-9]|十[一二]?|[一二三四五六七八九])月)")
COUNTED = re.compile(f"(?<![哪这那每统唯万单])({NUMERAL})(?=(?:个|次|家|项|师|团|阶段|届|周年|年|月|日|号|省|县|部委))")
ORDINAL = re.compile(f"(?<=第)({NUMERAL})")
# 九十年代, 上世纪80年代: the decade as a year range (以来: from its first year on)
DECADE = re.compile("(?:上个?世纪|二十世纪|20世纪|19(?=[5-9]0年代))?([5-9])0年代(以来|初期?|中期|末期?|后期|前期)?")  # (1990年代 too)
# 2000年代初, 2010年代以来: this century's decades written with four digits, read the same way
DECADE_2000S = re.compile("(20[0-2])0年代(以来|初期?|中期|末期?|后期|前期)?")
PUNCT = str.maketrans({"?": "？", "!": "！", ",": "，", ";": "；", ":": "："})


VOCABULARY_FILE = Path(__file__).with_name("vocabulary.yaml")


def vocabulary_yaml(path: Path = VOCABULARY_FILE) -> dict:
    """vocabulary.yaml parsed once per process (≈ 0.1 s a parse), for the word tables here and every table
    vocabulary.py builds from it; its readers copy what they change."""
    return parsed_yaml(str(Path(path).resolve()))


@functools.lru_cache(maxsize=4)
def parsed_yaml(path: str) -> dict:  # (keyed by the resolved path: a default and an explicit argument are one entry)
    import yaml

    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def colloquial_rules() -> dict[str, tuple[tuple[re.Pattern, str], ...]]:
    """Cantonese words and their Mandarin (vocabulary.yaml, `colloquial`), in order, before and after t2s; and the
    Mandarin synonyms no rule reads, as the words the rules read (`synonyms`: 哪一些 → 哪些, 扶持 → 帮扶)."""
    raw = vocabulary_yaml()
    stages = {**raw["colloquial"], "homophone_slips": raw.get("homophone_slips") or {}, "synonyms": raw["synonyms"]}
    return {stage: tuple((re.compile(p), word) for p, word in rules.items()) for stage, rules in stages.items()}


@functools.lru_cache(maxsize=1)
def initials_rule() -> tuple[re.Pattern, dict[str, str]]:
    table = {k.lower(): v for k, v in (vocabulary_yaml().get("pinyin_initials") or {}).items()}
    keys = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    return re.compile(f"(?<![A-Za-z0-9])(?:{keys})(?![A-Za-z0-9])", re.IGNORECASE), table


def pinyin_initials(text: str) -> str:
    """sh现在援疆…, 和js开展对口合作 → 上海…, 江苏 (vocabulary.yaml, `pinyin_initials`): a whole run of Latin letters in
    the table, only in a text with Chinese in it, with a Chinese character or a space beside it."""
    if not CJK_CHAR.search(text):
        return text
    pattern, table = initials_rule()

    def one(m: re.Match) -> str:
        before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        beside = (before, after)
        if any(CJK_CHAR.match(c) for c in beside if c) or " " in beside:
            return table[m.group(0).lower()]
        return m.group(0)
    return pattern.sub(one, text)


CJK_CHAR = re.compile("[\u4e00-\u9fff]")


def colloquial(text: str, stage: str) -> str:
    """係 → 是 (before t2s); 边几个 → 哪几个, 而家仲有冇 → 现在还有没有 (after): Cantonese read as Mandarin."""
    for pattern, word in colloquial_rules()[stage]:
        text = pattern.sub(word, text)
    return text


@functools.lru_cache(maxsize=1)
def converter():
    import opencc

    return opencc.OpenCC("t2s")


YEAR_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def year_digits(match: re.Match) -> str:
    return match.group(1).translate(YEAR_DIGITS)


def short_year(match: re.Match) -> str:
    digits = match.group(1).translate(YEAR_DIGITS)
    if digits[0] != "0" and int(digits[1]) == int(digits[0]) + 1:
        return match.group(1)  # 一二年, 七八年: one or two, seven or eight (years)
    return ("19" if int(digits) >= 50 else "20") + digits


def short_span(match: re.Match) -> str:
    first, second = (full_year(match.group(i).translate(YEAR_DIGITS)) for i in (1, 3))
    return f"{first}{match.group(2)}{second}" if first < second else match.group(0)


def full_year(digits: str) -> int:
    return int(digits) + (1900 if int(digits) >= 50 else 2000)


def arabic(match: re.Match) -> str:
    text = match.group(1)
    try:
        import cn2an  # imported on first use: it is half of the service's start-up time

        return str(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError):
        return text


def decade(match: re.Match) -> str:
    d = match.group(1)
    return f"19{d}0年以来" if match.group(2) == "以来" else f"19{d}0到19{d}9年间"


def decade_2000s(match: re.Match) -> str:
    d = match.group(1)
    return f"{d}0年以来" if match.group(2) == "以来" else f"{d}0到{d}9年间"


# 两个百分之八十, 千分之一: a share written in words, as the facts write it (80%, 1‰)
SHARE = re.compile("(百分之|千分之)([零〇一二三四五六七八九十百两]+(?:点[零〇一二三四五六七八九]+)?|[0-9]+(?:\\.[0-9]+)?)")


def share(match: re.Match) -> str:
    number = match.group(2)
    if not number[0].isdigit():
        try:
            import cn2an

            number = str(cn2an.cn2an(number, "smart"))
        except (ValueError, KeyError):
            return match.group(0)
    return number + ("%" if match.group(1) == "百分之" else "‰")


def numerals(text: str) -> str:
    text = SHARE.sub(share, text)
    text = YEAR.sub(year_digits, text)
    text = SHORT_SPAN.sub(lambda m: m.group(0) if DURATION_BEFORE.search(m.string[:m.start()]) else short_span(m), text)
    text = MONTHED_YEAR.sub(lambda m: str(full_year(m.group(1))), text)
    text = SHORT_YEAR.sub(short_year, text)
    text = ORDINAL.sub(arabic, text)
    return DECADE_2000S.sub(decade_2000s, DECADE.sub(decade, COUNTED.sub(arabic, text)))


def normalise(text: str, *, limit: int = MAX_CHARS) -> str:
    """The canonical form of ``text`` (cut to ``limit`` characters after cleaning)."""
    text = unicodedata.normalize("NFKC", text)
    text = ZERO_WIDTH.sub("", text)
    text = SPACES.sub(" ", text).strip()[:limit]
    text = colloquial(colloquial(converter().convert(colloquial(text, "before_t2s")), "after_t2s"), "homophone_slips")
    text = colloquial(pinyin_initials(text), "synonyms")
    return numerals(text).translate(PUNCT)


# a mark inside the text (a closing ？。！ alone does not count): a text with none is read by `bare_marked`
MARK_INSIDE = re.compile("[，。？！、：；“”‘’（）《》〈〉「」『』【】,?!:;()\"]")


BESIDE_SPACE = re.compile("\\s*[，？]\\s*")


@functools.lru_cache(maxsize=1)
def bare_rules() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(p), mark) for p, mark in vocabulary_yaml()["bare_boundaries"].items())


def bare_marked(text: str) -> str | None:
    """A normalised question with no punctuation inside it, its sentence and clause boundaries read from the words
    (vocabulary.yaml, `bare_boundaries`: 福建援藏的对象变过吗它先后支援过西藏哪些地方 → …变过吗？它先后…); None when
    the text has a mark inside it."""
    if MARK_INSIDE.search(text.rstrip("？?。！! ")):
        return None
    for pattern, mark in bare_rules():
        text = pattern.sub(lambda m: m.group(0) + mark, text)
    return BESIDE_SPACE.sub(lambda m: m.group(0).strip(), text)  # (那几个县啊 听同学说… → 啊？听同学说…)


def written_number(word: str) -> int:
    """A small number as a question writes it, after `normalise`: 17 → 17, 七 → 7, 十 → 10, 十二 → 12, 二十 → 20,
    十9 (十九 as the normaliser leaves it) → 19, 两 → 2 (a batch's, a chapter's or a stated roster's number)."""
    def digit(c: str) -> int:
        return int(c) if c.isdigit() else "零一二三四五六七八九".index(c.replace("两", "二"))
    tens, ten, ones = word.partition("十")
    if not ten:
        return int(word) if word.isdigit() else digit(word)
    return (digit(tens) if tens else 1) * 10 + (digit(ones) if ones else 0)
