#!/usr/bin/env bash
# Make a Chromium available for scrapy-playwright: Debian's package when we may install it.
# Playwright's own browser download needs the internet; where it exists it is used instead.
set -u
for exe in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  [ -x "$exe" ] && exit 0
done
ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium* >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing Debian's chromium (for JS-rendered shops)"
  (apt-get install -y -qq chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }) && exit 0
fi
exit 1
