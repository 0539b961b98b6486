#!/usr/bin/env python3
"""Whole-process timings of Planea as a user meets them, against their budgets.

Generates plans of 200, 800 and 5,000 product indicators with `planea-cli generate`, then times
`planea-cli` commands (open/info, validate, eficacia, every document in every format, the KPT
workbook export and import), the GUI start with the plan open (`planea --bench`: start-up, memory,
the longest the UI is blocked walking every page and making an edit), and, when LibreOffice is
installed, LibreOffice converting the same Plan Indicativo CSV to PDF and XLSX — the path users
take today — so Planea's time is reported as a ratio of it.

Every figure is the median of --repeat runs; peak memory is the child's maximum resident set.
Prints a Markdown report (bench/RESULTS.md takes it) and writes the raw figures as JSON.

    python3 bench/run_bench.py --build build [--short] [--repeat 3] [--json out.json]

--short (CI): 200 and 800 indicators, one run each, no thresholds asserted: figures only.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

# Documents and the formats each one has (DESIGN.md, "planea-cli export"). A pair the CLI does not
# know yet is reported as "no disponible", not as a failure.
DOCUMENTS = {
    "alistamiento": ["pdf", "csv", "xlsx"],
    "equipo": ["pdf", "csv", "xlsx"],
    "lineas": ["pdf", "csv", "xlsx"],
    "diagnostico": ["pdf", "csv", "xlsx"],
    "plan-estrategico": ["pdf", "csv", "xlsx"],
    "ppi": ["pdf", "csv", "xlsx"],
    "plan-indicativo": ["pdf", "csv", "xlsx"],
    "plan-accion": ["pdf", "csv", "xlsx"],
    "estado": ["pdf", "csv", "xlsx"],
    "seguimiento": ["pdf", "csv", "xlsx"],
    "pdt": ["odt", "pdf"],
    "kpt": ["xlsx"],
}

# Budgets from the performance issue, for the 800-indicator plan; 5,000 gets 5x.
BUDGETS_MS = {
    "open": 150.0,
    "validate": 50.0,
    "plan-indicativo.pdf": 500.0,
    "kpt.xlsx": 200.0,
    "gui.max_blocked_ms": 100.0,
}
GUI_RSS_BUDGET_MIB = 200.0


def run_measured(cmd, env=None):
    """Runs cmd; returns (wall seconds, its peak RSS in KiB, exit code, stdout, stderr)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env)
        _, status, rusage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return (wall, rusage.ru_maxrss, proc.returncode, out.read().decode(errors="replace"),
                err.read().decode(errors="replace"))


def median_run(cmd, repeat, env=None):
    walls, peaks, code, out, err = [], [], 0, "", ""
    for _ in range(repeat):
        wall, peak, code, out, err = run_measured(cmd, env)
        if code not in (0, 1):
            return None, None, code, out, err
        walls.append(wall)
        peaks.append(peak)
    return statistics.median(walls) * 1000.0, max(peaks), code, out, err


