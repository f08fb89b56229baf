# shellcheck shell=bash
# Finds a JDK 21 or newer for the build and the server. Source this file, then call pick_java:
# it exports JAVA_HOME (used by ./mvnw) and JAVA (the java command), or stops with a message.
#
# Tried in order: $JAVA_HOME, the java on the PATH, the newest JDK under /usr/lib/jvm.

JAVA_MIN_VERSION=21

# The feature version (17, 21, 25, ...) of a JDK's home folder, or nothing when it is no JDK.
java_version_of() {
	local home=$1
	[[ -x $home/bin/java && -x $home/bin/javac ]] || return 0
	"$home/bin/java" -XshowSettings:properties -version 2>&1 \
		| sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' \
		| head -n 1
}

# The home folder of the java command on the PATH, or nothing.
java_home_on_path() {
	local java
	java=$(command -v java 2>/dev/null) || return 0
	java=$(readlink -f "$java")
	dirname "$(dirname "$java")"
}

pick_java() {
	local home version best_home='' best_version=0
	for home in "${JAVA_HOME:-}" "$(java_home_on_path)"; do
		[[ -n $home ]] || continue
		version=$(java_version_of "$home")
		if [[ -n $version ]] && ((version >= JAVA_MIN_VERSION)); then
			best_home=$home
			break
		fi
	done
	if [[ -z $best_home ]]; then
		for home in /usr/lib/jvm/*/; do
			home=${home%/}
			version=$(java_version_of "$home")
			if [[ -n $version ]] && ((version >= JAVA_MIN_VERSION && version > best_version)); then
				best_home=$home
				best_version=$version
			fi
		done
	fi
	if [[ -z $best_home ]]; then
		echo "The assistant needs JDK $JAVA_MIN_VERSION or newer: none found in JAVA_HOME, on the PATH" \
			"or under /usr/lib/jvm. Install one (e.g. apt-get install openjdk-21-jdk) or set JAVA_HOME." >&2
		exit 1
	fi
	export JAVA_HOME=$best_home
	export JAVA=$best_home/bin/java
}
