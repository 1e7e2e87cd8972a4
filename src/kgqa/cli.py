"""The ``kgqa`` command line: thin shells over plain functions.

Settings flags are generated from :data:`kgqa.config.SETTINGS`, so each setting is declared once and
read from a flag or a ``KGQA_*`` variable in one place.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .config import PROJECT_ROOT, SETTINGS, load_settings
from .errors import KgqaError


def settings_options(names: tuple[str, ...] | None = None):
    """Click options for the named settings (all by default); values land in ``overrides``."""
    def decorate(fn):
        for s in reversed([s for s in SETTINGS if names is None or s.name in names]):
            kwargs = {"default": None, "help": f"{s.help} [env {s.env}; default {s.default!r}]"}
            if s.multiple:
                kwargs.update(multiple=True, default=())
            elif s.type in (int, float):
                kwargs["type"] = s.type
            elif s.type is bool:
                kwargs["is_flag"] = True
            fn = click.option(s.flag, s.name, **kwargs)(fn)
        return fn
    return decorate


def settings_from(kwargs: dict):
    names = {s.name for s in SETTINGS}
    try:
        return load_settings({k: v for k, v in kwargs.items() if k in names})
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None


def fail(exc: KgqaError) -> None:
    click.echo(f"error: {exc.message}", err=True)
    sys.exit(2 if exc.status < 500 else 1)


@click.group()
@click.version_option(package_name="kgqa")
def main() -> None:
    """对口支援 knowledge graph: build, validate, query and serve it."""


@main.command()
@click.option("--no-reason", is_flag=True, help="derive inferences without running HermiT (no Java needed)")
@click.option("--out", type=click.Path(path_type=Path), default=None, help="output folder (default triples/)")
@click.option("--store", type=click.Path(path_type=Path), default=None,
              help="also bulk-load the triples into an on-disk pyoxigraph store at this path")
def build(no_reason: bool, out: Path | None, store: Path | None) -> None:
    """Turn the curated sources in data/ into validated triples in triples/."""
    from .build import BuildError, build as run_build

    try:
        report = run_build(PROJECT_ROOT, out, use_reasoner=not no_reason)
    except BuildError as exc:
        fail(exc)
    click.echo(f"wrote {len(report.files)} files, {report.triples} triples, {report.pairings} pairings "
               f"({report.reasoning.reasoner}: {report.reasoning.inferred} inferred in {report.reasoning.seconds:.1f}s)")
    click.echo(f"reference rows withheld: {len(report.withheld)}, read as partial (only unattributed copies): "
               f"{len(report.demoted)}; see {report.report_file}")
    for item in report.withheld:
        click.echo(f"  withheld {item['row']}: {item['supporter']} → {item['recipient']}: {item['reason']}")
    if report.mechanisms:
        m = report.mechanisms
        click.echo(f"mechanisms: {m.rows} reference rows ({', '.join(f'{n} {k}' for k, n in sorted(m.by_status.items()))}) "
                   f"→ {m.facts} facts; left out: {len(m.left_out)}")
        for line in m.left_out:
            click.echo(f"  left out {line}")
    if out is None:
        from .dumps import write_dumps
        from .store.embedded import EmbeddedStore, data_files

        files = data_files(PROJECT_ROOT / "triples", PROJECT_ROOT / "ontology" / "duikou.ttl")
        manifest = write_dumps(EmbeddedStore.from_files(files), PROJECT_ROOT / "dumps")
        click.echo(f"dumps: {', '.join(sorted(manifest.get('files', manifest)))} in dumps/")
    if store is not None:
        from .indexes import build_store

        info = build_store(store, out or PROJECT_ROOT / "triples", PROJECT_ROOT / "ontology" / "duikou.ttl")
        click.echo(f"store {store}: {info['triples']} quads, version {info['version']}")


@main.command()
@click.option("--triples", type=click.Path(path_type=Path), default=None, help="folder to validate (default triples/)")
def validate(triples: Path | None) -> None:
    """Check triples/ against the SHACL shapes; one line per violation, non-zero exit if any."""
    from .build import check

    violations = check(PROJECT_ROOT, triples)
    for v in violations:
        click.echo(str(v))
    if violations:
        click.echo(f"{len(violations)} violations", err=True)
        sys.exit(1)
    click.echo("conforms")


@main.command()
@settings_options(("backend", "endpoint", "store", "data_dir", "ontology"))
@click.option("--json", "as_json", is_flag=True, help="print JSON")
def stats(as_json: bool, **kwargs) -> None:
    """Triples, entities per class, pairings per programme and per status."""
    from .stats import graph_stats
    from .store import open_store

    try:
        result = graph_stats(open_store(settings_from(kwargs)))
    except KgqaError as exc:
        fail(exc)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    click.echo(f"triples: {result['triples']}")
    for section in ("classes", "programmes", "statuses"):
        click.echo(f"\n{section}:")
        for row in result[section]:
            click.echo(f"  {row['count']:>6}  {row['label']}")


@main.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "file", type=click.File(encoding="utf-8"), help="read the query from a file")
@click.option("--format", "fmt", default="csv", show_default=True,
              help="result format: json, xml, csv, tsv (SELECT/ASK); ttl, nt, jsonld, rdf (CONSTRUCT/DESCRIBE)")
@settings_options(("backend", "endpoint", "store", "data_dir", "ontology"))
def query(sparql: str | None, file, fmt: str, **kwargs) -> None:
    """Run a SPARQL query against the store and print the results."""
    from .sparql import run_to_bytes
    from .store import open_store

    text = file.read() if file else sparql
    if not text:
        raise click.UsageError("give a query or --file")
    try:
        body = run_to_bytes(open_store(settings_from(kwargs)), text, fmt)
    except KgqaError as exc:
        fail(exc)
    sys.stdout.buffer.write(body)


@main.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="print the answer JSON")
@settings_options(("backend", "endpoint", "store", "data_dir", "ontology"))
def ask(question: str, as_json: bool, **kwargs) -> None:
    """Answer a Chinese question about paired assistance."""
    from .qa import ask as run_ask
    from .store import open_store

    try:
        result = run_ask(open_store(settings_from(kwargs)), question)
    except KgqaError as exc:
        fail(exc)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    click.echo(result["text"])
    if result["interpretation"]:
        click.echo(f"  {result['interpretation']}")
    for source in result["sources"]:
        click.echo(f"  来源：{source['label']} <{source['url']}>")
    for option in result["clarify"]:
        click.echo(f"  您是指：{option['question']}")


@main.command("eval")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="print the summary as JSON")
@click.option("--by-family", is_flag=True, help="add a table per question type: n, macro F1, accuracy, and refusals")
@settings_options(("backend", "endpoint", "store", "data_dir", "ontology"))
def evaluate(file: Path, as_json: bool, by_family: bool, **kwargs) -> None:
    """Score the question answering on a question set: macro P/R/F1, refusals, latency."""
    from .qa import qa_for
    from .qa.evaluate import by_family as families_of, evaluate as run_eval, family_table, load_questions, report
    from .store import open_store

    try:
        summary, scored = run_eval(qa_for(open_store(settings_from(kwargs))), load_questions(file))
    except KgqaError as exc:
        fail(exc)
    if by_family:
        summary["by_family"] = families_of(scored)
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False, indent=2))
        return
    click.echo(report(summary) + ("\nby family:\n" + family_table(summary["by_family"]) if by_family else ""))


@main.command()
@click.option("--update-endpoint", default=None, help="SPARQL Update URL, if not the --endpoint itself")
@settings_options(("endpoint", "data_dir", "ontology"))
def load(update_endpoint: str | None, **kwargs) -> None:
    """Load triples/ (+ ontology) into a SPARQL 1.1 store, one named graph per file, over SPARQL Update."""
    from .store.embedded import data_files
    from .store.load import load_endpoint

    settings = settings_from(kwargs)
    url = update_endpoint or settings.endpoint
    if not url:
        raise click.UsageError("give --endpoint URL (or KGQA_ENDPOINT)")
    ontology = Path(settings.ontology) if settings.ontology else None
    try:
        info = load_endpoint(url, data_files(Path(settings.data_dir), ontology))
    except KgqaError as exc:
        fail(exc)
    click.echo(f"loaded {info['triples']} triples into {info['graphs']} graphs at {url}")


@main.command()
@settings_options()
def serve(**kwargs) -> None:
    """Run the web service (SPARQL endpoint, linked data, questions) under gunicorn."""
    from .web.server import serve as run_server

    try:
        run_server(settings_from(kwargs))
    except KgqaError as exc:
        fail(exc)


@main.command()
@settings_options(("backend", "endpoint", "store", "cache_dir"))
def index(**kwargs) -> None:
    """Build and save the name lookup index and the question answerer's gazetteer of a store (an on-disk
    --store, or a remote --endpoint: saved in --cache-dir), so no worker builds its own."""
    from .store import open_store
    from .indexes import rebuild_indexes

    try:
        info = rebuild_indexes(open_store(settings_from(kwargs)))
    except KgqaError as exc:
        fail(exc)
    click.echo(f"lookup index: {info['lookup']} ({info['lookup_s']} s); gazetteer: {info['gazetteer']} "
               f"({info['gazetteer_s']} s)")


@main.command()
@click.option("--out", type=click.Path(path_type=Path), default=None, help="output folder (default: dumps/ beside triples/)")
@settings_options(("backend", "endpoint", "store", "data_dir", "ontology"))
def dump(out: Path | None, **kwargs) -> None:
    """Write the whole graph as gzipped N-Quads and Turtle, with version and SHA-256 (MANIFEST.json)."""
    from .dumps import dumps_dir, write_dumps
    from .store import open_store

    settings = settings_from(kwargs)
    try:
        manifest = write_dumps(open_store(settings), out or dumps_dir(settings))
    except KgqaError as exc:
        fail(exc)
    for name, entry in manifest["files"].items():
        click.echo(f"{name}: {entry['statements']} statements, {entry['bytes']} bytes, sha256 {entry['sha256']}")
    click.echo(f"version {manifest['version']}")


if __name__ == "__main__":  # pragma: no cover
    main()
