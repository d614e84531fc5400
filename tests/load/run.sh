#!/usr/bin/env bash
# Load benchmark (issues 9 and 14): builds a synthetic database, starts the API (Release) and the hand-written baseline
# side by side, and measures every shape of the mix (first page, filtered page, deep page by cursor, 2-level relation,
# node lookup, aggregate, search) on both, one after the other in the same run, at each level of SHAPE_LEVELS: req/s,
# p50/p99, server CPU per request, bytes allocated per request (dotnet-counters, a local tool: `dotnet tool restore`
# in tests/load) and the ratio API / baseline. Then the whole mix on the API (peak RSS) and start-up. Everything runs on
# the loopback interface; every loop is bounded in time and count. The machine's load average is printed with the figures.
# Usage: tests/load/run.sh   (environment: ROWS, SEED, SHAPE_LEVELS, SHAPE_DURATION, LEVELS, WARMUP, DURATION,
# MAX_REQUESTS, REUSE_DB=1, STARTUP=0, MIX=0, R2R=1, TUNED=1, SETTLE, PROVIDER, PG_CONNECTION, API_PG_CONNECTION, API_DLL,
# R2R_DLL)
# PROVIDER=Postgres measures on PostgreSQL instead of SQLite: the synthetic rows are loaded with `seed synthetic
# --provider Postgres` into the schema opendata of the database PG_CONNECTION names (an Npgsql connection string;
# default Host=127.0.0.1;Port=5432;Username=opendata;Password=opendata;Database=opendata_load; the database must exist
# and the role may create schemas in it). REUSE_DB=1 keeps that schema when its DatasetInfo version is the one of ROWS
# and SEED. The API (Database__Provider=Postgres) and the baseline (Npgsql, the API's SQL) both read it; the API's
# connection string is API_PG_CONNECTION when set (to try Npgsql settings on the API alone), else PG_CONNECTION. The
# shape table then also has the CPU of the database's backend processes per request (/proc, the pids of
# pg_stat_activity on that database). Start-up is SQLite-only (STARTUP and R2R are skipped). Each side of each shape
# starts on a warm page cache: the SQLite file is read whole; PostgreSQL's tables and indexes are read with pg_prewarm
# when a superuser has installed it in that database (CREATE EXTENSION pg_prewarm), else they are not warmed.
# MIX=1 (default) runs the whole mix on the API at LEVELS; R2R=1 also times start-up of a ReadyToRun publish; TUNED=1
# repeats the mix with the workstation GC and without tiered PGO (DOTNET_gcServer=0 DOTNET_TieredPGO=0).
# API_DLL (another build's OpenData.Api.dll, to measure it with this script) and R2R_DLL (an existing ReadyToRun publish's
# OpenData.Api.dll, instead of publishing this checkout) compare builds side by side.
# Results: tests/load/results/summary.md (figures as Markdown) and results.tsv (raw rows); logs beside them.
set -euo pipefail
cd "$(dirname "$0")/../.."

ROWS=${ROWS:-1000000}
SEED=${SEED:-1}
LEVELS=${LEVELS:-1,16,64}
SHAPE_LEVELS=${SHAPE_LEVELS:-1,16}
SHAPE_DURATION=${SHAPE_DURATION:-8}
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
PROVIDER=${PROVIDER:-Sqlite}
PG_CONNECTION=${PG_CONNECTION:-Host=127.0.0.1;Port=5432;Username=opendata;Password=opendata;Database=opendata_load}
API_PG_CONNECTION=${API_PG_CONNECTION:-$PG_CONNECTION}
API_DLL=${API_DLL:-src/OpenData.Api/bin/Release/net10.0/OpenData.Api.dll}
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

