#!/usr/bin/env bash
# Load benchmark (issue 9): builds a synthetic database, starts the API in Release, drives the fixed query
# mix and the filtered page at several concurrency levels, then the raw baseline on the same filtered page,
# and measures start-up. Everything runs on the loopback interface; every loop is bounded in time and count.
# Usage: tests/load/run.sh   (environment: ROWS, SEED, LEVELS, WARMUP, DURATION, MAX_REQUESTS, REUSE_DB=1, R2R=0, TUNED=0)
# R2R=1 (default) also times start-up of a ReadyToRun publish; TUNED=1 (default) repeats the query mix with the
# workstation GC and without tiered PGO (DOTNET_gcServer=0 DOTNET_TieredPGO=0) to show their effect on memory.
# Results: tests/load/results/summary.md (figures as Markdown) and results.tsv (raw rows); logs beside them.
set -euo pipefail
cd "$(dirname "$0")/../.."

ROWS=${ROWS:-1000000}
SEED=${SEED:-1}
LEVELS=${LEVELS:-1,16,64}
WARMUP=${WARMUP:-3}
DURATION=${DURATION:-15}
MAX_REQUESTS=${MAX_REQUESTS:-200000}
API_PORT=${API_PORT:-5891}
BASE_PORT=${BASE_PORT:-5892}
STARTUP_PORT=${STARTUP_PORT:-5893}
WORK=tests/load/results
DB="$WORK/synthetic-$ROWS-$SEED.sqlite"
RESULTS="$WORK/results.tsv"
SUMMARY="$WORK/summary.md"
API_DLL=src/OpenData.Api/bin/Release/net10.0/OpenData.Api.dll
DRIVER="dotnet tests/load/LoadDriver/bin/Release/net10.0/LoadDriver.dll"
BASELINE_DLL=tests/load/RawBaseline/bin/Release/net10.0/RawBaseline.dll

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
mkdir -p "$WORK"
: > "$RESULTS"
server_pid=""
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
trap stop_server EXIT

step() { printf '\n== %s (%s)\n' "$*" "$(date -u +%H:%M:%S)"; }

wait_ready() { # $1 = url; at most 30 s
  for _ in $(seq 1 300); do
    if curl -sf -o /dev/null "$1"; then return 0; fi
    sleep 0.1
  done
  echo "server at $1 did not become ready" >&2
  return 1
}

