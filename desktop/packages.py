"""Coalition packages: each nation's contribution out to its planners, and back into the plan.

A **national package** (:func:`make_package`, ``package PLAN --nation XX -o FILE``) is an ordinary
plan file holding only nation XX's units and contributions, the plan's shared geometry (contact
line, occupied area) and plan settings, and ``posture.package`` =
``{"nation": "XX", "from": "<plan name>", "made": "<ISO time>"}`` (plan-format.md). A unit's
``parent`` may name a unit outside the package (its commander of another nation).

**Merge** (:func:`merge_packages`, ``merge PLAN FILE…``) brings packages back into a plan:

* units are matched by id: new ones are added (in package order, after the plan's), identical
  ones left as they are (provenance included), changed ones replaced in place, but only when the
  package's nation owns the unit;
* a package states its nation's contributions: the plan's contributions of that nation are
  replaced by the package's (left as they are when identical);
* a plan geometry (contact line, occupied area) of a kind the plan lacks is taken from the first
  package that has one; the plan's own is never changed;
* every unit and contribution merged in records where it came from: ``package`` =
  ``{"nation", "made"}`` (:func:`provenance_of`);
* **conflicts** refuse the whole merge (nothing merged): a file that is not a package, a package
  whose nation doctrine excludes (``NAT-EXCLUDED``) or that is not a nation code, two packages of
  one nation, a unit or contribution of another nation in a package, an id that the plan (or
  another package) holds for another nation's unit or for a plan geometry, a ``parent`` that is in
  neither the plan nor the packages, a chain of command that would become a cycle;
* merging the same package again changes nothing (identical units are left, and a unit's
  provenance does not count in "identical").

Pure: no Qt, no files, no library.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from desktop import catalogue, orbat
from desktop.i18n import nation_name, translate
from desktop.model import Contribution, Plan, PlanGeometry, Unit

if TYPE_CHECKING:
    from desktop.edits import Delta

#: The member that carries package information: ``posture.package`` and each unit's provenance.
PACKAGE = "package"


# ---------------------------------------------------------------------------------------------
# Package and provenance values
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackageInfo:
    """``posture.package``: whose package, from which plan, made when (ISO 8601, UTC)."""

    nation: str
    source: str
    made: str

    def as_json(self) -> dict[str, str]:
        return {"nation": self.nation, "from": self.source, "made": self.made}


def iso_now(now: datetime | None = None) -> str:
    """``2026-12-01T10:00:00Z``: the time, in UTC, to the second."""
    return (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _member(obj: Any, name: str) -> Any:
    """A member that is a field of the model once the field table has it, else in ``extra``."""
    if hasattr(obj, name):
        return getattr(obj, name)
    return obj.extra.get(name)


def package_info(plan: Plan) -> PackageInfo | None:
    """The plan's ``posture.package``, or None when it is not a national package (or the member
    is not an object with a nation)."""
    value = _member(plan, PACKAGE)
    if not isinstance(value, Mapping) or not isinstance(value.get("nation"), str):
        return None
    return PackageInfo(str(value["nation"]), str(value.get("from") or ""), str(value.get("made") or ""))


def provenance_of(obj: Unit | Contribution) -> dict[str, str] | None:
    """Where a merged unit or contribution came from: ``{"nation", "made"}``, or None."""
    value = _member(obj, PACKAGE)
    if isinstance(value, Mapping) and isinstance(value.get("nation"), str):
        return {"nation": str(value["nation"]), "made": str(value.get("made") or "")}
    return None


def with_provenance(obj: Any, nation: str, made: str) -> Any:
    """``obj`` (a unit or contribution) recording that it came from ``nation``'s package ``made``."""
    value = {"nation": nation, "made": made}
    if hasattr(obj, PACKAGE):
        return replace(obj, **{PACKAGE: value})
    return replace(obj, extra={**obj.extra, PACKAGE: value})