# psql over PG_CONNECTION (Host, Port, Username, Password, Database of the Npgsql string): one value, unaligned.
pg_value() {
  local host=127.0.0.1 port=5432 user="" password="" database="" key value pair
  IFS=';' read -ra pairs <<< "$PG_CONNECTION"
  for pair in "${pairs[@]}"; do
    key=$(echo "${pair%%=*}" | tr -d ' ' | tr '[:upper:]' '[:lower:]'); value=${pair#*=}
    case "$key" in
      host|server) host=$value ;; port) port=$value ;; username|userid|user) user=$value ;;
      password) password=$value ;; database) database=$value ;;
    esac
  done
  PGPASSWORD="$password" psql -h "$host" -p "$port" -U "$user" -d "$database" -qAtX -c "$1" 2>/dev/null || true
}

# Reads the database's files into the page cache before a side of a shape is measured (this machine's kernel drops
# pages between shapes; the side measured first would otherwise read from disk what the other then finds cached):
# SQLite's file with cat; PostgreSQL's tables, indexes and TOAST of the schema opendata with pg_prewarm's 'read' mode
# when the extension is installed in the database (as a superuser: CREATE EXTENSION pg_prewarm), else not at all.
warm_database() {
  if [ "$PROVIDER" != Postgres ]; then
    cat "$DB" > /dev/null
  elif [ "$(pg_value "SELECT 1 FROM pg_extension WHERE extname = 'pg_prewarm'")" = 1 ]; then
    pg_value "SELECT sum(pg_prewarm(c.oid, 'read')) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'opendata' AND c.relkind IN ('r', 'i', 'm')
      UNION ALL SELECT sum(pg_prewarm(t.oid, 'read')) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_class t ON t.oid = c.reltoastrelid WHERE n.nspname = 'opendata'" > /dev/null
  fi
}

if [ "$PROVIDER" = Postgres ]; then
  DB_DESCRIPTION="PostgreSQL, schema opendata of $(echo "$PG_CONNECTION" | tr ';' '\n' | grep -i '^database=' | cut -d= -f2)"
  STARTUP=0; R2R=0
  API_DATABASE=(Database__Provider=Postgres "Database__ConnectionString=$API_PG_CONNECTION")
  BASE_DATABASE=(Database__Provider=Postgres "Database__ConnectionString=$PG_CONNECTION")
  DB_CPU=(--db-connection "$PG_CONNECTION")
else
  DB_DESCRIPTION="SQLite, $DB"
  API_DATABASE=("Database__Path=$PWD/$DB")
  BASE_DATABASE=("Database__Path=$PWD/$DB")
  DB_CPU=()
fi

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

step "build (Release)"
dotnet build src/OpenData.Api -c Release -v q -nologo
dotnet build tests/load/LoadDriver -c Release -v q -nologo
dotnet build tests/load/RawBaseline -c Release -v q -nologo
(cd tests/load && dotnet tool restore > /dev/null)

step "synthetic database: $ROWS rows, seed $SEED ($DB_DESCRIPTION)"
if [ "$PROVIDER" = Postgres ]; then
  version=$(pg_value 'SELECT "Version" FROM opendata."DatasetInfo"')
  if [ "${REUSE_DB:-0}" = 1 ] && [ "$version" = "synthetic-$ROWS-seed-$SEED" ]; then
    echo "reusing schema opendata: $version"
  else
    dotnet "$API_DLL" seed synthetic --rows "$ROWS" --seed "$SEED" --provider Postgres --connection "$PG_CONNECTION"
  fi
  pg_value "SELECT 'schema opendata: ' || pg_size_pretty(sum(pg_total_relation_size(c.oid))) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'opendata' AND c.relkind = 'r'"
elif [ "${REUSE_DB:-0}" = 1 ] && [ -f "$DB" ]; then
  echo "reusing $DB"
  ls -lh "$DB"
else
  dotnet "$API_DLL" seed synthetic --rows "$ROWS" --seed "$SEED" --out "$DB"
  ls -lh "$DB"
fi

