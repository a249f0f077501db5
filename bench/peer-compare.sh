#!/usr/bin/env bash
# `npm run bench:peers`: the hub side by side with PostGraphile 4, PostGraphile 5 and the raw-SQL
# floor on the same database and queries, with ../shared/peer-bench (its README says how). The
# harness is copied to a temporary folder and installed there; the hub is a clone of this checkout
# at HEAD, installed with npm ci (which builds it), run with the response cache off and then on.
#   PEER_BENCH=../shared/peer-bench RUNS=1 DURATION=12 WARMUP=3 bench/peer-compare.sh
#   WORK=/tmp/x STEPS=cache-on,profile bench/peer-compare.sh   # re-run steps in an existing folder
# Steps: matrix (cache off: the whole matrix, SQL counts, cold start), profile (CPU profile of the
# compiled hub under the BI page and the dashboard), cache-on (the hub alone, RESPONSE_CACHE_MB=64).
# Results (results.jsonl, report.md, profile.txt) land in the printed folder.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
steps=",${STEPS:-matrix,profile,cache-on},"
export PORT=${PORT:-4620} PG_PORT=${PG_PORT:-54620}
export RUNS=${RUNS:-1} DURATION=${DURATION:-12} WARMUP=${WARMUP:-3}
pid_of_port() { ss -ltnpH "sport = :$1" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1; }
stop_hub() { local pid; pid=$(pid_of_port "$PORT"); [[ -n $pid ]] || return 0; kill -TERM "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done; }
wait_hub() { for _ in $(seq 1 600); do curl -s -o /dev/null -m 2 -X POST -H 'content-type: application/json' -d '{"query":"{__typename}"}' "http://127.0.0.1:$PORT/graphql" && return 0; sleep 0.1; done; return 1; }

if [[ -z ${WORK:-} ]]; then
  peer=$(cd "${PEER_BENCH:-$here/../shared/peer-bench}" && pwd)
  WORK=$(mktemp -d)
  echo "== peer harness in $WORK/peer-bench"
  cp -r "$peer" "$WORK/peer-bench" && chmod -R u+w "$WORK/peer-bench"
  (cd "$WORK/peer-bench" && npm install --no-audit --no-fund >/dev/null && cd pg5 && npm install --no-audit --no-fund >/dev/null)
  echo "== hub clone at $(git -C "$here" rev-parse --short HEAD) in $WORK/hub"
  git clone -q "$here" "$WORK/hub" && (cd "$WORK/hub" && npm ci --no-audit --no-fund >/dev/null)
fi
cd "$WORK/peer-bench"

if [[ $steps == *,matrix,* ]]; then
  echo "== cache off: the whole matrix, SQL counts, cold start"
  # the hub first: the peers read its database as the embedded superuser, whose password the
  # data folder keeps (.data/superuser.secret, made at the first start)
  (cd "$WORK/hub" && RESPONSE_CACHE_MB=0 setsid npm start >> "$WORK/peer-bench/hub-first-start.log" 2>&1 &)
  wait_hub
  export DATABASE_URL="postgres://postgres:$(cat "$WORK/hub/.data/superuser.secret")@127.0.0.1:$PG_PORT/incheon_hub"
  # the harness's own profile step starts the hub from TypeScript sources; the profile step below runs it as built
  RESPONSE_CACHE_MB=0 HUB_DIR="$WORK/hub" OUT=runs/cache-off SKIP=profile scripts/run-all.sh
  stop_hub
  unset DATABASE_URL # the steps below start the hub on its own embedded PostgreSQL again
fi

if [[ $steps == *,profile,* ]]; then
  echo "== CPU profile of the compiled hub (cache off): BI page and dashboard at c = 16"
  out="$WORK/peer-bench/runs/profile" && rm -rf "$out" && mkdir -p "$out"
  (cd "$WORK/hub" && RESPONSE_CACHE_MB=0 LOG_LEVEL=info setsid node --cpu-prof --cpu-prof-dir="$out" dist/server.js >> "$out/hub.log" 2>&1 &)
  wait_hub
  for w in bi dashboard; do
    TARGETS=hub WORKLOADS=$w CONCURRENCY=16 RUNS=1 OUT="runs/profile/$w" node scripts/bench.mjs > /dev/null
  done
  stop_hub
  node scripts/analyze-profile.mjs "$out"/*.cpuprofile | tee "$out/profile.txt"
fi

if [[ $steps == *,cache-on,* ]]; then
  echo "== cache on (RESPONSE_CACHE_MB=64): the hub alone"
  (cd "$WORK/hub" && RESPONSE_CACHE_MB=64 setsid npm start >> "$WORK/peer-bench/runs/cache-on.log" 2>&1 &)
  wait_hub
  TARGETS=hub OUT=runs/cache-on node scripts/bench.mjs
  stop_hub
fi
echo "results: $WORK/peer-bench/runs/{cache-off,cache-on}/report.md, $WORK/peer-bench/runs/profile/profile.txt"
