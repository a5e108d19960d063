"""The relationship view: who acts in which cases, drawn as a graph. Actors (organisations and
persons recorded as acting in incidents: bureaus, stations, agents) stand in a column on the left,
sized by the number of cases they appear in; the cases they act in stand on the right, and a line
joins an actor to each of its cases. It shows at once that the same bureau or agent recurs across
the cases the case list shows (its filters apply). "In at least N cases" keeps the recurring ones;
a click on an actor highlights its cases; "Save image…" writes the drawing as a PNG: for legal use
with each case's reference, for publication with "Case 1", "Case 2"… (a reference may hold a
name), and in both with persons named only where they consented.

Reads through desktop.operations_statistics (no SQL here). Record text is drawn as plain text
(QGraphicsSimpleTextItem). Holds decrypted data: discarded at lock like the statistics view."""

import math

from PySide6.QtCore import QBuffer, QIODevice, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from db.vocab import NAMED_CONSENT, pseudonym_letters
from desktop import operations_statistics as stat_ops
from exporters.atomic import atomic_write
from ui import labels
from ui.messages import Dialogs

MAX_ACTORS = 40
MAX_CASES = 150
NODE_W, ROW = 280.0, 26.0
GAP = 260.0
ORGANISATION = QColor(51, 97, 148)
PERSON = QColor(176, 96, 32)
CASE = QColor(96, 104, 116)
EDGE = QColor(150, 160, 172)
CHOSEN = QColor(176, 0, 32)


def layout(graph, min_cases, max_actors=MAX_ACTORS, max_cases=MAX_CASES):
    """(actors, cases, hidden): the actors in at least `min_cases` cases, most cases first (at most
    `max_actors`); their cases, those shared by the most drawn actors first (at most `max_cases`),
    ordered to keep lines short; and how many of their cases are left out. Pure: tested alone."""
    per_actor = {}
    for actor_id, case_id in graph.links:
        per_actor.setdefault(actor_id, set()).add(case_id)
    actors = sorted((a for a, cases in per_actor.items() if len(cases) >= min_cases),
                    key=lambda a: (-len(per_actor[a]), graph.actors[a].name.casefold(), a))[:max_actors]
    place = {a: n for n, a in enumerate(actors)}
    shared = {}
    for actor_id in actors:
        for case_id in per_actor[actor_id]:
            shared.setdefault(case_id, []).append(place[actor_id])
    ranked = sorted(shared, key=lambda c: (-len(shared[c]), graph.cases[c].reference, c))
    cases = sorted(ranked[:max_cases], key=lambda c: (min(shared[c]), graph.cases[c].reference, c))
    return actors, cases, len(ranked) - len(cases), per_actor


class ActorNode(QGraphicsRectItem):
    def __init__(self, actor_id, text, color, rect, on_click):
        super().__init__(rect)
        self.actor_id = actor_id
        self._on_click = on_click
        self.setBrush(QBrush(color.lighter(185)))
        self.setPen(QPen(color, 1.2))
        label = QGraphicsSimpleTextItem(text, self)  # plain text: record text never as markup
        label.setPos(rect.x() + 6, rect.y() + (rect.height() - label.boundingRect().height()) / 2)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event):  # noqa: N802 - Qt's name
        self._on_click(self.actor_id)
        event.accept()


