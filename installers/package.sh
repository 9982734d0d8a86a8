#!/usr/bin/env bash
# Builds the native Linux packages of Pipeline Studio under installers/target/: an app image
# (pipeline-studio/) and a .deb, both with a jlink-trimmed Java runtime holding only the modules
# jdeps finds in the product's jars. Called by Maven (installers/pom.xml, phase package), which passes
# the version, Flink's JVM options and the product's runtime classpath; ./studio package runs that.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
TARGET="$HERE/target"
WORK="$TARGET/jpackage"
NAME=pipeline-studio
VERSION="" JAVA_OPTIONS="" CLASSPATH_LIST="" TYPES="app-image deb"

while (($#)); do
  case "$1" in
    --version) VERSION="$2"; shift 2 ;;
    --java-options) JAVA_OPTIONS="$2"; shift 2 ;;
    --classpath) CLASSPATH_LIST="$2"; shift 2 ;;
    --types) TYPES="$2"; shift 2 ;;
    *) echo "package.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ -n "$VERSION" && -n "$CLASSPATH_LIST" ]] || { echo "usage: package.sh --version V --java-options OPTS --classpath CP" >&2; exit 2; }
for tool in jdeps jlink jpackage jar java; do
  command -v "$tool" >/dev/null || { echo "package.sh: $tool (from a JDK 17+) is needed" >&2; exit 1; }
done
# jpackage wants a numeric version: 0.1.0-SNAPSHOT is packaged as 0.1.0
APP_VERSION="${VERSION%%-*}"
started=$SECONDS
step() { echo "package.sh: [$((SECONDS - started)) s] $*"; }

