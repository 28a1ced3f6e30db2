# Shared by the CI scripts that run the packaged application. The sourcing script defines fail().

# A TCP port on loopback that nothing listens on, below Linux's ephemeral range (32768 and up): a port there can be
# held by an outgoing connection that no listener shows, and the application then fails to bind it.
free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 12000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    fail "no free port found"
}

# Waits up to 60 s until the application at base URL $1 (process $2, named $3 in messages) is ready.
wait_ready() {
    local base=$1 pid=$2 what=$3
    for _ in $(seq 1 240); do
        if curl -sf "$base/q/health/ready" >/dev/null; then
            return
        fi
        kill -0 "$pid" 2>/dev/null || fail "$what exited while starting"
        sleep 0.25
    done
    fail "$what was not ready within 60 s"
}
