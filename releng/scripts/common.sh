# Sourced by the releng scripts: repository root, a Java 21+ JDK for Maven, the product folder.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$ROOT/features/org.openjolo.core.feature/rootfiles/find-java.sh"
openjolo_find_java || exit 1
export JAVA_HOME="$JAVA_HOME_FOUND"
PRODUCT="$ROOT/releng/org.openjolo.repository/target/products/org.openjolo.product/linux/gtk/x86_64/openjolo"
