#!/usr/bin/env bash
# Loads a running assistant with citizens: opens N WebSocket connections to /ws/chat, holds them,
# asks questions at a fixed total rate, rates some answers, then closes everything and prints a
# table of connections, replies, errors and latency. Ends by itself; loopback addresses only.
#
#   scripts/load-citizens.sh [--url ws://127.0.0.1:8080/ws/chat] [--connections 2000] [--rate 200]
#                            [--duration 60s] [--ramp 20s] [--server-pid PID]
#                            [--agents N (--agent-credentials FILE | --admin-token TOKEN)]
#                            [--handoff-rate 5] [--chat-messages 3] [--agent-url URL]
#
# With --agents, N helpdesk agents sign in on /ws/agent and citizens hand off at --handoff-rate per
# second; the table adds the time to assignment and the relay latency both ways.
#
# --server-pid adds the server's resident memory during the run and its heap after a full
# collection. Start the server with --assistant.chat.rate-limit.per-address=off: every citizen
# comes from 127.0.0.1. See docs/benchmarks.md.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=lib/java.sh
source "$root/scripts/lib/java.sh"
pick_java

# Each connection is a file descriptor, in this process and in the server's.
wanted=25000
if [[ $(ulimit -n) != unlimited && $(ulimit -n) -lt $wanted ]]; then
	hard=$(ulimit -Hn)
	if [[ $hard == unlimited || $hard -ge $wanted ]]; then
		ulimit -n "$wanted"
	else
		ulimit -n "$hard"
	fi
fi

# JAVA_OPTS is split into words on purpose: it holds several options.
# shellcheck disable=SC2086
exec "$JAVA" ${JAVA_OPTS:--Xmx1g} "$root/scripts/load/CitizenLoad.java" "$@"
