#!/usr/bin/env python3
"""Times quire against pandoc, pandoc + XeLaTeX and Typst on synthetic books.

Books come from the corpus generator (gen_book.py --entries N --seed 1 --typst); every tool
runs under GNU time -v, several times, and the table reports the median wall time, the median
CPU time (user + system of the whole process tree), the peak resident memory of the largest
process, and how much slower each anchor is than quire. Run bench/setup first (as root) for
the anchor tools. See bench/README.md.
"""

import argparse
import datetime
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CACHE = os.environ.get("QUIRE_BENCH_CACHE",
                       os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")),
                                    "quire-bench"))


def machine_busy_seconds():
    """CPU seconds the whole machine has been busy, over all cores (from /proc/stat)."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except OSError:
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / float(os.sysconf("SC_CLK_TCK"))


def read_time_log(path):
    """The figures of a GNU time -v log that the report uses."""
    out = {}
    try:
        text = open(path, encoding="utf-8", errors="replace").read()
    except OSError:
        return out
    for key, pattern in (("rss_kb", r"Maximum resident set size \(kbytes\): (\d+)"),
                         ("user_s", r"User time \(seconds\): ([\d.]+)"),
                         ("sys_s", r"System time \(seconds\): ([\d.]+)")):
        m = re.search(pattern, text)
        if m:
            out[key] = float(m.group(1))
    return out


def timed(argv, cwd, log_dir, name, timeout):
    """Runs argv once under GNU time; returns wall, cpu, rss and the load of other processes."""
    os.makedirs(log_dir, exist_ok=True)
    time_log = os.path.join(log_dir, name + ".time")
    err_log = open(os.path.join(log_dir, name + ".stderr"), "ab")
    busy0 = machine_busy_seconds()
    start = time.monotonic()
    proc = subprocess.Popen([shutil.which("time") or "/usr/bin/time", "-v", "-o", time_log] + argv, cwd=cwd,
                            stdout=subprocess.DEVNULL, stderr=err_log, start_new_session=True)
    # A blocking wait, with the timeout on a timer: Popen.wait(timeout=...) polls with sleeps
    # of up to 50 ms, which rounds every wall time up to the next poll.
    expired = threading.Event()

    def kill():
        expired.set()
        os.killpg(proc.pid, signal.SIGKILL)

    timer = threading.Timer(timeout, kill)
    timer.start()
    rc = proc.wait()
    wall = time.monotonic() - start
    timer.cancel()
    killed = expired.is_set()
    busy1 = machine_busy_seconds()
    err_log.close()
    r = read_time_log(time_log)
    r.update(wall_s=wall, rc=rc, killed=killed)
    if "user_s" in r:
        r["cpu_s"] = r["user_s"] + r["sys_s"]
        if busy0 is not None and busy1 is not None and wall > 0:
            r["other_load"] = max(0.0, (busy1 - busy0 - r["cpu_s"]) / wall)
    return r


def measure(name, argv, cwd, args, log_dir, prepare=None):
    runs = []
    for i in range(args.runs):
        if prepare:
            prepare()
        r = timed(argv, cwd, log_dir, name, args.timeout)
        runs.append(r)
        print("  %-16s run %d: %7.3f s wall  %7.3f s cpu  %6.0f MiB  rc=%s  other load %.2f cores" % (
            name, i + 1, r["wall_s"], r.get("cpu_s", float("nan")), r.get("rss_kb", 0) / 1024, r["rc"],
            r.get("other_load", float("nan"))), flush=True)
        if r["rc"] != 0 or r["killed"] or r["wall_s"] > args.single_run_above:
            break
    ok = all(r["rc"] == 0 and not r["killed"] for r in runs)
    return {
        "argv": argv,
        "runs": runs,
        "ok": ok,
        "wall_s": statistics.median(r["wall_s"] for r in runs),
        "cpu_s": statistics.median(r.get("cpu_s", 0.0) for r in runs),
        "rss_mib": max(r.get("rss_kb", 0) for r in runs) / 1024,
        "other_load": max(r.get("other_load", 0.0) for r in runs),
    }


def pdf_pages(path):
    try:
        out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    except OSError:
        return None
    m = re.search(r"^Pages:\s+(\d+)", out, re.M)
    return int(m.group(1)) if m else None


def build_quire(build_dir):
    subprocess.run(["cmake", "-S", REPO, "-B", build_dir, "-DCMAKE_BUILD_TYPE=Release", "-DQUIRE_TESTS=OFF",
                    "-DQUIRE_WERROR=OFF"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", build_dir, "-j%d" % (os.cpu_count() or 1), "--target", "quire"], check=True)
    return os.path.join(build_dir, "quire")


def machine():
    model = ""
    try:
        for line in open("/proc/cpuinfo", encoding="ascii", errors="replace"):
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2 ** 30
    return {"nproc": os.cpu_count(), "cpu": model, "ram_gib": round(mem_gib, 1),
            "kernel": platform.release(),
            "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}


def tool_version(argv):
    try:
        out = subprocess.run(argv, capture_output=True, text=True).stdout
    except OSError:
        return "missing"
    return out.splitlines()[0].strip() if out else "?"


def book_title(book):
    for line in open(os.path.join(book, "book.yaml"), encoding="utf-8"):
        m = re.match(r'^title:\s*"?(.*?)"?\s*$', line)
        if m:
            return m.group(1)
    return "Book"


def run_size(n, args, quire, typst, results):
    book = os.path.join(args.work, "book-%d" % n)
    out = os.path.join(args.work, "out-%d" % n)
    logs = os.path.join(args.work, "logs-%d" % n)
    os.makedirs(out, exist_ok=True)
    if not os.path.exists(os.path.join(book, "order.txt")):
        subprocess.run([sys.executable, os.path.join(args.corpus, "gen_book.py"), "--entries", str(n), "--seed", "1",
                        "--typst", "--out", book], check=True, stdout=subprocess.DEVNULL)
    print("N=%d (%s)" % (n, book), flush=True)
    r = results.setdefault(str(n), {})
    env_book = ["build", book, "-o", out, "--quiet"]
    r["quire-epub"] = measure("quire-epub", [quire] + env_book + ["--epub"], args.work, args, logs)
    r["quire-pdf"] = measure("quire-pdf", [quire] + env_book + ["--pdf"], args.work, args, logs)
    r["quire-both"] = measure("quire-both", [quire] + env_book, args.work, args, logs)
    # One thread: what a single core does (the default uses every core).
    r["quire-pdf-j1"] = measure("quire-pdf-j1", [quire] + env_book + ["--pdf", "--jobs", "1"], args.work, args, logs)
    # quire's own PDF, not the anchors' (pandoc-xelatex.pdf, typst.pdf) in the same folder.
    pdfs = sorted(f for f in os.listdir(out) if f.endswith(".pdf") and f not in ("pandoc-xelatex.pdf", "typst.pdf"))
    if pdfs:
        r["quire-pdf"]["pages"] = pdf_pages(os.path.join(out, pdfs[0]))

    anchors = [a for a in args.anchors.split(",") if a]
    if not anchors or n > args.anchors_up_to:
        return
    pin = os.path.join(args.work, "pandoc-in-%d" % n)
    if ({"pandoc-epub", "xelatex"} & set(anchors)) and not os.path.exists(os.path.join(pin, "files.txt")):
        subprocess.run([sys.executable, os.path.join(args.corpus, "prep_pandoc.py"), book, pin], check=True,
                       stdout=subprocess.DEVNULL)
    common = []
    if os.path.exists(os.path.join(pin, "files.txt")):
        files = [l.strip() for l in open(os.path.join(pin, "files.txt"), encoding="utf-8") if l.strip()]
        # The anchors' own command (see the corpus's ANCHORS.md), so the figures compare.
        common = (["pandoc", "--file-scope"] + files +
                  ["--citeproc", "--bibliography", os.path.join(book, "references.bib"),
                   "--metadata", "title=" + book_title(book), "--metadata", "author=The Contributors",
                   "--metadata", "lang=en", "--metadata", "rights=CC BY-SA 4.0",
                   "--metadata", "reference-section-title=References", "--toc", "--toc-depth=2"])
    if "pandoc-epub" in anchors:
        r["pandoc-epub"] = measure("pandoc-epub", common + ["--epub-chapter-level=2", "-o",
                                                            os.path.join(out, "pandoc.epub")], pin, args, logs)
    if "xelatex" in anchors:
        target = os.path.join(out, "pandoc-xelatex.pdf")
        r["pandoc-xelatex"] = measure(
            "pandoc-xelatex", common + ["--pdf-engine=xelatex", "--top-level-division=chapter",
                                        "-V", "documentclass=book", "-V", "geometry:paperwidth=6in",
                                        "-V", "geometry:paperheight=9in", "-V", "geometry:margin=0.75in",
                                        "-o", target], pin, args, logs)
        r["pandoc-xelatex"]["pages"] = pdf_pages(target)
    if "typst" in anchors and typst:
        target = os.path.join(out, "typst.pdf")
        r["typst"] = measure("typst", [typst, "compile", "--root", book, os.path.join(book, "typst", "book.typ"),
                                       target], args.work, args, logs)
        r["typst"]["pages"] = pdf_pages(target)


def fmt_s(x):
    return "%.3f s" % x if x < 10 else "%.1f s" % x


def report(results, info, args):
    lines = ["| N | tool | pages | wall (median) | CPU (median) | peak RSS | other load | anchor / quire |",
             "|---|---|---|---|---|---|---|---|"]
    against = {"pandoc-epub": "quire-epub", "pandoc-xelatex": "quire-pdf", "typst": "quire-pdf"}
    for n in sorted(results, key=int):
        r = results[n]
        for name in ("quire-epub", "quire-pdf", "quire-pdf-j1", "quire-both", "pandoc-epub", "pandoc-xelatex",
                     "typst"):
            if name not in r:
                continue
            m = r[name]
            ratio = ""
            base = r.get(against.get(name, ""))
            if base and base["wall_s"] > 0 and base["cpu_s"] > 0:
                ratio = "%s: %.1fx wall, %.1fx CPU" % (against[name], m["wall_s"] / base["wall_s"],
                                                       m["cpu_s"] / base["cpu_s"])
            lines.append("| %s | %s%s | %s | %s | %s | %.0f MiB | %.2f | %s |" % (
                n, name, "" if m["ok"] else " (FAILED)", m.get("pages") or "", fmt_s(m["wall_s"]), fmt_s(m["cpu_s"]),
                m["rss_mib"], m["other_load"], ratio))
    head = ["Machine: %d cores (%s), %.1f GiB RAM, Linux %s; %s." % (
        info["nproc"], info["cpu"], info["ram_gib"], info["kernel"], info["date"]),
        "Tools: " + "; ".join("%s: %s" % kv for kv in info["versions"].items()) + ".",
        "Runs per figure: %d (one when a run takes over %d s)." % (args.runs, args.single_run_above), ""]
    return "\n".join(head + lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10,100,1000", help="entry counts of the books")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--anchors", default="pandoc-epub,xelatex,typst",
                    help="anchor tools to time (pandoc-epub, xelatex, typst); empty for none")
    ap.add_argument("--anchors-up-to", type=int, default=100,
                    help="time the anchors only on books of at most this many entries (they take minutes at 1000)")
    ap.add_argument("--quire", help="a quire binary to time (default: build a Release one)")
    ap.add_argument("--build-dir", default=os.path.join(CACHE, "build-release"))
    ap.add_argument("--typst", help="the typst binary (default: the one bench/setup installed)")
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(REPO), "shared", "corpus"),
                    help="folder with gen_book.py and prep_pandoc.py")
    ap.add_argument("--work", default=os.path.join(CACHE, "work"))
    ap.add_argument("--timeout", type=float, default=900)
    ap.add_argument("--single-run-above", type=float, default=60)
    ap.add_argument("--json", help="also write every run's figures to this file")
    ap.add_argument("--markdown", help="write the result table to this file")
    args = ap.parse_args()
    args.work = os.path.abspath(args.work)
    os.makedirs(args.work, exist_ok=True)

    quire = os.path.abspath(args.quire) if args.quire else build_quire(args.build_dir)
    typst = args.typst
    if not typst:
        guess = os.path.join(CACHE, "typst", "node_modules", "@typst-community", "typst-linux-x64", ".typst", "bin",
                             "typst")
        typst = guess if os.path.exists(guess) else shutil.which("typst")
    info = machine()
    info["versions"] = {"quire": tool_version([quire, "--version"]), "pandoc": tool_version(["pandoc", "--version"]),
                        "xelatex": tool_version(["xelatex", "--version"]),
                        "typst": tool_version([typst, "--version"]) if typst else "missing"}
    results = {}
    for n in [int(x) for x in args.sizes.split(",") if x]:
        run_size(n, args, quire, typst, results)
    text = report(results, info, args)
    print()
    print(text)
    if args.markdown:
        with open(args.markdown, "w", encoding="utf-8") as f:
            f.write(text)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"machine": info, "results": results}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
