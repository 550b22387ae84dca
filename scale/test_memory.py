"""Memory of `tolk match` on a long input: it must grow with the text, not with the evidence matching makes.

Run from the repository after `swift build`: python3 -m unittest discover -s scale (TOLK: the binary to use,
default .build/debug/tolk). The input is built at test time from a committed fixture: the sentences of
Tests/TolkLexiconTests/Fixtures/europarl-500.da joined into one line and repeated to 3 MB, one document, against
a one-sentence target. The peak resident memory of that run, less the peak of the same command on a 2 KB
document (the binary, its lexicon and models), is compared with the input's size: a matcher that held the
evidence of every sentence took 28 bytes per input byte here (docs/MEASURED.md), one that makes it part by part
takes 4. Memory does not depend on the machine's load, so the bound does not either.
"""

import os
import subprocess
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPOSITORY = os.path.dirname(HERE)
TOLK = os.environ.get("TOLK", os.path.join(REPOSITORY, ".build", "debug", "tolk"))
FIXTURE = os.path.join(REPOSITORY, "Tests", "TolkLexiconTests", "Fixtures", "europarl-500.da")
LONG_BYTES = 3_000_000
# Bytes of peak memory per byte of input, over the small run's peak.
BOUND_PER_BYTE = 12


def document(size):
    """The fixture's sentences on one line, repeated and cut at the last space before `size` bytes."""
    with open(FIXTURE, encoding="utf-8") as handle:
        line = " ".join(text.strip() for text in handle if text.strip()).encode("utf-8") + b" "
    data = (line * (size // len(line) + 1))[:size]
    return data[:data.rfind(b" ")]


def peak_kilobytes(source, target):
    """The peak resident memory (kB) of `tolk match SOURCE TARGET --format json`, its output discarded."""
    process = subprocess.Popen([TOLK, "match", source, target, "--format", "json", "--output", os.devnull],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    errors = process.stderr.read().decode("utf-8", "replace")
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise AssertionError(f"tolk match failed: {errors}")
    return usage.ru_maxrss


class MatchMemoryTests(unittest.TestCase):
    def test_a_long_document_takes_memory_in_proportion_to_its_text(self):
        with tempfile.TemporaryDirectory(prefix="tolk-memory-test-") as folder:
            long_source = os.path.join(folder, "long.da.txt")
            short_source = os.path.join(folder, "short.da.txt")
            target = os.path.join(folder, "one.en.txt")
            data = document(LONG_BYTES)
            with open(long_source, "wb") as handle:
                handle.write(data)
            with open(short_source, "wb") as handle:
                handle.write(document(2_000))
            with open(target, "w", encoding="utf-8") as handle:
                handle.write("Ok.\n")
            base = peak_kilobytes(short_source, target)
            long = peak_kilobytes(long_source, target)
            grown = (long - base) * 1024
            self.assertLessEqual(grown, BOUND_PER_BYTE * len(data),
                                 f"peak {long} kB against {base} kB for {len(data)} bytes of input: "
                                 f"{grown / len(data):.1f} bytes per input byte")


if __name__ == "__main__":
    unittest.main()
