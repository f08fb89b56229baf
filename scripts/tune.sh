#!/usr/bin/env bash
# Fits the retrieval engine's scoring weights and confidence calibration on labelled question
# sets and prints them, with the decision quality of a grid of answer and clarify thresholds.
# Usage: scripts/tune.sh [--semantic] [--keep-weights] [--folds] [--answer A --clarify C]
#                        [GUIDES.json QUESTIONS.tsv]...
# (default: the two development sets); --semantic fits hybrid retrieval (sentence embeddings beside
# BM25) instead of lexical; --keep-weights fits only the calibration over the weights in force;
# --folds first fits on every other question of each set and judges the fit on the rest, both ways
# round, around the engine's thresholds or around A and C.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib/knowledge-base-main.sh
source "$here/lib/knowledge-base-main.sh"
options=()
files=()
while (($# > 0)); do
	case $1 in
		--semantic | --folds | --keep-weights) options+=("$1") ;;
		--answer | --clarify) options+=("$1" "$2"); shift ;;
		*) files+=("$1") ;;
	esac
	shift
done
if ((${#files[@]} == 0)); then
	shared=$(cd "$here/../.." && pwd)/shared/bench
	files=("$shared/guides.json" "$shared/questions-dev.tsv" "$shared/real/sz-guides.json" "$shared/real/sz-dev.tsv")
fi
run_knowledge_base_main org.govassist.kb.retrieval.Tuner "${options[@]}" "${files[@]}"