def _without_provenance(obj: Any) -> Any:
    if hasattr(obj, PACKAGE):
        return replace(obj, **{PACKAGE: None})
    if PACKAGE in obj.extra:
        return replace(obj, extra={k: v for k, v in obj.extra.items() if k != PACKAGE})
    return obj


def _set_package(plan: Plan, info: PackageInfo) -> Plan:
    if hasattr(plan, PACKAGE):
        return replace(plan, **{PACKAGE: info.as_json()})  # type: ignore[arg-type]
    return replace(plan, extra={**plan.extra, PACKAGE: info.as_json()})


def provenance_label(obj: Unit | Contribution) -> str:
    """``"PL package, 2026-12-01 10:00 UTC"``, or ``"this plan"`` when not merged from a package."""
    p = provenance_of(obj)
    if p is None:
        return translate("Packages", "this plan")
    made = p["made"].replace("T", " ").removesuffix("Z")[:16]
    if made:
        return translate("Packages", "{nation} package, {made} UTC").format(nation=p["nation"], made=made)
    return translate("Packages", "{nation} package").format(nation=p["nation"])


# ---------------------------------------------------------------------------------------------
# Checks at the door (the plan-file reader and the field table use them)
# ---------------------------------------------------------------------------------------------


def releasable_item_problem(value: Any) -> str | None:
    """One item of a ``releasable_to`` list: a nation code or ``ALL``; else the problem."""
    if value == "ALL" or catalogue.is_nation_code(value):
        return None
    return translate("PlanFile", "is not an ISO 3166-1 alpha-2 nation code or ALL")


def releasable_problem(value: Any) -> str | None:
    """A whole ``releasable_to`` value (a list of :func:`releasable_item_problem` items)."""
    if not isinstance(value, (list, tuple)):
        return translate("PlanFile", 'is not a list of nation codes (or ["ALL"])')
    for item in value:
        problem = releasable_item_problem(item)
        if problem is not None:
            return translate("PlanFile", "holds {item}, which {problem}").format(item=repr(item), problem=problem)
    return None


def _iso_time_problem(value: Any) -> str | None:
    if not isinstance(value, str):
        return translate("PlanFile", "is not an ISO 8601 time")
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return translate("PlanFile", "is not an ISO 8601 time")
    return None


def provenance_problem(value: Any) -> str | None:
    """A unit's ``package`` (``{"nation", "made"}``): the problem, or None."""
    if not isinstance(value, Mapping):
        return translate("PlanFile", 'is not an object {"nation": …, "made": …}')
    if not catalogue.is_nation_code(value.get("nation")):
        return translate("PlanFile", "has no nation (an ISO 3166-1 alpha-2 code)")
    if "made" in value and _iso_time_problem(value["made"]) is not None:
        return translate("PlanFile", "has a made that is not an ISO 8601 time")
    return None


def package_problem(value: Any) -> str | None:
    """``posture.package`` (``{"nation", "from", "made"}``): the problem, or None."""
    problem = provenance_problem(value)
    if problem is not None:
        return problem
    if "from" in value and not isinstance(value["from"], str):
        return translate("PlanFile", "has a from that is not a plan name")
    return None


# ---------------------------------------------------------------------------------------------
# Package
# ---------------------------------------------------------------------------------------------


def package_name(plan_name: str, nation: str) -> str:
    return f"{plan_name} · {nation} package"


def make_package(plan: Plan, nation: str, now: datetime | None = None) -> Plan:
    """The national package of ``nation``: its units and contributions, the shared geometry and
    the plan's settings, named after the plan, with ``posture.package``. ValueError when
    ``nation`` is not an ISO 3166-1 alpha-2 code of the catalogue."""
    code = nation.strip().upper()
    if not catalogue.is_nation_code(code):
        text = translate("Packages", "--nation: {code} is not an ISO 3166-1 alpha-2 nation code")
        raise ValueError(text.format(code=repr(nation)))
    info = PackageInfo(code, plan.name, iso_now(now))
    package = replace(
        plan,
        id=None,
        name=package_name(plan.name, code),
        units=tuple(u for u in plan.units if u.nation == code),
        contributions=tuple(c for c in plan.contributions if c.nation == code),
    )
    if package.declared:
        package = replace(package, declared=package.declared | {"name"})
    return _set_package(package, info)


