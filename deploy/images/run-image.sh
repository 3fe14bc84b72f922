#!/usr/bin/env bash
# Runs an image tarball (`docker save` layout, as Jib's buildTar and build-base-image.sh write it) WITHOUT a
# container engine, to smoke-test an image on a machine with no Docker: the layers are unpacked in order
# into a directory, and the image's entrypoint runs there with the image's environment, user and working
# directory, in a chroot with its own mount and PID namespaces (/proc and /dev mounted). The network is the
# host's, so the process reaches Kafka and PostgreSQL on localhost and its port is reachable on localhost.
# Not an isolation boundary (no cgroups, no seccomp, layer whiteouts ignored): a check, not a runtime.
#
#   sudo deploy/images/run-image.sh IMAGE.tar [NAME=VALUE ...]
# e.g.
#   sudo deploy/images/run-image.sh notification-service/target/notification-service-image.tar \
#     QUARKUS_HTTP_PORT=18081 KAFKA_BOOTSTRAP_SERVERS=localhost:9092 \
#     QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:5432/inspection_support \
#     JWT_PUBLIC_KEY_LOCATION=file:/etc/inspection-support/jwt/public-key.pem \
#     JWT_ISSUER=https://dev.inspection-support.local JWT_AUDIENCE=inspection-support
# A file given as IMAGE_FILE=/host/path:/path/in/image is copied into the tree first (e.g. the JWT key).
# Ctrl-C (or SIGTERM to this script) stops the entrypoint (SIGTERM: a graceful shutdown); the unpacked tree stays in ${RUN_IMAGE_DIR:-a temp dir}.
set -euo pipefail

[[ $# -ge 1 ]] || { sed -n '2,17p' "$0" >&2; exit 2; }
[[ $EUID -eq 0 ]] || { echo "run as root (chroot, mount and PID namespaces)" >&2; exit 1; }
tarball="$(realpath "$1")"; shift
root="${RUN_IMAGE_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/run-image.XXXXXX")}"
meta="$root.meta"
rm -rf "$root" "$meta"; mkdir -p "$root" "$meta"
tar -xf "$tarball" -C "$meta"

read_config() { python3 - "$meta" "$1" <<'PY'
import json, shlex, sys, os
meta, what = sys.argv[1], sys.argv[2]
manifest = json.load(open(os.path.join(meta, "manifest.json")))[0]
config = json.load(open(os.path.join(meta, manifest["Config"])))["config"]
if what == "layers": print("\n".join(manifest["Layers"]))
elif what == "entrypoint": print(shlex.join((config.get("Entrypoint") or []) + (config.get("Cmd") or [])))
elif what == "user": print(config.get("User") or "0:0")
elif what == "workdir": print(config.get("WorkingDir") or "/")
elif what == "env": print("\n".join(config.get("Env") or []))
PY
}

while read -r layer; do
  case "$layer" in
    *.gz) tar -xzf "$meta/$layer" -C "$root" --numeric-owner --warning=no-unknown-keyword ;;
    *) tar -xf "$meta/$layer" -C "$root" --numeric-owner --warning=no-unknown-keyword ;;
  esac
done < <(read_config layers)

env_args=()
while read -r line; do [[ -n "$line" ]] && env_args+=("$line"); done < <(read_config env)
for arg in "$@"; do
  if [[ "$arg" == IMAGE_FILE=* ]]; then
    spec="${arg#IMAGE_FILE=}"; mkdir -p "$root/$(dirname "${spec#*:}")"; cp "${spec%%:*}" "$root/${spec#*:}"
  else
    env_args+=("$arg")
  fi
done
entrypoint="$(read_config entrypoint)"
user="$(read_config user)"
workdir="$(read_config workdir)"
echo "running $(basename "$tarball") from $root: $entrypoint (user $user, in $workdir)"

# the entrypoint becomes PID 1 of its namespace: when it ends, everything in the namespace ends with it.
# unshare itself ignores SIGTERM/SIGINT, so a stop request is passed on to the entrypoint.
unshare --mount --pid --fork --kill-child=SIGTERM bash -c '
  root="$1" user="$2" workdir="$3"; shift 3
  mount -t proc proc "$root/proc"
  mount --rbind /dev "$root/dev"
  exec chroot --userspec="$user" "$root" /usr/bin/env -i HOME=/tmp "$@" \
    /bin/sh -c "cd \"\$0\" && exec \"\$@\"" "$workdir" '"$entrypoint"'
' run-image "$root" "$user" "$workdir" "${env_args[@]}" &
runner=$!
trap 'kill -TERM $(cat /proc/$runner/task/$runner/children 2>/dev/null) 2>/dev/null || true' TERM INT
wait $runner || wait $runner