if [ "${STARTUP:-1}" = 1 ]; then
  # Start-up is timed on a warm page cache: a file whose pages the kernel dropped (another big file read since) made the
  # first start's check read 600 MB from disk, over the driver's 30 s wait, and the section was skipped.
  step "reading the database once, so start-up is timed on a warm page cache"
  cat "$DB" > /dev/null
  # The default (Database:IntegrityCheckOnStart=once) checks a file once and records its identity beside it
  # (<file>.integrity): the first of the runs checks and records, the others skip. Timed three ways: the default,
  # the full check at every start (always: SQLite's quick_check reads the whole file, about 600 MB here) and none.
  step "start-up: process start to first answer, median of 5 (default: the check once per file identity)"
  $DRIVER startup --dll "$API_DLL" --db "$DB" --runs 5 --port "$STARTUP_PORT" --results "$RESULTS" \
    || echo "start-up measurement failed (a first answer took longer than the driver waits; see the load average)"
  step "start-up with the integrity check at every start (Database__IntegrityCheckOnStart=always), median of 5"
  Database__IntegrityCheckOnStart=always $DRIVER startup --dll "$API_DLL" --db "$DB" --runs 5 --port "$STARTUP_PORT" --results "$RESULTS.always" \
    && sed 's/^startup/startup-always/' "$RESULTS.always" >> "$RESULTS"; rm -f "$RESULTS.always"
  step "start-up without the integrity check (Database__IntegrityCheckOnStart=never), median of 5"
  Database__IntegrityCheckOnStart=never $DRIVER startup --dll "$API_DLL" --db "$DB" --runs 5 --port "$STARTUP_PORT" --results "$RESULTS.nocheck" \
    && sed 's/^startup/startup-nocheck/' "$RESULTS.nocheck" >> "$RESULTS"; rm -f "$RESULTS.nocheck"
fi

if [ "${R2R:-0}" = 1 ]; then
  step "start-up of a ReadyToRun publish (the production artefact), default check once per file identity, median of 5"
  R2R_DLL=${R2R_DLL:-$WORK/r2r/OpenData.Api.dll}
  if [ "$R2R_DLL" != "$WORK/r2r/OpenData.Api.dll" ] || dotnet publish src/OpenData.Api -c Release -r linux-x64 --self-contained false \
      -p:PublishReadyToRun=true -o "$WORK/r2r" -v q -nologo > "$WORK/publish.log" 2>&1; then
    # The file's identity is recorded by the first start above (or this one's first run): the runs skip the check.
    $DRIVER startup --dll "$R2R_DLL" --db "$DB" --runs 5 --port "$STARTUP_PORT" --results "$RESULTS.r2r"
    sed 's/^startup/startup-r2r/' "$RESULTS.r2r" >> "$RESULTS" && rm "$RESULTS.r2r"
  else
    echo "ReadyToRun publish failed (see $WORK/publish.log); skipped"
  fi
fi

step "API (Release) on 127.0.0.1:$API_PORT and the baseline on 127.0.0.1:$BASE_PORT"
env "${API_DATABASE[@]}" Database__BuildOnStart=false GraphQL__Http__RateLimitingEnabled=false \
  Logging__LogLevel__Default=Warning \
  dotnet "$API_DLL" --urls "http://127.0.0.1:$API_PORT" > "$WORK/api.log" 2>&1 &
server_pid=$!
env "${BASE_DATABASE[@]}" dotnet "$BASELINE_DLL" --urls "http://127.0.0.1:$BASE_PORT" > "$WORK/baseline.log" 2>&1 &
baseline_pid=$!
trap 'stop_server; kill $baseline_pid 2>/dev/null || true' EXIT
wait_ready "http://127.0.0.1:$API_PORT/readyz"
for _ in $(seq 1 300); do curl -s -o /dev/null "http://127.0.0.1:$BASE_PORT/" && break; sleep 0.1; done
# The API compares the stored layout with its own 10 s after start (about 1 s of CPU): leave it out of the figures.
sleep "${SETTLE:-12}"
flags=()
has_field Query search && flags+=(--with-search) && echo "search: in the mix" || echo "search: not in the schema, left out of the mix"
has_field FundingRecordsCollectionSegment aggregates && flags+=(--with-aggregates) && echo "aggregates: in the mix" || echo "aggregates: not in the schema, left out of the mix"