rm -rf "$WORK" "$TARGET/$NAME" "$TARGET"/*.deb
mkdir -p "$WORK/input/assets"

# 1. The jars of the product, without what it never loads.
step "collecting the jars"
IFS=':' read -r -a ENTRIES <<< "$CLASSPATH_LIST"
for entry in "${ENTRIES[@]}"; do
  [[ -f "$entry" && "$entry" == *.jar ]] || continue
  case "$(basename "$entry")" in
    # the web dashboard's profiler, off unless a cluster enables it
    async-profiler-*) continue ;;
    # Guava's empty placeholder, and JavaFX's class-less jars (the -linux ones hold the code)
    listenablefuture-9999.0-empty-*) continue ;;
    javafx-*-linux.jar) ;;
    javafx-*) continue ;;
  esac
  cp "$entry" "$WORK/input/"
done
MAIN_JAR="$(cd "$WORK/input" && ls app-*.jar)"
java "$HERE/tools/TrimJars.java" "$WORK/input" "$(uname -m)"
# the examples and their sample data, found through -Dstudio.home
cp -r "$ROOT/assets/examples" "$ROOT/assets/data" "$ROOT/assets/lessons" "$WORK/input/assets/"

# 2. The Java modules the jars use (java-modules.sh asks jdeps); jdeps takes a while, so its answer
# is kept for the same set of jars and the same script.
JARS_KEY="$( (cd "$WORK/input" && ls -l --time-style=+ ./*.jar | awk '{print $5, $NF}'; cat "$HERE/java-modules.sh") \
  | sha256sum | cut -c1-16)"
MODULES_CACHE="$TARGET/jdeps-cache/$JARS_KEY"
if [[ -f "$MODULES_CACHE" ]]; then
  step "the Java modules jdeps found for the same jars before"
else
  step "finding the Java modules with jdeps"
  mkdir -p "$(dirname "$MODULES_CACHE")"
  "$HERE/java-modules.sh" "$WORK/input" "$JAVA_OPTIONS" > "$MODULES_CACHE.tmp"
  mv "$MODULES_CACHE.tmp" "$MODULES_CACHE"
fi
MODULES="$(cat "$MODULES_CACHE")"
step "modules: $MODULES"

# 3. The trimmed runtime.
step "linking the runtime"
jlink --add-modules "$MODULES" --output "$WORK/runtime" \
  --strip-debug --no-header-files --no-man-pages --strip-native-commands
# javac's symbol files serve --release N only, which the job-class compiler never passes (8 MB)
rm -f "$WORK/runtime/lib/ct.sym"

# 4. The app image: a launcher with Flink's JVM options, the examples beside the jars.
step "building the app image"
# the class-data sharing archive the .deb's postinst makes (lib/archive-classes); quiet when it is absent
LAUNCHER_OPTIONS=(--java-options "-Dstudio.home=\$APPDIR" --java-options "-XX:SharedArchiveFile=\$APPDIR/pipeline-studio.jsa")
for option in -Xlog:cds=off -Xlog:cds+dynamic=off -Xlog:class+path=off; do
  LAUNCHER_OPTIONS+=(--java-options "$option")
done
for option in $JAVA_OPTIONS; do
  LAUNCHER_OPTIONS+=(--java-options "$option")
done
jpackage --type app-image --dest "$TARGET" --name "$NAME" --app-version "$APP_VERSION" \
  --vendor "Pipeline Studio" --description "Design batch and stream pipelines visually and run them on Apache Flink" \
  --input "$WORK/input" --main-jar "$MAIN_JAR" --main-class io.pipelinestudio.app.Main \
  --runtime-image "$WORK/runtime" --icon "$ROOT/assets/app-icon/pipeline-studio-256.png" \
  "${LAUNCHER_OPTIONS[@]}"
# the MIME type of pipeline files, installed by the .deb's scripts
mkdir -p "$TARGET/$NAME/lib/desktop"
cp "$HERE/linux/pipelinestudio-pipeline.xml" "$TARGET/$NAME/lib/desktop/"
for png in "$ROOT"/assets/app-icon/pipeline-studio-*.png; do
  cp "$png" "$TARGET/$NAME/lib/desktop/"
done
cp "$ROOT/assets/app-icon/pipeline-studio.svg" "$TARGET/$NAME/lib/desktop/"

# 5. The classes a start loads, listed by a headless run of the sample with the packaged runtime, and
# those the designer's first window needs (its preload list): the archive is made from this list where
# the jars are installed (Java 17 checks their paths), by lib/archive-classes, which postinst runs.
step "listing the classes a start loads"
LISTING="$WORK/class-listing"
mkdir -p "$LISTING"
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$LISTING/classes.txt -Dpipelinestudio.config.dir=$LISTING/config" \
  "$TARGET/$NAME/bin/pipeline-studio" run "$TARGET/$NAME/lib/app/assets/examples/window-count.json" \
  --param input="$TARGET/$NAME/lib/app/assets/data/window-count-sample.csv" \
  --param output="$LISTING/counts.csv" --rejected "$LISTING/rejected.tsv" > "$LISTING/run.log" 2>&1 \
  || { cat "$LISTING/run.log" >&2; echo "package.sh: the sample run for the class list failed" >&2; exit 1; }
grep -v '^#' "$ROOT/app/src/main/resources/io/pipelinestudio/app/preload-classes.txt" | tr . / >> "$LISTING/classes.txt"
cp "$LISTING/classes.txt" "$TARGET/$NAME/lib/app/pipeline-studio.classlist"
cp "$HERE/linux/archive-classes" "$TARGET/$NAME/lib/archive-classes"

# 6. The .deb: Depends on the system libraries JavaFX loads, desktop entry, icon and MIME type.
if [[ " $TYPES " == *" deb "* ]]; then
  command -v dpkg-deb >/dev/null || { echo "package.sh: dpkg-deb is needed for the .deb" >&2; exit 1; }
  step "building the .deb"
  jpackage --type deb --dest "$TARGET" --name "$NAME" --app-version "$APP_VERSION" \
    --vendor "Pipeline Studio" --description "Design batch and stream pipelines visually and run them on Apache Flink" \
    --app-image "$TARGET/$NAME" --resource-dir "$HERE/linux" \
    --icon "$ROOT/assets/app-icon/pipeline-studio-256.png" \
    --linux-package-name "$NAME" --install-dir /opt --linux-deb-maintainer "maintainers@pipelinestudio.io" \
    --linux-menu-group "Development" --linux-app-category devel --linux-shortcut \
    --linux-package-deps "libgtk-3-0, libgl1, libxxf86vm1, libxtst6, xdg-utils"
fi

step "done"
du -sh "$TARGET/$NAME" | sed 's/^/package.sh: app image /'
ls -l "$TARGET"/*.deb 2>/dev/null | awk '{printf "package.sh: %s %.1f MB\n", $NF, $5 / 1e6}' || true
