#!/usr/bin/env bash
# The main job on samples/: sets the machine up, builds tolk in release mode and runs it on the two seed articles.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product tolk
tolk=.build/release/tolk
da=samples/2019-07-assange-embassy-russians.da.txt
en=samples/nbc-2016-10-assange-ecuador.en.txt
for file in "$da" "$en"; do
  echo "== tolk segment $file"
  "$tolk" segment "$file"
done
echo "== tolk lexicon lookup --source da --target en (words of $da)"
"$tolk" lexicon lookup --source da --target en --limit 3 \
  Wikileaks-stifteren Ecuadors ambassaden russere præsidentvalg overvågningsrapporter efterretningstjenester \
  russiske nægtet fastholdt konkluderer tilsyneladende Sverige USA
echo "== tolk lexicon lookup --source en --target da (words of $en)"
"$tolk" lexicon lookup --source en --target da --limit 3 embassy "Ecuador's" officials intelligence reportedly denied
echo "== tolk lexicon stem"
"$tolk" lexicon stem --language da efterretningstjenester overvågningsrapporterne russiske
"$tolk" lexicon stem --language en intelligence officials reportedly
echo "== tolk entities $da"
"$tolk" entities --language da "$da"
echo "== tolk match $da $en (statements, entities, events)"
"$tolk" match "$da" "$en"
"$tolk" match "$da" "$en" --format html --output "${TMPDIR:-/tmp}/tolk-seeds.html"
echo "== HTML report: ${TMPDIR:-/tmp}/tolk-seeds.html"
echo "== tolk detect --spans (each sample, then the Danish one with the English one appended)"
"$tolk" detect --confidence "$da"
"$tolk" detect --confidence "$en"
cat "$da" "$en" > "${TMPDIR:-/tmp}/tolk-mixed-sample.txt"
"$tolk" detect --spans --languages da,nb,nn,sv,en "${TMPDIR:-/tmp}/tolk-mixed-sample.txt"
echo "== tolk compare $da $en (how each outlet phrases it)"
"$tolk" compare "$da" "$en"
echo "== tolk glossary on the FLORES fixture (300 sentence pairs), first lines"
"$tolk" glossary Tests/TolkGlossaryTests/Fixtures/flores-devtest-300.da.txt \
  Tests/TolkGlossaryTests/Fixtures/flores-devtest-300.en.txt --presegmented | head -15
F=Tests/TolkAlignTests/Fixtures/flores-devtest-1-40-edited
echo "== tolk align $F.da $F.en --presegmented (FLORES-200 devtest, edited: every bead shape)"
"$tolk" align "$F.da" "$F.en" --presegmented --format tsv
echo "== tolk align $da $en (not translations: most sentences stay unpaired)"
"$tolk" align "$da" "$en"
