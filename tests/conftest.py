"""Shared fixtures: the real graph in an in-memory store (loaded once), the app and its test client."""
from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest

from kgqa.config import PROJECT_ROOT, load_settings
from kgqa.store.embedded import EmbeddedStore, data_files

ROOT = PROJECT_ROOT


@pytest.fixture(scope="session")
def settings(tmp_path_factory):
    """The defaults, with the disk cache in a folder of this run (entity pages are shared through it: a
    page saved by an earlier run would answer this one's first request)."""
    return load_settings(environ={"KGQA_CACHE_DIR": str(tmp_path_factory.mktemp("kgqa-cache"))})


@pytest.fixture(scope="session")
def store():
    return EmbeddedStore.from_files(data_files(ROOT / "triples", ROOT / "ontology" / "duikou.ttl"))


@pytest.fixture(scope="session")
def app(settings, store):
    from kgqa.web import create_app

    app = create_app(settings, store=store)
    app.config["TESTING"] = True
    return app


@pytest.fixture()
def client(app):
    return app.test_client()


# Browser tests: Debian's chromium driven by Playwright from PyPI (never `playwright install`), with the
# flags that keep it off the network; skipped when either is missing.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync",
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]


@pytest.fixture(scope="module")
def server(app):
    """The app on a loopback port for the module's tests, stopped afterwards."""
    from .support import loopback_app

    with loopback_app(app) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no {CHROMIUM} (apt-get install chromium fonts-wqy-zenhei)")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


# Skips: outside CI one line at the end says what did not run and why; in CI (CI=true, as .ci/run has it)
# a suite that CI is meant to run but could not (the W3C suite beside the project, chromium, Virtuoso,
# Java, a test dependency) fails the run. Only skips whose reason starts with "opt-in:" are allowed there.
_SKIPS: Counter = Counter()


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def pytest_runtest_logreport(report):
    if report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        _SKIPS[reason.removeprefix("Skipped: ")] += 1


def _forbidden() -> Counter:
    return Counter({r: n for r, n in _SKIPS.items() if not r.startswith("opt-in:")}) if _in_ci() else Counter()


def pytest_sessionfinish(session, exitstatus):
    if _forbidden() and exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter):
    if not _SKIPS:
        return
    parts = "; ".join(f"{n} × {reason}" for reason, n in _SKIPS.most_common())
    terminalreporter.write_line(f"kgqa: {sum(_SKIPS.values())} tests skipped — {parts}", yellow=True)
    if _forbidden():
        terminalreporter.write_line("kgqa: CI=true and a suite CI must run was skipped: the run fails "
                                    "(install what is missing; see the reasons above)", red=True, bold=True)
