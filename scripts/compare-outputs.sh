#!/usr/bin/env bash
# Runs the same commands with two tolk binaries and compares every output byte for byte (standard output,
# standard error, exit status and each written file): a refactoring must leave them all identical.
#
#   bash scripts/compare-outputs.sh OLD_TOLK NEW_TOLK [NTREX_DIR...]
#
# The commands: every command on samples/ (each output format of match, align, glossary, compare, entities,
# segment, detect, lexicon), glossary and align on the FLORES test fixtures, the help of every command, and
# match (text, json, html) on each NTREX comparable folder given (`comparable_eval.py make DIR --seed N`).
# Prints one line per differing command and exits 1 when any differs.
set -uo pipefail
cd "$(dirname "$0")/.."
old=$(realpath "$1") new=$(realpath "$2")
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
da=samples/2019-07-assange-embassy-russians.da.txt
en=samples/nbc-2016-10-assange-ecuador.en.txt
gl=Tests/TolkGlossaryTests/Fixtures/flores-devtest-300
al=Tests/TolkAlignTests/Fixtures/flores-devtest-1-40-edited
commands=(
  "match $da $en" "match $da $en --format json" "match $da $en --format jsonl" "match $da $en --format html"
  "match $da $en --format html --output OUT.html" "match $da $en --format json --output OUT.json"
  "align $da $en" "align $da $en --format json" "align $da $en --format tsv" "align $da $en --format tmx"
  "align $da $en --no-lexicon" "align $al.da $al.en --presegmented --format tsv"
  "align $al.da $al.en --presegmented --format json --output OUT.json"
  "glossary $da $en" "glossary $da $en --format json" "glossary $da $en --format tbx" "glossary $da $en --format csv"
  "glossary $gl.da.txt $gl.en.txt --presegmented" "glossary $gl.da.txt $gl.en.txt --presegmented --format tbx --output OUT.tbx"
  "compare $da $en" "compare $da $en --format json" "compare $da $en --format html"
  "compare $da $en --format html --output OUT.html"
  "entities $da" "entities $en" "entities --language da $da" "entities $da --format json"
  "segment $da" "segment $en --format json" "detect $da" "detect --spans --format json $en" "detect --sentences $da"
  "lexicon lookup --source da --target en --limit 3 russere ambassaden Sverige"
  "lexicon stem --language da efterretningstjenester" "normalize $da"
  "glossary $da $en --comparable" "glossary $da $en --comparable --format json --minimum-count 1"
  "match $da $en --source-language da --target-language en --format json" "match $da $en --many --progress"
  "compare $da $en --source-language dan --target-language eng" "match /nonexistent/tolk $en" "compare $da /nonexistent"
  "glossary $da /nonexistent" "align $da /nonexistent" "match Tests/tolkTests/Fixtures $en"
  "--help" "match --help" "align --help" "glossary --help" "compare --help" "entities list --help"
  "entities train --help" "segment --help" "detect --help" "extract --help" "normalize --help"
  "lexicon lookup --help" "lexicon stem --help" "lexicon stats --help" "lexicon import --help" "lexicon learn --help"
)
for dir in "$@"; do
  commands+=("match $dir/da $dir/en --source-language da --target-language en --format json"
             "match $dir/da $dir/en --source-language da --target-language en"
             "match $dir/da $dir/en --source-language da --target-language en --format html")
done
differ=0
for command in "${commands[@]}"; do
  for side in old new; do
    mkdir -p "$work/$side"
    binary=$old
    [ $side = new ] && binary=$new
    # shellcheck disable=SC2086
    "$binary" ${command//OUT/$work/$side/out} > "$work/$side/stdout" 2> "$work/$side/stderr"
    echo $? > "$work/$side/status"
  done
  if ! diff -r "$work/old" "$work/new" > /dev/null; then
    echo "differs: tolk $command"
    differ=1
  fi
  rm -rf "$work/old" "$work/new"
done
[ $differ = 0 ] && echo "identical: ${#commands[@]} commands"
exit $differ
