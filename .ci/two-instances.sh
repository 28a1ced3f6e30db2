#!/usr/bin/env bash
# Two instances of the packaged application on one PostgreSQL database, as behind a load balancer:
#   1. a solve started through A is seen through B (status with the best figures, the schedule in the export);
#      B refuses a second solve (409) and stops A's job;
#   2. A is killed with SIGKILL mid-solve: its lease blocks B until it expires, then B solves the event and the
#      schedule is saved, which A, started again, shows too;
#   3. a page login made on A and a participant's link cookie set by A work on B (sessions live in the database);
#      logging out on A, and a password change on A, end the session on B at once.
# Usage: MATCHDAY_DB_URL=jdbc:postgresql://... MATCHDAY_DB_USER=... MATCHDAY_DB_PASSWORD=... \
#        .ci/two-instances.sh path/to/quarkus-run.jar
# The jar must be built with the postgresql profile (./mvnw -B -DskipTests package -Dquarkus.profile=postgresql)
# and the database may hold other events. Needs: a JDK, curl, jq. Exits non-zero at the first failed check.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib.sh
source .ci/lib.sh

JAR=${1:?usage: two-instances.sh path/to/quarkus-run.jar (built with -Dquarkus.profile=postgresql)}
[[ -f $JAR ]] || { echo "two-instances: no application jar at $JAR" >&2; exit 2; }
: "${MATCHDAY_DB_URL:?set MATCHDAY_DB_URL (and MATCHDAY_DB_USER, MATCHDAY_DB_PASSWORD)}"
SAMPLE=sample-events/brussels-2026-brokerage-two-days.json
PASSWORD=two-instances-admin-password
# Short, so that the test waits little for a dead instance's lease; production keeps the 30 s default.
EXPIRY=10

WORK=$(mktemp -d "${TMPDIR:-/tmp}/matchday-two.XXXXXX")
declare -A PID=() BASE=()
CHECKS=0

cleanup() {
    for name in "${!PID[@]}"; do
        if [[ -n ${PID[$name]} ]] && kill -0 "${PID[$name]}" 2>/dev/null; then
            kill -KILL "${PID[$name]}" 2>/dev/null || true
        fi
    done
    rm -rf "$WORK"
}
trap cleanup EXIT

fail() {
    echo "two-instances: FAILED: $*" >&2
    for name in A B; do
        if [[ -f $WORK/$name.log ]]; then
            echo "--- last lines of instance $name's log ---" >&2
            tail -n 30 "$WORK/$name.log" >&2
        fi
    done
    exit 1
}

passed() {
    CHECKS=$((CHECKS + 1))
    echo "two-instances: ok: $*"
}


BASE[A]=http://127.0.0.1:$(free_port)
BASE[B]=http://127.0.0.1:$(free_port)
[[ ${BASE[A]} != "${BASE[B]}" ]] || fail "the same port twice"

# Starts instance $1 (A or B) and waits until it is ready.
start() {
    local name=$1
    MATCHDAY_ADMIN_PASSWORD=$PASSWORD java -Xmx512m \
        -Dquarkus.http.port="${BASE[$name]##*:}" -Dmatchday.instance-id="$name" \
        -Dmatchday.solver.lease.expiry="${EXPIRY}s" -Dmatchday.solver.lease.renewal=1s \
        -Dmatchday.samples.load-on-start=false \
        -jar "$JAR" >>"$WORK/$name.log" 2>&1 &
    PID[$name]=$!
    wait_ready "${BASE[$name]}" "${PID[$name]}" "instance $name"
    grep -q "Profile postgresql activated" "$WORK/$name.log" || fail "instance $name does not run on PostgreSQL"
}

kill_instance() {
    kill -KILL "${PID[$1]}"
    wait "${PID[$1]}" 2>/dev/null || true
    PID[$1]=
}

stop_instance() {
    kill -TERM "${PID[$1]}"
    wait "${PID[$1]}" 2>/dev/null || true
    PID[$1]=
}

# api A|B curl-arguments... : calls an instance as the administrator.
api() {
    local name=$1 path=$2
    shift 2
    curl -sS -u "admin:$PASSWORD" "$@" "${BASE[$name]}$path"
}

# HTTP status of POST .../solve on instance $1 for event $2 and $3 seconds; the body goes to $WORK/post.json.
post_solve() {
    api "$1" "/api/events/$2/solve?seconds=$3" -X POST -o "$WORK/post.json" -w '%{http_code}'
}

# Waits until the event's solve status through instance $1 satisfies the jq condition $3; prints that status.
await_solve() {
    local name=$1 event=$2 condition=$3 status=
    for _ in $(seq 1 240); do
        status=$(api "$name" "/api/events/$event/solve")
        if jq -e "$condition" <<<"$status" >/dev/null; then
            echo "$status"
            return
        fi
        sleep 0.5
    done
    fail "event $event through $name: no solve status with $condition within 120 s (last: $status)"
}

