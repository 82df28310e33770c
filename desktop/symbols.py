"""The one door to the symbol engine: milsymbol.js 3 (npm) through ``resources/symbols.js``.

Every surface draws its symbols with the same JavaScript module: the map page, the print page
and the HTML export load it in the page (``app://posture/milsymbol/milsymbol.js`` and
``symbols.js``); the palette, the unit form and the KML icons, which have no page, run it under
Node (``resources/symbols-cli.js``, one process per batch of symbols not yet drawn). So the
same code and nation give the same picture everywhere. No Qt here: ``export --format kml`` runs
with no display.

The nation is Posture's own marking right of the frame (milsymbol draws no country indicator on
unit symbols). Only codes checked by :mod:`desktop.sidc` and ISO codes reach the engine; the
designation is escaped by the engine's module, so the SVG is safe to insert as markup.

Drawn symbols are kept on disk (``$POSTURE_CACHE_DIR``, else the user cache folder), keyed by
the engine's version and the module's text, so a start needs no Node process at all.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import subprocess
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from desktop import sidc as sidc_codes
from desktop.catalogue import default_sidc, is_nation_code
from desktop.model import Plan, Unit

log = logging.getLogger(__name__)

#: Bump when what this adapter asks of the engine changes (the disk cache is keyed by it).
ADAPTER_VERSION = 3

RESOURCES = Path(__file__).resolve().parent / "resources"
MODULE = RESOURCES / "symbols.js"
RUNNER = RESOURCES / "symbols-cli.js"
DEFAULT_SIZE = 26
UNKNOWN_KEY = "?"
NODE_TIMEOUT_S = 60


class EngineMissing(RuntimeError):
    """Node or the installed milsymbol package is not there (``scripts/setup.sh`` runs ``npm ci``)."""


@dataclass(frozen=True)
class Symbol:
    """An SVG symbol with its pixel size and the anchor (the unit's position inside it).

    ``drawn`` is the code the engine drew: the unit's own, or its nearest parent entity when the
    engine has no icon for it (``exact`` false).
    """

    svg: str
    width: float
    height: float
    anchor_x: float
    anchor_y: float
    drawn: str = ""
    exact: bool = True

    def as_page(self) -> dict[str, object]:
        return {"svg": self.svg, "w": self.width, "h": self.height, "ax": self.anchor_x, "ay": self.anchor_y}


@dataclass(frozen=True)
class Spec:
    """What to draw: the stored code, the nation marking, the size and the view's status."""

    sidc: str
    nation: str = ""
    size: int = DEFAULT_SIZE
    planned: bool = False
    designation: str = ""

    def key(self) -> str:
        return f"{self.sidc}|{self.nation}|{self.size}|{int(self.planned)}|{self.designation}"

    def as_engine(self) -> dict[str, object]:
        d: dict[str, object] = {"sidc": self.sidc, "nation": self.nation, "size": self.size}
        if self.planned:
            d["planned"] = True
        if self.designation:
            d["designation"] = self.designation
        return d


# -- where the engine is ----------------------------------------------------------------------


def node_modules() -> Path:
    """The npm packages folder: ``$POSTURE_NODE_MODULES``, else ``node_modules`` of the checkout
    (in a git worktree without one, the main checkout's: the same lock file installs both)."""
    env = os.environ.get("POSTURE_NODE_MODULES")
    if env:
        return Path(env)
    root = RESOURCES.parent.parent
    own = root / "node_modules"
    if (own / "milsymbol").is_dir():
        return own
    try:  # a worktree's .git is a file: "gitdir: <main>/.git/worktrees/<name>"
        text = (root / ".git").read_text(encoding="utf-8")
    except OSError:
        return own
    if text.startswith("gitdir:"):
        main = Path(text.split(":", 1)[1].strip()).parent.parent.parent / "node_modules"
        if (main / "milsymbol").is_dir():
            return main
    return own


def milsymbol_dir() -> Path:
    """The folder holding ``milsymbol.js`` (the bundle the pages load through ``app://``)."""
    return node_modules() / "milsymbol" / "dist"


@cache
def engine_version() -> str:
    """milsymbol's version as installed (``unknown`` when it is not)."""
    try:
        return str(json.loads((node_modules() / "milsymbol" / "package.json").read_text(encoding="utf-8"))["version"])
    except (OSError, ValueError, KeyError, TypeError):
        return "unknown"


@cache
def _module_stamp() -> str:
    try:
        return hashlib.sha256(MODULE.read_bytes()).hexdigest()[:12]
    except OSError:
        return "missing"


def _node() -> str:
    node = shutil.which("node") or shutil.which("nodejs")
    if not node:
        raise EngineMissing("the symbol engine needs Node.js (node) on the PATH; run scripts/setup.sh")
    if not (milsymbol_dir() / "milsymbol.js").is_file():
        raise EngineMissing(f"milsymbol.js is not installed in {node_modules()}; run scripts/setup.sh (npm ci)")
    return node


def _run_engine(specs: Sequence[Spec], resolve: Sequence[str] = ()) -> list[dict[str, Any]]:
    """The engine's answer: the symbols for ``specs``, or (``resolve``) what it draws for codes."""
    env = dict(os.environ)
    env["NODE_PATH"] = str(node_modules())
    proc = subprocess.run(  # noqa: S603 - our own script, JSON on stdin
        [_node(), str(RUNNER)],
        input=json.dumps({"specs": [s.as_engine() for s in specs], "resolve": list(resolve)}),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=NODE_TIMEOUT_S,
        env=env,
        check=False,
    )
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["no message"])[-1]
        raise EngineMissing(f"the symbol engine failed: {last}")
    answer = json.loads(proc.stdout)
    out = answer["resolved"] if resolve else answer["symbols"]
    if not isinstance(out, list) or len(out) != (len(resolve) or len(specs)):
        raise EngineMissing("the symbol engine answered with the wrong number of symbols")
    return out


