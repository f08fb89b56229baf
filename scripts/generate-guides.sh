#!/usr/bin/env bash
# Writes a generated knowledge base of realistic-looking guides for benchmarks.
#
#   scripts/generate-guides.sh [N [OUT.json]] [--seed S]
#
# N defaults to 10000; without OUT.json the guide file goes to standard output. The same N and
# seed always give the same file. See docs/benchmarks.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/knowledge-base-main.sh"
run_knowledge_base_main org.govassist.kb.eval.GuideGenerator "$@"
