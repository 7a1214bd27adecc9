#!/usr/bin/env bash
# Issue 19's scale-out bench: starts a throwaway PostgreSQL (initdb/pg_ctl, Debian's postgresql) and Redis
# (redis-server) on free loopback ports in a temporary directory, runs `Chorus.Bench scale-out` against them, and
# stops both. Usage: bench/scale-out.sh [ARTICLES] [--nodes 1,2]   (build first: dotnet build -c Release)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1)")
[ -x "$bin/initdb" ] || { echo "scale-out: PostgreSQL server binaries not found (apt-get install -y postgresql)" >&2; exit 2; }
command -v redis-server >/dev/null || { echo "scale-out: redis-server not found (apt-get install -y redis-server)" >&2; exit 2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
dir=$(mktemp -d /tmp/chorus-scale-out-servers.XXXXXX)
as_pg=()
if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; as_pg=(runuser -u postgres --); fi
pg_port=$(free_port); redis_port=$(free_port)
cleanup() {
  "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/pg" -m immediate stop >/dev/null 2>&1 || true
  redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
"${as_pg[@]}" "$bin/initdb" -D "$dir/pg" -U chorus --auth=trust >/dev/null
"${as_pg[@]}" "$bin/pg_ctl" -D "$dir/pg" -l "$dir/pg.log" -w \
  -o "-p $pg_port -k $dir -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200" start >/dev/null
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --dir "$dir" --daemonize yes >/dev/null
dotnet bench/Chorus.Bench/bin/Release/net10.0/Chorus.Bench.dll scale-out "${1:-20000}" \
  --pg "postgres://chorus@127.0.0.1:$pg_port" --redis "redis://127.0.0.1:$redis_port" "${@:2}"
