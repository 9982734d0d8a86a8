#!/usr/bin/env bash
# The package's integration test (Maven phase integration-test, so `mvn verify` runs it on Linux):
# unpacks the .deb into a temporary folder with dpkg-deb -x (nothing is installed system-wide), checks
# what it declares and holds, runs its launcher headless on the window-count example and compares the
# result with what ./studio run computes (the same main class on the build's classpath and the JDK),
# checks --version and the class-data sharing archive postinst makes, and starts the designer on the
# display ($DISPLAY, as under xvfb-run) until its main window and, on this first launch, the example
# gallery are on screen.
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
TARGET="$HERE/target"
VERSION="" JAVA_OPTIONS="" CLASSPATH_LIST=""
while (($#)); do
  case "$1" in
    --version) VERSION="$2"; shift 2 ;;
    --java-options) JAVA_OPTIONS="$2"; shift 2 ;;
    --classpath) CLASSPATH_LIST="$2"; shift 2 ;;
    *) echo "test-package.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

started=$SECONDS
failures=0
pass() { echo "test-package.sh: [$((SECONDS - started)) s] ok: $*"; }
fail() { echo "test-package.sh: [$((SECONDS - started)) s] FAILED: $*" >&2; failures=$((failures + 1)); }
check() { local what="$1"; shift; if "$@"; then pass "$what"; else fail "$what"; return 1; fi; }

DEB="$(ls "$TARGET"/pipeline-studio_*.deb 2>/dev/null | head -1)"
[[ -f "$DEB" ]] || { echo "test-package.sh: no .deb in $TARGET; run ./studio package" >&2; exit 1; }
SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/pipeline-studio-package-test.XXXXXX")"
GUI_PID=""
cleanup() {
  [[ -n "$GUI_PID" ]] && kill "$GUI_PID" 2>/dev/null || true
  rm -rf "$SCRATCH"
}
trap cleanup EXIT

# ---- what the .deb declares and holds ----
dpkg-deb -x "$DEB" "$SCRATCH/root" && dpkg-deb -e "$DEB" "$SCRATCH/control" || exit 1
INSTALL="$SCRATCH/root/opt/pipeline-studio"
LAUNCHER="$INSTALL/bin/pipeline-studio"
DEPENDS="$(dpkg-deb -f "$DEB" Depends)"
for library in libgtk-3-0 libgl1 libxxf86vm1 libxtst6; do
  check "the .deb depends on $library" grep -qw -- "$library" <<< "$DEPENDS"
done
check "the launcher is executable" test -x "$LAUNCHER"
# what users download: the Kafka connector and RocksDB included, it stays under 100 MB
check "the .deb is under 100 MB ($(($(stat -c %s "$DEB") / 1000000)) MB)" test "$(stat -c %s "$DEB")" -lt 100000000
DESKTOP_FILE="$(ls "$INSTALL"/lib/*.desktop 2>/dev/null | head -1)"
check "a desktop entry opens pipeline files with the launcher" \
  grep -q "^MimeType=application/x-pipeline-studio+json;" "${DESKTOP_FILE:-/dev/null}"
check "the desktop entry names the product icon" grep -q "^Icon=pipeline-studio$" "${DESKTOP_FILE:-/dev/null}"
check "the MIME type of pipeline files ships" test -f "$INSTALL/lib/desktop/pipelinestudio-pipeline.xml"
check "the icon ships as SVG and PNGs" test -f "$INSTALL/lib/desktop/pipeline-studio.svg" -a -f "$INSTALL/lib/desktop/pipeline-studio-256.png"
check "postinst installs the desktop entry, MIME type and icons" \
  grep -q "xdg-desktop-menu install.*pipeline-studio.*desktop" "$SCRATCH/control/postinst"
check "prerm removes the desktop entry, MIME type and icons" \
  bash -c 'grep -q "xdg-desktop-menu uninstall" "$1" && grep -q "xdg-mime uninstall" "$1" && grep -q "xdg-icon-resource uninstall" "$1"' _ "$SCRATCH/control/prerm"
