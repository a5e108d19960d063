"""Rendering exhibits (PDFs and images) in a child process, so that a hostile file can neither
freeze the window nor hold off the lock: a PDF whose page tree contains itself sends PDFium into
an endless loop, and a small image can claim gigabytes once decoded.

The child (`python -m desktop.exhibit_render`) gets the exhibit's bytes over a pipe on its stdin,
never through a file, and answers on its stdout with rendered pages as raw pixels. It runs with
core dumps off and an address-space limit (MEMORY_LIMIT); it writes nothing to disk. The parent
(`RenderProcess`, GUI thread) gives it LOAD_SECONDS to open the file and PAGE_SECONDS for each
page, and kills it when a limit passes, when the viewer moves on, or when the vault locks; killing
it frees everything it decoded at once.

Protocol: every message is an 8-byte big-endian length and a payload. Parent to child: a JSON
header {"kind": "pdf"|"image"}, then the file's bytes, then JSON requests {"page": n, "width": w}
(PDF only). Child to parent: a JSON info {"pages": n, "sizes": [[w, h], ...]} (a PDF, its first
MAX_PAGES pages' sizes in points) or {"image": [w, h]}; for each page, or the image, a JSON
{"page": n, "width": w, "height": h, "stride": s} followed by the RGB32 pixels; {"error": text}
when the file cannot be shown.

Thread rule: RenderProcess lives on the GUI thread; its signals fire there."""

from __future__ import annotations

import json
import os
import struct
import sys

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal

LOAD_SECONDS = 20
PAGE_SECONDS = 20
MAX_PAGES = 500
MAX_PIXELS = 120_000_000  # an image larger than this (decoded) is not shown: 480 MB of pixels
MAX_SIDE = 2400  # images are sent scaled down to fit in this many pixels per side
MAX_PAGE_WIDTH = 2000
MEMORY_LIMIT = 2 * 1024**3  # the child's data (heap) limit, bytes
_LENGTH = struct.Struct(">Q")
MAX_MESSAGE = MAX_SIDE * MAX_SIDE * 4 + 4096


def frame(payload: bytes) -> bytes:
    return _LENGTH.pack(len(payload)) + payload


class RenderProcess(QObject):
    """One exhibit rendered by one child process.

    info(dict): the child opened the file ({"pages", "sizes"} or {"image"}).
    page(int, QImage): a rendered page (0 for an image).
    failed(str): the file cannot be shown: "timeout", "memory", "error" or the child's reason."""

    info = Signal(dict)
    page = Signal(int, object)
    failed = Signal(str)

    def __init__(self, kind: str, data: bytes, parent: QObject | None = None,
                 load_seconds: float = LOAD_SECONDS, page_seconds: float = PAGE_SECONDS) -> None:
        super().__init__(parent)
        self._buffer = bytearray()
        self._header: dict | None = None
        self._page_ms = int(page_seconds * 1000)
        self._done = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timed_out)
        self.process = QProcess(self)
        env = QProcessEnvironment.systemEnvironment()
        env.insert("QT_QPA_PLATFORM", "offscreen")
        self.process.setProcessEnvironment(env)
        self.process.setStandardErrorFile(QProcess.nullDevice())
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.finished.connect(self._ended)
        self.process.errorOccurred.connect(self._ended)
        self.process.start(sys.executable, ["-m", "desktop.exhibit_render"])
        self.process.write(frame(json.dumps({"kind": kind}).encode()) + frame(data))
        self.timer.start(int(load_seconds * 1000))

    @property
    def pid(self) -> int:
        return int(self.process.processId())

    def request(self, number: int, width: int) -> None:
        """Ask for page `number` rendered `width` pixels wide; answered by `page` or `failed`."""
        if self._done:
            return
        self.process.write(frame(json.dumps({"page": number, "width": width}).encode()))
        if not self.timer.isActive():
            self.timer.start(self._page_ms)

    def stop(self) -> None:
        """Kill the child now (it holds decrypted bytes) and drop everything received."""
        self._done = True
        self.timer.stop()
        self._buffer = bytearray()  # the child's signals are ignored from now on (_done)
        if self.process.state() != QProcess.ProcessState.NotRunning:
            self.process.kill()
            self.process.waitForFinished(1000)

    def _timed_out(self) -> None:
        self._fail("timeout")

    def _ended(self, *_: object) -> None:
        self._fail("error")

    def _fail(self, reason: str) -> None:
        if self._done:
            return
        if reason == "error" and self.process.exitStatus() == QProcess.ExitStatus.NormalExit \
                and self.process.exitCode() == _MEMORY_EXIT:
            reason = "memory"
        self.stop()
        self.failed.emit(reason)

    def _read(self) -> None:
        self._buffer += bytes(self.process.readAllStandardOutput())
        while not self._done:
            if len(self._buffer) < _LENGTH.size:
                return
            (length,) = _LENGTH.unpack_from(self._buffer)
            if length > MAX_MESSAGE:
                self._fail("error")
                return
            if len(self._buffer) < _LENGTH.size + length:
                return
            payload = bytes(self._buffer[_LENGTH.size:_LENGTH.size + length])
            del self._buffer[:_LENGTH.size + length]
            self._message(payload)

    def _message(self, payload: bytes) -> None:
        from PySide6.QtGui import QImage  # noqa: PLC0415

        if self._header is not None:  # the pixels of the page announced by the header
            header, self._header = self._header, None
            image = QImage(payload, header["width"], header["height"], header["stride"],
                           QImage.Format.Format_RGB32).copy()
            self.timer.stop()
            self.page.emit(int(header["page"]), image)
            return
        message = json.loads(payload)
        if "error" in message:
            self._fail(str(message["error"]))
        elif "width" in message:
            self._header = message
        else:
            self.timer.stop()
            self.info.emit(message)