def package_summary(package: Plan) -> str:
    info = package_info(package)
    nation = info.nation if info else "?"
    text = translate("Packages", "{nation} package of {plan}: {units}, {contributions}, {geometries}")
    return text.format(
        nation=nation,
        plan=info.source if info else repr(package.name),
        units=translate("Packages", "%n unit(s)", None, len(package.units)),
        contributions=translate("Packages", "%n contribution(s)", None, len(package.contributions)),
        geometries=translate("Packages", "%n shared geometries", None, len(package.geometries)),
    )


# ---------------------------------------------------------------------------------------------
# Merge
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Conflict:
    """Why a package cannot be merged: the file, the feature (unit id, ``contributions[i]`` or
    ``posture``) and the reason."""

    file: str
    feature: str
    reason: str

    def as_json(self) -> dict[str, str]:
        return {"file": self.file, "feature": self.feature, "reason": self.reason}

    def line(self) -> str:
        return f"{self.file}: {self.feature}: {self.reason}"


@dataclass(frozen=True)
class MergeResult:
    """What a merge does (or would do): the plan after it, and what changed.

    ``plan`` is the target unchanged when there are conflicts.
    """

    plan: Plan
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: int = 0
    contributions: Mapping[str, str] = field(default_factory=dict)  # nation -> "updated" | "unchanged"
    geometries: tuple[str, ...] = ()  # kinds taken from a package
    conflicts: tuple[Conflict, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.geometries) or "updated" in self.contributions.values()

    def as_json(self, plan_name: str) -> dict[str, Any]:
        """cli.md ``merge --json``, with the contributions and geometries it also reports."""
        return {
            "plan": plan_name,
            "added": list(self.added),
            "updated": list(self.updated),
            "unchanged": self.unchanged,
            "contributions": dict(self.contributions),
            "geometries": list(self.geometries),
            "conflicts": [c.as_json() for c in self.conflicts],
        }

    def summary(self, plan_name: str, dry_run: bool = False) -> str:
        """One line for the command line and the window."""
        verb = translate("Packages", "would merge") if dry_run else translate("Packages", "merged")
        if not self.changed:
            text = translate("Packages", "{plan}: nothing to merge (%n unit(s) already as in the packages)", None,
                             self.unchanged)  # fmt: skip
            return text.format(plan=plan_name)
        contrib = sorted(n for n, s in self.contributions.items() if s == "updated")
        parts = [
            translate("Packages", "%n unit(s) added", None, len(self.added)),
            translate("Packages", "%n updated", None, len(self.updated)),
            translate("Packages", "%n unchanged", None, self.unchanged),
        ]
        if contrib:
            parts.append(translate("Packages", "contributions of {nations} updated").format(nations=", ".join(contrib)))
        if self.geometries:
            names = {"contact_line": translate("Packages", "contact line"),
                     "occupied_area": translate("Packages", "occupied area")}  # fmt: skip
            taken = ", ".join(names.get(g, g.replace("_", " ")) for g in self.geometries)
            parts.append(translate("Packages", "{geometries} taken from a package").format(geometries=taken))
        return f"{plan_name}: {verb}: " + "; ".join(parts)


def _same(a: Any, b: Any) -> bool:
    """Equal as plan content: provenance, what the file declared and the id's JSON type aside."""
    a, b = _without_provenance(a), _without_provenance(b)
    if isinstance(a, Unit):
        return replace(a, declared=frozenset(), id_is_int=False) == replace(b, declared=frozenset(), id_is_int=False)
    return replace(a, declared=frozenset()) == replace(b, declared=frozenset())


