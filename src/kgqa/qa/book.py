"""The seed book's own facts: its title page (editor, publisher, year and ISBN, from the bibo:Book node), asked of the
book by its title (written loosely: with or without 《》, brackets or the dash) or by 这本书/书中; the stage of its
periodisation that began in a year (按书中的分期，从1979年开始的阶段); and who led the work after a change the book
records (1992年以后改由哪个部门归口统一领导: the body that led it from the first such event in or after the year). Each
answer is the thing asked, the book (or the event's own source) as its source; a part of the front matter the graph
does not hold (前言的作者) is said to be missing, never guessed."""
from __future__ import annotations

from pyoxigraph import Literal, NamedNode

from .answers import date_forms
from .frame import find_years
from .normalise import written_number
from .vocabulary import (HEADING_NAMED, HEAD_ASKED, LED_AFTER_EVENT, BOOK_ASKED, BOOK_NAMED, BOOK_NOT_HELD, BOOK_ROLE_WORDS, EDITOR_POST, EDITOR_UNIT_ASKED, EDITOR_TITLE_ASKED, POST_TITLES, IMPRINT_WORDS, LEAD_ASKED,
                         LEAD_CHANGED, MONTH_ASKED, YEAR_ASKED, FIRST_TIME, SHARED_LEAD, PREFACE_WHEN, PREFACE_WHERE,
                         LEAD_WORDS, STAGE_ASKED, STAGE_COUNT, STAGE_ORDINAL, TITLE_MARKS, CHAPTER_COUNT, CHAPTER_NUMBER,
                         CHAPTER_SECTIONS, CHAPTER_TEXT, CHAPTER_TITLE, WHICH_CHAPTER, CHAPTER_SUBJECT, CHAPTER_PAGE,
                         WHICH_CHAPTER_TAIL, CHAPTER_SUBJECT_LEAD, CHAPTER_POINTED, SUBJECT_POINTED, CHAPTER_PLACES, PRICE_AS_PRINTED,
                         SECTION_NUMBER, SUBSECTION_NUMBER, CHAPTER_NOT_HELD, STAGE_START_ASKED, OTHER_WORKS, CHAPTER_ASKED, TITLED_LEAST,
                         BOOK_SERIES_WORD, BOOK_SERIES_FIRST, BOOK_SERIES_NUMBER, BOOK_SERIES_TITLE)

BOOK = """PREFIX bibo: <http://purl.org/ontology/bibo/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dk: <https://w3id.org/duikou/ontology#>
PREFIX schema: <http://schema.org/>
SELECT ?book ?title ?creator ?publisher ?issued ?isbn ?printedIsbn ?preface ?price ?prefaceDate ?prefacePlace ?published WHERE {
  ?book a bibo:Book ; dcterms:title ?title .
  OPTIONAL { ?book dcterms:creator ?creator } OPTIONAL { ?book dcterms:publisher ?publisher }
  OPTIONAL { ?book dcterms:issued ?issued } OPTIONAL { ?book bibo:isbn13 ?isbn } OPTIONAL { ?book bibo:isbn ?printedIsbn }
  OPTIONAL { ?book dk:prefaceBy ?preface } OPTIONAL { ?book schema:price ?price }
  OPTIONAL { ?book dk:prefaceDate ?prefaceDate } OPTIONAL { ?book dk:prefacePlace ?prefacePlace }
  OPTIONAL { ?book dk:publicationDate ?published } }"""
BOOK_SERIES = """PREFIX dk: <https://w3id.org/duikou/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?book ?n ?first ?firstTitle ?firstIssued WHERE { ?book dk:seriesNumber ?n
  OPTIONAL { ?book dk:seriesFirst ?first . ?first dcterms:title ?firstTitle OPTIONAL { ?first dcterms:issued ?firstIssued } } }"""
IMPRINT = """PREFIX dk: <https://w3id.org/duikou/ontology#>
SELECT ?book ?entry WHERE { ?book dk:imprintItem ?entry }"""
EDITOR = """PREFIX dk: <https://w3id.org/duikou/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?person ?post ?editor WHERE { ?person a dk:Person ; rdfs:label ?name ; dk:affiliation ?post FILTER(STR(?name) = ?editor) }"""
STAGES = """PREFIX dk: <https://w3id.org/duikou/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?stage ?label ?n ?start WHERE { ?stage a dk:DevelopmentStage ; dk:stageNumber ?n ; rdfs:label ?label
  FILTER(lang(?label) = "zh") OPTIONAL { ?stage dk:startYear ?start } } ORDER BY ?n"""
