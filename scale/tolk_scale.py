#!/usr/bin/env python3
"""Match a dated corpus too large for one `tolk match` on Dask distributed: partition both sides into overlapping
time windows, run `tolk match --format jsonl` on each partition as a subprocess on the workers, and merge.

    python3 scale/tolk_scale.py SOURCES.jsonl TARGETS.jsonl --output pairs.jsonl            # local, all cores
    python3 scale/tolk_scale.py SOURCES.jsonl TARGETS.jsonl --output pairs.jsonl --workers 2
    python3 scale/tolk_scale.py SOURCES.jsonl TARGETS.jsonl --output pairs.jsonl --scheduler tcp://host:8786

Partitions (see docs/scale.md): time is cut into cores of --core-days days from the earliest date; partition k
holds every document published in its core or within --window-days before or after it. `tolk match` runs on it
with --date-window set to --window-days, so every pair it can propose lies inside one partition: the one whose core
holds the earlier of the pair's two dates. A pair is kept only from that partition (each pair appears once), and a
document paired by two partitions (one of the overlaps) keeps the pair with more shared-statement evidence, then
the higher score (each document is paired at most once). Undated records (no YYYY-MM[-DD] `date`) are matched
together in one partition of their own. The output is `tolk match --format jsonl`'s: pair lines, best score first,
then one line per document without a counterpart, sources first, in input order.
"""

import argparse
import datetime
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

UNDATED = "undated"


def day_number(value):
    """Days since 1970-01-01 of a YYYY-MM-DD or YYYY-MM (its 15th) date, as `tolk match` counts them; None else."""
    if not isinstance(value, str):
        return None
    parts = value.split("-")
    try:
        if len(parts) == 3:
            day = datetime.date(int(parts[0]), int(parts[1]), int(parts[2]))
        elif len(parts) == 2:
            day = datetime.date(int(parts[0]), int(parts[1]), 15)
        else:
            return None
    except ValueError:
        return None
    return (day - datetime.date(1970, 1, 1)).days


class Side:
    """One side's records: where each line lies in its file, its id and its day, in input order."""

    def __init__(self, name, path):
        self.name = name
        self.path = path
        self.spans = []   # (offset, length) of each record line
        self.ids = []
        self.days = []
        self.order = {}   # id -> input index
        with open(path, "rb") as handle:
            offset = 0
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    try:
                        record = json.loads(line)
                    except ValueError:
                        raise SystemExit(f"tolk_scale: {path}:{number}: not a JSON object")
                    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                        raise SystemExit(f'tolk_scale: {path}:{number}: not a JSON object with a string "text"')
                    identifier = record.get("id", f"{path}:{number}")
                    identifier = identifier if isinstance(identifier, str) else json.dumps(identifier)
                    if identifier in self.order:
                        raise SystemExit(f"tolk_scale: {path}:{number}: duplicate id '{identifier}'")
                    self.order[identifier] = len(self.ids)
                    self.ids.append(identifier)
                    self.days.append(day_number(record.get("date")))
                    self.spans.append((offset, len(line)))
                offset += len(line)
        if not self.ids:
            raise SystemExit(f"tolk_scale: {path}: no records")

    def lines(self, indices):
        """The record lines of `indices` (in input order), each ending in a line break."""
        out = []
        with open(self.path, "rb") as handle:
            for index in sorted(indices):
                offset, length = self.spans[index]
                handle.seek(offset)
                line = handle.read(length)
                out.append(line if line.endswith(b"\n") else line + b"\n")
        return b"".join(out)

    def fields(self, index):
        """The record's other fields (not id, text, language, date), as `tolk match` passes them through."""
        offset, length = self.spans[index]
        with open(self.path, "rb") as handle:
            handle.seek(offset)
            record = json.loads(handle.read(length))
        other = {key: value for key, value in record.items() if key not in ("id", "text", "language", "date")}
        return other or None


def partitions(sources, targets, core_days, window_days):
    """The partitions: (name, core (first, end) or None for the undated one, source indices, target indices)."""
    dated = [day for day in sources.days + targets.days if day is not None]
    result = []
    if dated:
        first, last = min(dated), max(dated)
        start = first
        while start <= last:
            end = start + core_days
            low, high = start - window_days, end + window_days
            members = [[i for i, day in enumerate(side.days) if day is not None and low <= day < high]
                       for side in (sources, targets)]
            if any(day is not None and start <= day < end for day in sources.days + targets.days):
                result.append((f"{datetime.date(1970, 1, 1) + datetime.timedelta(days=start)}",
                               (start, end), members[0], members[1]))
            start = end
    undated = [[i for i, day in enumerate(side.days) if day is None] for side in (sources, targets)]
    if undated[0] or undated[1]:
        result.append((UNDATED, None, undated[0], undated[1]))
    return result


