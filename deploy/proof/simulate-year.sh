#!/usr/bin/env bash
# Issue 10 item 4: a school year on a moving clock (see deploy/proof/README-proof.md).
#   deploy/proof/simulate-year.sh [--schools 530] [--inspections 150] [--seed 2026] [--build]
# Starts its own embedded stack on free ports with PLATFORM_CLOCK_ADJUSTABLE=true (state in
# deploy/local-stack/target/simulated-year-stack). Exit code 0: no lapse; 1: a lapse or a count off.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec deploy/proof/run-proof.sh uk.gov.la.ei.localstack.proof.SimulatedYear "$@"
