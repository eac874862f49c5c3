"""Day and night themes from one set of palette tokens (QSS, palette, icons all read the same tokens).

The night theme is red on black at low luminance: it keeps the officer's eyes dark-adapted next to
night-vision optics (red light barely affects rod cells)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from ui.resources import icon_path


@dataclass(frozen=True)
class Tokens:
    name: str
    window: str
    surface: str
    surface_alt: str
    text: str
    muted: str
    border: str
    accent: str
    accent_text: str
    sidebar: str
    sidebar_text: str
    sidebar_selected: str
    danger: str
    warning: str
    success: str
    focus: str


DAY = Tokens("day", window="#eef1f5", surface="#ffffff", surface_alt="#f6f8fb", text="#17202e", muted="#5b6578",
             border="#d3d9e2", accent="#1f5fae", accent_text="#ffffff", sidebar="#16233a", sidebar_text="#dde4ef",
             sidebar_selected="#2c4a7a", danger="#b3261e", warning="#9a5b00", success="#23703a", focus="#3b82f6")
NIGHT = Tokens("night", window="#000000", surface="#070000", surface_alt="#0d0000", text="#d42a2a", muted="#8a1c1c",
               border="#3d0808", accent="#a31515", accent_text="#000000", sidebar="#030000", sidebar_text="#b32020",
               sidebar_selected="#2a0000", danger="#ff3b3b", warning="#c43c1c", success="#b02020", focus="#e03030")
THEMES = {"day": DAY, "night": NIGHT}

QSS = """
QWidget {{ color: {text}; background: {window}; font-size: {font_size}pt; }}
QMainWindow, QDialog {{ background: {window}; }}
QFrame#card {{ background: {surface}; border: 1px solid {border}; border-radius: 8px; }}
QLabel {{ background: transparent; }}
QLabel#muted, QLabel[role="muted"] {{ color: {muted}; }}
QLabel#title {{ font-size: {title_size}pt; font-weight: 600; }}
QLabel#cardValue {{ font-size: {value_size}pt; font-weight: 600; color: {accent_strong}; }}
QLabel[role="error"] {{ color: {danger}; }}
QLabel#statusBadge {{ border: 1px solid {accent}; border-radius: 9px; padding: 1px 10px; color: {accent_strong}; }}
QLabel[role="hint"] {{ color: {muted}; background: {surface_alt}; border: 1px solid {border}; border-radius: 6px;
                      padding: 8px; }}
QListWidget#sidebar {{ background: {sidebar}; color: {sidebar_text}; border: none; padding-top: 8px;
                      outline: 0; }}
QListWidget#sidebar::item {{ padding: 10px 14px; border-left: 3px solid transparent; }}
QListWidget#sidebar::item:selected {{ background: {sidebar_selected}; color: {sidebar_text};
                                     border-left: 3px solid {focus}; }}
QLabel#brand {{ background: {sidebar}; color: {sidebar_text}; font-weight: 700; padding: 14px 14px 6px 14px;
                font-size: {title_size}pt; }}
QLineEdit, QComboBox, QSpinBox, QPlainTextEdit, QTextEdit {{ background: {surface}; border: 1px solid {border};
    border-radius: 5px; padding: 5px 7px; selection-background-color: {accent}; selection-color: {accent_text}; }}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus {{ border: 1px solid {focus}; }}
QLineEdit[invalid="true"] {{ border: 1px solid {danger}; }}
QPushButton {{ background: {surface}; border: 1px solid {border}; border-radius: 5px; padding: 6px 14px; }}
QPushButton:hover {{ border-color: {focus}; }}
QPushButton:focus {{ border: 1px solid {focus}; }}
QPushButton:default, QPushButton[primary="true"] {{ background: {accent}; color: {accent_text};
                                                   border-color: {accent}; }}
QPushButton:disabled {{ color: {muted}; }}
QPushButton[primary="true"]:disabled {{ background: {surface_alt}; color: {muted}; border-color: {border}; }}
QToolButton#moreActions {{ background: {surface}; border: 1px solid {border}; border-radius: 5px;
    padding: 6px 22px 6px 14px; }}
QToolButton#moreActions::menu-indicator {{ image: url({down_icon}); subcontrol-position: right center;
    right: 6px; width: 10px; height: 10px; }}
QTableView {{ background: {surface}; alternate-background-color: {surface_alt}; border: 1px solid {border};
              gridline-color: {border}; selection-background-color: {accent}; selection-color: {accent_text}; }}
QHeaderView::section {{ background: {surface_alt}; color: {muted}; border: none;
                        border-bottom: 1px solid {border}; padding: 6px; font-weight: 600; }}