def _package_conflicts(source: str, package: Plan, info: PackageInfo | None, seen: dict[str, str]) -> list[Conflict]:
    if info is None:
        why = translate("Packages", "not a national package (no posture.package): write one with package")
        return [Conflict(source, "posture", why)]
    out = []
    if not catalogue.is_nation_code(info.nation):
        why = translate("Packages", "nation {code} is not an ISO 3166-1 alpha-2 code").format(code=repr(info.nation))
        out.append(Conflict(source, "posture.package", why))
    elif catalogue.in_group(info.nation, "excluded"):
        name = nation_name(info.nation, catalogue.nation_name(info.nation))
        why = translate("Packages", "{name} ({code}) is excluded by doctrine (NAT-EXCLUDED)")
        out.append(Conflict(source, "posture.package", why.format(name=name, code=info.nation)))
    if info.nation in seen:
        why = translate("Packages", "a second {code} package (also {file})").format(
            code=info.nation, file=seen[info.nation]
        )
        out.append(Conflict(source, "posture.package", why))
    seen.setdefault(info.nation, source)
    for u in package.units:
        if u.nation != info.nation:
            why = translate("Packages", "a unit of {nation} in the {code} package").format(
                nation=u.nation, code=info.nation
            )
            out.append(Conflict(source, u.id, why))
    for i, c in enumerate(package.contributions):
        if c.nation != info.nation:
            why = translate("Packages", "a contribution of {nation} in the {code} package")
            out.append(Conflict(source, f"contributions[{i}]", why.format(nation=c.nation, code=info.nation)))
    return out


def merge_packages(target: Plan, packages: Sequence[tuple[str, Plan]]) -> MergeResult:
    """Merge ``packages`` (``(file name, package plan)`` pairs, in order) into ``target``: the rules
    of the module docstring. With any conflict the result holds them all and ``target`` unchanged."""
    conflicts: list[Conflict] = []
    seen_nations: dict[str, str] = {}
    infos = []
    for source, package in packages:
        info = package_info(package)
        conflicts += _package_conflicts(source, package, info, seen_nations)
        infos.append(info)
    geometry_ids = {g.id for g in target.geometries}
    claimed: dict[str, tuple[str, Unit]] = {}  # unit id -> (file, unit) across the packages
    for (source, package), info in zip(packages, infos, strict=True):
        if info is None:
            continue
        for u in package.units:
            if u.id in geometry_ids:
                why = translate("Packages", "the plan uses this id for its plan geometry")
                conflicts.append(Conflict(source, u.id, why))
            elif target.has_unit(u.id) and target.unit(u.id).nation != info.nation:
                owner = target.unit(u.id).nation
                reason = translate(
                    "Packages", "the plan's unit {unit} is {owner}'s: a {code} package may not change it"
                )
                reason = reason.format(unit=u.id, owner=owner, code=info.nation)
                conflicts.append(Conflict(source, u.id, reason))
            elif u.id in claimed and not _same(claimed[u.id][1], u):
                why = translate("Packages", "also in {file}, different").format(file=claimed[u.id][0])
                conflicts.append(Conflict(source, u.id, why))
            claimed.setdefault(u.id, (source, u))
    known = {u.id for u in target.units} | set(claimed)
    for source, package in packages:
        for u in package.units:
            parent = orbat.parent_of(u)
            if parent is not None and parent not in known:
                why = translate("Packages", "parent {parent} is in neither the plan nor the packages")
                conflicts.append(Conflict(source, u.id, why.format(parent=repr(parent))))
    if conflicts:
        return MergeResult(target, conflicts=tuple(conflicts))

    plan = target
    added: list[str] = []
    updated: list[str] = []
    unchanged = 0
    contributions: dict[str, str] = {}
    kinds: list[str] = []
    for (_source, package), info in zip(packages, infos, strict=True):
        assert info is not None
        for u in package.units:
            if plan.has_unit(u.id):
                if _same(plan.unit(u.id), u):
                    if u.id not in added and u.id not in updated:
                        unchanged += 1
                    continue
                updated.append(u.id)
            else:
                added.append(u.id)
            plan = plan.with_unit(with_provenance(u, info.nation, info.made))
        own = [c for c in plan.contributions if c.nation == info.nation]
        theirs = list(package.contributions)
        if len(own) == len(theirs) and all(_same(a, b) for a, b in zip(own, theirs, strict=True)):
            contributions[info.nation] = "unchanged"
        else:
            contributions[info.nation] = "updated"
            merged = [with_provenance(c, info.nation, info.made) for c in theirs]
            at = next((i for i, c in enumerate(plan.contributions) if c.nation == info.nation), len(plan.contributions))
            rest = [c for c in plan.contributions if c.nation != info.nation]
            plan = replace(plan, contributions=tuple(rest[:at] + merged + rest[at:]))
        for g in package.geometries:
            if plan.geometry(g.kind) is None and not plan.has_unit(g.id):
                plan = replace(plan, geometries=(*plan.geometries, PlanGeometry(g.id, g.kind, g.geometry, g.extra)))
                kinds.append(g.kind)
    problem = orbat.parent_problem(plan.units)
    if problem is not None:
        source = next((s for s, p in packages if p.has_unit(problem.unit_id)), "plan")
        why = translate("Packages", "parent {parent} {problem}").format(
            parent=repr(problem.parent), problem=problem.problem
        )
        conflict = Conflict(source, problem.unit_id, why)
        return MergeResult(target, conflicts=(conflict,))
    return MergeResult(plan, tuple(added), tuple(updated), unchanged, contributions, tuple(kinds))


