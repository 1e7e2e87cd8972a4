"""Errors that carry their HTTP status. One handler renders them (JSON for APIs, HTML for pages)."""
from __future__ import annotations


class KgqaError(Exception):
    """Base of every error we raise on purpose. ``status`` is the HTTP status it maps to."""

    status = 500
    code = "internal_error"

    def __init__(self, message: str, *, detail: dict | None = None):
        super().__init__(message)
        self.message = message
        self.detail = detail or {}

    def to_dict(self) -> dict:
        return {"error": self.code, "message": self.message, **self.detail}


class BadRequest(KgqaError):
    status, code = 400, "bad_request"


class QuerySyntaxError(BadRequest):
    code = "query_syntax_error"


class Forbidden(KgqaError):
    status, code = 403, "forbidden"


class NotFound(KgqaError):
    status, code = 404, "not_found"


class NotAcceptable(KgqaError):
    status, code = 406, "not_acceptable"


class PayloadTooLarge(KgqaError):
    status, code = 413, "payload_too_large"


class UnsupportedMediaType(KgqaError):
    status, code = 415, "unsupported_media_type"


class TooManyRequests(KgqaError):
    status, code = 429, "too_many_requests"

    def __init__(self, message: str, *, retry_after: int, detail: dict | None = None):
        super().__init__(message, detail=detail)
        self.retry_after = retry_after


class QueryTimeout(KgqaError):
    status, code = 503, "query_timeout"


class AnswerTooLarge(KgqaError):
    """An answer over a limit it cannot be cut to (a single row too large to write)."""
    status, code = 503, "answer_too_large"


class QueryMemory(KgqaError):
    """The query process needed more memory than --query-memory (RLIMIT_AS) and was stopped."""
    status, code = 503, "query_memory"


class BackendUnavailable(KgqaError):
    status, code = 502, "backend_unavailable"


class BackendTimeout(KgqaError):
    status, code = 504, "backend_timeout"


class BuildError(KgqaError):
    """The build refused bad source data; the message says which file and row."""

    code = "build_error"
