#!/usr/bin/env bash
# Loads the four service images written by `./mvnw -Pimages package` (target/<service>-image.tar, no Docker
# needed to build them) into the local Docker engine, for `docker compose up`.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
for service in notification-service support-tracking-service feedback-service wellbeing-service; do
  tarball="$root/$service/target/$service-image.tar"
  [[ -f "$tarball" ]] || { echo "missing $tarball: run ./mvnw -Pimages package -DskipTests first" >&2; exit 1; }
  docker load -i "$tarball"
done
