#!/usr/bin/env bash
# Fits the retrieval engine's scoring weights and confidence calibration on labelled question
# sets and prints them, with the decision quality of a grid of answer and clarify thresholds.
# Usage: scripts/tune.sh [--semantic] [GUIDES.json QUESTIONS.tsv]...   (default: the two development
# sets); --semantic fits hybrid retrieval (sentence embeddings beside BM25) instead of lexical.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib/knowledge-base-main.sh
source "$here/lib/knowledge-base-main.sh"
semantic=()
if [[ ${1:-} == --semantic ]]; then
	semantic=(--semantic)
	shift
fi
if (($# == 0)); then
	shared=$(cd "$here/../.." && pwd)/shared/bench
	set -- "$shared/guides.json" "$shared/questions-dev.tsv" "$shared/real/sz-guides.json" "$shared/real/sz-dev.tsv"
fi
run_knowledge_base_main org.govassist.kb.retrieval.Tuner "${semantic[@]}" "$@"
