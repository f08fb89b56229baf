# Runs a main class of the knowledge-base module on a JDK 21 or newer.
# Sourced by evaluate.sh, bench-engine.sh and generate-guides.sh; defines pick_java and
# run_knowledge_base_main. Build output goes to stderr, so the program's stdout stays clean
# (for --json and redirected tables). Extra JVM options may be given in JAVA_OPTS.

# Sets JAVA_HOME to a JDK of version 21 or newer: JAVA_HOME itself when it qualifies, else the
# newest JDK under /usr/lib/jvm. Fails when there is none.
pick_java() {
	local candidate version best="" best_version=0
	for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
		[[ -n $candidate && -x $candidate/bin/java ]] || continue
		version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
			| awk -F' = ' '/java.specification.version/ { print $2 }')
		[[ $version =~ ^[0-9]+$ ]] || continue
		if [[ $candidate == "${JAVA_HOME:-}" && $version -ge 21 ]]; then
			return 0
		fi
		if ((version > best_version)); then
			best=$candidate
			best_version=$version
		fi
	done
	if ((best_version < 21)); then
		echo "no JDK 21 or newer found: set JAVA_HOME to one" >&2
		return 1
	fi
	export JAVA_HOME=$best
}

# run_knowledge_base_main CLASS [ARG...]: builds the module (without tests), then runs CLASS on
# its classes and runtime dependencies. The dependency classpath is cached in target/ and
# rebuilt when a pom changes.
run_knowledge_base_main() {
	local main_class=$1
	shift
	local root
	root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
	pick_java || exit 1
	(cd "$root" && ./mvnw -q -pl knowledge-base -am install -DskipTests) >&2 || exit 1
	local classpath_file=$root/knowledge-base/target/runtime-classpath.txt
	if [[ ! -s $classpath_file || $root/pom.xml -nt $classpath_file || $root/knowledge-base/pom.xml -nt $classpath_file ]]; then
		(cd "$root" && ./mvnw -q -pl knowledge-base dependency:build-classpath \
			-Dmdep.includeScope=runtime -Dmdep.outputFile="$classpath_file") >&2 || exit 1
	fi
	# JAVA_OPTS is split into words on purpose: it holds several options.
	# shellcheck disable=SC2086
	exec "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -cp "$root/knowledge-base/target/classes:$(<"$classpath_file")" \
		"$main_class" "$@"
}
