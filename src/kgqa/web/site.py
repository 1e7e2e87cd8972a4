"""What every HTML page shares: the language it is in, the header's links, the footer (licence, data
version, how to cite). Registered once on the app; the templates extend ``base.html``.

The language rule (one function, :func:`choose_lang`): ``?lang=zh|en`` first (and remembered in the
``lang`` cookie for a year), then that cookie, then Accept-Language — but only when it names both Chinese
and English and ranks English higher. Everything else is Chinese: a browser that sends English alone
(chromium's default ``en-US``) says what its locale is, not that its reader wants this Chinese dataset in
English, so it gets Chinese and a switch to English.
"""
from __future__ import annotations

from urllib.parse import urlencode

from flask import Flask, Response, current_app, request

LANGS = ("zh", "en")
COOKIE = "lang"
COOKIE_AGE = 365 * 24 * 3600
LICENCE = "https://creativecommons.org/licenses/by/4.0/"
SITE_URL = "https://w3id.org/duikou/"
# The header's links, in order: (path, zh, en). Every page shows all of them.
NAV = (("/", "问答", "Ask"), ("/programme/", "援助计划", "Programmes"), ("/map", "地图", "Map"),
       ("/network", "网络", "Network"), ("/timeline", "时间线", "Timeline"), ("/sparql", "SPARQL", "SPARQL"),
       ("/ontology", "本体", "Ontology"), ("/dumps/", "数据下载", "Downloads"))
CHROME = {
    "zh": {"brand": "对口支援知识图谱", "skip": "跳到正文", "nav": "站点导航", "switch": "语言", "licence": "数据许可",
           "version": "数据版本", "cite": "如何引用", "cite_text": "对口支援知识图谱（数据版本 {version}），{url}，CC BY 4.0。"},
    "en": {"brand": "Paired-assistance knowledge graph", "skip": "Skip to content", "nav": "Site", "switch": "Language",
           "licence": "Data licence", "version": "data version", "cite": "How to cite",
           "cite_text": "Paired-assistance (对口支援) knowledge graph, data version {version}, {url}, CC BY 4.0."},
}


def choose_lang(arg: str | None, cookie: str | None, accept: list[tuple[str, float]]) -> str:
    """``zh`` or ``en`` from the ``lang`` argument, the cookie, then the Accept-Language pairs (see above)."""
    for chosen in (arg, cookie):
        if chosen in LANGS:
            return chosen
    best: dict[str, float] = {}
    for tag, q in accept:
        primary = tag.split("-")[0].split("_")[0].lower()
        if primary in LANGS:
            best[primary] = max(best.get(primary, 0.0), q)
    return "en" if best.get("zh", 0) > 0 and best.get("en", 0) > best["zh"] else "zh"


def page_lang() -> str:
    """The language of the page being answered."""
    return choose_lang(request.args.get("lang"), request.cookies.get(COOKIE), list(request.accept_languages))


def page_langs() -> tuple[str, ...]:
    """The page's language first, then the other: the order labels are picked in."""
    first = page_lang()
    return (first,) + tuple(lang for lang in LANGS if lang != first)


def lang_variant() -> tuple:
    """For :func:`kgqa.web.cache.cached_page`: a page's text depends on its language."""
    return (page_lang(),)


def switch_url(lang: str) -> str:
    """This page in ``lang``: the same path and arguments with ``lang`` set."""
    args = [(k, v) for k, v in request.args.items(multi=True) if k != "lang"] + [("lang", lang)]
    return request.path + "?" + urlencode(args)


def citation(version: str, lang: str) -> str:
    return CHROME[lang]["cite_text"].format(version=version, url=SITE_URL)


def context() -> dict:
    """What ``base.html`` needs, for every template."""
    lang = page_lang()
    version = current_app.extensions["kgqa_store"].data_version
    nav = [{"href": href, "text": zh if lang == "zh" else en, "current": _current(href)} for href, zh, en in NAV]
    return {"site": {"lang": lang, "chrome": CHROME[lang], "nav": nav, "version": version, "licence": LICENCE,
                     "citation": citation(version, lang),
                     "switch": [{"lang": code, "text": "中文" if code == "zh" else "English",
                                 "href": switch_url(code), "current": code == lang} for code in LANGS]}}


def _current(href: str) -> bool:
    return request.path == href or (href not in ("/",) and request.path.startswith(href.rstrip("/") + "/")
                                    and href != "/sparql")


def remember_lang(response: Response) -> Response:
    """``?lang=`` sets the cookie; every HTML page varies by the headers its language comes from."""
    chosen = request.args.get("lang")
    if chosen in LANGS and request.cookies.get(COOKIE) != chosen:
        response.set_cookie(COOKIE, chosen, max_age=COOKIE_AGE, samesite="Lax", httponly=True)
    if response.mimetype == "text/html":
        response.vary.update(("Accept-Language", "Cookie"))
    return response


def register(app: Flask) -> None:
    from ..programmes import source_text

    app.context_processor(context)
    app.add_template_filter(source_text)
    app.after_request(remember_lang)
