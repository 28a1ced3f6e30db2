#!/usr/bin/env bash
# Crash safety with the embedded H2 file database: the packaged application is killed with SIGKILL while it solves
# and while it imports, then started again on the same files.
#   1. Killed mid-solve: the event, its requests and the last saved schedule are intact, and a new solve works.
#   2. Killed mid-import: the half-done import left no row behind. The application is started for it with the test hook
#      -Dcrash-test.hold-import-before-commit (EventImporter): the import writes its rows, creates the named file and
#      waits before committing, and the test kills it then, every time at the same point.
# Usage: .ci/crash-test.sh [path/to/quarkus-run.jar]   (packages the application when no jar is given)
# Needs: java, curl, jq. Exits non-zero at the first failed check.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib.sh
source .ci/lib.sh

JAR=${1:-}
if [[ -z $JAR ]]; then
    ./mvnw -B -q -DskipTests package
    JAR=target/quarkus-app/quarkus-run.jar
fi
[[ -f $JAR ]] || { echo "crash-test: no application jar at $JAR" >&2; exit 2; }
H2_JAR=$(ls "$(dirname "$JAR")"/lib/main/com.h2database.h2-*.jar)
SAMPLE=sample-events/brussels-2026-brokerage-two-days.json
PASSWORD=crash-test-admin-password

WORK=$(mktemp -d "${TMPDIR:-/tmp}/matchday-crash.XXXXXX")
DATA=$WORK/data
APP_PID=
CHECKS=0

cleanup() {
    if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -KILL "$APP_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

fail() {
    echo "crash-test: FAILED: $*" >&2
    if [[ -f $WORK/app.log ]]; then
        echo "--- last lines of the application log ---" >&2
        tail -n 40 "$WORK/app.log" >&2
    fi
    exit 1
}

passed() {
    CHECKS=$((CHECKS + 1))
    echo "crash-test: ok: $*"
}


PORT=$(free_port)
BASE=http://127.0.0.1:$PORT

# Starts the application; arguments are extra JVM options.
start_app() {
    MATCHDAY_ADMIN_PASSWORD=$PASSWORD java -Xmx1g "$@" \
        -Dquarkus.http.port="$PORT" -Dmatchday.data-dir="$DATA" -Dmatchday.samples.load-on-start=false \
        -jar "$JAR" >>"$WORK/app.log" 2>&1 &
    APP_PID=$!
    wait_ready "$BASE" "$APP_PID" "the application"
}

kill_app() {
    kill -KILL "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
}

stop_app() {
    kill -TERM "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
}

api() {
    curl -sS -u "admin:$PASSWORD" "$@"
}

# Starts solving the event for $2 seconds; the answer must be 202 Accepted.
start_solve() {
    local code
    code=$(api -o /dev/null -w '%{http_code}' -X POST "$BASE/api/events/$1/solve?seconds=$2")
    [[ $code == 202 ]] || fail "starting to solve event $1 answered HTTP $code"
}

# Waits until the event's solve status satisfies the jq condition; prints that status.
await_solve() {
    local event=$1 condition=$2 status
    for _ in $(seq 1 240); do
        status=$(api "$BASE/api/events/$event/solve")
        if jq -e "$condition" <<<"$status" >/dev/null; then
            echo "$status"
            return
        fi
        sleep 0.5
    done
    fail "event $event: no solve status with $condition within 120 s (last: $status)"
}

# Row counts of every table an import writes, read from the database files while the application is down.
count_rows() {
    java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$DATA/matchday" -user matchday -password "" \
        -sql "select (select count(*) from event) || ' events, ' || (select count(*) from event_session)
              || ' sessions, ' || (select count(*) from event_table) || ' tables, '
              || (select count(*) from participant) || ' participants, '
              || (select count(*) from meeting_request) || ' requests, ' || (select count(*) from meeting)
              || ' meetings, ' || (select count(*) from event_member) || ' members' as counts" \
        | sed -n 2p | sed 's/ *$//'
}

# A valid event of $1 participants who each ask $2 others, at 200 tables: large enough that storing it takes
# seconds, which leaves time to kill the application in the middle.
big_event() {
    awk -v participants="$1" -v per="$2" 'BEGIN {
        printf "{\"format\":\"matchday-event/1\",\"name\":\"Crash test import\",\"timezone\":\"Europe/Brussels\",";
        printf "\"sessions\":[{\"id\":\"s1\",\"date\":\"2026-06-01\",\"start\":\"09:00\",\"end\":\"18:00\",";
        printf "\"meetingMinutes\":20,\"gapMinutes\":5}],\"tables\":[";
        for (t = 1; t <= 200; t++) printf "%s{\"id\":\"T%03d\"}", (t > 1 ? "," : ""), t;
        printf "],\"participants\":[";
        for (p = 1; p <= participants; p++)
            printf "%s{\"id\":\"p%05d\",\"name\":\"Participant %d\",\"organisation\":\"Organisation %d\",\"country\":\"BE\",\"sectors\":[\"Energy\",\"ICT\"]}", (p > 1 ? "," : ""), p, p, p;
        printf "],\"requests\":[";
        n = 0;
        for (p = 1; p <= participants; p++)
            for (k = 1; k <= per; k++) {
                q = (p + 7 * k - 1) % participants + 1;
                n++;
                printf "%s{\"id\":\"r%06d\",\"from\":\"p%05d\",\"to\":\"p%05d\",\"priority\":%d}", (n > 1 ? "," : ""), n, p, q, 1 + n % 5;
            }
        printf "]}\n";
    }'
}

