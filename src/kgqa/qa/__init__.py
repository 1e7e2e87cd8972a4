"""Chinese question answering over the graph: normalise → link → cues → template → bind → run → render."""
from .pipeline import QA, ask, qa_for

__all__ = ["QA", "ask", "qa_for"]
