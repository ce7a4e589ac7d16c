"""Copy Swagger UI into the package, so `/docs` works offline
(src/dateline/web/static/swagger-ui/).

Source: the npm package `swagger-ui-dist` 5.x (Apache-2.0, SmartBear Software), fetched with
`npm pack` (npm registry only; nothing is fetched at run time). Swagger UI 5 reads OpenAPI 3.1,
the version FastAPI writes (4.x shows "Unable to render this definition"). Kept: the
standalone bundle and its stylesheet (their source-map comments removed: the maps are not
shipped), the licence and notice, and the licences of the libraries inside the bundle.

    python scripts/build_swagger_ui.py                  # rewrites static/swagger-ui/
    python scripts/build_swagger_ui.py --tarball x.tgz  # from a downloaded package
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "src" / "dateline" / "web" / "static" / "swagger-ui"
PACKAGE = "swagger-ui-dist@5.35.0"
FILES = ["swagger-ui-bundle.js", "swagger-ui.css", "LICENSE", "NOTICE",
         "swagger-ui-bundle.js.LICENSE.txt"]
_SOURCE_MAP = re.compile(r"\n?/[/*]# sourceMappingURL=[^\n]*\s*$")


def fetch(workdir: Path) -> Path:
    """`npm pack` the pinned swagger-ui-dist package into `workdir`; the tarball's path."""
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm is not installed: it fetches the swagger-ui-dist package")
    result = subprocess.run([npm, "pack", PACKAGE, "--silent"], cwd=workdir, check=True,
                            capture_output=True, text=True, timeout=300)
    return workdir / result.stdout.strip().splitlines()[-1]


def extract(tarball: Path, output: Path) -> str:
    """Write FILES from the tarball into `output` (replacing what is there); the version."""
    with tarfile.open(tarball) as tar:
        def read(name: str) -> str:
            member = tar.extractfile(f"package/{name}")
            if member is None:
                raise RuntimeError(f"{tarball} has no {name}")
            return member.read().decode("utf-8")

        version = str(json.loads(read("package.json"))["version"])
        if not version.startswith("5."):
            raise RuntimeError(f"{tarball} holds Swagger UI {version}; 5.x reads OpenAPI 3.1")
        if output.exists():
            shutil.rmtree(output)
        output.mkdir(parents=True)
        for name in FILES:
            text = read(name)
            if name.endswith((".js", ".css")):
                text = _SOURCE_MAP.sub("\n", text)
            (output / name).write_text(text, encoding="utf-8")
    (output / "VERSION").write_text(f"swagger-ui-dist {version} (npm)\n", encoding="utf-8")
    return version


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tarball", type=Path, help="a downloaded swagger-ui-dist .tgz")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tarball = args.tarball or fetch(Path(tmp))
        version = extract(tarball, args.output)
    size = sum(p.stat().st_size for p in args.output.iterdir())
    print(f"Swagger UI {version}: {len(FILES) + 1} files, {size / 1e6:.1f} MB in {args.output}")


if __name__ == "__main__":
    main()
