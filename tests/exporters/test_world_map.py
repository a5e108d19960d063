"""The statistics map (exporters.world_map): shipped shapes that cover the countries groups work
in, shades that never say more than the printed numbers, and a map in the report."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from db.countries import CODES
from exporters import world_map
from exporters.statistics import SMALL, WITHHELD, Shown


def test_the_shipped_shapes_are_countries_on_the_drawing():
    shapes = world_map.shapes()
    assert len(shapes) > 150 and set(shapes) <= CODES
    for code in ("CA", "US", "GB", "FR", "DE", "NL", "AU", "NZ", "JP", "TH", "TR", "KZ", "TW", "CN", "RU", "FJ"):
        assert shapes[code], code
    width = 500.0
    for rings in shapes.values():
        for ring in rings:
            assert len(ring) >= 4
            for lon, lat in ring:
                x, y = world_map.project(lon, lat, width)
                assert 0 <= x <= width and 0 <= y <= width * world_map.ASPECT + 1e-9
    assert world_map.not_drawn(["FR", "SG", "HK", "", "CA"]) == ["SG", "HK"]  # too small at 1:110m


@given(st.lists(st.integers(0, 10_000), min_size=1, max_size=60))
def test_more_cases_never_get_a_lighter_shade(counts):
    bounds = world_map.breaks(counts)
    assert len(bounds) <= world_map.CLASSES and bounds == sorted(set(bounds))
    shades = [world_map.shade(Shown(n), bounds) for n in counts]
    for (a, sa) in zip(counts, shades, strict=True):
        assert (sa == world_map.NONE) == (a == 0)
        if a:
            assert 1 <= sa <= len(bounds) and a <= bounds[sa - 1]
        for b, sb in zip(counts, shades, strict=True):
            if a <= b:
                assert sa <= sb
    colours = [world_map.colour(sa, len(bounds)) for sa in shades]
    assert len({c for c, n in zip(colours, counts, strict=True) if n}) == len(bounds)  # one colour per class
    if bounds:  # the most cases get the darkest blue, however few the classes
        assert world_map.colour(len(bounds), len(bounds)) == world_map.COLOURS[world_map.CLASSES]
    positive = [n for n in counts if n]
    legend = world_map.legend(bounds, min(positive, default=1))
    assert all(lo <= hi for _, lo, hi in legend) and [hi for _, _, hi in legend] == bounds
    assert not positive or legend[0][1] == min(positive)


def test_hidden_numbers_get_shades_of_their_own():
    shades, classes = world_map.map_shades({"FR": Shown(None, SMALL), "CA": Shown(None, WITHHELD), "US": Shown(40),
                                          "GB": Shown(0)})
    assert shades == {"FR": world_map.HIDDEN_SMALL, "CA": world_map.HIDDEN_WITHHELD, "US": 1, "GB": world_map.NONE}
    assert classes == [(1, 40, 40)]  # the hidden numbers do not shape the classes
