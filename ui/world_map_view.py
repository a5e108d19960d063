"""The statistics view's map: host countries shaded by their number of cases as shown
(exporters.world_map, shapes shipped in the package, nothing fetched). A click on a country with
cases asks for the cases behind it (`country_clicked`); its tooltip names it with its number.

Thread rule: GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene, QGraphicsView

from exporters import world_map
from ui import labels

WIDTH = 1000.0  # scene units; the view scales the drawing to fit


def scene_point(lon, lat):
    """Where a longitude and latitude fall in the map's scene (y grows downwards)."""
    x, y = world_map.project(lon, lat, WIDTH)
    return QPointF(x, WIDTH * world_map.ASPECT - y)


class CountryItem(QGraphicsPathItem):
    def __init__(self, code, path, on_click):
        super().__init__(path)
        self.code = code
        self._on_click = on_click

    def mousePressEvent(self, event):  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton and self._on_click is not None:
            self._on_click(self.code)
        event.accept()


class WorldMapView(QGraphicsView):
    country_clicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("statisticsMap")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.countries = {}  # code -> CountryItem

    def show_shades(self, shades, classes, tips):
        """Shade each country (exporters.world_map shades, `classes` classes); `tips`: the text of
        each country with cases (plain text, shown as typed), which makes it clickable."""
        scene = self.scene()
        scene.clear()
        self.countries = {}
        edge = QPen(QColor("white"), 0)
        for code, rings in world_map.shapes().items():
            path = QPainterPath()
            for ring in rings:
                path.addPolygon(QPolygonF([scene_point(lon, lat) for lon, lat in ring]))
                path.closeSubpath()
            item = CountryItem(code, path, self.country_clicked.emit if code in tips else None)
            item.setBrush(QBrush(QColor.fromRgbF(*world_map.colour(shades.get(code, world_map.NONE), classes))))
            item.setPen(edge)
            if code in tips:
                item.setToolTip(labels.tooltip(tips[code]))
                item.setCursor(Qt.CursorShape.PointingHandCursor)
            scene.addItem(item)
            self.countries[code] = item
        scene.setSceneRect(0, 0, WIDTH, WIDTH * world_map.ASPECT)
        self.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event):  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