has_field() { # $1 = type, $2 = field: 0 when the API's schema has it
  curl -s -H 'content-type: application/json' "http://127.0.0.1:$API_PORT/graphql" \
    -d "{\"query\":\"{ __type(name: \\\"$1\\\") { fields { name } } }\"}" | grep -q "\"name\":\"$2\""
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

step "build (Release)"
dotnet build src/OpenData.Api -c Release -v q -nologo
dotnet build tests/load/LoadDriver -c Release -v q -nologo
dotnet build tests/load/RawBaseline -c Release -v q -nologo

step "synthetic database: $ROWS rows, seed $SEED"
if [ "${REUSE_DB:-0}" = 1 ] && [ -f "$DB" ]; then
  echo "reusing $DB"
else
  dotnet "$API_DLL" seed synthetic --rows "$ROWS" --seed "$SEED" --out "$DB"
fi
ls -lh "$DB"

step "start-up: process start to first answer, median of 5"
$DRIVER startup --dll "$API_DLL" --db "$DB" --runs 5 --port "$STARTUP_PORT" --results "$RESULTS"

if [ "${R2R:-1}" = 1 ]; then
  step "start-up of a ReadyToRun publish (deployment option), median of 5"
  if dotnet publish src/OpenData.Api -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
      -o "$WORK/r2r" -v q -nologo > "$WORK/publish.log" 2>&1; then
    $DRIVER startup --dll "$WORK/r2r/OpenData.Api.dll" --db "$DB" --runs 5 --port "$STARTUP_PORT" --results "$RESULTS.r2r"
    sed 's/^startup/startup-r2r/' "$RESULTS.r2r" >> "$RESULTS" && rm "$RESULTS.r2r"
  else
    echo "ReadyToRun publish failed (see $WORK/publish.log); skipped"
  fi
fi

step "API (Release) on 127.0.0.1:$API_PORT"
Database__Path="$PWD/$DB" Database__BuildOnStart=false GraphQL__Http__RateLimitingEnabled=false \
  Logging__LogLevel__Default=Warning \
  dotnet "$API_DLL" --urls "http://127.0.0.1:$API_PORT" > "$WORK/api.log" 2>&1 &
server_pid=$!
wait_ready "http://127.0.0.1:$API_PORT/readyz"
flags=()
has_field Query search && flags+=(--with-search) && echo "search: in the mix" || echo "search: not in the schema, left out of the mix"
has_field FundingRecordsCollectionSegment aggregates && flags+=(--with-aggregates) && echo "aggregates: in the mix" || echo "aggregates: not in the schema, left out of the mix"

step "API: query mix"
$DRIVER load --url "http://127.0.0.1:$API_PORT/graphql" --scenario mix --levels "$LEVELS" --warmup "$WARMUP" \
  --duration "$DURATION" --max-requests "$MAX_REQUESTS" --pid "$server_pid" --label api --results "$RESULTS" "${flags[@]}"
step "API: each query alone at c=16 (${KIND_DURATION:-5} s each)"
kinds=(filtered first deep relation node)
for flag in "${flags[@]}"; do kinds+=("${flag#--with-}"); done
for kind in "${kinds[@]}"; do
  $DRIVER load --url "http://127.0.0.1:$API_PORT/graphql" --scenario mix --only "${kind%s}" --levels 16 --warmup 2 \
    --duration "${KIND_DURATION:-5}" --max-requests "$MAX_REQUESTS" --pid "$server_pid" --label "alone-$kind" --results "$RESULTS" "${flags[@]}"
done

step "API: filtered page alone"
$DRIVER load --url "http://127.0.0.1:$API_PORT/graphql" --scenario filtered --levels "$LEVELS" --warmup "$WARMUP" \
  --duration "$DURATION" --max-requests "$MAX_REQUESTS" --pid "$server_pid" --label api --results "$RESULTS"
stop_server

if [ "${TUNED:-1}" = 1 ]; then
  step "API with DOTNET_gcServer=0 DOTNET_TieredPGO=0: query mix"
  DOTNET_gcServer=0 DOTNET_TieredPGO=0 \
  Database__Path="$PWD/$DB" Database__BuildOnStart=false GraphQL__Http__RateLimitingEnabled=false \
    Logging__LogLevel__Default=Warning \
    dotnet "$API_DLL" --urls "http://127.0.0.1:$API_PORT" > "$WORK/api-tuned.log" 2>&1 &
  server_pid=$!
  wait_ready "http://127.0.0.1:$API_PORT/readyz"
  $DRIVER load --url "http://127.0.0.1:$API_PORT/graphql" --scenario mix --levels "$LEVELS" --warmup "$WARMUP" \
    --duration "$DURATION" --max-requests "$MAX_REQUESTS" --pid "$server_pid" --label api-tuned --results "$RESULTS" "${flags[@]}"
  stop_server
fi

step "raw baseline on 127.0.0.1:$BASE_PORT"
Database__Path="$PWD/$DB" dotnet "$BASELINE_DLL" --urls "http://127.0.0.1:$BASE_PORT" > "$WORK/baseline.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 300); do curl -s -o /dev/null "http://127.0.0.1:$BASE_PORT/" && break; sleep 0.1; done
$DRIVER load --url "http://127.0.0.1:$BASE_PORT/graphql" --scenario filtered --levels "$LEVELS" --warmup "$WARMUP" \
  --duration "$DURATION" --max-requests "$MAX_REQUESTS" --pid "$server_pid" --label baseline --results "$RESULTS"
stop_server

step "summary"
{
  echo "Run at $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores; $(free -h | awk '/^Mem:/ { print $2 " RAM, " $7 " available" }');"
  echo "$(dotnet --info | sed -n '2p' | tr -s ' ') SDK, runtime $(dotnet --list-runtimes | awk '/NETCore.App/ { v=$2 } END { print v }');"
  echo "load average (1, 5, 15 min) before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "$ROWS synthetic rows (seed $SEED), levels $LEVELS, ${WARMUP} s warm-up and ${DURATION} s per level."
  echo
  echo "| query | c | req/s | p50 ms | p99 ms | errors |"
  echo "|---|---:|---:|---:|---:|---:|"
  awk -F'\t' '$1=="api" && $2=="mix" && $4!="all" { printf "| %s | %s | %s | %s | %s | %s |\n", $4, $3, $7, $8, $9, $6 }' "$RESULTS"
  echo
  echo "Each query alone at c=16 (server CPU per request isolates its cost; in the mix above, queueing behind the"
  echo "costliest queries evens out the latencies at c=16 and 64):"
  echo
  echo "| query | req/s | p50 ms | p99 ms | server CPU ms/req | errors |"
  echo "|---|---:|---:|---:|---:|---:|"
  awk -F'\t' '$1 ~ /^alone-/ && $4!="all" { row[$1]=sprintf("| %s | %s | %s | %s", $4, $7, $8, $9); err[$1]=$6; order[n++]=$1 }
    $1 ~ /^alone-/ && $4=="all" { cpu[$1]=$11 }
    END { for (i=0;i<n;i++) { k=order[i]; printf "%s | %s | %s |\n", row[k], cpu[k], err[k] } }' "$RESULTS"
  echo
  echo "| filtered page | c | API req/s | baseline req/s | API / baseline | API p50 / p99 ms | baseline p50 / p99 ms |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  awk -F'\t' '$2=="filtered" && $4!="all" { rps[$1,$3]=$7; lat[$1,$3]=$8 " / " $9; if (!($3 in seen)) { seen[$3]=1; order[n++]=$3 } }
    END { for (i=0;i<n;i++) { c=order[i]; printf "| filtered page | %s | %s | %s | %.2f | %s | %s |\n", c, rps["api",c], rps["baseline",c], rps["api",c]/rps["baseline",c], lat["api",c], lat["baseline",c] } }' "$RESULTS"
  echo
  awk -F'\t' '$1=="api" && $4=="all" { if ($10+0 > peak) peak=$10+0 } $1 ~ /^(api|alone)/ { errors+=$6 }
    $1=="api-tuned" && $4=="all" { if ($10+0 > tuned) tuned=$10+0 }
    END { printf "API peak RSS (VmHWM) over the whole run: %d MiB", peak
          if (tuned) printf "; with DOTNET_gcServer=0 DOTNET_TieredPGO=0: %d MiB", tuned
          printf "; API errors: %d\n", errors }' "$RESULTS"
  awk -F'\t' '$1=="api" && $2=="mix" && $3=="1" && $4=="first page" { first=$8 } $1=="api" && $2=="mix" && $3=="1" && $4=="deep page (cursor)" { deep=$8 }
    $1=="alone-first" && $4!="all" { f16=$8 } $1=="alone-deep" && $4!="all" { d16=$8 }
    $1=="alone-first" && $4=="all" { fc=$11 } $1=="alone-deep" && $4=="all" { dc=$11 }
    END { if (first) printf "deep page by cursor / first page: p50 %.2f (mix, c=1)", deep/first
          if (f16) printf ", p50 %.2f and server CPU %.2f (alone, c=16)", d16/f16, dc/fc
          printf "\n" }' "$RESULTS"
  awk -F'\t' '$1=="startup" { printf "start-up to first answer (dotnet build output): median %s ms (min %s, max %s) of %s runs\n", $7, $8, $9, $3 }
    $1=="startup-r2r" { printf "start-up to first answer (ReadyToRun publish): median %s ms (min %s, max %s) of %s runs\n", $7, $8, $9, $3 }' "$RESULTS"
  awk -F'\t' '$4=="all" && $11!="" { printf "server CPU per request, %s %s c=%s: %s ms\n", $1, $2, $3, $11 }' "$RESULTS"
} | tee "$SUMMARY"