echo "crash-test: application $JAR on port $PORT, data in $DATA"

# --- 1. Killed while solving ---------------------------------------------------------------------------------
start_app
EVENT=$(api -H 'Content-Type: application/json' --data-binary "@$SAMPLE" "$BASE/api/events/import" | jq -er .id)
api "$BASE/api/events/$EVENT/export" >"$WORK/before.json"
start_solve "$EVENT" 600
# Kill once a schedule with meetings in it has been saved while the solver still runs. The status's figures are
# the newest best, which may be newer than the last save: so wait for a save made after the best had meetings.
FIRST=$(await_solve "$EVENT" '.status == "SOLVING" and .scheduled > 0')
BEFORE_SAVE=$(jq -r '.savedAt // "none"' <<<"$FIRST")
LAST=$(await_solve "$EVENT" ".status == \"SOLVING\" and .savedAt != null and .savedAt != \"$BEFORE_SAVE\"")
kill_app
echo "crash-test: killed while solving event $EVENT ($(jq -r '"\(.scheduled) meetings scheduled, score \(.score)"' <<<"$LAST"))"

start_app
api "$BASE/api/events/$EVENT/export" >"$WORK/after.json"
for part in name timezone venue sessions tables participants requests; do
    if ! diff <(jq -S ".$part" "$WORK/before.json") <(jq -S ".$part" "$WORK/after.json") >/dev/null; then
        fail "the event's $part changed across the crash"
    fi
done
passed "the event, its participants and its $(jq '.requests | length' "$WORK/after.json") requests are intact"

STORED=$(await_solve "$EVENT" '.status == "NOT_SOLVING"')
SCHEDULED=$(jq -r .scheduled <<<"$STORED")
(( SCHEDULED > 0 )) || fail "no saved schedule survived the crash"
(( SCHEDULED == $(jq '.meetings | length' "$WORK/after.json") )) || fail "the status and the export disagree on the schedule"
passed "the last saved schedule is there: $SCHEDULED meetings, score $(jq -r .score <<<"$STORED")"

# The export, schedule included, must satisfy every rule of the format: import it as a new event.
CODE=$(api -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary "@$WORK/after.json" \
    "$BASE/api/events/import")
[[ $CODE == 201 ]] || fail "the event exported after the crash does not import again (HTTP $CODE)"
passed "the event and schedule exported after the crash import again without a problem"

start_solve "$EVENT" 5
DONE=$(await_solve "$EVENT" '.status == "NOT_SOLVING"')
jq -e '.error == null and .scheduled > 0' <<<"$DONE" >/dev/null || fail "the solve after the crash failed: $DONE"
passed "a new solve after the crash ends normally: $(jq -r '"\(.scheduled) meetings, score \(.score)"' <<<"$DONE")"

# --- 2. Killed while importing -------------------------------------------------------------------------------
big_event 8000 10 >"$WORK/big.json"
stop_app
BEFORE=$(count_rows)
start_app -Dcrash-test.hold-import-before-commit="$WORK/holding"
curl -sS -o "$WORK/import.out" -w '%{http_code}' -u "admin:$PASSWORD" -H 'Content-Type: application/json' \
    --data-binary "@$WORK/big.json" "$BASE/api/events/import" >"$WORK/import.code" 2>/dev/null &
CURL_PID=$!
# Kill once the import has written its rows and waits before committing: the hook's file says so.
for _ in $(seq 1 1200); do
    [[ -f $WORK/holding ]] && break
    kill -0 "$CURL_PID" 2>/dev/null || break
    sleep 0.1
done
[[ -f $WORK/holding ]] || fail "the import never held before its commit (HTTP $(cat "$WORK/import.code" 2>/dev/null))"
kill_app
wait "$CURL_PID" 2>/dev/null || true
echo "crash-test: killed while importing $(jq '.participants | length' "$WORK/big.json") participants and $(jq '.requests | length' "$WORK/big.json") requests"

AFTER=$(count_rows)
[[ $BEFORE == "$AFTER" ]] || fail "the killed import left rows behind: before $BEFORE; after $AFTER"
passed "the killed import left nothing: $AFTER, as before it"

start_app
EVENTS=$(api "$BASE/api/events" | jq length)
[[ "$EVENTS" == "$(sed 's/ events.*//' <<<"$AFTER")" ]] || fail "the API lists $EVENTS events after the crash"
passed "the application starts again and lists the same $EVENTS events"
stop_app

echo "crash-test: all $CHECKS crash-safety checks passed"
