#!/usr/bin/env bash
# Browser check of the HTML report: renders the pilot's report in headless Chromium, fails when a
# script error occurs or no drill is shown, and takes a screenshot for people to look at.
#
#   drill-examples/src/test/browser/check-report.sh            # plans the pilot (10 s) and checks its report
#   drill-examples/src/test/browser/check-report.sh PROBLEM SCHEDULE   # checks the report of an existing schedule
#
# Writes out/browser/pilot-report.html, pilot-report.dom.html and pilot-report.png under the
# repository root. Needs Debian's chromium (apt-get install chromium). Exit 0 when the page passes.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd -P)"
outdir="$root/out/browser"
report="$outdir/pilot-report.html"
dom="$outdir/pilot-report.dom.html"
shot="$outdir/pilot-report.png"
mkdir -p "$outdir"
rm -f "$report" "$dom" "$shot"

fail() {
  echo "check-report: FAIL: $*" >&2
  exit 1
}

browser="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
[ -n "$browser" ] || fail "chromium is not installed (apt-get install -y chromium)"

if [ $# -eq 2 ]; then
  echo "check-report: exporting the report of $2" >&2
  "$root/drill" export "$1" "$2" --html "$report" >&2
else
  echo "check-report: planning the pilot (10 s) for its report" >&2
  status=0
  "$root/drill" plan --time-limit 10s -o "$outdir/pilot-schedule.json" --html "$report" >/dev/null || status=$?
  # Exit 1 only says the schedule is infeasible; the report is still written and worth checking.
  [ "$status" -le 1 ] || fail "drill plan failed with exit code $status"
fi
[ -s "$report" ] || fail "no report was written at $report"

if grep -Eiq '<(script|link|img|iframe)[^>]+(src|href)=["'"'"']?(https?:)?//' "$report"; then
  fail "the report loads something over the network; it must be self-contained"
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# chrome FRAGMENT OPTION...: opens the report (with "#FRAGMENT" when not empty) in headless Chromium.
chrome() {
  local url="file://$report${1:+#$1}"
  shift
  # timeout: a hung browser must fail the check, not the whole CI job.
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-dev-shm-usage --hide-scrollbars --user-data-dir="$profile" "$@" "$url"
}

chrome "" --dump-dom >"$dom" 2>"$outdir/chromium.log" || fail "chromium could not render the page (see $outdir/chromium.log)"
body="$(grep -o '<body[^>]*>' "$dom" | head -n 1 || true)"
[ -n "$body" ] || fail "the dumped DOM has no <body> (see $dom)"
errors="$(sed -n 's/.*data-script-errors="\([0-9]*\)".*/\1/p' <<<"$body")"
shown="$(sed -n 's/.*data-drills-shown="\([0-9]*\)".*/\1/p' <<<"$body")"
total="$(sed -n 's/.*data-drills-total="\([0-9]*\)".*/\1/p' <<<"$body")"
[ -n "$errors" ] || fail "the page's script did not finish: <body> has no data-script-errors ($body)"
[ "$errors" = "0" ] || fail "the page raised $errors script error(s)"
[ -n "$shown" ] || fail "the page's script did not count the drills: <body> has no data-drills-shown"
[ "$shown" -gt 0 ] || fail "the page shows no drills (data-drills-shown=0)"
[ "$shown" = "$total" ] || fail "with no filter set the page shows $shown of $total drills"
grep -q 'class="grid"' "$dom" || fail "the calendar grid is missing"
grep -q '<svg' "$dom" || fail "the team timelines (SVG) are missing"

# The filters, driven through the address: only deductions, then only the first region listed.
count_chips() { grep -o '<li class="chip [^>]*>' "$report" | grep -c "$1" || true; }
filtered() {
  local page
  page="$(chrome "$1" --dump-dom 2>>"$outdir/chromium.log" | grep -o '<body[^>]*>' | head -n 1 || true)"
  sed -n 's/.*data-drills-shown="\([0-9]*\)".*/\1/p' <<<"$page"
}
want="$(count_chips 'data-type="DIGITAL_DEDUCTION"')"
got="$(filtered "types=DIGITAL_DEDUCTION")"
[ "$got" = "$want" ] || fail "the type filter shows ${got:-nothing} drills, expected the $want digital deductions"
region="$(grep -o '<select id="filter-region">.*</select>' "$report" | grep -o '<option value="[^"]\+"' | head -n 1 | cut -d'"' -f2 || true)"
if [ -n "$region" ]; then
  want="$(count_chips "data-regions=\"\([^\"]* \)\?$region\( [^\"]*\)\?\"")"
  got="$(filtered "region=$region")"
  [ "$got" = "$want" ] || fail "the region filter ($region) shows ${got:-nothing} drills, expected $want"
fi

chrome "" --screenshot="$shot" --window-size=1400,2400 2>>"$outdir/chromium.log" >/dev/null \
  || fail "chromium could not take a screenshot (see $outdir/chromium.log)"
[ -f "$shot" ] || fail "no screenshot at $shot"
size="$(stat -c %s "$shot")"
# A blank 1400x2400 page compresses to a few KB; a rendered calendar and lanes are far larger.
[ "$size" -gt 50000 ] || fail "the screenshot is only $size bytes: the page looks empty"

echo "check-report: OK: $shown drills shown, no script error; screenshot $shot ($size bytes)"