class RelationshipView(QDialog):
    """Signal: drawn(int actors) each time the graph is drawn (tests wait on it)."""

    drawn = Signal(int)

    def __init__(self, session, case_list, parent=None):
        super().__init__(parent)
        self.setObjectName("relationshipView")
        self.setWindowTitle(self.tr("Who acts in these cases"))
        self.session = session
        self.case_list = case_list
        self.graph = None
        self.chosen = None
        self._serial = 0
        self._pseudonyms = {}  # actor id -> letter number, while drawing an image
        self.actor_nodes = {}
        self.case_nodes = {}
        self.edges = {}
        self.summary = labels.plain_label(self, "relationshipSummary")
        self.summary.setWordWrap(True)
        self.min_cases = QSpinBox(self)
        self.min_cases.setObjectName("minCases")
        self.min_cases.setRange(1, 1000)
        self.min_cases.setValue(2)
        self.min_cases.setPrefix(self.tr("In at least "))
        self.min_cases.setSuffix(self.tr(" case(s)"))
        self.min_cases.valueChanged.connect(lambda _v: self.draw())
        self.scene = QGraphicsScene(self)
        self.view = QGraphicsView(self.scene, self)
        self.view.setObjectName("relationshipGraph")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.chosen_label = labels.plain_label(self, "chosenActor")
        self.save_profile = QComboBox(self)
        self.save_profile.setObjectName("graphImageProfile")
        self.save_profile.addItem(self.tr("Image for legal use: persons named where they consented to authorities"),
                                  "legal")
        self.save_profile.addItem(self.tr("Image for publication: only persons who consented to publication"),
                                  "public")
        self.save_profile.setToolTip(self.tr("Who the saved image names. Other persons show as Person A, B…; "
                                             "cases show as their reference only, or as Case 1, 2… in an image "
                                             "for publication."))
        self.save_button = QPushButton(self.tr("Save image…"), self)
        self.save_button.setObjectName("saveGraphImage")
        self.save_button.clicked.connect(self.save_image)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.min_cases)
        bottom = QHBoxLayout()
        bottom.addWidget(self.chosen_label, 1)
        bottom.addWidget(self.save_profile)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        layout_ = QVBoxLayout(self)
        layout_.addLayout(top)
        layout_.addWidget(self.view, 1)
        layout_.addLayout(bottom)

    def sizeHint(self):  # noqa: N802 - Qt's name
        screen = self.screen().availableGeometry().size()
        return QSize(min(1000, screen.width() * 9 // 10), min(700, screen.height() * 9 // 10))

    def refresh(self):
        self._serial += 1
        serial = self._serial
        self.summary.setText(self.tr("Reading…"))

        def done(graph):
            if serial == self._serial:
                self.graph = graph
                self.draw()

        stat_ops.actor_graph(self.session, self.case_list.query()).success(done) \
            .failure(lambda exc: self.summary.setText(labels.error_text(exc))).run()

    def _actor_text(self, actor, cases, profile=None):
        name = self._name(actor, profile)
        parent = self.graph.actors.get(actor.parent_id) if actor.parent_id else None
        if parent is not None:
            name += f" ({parent.name})"
        return self.tr("{n} case(s): {name}").format(name=labels.isolate(name), n=cases)

    def _name(self, actor, profile):
        """An actor's name as drawn: on screen every name; in an image saved for `profile`, a person
        only where they consented to be named for it (else Person A, B… in drawing order)."""
        if profile is not None and actor.kind == "person" and actor.consent not in NAMED_CONSENT[profile]:
            letter = self._pseudonyms.setdefault(actor.id, len(self._pseudonyms))
            return self.tr("Person {letter}").format(letter=pseudonym_letters(letter))
        return actor.name + (f" {actor.name_original}" if actor.name_original else "")

    def _case_text(self, case, n, profile):
        """A case as drawn: its reference and title on screen, its reference in an image for legal
        use, and its place in the drawing in an image for publication (a reference such as
        "Xie Weidong 2019" names someone)."""
        if profile == "public":
            return self.tr("Case {n}").format(n=n + 1)
        return case.reference if profile is not None else f"{case.reference} \u2013 {case.title}"

    def draw(self, profile=None):
        """Draw the graph: for the screen, or with `profile` for an image saved for it (see _name)."""
        self._pseudonyms = {}
        self.scene.clear()
        self.actor_nodes, self.case_nodes, self.edges = {}, {}, {}
        self.chosen = None
        self.chosen_label.setText("")
        if self.graph is None:
            return
        actors, cases, hidden, per_actor = layout(self.graph, self.min_cases.value())
        metrics = self.fontMetrics()
        case_y = {}
        for n, case_id in enumerate(cases):
            case = self.graph.cases[case_id]
            rect = QRectF(NODE_W + GAP, n * ROW, NODE_W, ROW - 6)
            node = QGraphicsRectItem(rect)
            node.setBrush(QBrush(CASE.lighter(210)))
            node.setPen(QPen(CASE, 1))
            shown = self._case_text(case, n, profile)
            text = metrics.elidedText(shown, Qt.TextElideMode.ElideRight, int(NODE_W - 12))
            label = QGraphicsSimpleTextItem(text, node)
            label.setPos(rect.x() + 6, rect.y() + (rect.height() - label.boundingRect().height()) / 2)
            self.scene.addItem(node)
            self.case_nodes[case_id] = node
            case_y[case_id] = rect.center().y()
        drawn = set(cases)
        actor_row = max(ROW * 1.6, (len(cases) * ROW) / max(len(actors), 1))
        for n, actor_id in enumerate(actors):
            actor = self.graph.actors[actor_id]
            count = len(per_actor[actor_id])
            height = min(ROW - 6 + 4 * math.log2(count), actor_row - 6)
            rect = QRectF(0, n * actor_row, NODE_W, height)
            color = ORGANISATION if actor.kind == "organisation" else PERSON
            text = metrics.elidedText(self._actor_text(actor, count, profile), Qt.TextElideMode.ElideRight,
                                      int(NODE_W - 12))
            node = ActorNode(actor_id, text, color, rect, self.choose)
            node.setToolTip(labels.tooltip(self._actor_text(actor, count, profile)))
            node.setZValue(1)
            self.scene.addItem(node)
            self.actor_nodes[actor_id] = node
            for case_id in per_actor[actor_id] & drawn:
                incidents = self.graph.links[(actor_id, case_id)]
                line = self.scene.addLine(NODE_W, rect.center().y(), NODE_W + GAP, case_y[case_id],
                                          QPen(EDGE, 0.8 + math.log2(incidents)))
                self.edges[(actor_id, case_id)] = line
        if not actors:
            self.summary.setText(self.tr("No actor appears in {n} case(s) or more among the cases the list "
                                         "shows.").format(n=self.min_cases.value()))
        else:
            words = self.tr("{actors} actor(s) in {cases} case(s).").format(actors=len(actors), cases=len(cases))
            if hidden:
                words += " " + self.tr("{n} more case(s) not drawn.").format(n=hidden)
            self.summary.setText(words)
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-10, -10, 10, 10))
        self.drawn.emit(len(actors))

    def choose(self, actor_id):
        """Highlight an actor's cases."""
        self.chosen = actor_id
        for (a, _c), line in self.edges.items():
            pen = line.pen()
            pen.setColor(CHOSEN if a == actor_id else EDGE)
            line.setPen(pen)
            line.setZValue(0.5 if a == actor_id else 0)
        cases = self.graph.cases_of(actor_id)
        for case_id, node in self.case_nodes.items():
            node.setPen(QPen(CHOSEN if case_id in cases else CASE, 2 if case_id in cases else 1))
        actor = self.graph.actors[actor_id]
        self.chosen_label.setText(self._actor_text(actor, len(cases)))

    def image_bytes(self, profile="legal"):
        """The drawing for an image saved for `profile`, as PNG bytes (in memory); the screen keeps
        its own drawing."""
        chosen = self.chosen
        self.draw(profile)
        try:
            return self._png()
        finally:
            self.draw()
            if chosen in self.actor_nodes:
                self.choose(chosen)

    def _png(self):
        rect = self.scene.sceneRect()
        image = QImage(int(rect.width()) + 1, int(rect.height()) + 1, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.scene.render(painter, QRectF(image.rect()), rect)
        painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(buffer.data())

    def save_image(self):
        """Write the drawing as a PNG the user names, naming persons as the chosen profile allows;
        it is not encrypted."""
        path = Dialogs.save_file(self, self.tr("Save the graph as"), "relationships.png",
                                 self.tr("PNG images (*.png)"))
        if not path:
            return
        try:
            atomic_write(path, self.image_bytes(self.save_profile.currentData()))
        except Exception as exc:  # noqa: BLE001 - any failure is told, nothing is half-written
            Dialogs.error(self, self.tr("Save the graph as"), labels.error_text(exc))
            return
        Dialogs.info(self, self.tr("Save the graph as"), self.tr(
            "Saved {name}. It names organisations, and persons only where they consented; it is not "
            "encrypted.").format(name=path))

    def discard(self):
        self._serial += 1
        self.graph = None
        self.scene.clear()
        self.actor_nodes, self.case_nodes, self.edges = {}, {}, {}
