#!/usr/bin/env bash
# Refreshes the country shapes and ISO codes shipped in src/Concord.Reports/Map/Shapes from their npm packages.
# Usage: bash tools/update-shapes.sh WORLD_ATLAS_VERSION I18N_ISO_COUNTRIES_VERSION   (e.g. 2.0.2 7.14.0)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$here/src/Concord.Reports/Map/Shapes"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack "world-atlas@$1" "i18n-iso-countries@$2" --json | grep -E '"(filename|integrity)"'
tar xzf "world-atlas-$1.tgz" package/countries-50m.json
cp package/countries-50m.json "$dest/countries-50m.json"
tar xzf "i18n-iso-countries-$2.tgz" package/codes.json
cp package/codes.json "$dest/iso-3166-codes.json"
cd "$dest" && sha256sum countries-50m.json iso-3166-codes.json
echo "Update the table in $dest/README.md and the checksums in tests/Concord.Cli.Tests/Reports/Map/WorldShapesTest.cs." >&2
