#!/usr/bin/env bash
# Issue 10 item 2: fault injection under load (see deploy/proof/README-proof.md).
#   deploy/proof/fault-injection.sh [--notices N] [--share 0.10] [--quiet-timeout-minutes 40] [--build]
# Starts its own embedded stack on free ports (state in deploy/local-stack/target/fault-injection-stack),
# so it does not disturb a deploy/run-local.sh stack. Exit code 0: every count as expected; 1: a difference.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec deploy/proof/run-proof.sh uk.gov.la.ei.localstack.proof.FaultInjection "$@"
