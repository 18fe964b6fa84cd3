"""Render the app icon (resources/icons/offline-ready.svg) into the formats Windows and macOS need.

Run by the Windows and macOS package builds before PyInstaller: ``python packaging/render_icons.py
windows/offline-ready.ico macos/OfflineReady.icns`` (paths relative to packaging/). Qt renders the
SVG and writes ICO and ICNS through its own image plugins, so no extra tool is needed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent
SVG = HERE.parent / "resources" / "icons" / "offline-ready.svg"
FORMATS = {".ico": (b"ico", 256), ".icns": (b"icns", 1024), ".png": (b"png", 512)}


def render(svg: Path, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def main(targets: list[str]) -> int:
    _app = QGuiApplication([])
    for target in targets:
        path = HERE / target
        fmt, size = FORMATS[path.suffix]
        path.parent.mkdir(parents=True, exist_ok=True)
        writer = QImageWriter(str(path), fmt)
        if not writer.write(render(SVG, size)):
            print(f"{path}: {writer.errorString()}", file=sys.stderr)
            return 1
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
