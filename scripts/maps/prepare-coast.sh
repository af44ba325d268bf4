#!/usr/bin/env bash
# prepare-coast.sh: make the committed base-map land polygons for the two maps
#   content/maps/neva-delta.geojson            (central Petrograd, the Neva delta)
#   content/maps/petrograd-approaches.geojson  (eastern Gulf of Finland, Kronstadt to Gatchina)
#
# Why this exists: the maps need real shorelines, and the public-domain-free,
# LGPL-3 GSHHG shoreline database (Wessel & Smith, version 2.3.7) is the one we
# can ship. GSHHG is read through GMT. The site build must not need GMT, so this
# is a one-off preparation step: run it by hand, look at the result, commit the
# small GeoJSON files it writes. The build only reads those files.
#
# What it does, per region:
#   1. `gmt coast -Df -M -W` dumps the full-resolution GSHHG shorelines (all
#      levels: sea coast, lakes, islands in lakes) as line segments cut at the
#      region's edges. GMT cannot dump filled land polygons, only lines.
#   2. shore-to-lines.mjs (beside this script) adds the region's rectangle as
#      one more line, with a vertex wherever a shoreline meets the edge.
#   3. mapshaper `-polygons` turns that network of lines into faces (each face
#      is bounded by shorelines and/or the rectangle).
#   4. GMT itself decides which faces are land: `gmt select -Df -Ns/k/s/k/s`
#      keeps an inner point of each face when it is on land or on an island in
#      a lake. So we never depend on the direction GSHHG draws a line in.
#   5. The land faces get a "name" from a short list of points we know (e.g. a
#      point on Vasilievsky Island), "land" otherwise, are merged by name,
#      simplified (Douglas-Peucker, tolerance in metres, small islands kept),
#      clipped to the region and written as RFC 7946 GeoJSON (exterior rings
#      counter-clockwise) with coordinates rounded to 5 decimals (about 1 m).
#   6. densify-edges.mjs adds a vertex every 0.02 degrees along the clipped
#      north and south edges, so renderers that draw great circles (d3-geo)
#      do not leave a sliver between the land and the edge of the map.
#
# Note for d3-geo users: RFC 7946 exterior rings are counter-clockwise, but
# d3-geo treats a counter-clockwise ring as "everything except this area".
# Reverse the rings (or rewind them) before handing them to d3.geoPath.
#
# The output is LAND polygons, clipped to the region's rectangle: draw a water
# background for the whole rectangle, then the land on top.
#
# Requirements (only for this script, never for the site build):
#   - GMT 6 and the full-resolution GSHHG data. On Debian/Ubuntu, as root:
#       apt-get update && apt-get install -y gmt gmt-gshhg-full
#     (Debian bookworm: gmt 6.4.0, gmt-gshhg-full 2.3.7.)
#   - Node.js (the repository's Node is fine) and mapshaper. mapshaper is NOT a
#     dependency of the site: the script installs it with npm into a temporary
#     folder (npm install --no-save mapshaper) unless MAPSHAPER is set to a
#     mapshaper executable, and runs it from there.
#
# Usage:  bash scripts/maps/prepare-coast.sh
# Re-runnable: every run rebuilds both files from scratch in a temporary folder
# and only then replaces the outputs.

set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$SCRIPT_DIR/../.." && pwd)"
OUT_DIR="$REPO_DIR/content/maps"

die() { echo "prepare-coast: $*" >&2; exit 1; }

# ---- tools ---------------------------------------------------------------
command -v gmt >/dev/null 2>&1 ||
  die "gmt not found. Install it (as root): apt-get update && apt-get install -y gmt gmt-gshhg-full"
# -Df needs the full-resolution GSHHG files, which are a separate package.
gmt coast -Df -R30/30.1/60/60.1 -M -W >/dev/null 2>&1 ||
  die "GMT cannot read full-resolution GSHHG (-Df). Install: apt-get install -y gmt-gshhg-full"
command -v node >/dev/null 2>&1 ||
  die "node not found (try: export PATH=$REPO_DIR/node_modules/.bin:\$PATH, or install Node.js)"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/prepare-coast.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
# GMT writes a gmt.history file into the current folder: keep it out of the repo.
cd "$WORK"

if [[ -n "${MAPSHAPER:-}" ]]; then
  command -v "$MAPSHAPER" >/dev/null 2>&1 || die "MAPSHAPER=$MAPSHAPER is not executable"