LEADS = """PREFIX dk: <https://w3id.org/duikou/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?event ?eventLabel ?year ?body ?bodyLabel ?source ?sourceLabel WHERE {
  ?event dk:leadBy ?body ; dk:year ?year ; rdfs:label ?eventLabel .
  ?body rdfs:label ?bodyLabel FILTER(lang(?eventLabel) = "zh" && lang(?bodyLabel) = "zh")
  OPTIONAL { ?event dcterms:source ?source . ?source rdfs:label ?sourceLabel FILTER(lang(?sourceLabel) = "zh") } }"""
HEADINGS = """PREFIX dk: <https://w3id.org/duikou/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX bibo: <http://purl.org/ontology/bibo/>
SELECT ?node ?title ?n ?parent ?page WHERE { ?node dk:headingNumber ?n ; dcterms:title ?title ; dcterms:isPartOf ?parent ;
  bibo:pageStart ?page }"""
SHARERS = """PREFIX dk: <https://w3id.org/duikou/ontology#>
SELECT ?event ?body WHERE { ?event dk:leadBy ?lead ; dk:participant ?body }"""
PLACES = """PREFIX dk: <https://w3id.org/duikou/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?x ?l WHERE { ?x a dk:ProvinceLevelDivision ; rdfs:label ?l FILTER(lang(?l) = "zh") }"""
LABEL = """SELECT ?x ?l WHERE { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(lang(?l) = "zh") } LIMIT 1"""
QUERIES = (BOOK, STAGES, LEADS, HEADINGS, IMPRINT, PLACES, SHARERS, BOOK_SERIES)  # the only queries this module runs (read once, for the life of the store)
ASKED_ZH = {"creator": "主编", "publisher": "出版社", "issued": "出版年份", "isbn": "ISBN", "preface": "前言署名",
            "price": "定价", "prefaceDate": "前言落款日期", "prefacePlace": "前言落款地点", "published": "出版年月",
            "post": "主编的单位和职称"}


def loose(text: str) -> str:
    """中国区域治理研究报告2017（对口支援政策） and 《中国区域治理研究报告2017——对口支援政策》 alike: the marks left out."""
    return TITLE_MARKS.sub("", text)


def plain(title: str) -> str:
    """对口援藏的成效 and 对口援藏成效 alike: a heading matched with its marks and 的 left out."""
    return loose(title).replace("的", "")


def main_title(title: str) -> str:
    """The title before its subtitle (中国区域治理研究报告2017——对口支援政策 → 中国区域治理研究报告2017): the book, however
    the rest is written."""
    return title.split("——")[0]


def value_of(term):
    return None if term is None else int(term.value) if term.datatype.value.endswith("#integer") else term.value



def subject_pointed(text: str) -> str:
    """讲新疆的那一章标题叫啥: a chapter pointed at by its subject with its title asked, read as 讲新疆的是哪一章 (the
    contents' which-chapter reading answers it with the chapter and its title); any other text as it is."""
    found = SUBJECT_POINTED.search(text)
    return f"讲{found.group(1)}的是哪一{found.group(2)}" if found else text

