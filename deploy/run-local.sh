#!/usr/bin/env bash
# Runs the whole system on this machine: Kafka, PostgreSQL, an SMTP server and the four services,
# with the sample schools loaded and a token per role. Needs only a JDK 17+; builds first when a
# service or the launcher is missing or older than its sources (or with --build).
#
#   deploy/run-local.sh [--build] [--fresh] [--help] [more options: --help]
#
# Ctrl-C stops everything. State (database, topics, mails, tokens, logs) lives in .local/.
set -euo pipefail

caller_dir=$PWD
script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
repo=$(cd "$script_dir/.." && pwd -P)
cd "$repo"

build=false
args=()
for arg in "$@"; do
  case "$arg" in
    --build) build=true ;;
    *) args+=("$arg") ;;
  esac
done

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
  java="$JAVA_HOME/bin/java"
elif command -v java >/dev/null 2>&1; then
  java=$(command -v java)
else
  echo "run-local.sh: no Java found. Install a JDK 17 (or newer) and put it on PATH or set JAVA_HOME." >&2
  exit 1
fi
java_major=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')
if [[ -z "$java_major" || "$java_major" -lt 17 ]]; then
  echo "run-local.sh: $java is Java ${java_major:-?}; this needs Java 17 or newer (a JDK: the build compiles)." >&2
  exit 1
fi

launcher=deploy/local-stack/target/local-stack.jar
services=(notification-service support-tracking-service feedback-service wellbeing-service)

# stale <output> <source>...: true when the output is missing or any source file is newer
stale() {
  local output=$1; shift
  [[ -f "$output" ]] || return 0
  local src
  for src in "$@"; do
    [[ -e "$src" ]] || continue
    if [[ -n $(find "$src" -type f -newer "$output" -print -quit 2>/dev/null) ]]; then
      return 0
    fi
  done
  return 1
}

needs_build() {
  # main sources only: a change to a test does not change what runs
  local shared=(pom.xml contracts/pom.xml contracts/src/main platform/pom.xml platform/src/main)
  local svc
  for svc in "${services[@]}"; do
    if stale "$svc/target/quarkus-app/quarkus-run.jar" "${shared[@]}" "$svc/pom.xml" "$svc/src/main"; then
      echo "run-local.sh: $svc needs building" >&2
      return 0
    fi
  done
  if stale "$launcher" pom.xml contracts/pom.xml contracts/src/main deploy/test-infra/pom.xml deploy/test-infra/src/main \
      deploy/local-stack/pom.xml deploy/local-stack/src/main; then
    echo "run-local.sh: the local-stack launcher needs building" >&2
    return 0
  fi
  [[ -d deploy/local-stack/target/lib ]] || return 0
  return 1
}

if $build || needs_build; then
  echo "run-local.sh: building (./mvnw -B -q install -DskipTests). The first build downloads Maven and the"
  echo "             dependencies from Maven Central (a few hundred MB) and takes several minutes."
  ./mvnw -B -q install -DskipTests
fi

export LOCAL_STACK_CALLER_DIR="$caller_dir"
exec "$java" -jar "$launcher" ${args[@]+"${args[@]}"}
