#!/usr/bin/env bash
# Prints the Java modules (comma-separated, for jlink --add-modules) that the jars in a folder need:
# what jdeps finds in their classes and in the jars nested in them (Flink's RPC system is one), those
# the JVM options export or open (a missing one would be warned about at every start), and the
# elliptic curves TLS needs to submit to an https cluster, and the Java compiler (jdk.compiler, which
# javax.tools finds as a service, so jdeps cannot see it) that compiles each pipeline's generated job
# class before it runs, with the zip file system (jdk.zipfs) through which javac reads the class path's
# jars: without it every jar is "No file system provider is available". Used by package.sh and the CI job for the
# .msi and .dmg. Usage: java-modules.sh JAR_FOLDER "JVM OPTIONS"
set -euo pipefail

JARS="$(cd "$1" && pwd)"
CLASSES="$(mktemp -d)"
trap 'rm -rf "$CLASSES"' EXIT

# jdeps cannot take modular and plain jars side by side on the class path, so it reads their classes
cd "$CLASSES"
for jar in "$JARS"/*.jar; do jar xf "$jar"; done
find . -name '*.jar' -print0 | while IFS= read -r -d '' nested; do jar xf "$nested"; rm "$nested"; done
find . -name module-info.class -delete
rm -rf META-INF
FOUND="$(jdeps -q --ignore-missing-deps --print-module-deps .)"
OPENED="$(tr ' ' '\n' <<< "${2:-}" | sed -n -E 's/^--add-(exports|opens)=([^/]*)\/.*/\2/p' | paste -sd, -)"
echo "$FOUND,$OPENED,jdk.crypto.ec,jdk.compiler,jdk.zipfs" | tr ',' '\n' | sed '/^$/d' | sort -u | paste -sd, -
