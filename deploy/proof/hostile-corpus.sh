#!/usr/bin/env bash
# The hostile-input corpus (issue 10 item 3): ~170 hostile and at-the-maximum inputs on the Kafka notice contract
# and every REST endpoint of the four services; prints a table (case, expected, got) and totals; exits 1 on
# any miss. See deploy/proof/README-corpus.md.
#
#   deploy/proof/hostile-corpus.sh              start an embedded stack on free ports (state in
#                                               deploy/local-stack/target/corpus-stack), run, stop it
#   deploy/proof/hostile-corpus.sh --against    run against a local stack already running on the default
#                                               ports (deploy/run-local.sh: 8081-8084, Kafka 9092, PostgreSQL 5432)
#   --build                                     (re)build the services and the launcher first
set -euo pipefail
script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
repo=$(cd "$script_dir/../.." && pwd -P)
cd "$repo"

args=()
build=false
for arg in "$@"; do
  case "$arg" in
    --build) build=true ;;
    *) args+=("$arg") ;;
  esac
done

launcher=deploy/local-stack/target/local-stack.jar
missing=false
for svc in notification-service support-tracking-service feedback-service wellbeing-service; do
  [[ -f "$svc/target/quarkus-app/quarkus-run.jar" ]] || missing=true
done
[[ -f "$launcher" ]] || missing=true
if $build || $missing; then
  echo "Building the services and the launcher (./mvnw -B -pl deploy/local-stack -am package -DskipTests)…"
  ./mvnw -B -q -pl deploy/local-stack -am package -DskipTests -Dpit.skip=true
fi

java=java
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then java="$JAVA_HOME/bin/java"; fi
# the launcher jar's manifest carries its dependencies' class path (target/lib)
exec "$java" -cp "$launcher" uk.gov.la.ei.localstack.proof.HostileCorpus "${args[@]+"${args[@]}"}"
