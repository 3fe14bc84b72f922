#!/usr/bin/env bash
# Issue 11 item 2: the benchmark (see the README's "Benchmarks").
#   deploy/bench/benchmark.sh [--rates 50,200,1000] [--seconds 60] [--year 7000] [--drain-minutes 30] [--warmup 2000] [--build]
# Starts its own embedded stack on free ports (state in deploy/local-stack/target/bench-stack), the services
# with their production JVM settings; writes deploy/bench/results/latest.md and latest.svg.
# Exit code 0: the run finished (the report says which targets were met); 1: notices left unhandled.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec deploy/proof/run-proof.sh uk.gov.la.ei.localstack.proof.Benchmark "$@"
