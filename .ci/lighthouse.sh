#!/usr/bin/env bash
# Lighthouse 12 on the organiser's timetable of the 300-participant two-day sample (docs/benchmarks.md, "Pages"):
# a benchmark run on purpose, never by the tests. It packages this checkout, starts it on a fresh H2 database,
# imports sample-events/brussels-2026-brokerage-two-days.json, solves it for 30 s, logs in as the organiser and runs
# Lighthouse (performance and accessibility) RUNS times per profile: mobile (Lighthouse's default: a mid-range phone,
# 4x CPU slowdown, slow 4G, simulated) and desktop. With BEFORE=<git ref>, that commit is packaged too (from git
# archive, in a temporary folder) and measured right after on the same solved timetable (imported with its meetings),
# so that both columns come from one run on the same machine. Prints the medians of score, LCP, TBT and DOM size.
# Usage: .ci/lighthouse.sh                                 (this checkout)
#        BEFORE=7351795 .ci/lighthouse.sh                  (this checkout, then the commit 7351795)
# Settings (environment): RUNS (default 3), PRESETS (default "mobile desktop"), SOLVE_SECONDS (default 30),
# SAMPLE (an event document), PAGE (default /events/<id>/schedule), OUT (default target/benchmarks/lighthouse),
# JAR (an already packaged quarkus-run.jar of this checkout), OFFLINE=1 to package with Maven offline.
# Needs: java, curl, jq, git, node 20 with npx (fetches lighthouse@12.2.3 from npm), /usr/bin/chromium (or CHROME_PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

LIGHTHOUSE=lighthouse@12.2.3
SAMPLE=${SAMPLE:-sample-events/brussels-2026-brokerage-two-days.json}
SOLVE_SECONDS=${SOLVE_SECONDS:-30}
RUNS=${RUNS:-3}
PRESETS=${PRESETS:-mobile desktop}
OUT=${OUT:-target/benchmarks/lighthouse}
MAVEN_FLAGS=(-B -q -DskipTests)
[[ ${OFFLINE:-} == 1 ]] && MAVEN_FLAGS+=(-o)
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
USER=admin
PASSWORD=lighthouse-admin-password

mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/matchday-lighthouse.XXXXXX")
APP_PID=

cleanup() {
    stop_app
    rm -rf "$WORK"
}
trap cleanup EXIT

fail() {
    echo "lighthouse: FAILED: $*" >&2
    if [[ -f $WORK/app.log ]]; then
        tail -n 40 "$WORK/app.log" >&2
    fi
    exit 1
}

# shellcheck source=lib.sh
source .ci/lib.sh

stop_app() {
    if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=
}

# Starts the jar $1 on a fresh database, imports the document $2 and solves it for $3 seconds (0: it has its meetings).
start_event() {
    local jar=$1 document=$2 seconds=$3 code status
    PORT=$(free_port)
    BASE=http://127.0.0.1:$PORT
    rm -rf "$WORK/data"
    MATCHDAY_ADMIN_PASSWORD=$PASSWORD java -Xmx1g -Dquarkus.http.port="$PORT" -Dmatchday.data-dir="$WORK/data" \
        -Dmatchday.samples.load-on-start=false -jar "$jar" >"$WORK/app.log" 2>&1 &
    APP_PID=$!
    wait_ready "$BASE" "$APP_PID" "the application"
    EVENT=$(curl -sS -u "$USER:$PASSWORD" -H 'Content-Type: application/json' --data-binary "@$document" \
        "$BASE/api/events/import" | jq -er .id) || fail "$document did not import"
    if ((seconds > 0)); then
        code=$(curl -sS -o /dev/null -w '%{http_code}' -u "$USER:$PASSWORD" -X POST \
            "$BASE/api/events/$EVENT/solve?seconds=$seconds")
        [[ $code == 202 ]] || fail "starting to solve answered HTTP $code"
        sleep 1
    fi
    for _ in $(seq 1 240); do
        status=$(curl -sS -u "$USER:$PASSWORD" "$BASE/api/events/$EVENT/solve")
        jq -e '.status == "NOT_SOLVING"' <<<"$status" >/dev/null && break
        sleep 0.5
    done
    jq -e '.status == "NOT_SOLVING" and .scheduled > 1000' <<<"$status" >/dev/null \
        || fail "the event has no full timetable: $status"
    echo "lighthouse: event $EVENT with $(jq -r .scheduled <<<"$status") meetings"
}

