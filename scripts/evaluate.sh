#!/usr/bin/env bash
# Measures how well the consultation engine finds the right guide, next to plain Lucene BM25
# baselines, on labelled question sets; prints one table per set.
#
#   scripts/evaluate.sh [--guides FILE --questions FILE]... [--errors] [--json]
#
# With no sets named it evaluates the development sets in ../shared/bench next to the
# repository. See docs/benchmarks.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/knowledge-base-main.sh"
shared=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/shared
run_knowledge_base_main org.govassist.kb.eval.Evaluation --shared "$shared" "$@"
