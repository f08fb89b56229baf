#!/usr/bin/env bash
# Runs the assistant on the embedded default: builds the jar when it is missing or older than any
# source file, prints the address, then starts it in the foreground.
#
#   scripts/run.sh [--name=value ...]
#
# Every argument goes to Spring Boot, e.g. --server.port=9090 or --assistant.kb.seed=guides.json
# (see docs/configuration.md). Data is kept in ./data of the current folder unless
# --assistant.data-dir says otherwise.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=lib/java.sh
source "$root/scripts/lib/java.sh"
pick_java

jar=$root/assistant-server/target/assistant-server.jar
stale() {
	[[ ! -f $jar ]] && return 0
	[[ -n $(find "$root/pom.xml" "$root/knowledge-base" "$root/web-widget" "$root/assistant-server" \
		-name target -prune -o -type f -newer "$jar" -print -quit) ]]
}
if stale; then
	echo "Building the assistant (./mvnw -q -DskipTests package) ..." >&2
	(cd "$root" && ./mvnw -q -DskipTests package)
fi

port=${SERVER_PORT:-8080}
for argument in "$@"; do
	case $argument in
		--server.port=*) port=${argument#--server.port=} ;;
	esac
done
echo "Assistant: http://localhost:$port/"
exec "$JAVA" -jar "$jar" "$@"
