"""Actors: resolving the names sources use, and describing divisions, agencies, XPCC units, collectives."""
from __future__ import annotations


from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from ..errors import BuildError
from ..namespaces import DK, ID, SCHEMA, WD
from .divisions import strip_parenthetical
from .graph_common import STATUS, iri, short_forms, short_name, slug


class ActorsMixin:
    """Part of :class:`GraphBuilder`: actor definitions, name resolution and the actors graph."""

    def register_alias(self, name: str, key: str) -> None:
        keys = self.aliases.setdefault(name, [])
        if key not in keys:
            keys.append(key)

    def load_actor_definitions(self) -> None:
        a = self.src.actors
        for group, klass in (("agencies", "CentralAgency"), ("enterprises", "CentralEnterprise"),
                             ("xpcc", "XPCCDivision"), ("collectives", "CollectiveActor")):
            for item in a.get(group, []):
                item = dict(item, klass=item.get("class", klass))
                self.actors[item["key"]] = item
                for name in [item["zh"], *item.get("alt", [])]:
                    self.register_alias(name, item["key"])

    def resolve(self, name: str, context: str = "", where: str = "") -> list[str]:
        """A source's name → actor keys (``div:CODE`` or a defined key)."""
        name = name.strip()
        names = self.src.actors.get("names", {})
        if name in names:
            return list(names[name])
        if name in self.actors:
            return [name]
        for candidate in (name, strip_parenthetical(name)):
            if candidate in self.aliases and len(self.aliases[candidate]) == 1:
                return list(self.aliases[candidate])
            code = self.table.find(candidate, context)
            if code:
                return [f"div:{code}"]
        for prefix in sorted((n for n in self.table.by_name if name.startswith(n) and n != name), key=len, reverse=True):
            code = self.table.find(name[len(prefix):], prefix + context)
            if code and prefix in [self.table.names[c] for c in self.table.ancestors(code)]:
                return [f"div:{code}"]
        if name.endswith(("乡", "镇")) and context:
            county = self.table.find(context.split("/")[-1], context)
            if county:
                key = f"town:{county}:{name}"
                self.actors[key] = {"key": key, "zh": name, "klass": "TownshipLevelDivision", "parent": f"div:{county}"}
                return [key]
        raise BuildError(f"{where}: cannot resolve {name!r} (context {context!r}); "
                         "add it to data/curated/actors.yaml under names")

    def actor_iri(self, key: str) -> URIRef:
        if key.startswith("div:"):
            code = key[4:]
            self.table.get(code)
            self.used_divisions.add(code)
            return iri(f"division/{code}")
        if key.startswith("town:"):
            _, county, name = key.split(":", 2)
            return iri(f"division/{county}-{slug(name)}")
        if key not in self.actors:
            raise BuildError(f"actor key {key!r} is not defined in data/curated/actors.yaml")
        return iri(key)

    def actor_local(self, key: str) -> str:
        return str(self.actor_iri(key))[len(str(ID)):].replace("division/", "").replace("/", "-")

    def emit_actors(self) -> None:
        g = self.graph("actors")
        for row in self.src.admin_ids:
            self.used_divisions.add(row["gb2260_code"])
        for item in self.src.actors.get("historical_names", []):
            self.used_divisions.add(str(item["code"]))  # a former name's owner is a node of its own (色尼区 for 那曲县)
        codes = set(self.used_divisions)
        for code in list(codes):
            codes.update(self.table.ancestors(code))
        qids = {r["gb2260_code"]: r["wikidata_qid"] for r in self.src.admin_ids if r.get("wikidata_qid")}
        abbreviations = {str(k): v for k, v in self.src.actors.get("abbreviations", {}).items()}
        later_names = {str(k): v for k, v in self.src.actors.get("later_names", {}).items()}
        other_names = {str(k): v for k, v in self.src.actors.get("other_names", {}).items()}
        for code in sorted(codes):
            d = self.table.get(code)
            node = iri(f"division/{code}")
            g.add((node, RDF.type, DK[d.klass]))
            g.add((node, RDFS.label, Literal(d.name, lang="zh")))
            g.add((node, SKOS.prefLabel, Literal(d.name, lang="zh")))
            g.add((node, DK.gb2260Code, Literal(code)))
            short = short_name(d.name)
            for alt in short_forms(code, d.name):
                g.add((node, SKOS.altLabel, Literal(alt, lang="zh")))
            if code in later_names:
                g.add((node, SKOS.altLabel, Literal(later_names[code], lang="zh")))
            for name in other_names.get(code, ()):
                g.add((node, SKOS.altLabel, Literal(name, lang="zh")))
            if code in abbreviations:
                g.add((node, DK.abbreviation, Literal(abbreviations[code], lang="zh")))
            g.add((node, DK.pinyin, Literal(slug(short or d.name))))
            if d.parent:
                g.add((node, DK.directlyPartOf, iri(f"division/{d.parent}")))
            if code in qids:
                g.add((node, SKOS.exactMatch, WD[qids[code]]))
            coords = self.table.coordinates(code)
            if coords:
                g.add((node, SCHEMA.longitude, Literal(round(coords[0], 5))))
                g.add((node, SCHEMA.latitude, Literal(round(coords[1], 5))))
        self.emit_historical_names(g)
        for key, item in sorted(self.actors.items()):
            node = self.actor_iri(key)
            g.add((node, RDF.type, DK[item["klass"]]))
            g.add((node, RDFS.label, Literal(item["zh"], lang="zh")))
            g.add((node, SKOS.prefLabel, Literal(item["zh"], lang="zh")))
            if item.get("en"):
                g.add((node, RDFS.label, Literal(item["en"], lang="en")))
            for alt in item.get("alt", []):
                g.add((node, SKOS.altLabel, Literal(alt, lang="zh")))
            g.add((node, DK.pinyin, Literal(slug(item.get("alt", [item["zh"]])[0] if item["klass"] != "CollectiveActor" else item["zh"]))))
            parent = item.get("parent") or item.get("part_of")
            if parent is None and key.startswith("xpcc/"):
                parent = "xpcc"
            if parent:
                g.add((node, DK.directlyPartOf, self.actor_iri(parent)))
            if item.get("city"):
                g.add((node, SKOS.closeMatch, self.actor_iri(item["city"])))
            if item.get("count"):
                g.add((node, DK.memberCount, Literal(int(item["count"]))))
            if item.get("note"):
                g.add((node, DK.note, Literal(item["note"], lang="zh")))
            if item.get("succeeded_by"):
                g.add((self.actor_iri(item["succeeded_by"]), DK.precededBy, node))
        for row in self.src.wikidata_extra:
            keys = self.aliases.get(row["name"]) or [f"div:{c}" for c in self.table.by_name.get(row["name"], [])]
            if len(keys) == 1 and (keys[0] in self.actors or keys[0][4:] in codes):
                g.add((self.actor_iri(keys[0]), SKOS.exactMatch, WD[row["qid"].strip()]))

    def emit_historical_names(self, g: Graph) -> None:
        for item in self.src.actors.get("historical_names", []):
            code = str(item["code"])
            self.table.get(code)
            node = iri(f"division/{code}/name/{slug(item['name'])}")
            owner = iri(f"division/{code}")
            g.add((owner, DK.historicalName, node))
            g.add((owner, SKOS.hiddenLabel, Literal(item["name"], lang="zh")))
            g.add((node, RDF.type, DK.HistoricalName))
            g.add((node, RDFS.label, Literal(item["name"], lang="zh")))
            if item.get("until"):
                g.add((node, DK.endYear, Literal(int(item["until"]))))
            if item.get("former_code"):
                g.add((node, DK.formerCode, Literal(str(item["former_code"]))))
            if item.get("note"):
                g.add((node, DK.note, Literal(item["note"], lang="zh")))
            g.add((node, DK.verificationStatus, DK[STATUS[item["status"]]]))
            cited = self.cite_urls(g, node, item.get("sources", []))
            if item.get("evidence") or not cited:
                g.add((node, DCTERMS.source, self.evidence(f"name-{code}-{slug(item['name'])}", item["evidence"], "README.md")))

