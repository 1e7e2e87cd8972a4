#!/usr/bin/env bash
# Rebuild src/kgqa/web/static/vendor/ from the pinned npm packages in
# package.json / package-lock.json (next to this script).
#
#   bash src/kgqa/web/static/vendor/_build/build.sh            # scratch dir /tmp/vendor-build
#   WORK=/some/dir bash src/kgqa/web/static/vendor/_build/build.sh
#
# Needs: node + npm (tested with node 20.20 / npm 11.19), python3, sha256sum.
# Nothing here runs package install scripts; node_modules stays in $WORK and
# must never be committed.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
VENDOR=$(dirname "$HERE")
WORK=${WORK:-/tmp/vendor-build}

mkdir -p "$WORK"
cp "$HERE/package.json" "$HERE/package-lock.json" "$WORK/"
cd "$WORK"
npm ci --ignore-scripts --no-audit --no-fund
NM="$WORK/node_modules"

# ---------------------------------------------------------------- YASGUI
# Upstream UMD build, copied as is except that the trailing
# "//# sourceMappingURL=..." line is dropped (the .map is not vendored, so the
# comment would only make browser devtools request a file that 404s).
mkdir -p "$VENDOR/yasgui"
sed '/^\/\/# sourceMappingURL=/d' "$NM/@zazuko/yasgui/build/yasgui.min.js" > "$VENDOR/yasgui/yasgui.min.js"
cp "$NM/@zazuko/yasgui/build/yasgui.min.css" "$VENDOR/yasgui/yasgui.min.css"
# yasgui/LICENSE is kept in git (the npm package ships no licence file; the
# text is upstream's LICENSE.txt, see README.md). The bundled third-party
# packages are listed by the build's own source map:
node "$HERE/third_party_licenses.mjs" "$NM" "$NM/@zazuko/yasgui/build/yasgui.min.js.map" \
  "@zazuko/yasgui 4.6.2 build/yasgui.min.js" > "$VENDOR/yasgui/THIRD-PARTY-LICENSES.txt"

# ---------------------------------------------------------------- ECharts
mkdir -p "$VENDOR/echarts"
cp "$NM/echarts/dist/echarts.min.js" "$VENDOR/echarts/echarts.min.js"
cp "$NM/echarts/LICENSE" "$VENDOR/echarts/LICENSE"
cp "$NM/echarts/NOTICE" "$VENDOR/echarts/NOTICE"
cp "$NM/echarts/licenses/LICENSE-d3" "$VENDOR/echarts/LICENSE-d3"
cp "$NM/zrender/LICENSE" "$VENDOR/echarts/LICENSE-zrender"
cp "$NM/tslib/LICENSE.txt" "$VENDOR/echarts/LICENSE-tslib"

# ---------------------------------------------------------------- China map
# Map data shipped in the Apache ECharts 4.9.0 npm package (removed from
# ECharts >= 5). Province map: decoded from ECharts' compressed format into
# plain GeoJSON. Prefecture map: geometry left in ECharts' compressed format
# (decoded it would be ~10 MB; echarts.registerMap() decodes it itself). Both
# get properties.adcode (= the feature id) added.
mkdir -p "$VENDOR/china-map"
python3 "$HERE/decode_echarts_geojson.py" \
  "$NM/echarts-4-map-data/map/json/china.json" "$VENDOR/china.json" --digits 4
python3 "$HERE/decode_echarts_geojson.py" --keep-encoding \
  "$NM/echarts-4-map-data/map/json/china-cities.json" "$VENDOR/china-cities.json"
cp "$NM/echarts-4-map-data/LICENSE" "$VENDOR/china-map/LICENSE"
cp "$NM/echarts-4-map-data/NOTICE" "$VENDOR/china-map/NOTICE"
# axe-core: as shipped (used by the browser tests only; no page loads it)
mkdir -p "$VENDOR/axe"
cp "$NM/axe-core/axe.min.js" "$NM/axe-core/LICENSE" "$NM/axe-core/LICENSE-3RD-PARTY.txt" "$VENDOR/axe/"

cd "$VENDOR"
sha256sum yasgui/yasgui.min.js yasgui/yasgui.min.css echarts/echarts.min.js \
  china.json china-cities.json axe/axe.min.js > SHA256SUMS
cat SHA256SUMS
du -cb yasgui/* echarts/* china-map/* axe/* china.json china-cities.json SHA256SUMS _build/* | tail -1
