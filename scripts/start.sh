#!/usr/bin/env bash
# npm start: build both targets on the embedded policy data, then serve the H5 build on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build:weapp
npm run build:h5
exec npx tsx scripts/serve.ts
