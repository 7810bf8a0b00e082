# Sourced by the bench scripts: start the release server on $DATA and sign the admin in.
# Needs BIN, DATA and PORT; sets SERVER_PID, base and JAR (the admin's cookie jar).

start_server() {
    "$BIN" serve --hostname 127.0.0.1 --port "$PORT" >"$DATA/server.log" 2>&1 &
    SERVER_PID=$!
    base="http://127.0.0.1:$PORT"
    for _ in $(seq 1 600); do curl -sf -o /dev/null "$base/healthz" && return 0; sleep 0.05; done
    echo "the server did not start:" >&2; cat "$DATA/server.log" >&2; exit 1
}

sign_in_admin() {
    JAR="$DATA/cookies"
    rm -f "$JAR"  # a session kept from an earlier run would skip the sign-in form
    local csrf
    csrf=$(curl -s -c "$JAR" -b "$JAR" "$base/signin" | grep -o 'name="_csrf" value="[^"]*"' | cut -d'"' -f4)
    curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "_csrf=$csrf" --data-urlencode "username=admin" \
        --data-urlencode "password=$TONGXIN_ADMIN_PASSWORD" "$base/signin"
    grep -q tongxin_session "$JAR" || { echo "sign-in failed" >&2; exit 1; }
}