check "the examples and sample data ship with the package" \
  diff -r "$ROOT/assets/examples" "$INSTALL/lib/app/assets/examples"

# ---- the class-data sharing archive, made where the jars lie as postinst makes it ----
check "postinst archives the classes a start loads" grep -q "/opt/pipeline-studio/lib/archive-classes" "$SCRATCH/control/postinst"
check "prerm removes the class archive" grep -q "rm -f /opt/pipeline-studio/lib/app/pipeline-studio.jsa" "$SCRATCH/control/prerm"
check "the package lists the classes a start loads" \
  test "$(grep -c . "$INSTALL/lib/app/pipeline-studio.classlist" 2>/dev/null || echo 0)" -gt 10000
check "lib/archive-classes makes the class archive" "$INSTALL/lib/archive-classes"
check "the launcher maps the class archive (-Xshare:on fails a start that cannot)" \
  bash -c 'JAVA_TOOL_OPTIONS=-Xshare:on "$1" --version > /dev/null 2>&1' _ "$LAUNCHER"

# ---- the same command line as ./studio ----
STUDIO_JAVA=(java $JAVA_OPTIONS -Dstudio.home="$ROOT" -cp "$CLASSPATH_LIST" io.pipelinestudio.app.Main)
# a new user's config folder (Java takes user.home from the password database, not $HOME, so the
# designer's per-user folder is moved with XDG_CONFIG_HOME, which it honours)
export XDG_CONFIG_HOME="$SCRATCH/config"
mkdir -p "$XDG_CONFIG_HOME" "$SCRATCH/installed" "$SCRATCH/reference"

run_window_count() { # $1 = output folder, then the command
  local out="$1"; shift
  (cd "$SCRATCH" && "$@" run "$ROOT/assets/examples/window-count.json" --mode streaming \
      --param input="$ROOT/assets/data/window-count-sample.csv" --param output="$out/counts.csv" \
      > "$out/stdout" 2> "$out/stderr"; echo $? > "$out/exit")
}
# what a run prints, with its timings and output folder made comparable
report() { cat "$1/stderr" "$1/stdout" | grep -v WARNING | sed -e "s|$1|OUT|g" -e 's/[0-9.]* s\b/N s/g'; }
run_window_count "$SCRATCH/reference" "${STUDIO_JAVA[@]}"
run_window_count "$SCRATCH/installed" "$LAUNCHER"
check "./studio run succeeds on window-count" test "$(cat "$SCRATCH/reference/exit")" = 0
check "the installed launcher succeeds on window-count" test "$(cat "$SCRATCH/installed/exit")" = 0 \
  || cat "$SCRATCH/installed/stderr" >&2
check "the installed launcher writes the same windowed counts as ./studio run" \
  diff <(sort "$SCRATCH/reference/counts.csv") <(sort "$SCRATCH/installed/counts.csv")
check "the windowed counts are not empty" test -s "$SCRATCH/installed/counts.csv"
check "the installed launcher rejects the same records as ./studio run" \
  diff <(sort "$SCRATCH/reference/counts.csv.rejected.tsv") <(sort "$SCRATCH/installed/counts.csv.rejected.tsv")
check "the installed launcher reports the run as ./studio run does (timings aside)" \
  diff <(report "$SCRATCH/reference") <(report "$SCRATCH/installed")
check "the installed launcher prints no warning about its Java runtime" \
  bash -c '! grep -q "Unknown module" "$1"' _ "$SCRATCH/installed/stderr"

# RocksDB's native library is the one of its jar's libraries the package keeps: the same counts with state in it
sed 's/"formatVersion" : 1,/"formatVersion" : 1, "job" : { "stateBackend" : "rocksdb" },/' \
  "$ROOT/assets/examples/window-count.json" > "$SCRATCH/window-count-rocksdb.json"