# -- the disk cache ---------------------------------------------------------------------------


class _DiskCache:
    """Symbols already drawn, kept between runs. One JSON line per entry, appended as new symbols
    are drawn; a damaged or foreign line is skipped; any error only costs the speed-up."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[str, Any] | None = None

    def _path(self) -> Path:
        folder = os.environ.get("POSTURE_CACHE_DIR")
        if not folder:
            import platformdirs

            from desktop import APP_NAME

            folder = platformdirs.user_cache_dir(APP_NAME, appauthor=False)
        return Path(folder) / f"symbols-ms{engine_version()}-{_module_stamp()}-{ADAPTER_VERSION}.jsonl"

    def _load(self) -> dict[str, Any]:
        if self._entries is None:
            self._entries = {}
            try:
                with self._path().open(encoding="utf-8") as f:
                    for line in f:
                        try:
                            key, value = json.loads(line)
                            self._entries[str(key)] = value
                        except (ValueError, TypeError):
                            continue
            except OSError:
                pass
        return self._entries

    def get(self, key: str) -> Any:
        with self._lock:
            return self._load().get(key)

    def put_many(self, items: dict[str, Any]) -> None:
        with self._lock:
            self._load().update(items)
            try:
                path = self._path()
                path.parent.mkdir(parents=True, exist_ok=True)
                with path.open("a", encoding="utf-8") as f:
                    for key, value in items.items():
                        f.write(json.dumps([key, value]) + "\n")
            except OSError as e:
                log.debug("symbol cache not written: %s", e)


_CACHE = _DiskCache()
_MEMORY: dict[str, Symbol] = {}


def _symbol_of(value: Any) -> Symbol | None:
    try:
        return Symbol(
            str(value["svg"]), float(value["w"]), float(value["h"]), float(value["ax"]), float(value["ay"]),
            str(value.get("drawn", "")), bool(value.get("exact", True)),
        )  # fmt: skip
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def render_many(specs: Iterable[Spec]) -> dict[str, Symbol]:
    """Every symbol asked for, by :meth:`Spec.key`; one engine run for those not drawn before."""
    out: dict[str, Symbol] = {}
    missing: dict[str, Spec] = {}
    for spec in specs:
        k = spec.key()
        if k in out or k in missing:
            continue
        hit = _MEMORY.get(k) or _symbol_of(_CACHE.get(k))
        if hit is not None:
            _MEMORY[k] = out[k] = hit
            continue
        if sidc_codes.problem(spec.sidc):
            raise ValueError(f"not a valid SIDC: {spec.sidc!r}")
        missing[k] = spec
    if missing:
        drawn = _run_engine(list(missing.values()))
        fresh: dict[str, Any] = {}
        for (k, _), value in zip(missing.items(), drawn, strict=True):
            sym = _symbol_of(value)
            if sym is None:
                raise EngineMissing("the symbol engine answered with a malformed symbol")
            _MEMORY[k] = out[k] = sym
            fresh[k] = {"svg": sym.svg, "w": sym.width, "h": sym.height, "ax": sym.anchor_x,
                        "ay": sym.anchor_y, "drawn": sym.drawn, "exact": sym.exact}  # fmt: skip
        _CACHE.put_many(fresh)
    return out


def prefetch(sidcs: Iterable[str], nation: str = "", size: int = DEFAULT_SIZE) -> None:
    """Draw these codes (marked with ``nation``) in ONE engine run, so that :func:`render` finds
    them drawn: the palette asks for every template at once instead of one Node start each."""
    code = nation if is_nation_code(nation) else ""
    render_many([Spec(s, code, int(size), False, "") for s in sidcs if not sidc_codes.problem(s)])


def render(
    sidc: str, nation: str = "", size: int = DEFAULT_SIZE, *, planned: bool = False, designation: str = ""
) -> Symbol:
    """The symbol for ``sidc`` marked with ``nation`` (an ISO code, or empty for none)."""
    spec = Spec(sidc, nation if is_nation_code(nation) else "", int(size), planned, designation)
    return render_many([spec])[spec.key()]


# -- units --------------------------------------------------------------------------------------


def is_valid_sidc(code: object) -> bool:
    """A structurally valid 20-digit APP-6D code (:func:`desktop.sidc.problem`)."""
    return sidc_codes.is_valid(code)


def derived_sidc(kind: str, strength: int) -> str:
    """The code of a unit with none: its kind's, with the echelon its strength gives."""
    return sidc_codes.with_strength_echelon(default_sidc(kind), strength)


