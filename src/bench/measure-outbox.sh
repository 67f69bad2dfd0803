#!/usr/bin/env bash
# How many scores per second the AGS outbox delivers to a local platform, and how many token
# requests that takes, on H2 and on PostgreSQL (embedded). Prints one line per database.
# Usage: src/bench/measure-outbox.sh [number of scores, default 2000]
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME="$(./ona java-home)"
export JAVA_HOME
mvn -B -q test -Dspotless.check.skip=true -Dtest=OutboxThroughputBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -Dbench.scores="${1:-2000}" \
  | grep -o 'outbox [A-Z0-9]*: .*'
