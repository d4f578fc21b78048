#!/usr/bin/env bash
# Runs WeChat's code-quality checker (miniprogram-ci checkCodeQuality) on the
# weapp build. Run from anywhere after `npm run build:weapp` (npm test does).
# miniprogram-ci lives in its own install under tools/wechat-ci (about 276 MB,
# installed on first use): hoisted into the main tree it would pull an old
# @babel/core that breaks babel-jest.
# Arguments are passed on to scripts/wechat-code-quality.cjs (an optional
# project path; default: the repo root, whose project.config.json points at
# dist/weapp/).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

if [ ! -f tools/wechat-ci/node_modules/miniprogram-ci/package.json ]; then
  echo "wechat-code-quality: installing miniprogram-ci into tools/wechat-ci (first run only)..."
  npm ci --prefix tools/wechat-ci --no-audit --no-fund
fi

exec node scripts/wechat-code-quality.cjs "$@"