mkdir -p "$SCRATCH/rocksdb"
(cd "$SCRATCH" && "$LAUNCHER" run "$SCRATCH/window-count-rocksdb.json" --mode streaming \
    --param input="$ROOT/assets/data/window-count-sample.csv" --param output="$SCRATCH/rocksdb/counts.csv" \
    > "$SCRATCH/rocksdb/stdout" 2> "$SCRATCH/rocksdb/stderr")
check "the installed launcher keeps state in RocksDB and counts the same windows" \
  diff <(sort "$SCRATCH/reference/counts.csv") <(sort "$SCRATCH/rocksdb/counts.csv") \
  || cat "$SCRATCH/rocksdb/stderr" >&2

check "the installed launcher validates a pipeline" \
  "$LAUNCHER" validate "$ROOT/assets/examples/window-count.json" --param input="$ROOT/assets/data/window-count-sample.csv"
(cd "$SCRATCH" && "$LAUNCHER" run "$SCRATCH/missing.json" > /dev/null 2>&1)
installed_exit=$?
(cd "$SCRATCH" && "${STUDIO_JAVA[@]}" run "$SCRATCH/missing.json" > /dev/null 2>&1)
reference_exit=$?
check "the installed launcher exits on a missing pipeline as ./studio does ($reference_exit)" \
  test "$installed_exit" = "$reference_exit" -a "$installed_exit" != 0

# ---- --version ----
"$LAUNCHER" --version > "$SCRATCH/version" 2>&1
check "--version names the product and the Maven version" grep -qx "Pipeline Studio $VERSION" "$SCRATCH/version"
check "--version names Flink and JavaFX" grep -q "^Apache Flink .*" "$SCRATCH/version"
check "--version names the bundled Java runtime" grep -q "^Java 17" "$SCRATCH/version"
check "--version agrees with ./studio --version" diff <(head -3 "$SCRATCH/version") <("${STUDIO_JAVA[@]}" --version 2>/dev/null | head -3)

# ---- the designer on the display, on a first launch ----
if [[ -z "${DISPLAY:-}" ]]; then
  fail "the designer needs a display: run under xvfb-run (bash .ci/run does)"
elif ! command -v xwininfo > /dev/null; then
  fail "xwininfo (x11-utils) is needed to see the designer's windows"
else
  touch "$SCRATCH/before-gui"
  (cd "$SCRATCH" && exec "$LAUNCHER" > "$SCRATCH/gui.log" 2>&1) &
  GUI_PID=$!
  windows=""
  for _ in $(seq 1 240); do
    windows="$(xwininfo -root -tree 2>/dev/null || true)"
    if grep -q ' Pipeline Studio"' <<< "$windows" && grep -q '"Examples"' <<< "$windows" \
        && [[ -f "$XDG_CONFIG_HOME/pipeline-studio/examples-shown" ]]; then
      break
    fi
    kill -0 "$GUI_PID" 2>/dev/null || break
    sleep 0.5
  done
  check "the designer's main window appears" grep -q ' Pipeline Studio"' <<< "$windows" || cat "$SCRATCH/gui.log" >&2
  check "the example gallery opens on the first launch" grep -q '"Examples"' <<< "$windows"
  kill "$GUI_PID" 2>/dev/null || true
  wait "$GUI_PID" 2>/dev/null || true
  GUI_PID=""
  check "the first launch is recorded in the per-user config folder" test -f "$XDG_CONFIG_HOME/pipeline-studio/examples-shown"
  check "nothing is written inside the installation" \
    test -z "$(find "$SCRATCH/root" -newer "$SCRATCH/before-gui" -print -quit)"
fi

echo "test-package.sh: $(du -sh "$TARGET/pipeline-studio" | cut -f1) app image, $(du -h "$DEB" | cut -f1) .deb, tested in $((SECONDS - started)) s"
if ((failures)); then
  echo "test-package.sh: $failures check(s) failed" >&2
  exit 1
fi
