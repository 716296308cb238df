#!/usr/bin/env bash
# `nginx -t` on deploy/nginx.conf, as it will be installed: the two included
# files and the cache directory at their places, a throwaway certificate for
# the TLS server. Catches directives this nginx (Debian's) does not know.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=lbpfix.example \
  -keyout "$work/privkey.pem" -out "$work/fullchain.pem" 2>/dev/null
mkdir -p "$work/cache"
sed -e "s#/etc/ssl/lbpfix/#$work/#g" \
    -e "s#/etc/nginx/lbpfix-maps.conf#$PWD/deploy/lbpfix-maps.conf#" \
    -e "s#/etc/nginx/lbpfix-locations.conf#$PWD/deploy/lbpfix-locations.conf#" \
    -e "s#/var/cache/nginx/lbpfix#$work/cache#" \
    deploy/nginx.conf > "$work/nginx.conf"
nginx -t -c "$work/nginx.conf" -g "pid $work/nginx.pid; error_log $work/error.log;"
