"""Host countries shaded by their number of cases: the statistics map, drawn offline from country
shapes shipped in the package (no tiles, no network).

The shapes are Natural Earth's 1:110m countries (public domain), keyed by ISO 3166-1 alpha-2, in
exporters/world_110m.json (made by docs/world_map_data.py). At that scale small countries and
territories (Singapore, Hong Kong, Macao, Malta...) have no shape: `not_drawn` names them, and the
report lists them under the map with their numbers.

Shades follow the numbers as printed (exporters.statistics.publish): a number the public profile
hides as "fewer than N" gets the lightest shade of its own, a withheld one a grey of its own, so
the map never tells more than the table. No Qt, no ReportLab here: the report and the view draw."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from exporters.statistics import SMALL, Shown

Ring = list[tuple[float, float]]
TOP, BOTTOM = 84.0, -57.0  # latitudes drawn: Antarctica left out
ASPECT = (TOP - BOTTOM) / 360.0  # height / width of the drawing (equirectangular)
CLASSES = 5  # shades of counted countries
NONE, HIDDEN_SMALL, HIDDEN_WITHHELD = 0, -1, -2  # shades that are not classes
# Colours (red, green, blue in 0..1) of the shades: light grey for no case, light to dark blue for
# more cases, sand for "fewer than N", grey for withheld. The report and the view use these.
COLOURS: dict[int, tuple[float, float, float]] = {
    NONE: (0.93, 0.94, 0.95), 1: (0.80, 0.87, 0.94), 2: (0.60, 0.74, 0.87), 3: (0.40, 0.58, 0.78),
    4: (0.22, 0.42, 0.65), 5: (0.10, 0.25, 0.47), HIDDEN_SMALL: (0.93, 0.87, 0.70), HIDDEN_WITHHELD: (0.68, 0.68, 0.68),
}


@lru_cache(maxsize=1)
def shapes() -> dict[str, tuple[Ring, ...]]:
    """Each country's rings (longitude, latitude), by ISO alpha-2 code."""
    raw = json.loads(Path(__file__).with_name("world_110m.json").read_text(encoding="utf-8"))
    return {code: tuple([(x, y) for x, y in ring] for ring in rings) for code, rings in raw.items()}


def project(lon: float, lat: float, width: float) -> tuple[float, float]:
    """A point of the drawing, `width` wide and width * ASPECT high, y growing upwards."""
    lat = min(max(lat, BOTTOM), TOP)
    return (lon + 180.0) / 360.0 * width, (lat - BOTTOM) / 360.0 * width


def not_drawn(codes: list[str]) -> list[str]:
    """The codes that have no shape on the map (in the order given)."""
    known = shapes()
    return [c for c in codes if c and c not in known]


def breaks(values: list[int]) -> list[int]:
    """Upper bounds of up to CLASSES shades for these counts (each shade holds about as many
    countries), ascending; the last is the largest count."""
    counts = sorted({v for v in values if v > 0})
    if not counts:
        return []
    if len(counts) <= CLASSES:
        return counts
    return sorted({counts[min(len(counts) - 1, round((k + 1) * len(counts) / CLASSES) - 1)] for k in range(CLASSES)})


def shade(shown: Shown, bounds: list[int]) -> int:
    """1..len(bounds) for a printed count (darker for more), NONE for no case, HIDDEN_SMALL or
    HIDDEN_WITHHELD for a hidden one."""
    if shown.value is None:
        return HIDDEN_SMALL if shown.mark == SMALL else HIDDEN_WITHHELD
    if shown.value <= 0:
        return NONE
    return next((n + 1 for n, b in enumerate(bounds) if shown.value <= b), len(bounds))


def colour(shade_: int, classes: int) -> tuple[float, float, float]:
    """The colour of a shade when the map has `classes` classes: they spread over the whole range
    of blues (three classes are light, middle and dark), whatever their number."""
    if shade_ <= 0:
        return COLOURS[shade_]
    return COLOURS[max(1, round(shade_ * CLASSES / max(classes, 1)))]


def legend(bounds: list[int], lowest: int = 1) -> list[tuple[int, int, int]]:
    """(shade, lowest, highest count) of each class; `lowest`: the smallest count shaded."""
    out, low = [], lowest
    for n, b in enumerate(bounds):
        out.append((n + 1, low, b))
        low = b + 1
    return out


def map_shades(table_values: dict[str, Shown]) -> tuple[dict[str, int], list[tuple[int, int, int]]]:
    """The shade of every country of a host-country table (printed numbers), and its classes as
    `legend` gives them, from the smallest printed count."""
    counted = [s.value for s in table_values.values() if s.value]
    bounds = breaks(counted)
    return ({code: shade(s, bounds) for code, s in table_values.items() if code},
            legend(bounds, min(counted, default=1)))


__all__ = ["ASPECT", "CLASSES", "COLOURS", "HIDDEN_SMALL", "HIDDEN_WITHHELD", "NONE", "breaks", "colour", "legend",
           "map_shades", "not_drawn", "project", "shade", "shapes"]
