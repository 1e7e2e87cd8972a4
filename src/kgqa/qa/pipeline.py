"""normalise → link entities → detect cues → choose a template → bind → run → render."""
from __future__ import annotations

import dataclasses
import time
import weakref

from . import render
from .frame import Frame, build_frame
from .gazetteer import Gazetteer, Mention
from .normalise import normalise
from .templates import Template, TemplateSet, display_query, load_templates, term

SLOT_KINDS = ("actor", "programme", "event", "stage", "mechanism", "person")
YEAR_SLOTS = ("after", "before", "in")
_CACHE: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


@dataclasses.dataclass
class Binding:
    template: Template
    slots: dict[str, Mention | None]
    values: dict[str, object]


class QA:
    """Answers questions over one store; the gazetteer and source index are built once."""

    def __init__(self, store, templates: TemplateSet | None = None):
        self.store = store
        self.templates = templates or load_templates()
        self.gazetteer = Gazetteer.from_store(store, self.templates.classes)
        self.sources = render.SourceIndex.from_store(store)

    def answer(self, question: str) -> dict:
        started = time.perf_counter()
        result = self._answer(question)
        result["timing_ms"] = round((time.perf_counter() - started) * 1000, 2)
        return result

    def _answer(self, question: str) -> dict:
        text = normalise(question)
        mentions = self.gazetteer.link(text)
        result = render.skeleton(question, text, mentions)
        unclear = [m for m in mentions if m.ambiguous]
        if unclear:
            return render.ambiguous(result, text, unclear[0])
        frame = build_frame(text, mentions, self.templates.cues)
        binding = self.choose(frame)
        if binding is None:
            return render.not_understood(result, frame)
        return self.run(result, binding)

    def choose(self, frame: Frame) -> Binding | None:
        if "nonsupport" in frame.cues:
            return None
        for template in self.templates.templates:
            binding = fit(template, frame)
            if binding is not None:
                return binding
        return None

    def run(self, result: dict, binding: Binding) -> dict:
        if "any" in binding.template.slots.values():
            return self.run_any(result, binding)
        return self.run_one(result, binding)

    def run_any(self, result: dict, binding: Binding) -> dict:
        """Try each meaning of the one name (对口合作: the programme, then the relationship type)."""
        name, mention = next(iter(binding.slots.items()))
        for cand in dict.fromkeys(c.iri for c in mention.candidates):
            attempt = self.run_one(dict(result), dataclasses.replace(binding, values={name: cand}))
            if attempt["status"] == "ok":
                return attempt
        return attempt

    def run_one(self, result: dict, binding: Binding) -> dict:
        t = binding.template
        text = t.query_text(self.templates.prefixes, set(binding.values))
        subs = {k: term(v) for k, v in binding.values.items()}
        rows = list(self.store.query(text, substitutions=subs))
        result["template"] = t.name
        result["sparql"] = display_query(text, binding.values, set(t.optional) - set(binding.values))
        return render.answered(result, binding, rows, self.sources, self.gazetteer.labels)


def fit(t: Template, frame: Frame) -> Binding | None:
    """The template's slots filled from the frame, or None when it does not fit."""
    if not set(t.cues) <= frame.cues or set(t.exclude) & frame.cues:
        return None
    if t.direction and t.direction != frame.direction:
        return None
    slots = fill_slots(t, frame)
    if slots is None:
        return None
    values = {name: m.best[0].iri for name, m in slots.items() if m is not None}
    values.update({k: v for k, v in frame.years.items() if k in t.optional})
    return Binding(t, slots, values)


def fill_slots(t: Template, frame: Frame) -> dict[str, Mention | None] | None:
    wanted = list(t.slots.items())
    if wanted and wanted[0][1] == "any":
        named = [m for m in frame.mentions if m.kind != "class"]
        return {wanted[0][0]: named[0]} if len(named) == 1 else None
    slots: dict[str, Mention | None] = {}
    for kind in SLOT_KINDS + ("class",):
        found = frame.of_kind(kind)
        required = [name for name, k in wanted if k == kind]
        optional = [name for name, k in t.optional.items() if k == kind]
        if len(found) < len(required) or len(found) > len(required) + len(optional[:1]):
            if kind != "class" or required:
                return None
            found = []
        names = required + optional
        slots.update(zip(names, ordered(found, kind, frame)))
    return slots


def ordered(found: list[Mention], kind: str, frame: Frame) -> list[Mention]:
    """Two actors in supporter, recipient order (Y 是否受 X 支援 → X, Y)."""
    if kind == "actor" and len(found) == 2 and frame.direction == "in":
        return found[::-1]
    return found


def qa_for(store) -> QA:
    """The QA of ``store``, built on first use and kept while the store lives."""
    qa = _CACHE.get(store)
    if qa is None:
        qa = _CACHE[store] = QA(store)
    return qa


def ask(store, question: str) -> dict:
    return qa_for(store).answer(question)
