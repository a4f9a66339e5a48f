#!/usr/bin/env bash
# Installs the system packages banso's tests use, only when they are missing.
# Debian packages: chromium (browser tests), postgresql (engine tests: tests/engines/pg_server.py starts a
# server from initdb and pg_ctl, found in /usr/local/bin or /usr/lib/postgresql/*/bin), a Java runtime
# (engine tests: Spark in local mode; pyspark 4 needs Java 17 or later).
set -euo pipefail
need=()
# Entries are added as features that need them land: "command:package" (or "/path/of/a/file:package").
# openssl: test certificates (SMTP STARTTLS); chromium: the browser tests; fonts-noto-cjk: Japanese text in its screenshots; wrk: the web benchmark;
# npm (and Node.js with it): installs the browser SDKs the collector's browser test runs (make browser-sdks).
for pair in ${BANSO_SYSTEM_PACKAGES:-openssl:openssl chromium:chromium /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc:fonts-noto-cjk wrk:wrk npm:npm}; do
  cmd=${pair%%:*}; pkg=${pair##*:}
  if [[ "$cmd" == /* ]]; then [ -e "$cmd" ] || need+=("$pkg"); continue; fi
  command -v "$cmd" >/dev/null 2>&1 || need+=("$pkg")
done
# Debian keeps the PostgreSQL server programs out of PATH, in a folder per major version.
if ! [ -x /usr/local/bin/initdb ] && ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  need+=(postgresql)
fi
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  echo "installing system packages: ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