echo "two-instances: A on ${BASE[A]}, B on ${BASE[B]}, database $MATCHDAY_DB_URL"
start A
start B

# --- 1. One job, seen and stopped through the other instance ---------------------------------------------------
EVENT=$(api A /api/events/import -H 'Content-Type: application/json' --data-binary "@$SAMPLE" | jq -er .id)
CODE=$(post_solve A "$EVENT" 600)
[[ $CODE == 202 ]] || fail "starting to solve event $EVENT on A answered HTTP $CODE"
SEEN=$(await_solve B "$EVENT" '.status == "SOLVING" and .savedAt != null and .scheduled > 0 and .score != null')
IN_EXPORT=$(api B "/api/events/$EVENT/export" | jq '.meetings | length')
(( IN_EXPORT > 0 )) || fail "B's export holds none of the schedule A saved"
passed "B sees A's job: $(jq -r '"SOLVING, \(.scheduled) meetings, score \(.score)"' <<<"$SEEN"); B's export holds $IN_EXPORT meetings"

# The progress stream through B follows A's job (until curl gives up: the job runs for minutes).
api B "/api/events/$EVENT/solve/events" -N --max-time 3 >"$WORK/stream.txt" 2>/dev/null || true
grep -q '"status":"SOLVING"' "$WORK/stream.txt" || fail "B's progress stream does not show A's job: $(head -c 300 "$WORK/stream.txt")"
passed "B streams A's progress: $(grep -c '^data:' "$WORK/stream.txt") status events in 3 s"

CODE=$(post_solve B "$EVENT" 60)
[[ $CODE == 409 ]] || fail "a second solve through B answered HTTP $CODE, not 409"
jq -e '.status == 409 and (.detail | contains("being solved already"))' "$WORK/post.json" >/dev/null \
    || fail "the 409 through B is not the usual problem: $(cat "$WORK/post.json")"
passed "a second solve of the event through B is refused: 409 \"$(jq -r .detail "$WORK/post.json")\""

STOP_STARTED=$(date +%s%N)
STOPPED=$(api B "/api/events/$EVENT/solve" -X DELETE)
STOP_MILLIS=$((($(date +%s%N) - STOP_STARTED) / 1000000))
jq -e '.status == "NOT_SOLVING" and .error == null and .secondsLimit == 600' <<<"$STOPPED" >/dev/null \
    || fail "the stop through B did not end A's job: $STOPPED"
ON_A=$(api A "/api/events/$EVENT/solve")
jq -e '.status == "NOT_SOLVING"' <<<"$ON_A" >/dev/null || fail "A still solves after the stop through B: $ON_A"
SAVED=$(api A "/api/events/$EVENT/export" | jq '.meetings | length')
[[ $SAVED == "$(jq .scheduled <<<"$STOPPED")" ]] \
    || fail "the stopped job's figures ($(jq .scheduled <<<"$STOPPED") meetings) differ from the saved schedule ($SAVED)"
passed "stopped through B in $STOP_MILLIS ms: A's job ended (it ran $(jq .elapsedMillis <<<"$STOPPED") ms), its $SAVED meetings saved"

# --- 2. The instance solving dies; the other takes over once the lease expires -----------------------------------
CODE=$(post_solve A "$EVENT" 600)
[[ $CODE == 202 ]] || fail "solving again on A answered HTTP $CODE"
await_solve A "$EVENT" '.status == "SOLVING" and .savedAt != null' >/dev/null
kill_instance A
KILLED=$SECONDS
CODE=$(post_solve B "$EVENT" 5)
[[ $CODE == 409 ]] || fail "B solved the event while A's lease was still live (HTTP $CODE)"
passed "A killed mid-solve; its lease still stands: B answers 409"

DEAD=$(await_solve B "$EVENT" '.status == "NOT_SOLVING"')
WAITED=$((SECONDS - KILLED))
(( WAITED >= EXPIRY - 2 )) || fail "A's lease lapsed after $WAITED s, before its ${EXPIRY} s expiry"
jq -e '.error | contains("Instance A stopped before its job ended")' <<<"$DEAD" >/dev/null \
    || fail "B does not say that A died: $DEAD"
passed "after $WAITED s (expiry ${EXPIRY} s) B reports A's job as dead: \"$(jq -r .error <<<"$DEAD")\""

CODE=$(post_solve B "$EVENT" 5)
[[ $CODE == 202 ]] || fail "B could not solve the event after A's lease expired (HTTP $CODE: $(cat "$WORK/post.json"))"
DONE=$(await_solve B "$EVENT" '.status == "NOT_SOLVING"')
jq -e '.error == null and .scheduled > 0 and .secondsLimit == 5' <<<"$DONE" >/dev/null \
    || fail "B's solve after A died did not end well: $DONE"
