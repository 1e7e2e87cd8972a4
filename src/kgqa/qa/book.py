"""The seed book's own facts (its editor, publisher, year and ISBN, from the bibo:Book node): a question that points
at the book (by its title, 这本书, 那本…报告) and asks one of them is answered with that value, the book as its source;
a part of the front matter the graph does not hold (前言的作者) is said to be missing, never guessed."""
from __future__ import annotations

from .vocabulary import BOOK_ASKED, BOOK_NAMED, BOOK_NOT_HELD, BOOK_ROLE_WORDS

BOOK = """PREFIX bibo: <http://purl.org/ontology/bibo/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?book ?title ?creator ?publisher ?issued ?isbn WHERE {
  ?book a bibo:Book ; dcterms:title ?title .
  OPTIONAL { ?book dcterms:creator ?creator } OPTIONAL { ?book dcterms:publisher ?publisher }
  OPTIONAL { ?book dcterms:issued ?issued } OPTIONAL { ?book bibo:isbn13 ?isbn } }"""
ASKED_ZH = {"creator": "主编", "publisher": "出版社", "issued": "出版年份", "isbn": "ISBN"}


class BookQA:
    def __init__(self, store):
        self.books = [{k: (r[k].value if r[k] is not None else None) for k in ("book", "title", "creator", "publisher",
                                                                            "issued", "isbn")} for r in store.query(BOOK)]

    def answer(self, result: dict, text: str) -> dict | None:
        book = self.named(text)
        if book is None:
            return None
        if BOOK_NOT_HELD.search(text):
            result.update(status="no_fact", interpretation=f"理解为：关于《{book['title']}》的问题",
                          text=f"图谱只记录了《{book['title']}》的{'、'.join(ASKED_ZH.values())}，没有这一项。")
            return result
        asked = next((key for key, pattern in BOOK_ASKED if pattern.search(text)), None)
        if asked is None or book.get(asked) is None:
            return None
        value = book[asked]
        if asked == "creator":  # 任维德 主编: the person, the role said in the sentence
            value = " ".join(w for w in value.split() if w not in BOOK_ROLE_WORDS) or value
        elif asked == "issued":
            value = int(value[:4])
        result.update(status="ok", template="book_fact", answers=[{"value": value}],
                      sources=[{"label": f"《{book['title']}》", "url": book["book"],
                                **{k: book[k] for k in ("publisher",) if book[k]},
                                **({"date": book["issued"]} if book["issued"] else {})}],
                      interpretation=f"理解为：《{book['title']}》的{ASKED_ZH[asked]}",
                      text=f"《{book['title']}》的{ASKED_ZH[asked]}：{value}。")
        return result

    def named(self, text: str) -> dict | None:
        """The one book the question points at: its full title, or (the graph holding one book) 这本书/那本报告."""
        for book in self.books:
            if book["title"] in text:
                return book
        return self.books[0] if len(self.books) == 1 and BOOK_NAMED.search(text) else None
