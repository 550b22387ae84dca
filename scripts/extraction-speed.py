#!/usr/bin/env python3
"""Batch speed and F1 of `tolk extract` beside trafilatura and readability-lxml, measured in one run.

  python3 scripts/extraction-speed.py SETDIR TOLK [--repeat N] [--threads N] [--no-peers]

SETDIR is the article-extraction benchmark (html/*.html.gz, ground-truth.json, evaluate.py beside them); TOLK the
tolk binary. The pages are gunzipped into a temporary folder, then read N times (default 3) by each extractor:
`TOLK extract --format json FOLDER` (the batch form: one process for every page, JSONL out; TOLK_THREADS=--threads,
default 1), and, when importable by the python running this script (run it with a virtual environment's python
that has `trafilatura` and `readability-lxml`), trafilatura and readability in-process, the way
../shared/tools/extraction_eval.py calls them. Every run's article texts are scored with the benchmark's own
evaluate.py (the same scoring as extraction_eval.py). Reported per extractor: F1, precision, recall, CPU seconds
(tolk: user+sys of the child process; peers: this process's time.process_time) and wall seconds, the median of
the N runs, and pages per CPU-second and per wall-second from those medians. CPU time is the fair comparison on
a busy machine.
"""
import argparse, gzip, importlib.util, json, os, resource, statistics, subprocess, sys, tempfile, time


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("setdir")
    parser.add_argument("tolk")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--no-peers", action="store_true")
    args = parser.parse_args()

    spec = importlib.util.spec_from_file_location("bench", os.path.join(args.setdir, "evaluate.py"))
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    truth = json.load(open(os.path.join(args.setdir, "ground-truth.json"), encoding="utf-8"))
    keys = sorted(truth)
    pages = {k: gzip.open(os.path.join(args.setdir, "html", k + ".html.gz")).read() for k in keys}

    rows = []
    with tempfile.TemporaryDirectory(prefix="tolk-extraction-speed.") as folder:
        for key, html in pages.items():
            with open(os.path.join(folder, key + ".html"), "wb") as handle:
                handle.write(html)
        rows.append(measure("tolk extract (batch, %d thread%s)" % (args.threads, "" if args.threads == 1 else "s"),
                            lambda: run_tolk(args.tolk, folder, args.threads), args.repeat, truth, bench))
    if not args.no_peers:
        for name, make in (("trafilatura", trafilatura_runner), ("readability-lxml", readability_runner)):
            extract = make()
            if extract is None:
                print("%s: not importable by %s, skipped" % (name, sys.executable), file=sys.stderr)
                continue
            rows.append(measure(name + " (in-process)", lambda: run_in_process(extract, pages), args.repeat,
                                truth, bench))

    print("pages=%d repeat=%d" % (len(pages), args.repeat))
    print("| extractor | F1 | precision | recall | CPU s | wall s | pages per CPU-second | pages/s wall |")
    print("|---|---|---|---|---|---|---|---|")
    for name, metrics, cpu, wall in rows:
        print("| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.1f | %.1f |" % (
            name, metrics["f1"], metrics["precision"], metrics["recall"], cpu, wall, len(pages) / cpu,
            len(pages) / wall))


def measure(name, run, repeat, truth, bench):
    """Runs `run` `repeat` times; each returns (texts by key, cpu, wall). Every run's texts must score the same."""
    cpus, walls, scores = [], [], set()
    metrics = None
    for _ in range(repeat):
        texts, cpu, wall = run()
        cpus.append(cpu)
        walls.append(wall)
        prediction = {k: {"articleBody": texts.get(k, "")} for k in truth}
        metrics = bench.evaluate(truth, prediction, n_bootstrap=1)
        scores.add(round(metrics["f1"], 6))
    if len(scores) != 1:
        sys.exit("%s: F1 differs between runs: %s" % (name, sorted(scores)))
    return name, metrics, statistics.median(cpus), statistics.median(walls)


def run_tolk(tolk, folder, threads):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run([tolk, "extract", "--format", "json", folder], capture_output=True,
                            env=dict(os.environ, TOLK_THREADS=str(threads)))
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit("tolk extract failed: " + result.stderr.decode("utf-8", "replace"))
    texts = {}
    for line in result.stdout.decode("utf-8").splitlines():
        record = json.loads(line)
        texts[os.path.basename(record["id"])[: -len(".html")]] = record["text"]
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return texts, cpu, wall


def run_in_process(extract, pages):
    start, cpu_start = time.perf_counter(), time.process_time()
    texts = {k: extract(html) for k, html in pages.items()}
    return texts, time.process_time() - cpu_start, time.perf_counter() - start


def trafilatura_runner():
    try:
        import trafilatura
    except ImportError:
        return None
    return lambda html: trafilatura.extract(html.decode("utf-8", "replace")) or ""


def readability_runner():
    try:
        from readability import Document
        import lxml.html
    except ImportError:
        return None

    def run(html):
        summary = Document(html.decode("utf-8", "replace")).summary()
        return lxml.html.fromstring(summary).text_content() if summary.strip() else ""
    return run


if __name__ == "__main__":
    main()
