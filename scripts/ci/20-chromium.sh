#!/usr/bin/env bash
# Sourced by .ci/run: the browser tests (sitrep-server WorkbenchBrowserTest) drive Debian's
# headless Chromium through Debian's chromedriver; Selenium is pointed at these paths and never
# downloads a browser or driver itself.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "20-chromium.sh: installing chromium and chromium-driver"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
/usr/bin/chromium --version 2>/dev/null | head -1 || true