# -- the child ------------------------------------------------------------------------------------

_MEMORY_EXIT = 3


def _read_exactly(stream, n: int) -> bytes:
    data = bytearray()
    while len(data) < n:
        chunk = stream.read(n - len(data))
        if not chunk:
            raise EOFError
        data += chunk
    return bytes(data)


def _receive(stream) -> bytes:
    (length,) = _LENGTH.unpack(_read_exactly(stream, _LENGTH.size))
    return _read_exactly(stream, length)


def _send(out, obj: dict, pixels: bytes | None = None) -> None:
    out.write(frame(json.dumps(obj).encode()))
    if pixels is not None:
        out.write(frame(pixels))
    out.flush()


def _send_image(out, number: int, image) -> None:
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtGui import QImage, QPainter  # noqa: PLC0415

    if image.hasAlphaChannel():  # PDF pages render on a transparent ground: put them on white paper
        paper = QImage(image.size(), QImage.Format.Format_RGB32)
        paper.fill(Qt.GlobalColor.white)
        painter = QPainter(paper)
        painter.drawImage(0, 0, image)
        painter.end()
        image = paper
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    _send(out, {"page": number, "width": image.width(), "height": image.height(), "stride": image.bytesPerLine()},
          bytes(image.constBits()))


def _image(data: bytes, out) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt  # noqa: PLC0415
    from PySide6.QtGui import QImageReader  # noqa: PLC0415

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAllocationLimit(MAX_PIXELS * 4 // 2**20)
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_PIXELS:
        _send(out, {"error": "too large" if size.isValid() else "unreadable"})
        return
    scaled = size.scaled(QSize(MAX_SIDE, MAX_SIDE), Qt.AspectRatioMode.KeepAspectRatio)
    if scaled.width() < size.width() and reader.supportsOption(QImageReader.ImageOption.ScaledSize):
        reader.setScaledSize(scaled)  # JPEG decodes straight to the smaller size
    image = reader.read()
    if image.isNull():
        _send(out, {"error": "unreadable"})
        return
    if image.width() > MAX_SIDE or image.height() > MAX_SIDE:
        image = image.scaled(MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    _send(out, {"image": [size.width(), size.height()]})
    _send_image(out, 0, image)


def _pdf(data: bytes, stream, out) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEventLoop, QIODevice, QSize  # noqa: PLC0415
    from PySide6.QtPdf import QPdfDocument  # noqa: PLC0415

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    while document.status() == QPdfDocument.Status.Loading:  # the parent's timer bounds this
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        _send(out, {"error": "unreadable"})
        return
    count = min(document.pageCount(), MAX_PAGES)
    sizes = [[document.pagePointSize(n).width(), document.pagePointSize(n).height()] for n in range(count)]
    _send(out, {"pages": document.pageCount(), "sizes": sizes})
    while True:
        try:
            request = json.loads(_receive(stream))
        except EOFError:
            return
        number, width = int(request["page"]), min(max(int(request["width"]), 16), MAX_PAGE_WIDTH)
        if not 0 <= number < count:
            continue
        w, h = sizes[number]
        height = min(max(int(width * h / w), 16), 4 * MAX_PAGE_WIDTH) if w > 0 and h > 0 else width
        image = document.render(number, QSize(width, height))
        if image.isNull():
            _send(out, {"error": "unreadable"})
            return
        _send_image(out, number, image)


def _limit_memory() -> None:
    import resource  # noqa: PLC0415

    # RLIMIT_DATA, not RLIMIT_AS: PDFium reserves far more address space than it ever uses.
    for limit, value in ((resource.RLIMIT_DATA, MEMORY_LIMIT), (resource.RLIMIT_CPU, 120)):
        try:
            resource.setrlimit(limit, (value, value))
        except (ValueError, OSError):
            pass


def main() -> int:
    from desktop.hardening import harden_process  # noqa: PLC0415

    harden_process()
    _limit_memory()
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])  # QtPdf needs one  # noqa: F841
    stream, out = sys.stdin.buffer, sys.stdout.buffer
    try:
        header = json.loads(_receive(stream))
        data = _receive(stream)
        if header.get("kind") == "pdf":
            _pdf(data, stream, out)
        else:
            _image(data, out)
    except MemoryError:
        os._exit(_MEMORY_EXIT)
    except (EOFError, BrokenPipeError):
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
