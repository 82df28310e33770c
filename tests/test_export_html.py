"""The HTML export in a real browser: Debian's headless Chromium draws the map and the symbols,
hostile planner text stays text, and the page makes no network request.

How "no network request" is shown, three ways:

1. Chromium's net log (``--log-net-log``) holds every URL request of the browser. Chromium itself
   calls home (component updater, accounts) whatever the flags; those requests carry the
   initiator "not an origin". Every other request comes from the page: none may be http(s).
   A control run of the same page with its Content-Security-Policy removed and one remote image
   added proves the log does show a page's request.
2. The page's own probe records every Content-Security-Policy violation (an attempted fetch the
   page's CSP blocked) and every Resource Timing entry: no violation, no http(s) resource.
3. Host names resolve nowhere (``--host-resolver-rules``), so nothing could leave the machine.

The probe (a script added to a copy of the export, not to the export itself) opens every unit's
popup, reads what the page drew and writes it as JSON into an attribute of ``<html>``; the test
reads it back from ``--dump-dom``.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from desktop.export import export_plan
from desktop.model import Plan
from desktop.sample import sample_plan

pytestmark = pytest.mark.web

DATA = Path(__file__).resolve().parent / "data" / "export"
HOSTILE: list[str] = json.loads((DATA / "hostile_names.json").read_text(encoding="utf-8"))
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
BROWSER_INITIATOR = "not an origin"

if CHROMIUM is None:
    pytest.skip("Debian's chromium is not installed (scripts/setup.sh installs it)", allow_module_level=True)

HEAD_PROBE = """<script>
window.__violations = [];
document.addEventListener('securitypolicyviolation',
  (e) => window.__violations.push(e.blockedURI + ' ' + e.violatedDirective));
</script>"""

END_PROBE = """<script>
window.addEventListener('load', () => setTimeout(() => {
  const out = { popups: [] };
  try {
    const map = window.map_main;
    map.eachLayer((layer) => {
      if (layer instanceof L.Marker && layer.getPopup()) {
        layer.openPopup();
        const el = layer.getPopup().getElement();
        out.popups.push(el ? el.querySelector('.popup').textContent : null);
        layer.closePopup();
      }
    });
  } catch (e) { out.error = String(e); }
  out.pwned = typeof window.__pwned;
  out.violations = window.__violations;
  out.resources = performance.getEntriesByType('resource').map((e) => e.name);
  out.units = document.querySelectorAll('.leaflet-marker-icon.unit-icon').length;
  out.unitSvgs = document.querySelectorAll('.leaflet-marker-icon.unit-icon .sym svg path, '
    + '.leaflet-marker-icon.unit-icon .sym svg circle').length;
  out.basePaths = document.querySelectorAll('.leaflet-base-pane path').length;
  out.plangeoPaths = document.querySelectorAll('.leaflet-plangeo-pane path').length;
  out.ringPaths = document.querySelectorAll('.leaflet-rings-pane path').length;
  out.labels = [...document.querySelectorAll('.unit .name')].map((e) => e.textContent);
  out.layers = [...document.querySelectorAll('.leaflet-control-layers-overlays label')]
    .map((e) => e.textContent.trim());
  out.attribution = (document.querySelector('.leaflet-control-attribution') || {}).textContent || '';
  out.title = document.title;
  out.banners = [...document.querySelectorAll('.banner')].map((e) => e.textContent);
  out.injected = document.querySelectorAll('body img, body script[src], .popup svg, .unit .name *').length;
  document.documentElement.setAttribute('data-probe', JSON.stringify(out));
}, 200));
</script>"""


def probed_copy(page: Path, target: Path, *, strip_csp: bool = False, extra: str = "") -> Path:
    """A copy of the exported page with the probe added (the export itself is not changed)."""
    text = page.read_text(encoding="utf-8")
    if strip_csp:
        text = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", text)
    text = text.replace("<head>", "<head>" + HEAD_PROBE, 1) + extra + END_PROBE
    target.write_text(text, encoding="utf-8")
    return target


def run_chromium(page: Path, workdir: Path) -> tuple[dict[str, Any], list[dict[str, str]]]:
    """Open ``page`` headless; return the probe's JSON and the URL requests of the net log."""
    netlog = workdir / "netlog.json"
    profile = workdir / "profile"
    cmd = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-extensions",
        "--no-first-run",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        f"--user-data-dir={profile}",
        f"--log-net-log={netlog}",
        "--net-log-capture-mode=Everything",
        "--window-size=1400,1000",
        "--virtual-time-budget=5000",
        "--dump-dom",
        page.as_uri(),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    m = re.search(r'<html[^>]*\sdata-probe="([^"]*)"', done.stdout)
    assert m, "the probe did not run: " + done.stdout[:500]
    probe = json.loads(html.unescape(m.group(1)))
    return probe, url_requests(netlog)