def fmt_ms(value):
    if value is None:
        return "—"
    return f"{value:,.0f} ms" if value >= 100 else f"{value:,.1f} ms"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default="build")
    parser.add_argument("--short", action="store_true")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json")
    args = parser.parse_args()

    cli = os.path.join(args.build, "app", "cli", "planea-cli")
    gui = os.path.join(args.build, "app", "gui", "planea")
    if not os.path.exists(cli):
        sys.exit(f"no existe {cli}: compile primero")
    sizes = [200, 800] if args.short else [200, 800, 5000]
    repeat = 1 if args.short else args.repeat
    work = tempfile.mkdtemp(prefix="planea-bench-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")
    results = {"sizes": sizes, "repeat": repeat, "plans": {}}

    # The baseline every figure is compared with in the same run: starting the CLI and asking for
    # its version (process start, Qt and catalogs), so a noisy machine shows up as a slow baseline.
    base_ms, _, _, _, _ = median_run([cli, "--version"], max(repeat, 3), env)
    results["baseline_version_ms"] = base_ms

    for size in sizes:
        plan = os.path.join(work, f"plan-{size}.planea")
        run_measured([cli, "generate", plan, "--products", str(size), "--seed", "7", "--force"], env)
        info = json.loads(run_measured([cli, "info", plan, "--json"], env)[3])
        year = info["periodo"]["inicio"] + 1
        figures = {}
        ms, peak, _, _, _ = median_run([cli, "info", plan], repeat, env)
        figures["open"] = {"ms": ms, "peak_kib": peak}
        ms, peak, _, _, _ = median_run([cli, "validate", plan], repeat, env)
        figures["validate"] = {"ms": ms, "peak_kib": peak}
        ms, peak, code, _, _ = median_run([cli, "efficacy", plan, "--year", str(year)], repeat, env)
        figures["efficacy"] = {"ms": ms, "peak_kib": peak}
        for doc, formats in DOCUMENTS.items():
            for fmt in formats:
                out = os.path.join(work, f"{size}-{doc}.{fmt}")
                cmd = [cli, "export", plan, "--doc", doc, "--format", fmt, "-o", out, "--force"]
                if doc in ("seguimiento", "plan-accion"):
                    cmd += ["--year", str(year)]
                ms, peak, code, _, err = median_run(cmd, repeat, env)
                if ms is None and doc in ("seguimiento", "plan-accion"):
                    ms, peak, code, _, err = median_run(cmd[:-2], repeat, env)
                figures[f"{doc}.{fmt}"] = {"ms": ms, "peak_kib": peak,
                                           "error": None if ms is not None else err.strip()[:160]}
        kpt = os.path.join(work, f"{size}-kpt.xlsx")
        if os.path.exists(kpt):
            imported = os.path.join(work, f"{size}-from-kpt.planea")
            ms, peak, _, _, err = median_run([cli, "import-kpt", kpt, "-o", imported, "--force"], repeat, env)
            if ms is None:
                ms, peak, _, _, err = median_run([cli, "import-kpt", kpt, "-o", imported], 1, env)
            figures["import-kpt"] = {"ms": ms, "peak_kib": peak}
        alldir = os.path.join(work, f"all-{size}")
        os.makedirs(alldir, exist_ok=True)
        ms, peak, _, _, _ = median_run([cli, "export", plan, "--all", "-o", alldir, "--force"], repeat, env)
        figures["export-all"] = {"ms": ms, "peak_kib": peak}
        if os.path.exists(gui):
            gui_runs = []
            for _ in range(repeat):
                wall, peak, code, out, err = run_measured([gui, "--data-dir", os.path.join(work, "gui-data"),
                                                           "--bench", plan], env)
                if code == 0 and out.strip():
                    data = json.loads(out.strip().splitlines()[-1])
                    data["process_ms"] = wall * 1000.0
                    data["process_peak_kib"] = peak
                    gui_runs.append(data)
            if gui_runs:
                gui_runs.sort(key=lambda d: d["startup_ms"])
                figures["gui"] = gui_runs[len(gui_runs) // 2]
        # LibreOffice: the same Plan Indicativo as CSV, converted to PDF and XLSX.
        office = shutil.which("soffice") or shutil.which("libreoffice")
        csv = os.path.join(work, f"{size}-plan-indicativo.csv")
        if office and os.path.exists(csv) and not args.short:
            profile = "file://" + os.path.join(work, "lo-profile")
            for target, filt in (("pdf", "pdf"), ("xlsx", "xlsx:Calc MS Excel 2007 XML")):
                cmd = [office, f"-env:UserInstallation={profile}", "--headless",
                       "--infilter=CSV:59,34,76,1", "--convert-to", filt, "--outdir",
                       os.path.join(work, f"lo-{size}-{target}"), csv]
                median_run(cmd, 1, env)  # first start creates the profile
                ms, peak, _, _, _ = median_run(cmd, repeat, env)
                figures[f"libreoffice.{target}"] = {"ms": ms, "peak_kib": peak}
        results["plans"][str(size)] = figures

    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(results, handle, indent=1, ensure_ascii=False)
    print(report(results))
    shutil.rmtree(work, ignore_errors=True)


def report(results):
    sizes = [str(s) for s in results["sizes"]]
    lines = [f"Baseline (`planea-cli --version`, process start): {fmt_ms(results['baseline_version_ms'])}; "
             f"median of {results['repeat']} run(s).", ""]
    lines.append("| operation | " + " | ".join(f"{s} indicators" for s in sizes) + " | budget (800) |")
    lines.append("|---|" + "---|" * len(sizes) + "---|")
    keys = []
    for figures in results["plans"].values():
        for key in figures:
            if key not in keys and key != "gui":
                keys.append(key)
    for key in keys:
        row = []
        for s in sizes:
            fig = results["plans"][s].get(key)
            row.append("no disponible" if fig is None or fig["ms"] is None else fmt_ms(fig["ms"]))
        budget = BUDGETS_MS.get(key)
        lines.append(f"| {key} | " + " | ".join(row) + f" | {fmt_ms(budget) if budget else ''} |")
    for field, label in (("startup_ms", "GUI: start to plan open and painted (in process)"),
                         ("process_ms", "GUI: whole process (start, open, walk, exit)"),
                         ("max_blocked_ms", "GUI: longest UI block (page change, edit, undo, and the page refresh after each)"),
                         ("rss_kib", "GUI: resident memory with the plan open")):
        row = []
        for s in sizes:
            gui = results["plans"][s].get("gui")
            if gui is None:
                row.append("—")
            elif field.endswith("kib"):
                row.append(f"{gui[field] / 1024:.0f} MiB")
            else:
                row.append(fmt_ms(gui[field]))
        budget = {"max_blocked_ms": "100 ms", "rss_kib": f"{GUI_RSS_BUDGET_MIB:.0f} MiB"}.get(field, "")
        lines.append(f"| {label} | " + " | ".join(row) + f" | {budget} |")
    # Ratios against LibreOffice, measured in the same run.
    for s in sizes:
        figures = results["plans"][s]
        for target, goal in (("pdf", 0.2), ("xlsx", 0.1)):
            lo = figures.get(f"libreoffice.{target}")
            ours = figures.get(f"plan-indicativo.{target}")
            if lo and ours and lo["ms"] and ours["ms"]:
                lines.append("")
                lines.append(f"{s} indicators, Plan Indicativo {target.upper()}: Planea {fmt_ms(ours['ms'])}, "
                             f"LibreOffice from the CSV {fmt_ms(lo['ms'])}: ratio {ours['ms'] / lo['ms']:.2f} "
                             f"(goal ≤ {goal}).")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