api B "/api/events/$EVENT/export" >"$WORK/after-b.json"
[[ $(jq '.meetings | length' "$WORK/after-b.json") == "$(jq .scheduled <<<"$DONE")" ]] \
    || fail "B's status and its export disagree on the schedule"
passed "B solved the event after A died: $(jq -r '"\(.scheduled) meetings, score \(.score)"' <<<"$DONE"), saved"

start A
api A "/api/events/$EVENT/export" >"$WORK/after-a.json"
cmp -s <(jq -S . "$WORK/after-a.json") <(jq -S . "$WORK/after-b.json") || fail "A, started again, exports another schedule"
jq -e '.status == "NOT_SOLVING" and .secondsLimit == 5' <<<"$(api A "/api/events/$EVENT/solve")" >/dev/null \
    || fail "A, started again, does not show B's last job"
passed "A, started again, exports the same schedule and shows B's job as the last"

# --- 3. Sessions span instances ------------------------------------------------------------------------------
LOGIN_CODE=$(curl -sS -o /dev/null -w '%{http_code}' -c "$WORK/cookies" \
    --data-urlencode j_username=admin --data-urlencode "j_password=$PASSWORD" "${BASE[A]}/j_security_check")
[[ $LOGIN_CODE == 302 ]] && grep -q matchday-session "$WORK/cookies" || fail "the page login on A failed (HTTP $LOGIN_CODE)"
ANONYMOUS=$(curl -sS -o /dev/null -w '%{http_code}' "${BASE[B]}/events")
PAGE=$(curl -sS -o "$WORK/page.html" -w '%{http_code}' -b "$WORK/cookies" "${BASE[B]}/events")
[[ $ANONYMOUS != 200 && $PAGE == 200 ]] || fail "B answers the events page with $PAGE to A's login (without: $ANONYMOUS)"
grep -q "$(jq -r .name "$SAMPLE")" "$WORK/page.html" || fail "B's events page for A's login does not list the event"
passed "a page login made on A works on B (events page: $PAGE; without the cookie: $ANONYMOUS)"

cp "$WORK/cookies" "$WORK/old-cookies"
LOGOUT=$(curl -sS -o /dev/null -w '%{http_code}' -b "$WORK/cookies" -X POST "${BASE[A]}/logout")
AFTER=$(curl -sS -o /dev/null -w '%{http_code}' -b "$WORK/old-cookies" "${BASE[B]}/api/events")
[[ $LOGOUT == 303 && $AFTER == 401 ]] || fail "after logout on A ($LOGOUT), B answers the old session with $AFTER"
passed "logging out on A ends the session on B at once (B answers the old cookie: $AFTER)"

curl -sS -o /dev/null -c "$WORK/cookies" --data-urlencode j_username=admin --data-urlencode "j_password=$PASSWORD" \
    "${BASE[A]}/j_security_check"
NEW_PASSWORD=$PASSWORD-renewed
CHANGED=$(curl -sS -o /dev/null -w '%{http_code}' -u "admin:$PASSWORD" -H 'Content-Type: application/json' -X PUT \
    -d "{\"current\": \"$PASSWORD\", \"password\": \"$NEW_PASSWORD\"}" "${BASE[A]}/api/accounts/me/password")
AFTER=$(curl -sS -o /dev/null -w '%{http_code}' -b "$WORK/cookies" "${BASE[B]}/api/events")
[[ $CHANGED == 204 && $AFTER == 401 ]] || fail "after a password change on A ($CHANGED), B answers the session with $AFTER"
curl -sS -o /dev/null -u "admin:$NEW_PASSWORD" -H 'Content-Type: application/json' -X PUT \
    -d "{\"current\": \"$NEW_PASSWORD\", \"password\": \"$PASSWORD\"}" "${BASE[A]}/api/accounts/me/password"
passed "a password change on A ends the session on B at once (B answers it: $AFTER)"

PARTICIPANT=$(jq -r '.participants[0].id' "$SAMPLE")
TOKEN=$(api A "/api/events/$EVENT/participants/$PARTICIPANT/link" -X POST | jq -er .token)
OPENED=$(curl -sS -o /dev/null -w '%{http_code}' -c "$WORK/link-cookies" "${BASE[A]}/p/$TOKEN")
[[ $OPENED == 303 ]] && grep -q matchday-link "$WORK/link-cookies" || fail "opening the link on A answered $OPENED"
HOME_CODE=$(curl -sS -o /dev/null -w '%{http_code}' -b "$WORK/link-cookies" "${BASE[B]}/p")
[[ $HOME_CODE == 200 ]] || fail "B answers the participant's home with $HOME_CODE to A's link cookie"
passed "a participant's link cookie set by A works on B (home page: $HOME_CODE)"

stop_instance A
stop_instance B
echo "two-instances: all $CHECKS checks passed"
