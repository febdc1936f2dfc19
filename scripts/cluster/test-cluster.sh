#!/usr/bin/env bash
# npm run test:cluster: the CLI on a Dask cluster of this machine. A scheduler and two workers on
# 127.0.0.1 (Debian's python3-distributed, installed when missing) each run the CLI over some
# shards of a sharded JSON Lines input; the merged output must equal, byte for byte, one process
# reading the same shards in order. Not part of npm test.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
# Debian's Python, which sees Debian's python3-distributed (another python3 may come first on PATH).
PY=/usr/bin/python3
if ! [ -x "$PY" ] || ! "$PY" -c 'import distributed' 2>/dev/null; then
  echo "Installing Dask's distributed scheduler (python3-distributed) from Debian's packages..." >&2
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-distributed >/dev/null
fi
[ -x node_modules/.bin/tsx ] || npm ci

WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

PORT=$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
ADDR="tcp://127.0.0.1:$PORT"
"$PY" -m distributed.cli.dask_scheduler --host 127.0.0.1 --port "$PORT" --dashboard-address :0 >"$WORK/scheduler.log" 2>&1 &
PIDS+=($!)
for w in 1 2; do
  "$PY" -m distributed.cli.dask_worker "$ADDR" --nworkers 1 --nthreads 1 --name "worker-$w" --host 127.0.0.1 --dashboard-address :0 --local-directory "$WORK/w$w" >"$WORK/worker-$w.log" 2>&1 &
  PIDS+=($!)
done

# Wait until both workers have joined.
for _ in $(seq 1 120); do
  if "$PY" - "$ADDR" <<'PYEOF' 2>/dev/null; then break; fi
import sys
from distributed import Client
with Client(sys.argv[1], timeout=2) as c:
    sys.exit(0 if len(c.scheduler_info()["workers"]) >= 2 else 1)
PYEOF
  sleep 0.5
done

node_modules/.bin/tsx scripts/cluster/make-shards.ts "$WORK/in" 400 8
SHARDS=("$WORK"/in/shard-*.jsonl)

# The reference: one process, the shards one after another.
cat "${SHARDS[@]}" | node_modules/.bin/tsx scripts/annotate.ts --jsonl --jobs 1 >"$WORK/single.jsonl"

start=$(date +%s%N)
"$PY" scripts/cluster/annotate_on_dask.py --scheduler "$ADDR" --project "$ROOT" --out "$WORK/cluster.jsonl" --report "$WORK/placement.json" "${SHARDS[@]}"
end=$(date +%s%N)
# How many workers ran shards (Dask places them; with 8 shards and 2 idle workers, both).
ran=$("$PY" -c 'import json,sys; print(len(set(json.load(open(sys.argv[1])).values())))' "$WORK/placement.json")
secs=$(( (end - start) / 1000000 ))

lines=$(wc -l <"$WORK/single.jsonl")
if cmp -s "$WORK/single.jsonl" "$WORK/cluster.jsonl"; then
  echo "test:cluster: OK: ${#SHARDS[@]} shards, $lines documents on 2 Dask workers ($ran of them ran shards) in ${secs} ms; output identical to one process"
else
  echo "test:cluster: FAILED: the cluster's output differs from one process" >&2
  diff <(head -c 2000 "$WORK/single.jsonl") <(head -c 2000 "$WORK/cluster.jsonl") >&2 || true
  exit 1
fi
[ "$lines" -eq 400 ] || { echo "test:cluster: FAILED: $lines documents, 400 expected" >&2; exit 1; }
[ "$ran" -eq 2 ] || { echo "test:cluster: FAILED: only $ran of 2 workers ran tasks" >&2; exit 1; }
