#!/usr/bin/env bash
# Installs tolk: the binary as PREFIX/bin/tolk and its data (the lexicons/ folder) as PREFIX/share/tolk, where
# the installed binary finds it from any working directory without TOLK_DATA.
#
#   bash scripts/install.sh [PREFIX]        PREFIX defaults to /usr/local (use sudo there), e.g. ~/.local
#
# Builds the release binary first; TOLK_BINARY=PATH installs that binary instead (the tests use it). The data is
# copied beside the old one and swapped in with a rename, so a failed copy leaves the old install working.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-/usr/local}"
if [ -z "${TOLK_BINARY:-}" ]; then
  swift build -c release --product tolk
  TOLK_BINARY="$(swift build -c release --show-bin-path)/tolk"
fi
[ -x "$TOLK_BINARY" ] || { echo "install.sh: no executable at $TOLK_BINARY" >&2; exit 1; }
mkdir -p "$prefix/bin" "$prefix/share"
staging="$(mktemp -d "$prefix/share/.tolk-install-XXXXXX")"
trap 'rm -rf "$staging"' EXIT
cp -R lexicons/. "$staging/"
chmod 755 "$staging"
rm -rf "$prefix/share/tolk.old"
if [ -e "$prefix/share/tolk" ]; then mv "$prefix/share/tolk" "$prefix/share/tolk.old"; fi
mv "$staging" "$prefix/share/tolk"
rm -rf "$prefix/share/tolk.old"
install -m 755 "$TOLK_BINARY" "$prefix/bin/tolk.new"
mv "$prefix/bin/tolk.new" "$prefix/bin/tolk"
echo "installed $prefix/bin/tolk, data in $prefix/share/tolk"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "not on PATH yet: export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
