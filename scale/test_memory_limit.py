"""Every command that reads large input (`match`, `align`, `compare`, `glossary`, `entities`, `extract`) under an
address-space limit (`ulimit -v`): it finishes, or says in one line that the limit is too low and exits 1; it
never hangs, crashes or aborts.

Run from the repository after `swift build`: python3 -m unittest discover -s scale (TOLK: the binary to use,
default .build/debug/tolk). Before issue 16's fix, on the two samples: `ulimit -v 350000` aborted (exit 134,
Swift's "failed to allocate"), 300000 crashed (signal 11), 250000 aborted and 200000 and 150000 hung (libdispatch
could not start a worker thread; docs/MEASURED.md). The limit is set in the child (`resource.setrlimit` before
exec), so the test itself is not limited. A hang is caught by a timeout far above a run's time.
"""

import os
import resource
import subprocess
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPOSITORY = os.path.dirname(HERE)
TOLK = os.environ.get("TOLK", os.path.join(REPOSITORY, ".build", "debug", "tolk"))
SAMPLES = os.path.join(REPOSITORY, "samples")
SOURCE = os.path.join(SAMPLES, "2019-07-assange-embassy-russians.da.txt")
TARGET = os.path.join(SAMPLES, "nbc-2016-10-assange-ecuador.en.txt")
PAGE = os.path.join(REPOSITORY, "Tests", "TolkExtractTests", "Fixtures", "da-news-article.html")
# The other commands that read large input, on the samples (issue 16). Without the check, release builds of main
# b57a8de under lower limits aborted (Swift's "failed to allocate") or crashed with signal 11 for each of them
# (docs/MEASURED.md).
COMMANDS = {
    "align": ["align", SOURCE, TARGET],
    "compare": ["compare", SOURCE, TARGET, "--format", "json"],
    "glossary": ["glossary", SOURCE, TARGET, "--comparable"],
    "entities": ["entities", SOURCE],
    "extract": ["extract", PAGE],
}
OTHER_LIMITS = [130_000, 160_000, 185_000, 200_000, 500_000]
# Limits in KiB, as `ulimit -v` takes them: from below what the program needs to start its work to above what
# the samples need.
LIMITS = [150_000, 200_000, 250_000, 300_000, 350_000, 500_000]
# Seconds: a debug run of the samples takes a few seconds; a hang waits for ever.
TIMEOUT = int(os.environ.get("TOLK_LIMIT_TIMEOUT", "300"))


def run_limited(limit_kib, arguments):
    """Runs tolk with `arguments` under an address-space limit of `limit_kib` KiB: (status, stdout, stderr)."""
    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (limit_kib * 1024, limit_kib * 1024))
    environment = dict(os.environ, SWIFT_BACKTRACE="enable=no")
    process = subprocess.run([TOLK] + arguments, preexec_fn=limit, capture_output=True, timeout=TIMEOUT,
                             env=environment)
    return process.returncode, process.stdout, process.stderr.decode("utf-8", "replace")


class MatchMemoryLimitTests(unittest.TestCase):
    def assert_finished_or_refused(self, limit_kib, arguments):
        try:
            status, output, errors = run_limited(limit_kib, arguments)
        except subprocess.TimeoutExpired:
            self.fail(f"ulimit -v {limit_kib}: no end after {TIMEOUT} s")
        self.assertIn(status, (0, 1), f"ulimit -v {limit_kib}: exit {status}: {errors[-2000:]}")
        if status == 1:
            lines = [line for line in errors.splitlines() if line.startswith("tolk: ")]
            self.assertEqual(len(lines), 1, f"ulimit -v {limit_kib}: {errors[-2000:]}")
            self.assertIn("ulimit -v", lines[0])
            self.assertNotIn("Fatal error", errors)
        return status, output

    def test_every_limit_ends_in_a_result_or_one_line(self):
        finished = []
        for limit_kib in LIMITS:
            with self.subTest(limit=limit_kib):
                status, output = self.assert_finished_or_refused(
                    limit_kib, ["match", SOURCE, TARGET, "--format", "json"])
                if status == 0:
                    self.assertTrue(output.startswith(b"{"))
                    finished.append(limit_kib)
        # The samples fit the largest limit: the check does not refuse everything.
        self.assertIn(LIMITS[-1], finished)

    def test_a_large_input_is_refused_before_the_work_starts(self):
        # 40 MB of input (sparse files: nothing is read before the check) against a limit that leaves room for
        # the program but not for the input.
        with tempfile.TemporaryDirectory(prefix="tolk-memory-limit-test-") as folder:
            paths = []
            for name in ("large.da.txt", "large.en.txt"):
                path = os.path.join(folder, name)
                with open(path, "wb") as handle:
                    handle.truncate(20_000_000)
                paths.append(path)
            status, _ = self.assert_finished_or_refused(500_000, ["match"] + paths + ["--format", "json"])
            self.assertEqual(status, 1)



class OtherCommandsMemoryLimitTests(MatchMemoryLimitTests):
    """The same for align, compare, glossary, entities and extract."""

    def test_every_limit_ends_in_a_result_or_one_line(self):
        for name, arguments in COMMANDS.items():
            finished = []
            for limit_kib in OTHER_LIMITS:
                with self.subTest(command=name, limit=limit_kib):
                    status, _ = self.assert_finished_or_refused(limit_kib, arguments)
                    if status == 0:
                        finished.append(limit_kib)
            with self.subTest(command=name):
                # The samples fit the largest limit: the check does not refuse everything.
                self.assertIn(OTHER_LIMITS[-1], finished)

    def test_a_large_input_is_refused_before_the_work_starts(self):
        # 100 MB a file (sparse: nothing is read before the check) against a limit that leaves room for the
        # program but not for the input.
        with tempfile.TemporaryDirectory(prefix="tolk-memory-limit-test-") as folder:
            paths = {}
            for name in ("large.da.txt", "large.en.txt", "large.html"):
                paths[name] = os.path.join(folder, name)
                with open(paths[name], "wb") as handle:
                    handle.truncate(100_000_000)
            large = {
                "align": ["align", paths["large.da.txt"], paths["large.en.txt"]],
                "compare": ["compare", paths["large.da.txt"], paths["large.en.txt"]],
                "glossary": ["glossary", paths["large.da.txt"], paths["large.en.txt"]],
                "entities": ["entities", paths["large.da.txt"]],
                "extract": ["extract", paths["large.html"]],
            }
            for name, arguments in large.items():
                with self.subTest(command=name):
                    status, _ = self.assert_finished_or_refused(500_000, arguments)
                    self.assertEqual(status, 1)


if __name__ == "__main__":
    unittest.main()