class BookQA:
    def __init__(self, store):
        self.store = store
        self.books = [{k: (r[k].value if r[k] is not None else None) for k in (
            "book", "title", "creator", "publisher", "issued", "isbn", "printedIsbn", "preface", "price", "prefaceDate", "prefacePlace",
            "published")} for r in store.query(BOOK)]
        for book in self.books:  # the editor's post, where the graph holds the editor as a person (the preface says it)
            editor = " ".join(w for w in (book["creator"] or "").split() if w not in BOOK_ROLE_WORDS)
            rows = list(store.query(EDITOR, substitutions={"editor": Literal(editor)}))
            book["post"] = rows[0]["post"].value if rows else None
            book["person"] = rows[0]["person"].value if rows else None  # the editor's own node, named in the answer
        self.imprint: dict[str, dict[str, str]] = {}  # book → {责任编辑: 冯春风, 字数: 365千字, …}
        for r in store.query(IMPRINT):
            item, _, said = r["entry"].value.partition("：")
            self.imprint.setdefault(r["book"].value, {})[item] = said
        self.series = {r["book"].value: {"n": int(r["n"].value), "first": r["first"].value if r["first"] else None,
                                          "firstTitle": r["firstTitle"].value if r["firstTitle"] else None,
                                          "firstIssued": r["firstIssued"].value if r["firstIssued"] else None}
                       for r in store.query(BOOK_SERIES)}  # book → its number in its series, and the series' first report
        self.stages = [{"iri": r["stage"].value, "label": r["label"].value, "n": int(r["n"].value),
                        "start": value_of(r["start"])} for r in store.query(STAGES)]
        self.leads = [{"event": r["event"].value, "eventLabel": r["eventLabel"].value, "year": int(r["year"].value),
                       "iri": r["body"].value, "label": r["bodyLabel"].value,
                       "source": {"label": r["sourceLabel"].value, "url": r["source"].value} if r["source"] else None}
                      for r in store.query(LEADS)]
        self.sharers: dict[str, set[str]] = {}  # an event that names a lead → the bodies that shared the work
        for r in store.query(SHARERS):
            self.sharers.setdefault(r["event"].value, set()).add(r["body"].value)
        self.headings = [{"iri": r["node"].value, "title": r["title"].value, "n": int(r["n"].value),
                          "parent": r["parent"].value, "page": int(r["page"].value)} for r in store.query(HEADINGS)]
        self.places = {r["l"].value: r["x"].value for r in store.query(PLACES)}  # 广东省 → its IRI (a section's subject)

    def answer(self, result: dict, text: str) -> dict | None:
        if OTHER_WORKS.search(text) and self.books:  # 任维德还写过哪些书: the graph holds the seed book alone
            result.update(status="no_fact", template="book_fact", answers=[], interpretation="理解为：某人的其他著作",
                          text=f"图谱只收录了《{self.books[0]['title']}》一本书，没有其他著作的记录（没有记录不等于不存在）。")
            return result
        if SHARED_LEAD.search(text) and HEAD_ASKED.search(text) and (led := self.led_among(result, text)) is not None:
            return led  # 八十年代初国家经委、计委、民委共同管理时，牵头的是哪一家: the lead of the bodies named
        if LEAD_ASKED.search(text) and LEAD_WORDS.search(text) and not SHARED_LEAD.search(text) and not any(
                e.get("type") in ("actor", "event", "programme", "person") and not self.in_lead_record(e)
                for e in result.get("entities", [])):
            if LEAD_CHANGED.search(text) or "after" in find_years(text):  # 1992年以后…由哪个部门归口领导
                return self.led_after(result, text)
            if FIRST_TIME.search(text) and not find_years(text):  # 对口支援工作第一次由哪个部门牵头
                return self.led_first(result)
            if "in" in find_years(text) and (led := self.led_after(result, text)) is not None:
                return led  # 1983年国务院确定对口支援由哪个部门牵头: the body that year's record put in the lead
        elif LEAD_CHANGED.search(text) and LEAD_ASKED.search(text) and LEAD_WORDS.search(text):
            return self.led_after(result, text)
        elif LEAD_ASKED.search(text) and LEAD_WORDS.search(text) and LED_AFTER_EVENT.search(text) \
                and not SHARED_LEAD.search(text) and (led := self.led_from(result)) is not None:
            return led
        text = subject_pointed(text)
        book = self.named(text) or (self.books[0] if len(self.books) == 1 and (
            CHAPTER_NUMBER.search(text) or WHICH_CHAPTER.search(text) or self.pointed(text)) else None)
        if book is None:
            return None
        if (chapter := self.pointed(text)) is not None:  # 对口支援新疆那章从第几页开始
            return self.told(result, book, [{"value": chapter["page"], "fact": chapter["iri"]}],
                             f"《{book['title']}》的“{chapter['title']}”从第{chapter['page']}页开始。",
                             f"理解为：《{book['title']}》中“{chapter['title']}”这一章节的起始页")
        if CHAPTER_COUNT.search(text) or CHAPTER_NUMBER.search(text) or WHICH_CHAPTER.search(text):
            found = self.contents(result, text, book)
            if found is not None:
                return found
        if STAGE_ASKED.search(text) and find_years(text):
            return self.stage_of(result, text, book)
        if STAGE_COUNT.search(text) or STAGE_ORDINAL.search(text):
            return self.stages_asked(result, text, book)
        if (found := self.series_asked(result, text, book)) is not None:
            return found  # 这书是那个年度报告系列里的第几本, 系列的第一本书名为何
        if (item := self.imprint_item(text, book)) is not None:
            said = self.imprint[book["book"]][item]
            return self.told(result, book, [{"value": said}], f"《{book['title']}》版权页所载{item}：{said}。",
                             f"理解为：《{book['title']}》的{item}", template="book_fact")
        if BOOK_NOT_HELD.search(text):
            result.update(status="no_fact", interpretation=f"理解为：关于《{book['title']}》的问题",
                          text=f"图谱只记录了《{book['title']}》的{'、'.join(ASKED_ZH.values())}，没有这一项。")
            return result
        asked = self.refined(next((key for key, pattern in BOOK_ASKED if pattern.search(text)), None), text, book)
        if asked is None or book.get(asked) is None:
            return None
        value = book[asked]
        if asked == "creator":  # 任维德 主编: the person, the role said in the sentence
            value = " ".join(w for w in value.split() if w not in BOOK_ROLE_WORDS) or value
        elif asked == "post" and EDITOR_UNIT_ASKED.search(text) and not EDITOR_TITLE_ASKED.search(text):
            value = POST_TITLES.sub("", value) or value  # 任职单位为何: the unit asked, not the unit and title
        elif asked == "issued":
            value = int(value[:4])
        elif asked in ("published", "prefaceDate"):  # 2018-07 → 2018年7月
            by_month = len(value) >= 7 and (asked == "published" or MONTH_ASKED.search(text) or not YEAR_ASKED.search(text))
            value = f"{value[:4]}年{int(value[5:7])}月" if by_month else int(value[:4])  # 哪一年写的: the year alone
        elif asked == "price":
            amount = float(value)  # 定价多少: 89.00元 as printed; 售价/书价多少元: the amount, 89
            value = f"{amount:.2f}元" if PRICE_AS_PRINTED.search(text) else int(amount) if amount.is_integer() else amount
        result.update(status="ok", template="book_fact", answers=[fact_item(asked, value, book)], sources=[cited(book)],
                      interpretation=f"理解为：《{book['title']}》的{ASKED_ZH[asked]}",
                      text=f"《{book['title']}》的{ASKED_ZH[asked]}：{value}{'元' if isinstance(value, (int, float)) and asked == 'price' else ''}。")
        return result

    def series_asked(self, result: dict, text: str, book: dict) -> dict | None:
        """The book's number in its series (第几本), or the series' first report (第一本…叫什么, 哪年出的), as the preface says."""
        series = self.series.get(book["book"])
        if series is None or not BOOK_SERIES_WORD.search(text):
            return None
        if BOOK_SERIES_FIRST.search(text) and series["firstTitle"]:
            first = series["firstTitle"]
            if YEAR_ASKED.search(text) or PREFACE_WHEN.search(text) and not BOOK_SERIES_TITLE.search(text):
                if not series["firstIssued"]:
                    return None
                year = int(series["firstIssued"][:4])
                return self.told(result, book, [{"value": year, "fact": series["first"]}],
                                 f"据《{book['title']}》前言，系列第一本《{first}》于{year}年出版。",
                                 f"理解为：《{book['title']}》所属系列第一本报告的出版年份", template="book_fact")
            return self.told(result, book, [{"value": first, "also": [f"《{first}》"], "fact": series["first"]}],
                             f"据《{book['title']}》前言，系列第一本研究报告是《{first}》。",
                             f"理解为：《{book['title']}》所属系列的第一本报告", template="book_fact")
        if BOOK_SERIES_NUMBER.search(text):
            return self.told(result, book, [{"value": series["n"]}],
                             f"据前言，《{book['title']}》是团队的第{series['n']}本研究报告。",
                             f"理解为：《{book['title']}》在所属系列中的序号", template="book_fact")
        return None

    def imprint_item(self, text: str, book: dict) -> str | None:
        """An item of the copyright page the question names (责任编辑, 字数, 出版人) or points at (哪家印刷厂 → 印刷)."""
        items = self.imprint.get(book["book"], {})
        named = [item for item in items if item in text]
        pointed = next(((item, found) for item, pattern in IMPRINT_WORDS if item in items and (found := pattern.search(text))), None)
        if pointed and any(n in pointed[1].group(0) and n != pointed[0] for n in named):
            return pointed[0]  # 第几次印刷: the 印次 its words point at, though 印刷 is an item's own name
        return max(named, key=len) if named else pointed[0] if pointed else None

    def refined(self, asked: str | None, text: str, book: dict) -> str | None:
        """The part of a front-matter item asked: the preface's date or place rather than its signer, the month the book
        came out, the editor's post (主编是哪个学院的)."""
        if asked == "preface":
            return "prefacePlace" if PREFACE_WHERE.search(text) else "prefaceDate" if PREFACE_WHEN.search(text) else asked
        if asked == "issued" and MONTH_ASKED.search(text):
            return "published"
        if asked == "creator" and EDITOR_POST.search(text):
            return "post"
        return asked

    def named(self, text: str) -> dict | None:
        """The one book the question points at: its title (written loosely), or (the graph holding one book)
        这本书/那本报告/书中."""
        plain = loose(text)
        for book in self.books:
            if loose(book["title"]) in plain or loose(main_title(book["title"])) in plain:
                return book
        return self.books[0] if len(self.books) == 1 and BOOK_NAMED.search(text) else None

    def stage_of(self, result: dict, text: str, book: dict) -> dict | None:
        """按书中的分期，从1979年开始的那个阶段: the stage that starts that year, else the one the year falls in."""
        year = next(iter(find_years(text).values()))
        dated = [s for s in self.stages if s["start"] is not None]
        stage = next((s for s in dated if s["start"] == year), None) or \
            max((s for s in dated if s["start"] <= year), key=lambda s: s["start"], default=None)
        if stage is None:
            return None
        how = "开始" if stage["start"] == year else "所在"
        result.update(status="ok", template="book_stage", answers=[{"label": stage["label"], "iri": stage["iri"]}],
                      sources=[cited(book)], interpretation=f"理解为：《{book['title']}》分期中{year}年{how}的阶段",
                      text=f"按《{book['title']}》的分期，{year}年{how}的阶段是{stage['label']}"
                           f"（{stage['start']}年起）。")
        return result

    def contents(self, result: dict, text: str, book: dict) -> dict | None:
        """这本书有几章; 第四章的标题 / 第四章讲什么; 第三章有哪几节; 哪一章讲援疆: from the book's table of contents."""
        chapters = sorted((h for h in self.headings if h["parent"] == book["book"]), key=lambda h: h["n"])
        if not chapters:
            return None
        title = f"《{book['title']}》"
        if (number := CHAPTER_NUMBER.search(text)) and (CHAPTER_PAGE.search(text) or not result.get("entities")
                                                        or SECTION_NUMBER.search(text) and CHAPTER_TITLE.search(text) or (
                CHAPTER_PLACES.search(text) and all(e.get("type") in ("class", "concept", "rtype") for e in result["entities"]))):  # (书中第五章提到哪些部委…瑞金: a
            # question about what the chapter records, asked of the graph, not of the contents)
            n = written_number(number.group(1))
            chapter = next((c for c in chapters if c["n"] == n), None)
            if chapter is None:  # 第十章讲什么: a chapter the book does not have
                return self.missing(result, book, f"第{n}章", f"全书共{len(chapters)}章")
            if CHAPTER_TEXT.search(text):  # 第七章“其他影响因素”那一小节具体列举了哪些因素: the graph holds headings only
                result.update(status="no_fact", template="book_contents", answers=[], sources=[cited(book)],
                              interpretation=f"理解为：{title}第{n}章（或其中一节）正文的内容",
                              text=f"图谱只收录了{title}的目录（章节标题和起始页），没有第{n}章“{chapter['title']}”正文的内容"
                                   "（没有记录不等于不存在）。")
                return result
            if CHAPTER_NOT_HELD.search(text):  # 第九章的作者是谁: the contents name no authors
                result.update(status="no_fact", template="book_contents", answers=[], sources=[cited(book)],
                              interpretation=f"理解为：{title}第{n}章的作者",
                              text=f"图谱只收录了{title}的目录（章节标题和起始页），没有各章作者的记录（没有记录不等于不存在）。")
                return result
            if (section := SECTION_NUMBER.search(text)) is not None:  # 第四章第三节的标题, 第五章第二节从第几页开始
                return self.section(result, text, book, chapter, written_number(section.group(1)))
            if CHAPTER_PLACES.search(text) and not CHAPTER_COUNT.search(text):  # 第六章讨论了哪几个省区的省内对口支援
                parts = sorted((h for h in self.headings if h["parent"] == chapter["iri"]), key=lambda h: h["n"])
                named = {iri: label for p in parts for label, iri in self.places.items() if label in p["title"]}
                if named:
                    return self.told(result, book, [{"label": label, "iri": iri} for iri, label in named.items()],
                                     f"{title}第{n}章“{chapter['title']}”各节所讲的是：" + "、".join(named.values()) + "。",
                                     f"理解为：{title}第{n}章各节所讲的省区")
            if CHAPTER_SECTIONS.search(text):
                parts = sorted((h for h in self.headings if h["parent"] == chapter["iri"]), key=lambda h: h["n"])
                answers = [{"value": len(parts)}] if CHAPTER_COUNT.search(text) or "几节" in text and "哪几节" not in text \
                    else [{"value": p["title"], "fact": p["iri"]} for p in parts]
                said = "、".join(p["title"] for p in parts)
                return self.told(result, book, answers, f"{title}第{n}章分为{len(parts)}节：{said}。",
                                 f"理解为：{title}第{n}章的各节")
            if CHAPTER_PAGE.search(text) and HEADING_NAMED.search(text):  # 第三章的标题是什么？从第几页开始？: both
                return self.told(result, book, [{"value": chapter["title"], "fact": chapter["iri"]},
                                                {"value": chapter["page"], "fact": chapter["iri"]}],
                                 f"{title}第{n}章是“{chapter['title']}”，从第{chapter['page']}页开始。",
                                 f"理解为：{title}第{n}章的标题和起始页")
            if CHAPTER_PAGE.search(text):  # 第三章从第几页开始
                return self.told(result, book, [{"value": chapter["page"], "fact": chapter["iri"]}],
                                 f"{title}第{n}章“{chapter['title']}”从第{chapter['page']}页开始。", f"理解为：{title}第{n}章的起始页")
            if CHAPTER_TITLE.search(text) or not WHICH_CHAPTER.search(text):
                return self.told(result, book, [{"value": chapter["title"], "fact": chapter["iri"]}],
                                 f"{title}第{n}章是“{chapter['title']}”（第{chapter['page']}页起）。", f"理解为：{title}第{n}章的标题")
        if WHICH_CHAPTER.search(text) and (subject := CHAPTER_SUBJECT.search(text)):
            words = CHAPTER_SUBJECT_LEAD.sub("", WHICH_CHAPTER_TAIL.sub("", (subject.group(1) or subject.group(2))).strip(
                "的 ")).strip("的 ")  # 书里专门讲新疆的是哪一章: 新疆
            named = [n for e in result.get("entities", []) if e.get("iri") and e.get("type") in ("actor", "programme")
                     for n in (self.label(e["iri"]), e.get("text"))]  # 援疆 → 对口支援新疆; 新疆 as written
            by_name = [h for h in self.headings if any(n and n in h["title"] for n in named)]
            by_words = [h for h in self.headings if words in h["title"] or plain(words) in plain(h["title"])]
            exact = [h for h in by_words if plain(h["title"]) == plain(words)]  # 讲科技对口支援的是哪一节: that heading itself
            hits = exact or [h for h in by_words if h["parent"] == book["book"]] or [
                h for h in by_name if h["parent"] == book["book"]] or by_words or by_name
            hits = list({h["iri"]: h for h in hits}.values())
            top = [h for h in hits if h["parent"] == book["book"]] or hits
            if not top:
                return None
            if CHAPTER_ASKED.search(text) and any(h["parent"] != book["book"] for h in top):
                top = list({c["iri"]: c for c in (self.chapter_of(h, book) for h in top)}.values())
                return self.told(result, book, [{"label": h["title"], "iri": h["iri"]} for h in top],
                                 f"{title}中讲“{words}”的一节在：" + "、".join(f"第{h['n']}章 {h['title']}（第{h['page']}页起）"
                                                                          for h in top) + "。",
                                 f"理解为：{title}中讲“{words}”的一章")  # 江苏省省内对口支援见于哪一章: its section's chapter
            answers = [{"label": h["title"], "iri": h["iri"]} for h in top]
            return self.told(result, book, answers, f"{title}中标题含“{words}”的是：" + "、".join(
                f"{h['title']}（第{h['page']}页起）" for h in top) + "。", f"理解为：{title}中讲“{words}”的章节")
        if CHAPTER_COUNT.search(text):
            return self.told(result, book, [{"value": len(chapters)}], f"{title}共{len(chapters)}章：" + "；".join(
                f"第{c['n']}章 {c['title']}" for c in chapters) + "。", f"理解为：{title}的章数")
        return None

    def section(self, result: dict, text: str, book: dict, chapter: dict, m: int) -> dict | None:
        """A section of a chapter by its number: its heading, or the page it starts on."""
        parts = [h for h in self.headings if h["parent"] == chapter["iri"]]
        part = next((h for h in parts if h["n"] == m), None)
        if part is None:  # 第三章第五节: a section the chapter does not have
            return self.missing(result, book, f"第{chapter['n']}章第{m}节", f"第{chapter['n']}章共{len(parts)}节")
        where = f"《{book['title']}》第{chapter['n']}章第{m}节"
        if (sub := SUBSECTION_NUMBER.search(text)) is not None:
            # 第一章第一节第（三）小节: the numbered part of that section, one level down the contents
            k = written_number(sub.group(1) or sub.group(2))
            subs = [h for h in self.headings if h["parent"] == part["iri"]]
            if (part := next((h for h in subs if h["n"] == k), None)) is None:
                return self.missing(result, book, f"第{chapter['n']}章第{m}节第（{k}）小节", f"该节共{len(subs)}小节")
            where = f"{where}第（{k}）小节"
        if CHAPTER_PAGE.search(text) and HEADING_NAMED.search(text):  # 第五章第二节叫什么，从哪一页开始: both
            return self.told(result, book, [{"value": part["title"], "fact": part["iri"]}, {"value": part["page"], "fact": part["iri"]}],
                             f"{where}是“{part['title']}”，从第{part['page']}页开始。", f"理解为：{where}的标题和起始页")
        if CHAPTER_PAGE.search(text):
            return self.told(result, book, [{"value": part["page"], "fact": part["iri"]}], f"{where}“{part['title']}”从第{part['page']}页开始。",
                             f"理解为：{where}的起始页")
        return self.told(result, book, [{"value": part["title"], "fact": part["iri"]}], f"{where}是“{part['title']}”（第{part['page']}页起）。",
                         f"理解为：{where}的标题")

    def missing(self, result: dict, book: dict, asked: str, held: str) -> dict:
        result.update(status="no_fact", template="book_contents", answers=[], sources=[cited(book)],
                      interpretation=f"理解为：《{book['title']}》{asked}",
                      text=f"《{book['title']}》没有{asked}（据目录，{held}）。")
        return result

    def in_lead_record(self, entity: dict) -> bool:
        """国务院 in 1983年国务院确定…由哪个部门牵头: a name the record of a lead itself bears (国务院明确对口支援工作的主管部门)
        names that record, it does not narrow the body asked."""
        return bool(entity.get("text")) and any(entity["text"] in e["eventLabel"] for e in self.leads)

    def pointed(self, text: str) -> dict | None:
        """A chapter pointed at by its title written just before 那章/这一章, a page asked (对口支援新疆那章从第几页开始):
        the chapter whose title (its 第N章 left out, written loosely) ends right before the pointer."""
        if not CHAPTER_PAGE.search(text):
            return None
        if not (pointer := CHAPTER_POINTED.search(text)):
            return self.titled(text)
        before = loose(text[:pointer.start()]).rstrip("的")
        hits = [h for h in self.headings if (t := loose(h["title"])) and before.endswith(t)]
        return max(hits, key=lambda h: len(h["title"]), default=None)

    def titled(self, text: str) -> dict | None:
        """书中论述组团式医疗对口支援者始于第几页: a heading whose whole title (of TITLED_LEAST characters or more) the
        question writes, no pointer after it; the longest such."""
        said = loose(text)
        hits = [h for h in self.headings if len(t := loose(h["title"])) >= TITLED_LEAST and t in said]
        return max(hits, key=lambda h: len(h["title"]), default=None)

    def chapter_of(self, heading: dict, book: dict) -> dict:
        """The chapter a section or part lies in (the heading itself if it is one)."""
        by_iri = {h["iri"]: h for h in self.headings}
        while heading["parent"] != book["book"] and heading["parent"] in by_iri:
            heading = by_iri[heading["parent"]]
        return heading

    def label(self, iri: str) -> str:
        rows = list(self.store.query(LABEL, substitutions={"x": NamedNode(iri)}))
        return rows[0]["l"].value if rows else ""

    def told(self, result: dict, book: dict, answers: list, text: str, meaning: str,
             template: str = "book_contents") -> dict:
        result.update(status="ok", template=template, answers=answers, sources=[cited(book)],
                      interpretation=meaning, text=text)
        return result

    def stages_asked(self, result: dict, text: str, book: dict) -> dict | None:
        """书中把发展历程分成了几个阶段: how many; 第一个阶段叫什么: that one."""
        if found := STAGE_ORDINAL.search(text):
            n = "一二三四1234".index(found.group(1)) % 4 + 1
            stage = next((s for s in self.stages if s["n"] == n), None)
            if stage is None:
                return None
            answers, said = [{"label": stage["label"], "iri": stage["iri"]}], f"第{n}个阶段是{stage['label']}"
            if STAGE_START_ASKED.search(text) and stage["start"] is not None:  # 第二阶段从哪年开始: its first year
                answers, said = [{"value": stage["start"]}], f"第{n}个阶段{stage['label']}从{stage['start']}年开始"
        else:
            answers = [{"value": len(self.stages)}]
            said = f"分为{len(self.stages)}个阶段：" + "；".join(s["label"] for s in self.stages)
        result.update(status="ok", template="book_stages", answers=answers, sources=[cited(book)],
                      interpretation=f"理解为：《{book['title']}》对对口支援发展阶段的划分",
                      text=f"按《{book['title']}》的分期，{said}。")
        return result

    def led_first(self, result: dict) -> dict | None:
        """对口支援第一次由哪个部门牵头: the body of the earliest event that names who led the work."""
        if not self.leads:
            return None
        first = min(e["year"] for e in self.leads)
        return self.led_after(result, f"{first}年")

    def led_after(self, result: dict, text: str) -> dict | None:
        """1992年以后改由哪个部门归口统一领导: the body that led the work from the first event in (or after) the year
        that names one; several bodies of that event are all given."""
        years = find_years(text)
        year = years.get("in") or years.get("after")
        if year is None:
            return None
        later = [e for e in self.leads if e["year"] == year or ("after" in years and e["year"] >= year)]
        if not later:
            return None
        first = min(e["year"] for e in later)
        chosen = [e for e in later if e["year"] == first]
        events = "、".join(sorted({e["eventLabel"] for e in chosen}))
        return leads_answer(result, chosen, f"理解为：{year}年{'以后' if 'after' in years else ''}改由谁牵头领导",
                            lambda bodies: f"{first}年起由{bodies}牵头领导（{events}）。")

    def led_among(self, result: dict, text: str) -> dict | None:
        """对口支援交由国家经委、国家计委、国家民委共同管理时，牵头的是哪一家: the lead of the one record (in the years the
        question names, if any) whose bodies sharing the work include every body the question names."""
        named = {e["iri"] for e in result.get("entities", []) if e.get("type") == "actor"}
        years = find_years(text)
        def dated(e: dict) -> bool:
            return e["year"] == years.get("in", e["year"]) and years.get("after", 0) <= e["year"] < years.get("before", 10000)
        chosen = [e for e in self.leads if named and named <= self.sharers.get(e["event"], set()) and dated(e)]
        if len({e["event"] for e in chosen}) != 1:
            return None
        return leads_answer(result, chosen, f"理解为：{chosen[0]['eventLabel']}中共同负责的机关里谁牵头",
                            lambda bodies: f"{chosen[0]['year']}年起由{bodies}牵头（{chosen[0]['eventLabel']}）。")

    def led_from(self, result: dict) -> dict | None:
        """九二年国务院批了那个请示之后，归口领导的是哪个部委: the body a named meeting or decision put in the lead (an
        event the question dates the change by); None when no event named set a lead."""
        events = {e["iri"] for e in result.get("entities", []) if e.get("type") == "event"}
        chosen = [e for e in self.leads if e["event"] in events]
        if not chosen:
            return None
        named = "、".join(sorted({e["eventLabel"] for e in chosen}))
        return leads_answer(result, chosen, f"理解为：{named}之后由谁牵头领导", lambda bodies: f"{named}之后由{bodies}牵头领导。")