QStatusBar {{ background: {surface}; border-top: 1px solid {border}; color: {muted}; }}
QStatusBar QLabel {{ padding: 0 8px; }}
QMenuBar {{ background: {surface}; border-bottom: 1px solid {border}; }}
QMenuBar::item:selected, QMenu::item:selected {{ background: {accent}; color: {accent_text}; }}
QMenu {{ background: {surface}; border: 1px solid {border}; }}
QToolBar {{ background: transparent; border: none; spacing: 6px; }}
QCheckBox::indicator, QGroupBox::indicator {{ width: 14px; height: 14px; border: 1px solid {muted};
    border-radius: 3px; background: {surface}; }}
QCheckBox::indicator:checked, QGroupBox::indicator:checked {{ background: {accent}; border-color: {accent};
    image: url({check_icon}); }}
QCheckBox::indicator:disabled {{ border-color: {border}; }}
QCheckBox::indicator:focus {{ border-color: {focus}; }}
QRadioButton::indicator {{ width: 12px; height: 12px; border: 1px solid {muted}; border-radius: 7px;
    background: {surface}; }}
QRadioButton::indicator:checked {{ background: {accent}; border: 3px solid {surface_alt}; }}
QGroupBox {{ border: 1px solid {border}; border-radius: 6px; margin-top: 14px; padding-top: 6px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {muted}; }}
QScrollBar:vertical {{ background: {surface_alt}; width: 12px; margin: 0; border: none; }}
QScrollBar:horizontal {{ background: {surface_alt}; height: 12px; margin: 0; border: none; }}
QScrollBar::handle {{ background: {border}; border-radius: 5px; min-height: 24px; min-width: 24px; margin: 2px; }}
QScrollBar::handle:hover {{ background: {muted}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QComboBox::drop-down {{ border: none; width: 18px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ subcontrol-origin: border; width: 18px;
    border: none; background: transparent; }}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
QAbstractSpinBox::up-arrow {{ image: url({up_icon}); width: 10px; height: 10px; }}
QAbstractSpinBox::down-arrow {{ image: url({down_icon}); width: 10px; height: 10px; }}
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::down-arrow:disabled {{ image: none; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QToolTip {{ background: {surface}; color: {text}; border: 1px solid {border}; }}
"""


def stylesheet(t: Tokens, font_size: int = 10) -> str:
    values = {f.name: getattr(t, f.name) for f in fields(t)}
    accent_strong = t.text if t.name == "night" else t.accent
    return QSS.format(**values, font_size=font_size, title_size=font_size + 5, value_size=font_size + 10,
                      accent_strong=accent_strong, check_icon=_check_icon(t),
                      up_icon=_svg_file(t, "up", t.muted, "18 15 12 9 6 15"),
                      down_icon=_svg_file(t, "down", t.muted, "6 9 12 15 18 9"))


def _check_icon(t: Tokens) -> str:
    return _svg_file(t, "check", t.accent_text, "20 6 9 17 4 12")


def _svg_file(t: Tokens, name: str, color: str, points: str) -> str:
    """QSS needs files for check marks and arrows: write them in the theme's colours to the temp folder."""
    import tempfile
    from pathlib import Path

    path = Path(tempfile.gettempdir()) / f"fieldops-{name}-{t.name}.svg"
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="'
           f'{color}" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round">'
           f'<polyline points="{points}"/></svg>')
    if not path.exists() or path.read_text() != svg:
        path.write_text(svg)
    return path.as_posix()


def palette(t: Tokens) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: t.window, QPalette.ColorRole.WindowText: t.text,
        QPalette.ColorRole.Base: t.surface, QPalette.ColorRole.AlternateBase: t.surface_alt,
        QPalette.ColorRole.Text: t.text, QPalette.ColorRole.Button: t.surface,
        QPalette.ColorRole.ButtonText: t.text, QPalette.ColorRole.Highlight: t.accent,
        QPalette.ColorRole.HighlightedText: t.accent_text, QPalette.ColorRole.ToolTipBase: t.surface,
        QPalette.ColorRole.ToolTipText: t.text, QPalette.ColorRole.PlaceholderText: t.muted,
    }
    for role, color in roles.items():
        p.setColor(role, QColor(color))
    return p


def apply(app: QApplication, name: str, font_size: int = 10) -> Tokens:
    tokens = THEMES.get(name, DAY)
    app.setProperty("fieldops_theme", tokens.name)
    app.setPalette(palette(tokens))
    app.setStyleSheet(stylesheet(tokens, font_size))
    icon.cache_clear()
    return tokens


def current() -> Tokens:
    app = QApplication.instance()
    name = app.property("fieldops_theme") if app else None
    return THEMES.get(str(name), DAY)


@lru_cache(maxsize=128)
def icon(name: str, color: str | None = None, size: int = 24) -> QIcon:
    """An SVG icon from resources/icons, its strokes painted in `color` (default: the theme's text)."""
    svg = icon_path(name).read_text("utf-8").replace("currentColor", color or current().text)
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    result = QIcon()
    for scale in (1, 2):
        pix = QPixmap(size * scale, size * scale)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        renderer.render(painter, QRectF(0, 0, size * scale, size * scale))
        painter.end()
        pix.setDevicePixelRatio(scale)
        result.addPixmap(pix)
    return result
