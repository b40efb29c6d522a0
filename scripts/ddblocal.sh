#!/usr/bin/env bash
# Starts and stops one DynamoDB Local on a free 127.0.0.1 port.
#
#   ddblocal.sh start --state DIR (--in-memory | --data DIR) [--port N] [--watch-parent]
#   ddblocal.sh stop --state DIR
#   ddblocal.sh endpoint --state DIR     prints http://127.0.0.1:PORT of a running server
#
# The state folder holds pid, port, endpoint and server.log. `stop` stops only the recorded
# pid, and only if it still is our DynamoDB Local. `--watch-parent` ties the server's life to
# the calling process (ctest): if that dies without running the stop fixture, the server goes too.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

cmd=${1:-}
shift || true
state="" data="" in_memory=0 port="" watch_parent=0
while (($#)); do
    case $1 in
    --state) state=$2; shift 2 ;;
    --data) data=$2; shift 2 ;;
    --in-memory) in_memory=1; shift ;;
    --port) port=$2; shift 2 ;;
    --watch-parent) watch_parent=1; shift ;;
    *) die "unknown option $1" ;;
    esac
done
[ -n "$state" ] || die "--state DIR is required"
pidfile=$state/pid

is_ours() { # pid -> true when it is a live DynamoDB Local started from our state folder
    local pid=$1
    [ -r "/proc/$pid/cmdline" ] || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "DynamoDBLocal.jar.*-port $(cat "$state/port" 2>/dev/null)"
}

port_in_use() { { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null && exec 3<&- 3>&-; }

answers() { # port -> true once DynamoDB Local answers an HTTP request
    local reply
    { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
    printf 'POST / HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nContent-Type: application/x-amz-json-1.0\r\nX-Amz-Target: DynamoDB_20120810.ListTables\r\nAuthorization: AWS4-HMAC-SHA256 Credential=local/20240101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}' "$1" >&3
    reply=$(timeout 5 head -c 12 <&3 || true)
    exec 3<&- 3>&-
    [[ $reply == "HTTP/1.1 200" ]]
}

stop_server() {
    [ -f "$pidfile" ] || return 0
    local pid
    pid=$(cat "$pidfile")
    if is_ours "$pid"; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
        log "DynamoDB Local (pid $pid) stopped"
    fi
    rm -f "$pidfile" "$state/endpoint"
}

case $cmd in
start)
    ((in_memory)) || [ -n "$data" ] || die "give --in-memory or --data DIR"
    [ -f "$DDBLOCAL_HOME/DynamoDBLocal.jar" ] || "$DYNA_ROOT/scripts/install-deps.sh"
    mkdir -p "$state"
    stop_server # a server left by an earlier run of the same state folder
    storage=(-inMemory)
    if [ -n "$data" ]; then
        mkdir -p "$data"
        storage=(-dbPath "$(cd "$data" && pwd)")
    fi
    for attempt in 1 2 3 4 5; do
        p=$port
        if [ -z "$p" ]; then
            p=$((20000 + RANDOM % 20000))
            port_in_use "$p" && continue
        fi
        echo "$p" >"$state/port"
        # -sharedDb: one database whatever the access key and region.
        # -disableTelemetry: DynamoDB Local would otherwise try to send data off the machine.
        (cd "$DDBLOCAL_HOME" && exec setsid java -Xms64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
            -Djava.library.path=./DynamoDBLocal_lib -jar DynamoDBLocal.jar \
            -sharedDb -disableTelemetry -port "$p" "${storage[@]}" \
            </dev/null >"$state/server.log" 2>&1) &
        pid=$!
        echo "$pid" >"$pidfile"
        for _ in $(seq 1 300); do
            if answers "$p"; then
                echo "http://127.0.0.1:$p" >"$state/endpoint"
                if ((watch_parent)); then
                    parent=$PPID
                    setsid bash -c "while kill -0 $parent 2>/dev/null && kill -0 $pid 2>/dev/null; do sleep 1; done; kill $pid 2>/dev/null" \
                        </dev/null >/dev/null 2>&1 &
                fi
                log "DynamoDB Local (pid $pid) answers at http://127.0.0.1:$p"
                exit 0
            fi
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        log "DynamoDB Local did not come up on port $p (attempt $attempt):"
        tail -n 20 "$state/server.log" >&2 || true
        stop_server
        [ -z "$port" ] || break
    done
    die "could not start DynamoDB Local"
    ;;
stop) stop_server ;;
endpoint)
    [ -f "$pidfile" ] && is_ours "$(cat "$pidfile")" || die "no DynamoDB Local running for $state"
    cat "$state/endpoint"
    ;;
*) die "usage: ddblocal.sh start|stop|endpoint --state DIR [...]" ;;
esac
