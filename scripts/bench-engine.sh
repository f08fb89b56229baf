#!/usr/bin/env bash
# Measures the consultation engine's index build time, heap, latency and throughput over the demo
# knowledge base and a generated one of 10,000 guides; prints one table. Ends by itself.
#
#   scripts/bench-engine.sh [--rounds R] [--generated N]
#
# Needs the development questions in ../shared/bench next to the repository.
# See docs/benchmarks.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/knowledge-base-main.sh"
shared=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/shared
JAVA_OPTS=${JAVA_OPTS:--Xmx2g} run_knowledge_base_main org.govassist.kb.eval.EngineBenchmark --shared "$shared" "$@"
