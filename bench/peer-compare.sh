#!/usr/bin/env bash
# `npm run bench:peers`: the hub side by side with PostGraphile 4, PostGraphile 5 and the raw-SQL
# floor on the same database and queries, with ../shared/peer-bench (its README says how). The
# harness is copied to a temporary folder and installed there; the hub is a clone of this checkout
# at HEAD, installed with npm ci (which builds it), run with the response cache off and then on.
#   PEER_BENCH=../shared/peer-bench RUNS=1 DURATION=12 WARMUP=3 bench/peer-compare.sh
# Results (results.jsonl, report.md, the profile) land in the printed folder.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
peer=$(cd "${PEER_BENCH:-$here/../shared/peer-bench}" && pwd)
work=$(mktemp -d)
echo "== peer harness in $work/peer-bench"
cp -r "$peer" "$work/peer-bench" && chmod -R u+w "$work/peer-bench"
(cd "$work/peer-bench" && npm install --no-audit --no-fund >/dev/null && cd pg5 && npm install --no-audit --no-fund >/dev/null)
echo "== hub clone at $(git -C "$here" rev-parse --short HEAD) in $work/hub"
git clone -q "$here" "$work/hub" && (cd "$work/hub" && npm ci --no-audit --no-fund >/dev/null)

cd "$work/peer-bench"
export RUNS=${RUNS:-1} DURATION=${DURATION:-12} WARMUP=${WARMUP:-3}
echo "== cache off: the whole matrix, SQL counts, cold start, profile"
RESPONSE_CACHE_MB=0 HUB_DIR="$work/hub" OUT=runs/cache-off scripts/run-all.sh
pid=$(ss -ltnpH "sport = :${PORT:-4620}" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)
[[ -n $pid ]] && kill -TERM "$pid" && while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
echo "== cache on (RESPONSE_CACHE_MB=64): the hub alone"
(cd "$work/hub" && RESPONSE_CACHE_MB=64 PORT=${PORT:-4620} PG_PORT=${PG_PORT:-54620} setsid npm start >> "$work/peer-bench/runs/cache-on.log" 2>&1 &)
for _ in $(seq 1 600); do curl -s -o /dev/null -m 2 -X POST -H 'content-type: application/json' -d '{"query":"{__typename}"}' "http://127.0.0.1:${PORT:-4620}/graphql" && break; sleep 0.1; done
TARGETS=hub OUT=runs/cache-on node scripts/bench.mjs
pid=$(ss -ltnpH "sport = :${PORT:-4620}" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)
[[ -n $pid ]] && kill -TERM "$pid"
echo "results: $work/peer-bench/runs/cache-off/report.md and $work/peer-bench/runs/cache-on/report.md"