# Lighthouse RUNS times per preset on the running application; reports go to $OUT/<label>-<preset>-<run>.json.
measure() {
    local label=$1 page session headers preset run flags
    page=${PAGE:-/events/$EVENT/schedule}
    # A page session, as a browser gets it from the login form: its cookie goes to Lighthouse as a header.
    curl -sS -o /dev/null -c "$WORK/cookies" -H 'Sec-Fetch-Site: same-origin' \
        --data-urlencode "j_username=$USER" --data-urlencode "j_password=$PASSWORD" "$BASE/j_security_check"
    session=$(awk '$6 == "matchday-session" { print $7 }' "$WORK/cookies")
    [[ -n $session ]] || fail "the login gave no session cookie"
    headers=$(jq -cn --arg c "matchday-session=$session" '{Cookie: $c}')
    curl -sf -o /dev/null -H "Cookie: matchday-session=$session" "$BASE$page" || fail "$BASE$page does not answer"
    for preset in $PRESETS; do
        rm -f "$OUT/$label-$preset"-*.json
        flags=()
        [[ $preset == desktop ]] && flags=(--preset=desktop)
        for run in $(seq 1 "$RUNS"); do
            npx -y "$LIGHTHOUSE" "$BASE$page" --quiet --only-categories=performance,accessibility "${flags[@]}" \
                --output=json --output-path="$OUT/$label-$preset-$run.json" --extra-headers="$headers" \
                --chrome-flags="--headless --no-sandbox --disable-gpu" >/dev/null 2>"$WORK/lighthouse.log" \
                || { cat "$WORK/lighthouse.log" >&2; fail "Lighthouse run $run ($label, $preset) failed"; }
            jq -r --arg r "$label $preset $run" '"\($r): performance \(.categories.performance.score * 100 | round), accessibility \(.categories.accessibility.score * 100 | round), LCP \(.audits["largest-contentful-paint"].numericValue | round) ms, TBT \(.audits["total-blocking-time"].numericValue | round) ms, DOM \(.audits["dom-size"].numericValue) elements"' \
                "$OUT/$label-$preset-$run.json"
        done
    done
}

# The median of each figure on its own, over the runs of one build and preset.
summary() {
    local label=$1 preset=$2
    jq -rs --arg build "$label" --arg preset "$preset" '
        def median: sort | .[length / 2 | floor];
        def figure(f): map(f) | median;
        "| \($build) | \($preset) | \(figure(.categories.performance.score * 100 | round)) | \(figure(.categories.accessibility.score * 100 | round)) | \(figure(.audits["largest-contentful-paint"].numericValue | round)) ms | \(figure(.audits["total-blocking-time"].numericValue | round)) ms | \(figure(.audits["first-contentful-paint"].numericValue | round)) ms | \(figure(.audits["speed-index"].numericValue | round)) ms | \(figure(.audits["dom-size"].numericValue)) | \(figure([.audits["network-requests"].details.items[] | select(.resourceType == "Document")][0].transferSize / 1024 | round)) KiB |"
    ' "$OUT/$label-$preset"-*.json
}

NOW="$(git rev-parse --short HEAD)$([[ -n $(git status --porcelain --untracked-files=no) ]] && echo ' with changes')"
JAR=${JAR:-}
if [[ -z $JAR ]]; then
    ./mvnw "${MAVEN_FLAGS[@]}" package
    JAR=target/quarkus-app/quarkus-run.jar
fi
[[ -f $JAR ]] || fail "no application jar at $JAR"
start_event "$JAR" "$SAMPLE" "$SOLVE_SECONDS"
curl -sS -u "$USER:$PASSWORD" "$BASE/api/events/$EVENT/export" >"$OUT/solved-event.json"
measure now
stop_app
LABELS=(now)

if [[ -n ${BEFORE:-} ]]; then
    mkdir -p "$WORK/before"
    git archive "$BEFORE" | tar -x -C "$WORK/before"
    (cd "$WORK/before" && ./mvnw "${MAVEN_FLAGS[@]}" package) || fail "$BEFORE did not package"
    start_event "$WORK/before/target/quarkus-app/quarkus-run.jar" "$OUT/solved-event.json" 0
    measure before
    stop_app
    LABELS+=(before)
fi

{
    echo "Lighthouse 12.2.3, $RUNS runs per row on ${PAGE:-/events/<id>/schedule} of $SAMPLE," \
        "now $NOW${BEFORE:+, before $BEFORE};" \
        "load average $(cut -d' ' -f1-3 /proc/loadavg) at the end. Medians:"
    echo
    echo "| Build | Profile | Performance | Accessibility | LCP | TBT | FCP | Speed Index | DOM elements | HTML transferred |"
    echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    for preset in $PRESETS; do
        for label in "${LABELS[@]}"; do
            summary "$label" "$preset"
        done
    done
} | tee "$OUT/summary.md"
