#!/usr/bin/env python3
"""Tolk's language detector side by side with its peers on lingua's test data, restricted to the same candidates.
Usage: /work/venv/bin/python scripts/lid-compare.py DATA_DIR [langs]   (DATA_DIR = ../shared/data/lingua-language-testdata)
Environment: DETECTORS=tolk,tolk-all,lingua-high,... picks detectors; TOLK=path of the tolk binary (default
.build/release/tolk). Prints per detector: accuracy per language per granularity, mean, and lines/second (single
thread). Copied from shared/tools/lid_peers.py (peers: pip install lingua-language-detector pycld2 langid) and
extended with `tolk`, which runs `tolk detect --lines --languages ...` once per test file (process start included in
its time) and `tolk-all`, the same with every supported language as a candidate (accuracy only counts the 9)."""
import sys, time, os, subprocess
data = sys.argv[1]
langs = (sys.argv[2] if len(sys.argv) > 2 else "da,nb,nn,sv,en,de,nl,is,fi").split(",")
kinds = ["sentences", "word-pairs", "single-words"] if os.path.isdir(os.path.join(data, "sentences")) else ["."]
tests = {k: {l: [x.strip() for x in open(os.path.join(data, k, l + ".txt"), encoding="utf-8") if x.strip()] for l in langs} for k in kinds}

def lingua_factory(high):
    from lingua import Language, LanguageDetectorBuilder, IsoCode639_1
    ls = [Language.from_iso_code_639_1(getattr(IsoCode639_1, l.upper())) for l in langs]
    b = LanguageDetectorBuilder.from_languages(*ls)
    if not high: b = b.with_low_accuracy_mode()
    d = b.with_preloaded_language_models().build()
    def f(t):
        r = d.detect_language_of(t)
        return r.iso_code_639_1.name.lower() if r else "?"
    return f

def cld2_factory():
    import pycld2
    m = {"no": "nb"}
    def f(t):
        try:
            ok, _, det = pycld2.detect(t)
            c = det[0][1]
            return m.get(c, c)
        except Exception:
            return "?"
    return f

def langid_factory():
    from langid.langid import LanguageIdentifier, model
    li = LanguageIdentifier.from_modelstring(model, norm_probs=False)
    li.set_languages([("no" if l in ("nb",) else l) for l in langs if l != "nn"] + (["nn"] if "nn" in langs else []))
    m = {"no": "nb"}
    return lambda t: m.get(li.classify(t)[0], li.classify(t)[0])

def tolk_batch(all_languages):
    """A batch detector: one `tolk detect --lines` process per file."""
    here = os.path.dirname(os.path.abspath(__file__))
    binary = os.environ.get("TOLK", os.path.join(here, "..", ".build", "release", "tolk"))
    def run(lines):
        args = [binary, "detect", "--lines"] + ([] if all_languages else ["--languages", ",".join(langs)])
        out = subprocess.run(args, input="\n".join(lines) + "\n", capture_output=True, text=True, check=True).stdout
        answers = out.split("\n")[:-1]
        assert len(answers) == len(lines), (len(answers), len(lines))
        return answers
    run.batch = True
    return run

dets = {"tolk": lambda: tolk_batch(False), "tolk-all": lambda: tolk_batch(True), "lingua-high": lambda: lingua_factory(True), "lingua-low": lambda: lingua_factory(False),
        "cld2": cld2_factory, "langid": langid_factory}
only = os.environ.get("DETECTORS")
for name, fac in dets.items():
    if only and name not in only.split(","): continue
    f = fac()
    row = []; total_n = 0; total_t = 0.0
    for k in kinds:
        accs = []
        for l in langs:
            xs = tests[k][l]
            t0 = time.perf_counter()
            if getattr(f, "batch", False):
                ok = sum(1 for a in f(xs) if a == l)
            else:
                ok = sum(1 for x in xs if f(x) == l)
            total_t += time.perf_counter() - t0
            total_n += len(xs)
            accs.append(100.0 * ok / len(xs))
        row.append((k, accs))
    print(f"## {name}  ({total_n/total_t:.0f} lines/s single-thread)")
    print("kind," + ",".join(langs) + ",mean")
    for k, accs in row:
        print(k + "," + ",".join(f"{a:.1f}" for a in accs) + f",{sum(accs)/len(accs):.1f}")