def run_partition(name, source_lines, target_lines, tolk, window_days, extra):
    """On a worker: `tolk match --format jsonl` over one partition; returns its output and what it cost."""
    started = time.monotonic()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryDirectory(prefix="tolk-scale-") as folder:
        paths = []
        for side, lines in (("sources", source_lines), ("targets", target_lines)):
            path = os.path.join(folder, f"{side}.jsonl")
            with open(path, "wb") as handle:
                # A side without documents in this partition is an empty JSONL file, which tolk refuses:
                # such a partition has nothing to pair (see `match` below).
                handle.write(lines)
            paths.append(path)
        command = [tolk, "match", paths[0], paths[1], "--format", "jsonl", *extra]
        if window_days is not None:
            command += ["--date-window", str(window_days)]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        output, error = process.communicate()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode != 0:
        lines = error.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(f"partition {name}: tolk exited {process.returncode}: {lines[-1] if lines else ''}")
    # The worker runs one partition at a time (one thread), so the change in its children's CPU time is this
    # `tolk match`'s. Peak resident sizes in KiB: the worker's largest child so far, and the worker itself.
    cpu = (children.ru_utime - before.ru_utime) + (children.ru_stime - before.ru_stime)
    return {"name": name, "output": output, "seconds": time.monotonic() - started, "cpu_seconds": cpu,
            "documents": [source_lines.count(b"\n"), target_lines.count(b"\n")],
            "worker_peak_kib": children.ru_maxrss,
            "worker_self_peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "worker": os.getpid()}


def unmatched_line(side_name, identifier, fields):
    """An unmatched line as `tolk match --format jsonl` writes it."""
    text = json.dumps({"id": identifier, "unmatched": side_name}, ensure_ascii=False, separators=(",", ":"),
                      sort_keys=True)
    if fields:
        text = text[:-1] + ',"fields":' + json.dumps(fields, ensure_ascii=False, separators=(",", ":"),
                                                    sort_keys=True) + "}"
    return text + "\n"


def owned(pair_days, core):
    """Whether a pair with these (source, target) days belongs to the partition with `core`: the core holds the
    earlier of its dates (the undated partition, core None, owns its pairs)."""
    if core is None:
        return True
    dated = [day for day in pair_days if day is not None]
    return bool(dated) and core[0] <= min(dated) < core[1]


def resolve(candidates):
    """Each document paired at most once: candidates (evidence, score, source index, target index, ...) kept
    greedily by more evidence, then higher score, then input order."""
    kept = []
    used_sources, used_targets = set(), set()
    for candidate in sorted(candidates, key=lambda c: (-c[0], -c[1], c[2], c[3])):
        if candidate[2] in used_sources or candidate[3] in used_targets:
            continue
        used_sources.add(candidate[2])
        used_targets.add(candidate[3])
        kept.append(candidate)
    return kept


def match(sources, targets, client, tolk, core_days, window_days, extra, work, log):
    """Runs every partition on `client` and returns (pair lines, unmatched lines, per-partition statistics)."""
    from distributed import as_completed

    # Partitions with documents on both sides (the others have nothing to pair: their documents are unmatched).
    # At most two per worker thread are in flight, so the client and the scheduler hold a few partitions' records
    # at a time, not the corpus.
    waiting = [entry for entry in partitions(sources, targets, core_days, window_days) if entry[2] and entry[3]]
    waiting.reverse()
    in_flight = max(1, 2 * sum(client.nthreads().values()))
    futures = {}

    def submit():
        name, core, source_indices, target_indices = waiting.pop()
        future = client.submit(run_partition, name, sources.lines(source_indices), targets.lines(target_indices),
                               tolk, window_days if core is not None else None, extra, pure=False, key=f"tolk-{name}")
        futures[future] = (name, core)
        return future

    running = as_completed([submit() for _ in range(min(in_flight, len(waiting)))])
    candidates = []
    statistics = []
    for future in running:
        name, core = futures.pop(future)
        result = future.result()
        future.release()
        if waiting:
            running.add(submit())
        path = os.path.join(work, f"part-{name}.jsonl")
        with open(path, "wb") as handle:
            handle.write(result["output"])
        offset = 0
        for line in result["output"].splitlines(keepends=True):
            record = json.loads(line)
            if "unmatched" not in record:
                source, target = sources.order[record["source"]], targets.order[record["target"]]
                if owned((sources.days[source], targets.days[target]), core):
                    candidates.append((record.get("evidence", 0.0), record["score"], source, target, path, offset,
                                       len(line)))
            offset += len(line)
        statistics.append({key: value for key, value in result.items() if key != "output"})
        log(f"partition {name}: {result['documents'][0]} + {result['documents'][1]} documents, "
            f"{len(result['output'])} bytes in {result['seconds']:.1f} s ({result['cpu_seconds']:.1f} s CPU)")
    kept = resolve(candidates)
    # Best score first, ties by input order, as `tolk match` orders its pairs.
    kept.sort(key=lambda c: (-c[1], c[2], c[3]))
    pair_lines = []
    for _, _, _, _, path, offset, length in kept:
        with open(path, "rb") as handle:
            handle.seek(offset)
            pair_lines.append(handle.read(length))
    paired_sources = {c[2] for c in kept}
    paired_targets = {c[3] for c in kept}
    unmatched = [unmatched_line(side.name, side.ids[i], side.fields(i)).encode("utf-8")
                 for side, paired in ((sources, paired_sources), (targets, paired_targets))
                 for i in range(len(side.ids)) if i not in paired]
    return pair_lines, unmatched, sorted(statistics, key=lambda s: s["name"])


def main(arguments=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", help="source records (JSONL: id, text, date YYYY-MM-DD, language?, ...)")
    parser.add_argument("targets", help="target records (JSONL)")
    parser.add_argument("--output", required=True, help="where to write the merged JSONL (atomically)")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a local cluster)")
    parser.add_argument("--workers", type=int, default=None, help="local workers (default: one per core)")
    parser.add_argument("--memory-limit", default="auto", help="memory limit per local worker (Dask's syntax)")
    parser.add_argument("--tolk", default="tolk", help="the tolk binary as the workers find it (default: on PATH)")
    parser.add_argument("--window-days", type=int, default=30, help="tolk match --date-window (default 30)")
    parser.add_argument("--core-days", type=int, default=90, help="days of each partition's core (default 90)")
    parser.add_argument("--tolk-arg", action="append", default=[], help="an extra argument for tolk match")
    parser.add_argument("--stats", help="write per-partition timings and worker peak memory here (JSON)")
    parser.add_argument("--quiet", action="store_true")
    options = parser.parse_args(arguments)
    if options.window_days < 0 or options.core_days < 1:
        parser.error("--window-days must be 0 or more and --core-days 1 or more")

    def log(message):
        if not options.quiet:
            print(f"tolk_scale: {message}", file=sys.stderr)

    from distributed import Client, LocalCluster

    started = time.monotonic()
    sources = Side("source", options.sources)
    targets = Side("target", options.targets)
    cluster = None
    if options.scheduler:
        client = Client(options.scheduler)
    else:
        cluster = LocalCluster(n_workers=options.workers, threads_per_worker=1, processes=True,
                               memory_limit=options.memory_limit, dashboard_address=None)
        client = Client(cluster)
    try:
        with tempfile.TemporaryDirectory(prefix="tolk-scale-merge-") as work:
            pairs, unmatched, statistics = match(sources, targets, client, options.tolk, options.core_days,
                                                 options.window_days, options.tolk_arg, work, log)
            folder = os.path.dirname(os.path.abspath(options.output))
            with tempfile.NamedTemporaryFile("wb", dir=folder, delete=False, prefix=".tolk-scale-") as handle:
                handle.writelines(pairs + unmatched)
                temporary = handle.name
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)  # a new file's usual mode, not the temporary file's 0600
            os.replace(temporary, options.output)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    wall = time.monotonic() - started
    log(f"{len(pairs)} pairs, {len(unmatched)} unmatched, {len(statistics)} partitions, {wall:.1f} s")
    if options.stats:
        workers, selves = {}, {}
        for entry in statistics:
            workers[entry["worker"]] = max(workers.get(entry["worker"], 0), entry["worker_peak_kib"])
            selves[entry["worker"]] = max(selves.get(entry["worker"], 0), entry["worker_self_peak_kib"])
        with open(options.stats, "w") as handle:
            json.dump({"wall_seconds": wall, "cpu_seconds": sum(entry["cpu_seconds"] for entry in statistics),
                       "partitions": statistics,
                       "worker_peak_kib": [workers[w] for w in sorted(workers, key=workers.get, reverse=True)],
                       "worker_self_peak_kib": [selves[w] for w in sorted(workers, key=workers.get, reverse=True)]},
                      handle, indent=1)


if __name__ == "__main__":
    main()
