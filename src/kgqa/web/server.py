"""Serving the app under gunicorn (threads per worker: pyoxigraph releases the GIL while querying)."""
from __future__ import annotations

from ..config import Settings


def gunicorn_options(settings: Settings) -> dict:
    return {
        "bind": f"{settings.host}:{settings.port}",
        "workers": settings.workers,
        "threads": settings.threads,
        "worker_class": "gthread",
        "preload_app": True,
        "timeout": int(settings.query_timeout) + 30,
        "graceful_timeout": 5,
        "accesslog": None,
        "errorlog": "-",
        "loglevel": "warning",
        "post_worker_init": start_query_processes,
        "limit_request_line": 8190,  # gunicorn's maximum: long GET queries (POST is limited by --max-body)
    }


def start_query_processes(worker) -> None:
    """In each web worker, before its threads start: fork the query zygote (see kgqa.store.pool)."""
    endpoint = getattr(worker.wsgi, "extensions", {}).get("kgqa_sparql")
    if endpoint is not None:
        endpoint.executor.start()


def serve(settings: Settings) -> None:
    from gunicorn.app.base import BaseApplication

    from . import WARM_UP, create_app

    class Application(BaseApplication):
        def load_config(self):
            for key, value in gunicorn_options(settings).items():
                self.cfg.set(key, value)

        def load(self):
            return create_app(settings, warm_up=WARM_UP)

    print(f"kgqa serving on http://{settings.host}:{settings.port}/ "
          f"({settings.backend} backend, {settings.workers} workers x {settings.threads} threads)", flush=True)
    Application().run()