def sidc_of(unit: Unit) -> str:
    """The unit's own code when it has a valid one, else the one derived from kind and strength."""
    if unit.sidc and sidc_codes.is_valid(unit.sidc):
        return unit.sidc
    return derived_sidc(unit.kind, unit.strength)


def designation_of(unit: Unit) -> str:
    """The unit's unique designation (field ``designation``), else empty."""
    value = unit.designation
    return value.strip()[:24] if isinstance(value, str) else ""


def spec_of(unit: Unit, size: int = DEFAULT_SIZE, *, planned: bool = False) -> Spec:
    nation = unit.nation if is_nation_code(unit.nation) else ""
    return Spec(sidc_of(unit), nation, size, planned, designation_of(unit))


def key_of(unit: Unit, *, planned: bool = False) -> str:
    """The key the map page uses to share one symbol image among units."""
    return spec_of(unit, planned=planned).key()


def symbol_key(sidc: str, nation: str) -> str:
    return Spec(sidc, nation).key()


def symbols_for(
    units: Iterable[Unit], size: int = DEFAULT_SIZE, *, planned: frozenset[str] = frozenset()
) -> dict[str, Symbol]:
    """Every distinct symbol these units need, keyed as :func:`key_of` (size aside); ``planned``
    names the units drawn as planned in this view."""
    specs = {}
    for u in units:
        s = spec_of(u, size, planned=u.id in planned)
        specs[key_of(u, planned=u.id in planned)] = s
    drawn = render_many(specs.values())
    return {k: drawn[s.key()] for k, s in specs.items()}


def drawn_as(codes: Iterable[str]) -> dict[str, str]:
    """What the engine draws for each valid code: the code itself, or its nearest parent entity
    when it has no icon for it. One engine run for the codes not seen before (cached on disk)."""
    out: dict[str, str] = {}
    missing: list[str] = []
    for code in dict.fromkeys(codes):
        if sidc_codes.problem(code):
            continue
        hit = _RESOLVED.get(code) or _CACHE.get(f"resolve|{code}")
        if isinstance(hit, str):
            _RESOLVED[code] = out[code] = hit
        else:
            missing.append(code)
    if missing:
        fresh = {}
        for code, value in zip(missing, _run_engine([], missing), strict=True):
            drawn = str(value.get("drawn", code)) if isinstance(value, dict) else code
            _RESOLVED[code] = out[code] = fresh[f"resolve|{code}"] = drawn
        _CACHE.put_many(fresh)
    return out


_RESOLVED: dict[str, str] = {}


def not_drawn_exactly(units: Iterable[Unit]) -> dict[str, str]:
    """Units whose own code the engine cannot draw: unit id -> the parent code drawn instead."""
    units = list(units)
    codes = {u.id: sidc_of(u) for u in units}
    drawn = drawn_as(codes.values())
    return {uid: drawn[c] for uid, c in codes.items() if c in drawn and drawn[c] != c}


def unknown_symbol(size: int = DEFAULT_SIZE) -> Symbol:
    """Drawn for a unit whose symbol cannot be made (should not happen with validated plans)."""
    s = size * 1.2
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{s}" height="{s}" viewBox="0 0 40 40">'
        '<rect x="4" y="4" width="32" height="32" fill="#eee" stroke="#c00" stroke-width="3"/>'
        '<text x="20" y="28" font-size="22" text-anchor="middle" fill="#c00">?</text></svg>'
    )
    return Symbol(svg, s, s, s / 2, s / 2)