step "each shape alone, API then baseline, levels $SHAPE_LEVELS (${SHAPE_DURATION} s each)"
kinds=(first filtered deep relation node)
for flag in "${flags[@]}"; do kinds+=("${flag#--with-}"); done
for kind in "${kinds[@]}"; do
  for level in ${SHAPE_LEVELS//,/ }; do
    # This machine's kernel drops page-cache pages of the 600 MB file between shapes (fincore showed 288 of 574 MB
    # resident minutes after a full read): the side measured first then read pages from disk that the second side found
    # cached (aggregate at c=1: p99 2.7 s, 0.14 of the baseline). Each side starts each shape on a warm cache.
    warm_database
    $DRIVER load --url "http://127.0.0.1:$API_PORT/graphql" --scenario mix --only "${kind%s}" --levels "$level" --warmup 2 \
      --duration "$SHAPE_DURATION" --max-requests "$MAX_REQUESTS" --pid "$server_pid" --label "shape-api" --results "$RESULTS" \
      --with-allocations "${flags[@]}" "${DB_CPU[@]}" || echo "(API: errors in $kind at c=$level, counted in the table)"
    warm_database
    $DRIVER load --url "http://127.0.0.1:$BASE_PORT/graphql" --prepare-url "http://127.0.0.1:$API_PORT/graphql" --scenario mix \
      --only "${kind%s}" --levels "$level" --warmup 2 --duration "$SHAPE_DURATION" --max-requests "$MAX_REQUESTS" --pid "$baseline_pid" \
      --label "shape-baseline" --results "$RESULTS" --with-allocations "${flags[@]}" "${DB_CPU[@]}" || echo "(baseline: errors in $kind at c=$level, counted in the table)"
  done
done
kill "$baseline_pid" 2>/dev/null || true

if [ "${MIX:-1}" = 1 ]; then
  step "API: query mix"
  $DRIVER load --url "http://127.0.0.1:$API_PORT/graphql" --scenario mix --levels "$LEVELS" --warmup "$WARMUP" \
    --duration "$DURATION" --max-requests "$MAX_REQUESTS" --pid "$server_pid" --label api --results "$RESULTS" "${flags[@]}"
fi
stop_server

if [ "${TUNED:-0}" = 1 ]; then
  step "API with DOTNET_gcServer=0 DOTNET_TieredPGO=0: query mix"
  env DOTNET_gcServer=0 DOTNET_TieredPGO=0 \
  "${API_DATABASE[@]}" Database__BuildOnStart=false GraphQL__Http__RateLimitingEnabled=false \
    Logging__LogLevel__Default=Warning \
    dotnet "$API_DLL" --urls "http://127.0.0.1:$API_PORT" > "$WORK/api-tuned.log" 2>&1 &
  server_pid=$!
  wait_ready "http://127.0.0.1:$API_PORT/readyz"
  $DRIVER load --url "http://127.0.0.1:$API_PORT/graphql" --scenario mix --levels "$LEVELS" --warmup "$WARMUP" \
    --duration "$DURATION" --max-requests "$MAX_REQUESTS" --pid "$server_pid" --label api-tuned --results "$RESULTS" "${flags[@]}"
  stop_server
fi

step "summary"
{
  echo "Run at $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores; $(free -h | awk '/^Mem:/ { print $2 " RAM, " $7 " available" }');"
  echo "$(dotnet --info | sed -n '2p' | tr -s ' ') SDK, runtime $(dotnet --list-runtimes | awk '/NETCore.App/ { v=$2 } END { print v }');"
  echo "load average (1, 5, 15 min) before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "$ROWS synthetic rows (seed $SEED) in $DB_DESCRIPTION, levels $LEVELS, ${WARMUP} s warm-up and ${DURATION} s per level."
  echo
  echo "| query | c | req/s | p50 ms | p99 ms | errors |"
  echo "|---|---:|---:|---:|---:|---:|"
  awk -F'\t' '$1=="api" && $2=="mix" && $4!="all" { printf "| %s | %s | %s | %s | %s | %s |\n", $4, $3, $7, $8, $9, $6 }' "$RESULTS"
  echo
  echo "Each shape alone, API and hand-written baseline one after the other (same SQL statements); server CPU and"
  echo "allocations per request are the server process's own (the driver runs on the same cores):"
  echo
  echo "| shape | c | API req/s | baseline req/s | API / baseline | API p50 / p99 ms | baseline p50 / p99 ms | API CPU ms/req | baseline CPU ms/req | API KB/req | baseline KB/req | API db CPU ms/req | baseline db CPU ms/req | errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  awk -F'\t' '$1 ~ /^shape-/ && $4!="all" { side=substr($1,7); key=$4 SUBSEP $3; rps[side,key]=$7; lat[side,key]=$8 " / " $9; err[key]+=$6; last[side]=key
        if (!(key in seen)) { seen[key]=1; order[n++]=key } }
    $1 ~ /^shape-/ && $4=="all" { side=substr($1,7); cpu[side,last[side]]=$11; kb[side,last[side]]=$12/1024; db[side,last[side]]=($13 == "" ? "–" : $13) }
    END { for (i=0;i<n;i++) { k=order[i]; split(k, p, SUBSEP)
            printf "| %s | %s | %s | %s | %.2f | %s | %s | %s | %s | %.1f | %.1f | %s | %s | %d |\n", p[1], p[2], rps["api",k], rps["baseline",k],
              (rps["baseline",k] > 0 ? rps["api",k]/rps["baseline",k] : 0), lat["api",k], lat["baseline",k], cpu["api",k], cpu["baseline",k], kb["api",k], kb["baseline",k], db["api",k], db["baseline",k], err[k] } }' "$RESULTS"
  echo
  awk -F'\t' '$1 ~ /^(api|shape-api)$/ && $4!="all" { errors+=$6; kind=($1=="api" ? "the mix" : $4) }
    $1 ~ /^(api|shape-api)$/ && $4=="all" { if ($10+0 > peak) { peak=$10+0; at=kind " at c=" $3 } }
    $1=="api-tuned" && $4=="all" { if ($10+0 > tuned) tuned=$10+0 }
    END { printf "API peak RSS (VmHWM) over the whole run: %d MiB (reached in %s)", peak, at
          if (tuned) printf "; with DOTNET_gcServer=0 DOTNET_TieredPGO=0: %d MiB", tuned
          printf "; API errors: %d\n", errors }' "$RESULTS"
  awk -F'\t' '$1=="shape-api" && $4!="all" { kind=$4 } $1=="shape-api" && $4=="all" { cpu[kind, $3]=$11; if (!($3 in seen)) { seen[$3]=1; levels[n++]=$3 } }
    END { for (i=0;i<n;i++) { c=levels[i]; f=cpu["first page", c]; d=cpu["deep page (cursor)", c]
            if (f > 0) printf "deep page by cursor / first page, API server CPU per request, c=%s: %.3f / %.3f ms = %.2f\n", c, d, f, d/f } }' "$RESULTS"
  awk -F'\t' '$1=="startup" { printf "start-up to first answer (dotnet build output, the check once per file identity): median %s ms (min %s, max %s) of %s runs%s\n", $7, $8, $9, $3, ($10 != "" ? "; CPU used by then: median " $10 " ms (min " $11 ", max " $12 ")" : "") }
    $1=="startup-always" { printf "start-up to first answer with the integrity check at every start: median %s ms (min %s, max %s) of %s runs%s\n", $7, $8, $9, $3, ($10 != "" ? "; CPU used by then: median " $10 " ms (min " $11 ", max " $12 ")" : "") }
    $1=="startup-nocheck" { printf "start-up to first answer without the integrity check: median %s ms (min %s, max %s) of %s runs%s\n", $7, $8, $9, $3, ($10 != "" ? "; CPU used by then: median " $10 " ms (min " $11 ", max " $12 ")" : "") }
    $1=="startup-r2r" { printf "start-up to first answer (ReadyToRun publish, the check once per file identity): median %s ms (min %s, max %s) of %s runs%s\n", $7, $8, $9, $3, ($10 != "" ? "; CPU used by then: median " $10 " ms (min " $11 ", max " $12 ")" : "") }' "$RESULTS"
} | tee "$SUMMARY"
