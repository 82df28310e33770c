"""Keep the translation catalogue in step with the code (``make translations``).

    python scripts/translations.py update    # add new strings to desktop/i18n/posture_uk.ts
    python scripts/translations.py check     # list strings without a translation (exit 1 if any)
    python scripts/translations.py release   # build the .qm files the window loads
    python scripts/translations.py import uk FILE.json   # fill translations {"Context|source": "…"}

Strings are found in the code as Qt's lupdate finds them: ``self.tr("…")`` (context: the class),
``QCoreApplication.translate("Context", "…")`` and the core's ``translate("Context", "…")``
(:mod:`desktop.i18n`), with a fourth argument (or a third for ``tr``) making the message a
plural. The .ts stays Qt Linguist's format, so translators edit it with Linguist.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "desktop"
#: Other packages beside desktop/ whose messages the core's ``translate`` translates (the library's refusals).
CORE = ("db",)
FOLDER = SOURCES / "i18n"
LANGS = ("uk",)

#: Placeholders a translation must keep: {name}, %n, %1…
PLACEHOLDER = re.compile(r"\{[a-z_][a-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%n|%\d|%\([a-z_]+\)[rs]|%[rs]")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    where: str


#: Constructors whose 2nd and 3rd arguments are texts shown translated (context by constructor):
#: the rules' descriptions and sources, the profiles' names and summaries.
_RECORDS = {"Rule": "Rules", "Profile": "Profiles"}
#: The unit field table's texts (``desktop.model.field_info``: the label and these keywords),
#: context "Fields": shown translated by the unit form (``translate("Fields", spec.label)``).
_FIELD_TEXTS = ("tooltip", "heading", "suffix", "empty_text")


def _const(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Finder(ast.NodeVisitor):
    def __init__(self, path: Path, root: Path) -> None:
        self.path, self.root = path, root
        self.classes: list[str] = []
        self.found: list[Message] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        f = node.func
        name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
        where = f"{self.path.relative_to(self.root)}:{node.lineno}"
        if name in _RECORDS and len(node.args) >= 3:  # records whose texts are shown translated
            for arg in node.args[1:3]:
                text = _const(arg)
                if text is not None:
                    self.found.append(Message(_RECORDS[name], text, "", False, where))
        if name == "field_info" and node.args:  # the unit field table: texts shown translated
            texts = [node.args[0]] + [k.value for k in node.keywords if k.arg in _FIELD_TEXTS]
            for arg in texts:
                text = _const(arg)
                if text and text.strip():
                    self.found.append(Message("Fields", text, "", False, where))
        if name in ("translate", "translate_noop") and len(node.args) >= 2:
            ctx, src = _const(node.args[0]), _const(node.args[1])
            if ctx is not None and src is not None:
                comment = _const(node.args[2]) if len(node.args) > 2 else None
                numerus = len(node.args) > 3 or any(k.arg == "n" for k in node.keywords)
                self.found.append(Message(ctx, src, comment or "", numerus, where))
        elif name == "tr" and isinstance(f, ast.Attribute) and node.args and self.classes:
            src = _const(node.args[0])
            if src is not None:
                comment = _const(node.args[1]) if len(node.args) > 1 else None
                self.found.append(Message(self.classes[-1], src, comment or "", len(node.args) > 2, where))
        self.generic_visit(node)


def extract(folder: Path | None = None) -> list[Message]:
    """Every translatable string of the code, in file order, once per (context, source, comment)."""
    folders = [folder] if folder else [SOURCES, *(SOURCES.parent / name for name in CORE)]
    folder = folder or SOURCES
    seen: dict[tuple[str, str, str], Message] = {}
    for path in sorted(p for f in folders for p in f.rglob("*.py")):
        finder = _Finder(path, folder.parent)
        finder.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        for m in finder.found:
            seen.setdefault((m.context, m.source, m.comment), m)
    for m in _catalogue_messages(folder):
        seen.setdefault((m.context, m.source, m.comment), m)
    return list(seen.values())


def _catalogue_messages(folder: Path) -> list[Message]:
    """The palette's labels (``resources/catalogue.json``: kinds and templates), context "Catalogue"."""
    import json

    path = folder / "resources" / "catalogue.json"
    if not path.is_file():
        return []
    doc = json.loads(path.read_text(encoding="utf-8"))
    where = f"{path.relative_to(folder.parent)}:0"
    labels = [k["label"] for k in doc.get("kinds", {}).values()] + [t["label"] for t in doc.get("templates", ())]
    return [Message("Catalogue", label, "", False, where) for label in dict.fromkeys(labels)]


def _load(path: Path) -> ET.Element:
    if path.is_file():
        return ET.parse(path).getroot()  # noqa: S314
    return ET.Element("TS", version="2.1", language=path.stem.split("_", 1)[1])


def _entries(root: ET.Element) -> dict[tuple[str, str, str], ET.Element]:
    out = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out[(name, msg.findtext("source") or "", msg.findtext("comment") or "")] = msg
    return out


