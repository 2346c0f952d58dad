# Sourced by the releng scripts: repository root, a Java 21+ JDK for Maven, the product folder.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$ROOT/features/org.openjolo.core.feature/rootfiles/find-java.sh"
openjolo_find_java || exit 1
export JAVA_HOME="$JAVA_HOME_FOUND"
PRODUCT="$ROOT/releng/org.openjolo.repository/target/products/org.openjolo.product/linux/gtk/x86_64/openjolo"

# Prepares the instance folder $1 with an Alpaca server on a port of its own (so a workbench already running
# here does not answer instead) and sets APORT to it.
alpaca_instance() {
    APORT=$(( 20000 + RANDOM % 20000 ))
    mkdir -p "$1/settings"
    printf '{"settings":{"enabled":true,"lan":false,"address":"0.0.0.0","port":%d,"discoveryPort":0},"numbers":{}}' "$APORT" \
        > "$1/settings/alpaca.json"
}

