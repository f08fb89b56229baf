# Runs a main class of the knowledge-base module on a JDK 21 or newer.
# Sourced by evaluate.sh, bench-engine.sh and generate-guides.sh; defines
# run_knowledge_base_main. Build output goes to stderr, so the program's stdout stays clean
# (for --json and redirected tables). Extra JVM options may be given in JAVA_OPTS.

# shellcheck source=java.sh
source "$(dirname "${BASH_SOURCE[0]}")/java.sh"

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
			-DincludeScope=runtime -Dmdep.outputFile="$classpath_file") >&2 || exit 1
	fi
	# JAVA_OPTS is split into words on purpose: it holds several options.
	# shellcheck disable=SC2086
	exec "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -cp "$root/knowledge-base/target/classes:$(<"$classpath_file")" \
		"$main_class" "$@"
}