def update(lang: str) -> int:
    """Merge the code's strings into the catalogue: new ones unfinished, gone ones vanished."""
    path = FOLDER / f"posture_{lang}.ts"
    old = _entries(_load(path))
    root = ET.Element("TS", version="2.1", language={"uk": "uk_UA"}.get(lang, lang))
    contexts: dict[str, ET.Element] = {}
    added = 0
    messages = extract()
    keys = {(m.context, m.source, m.comment) for m in messages}
    for m in messages:
        ctx = contexts.get(m.context)
        if ctx is None:
            ctx = contexts[m.context] = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = m.context
        prev = old.get((m.context, m.source, m.comment))
        msg = ET.SubElement(ctx, "message", numerus="yes") if m.numerus else ET.SubElement(ctx, "message")
        # The file only, not the line: line numbers churn with every edit and would make the
        # catalogue conflict whenever two people change the code (lupdate -locations relative/none).
        ET.SubElement(msg, "location", filename=m.where.split(":")[0])
        ET.SubElement(msg, "source").text = m.source
        if m.comment:
            ET.SubElement(msg, "comment").text = m.comment
        tr = prev.find("translation") if prev is not None else None
        if tr is None:
            added += 1
            tr = ET.Element("translation", type="unfinished")
            if m.numerus:
                for _ in range(3 if lang == "uk" else 2):
                    ET.SubElement(tr, "numerusform")
        elif tr.get("type") == "vanished":
            del tr.attrib["type"]
        msg.append(tr)
    for (context, source, comment), prev in old.items():  # keep gone strings, marked, for reuse
        if (context, source, comment) in keys:
            continue
        ctx = contexts.get(context)
        if ctx is None:
            ctx = contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = context
        tr = prev.find("translation")
        if tr is not None and tr.get("type") != "unfinished":
            tr.set("type", "vanished")
            for loc in prev.findall("location"):
                prev.remove(loc)
            ctx.append(prev)
    ET.indent(root)
    FOLDER.mkdir(exist_ok=True)
    text = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(messages)} strings, {added} new")
    return 0


def problems(lang: str) -> list[str]:
    """Strings of the code without a finished translation, or whose translation drops or adds a
    placeholder, or a plural with the wrong number of forms."""
    entries = _entries(_load(FOLDER / f"posture_{lang}.ts"))
    out = []
    for m in extract():
        msg = entries.get((m.context, m.source, m.comment))
        tr = msg.find("translation") if msg is not None else None
        if tr is None or tr.get("type") in ("unfinished", "vanished"):
            out.append(f"{m.where}: no {lang} translation of {m.source!r}")
            continue
        forms = [f.text or "" for f in tr.iter("numerusform")] if m.numerus else [tr.text or ""]
        if m.numerus and len(forms) != (3 if lang == "uk" else 2):
            out.append(f"{m.where}: {len(forms)} plural forms for {m.source!r}")
        want = sorted(PLACEHOLDER.findall(m.source))
        for form in forms:
            if not form.strip():
                out.append(f"{m.where}: an empty {lang} form of {m.source!r}")
            elif sorted(PLACEHOLDER.findall(form)) != want and not (m.numerus and "%n" not in form):
                out.append(f"{m.where}: placeholders {want} changed in {form!r}")
    return out


def release(out_dir: Path) -> int:
    """Build ``posture_<lang>.qm`` for the window with Qt's lrelease."""
    out_dir.mkdir(parents=True, exist_ok=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for lang in LANGS:
        ts = FOLDER / f"posture_{lang}.ts"
        subprocess.run(  # noqa: S603 (fixed arguments)
            [str(lrelease), "-silent", str(ts), "-qm", str(out_dir / f"posture_{lang}.qm")], check=True
        )
    return 0


def import_json(lang: str, source: Path) -> int:
    """Fill translations from a JSON object {"Context|source text": "translation" or [plural forms]}."""
    import json

    path = FOLDER / f"posture_{lang}.ts"
    tree = ET.ElementTree(_load(path))
    entries = _entries(tree.getroot())
    done = 0
    for key, value in json.loads(source.read_text(encoding="utf-8")).items():
        context, _, text = key.partition("|")
        msg = entries.get((context, text, ""))
        if msg is None:
            print(f"not in the catalogue: {key!r}", file=sys.stderr)
            continue
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        tr.attrib.pop("type", None)
        for child in list(tr):
            tr.remove(child)
        if isinstance(value, list):
            tr.text = None
            for form in value:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value
        done += 1
    ET.indent(tree.getroot())
    text = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {done} translations set")
    return 0


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else "check"
    if cmd == "import":
        return import_json(argv[1], Path(argv[2]))
    if cmd == "update":
        return max(update(lang) for lang in LANGS)
    if cmd == "release":
        return release(Path(argv[1]) if len(argv) > 1 else FOLDER)
    found = [p for lang in LANGS for p in problems(lang)]
    print("\n".join(found) or "every string is translated")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