else
  command -v npm >/dev/null 2>&1 || die "npm not found (needed to fetch mapshaper into a temp folder)"
  echo "prepare-coast: installing mapshaper into $WORK/tools (not into the repository)"
  mkdir -p "$WORK/tools"
  (cd "$WORK/tools" && npm init -y >/dev/null &&
    npm install --no-save --no-audit --no-fund --loglevel=error mapshaper >/dev/null) ||
    die "could not install mapshaper with npm"
  MAPSHAPER="$WORK/tools/node_modules/.bin/mapshaper"
fi
ms() { "$MAPSHAPER" "$@" -quiet; }

echo "prepare-coast: $(gmt --version | sed 's/^/GMT /'), mapshaper $("$MAPSHAPER" -v)"

# ---- names ---------------------------------------------------------------
# One point well inside each land mass we can name. A land face that contains
# one of these points gets its name; faces that contain none are "land".
# GSHHG (1:250 000 source) does not show the narrow channels between some
# islands, so some names cover merged islands; the names say so.
NAMES_CSV="$WORK/names.csv"
cat >"$NAMES_CSV" <<'CSV'
name,lon,lat
Vasilievsky Island,30.2600,59.9400
Petrograd Side (Petrogradsky and Aptekarsky islands),30.3050,59.9620
Krestovsky and Kamenny islands,30.2450,59.9720
Yelagin Island,30.2600,59.9800
Gutuevsky Island,30.2500,59.9080
Kanonersky Island,30.2130,59.9000
Kotlin Island (Kronstadt),29.7500,60.0100
CSV
# mapshaper joins names to polygons by point-in-polygon, so make points.
ms "$NAMES_CSV" -points x=lon y=lat -o format=geojson "$WORK/names.geojson"

# ---- one region ----------------------------------------------------------
# make_region <out-name> <west> <east> <south> <north> <tolerance-metres>
make_region() {
  local out="$1" w="$2" e="$3" s="$4" n="$5" tol="$6"
  local d="$WORK/$out"
  mkdir -p "$d"
  echo "prepare-coast: $out: region $w/$e/$s/$n, simplify ${tol} m"

  # 1. Full-resolution shorelines, every level, as segments cut at the edges.
  gmt coast -Df -R"$w/$e/$s/$n" -M -W >"$d/shore.txt"

  # 2. Shore lines plus the region's frame, as GeoJSON lines.
  node "$SCRIPT_DIR/shore-to-lines.mjs" "$w" "$e" "$s" "$n" <"$d/shore.txt" >"$d/lines.json"

  # 3. Faces of the line network, each with an id.
  ms "$d/lines.json" -polygons -each 'fid=this.id' -o "$d/faces.json"

  # 4. Which faces are land? One inner point per face, classified by GMT.
  ms "$d/faces.json" -points inner -each 'lon=this.x, lat=this.y' \
    -filter-fields fid,lon,lat -o format=csv "$d/points.csv"
  tail -n +2 "$d/points.csv" | awk -F, '{print $2, $3, $1}' |
    gmt select -Df -R"$w/$e/$s/$n" -Ns/k/s/k/s | awk '{print $3}' >"$d/land-ids.txt"
  [[ -s "$d/land-ids.txt" ]] || die "$out: no land face found"
  local ids
  ids="$(paste -sd, "$d/land-ids.txt")"

  # 5. Keep land, name it, merge by name, simplify, clip, round, write.
  ms "$d/faces.json" \
    -filter "[${ids}].indexOf(fid) > -1" \
    -join "$WORK/names.geojson" fields=name \
    -each 'name = name || "land"' \
    -dissolve2 fields=name \
    -simplify dp interval="$tol" keep-shapes \
    -clip bbox="$w,$s,$e,$n" \
    -filter-fields name \
    -o format=geojson rfc7946 precision=0.00001 "$d/out.geojson"

  # 6. Extra vertices along the clipped north/south edges (see densify-edges.mjs).
  node "$SCRIPT_DIR/densify-edges.mjs" "$s" "$n" 0.02 <"$d/out.geojson" >"$d/final.geojson"

  mkdir -p "$OUT_DIR"
  cp "$d/final.geojson" "$OUT_DIR/$out.geojson"
  echo "prepare-coast: wrote content/maps/$out.geojson ($(wc -c <"$OUT_DIR/$out.geojson") bytes)"
}

# Central Petrograd: Vasilievsky, Petrograd Side, Krestovsky, Yelagin, ...
make_region neva-delta 30.15 30.50 59.86 60.00 20
# Eastern Gulf of Finland: Kotlin/Kronstadt, the southern shore, Petrograd,
# south to Gatchina.
make_region petrograd-approaches 29.55 30.65 59.50 60.10 120
