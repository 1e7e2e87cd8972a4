#!/usr/bin/env python3
"""Turn an ECharts map file (ECharts' compressed "UTF8Encoding" GeoJSON, as
shipped in echarts<=4.9 map/json/) into what vendor/ serves.

Default: decode the geometry into plain GeoJSON (same algorithm as
echarts/lib/coord/geo/parseGeoJson.js decode/decodeRing: zigzag + delta code,
quantised by UTF8Scale, default 1024 => ~0.001 deg), coordinates rounded to
--digits decimals.
--keep-encoding: leave the geometry compressed (echarts.registerMap decodes it).

Both modes copy each feature's id into properties.adcode (GB/T 2260 code), so
ECharts series can join on it with nameProperty: 'adcode'.

usage: decode_echarts_geojson.py IN.json OUT.json [--digits 4] [--keep-encoding]
"""
import argparse
import json


def decode_ring(s, offs, scale):
    out, px, py = [], offs[0], offs[1]
    for i in range(0, len(s), 2):
        x = ord(s[i]) - 64
        y = ord(s[i + 1]) - 64
        x = (x >> 1) ^ -(x & 1)
        y = (y >> 1) ^ -(y & 1)
        x += px
        y += py
        px, py = x, y
        out.append([x / scale, y / scale])
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("dst")
    ap.add_argument("--digits", type=int, default=4)
    ap.add_argument("--keep-encoding", action="store_true")
    a = ap.parse_args()
    with open(a.src, encoding="utf-8") as fh:
        d = json.load(fh)

    if a.keep_encoding:
        for f in d["features"]:
            props = f.setdefault("properties", {})
            fid = f.get("id", props.get("id"))
            if fid is not None:
                props.setdefault("adcode", str(fid))
        out = d
    else:
        scale = d.get("UTF8Scale") or 1024
        encoded = bool(d.get("UTF8Encoding"))

        def rnd(ring):
            return [[round(x, a.digits), round(y, a.digits)] for x, y in ring]

        feats = []
        for f in d["features"]:
            g = f["geometry"]
            offs = g.get("encodeOffsets")
            t, c = g["type"], g["coordinates"]
            if encoded and offs is not None:
                if t == "LineString":
                    c = decode_ring(c, offs, scale)
                elif t in ("Polygon", "MultiLineString"):
                    c = [decode_ring(r, offs[i], scale) for i, r in enumerate(c)]
                elif t == "MultiPolygon":
                    c = [[decode_ring(r, offs[p][i], scale) for i, r in enumerate(poly)]
                         for p, poly in enumerate(c)]
            if t == "LineString":
                c = rnd(c)
            elif t in ("Polygon", "MultiLineString"):
                c = [rnd(r) for r in c]
            elif t == "MultiPolygon":
                c = [[rnd(r) for r in poly] for poly in c]
            props = dict(f.get("properties") or {})
            fid = f.get("id", props.get("id"))
            if fid is not None:
                props.setdefault("adcode", str(fid))
            feats.append({"type": "Feature", "id": fid, "properties": props,
                          "geometry": {"type": t, "coordinates": c}})
        out = {"type": "FeatureCollection", "features": feats}

    with open(a.dst, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main()