def leads_answer(result: dict, chosen: list[dict], interpretation: str, say) -> dict:
    """The bodies the chosen lead records name (each once), with their events' sources; ``say`` words the sentence
    from the bodies' names."""
    bodies = {e["iri"]: e for e in chosen}
    result.update(status="ok", template="book_lead_after",
                  answers=[{"label": b["label"], "iri": b["iri"]} for b in bodies.values()],
                  sources=list({e["source"]["url"]: e["source"] for e in chosen if e["source"]}.values()),
                  interpretation=interpretation, text=say("、".join(b["label"] for b in bodies.values())))
    return result


def fact_item(asked: str, value, book: dict) -> dict:
    """The answer item of a title-page fact: the editor names their person node as the fact the value comes from; an
    ISBN is given as the book prints it (978-7-5203-2827-2), a price as the amount or as printed, each with its other written
    form in ``also`` — one value in two notations, not two answers."""
    found = {"value": value}
    if asked == "creator" and book.get("person"):
        found["fact"] = book["person"]
    elif asked == "isbn" and book.get("printedIsbn") and str(value) != book["printedIsbn"]:
        found = {"value": book["printedIsbn"], "also": [str(value)]}
    elif asked == "price" and isinstance(value, str) and value.endswith("元"):
        amount = float(value[:-1])
        found["also"] = [int(amount) if amount.is_integer() else amount]
    elif asked == "price":
        found["also"] = [f"{float(value):.2f}元"]
    elif asked in ("published", "prefaceDate") and isinstance(value, str):
        found.update(date_forms(value))  # 前言是什么时候写的: 2018年1月, its year the same date at a year's precision
    return found


def cited(book: dict) -> dict:
    return {"label": f"《{book['title']}》", "url": book["book"], **{k: book[k] for k in ("publisher",) if book[k]},
            **({"date": book["issued"]} if book["issued"] else {})}
