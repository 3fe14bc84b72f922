#!/usr/bin/env bash
# Shared by the proof commands: build what is missing (reactor package, never install), then run the
# main class on the local-stack launcher's classpath (its manifest lists target/lib/*).
set -euo pipefail
cd "$(dirname "$0")/../.."
main=$1; shift
build=false
args=()
for a in "$@"; do
  if [[ $a == --build ]]; then build=true; else args+=("$a"); fi
done
java=java
[[ -n ${JAVA_HOME:-} ]] && java="$JAVA_HOME/bin/java"
launcher=deploy/local-stack/target/local-stack.jar
missing=false
for svc in notification-service support-tracking-service feedback-service wellbeing-service; do
  [[ -f $svc/target/quarkus-app/quarkus-run.jar ]] || missing=true
done
[[ -f $launcher && -d deploy/local-stack/target/lib && -f deploy/bench/bare-app/target/quarkus-app/quarkus-run.jar ]] || missing=true
if $build || $missing; then
  echo "building: ./mvnw -B -q -pl deploy/local-stack,deploy/bench/bare-app -am package -DskipTests -Dpit.skip=true"
  ./mvnw -B -q -pl deploy/local-stack,deploy/bench/bare-app -am package -DskipTests -Dpit.skip=true
fi
# run from a copy (next to the original, so its manifest's lib/ class path still resolves): a rebuild while
# a long run is under way must not change the classes under it
copy=deploy/local-stack/target/proof-run-$$.jar
cp "$launcher" "$copy"
trap 'rm -f "$copy"' EXIT
"$java" -Djava.util.logging.manager=java.util.logging.LogManager -cp "$copy" "$main" ${args[@]+"${args[@]}"}
