# Sourced by the OpenJolo scripts: sets JAVA to a Java 21+ runtime or explains what is missing.
# Order: $JAVA_HOME, java on the PATH, macOS's java_home, then the usual install folders (newest first).

openjolo_java_major() {
    # prints the major version of the java binary $1, or nothing
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

openjolo_macos_java() {
    # macOS's /usr/bin/java runs whichever JDK the system prefers, which may be older than 21;
    # java_home can be asked for one that fits
    [ -x /usr/libexec/java_home ] || return 0
    home=$(/usr/libexec/java_home -v 21+ 2>/dev/null) && [ -n "$home" ] && echo "$home/bin/java"
}

openjolo_find_java() {
    for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java 2>/dev/null)" "$(openjolo_macos_java)" \
            $(ls -d /usr/lib/jvm/*/bin/java /opt/java/*/bin/java /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java 2>/dev/null | sort -rV); do
        [ -n "$candidate" ] && [ -x "$candidate" ] || continue
        major=$(openjolo_java_major "$candidate")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            JAVA="$candidate"
            JAVA_HOME_FOUND="$(cd "$(dirname "$candidate")/.." && pwd)"
            return 0
        fi
    done
    echo "OpenJolo needs Java 21 or newer, and none was found." >&2
    if [ "$(uname -s)" = Darwin ]; then
        echo "Looked at \$JAVA_HOME (${JAVA_HOME:-unset}), 'java' on the PATH, /usr/libexec/java_home -v 21+ and /Library/Java/JavaVirtualMachines." >&2
        echo "Install one (e.g. Eclipse Temurin 21+ for macOS, aarch64) or set JAVA_HOME to it." >&2
    else
        echo "Looked at \$JAVA_HOME (${JAVA_HOME:-unset}), 'java' on the PATH and /usr/lib/jvm." >&2
        echo "Install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+) or set JAVA_HOME to it." >&2
    fi
    return 1
}
