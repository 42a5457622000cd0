#!/usr/bin/env bash
# Installs the measuring tools from Debian when they are missing. Postfix is installed for its
# smtp-source and smtp-sink binaries only: it is configured as "No configuration" and its mail
# server is stopped, so nothing of it listens on port 25.
set -euo pipefail

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v pgbench >/dev/null || missing+=(postgresql-contrib)
command -v psql >/dev/null || missing+=(postgresql-client)
command -v jq >/dev/null || missing+=(jq)
command -v gawk >/dev/null || missing+=(gawk)
command -v curl >/dev/null || missing+=(curl)
command -v bc >/dev/null || missing+=(bc)
[ -x /usr/sbin/smtp-source ] || missing+=(postfix)
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
export DEBIAN_FRONTEND=noninteractive
echo "postfix postfix/main_mailer_type select No configuration" | $sudo debconf-set-selections
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
if [[ " ${missing[*]} " == *" postfix "* ]]; then
  $sudo systemctl disable --now postfix >/dev/null 2>&1 || true
  $sudo postfix stop >/dev/null 2>&1 || true
fi
