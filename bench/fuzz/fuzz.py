"""Coverage-guided fuzzing (atheris) of the query pre-checks and the question pipeline. Not in CI.

    python3 bench/fuzz/fuzz.py guard -runs=200000            # kgqa.guard.check on any text
    python3 bench/fuzz/fuzz.py question -max_total_time=120  # kgqa.qa answer + the /api/ask and / pages

Both stop on the first finding (a crash: an exception that is not one of our 4xx errors, a 5xx page,
an unescaped payload) and write the input to ``bench/fuzz/crash-*``; always bound a run with ``-runs`` or
``-max_total_time``. The corpus folder ``bench/fuzz/corpus-TARGET`` is created and grows between runs.
"""
from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from kgqa import guard
    from kgqa.errors import KgqaError

HERE = Path(__file__).resolve().parent
SEEDS = {
    "guard": ["SELECT * WHERE { ?s ?p ?o }", "PREFIX e: <http://x/> SELECT * { SERVICE e:y { ?s ?p ?o } }",
              "INSERT DATA { <a> <b> <c> }", 'ASK { ?s ?p """{{{""" } # DROP', "BASE <http://x/> SELECT * FROM <g> {}"],
    "question": ["北京对口支援哪些地区？", "哪些省市对口援疆？", "上海市对口支援日喀则市吗", "<script>alert(1)</script>援藏"],
}


def text_of(data: bytes) -> str:
    return atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))


def fuzz_guard(data: bytes) -> None:
    text = text_of(data)
    try:
        guard.check(text, held_graphs=("urn:g",), service_allow=("http://allowed.example/",))
    except KgqaError as exc:
        if exc.status not in (400, 403):
            raise


def question_target():
    from kgqa.config import PROJECT_ROOT, load_settings
    from kgqa.store.embedded import EmbeddedStore, data_files

    with atheris.instrument_imports(include=["kgqa"]):
        from kgqa.qa import qa_for
        from kgqa.web import create_app

    store = EmbeddedStore.from_files(data_files(PROJECT_ROOT / "triples", PROJECT_ROOT / "ontology" / "duikou.ttl"))
    qa = qa_for(store)
    app = create_app(load_settings(environ={}), store=store)
    app.config["TESTING"] = True
    client = app.test_client()

    def fuzz_question(data: bytes) -> None:
        text = text_of(data) + "<i>x</i>"
        result = qa.answer(text)
        assert result["status"] in {"ok", "no_entity", "no_template", "no_fact", "ambiguous"}, result
        page = client.get("/", query_string={"q": text})
        assert page.status_code == 200 and "<i>x</i>" not in page.get_data(as_text=True)
        assert client.get("/api/ask", query_string={"q": text}).status_code == 200

    return fuzz_question


def main() -> None:
    target = sys.argv[1] if len(sys.argv) > 1 else ""
    if target not in SEEDS:
        sys.exit(__doc__)
    corpus = HERE / f"corpus-{target}"
    corpus.mkdir(exist_ok=True)
    for i, seed in enumerate(SEEDS[target]):
        (corpus / f"seed-{i}").write_text(seed, encoding="utf-8")
    fn = fuzz_guard if target == "guard" else question_target()
    flags = sys.argv[2:]
    if not any(f.startswith("-artifact_prefix=") for f in flags):
        flags.append(f"-artifact_prefix={HERE}/")  # crash-* files land here, not in the current folder
    atheris.Setup([sys.argv[0], *flags, str(corpus)], fn)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