def planned_in(unit: Unit, phase: str) -> bool:
    """Whether, seen in ``phase``, the unit is still to arrive (it serves in a later phase only):
    drawn with the planned status (dashed frame). A unit that has already left is faded instead."""
    from desktop.model import PHASES

    if unit.in_phase(phase) or phase not in PHASES:
        return False
    now = PHASES.index(phase)
    return any(p in PHASES and PHASES.index(p) > now for p in unit.phases)


def planned_ids(units: Iterable[Unit], phase: str) -> frozenset[str]:
    return frozenset(u.id for u in units if planned_in(u, phase))


def inexact_note(units: Iterable[Unit], inexact: dict[str, str]) -> str:
    """One line for the panel naming the units whose code is drawn as its parent entity."""
    named = [u for u in units if u.id in inexact]
    if not named:
        return ""
    first = named[0]
    what = f"{first.label()} ({first.sidc}, drawn as {inexact[first.id]})"
    more = f" and {len(named) - 1} more" if len(named) > 1 else ""
    unit_word = "unit's code has" if len(named) == 1 else "units' codes have"
    return f"{len(named)} {unit_word} no symbol of its own in the engine, drawn as the parent entity: {what}{more}."


# -- the engine's own names for entities and modifiers ------------------------------------------

_NAME_RE = re.compile(r'(sId|sIdm1|sIdm2)\["(\d{2}|\d{6})"\]\s*=\s*\[\s*icn\["([^"]+)"\]')
_SET_RE = re.compile(r'symbolSet == "(\d\d)"')


@dataclass(frozen=True)
class EngineNames:
    """What milsymbol calls the entities and modifiers of one symbol set (read from its tables)."""

    entities: dict[str, str]
    modifier1: dict[str, str]
    modifier2: dict[str, str]


def _words(icon: str) -> str:
    """``GR.M1.CLOSE PROTECTION`` -> ``Close protection``."""
    parts = icon.split(".")
    text = parts[-1] if len(parts) < 3 else ".".join(parts[2:])
    text = text.split(".")[-1]
    return text[:1].upper() + text[1:].lower()


@cache
def _engine_tables() -> dict[str, EngineNames]:
    out: dict[str, EngineNames] = {}
    folder = node_modules() / "milsymbol" / "src" / "numbersidc" / "sidc"
    try:
        files = sorted(folder.glob("*.js"))
    except OSError:
        return out
    for f in files:
        try:
            text = f.read_text(encoding="utf-8")
        except OSError:
            continue
        sets = _SET_RE.findall(text)
        if not sets:
            continue
        tables: dict[str, dict[str, str]] = {"sId": {}, "sIdm1": {}, "sIdm2": {}}
        for table, code, icon in _NAME_RE.findall(text):
            tables[table].setdefault(code, _words(icon))
        for s in sets:
            out[s] = EngineNames(tables["sId"], tables["sIdm1"], tables["sIdm2"])
    return out


def engine_names(symbol_set: str) -> EngineNames:
    """The entity and modifier names of ``symbol_set`` as the installed engine knows them."""
    return _engine_tables().get(symbol_set) or EngineNames({}, {}, {})


def describe(code: str) -> list[str]:
    """:func:`desktop.sidc.describe`, with the engine's names for the entity and the modifiers."""
    words = sidc_codes.describe(code)
    if not words:
        return words
    names = engine_names(code[4:6])
    entity = names.entities.get(code[10:16])
    if entity and code[10:16] != "000000" and (code[4:6], code[10:16]) not in sidc_codes.ENTITIES:
        identity, symbol_set = sidc_codes.IDENTITIES[code[3]], sidc_codes.SYMBOL_SETS[code[4:6]]
        words[0] = f"{sidc_codes.word(identity)} · {sidc_codes.word(symbol_set)} · {entity}"
    mods = [m for m in (names.modifier1.get(code[16:18]) if code[16:18] != "00" else None,
                        names.modifier2.get(code[18:20]) if code[18:20] != "00" else None) if m]  # fmt: skip
    if mods:
        from desktop.i18n import translate

        lead = translate("Sidc", "Modifiers {first} / {second}").split("{")[0]
        words = [w for w in words if not w.startswith(lead)] + [
            translate("Sidc", "Modifiers: {names}").format(names=", ".join(mods))
        ]
    return words


def with_codes(plan: Plan) -> Plan:
    """``plan`` with every unit carrying its full code: its own, else the one derived from its
    kind and strength (what the exports write, so other tools draw the same symbol)."""
    from dataclasses import replace

    units = tuple(
        u if u.sidc and sidc_codes.is_valid(u.sidc) else replace(u, sidc=derived_sidc(u.kind, u.strength))
        for u in plan.units
    )
    return plan if units == plan.units else replace(plan, units=units)
