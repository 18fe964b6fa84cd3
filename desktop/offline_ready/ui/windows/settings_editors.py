"""Editors for settings, chosen by the setting's kind (the schema drives the Settings page)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...config import Config
from ...config.kinds import Bool, Float, Int, ListOf, Str, Table
from ...config.setting import Setting
from ..warnings_policy import ALL_CATEGORIES, parse_categories, parse_quiet_hours

# What a setting's fixed choices mean, in words (the value itself is what the config file holds).
CHOICE_LABELS = {
    "debug": QT_TRANSLATE_NOOP("SettingChoice", "Everything (for troubleshooting)"),
    "info": QT_TRANSLATE_NOOP("SettingChoice", "Normal"),
    "warning": QT_TRANSLATE_NOOP("SettingChoice", "Warnings and errors"),
    "error": QT_TRANSLATE_NOOP("SettingChoice", "Errors only"),
    "auto": QT_TRANSLATE_NOOP("SettingChoice", "Automatic"),
    "light": QT_TRANSLATE_NOOP("SettingChoice", "Light"),
    "dark": QT_TRANSLATE_NOOP("SettingChoice", "Dark"),
    "keep-n": QT_TRANSLATE_NOOP("SettingChoice", "Keep the latest versions"),
    "staggered": QT_TRANSLATE_NOOP("SettingChoice", "Staggered: recent ones, then fewer older ones"),
    "system": QT_TRANSLATE_NOOP("SettingChoice", "As the system is set"),
    "none": QT_TRANSLATE_NOOP("SettingChoice", "None"),
    "manual": QT_TRANSLATE_NOOP("SettingChoice", "Manual"),
    "pac": QT_TRANSLATE_NOOP("SettingChoice", "Automatic configuration script (PAC)"),
    "victorialogs": QT_TRANSLATE_NOOP("SettingChoice", "VictoriaLogs"),
    "loki": QT_TRANSLATE_NOOP("SettingChoice", "Grafana Loki"),
    "bearer": QT_TRANSLATE_NOOP("SettingChoice", "Bearer token"),
    "basic": QT_TRANSLATE_NOOP("SettingChoice", "User name and password"),
}
CATEGORY_TITLES = {
    "no-network": QT_TRANSLATE_NOOP("CategoriesEditor", "No network (cable, Wi-Fi)"),
    "no-internet": QT_TRANSLATE_NOOP("CategoriesEditor", "No internet"),
    "dns-outage": QT_TRANSLATE_NOOP("CategoriesEditor", "Websites can't be found (your DNS resolver)"),
    "captive-portal": QT_TRANSLATE_NOOP("CategoriesEditor", "Sign-in page (captive portal)"),
    "degraded": QT_TRANSLATE_NOOP("CategoriesEditor", "Slow or partly broken"),
    "service-down": QT_TRANSLATE_NOOP("CategoriesEditor", "A watched service is down"),
    "hijacking": QT_TRANSLATE_NOOP("CategoriesEditor", "DNS answers being rewritten"),
}


class Editor(QObject):
    """One setting's editor: ``widget``, ``value()``, ``set_value()``, ``changed``."""

    changed = Signal()
    spans_label = False  # a check box carries its own label

    def __init__(self, setting: Setting, parent: QWidget):
        super().__init__(parent)
        self.setting = setting
        self.widget: QWidget = QWidget(parent)

    def value(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def set_value(self, value: Any) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _emit(self, *_args: Any) -> None:
        self.changed.emit()

    def set_locked(self, locked: bool) -> None:
        self.widget.setEnabled(not locked)

    def _name(self, w: QWidget) -> None:
        w.setObjectName(f"setting-{self.setting.key}")
        w.setAccessibleName(self.setting.label)
        w.setAccessibleDescription(self.setting.help_text)
        w.setToolTip(self.setting.help_text)


class BoolEditor(Editor):
    spans_label = True

    def __init__(self, setting: Setting, parent: QWidget):
        super().__init__(setting, parent)
        self.widget = QCheckBox(setting.label, parent)
        self._name(self.widget)
        self.widget.toggled.connect(self._emit)

    def value(self) -> bool:
        return self.widget.isChecked()

    def set_value(self, value: Any) -> None:
        self.widget.setChecked(bool(value))


class IntEditor(Editor):
    def __init__(self, setting: Setting, parent: QWidget):
        super().__init__(setting, parent)
        kind = setting.kind
        assert isinstance(kind, Int)
        self.widget = QSpinBox(parent)
        self.widget.setRange(kind.min if kind.min is not None else -(2**31), kind.max if kind.max is not None else 2**31 - 1)
        self.widget.setAccelerated(True)
        self._name(self.widget)
        self.widget.valueChanged.connect(self._emit)

    def value(self) -> int:
        return self.widget.value()

    def set_value(self, value: Any) -> None:
        self.widget.setValue(int(value))


class FloatEditor(Editor):
    def __init__(self, setting: Setting, parent: QWidget):
        super().__init__(setting, parent)
        kind = setting.kind
        assert isinstance(kind, Float)
        self.widget = QDoubleSpinBox(parent)
        self.widget.setDecimals(2)
        self.widget.setSingleStep(0.1)
        self.widget.setRange(kind.min if kind.min is not None else -1e9, kind.max if kind.max is not None else 1e9)
        self._name(self.widget)
        self.widget.valueChanged.connect(self._emit)

    def value(self) -> float:
        return round(self.widget.value(), 3)

    def set_value(self, value: Any) -> None:
        self.widget.setValue(float(value))


class ChoiceEditor(Editor):
    def __init__(self, setting: Setting, parent: QWidget):
        super().__init__(setting, parent)
        kind = setting.kind
        assert isinstance(kind, Str)
        self.widget = QComboBox(parent)
        for c in kind.choices:
            label = CHOICE_LABELS.get(c)
            self.widget.addItem(QCoreApplication.translate("SettingChoice", label) if label else c, c)
        self._name(self.widget)
        self.widget.currentIndexChanged.connect(self._emit)

    def value(self) -> str:
        return self.widget.currentData()

    def set_value(self, value: Any) -> None:
        i = self.widget.findData(value)
        self.widget.setCurrentIndex(max(0, i))


class TextEditor(Editor):
    def __init__(self, setting: Setting, parent: QWidget):
        super().__init__(setting, parent)
        self.widget = QLineEdit(parent)
        self.widget.setClearButtonEnabled(True)
        self._name(self.widget)
        self.widget.textChanged.connect(self._emit)

    def value(self) -> str:
        return self.widget.text().strip()

    def set_value(self, value: Any) -> None:
        self.widget.setText("" if value is None else str(value))


class LinesEditor(Editor):
    """A list of simple values, one per line."""

    def __init__(self, setting: Setting, parent: QWidget):
        super().__init__(setting, parent)
        self.widget = QPlainTextEdit(parent)
        self.widget.setTabChangesFocus(True)
        self.widget.setFixedHeight(self.widget.fontMetrics().lineSpacing() * 5 + 12)
        self.widget.setPlaceholderText(self.tr("One per line"))
        self._name(self.widget)
        self.widget.textChanged.connect(self._emit)

    def value(self) -> list[str]:
        return [line.strip() for line in self.widget.toPlainText().splitlines() if line.strip()]

    def set_value(self, value: Any) -> None:
        self.widget.setPlainText("\n".join(str(v) for v in value or []))


class TableEditor(Editor):
    """A list of tables (e.g. connectivity checks): one row per entry, one column per field."""

    def __init__(self, setting: Setting, parent: QWidget):
        super().__init__(setting, parent)
        kind = setting.kind
        assert isinstance(kind, ListOf) and isinstance(kind.item, Table)
        self.fields = list(kind.item.fields)
        self.item_kind = kind.item
        self.widget = QWidget(parent)
        self.table = QTableWidget(0, len(self.fields), self.widget)
        self.table.setHorizontalHeaderLabels([field_title(f) for f in self.fields])
        for col, name in enumerate(self.fields):  # the field's own description, one hover away
            header = self.table.horizontalHeaderItem(col)
            if header is not None:
                header.setToolTip(kind.item.fields[name].help_text)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFixedHeight(150)
        self._name(self.table)
        self.table.itemChanged.connect(lambda _i: self.changed.emit())
        add = QPushButton(self.tr("Add"), self.widget)
        add.setAccessibleName(self.tr("Add a row to {title}").format(title=setting.label))
        add.clicked.connect(self._add)
        remove = QPushButton(self.tr("Remove"), self.widget)
        remove.setAccessibleName(self.tr("Remove the selected row of {title}").format(title=setting.label))
        remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _add(self) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c in range(len(self.fields)):
            self.table.setItem(r, c, QTableWidgetItem(""))
        self.table.setCurrentCell(r, 0)
        self.table.editItem(self.table.item(r, 0))
        self.changed.emit()

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for r in rows:
            self.table.removeRow(r)
        if rows:
            self.changed.emit()

    def value(self) -> list[dict[str, Any]]:
        out = []
        for r in range(self.table.rowCount()):
            entry: dict[str, Any] = {}
            for c, name in enumerate(self.fields):
                item = self.table.item(r, c)
                text = item.text().strip() if item else ""
                if not text:
                    continue
                fkind = self.item_kind.fields[name].kind
                if isinstance(fkind, Int):
                    try:
                        entry[name] = int(text)
                    except ValueError:
                        entry[name] = text  # the schema check reports it
                elif isinstance(fkind, Bool):
                    entry[name] = text.lower() in ("1", "true", "yes", "on")
                else:
                    entry[name] = text
            if entry:
                out.append(entry)
        return out

    def set_value(self, value: Any) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for entry in value or []:
            r = self.table.rowCount()
            self.table.insertRow(r)
            for c, name in enumerate(self.fields):
                v = entry.get(name)
                self.table.setItem(r, c, QTableWidgetItem("" if v is None else str(v).lower() if isinstance(v, bool)
                                                          else str(v)))
        self.table.blockSignals(False)

    def set_locked(self, locked: bool) -> None:
        self.widget.setEnabled(not locked)


class CategoriesEditor(Editor):
    """``notifications.states``: one check box per kind of problem (per-state toggles)."""

    def __init__(self, setting: Setting, parent: QWidget):
        super().__init__(setting, parent)
        self.description = self.tr("The kinds of problem that raise a warning; the others only change the "
                                   "tray icon.")
        self.widget = QWidget(parent)
        self.widget.setAccessibleName(setting.label)
        grid = QGridLayout(self.widget)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for i, category in enumerate(ALL_CATEGORIES):
            box = QCheckBox(self.tr(CATEGORY_TITLES[category]), self.widget)
            box.setObjectName(f"setting-notifications.states-{category}")
            box.toggled.connect(self._emit)
            grid.addWidget(box, i // 2, i % 2)
            self.boxes[category] = box

    def value(self) -> str:
        return ",".join(c for c, b in self.boxes.items() if b.isChecked())

    def set_value(self, value: Any) -> None:
        chosen = parse_categories(value or "")
        for c, b in self.boxes.items():
            b.setChecked(c in chosen)


class QuietHoursEditor(Editor):
    """``notifications.quiet_hours``: on/off plus from–to times."""

    def __init__(self, setting: Setting, parent: QWidget):
        super().__init__(setting, parent)
        self.widget = QWidget(parent)
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(self.tr("From"), self.widget)
        self.enabled.setObjectName("setting-notifications.quiet_hours")
        self.enabled.setAccessibleName(self.tr("Quiet hours on"))
        self.start = QTimeEdit(QTime(22, 0), self.widget)
        self.start.setDisplayFormat("HH:mm")
        self.start.setAccessibleName(self.tr("Quiet hours start"))
        self.end = QTimeEdit(QTime(7, 0), self.widget)
        self.end.setDisplayFormat("HH:mm")
        self.end.setAccessibleName(self.tr("Quiet hours end"))
        to = QLabel(self.tr("to"), self.widget)
        to.setBuddy(self.end)
        row.addWidget(self.enabled)
        row.addWidget(self.start)
        row.addWidget(to)
        row.addWidget(self.end)
        row.addStretch(1)
        self.enabled.toggled.connect(self._sync)
        for w in (self.start, self.end):
            w.timeChanged.connect(self._emit)
        self.enabled.toggled.connect(self._emit)
        self._sync()

    def _sync(self) -> None:
        on = self.enabled.isChecked()
        self.start.setEnabled(on)
        self.end.setEnabled(on)

    def value(self) -> str:
        if not self.enabled.isChecked():
            return ""
        return f"{self.start.time().toString('HH:mm')}-{self.end.time().toString('HH:mm')}"

    def set_value(self, value: Any) -> None:
        try:
            span = parse_quiet_hours(value or "")
        except ValueError:
            span = None
        self.enabled.setChecked(span is not None)
        if span:
            self.start.setTime(QTime(span[0].hour, span[0].minute))
            self.end.setTime(QTime(span[1].hour, span[1].minute))
        self._sync()


# Column titles for the fields of list-of-table settings (the schema's names are for files).
FIELD_TITLES = {
    "url": QT_TRANSLATE_NOOP("SettingsField", "Address"),
    "status": QT_TRANSLATE_NOOP("SettingsField", "Expected status"),
    "body": QT_TRANSLATE_NOOP("SettingsField", "Expected text"),
    "name": QT_TRANSLATE_NOOP("SettingsField", "Name"),
    "expect_status": QT_TRANSLATE_NOOP("SettingsField", "Status meaning up"),
    "enabled": QT_TRANSLATE_NOOP("SettingsField", "Watched"),
    "check_every": QT_TRANSLATE_NOOP("SettingsField", "Check every (s)"),
    "source": QT_TRANSLATE_NOOP("SettingsField", "Source"),
    "type": QT_TRANSLATE_NOOP("SettingsField", "Type"),
    "target_age_days": QT_TRANSLATE_NOOP("SettingsField", "Refresh after (days)"),
    "contacts": QT_TRANSLATE_NOOP("SettingsField", "Contact list"),
    "id": QT_TRANSLATE_NOOP("SettingsField", "Short name"),
    "servers": QT_TRANSLATE_NOOP("SettingsField", "Servers"),
    "doh_url": QT_TRANSLATE_NOOP("SettingsField", "DNS-over-HTTPS address"),
    "doh_addresses": QT_TRANSLATE_NOOP("SettingsField", "DNS-over-HTTPS server addresses"),
}


def field_title(name: str) -> str:
    """A column title in words; an unknown field gets its name with spaces, never underscores."""
    text = FIELD_TITLES.get(name)
    if text:
        return QCoreApplication.translate("SettingsField", text)
    return name.replace("_", " ").capitalize()


SPECIAL = {Config.notifications.states.key: CategoriesEditor, Config.notifications.quiet_hours.key: QuietHoursEditor}


def editor_for(setting: Setting, parent: QWidget) -> Editor:
    if setting.key in SPECIAL:
        return SPECIAL[setting.key](setting, parent)
    kind = setting.kind
    if isinstance(kind, Bool):
        return BoolEditor(setting, parent)
    if isinstance(kind, Int):
        return IntEditor(setting, parent)
    if isinstance(kind, Float):
        return FloatEditor(setting, parent)
    if isinstance(kind, Str) and kind.choices:
        return ChoiceEditor(setting, parent)
    if isinstance(kind, ListOf):
        return TableEditor(setting, parent) if isinstance(kind.item, Table) else LinesEditor(setting, parent)
    return TextEditor(setting, parent)


def align_top(w: QWidget) -> Qt.AlignmentFlag:
    return Qt.AlignmentFlag.AlignTop if isinstance(w, QPlainTextEdit | QTableWidget) else Qt.AlignmentFlag.AlignVCenter
