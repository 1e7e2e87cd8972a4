"""城市 as the kind asked (哪些城市帮扶贵州, 帮扶遵义的城市是哪个): a city of any rank — a municipality, a 计划单列市, a
prefecture- or county-level city, and a municipality's districts where they pair in its stead — never a province or an
autonomous region that is not a municipality, a ministry or a firm (the reading every studied writer golds, tests/qa/README
"Conventions decided, session 14"). The answer of a list question keeps its cities; the others are named as left out."""
from __future__ import annotations

from pyoxigraph import NamedNode

from ..store.binding import with_values
from .vocabulary import CITY_ASKED, CITY_NOT_ONLY

NOT_CITIES = """PREFIX dk: <https://w3id.org/duikou/ontology#>
SELECT DISTINCT ?x WHERE { { ?x a dk:ProvinceLevelDivision FILTER NOT EXISTS { ?x a dk:Municipality } }
  UNION { ?x a dk:CentralAgency } UNION { ?x a dk:CentralEnterprise } }"""


def cities_only(store, result: dict, text: str) -> dict:
    """The list answer of a question asking for 城市, without its provinces, ministries and firms (unchanged when the
    question asks for provinces too — 省和城市, 省市 —, when the answer is no list of actors, or when nothing else is left)."""
    if result.get("status") != "ok" or not CITY_ASKED.search(text) or CITY_NOT_ONLY.search(text):
        return result
    answers = result.get("answers") or []
    iris = [a.get("iri") for a in answers]
    if not answers or any(i is None or "value" in a for i, a in zip(iris, answers)):
        return result
    terms = [NamedNode(i) for i in dict.fromkeys(iris)]  # (the answer's own IRIs, as one VALUES block: store.binding)
    others = {str(r["x"].value) for r in store.query(with_values(NOT_CITIES, "x", terms))}
    kept = [a for a in answers if a["iri"] not in others]
    if not others or not kept:
        return result
    left = "、".join(a.get("label", a["iri"]) for a in answers if a["iri"] in others)
    names = "、".join(a.get("label", a["iri"]) for a in kept)
    return {**result, "answers": kept,
            "interpretation": result.get("interpretation", "") + f"；“城市”只列城市（直辖市、计划单列市、地级市、县级市），未列{left}",
            "text": f"其中的城市：{names}。（{left}不是城市，未列入。）" + result.get("text", "")}
