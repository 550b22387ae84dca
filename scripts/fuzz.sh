#!/usr/bin/env bash
# Coverage-guided fuzzing of Tolk's readers: libFuzzer with AddressSanitizer, one target per reader
# (Fuzz/Sources: FuzzDecode = decoding and segmentation, FuzzHTML = article extraction, FuzzLexicon = lexicon TSV,
# FuzzGlossary = glossary TSV/CSV/JSON, FuzzImport = dictionary import: TBX, hunalign, pairs, TSV, FuzzJSONL = JSONL
# corpus records). Each runs for a fixed time from its committed seed corpus
# (Fuzz/Corpus/TARGET); a crash, a hang (one input over 10 s) or more than 2048 MB of memory fails the run.
#
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default: 60 s, every target)
#
# New inputs are kept in Fuzz/.build/corpus/TARGET; a failing input is saved as Fuzz/.build/crash-*.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzDecode FuzzHTML FuzzLexicon FuzzGlossary FuzzImport FuzzJSONL)
export TOLK_DATA="$PWD/lexicons" SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0

swift build -c release --package-path Fuzz -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address \
    2>&1 | grep -E "error|Compiling|Build complete" | tail -3
build=$(swift build -c release --package-path Fuzz --show-bin-path)
modules=(CICU CLibXML2 TolkExtract TolkText TolkLanguage TolkLexicon TolkAlign TolkMatch TolkEntities TolkPhrasing
         TolkGlossary TolkEvents TolkFormats)
mkdir -p Fuzz/.build/fuzzers
for target in "${targets[@]}"; do
    objects=()
    for module in "${modules[@]}" "$target"; do
        # The objects of the module's current source files only (a file moved or removed since an earlier build
        # leaves its object behind, which would be linked twice).
        folder=Sources/$module
        [ -d "$folder" ] || folder=Fuzz/Sources/$module
        while IFS= read -r source; do
            object="$build/$module.build/$(basename "$source").o"
            [ -f "$object" ] && objects+=("$object")
        done < <(find "$folder" -name '*.swift' -o -name '*.c' | sort)
    done
    rm -f "Fuzz/.build/fuzzers/$target"
    # (ld.gold warns about every sanitizer symbol it cannot export: not shown.)
    swiftc -sanitize=fuzzer,address "${objects[@]}" -o "Fuzz/.build/fuzzers/$target" \
        -licui18n -licuuc -licudata -lxml2 -lFoundation 2>&1 | { grep -v "Cannot export local symbol" || true; }
    [ -x "Fuzz/.build/fuzzers/$target" ] || { echo "$target: link failed"; exit 1; }
done

failed=0
for target in "${targets[@]}"; do
    corpus="Fuzz/.build/corpus/$target"
    mkdir -p "$corpus"
    log="Fuzz/.build/$target.log"
    if "Fuzz/.build/fuzzers/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="Fuzz/.build/crash-$target-" "$corpus" "Fuzz/Corpus/$target" \
        > "$log" 2>&1; then
        runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
        peak=$(grep -o 'stat::peak_rss_mb: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
        echo "$target: $runs executions in $seconds s, peak RSS $peak MB, no crash, hang or memory overrun"
    else
        echo "$target: FAILED (see $log):"
        grep -E "ERROR|SUMMARY|Fatal error|timeout|out-of-memory" "$log" | head -5
        failed=1
    fi
done
exit $failed
