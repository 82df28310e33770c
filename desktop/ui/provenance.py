"""The provenance view (View › Provenance): units coloured by the national package they came
from, or only one origin shown (the others faded). Apart from desktop/ui/packagesui.py so that
the window's menus, built before the first frame, need not load the principles engine."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QMenu

from desktop.i18n import translate
from desktop.model import Plan, Unit
from desktop.packages import THIS_PLAN, provenance_colours, provenance_key, provenance_label, provenance_nations

if TYPE_CHECKING:
    from desktop.ui.mainwindow import MainWindow


class ProvenanceView:
    """Colour units by the package they came from, and show only one origin (the others faded)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.colour = False
        self.only: str | None = None  # None: every unit; THIS_PLAN or a package nation
        self._colours: tuple[int, dict[str, str]] = (0, {})
        self._nations: tuple[Plan | None, list[str]] = (None, [])
        window.controller.unit_view = self.decorate
        if self.nations():  # the first page state went without provenance
            window.controller.refresh_units()

    def nations(self) -> list[str]:
        """The package nations of the plan shown (walked once per plan: 10,000 units take ~10 ms)."""
        plan = self.window.doc.plan
        if self._nations[0] is not plan:  # the plan itself, not its id (which a later plan may reuse)
            self._nations = (plan, provenance_nations(plan))
        return self._nations[1]

    def colours(self) -> dict[str, str]:
        plan = self.window.doc.plan
        if self._colours[0] != id(plan):
            self._colours = (id(plan), provenance_colours(plan, self.nations()))
        return self._colours[1]

    def decorate(self, u: Unit, d: dict[str, Any]) -> None:
        key = provenance_key(u)
        if key != THIS_PLAN:
            d["tip"] = f"{d.get('tip', '')}\n" + translate("Packages", "From the {package}").format(
                package=provenance_label(u)
            )
            if self.colour:
                d["tint"] = self.colours().get(key, "#999999")
        if self.only is not None and key != self.only:
            d["dim"] = True

    def set(self, colour: bool | None = None, only: str | bool | None = False) -> None:
        if colour is not None:
            self.colour = colour
        if only is not False:
            self.only = only  # type: ignore[assignment]
        self.window.controller.refresh_units()

    def build_menu(self, view: QMenu) -> QMenu:
        menu = view.addMenu(translate("ProvenanceView", "&Provenance"))
        menu.setToolTipsVisible(True)
        menu.aboutToShow.connect(lambda: self._fill(menu))
        self._fill(menu)
        return menu

    def _fill(self, menu: QMenu) -> None:
        menu.clear()
        colour = menu.addAction(translate("ProvenanceView", "&Colour by package"))
        colour.setCheckable(True)
        colour.setChecked(self.colour)
        colour.setToolTip(
            translate("ProvenanceView", "Outline each unit merged from a national package in that package's colour")
        )
        colour.toggled.connect(lambda on: self.set(colour=on))
        menu.addSeparator()
        group = QActionGroup(menu)
        choices: list[tuple[str, str | None]] = [
            (translate("ProvenanceView", "Show all units"), None),
            (translate("ProvenanceView", "Only units of this plan"), THIS_PLAN),
        ]
        colours = self.colours()
        only = translate("ProvenanceView", "Only units from the {nation} package")
        choices += [(only.format(nation=n), n) for n in self.nations()]
        for text, value in choices:
            a: QAction = menu.addAction(text)
            a.setCheckable(True)
            a.setChecked(self.only == value)
            if value:
                pix = QPixmap(12, 12)
                pix.fill(QColor(colours.get(value, "#999999")))
                a.setIcon(QIcon(pix))
            group.addAction(a)
            a.triggered.connect(lambda _=False, v=value: self.set(only=v))
