#!/usr/bin/env bash
# Creates a class-data sharing archive (AppCDS) for the microbundle. Payara and the site load
# about 19,000 classes at every start; from the archive the JVM maps most of them ready-made
# instead of reading, parsing and verifying each one again, which saves seconds of start-up on
# a small machine (README, "Running on a small machine").
#
#   bin/create-cds-archive.sh JAR ARCHIVE [JVM option ...]
#
# It starts JAR once with -XX:ArchiveClassesAtExit, on a throw-away database in a temporary
# folder and with the content folder of the current directory (SITE_CONTENT_DIR), waits for
# /health/ready, asks for the public pages, and stops it: the JVM writes the classes it loaded
# to ARCHIVE as it ends. Give the JVM options the site runs with (heap, GC), and start the site
# with the same JAR path and -XX:SharedArchiveFile=ARCHIVE.
#
# An archive only fits the JAR and the JDK it was made with. A start with a stale or unreadable
# archive still starts, without it: the JVM logs a warning. Make the archive again after every
# build of the jar and every JDK update. SITE_HTTP_PORT chooses the port of the run (8080).
set -euo pipefail

if [ $# -lt 2 ]; then
    echo "usage: $0 JAR ARCHIVE [JVM option ...]" >&2
    exit 2
fi
jar=$1
archive=$2
shift 2
port=${SITE_HTTP_PORT:-8080}
[ -f "$jar" ] || { echo "No jar at $jar" >&2; exit 2; }

work=$(mktemp -d)
pid=""
cleanup() {
    if [ -n "$pid" ]; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

rm -f "$archive"
log="$work/training.log"
# The database lives and dies with the temporary folder; the content is the real one, so that
# the classes that load it (Markdown, YAML, sanitizer) are archived too.
SITE_DB_URL="jdbc:derby:$work/data;create=true" \
    java "$@" -XX:ArchiveClassesAtExit="$archive" -Djava.io.tmpdir="$work" -jar "$jar" --port "$port" \
    > "$log" 2>&1 &
pid=$!

ready=""
for _ in $(seq 1 300); do
    if ! kill -0 "$pid" 2>/dev/null; then
        break
    fi
    if curl -fs -o /dev/null "http://localhost:$port/health/ready"; then
        ready=1
        break
    fi
    sleep 0.5
done
if [ -z "$ready" ]; then
    echo "The site did not become ready, so no CDS archive was made; its log ends with:" >&2
    tail -30 "$log" >&2
    exit 1
fi

# The first request of each page loads the classes that render it: archive those too.
for path in / /artikelen /cases /diensten /consultants /contact /bestaat-niet; do
    curl -s -o /dev/null "http://localhost:$port$path" || true
done

# SIGTERM: Payara shuts down and the JVM writes the archive as it exits.
kill -TERM "$pid"
wait "$pid" 2>/dev/null || true
pid=""
if [ ! -s "$archive" ]; then
    echo "The JVM ended without writing $archive; its log ends with:" >&2
    tail -30 "$log" >&2
    exit 1
fi
echo "CDS archive $archive ($(du -h "$archive" | cut -f1)) for $jar"