def url_requests(netlog: Path) -> list[dict[str, str]]:
    """Every URL request the net log saw: url and initiator."""
    raw = netlog.read_text(encoding="utf-8")
    try:
        log = json.loads(raw)
    except json.JSONDecodeError:  # a log cut short still has whole events
        log = json.loads(raw.rstrip().rstrip(",") + "]}")
    names = {v: k for k, v in log["constants"]["logEventTypes"].items()}
    out = []
    for event in log["events"]:
        params = event.get("params") or {}
        if names.get(event["type"]) == "URL_REQUEST_START_JOB" and "url" in params:
            out.append({"url": params["url"], "initiator": params.get("initiator", "")})
    return out


def page_requests(requests: list[dict[str, str]]) -> list[str]:
    """The http(s) requests the page made (not Chromium's own)."""
    return [
        r["url"] for r in requests if r["initiator"] != BROWSER_INITIATOR and r["url"].startswith(("http:", "https:"))
    ]


def hostile_plan() -> Plan:
    base = sample_plan()
    units = tuple(replace(u, name=HOSTILE[i % len(HOSTILE)]) for i, u in enumerate(base.units))
    return replace(
        base,
        name="<script>window.__pwned=1</script> {{ 7*7 }} ${window.__pwned=1}",
        classification="<img src=x onerror=window.__pwned=1>",
        units=units,
    )


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Plan, dict[str, Any], list[dict[str, str]]]:
    work = tmp_path_factory.mktemp("html")
    plan = hostile_plan()
    page = work / "plan.html"
    export_plan(plan, "html", page)
    probe, requests = run_chromium(probed_copy(page, work / "probed.html"), work)
    return plan, probe, requests


def test_the_map_and_every_symbol_are_drawn(hostile_run: tuple[Plan, dict[str, Any], list[dict[str, str]]]) -> None:
    plan, probe, _ = hostile_run
    assert "error" not in probe, probe.get("error")
    assert probe["units"] == len(plan.units)
    assert probe["unitSvgs"] >= 2 * len(plan.units)  # a frame and an icon or label per symbol
    assert probe["basePaths"] > 50  # oblasts, neighbours, water, the outline
    assert probe["plangeoPaths"] >= 2  # the contact line and the occupied area
    assert probe["ringPaths"] == sum(1 for u in plan.units if u.range_km)
    assert probe["layers"] == [
        "Land units",
        "Air units",
        "Maritime units",
        "Range rings",
        "Routes and patrol areas",
        "Contact line and occupied area",
    ]
    assert "OpenStreetMap contributors" in probe["attribution"] and "milsymbol" in probe["attribution"]


def test_hostile_text_is_shown_as_text_and_never_runs(
    hostile_run: tuple[Plan, dict[str, Any], list[dict[str, str]]],
) -> None:
    plan, probe, _ = hostile_run
    assert probe["pwned"] == "undefined"
    assert probe["injected"] == 0  # no element made of planner text
    assert probe["labels"] == [u.name for u in plan.units]
    assert len(probe["popups"]) == len(plan.units)
    for u in plan.units:
        assert any(p is not None and p.startswith(u.name) for p in probe["popups"]), u.name[:40]
    assert probe["title"] == f"{plan.name} — posture map"
    assert probe["banners"] == ["<IMG SRC=X ONERROR=WINDOW.__PWNED=1>"] * 2


def test_the_page_makes_no_network_request(hostile_run: tuple[Plan, dict[str, Any], list[dict[str, str]]]) -> None:
    _, probe, requests = hostile_run
    assert page_requests(requests) == []
    assert probe["violations"] == []
    assert [r for r in probe["resources"] if r.startswith(("http:", "https:"))] == []


def test_the_net_log_would_show_a_request_of_the_page(tmp_path: Path) -> None:
    """Control: the same check sees a page's request when there is one."""
    page = tmp_path / "plan.html"
    export_plan(sample_plan(), "html", page)
    remote = '<img src="http://posture-test.invalid/x.png" alt="">'
    probe, requests = run_chromium(probed_copy(page, tmp_path / "leaky.html", strip_csp=True, extra=remote), tmp_path)
    assert any("posture-test.invalid" in url for url in page_requests(requests)), requests
    assert probe["units"] == len(sample_plan().units)


def test_csp_blocks_a_request_that_slipped_in(tmp_path: Path) -> None:
    """With the export's own CSP, a remote image is blocked before any request is made."""
    page = tmp_path / "plan.html"
    export_plan(sample_plan(), "html", page)
    remote = '<img src="http://posture-test.invalid/y.png" alt="">'
    probe, requests = run_chromium(probed_copy(page, tmp_path / "blocked.html", extra=remote), tmp_path)
    assert page_requests(requests) == []
    assert any("posture-test.invalid" in v for v in probe["violations"])


def test_release_page_in_the_browser(tmp_path: Path) -> None:
    plan = sample_plan()
    page = tmp_path / "release.html"
    export_plan(plan, "html", page, release=True)
    probe, requests = run_chromium(probed_copy(page, tmp_path / "probed.html"), tmp_path)
    assert probe["units"] == len(plan.units) and probe["ringPaths"] == 0
    assert not any(u.name in p for u in plan.units for p in probe["popups"] if p)
    assert "Range rings" not in probe["layers"]
    assert page_requests(requests) == [] and probe["violations"] == []