def merge_delta(target: Plan, result: MergeResult) -> Delta:
    """The one edit that turns ``target`` into ``result.plan`` (the window's single undo step):
    updated units in place, added ones at the end, the contributions and geometries set."""
    from desktop.edits import Delta

    put = []
    end = len(target.units)
    for uid in result.updated:
        put.append((target.unit_position_index(uid), result.plan.unit(uid)))
    for k, uid in enumerate(result.added):
        put.append((end + k, result.plan.unit(uid)))
    fields: dict[str, Any] = {}
    if result.plan.contributions != target.contributions:
        fields["contributions"] = result.plan.contributions
    if result.plan.geometries != target.geometries:
        fields["geometries"] = result.plan.geometries
    return Delta(put=tuple(put), fields=fields)


# ---------------------------------------------------------------------------------------------
# Provenance in the window: colour and filter (the page draws what these say)
# ---------------------------------------------------------------------------------------------

#: Distinguishable outline colours (Okabe–Ito, without black), given to packages in nation order.
PROVENANCE_COLOURS = ("#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#999999")
#: The filter value for units that did not come from a package.
THIS_PLAN = ""


def provenance_nations(plan: Plan) -> list[str]:
    """The nations whose packages brought units into ``plan``, sorted."""
    return sorted({p["nation"] for u in plan.units if (p := provenance_of(u)) is not None})


def provenance_colours(plan: Plan, nations: list[str] | None = None) -> dict[str, str]:
    """Package nation -> outline colour (stable for the plan: by sorted nation). ``nations``:
    :func:`provenance_nations` of ``plan`` when the caller has it already."""
    nations = provenance_nations(plan) if nations is None else nations
    return {n: PROVENANCE_COLOURS[i % len(PROVENANCE_COLOURS)] for i, n in enumerate(nations)}


def provenance_key(u: Unit) -> str:
    """The package nation a unit came from, or :data:`THIS_PLAN`."""
    p = provenance_of(u)
    return p["nation"] if p is not None else THIS_PLAN
