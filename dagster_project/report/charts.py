"""The reports' charts: Altair (Vega-Lite) specs rendered to SVG by vl-convert, offline, inlined
in the page and the PDF. Text is set in DejaVu Sans (Debian's fonts-dejavu), which has every
Polish letter; the output is the same bytes run to run."""

from __future__ import annotations

import hashlib
import json
import re
from functools import cache

import altair as alt
import pandas as pd
import vl_convert as vlc

FONT = "DejaVu Sans"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
TYPE_COLOURS = {"CIS": "#1f5f8b", "KIS": "#e07b39", "ZAZ": "#4c9a2a", "WTZ": "#8e5ea2"}
# A tile map of the 16 voivodships (schematic: one square each, placed roughly where it lies; no
# boundaries are drawn, so none is downloaded or shipped). TERYT code -> (column, row).
VOIVODSHIP_TILES = {
    "32": (0, 0), "22": (1, 0), "28": (2, 0), "20": (3, 0),
    "08": (0, 1), "30": (1, 1), "04": (2, 1), "14": (3, 1),
    "02": (0, 2), "10": (1, 2), "26": (2, 2), "06": (3, 2),
    "16": (0, 3), "24": (1, 3), "12": (2, 3), "18": (3, 3),
}  # fmt: skip


def _type_colours(frame: pd.DataFrame) -> alt.Scale:
    """Each unit type in its own colour, the same on every chart; the legend lists only the types drawn."""
    types = [t for t in TYPE_COLOURS if t in set(frame.unit_type)]
    return alt.Scale(domain=types, range=[TYPE_COLOURS[t] for t in types])


@cache
def _fonts() -> None:
    vlc.register_font_directory(FONT_DIR)


_IDS = re.compile(r"\b(gradient_|clip)(\d+)\b")


def svg(chart: alt.TopLevelMixin) -> str:
    """The chart as an SVG document (a string), with the report's font. Vega numbers gradients and
    clip paths with a counter that runs on across charts: they are renamed after the chart's own
    spec, so that the page is the same bytes whatever was drawn before, and two charts on one page
    never share an id."""
    _fonts()
    spec = chart.configure(font=FONT).configure_view(stroke=None).to_dict()
    drawn = vlc.vegalite_to_svg(spec)
    tag = hashlib.sha256(json.dumps(spec, sort_keys=True, default=str).encode()).hexdigest()[:8]
    numbers: dict[str, int] = {}
    return _IDS.sub(lambda m: f"{m[1]}{tag}_{numbers.setdefault(m[0], len(numbers))}", drawn)


def bars_by_type(frame: pd.DataFrame, category: str, value: str, title: str, axis: str) -> str:
    """Horizontal bars, one group per category, one bar per unit type."""
    chart = (
        alt.Chart(frame, title=title, width=520)
        .mark_bar()
        .encode(
            y=alt.Y(f"{category}:N", title=None, sort=None),
            x=alt.X(f"{value}:Q", title=axis),
            yOffset=alt.YOffset("unit_type:N"),
            color=alt.Color("unit_type:N", scale=_type_colours(frame), title=None),
            tooltip=[category, "unit_type", value],
        )
    )
    return svg(chart)


def columns_by_year(frame: pd.DataFrame, title: str, axis: str) -> str:
    """Graph 1 of the national release: a group of columns per year, one per unit type."""
    chart = (
        alt.Chart(frame, title=title, width=520, height=280)
        .mark_bar()
        .encode(
            x=alt.X("reporting_year:O", title=None),
            xOffset=alt.XOffset("unit_type:N", sort=["CIS", "KIS", "ZAZ", "WTZ"]),
            y=alt.Y("value:Q", title=axis),
            color=alt.Color("unit_type:N", scale=_type_colours(frame), title=None),
        )
    )
    return svg(chart)


def voivodship_tiles(frame: pd.DataFrame, title: str, legend: str) -> str:
    """A tile map: each voivodship a square coloured by its value, labelled with name and value."""
    tiles = frame.assign(
        column=[VOIVODSHIP_TILES[c][0] for c in frame.geography_code],
        row=[VOIVODSHIP_TILES[c][1] for c in frame.geography_code],
    )
    base = alt.Chart(tiles, title=title, width=440, height=440)
    squares = base.mark_rect(stroke="white", strokeWidth=3).encode(
        x=alt.X("column:O", axis=None),
        y=alt.Y("row:O", axis=None),
        color=alt.Color("value:Q", title=legend, scale=alt.Scale(scheme="blues")),
    )
    names = base.mark_text(dy=-8, fontSize=9).encode(x="column:O", y="row:O", text="short:N")
    values = base.mark_text(dy=8, fontSize=12, fontWeight="bold").encode(x="column:O", y="row:O", text="label:N")
    return svg(alt.layer(squares, names, values))


SUBREGION_GRID = 3  # a voivodship's square holds up to 3 x 3 subregions (Mazowieckie has 9)


def subregion_tiles(frame: pd.DataFrame, title: str, legend: str) -> str:
    """The same tile map one level down: each voivodship's square split into its subregions (NUTS 3),
    in code order, each coloured by its value and labelled with its name and value. Schematic, like
    the voivodship map: no boundaries are drawn. `frame`: geography_code, geography_name,
    voivodship_teryt, value, label."""
    cells = []
    for voivodship, group in frame.sort_values("geography_code").groupby("voivodship_teryt", sort=True):
        column, row = VOIVODSHIP_TILES[voivodship]
        for i, sub in enumerate(group.itertuples()):
            x = column * SUBREGION_GRID + i % SUBREGION_GRID
            y = row * SUBREGION_GRID + i // SUBREGION_GRID
            cells.append({"x": x, "x2": x + 1, "y": y, "y2": y + 1, "name": sub.geography_name,
                          "value": sub.value, "label": sub.label})  # fmt: skip
    tiles = pd.DataFrame(cells).assign(cx=lambda f: f.x + 0.5, cy=lambda f: f.y + 0.5)
    blocks = pd.DataFrame(
        [
            {"x": c * SUBREGION_GRID, "x2": (c + 1) * SUBREGION_GRID, "y": r * SUBREGION_GRID,
             "y2": (r + 1) * SUBREGION_GRID}
            for c, r in VOIVODSHIP_TILES.values()
        ]
    )  # fmt: skip
    side = 4 * SUBREGION_GRID
    x = alt.Scale(domain=[0, side])
    y = alt.Scale(domain=[0, side], reverse=True)
    base = alt.Chart(tiles, title=title, width=720, height=720)
    squares = base.mark_rect(stroke="white", strokeWidth=1.5).encode(
        x=alt.X("x:Q", scale=x, axis=None),
        x2="x2:Q",
        y=alt.Y("y:Q", scale=y, axis=None),
        y2="y2:Q",
        color=alt.Color("value:Q", title=legend, scale=alt.Scale(scheme="blues")),
    )
    outlines = (
        alt.Chart(blocks)
        .mark_rect(fill=None, stroke="#333333", strokeWidth=2)
        .encode(x=alt.X("x:Q", scale=x), x2="x2:Q", y=alt.Y("y:Q", scale=y), y2="y2:Q")
    )
    names = base.mark_text(dy=-9, fontSize=6.5, limit=58).encode(
        x=alt.X("cx:Q", scale=x), y=alt.Y("cy:Q", scale=y), text="name:N"
    )
    values = base.mark_text(dy=6, fontSize=11, fontWeight="bold").encode(
        x=alt.X("cx:Q", scale=x), y=alt.Y("cy:Q", scale=y), text="label:N"
    )
    return svg(alt.layer(squares, outlines, names, values))
