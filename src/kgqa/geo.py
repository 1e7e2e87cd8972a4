"""The base map: vendored province and prefecture outlines (about 2014, see web/static/vendor/README),
matched to our GB/T 2260 codes and sent in ECharts' compressed geometry."""
from __future__ import annotations

import functools
import json
from pathlib import Path

VENDOR = Path(__file__).parent / "web" / "static" / "vendor"


@functools.lru_cache(maxsize=4)
def base_map(wanted: tuple[tuple[str, str], ...]) -> dict:
    provinces = json.loads((VENDOR / "china.json").read_text(encoding="utf-8"))
    cities = json.loads((VENDOR / "china-cities.json").read_text(encoding="utf-8"))
    features = [{"type": "Feature", "properties": {"adcode": f["properties"]["adcode"],
                                                   "name": f["properties"]["name"], "level": "province"},
                 "geometry": encode_geometry(f["geometry"])} for f in provinces["features"]]
    for code, feature in match_prefectures(dict(wanted), cities["features"]).items():
        features.append({"type": "Feature", "geometry": feature["geometry"],
                         "properties": {"adcode": code, "name": feature["properties"]["name"],
                                        "level": "prefecture"}})
    return {"type": "FeatureCollection", "UTF8Encoding": True, "features": features}


@functools.lru_cache(maxsize=1)
def provinces() -> dict[str, tuple[str, list[float] | None]]:
    """Each province's GB/T 2260 code → its short name and centre point (lon, lat) in the vendored map."""
    features = json.loads((VENDOR / "china.json").read_text(encoding="utf-8"))["features"]
    return {f["properties"]["adcode"]: (f["properties"]["name"], f["properties"].get("cp")) for f in features}


def match_prefectures(wanted: dict[str, str], features: list[dict]) -> dict[str, dict]:
    """Our current codes → the (about 2014) features: by code, else by name within the same province
    (林芝市 540400 → 林芝 542600)."""
    by_code = {f["properties"]["adcode"]: f for f in features}
    found = {}
    for code, label in wanted.items():
        feature = by_code.get(code) or next(
            (f for f in features if f["properties"]["adcode"][:2] == code[:2] and label
             and label.startswith(f["properties"]["name"])), None)
        if feature is not None:
            found[code] = feature
    return found


# ECharts' compressed geometry: per ring, an offset and the zigzag-coded deltas of points quantised at
# 1/1024 degree, each number as one character (code + 64). The whole base map is sent this way (a tenth
# of plain GeoJSON); echarts.registerMap decodes it.

def encode_geometry(geometry: dict) -> dict:
    coords = geometry["coordinates"]
    if geometry["type"] == "Polygon":
        rings = [_encode_ring(r) for r in coords]
        return {"type": "Polygon", "coordinates": [r[0] for r in rings], "encodeOffsets": [r[1] for r in rings]}
    polys = [[_encode_ring(r) for r in poly] for poly in coords]
    return {"type": "MultiPolygon", "coordinates": [[r[0] for r in p] for p in polys],
            "encodeOffsets": [[r[1] for r in p] for p in polys]}


def _encode_ring(ring: list[list[float]]) -> tuple[str, list[int]]:
    points = [(round(x * 1024), round(y * 1024)) for x, y in ring]
    out, (px, py) = [], points[0]
    offset = [px, py]
    for x, y in points:
        out.append(chr(_zigzag(x - px) + 64) + chr(_zigzag(y - py) + 64))
        px, py = x, y
    return "".join(out), offset


def _zigzag(n: int) -> int:
    return n << 1 if n >= 0 else ((-n) << 1) - 1


def decode_geometry(geometry: dict) -> dict:
    """The inverse (as ECharts decodes): compressed geometry → GeoJSON coordinates in degrees."""
    offsets, coords = geometry["encodeOffsets"], geometry["coordinates"]
    if geometry["type"] == "Polygon":
        coords = [_decode_ring(r, offsets[i]) for i, r in enumerate(coords)]
    else:
        coords = [[_decode_ring(r, offsets[p][i]) for i, r in enumerate(poly)] for p, poly in enumerate(coords)]
    return {"type": geometry["type"], "coordinates": coords}


def _decode_ring(encoded: str, offset: list[int]) -> list[list[float]]:
    out, x, y = [], offset[0], offset[1]
    for i in range(0, len(encoded), 2):
        dx, dy = ord(encoded[i]) - 64, ord(encoded[i + 1]) - 64
        x += (dx >> 1) ^ -(dx & 1)
        y += (dy >> 1) ^ -(dy & 1)
        out.append([x / 1024, y / 1024])
    return out
