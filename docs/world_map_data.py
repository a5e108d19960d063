"""Makes exporters/world_110m.json, the country shapes of the statistics map (exporters.world_map).

Source: Natural Earth 1:110m Admin 0 - Countries, public domain (naturalearthdata.com: "All
versions of Natural Earth raster + vector map data found on this website are in the public
domain"), as shipped in the geopandas 0.14 wheel (geopandas/datasets/naturalearth_lowres). Shapes
are keyed by ISO 3166-1 alpha-2 (pycountry), coordinates rounded to 0.1 degree. Run once by hand,
with pyshp and pycountry installed (neither is a dependency of CaseVault):

    pip download --no-deps geopandas==0.14.4 && unzip geopandas-0.14.4-*.whl 'geopandas/datasets/*'
    python docs/world_map_data.py geopandas/datasets/naturalearth_lowres/naturalearth_lowres"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "exporters" / "world_110m.json"


def main(shapefile_base: str) -> None:
    import pycountry  # noqa: PLC0415 - only to make the file
    import shapefile  # noqa: PLC0415

    out: dict[str, list[list[list[float]]]] = {}
    for item in shapefile.Reader(shapefile_base, encoding="latin-1").shapeRecords():
        country = pycountry.countries.get(alpha_3=item.record["iso_a3"])
        if country is None:  # Northern Cyprus, Somaliland, Kosovo: no ISO 3166-1 code
            continue
        shape = item.shape
        bounds = [*shape.parts, len(shape.points)]
        for a, b in zip(bounds, bounds[1:], strict=False):
            ring: list[list[float]] = []
            for x, y in shape.points[a:b]:
                point = [round(x, 1), round(y, 1)]
                if not ring or ring[-1] != point:
                    ring.append(point)
            if len(ring) >= 4:
                out.setdefault(country.alpha_2, []).append(ring)
    OUT.write_text(json.dumps(out, separators=(",", ":"), sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1])
