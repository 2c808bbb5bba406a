#!/usr/bin/env bash
# Browser check of the HTML report, in Chinese and in English: plans the pilot once per language,
# renders each report in headless Chromium and fails when
#   - a script error occurs, or the script does not finish;
#   - a text is untranslated (the report shows a missing key as ??key??) or the page is not in
#     its language (<html lang="zh-CN"> with Chinese headings, or lang="en");
#   - no drill is shown, or the filters show a wrong number of drills;
#   - the map draws a wrong number of markers: one per drill held, the same as the calendar's
#     drills and the report's count, on every scheduled unit; the filters must act on it too;
# and takes a screenshot of each page for people to look at.
#
#   drill-examples/src/test/browser/check-report.sh            # plans the pilot (2 x 10 s) and checks both reports
#   drill-examples/src/test/browser/check-report.sh PROBLEM SCHEDULE   # checks the reports of an existing schedule
#
# The Chinese report comes from the environment (LANG=zh_CN.UTF-8, as a planner's machine has it),
# the English one from --lang en under the same environment, so that both ways of choosing the
# language are exercised. Writes out/browser/pilot-report-<lang>.html, .dom.html and .png under
# the repository root. Needs Debian's chromium (apt-get install chromium). Exit 0 when both pass.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd -P)"
outdir="$root/out/browser"
mkdir -p "$outdir"

fail() {
  echo "check-report: FAIL: $*" >&2
  exit 1
}

browser="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
[ -n "$browser" ] || fail "chromium is not installed (apt-get install -y chromium)"

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

# in_chinese ARGS...: runs ./drill ARGS under LANG=zh_CN.UTF-8, with no LC_ALL or LC_MESSAGES to override it.
in_chinese() {
  env -u LC_ALL -u LC_MESSAGES LANG=zh_CN.UTF-8 "$root/drill" "$@"
}

# chrome REPORT FRAGMENT OPTION...: opens the report (with "#FRAGMENT" when not empty) in headless Chromium.
chrome() {
  local url="file://$1${2:+#$2}"
  shift 2
  # timeout: a hung browser must fail the check, not the whole CI job.
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-dev-shm-usage --hide-scrollbars --user-data-dir="$profile" "$@" "$url"
}

# attr NAME TEXT: the value of data-NAME in TEXT (the first one).
attr() { sed -n "s/.*data-$1=\"\([0-9]*\)\".*/\1/p" <<<"$2" | head -n 1; }

check() {
  local lang="$1" report="$outdir/pilot-report-$1.html" dom="$outdir/pilot-report-$1.dom.html"
  local shot="$outdir/pilot-report-$1.png" log="$outdir/chromium-$1.log"
  local args=()
  [ "$lang" = en ] && args=(--lang en)
  rm -f "$report" "$dom" "$shot"
  if [ -n "${problem:-}" ]; then
    echo "check-report [$lang]: exporting the report of $schedule" >&2
    in_chinese export "$problem" "$schedule" --html "$report" "${args[@]}" >&2
  else
    echo "check-report [$lang]: planning the pilot (10 s) for its report" >&2
    local status=0
    in_chinese plan --time-limit 10s -o "$outdir/pilot-schedule-$lang.json" --html "$report" "${args[@]}" \
      >"$outdir/plan-$lang.txt" || status=$?
    # Exit 1 only says the schedule is infeasible; the report is still written and worth checking.
    [ "$status" -le 1 ] || fail "[$lang] drill plan failed with exit code $status"
  fi
  [ -s "$report" ] || fail "[$lang] no report was written at $report"

  if grep -Eiq '<(script|link|img|iframe)[^>]+(src|href)=["'"'"']?(https?:)?//' "$report"; then
    fail "[$lang] the report loads something over the network; it must be self-contained"
  fi
  if [ "$lang" = zh ]; then
    grep -q '<html lang="zh-CN">' "$report" || fail "[zh] the report is not marked <html lang=\"zh-CN\">"
    grep -q '<h2>日历</h2>' "$report" || fail "[zh] the report under LANG=zh_CN.UTF-8 is not in Chinese"
  else
    grep -q '<html lang="en">' "$report" || fail "[en] the report is not marked <html lang=\"en\">"
    grep -q '<h2>Calendar</h2>' "$report" || fail "[en] the report under --lang en is not in English"
  fi

  chrome "$report" "" --dump-dom >"$dom" 2>"$log" || fail "[$lang] chromium could not render the page (see $log)"
  local body errors shown total
  body="$(grep -o '<body[^>]*>' "$dom" | head -n 1 || true)"
  [ -n "$body" ] || fail "[$lang] the dumped DOM has no <body> (see $dom)"
  errors="$(attr script-errors "$body")"
  shown="$(attr drills-shown "$body")"
  total="$(attr drills-total "$body")"
  [ -n "$errors" ] || fail "[$lang] the page's script did not finish: <body> has no data-script-errors ($body)"
  [ "$errors" = "0" ] || fail "[$lang] the page raised $errors script error(s)"
  [ -n "$shown" ] || fail "[$lang] the page's script did not count the drills: <body> has no data-drills-shown"
  [ "$shown" -gt 0 ] || fail "[$lang] the page shows no drills (data-drills-shown=0)"
  [ "$shown" = "$total" ] || fail "[$lang] with no filter set the page shows $shown of $total drills"
  local missing
  missing="$(grep -oE '\?\?[A-Za-z][A-Za-z0-9_.-]*\?\?' "$dom" | sort -u | head -n 5 | tr '\n' ' ' || true)"
  [ -z "$missing" ] || fail "[$lang] untranslated text in the page: $missing"
  grep -q 'class="grid"' "$dom" || fail "[$lang] the calendar grid is missing"
  grep -q '<svg' "$dom" || fail "[$lang] the team timelines (SVG) are missing"

  # The map: one marker per drill held, as many as the calendar's drills and the report's count.
  local section markers units chips drawn drawn_units map_shown
  section="$(grep -o '<section id="map"[^>]*>' "$dom" | head -n 1 || true)"
  [ -n "$section" ] || fail "[$lang] the map is missing"
  markers="$(attr map-markers "$section")"
  units="$(attr map-units "$section")"
  drawn="$(grep -o '<circle class="mk [^>]*>' "$dom" | wc -l)"
  drawn_units="$(grep -o '<circle class="mk [^>]*>' "$dom" | grep -o 'data-unit="[^"]*"' | sort -u | wc -l)"
  # Only the tag's start: the dumped DOM writes the line breaks of a chip's tooltip as they are.
  chips="$(grep -o '<li class="chip ' "$dom" | wc -l)"
  map_shown="$(attr map-shown "$body")"
  [ "$drawn" = "$markers" ] || fail "[$lang] the map draws $drawn markers but says it has $markers"
  [ "$drawn" = "$chips" ] || fail "[$lang] the map draws $drawn markers for the calendar's $chips drills"
  [ "$drawn" = "$total" ] || fail "[$lang] the map draws $drawn markers for the report's $total drills held (every pilot unit has coordinates)"
  [ "$drawn_units" = "$units" ] || fail "[$lang] the map's markers are at $drawn_units units, the report counts $units"
  [ "$map_shown" = "$drawn" ] || fail "[$lang] with no filter set the map shows ${map_shown:-no} markers of $drawn"
  grep -q '<g class="base"' "$dom" || fail "[$lang] the map shows no team base"
  grep -q '<circle class="reach"' "$dom" || fail "[$lang] the map shows no service radius"

  # The filters, driven through the address: only deductions, then only the first region listed.
  # Both the calendar's count and the map's must follow them.
  count_in_report() { grep -o "<$1 class=\"$2 [^>]*>" "$report" | grep -c "$3" || true; }
  filtered() {
    chrome "$report" "$1" --dump-dom 2>>"$log" | grep -o '<body[^>]*>' | head -n 1 || true
  }
  local want want_map got page region
  want="$(count_in_report li chip 'data-type="DIGITAL_DEDUCTION"')"
  want_map="$(count_in_report circle mk 'data-type="DIGITAL_DEDUCTION"')"
  page="$(filtered "types=DIGITAL_DEDUCTION")"
  got="$(attr drills-shown "$page")"
  [ "$got" = "$want" ] || fail "[$lang] the type filter shows ${got:-nothing} drills, expected the $want digital deductions"
  got="$(attr map-shown "$page")"
  [ "$got" = "$want_map" ] || fail "[$lang] under the type filter the map shows ${got:-no} markers, expected $want_map"
  region="$(grep -o '<select id="filter-region">.*</select>' "$report" | grep -o '<option value="[^"]\+"' | head -n 1 | cut -d'"' -f2 || true)"
  if [ -n "$region" ]; then
    local pattern="data-regions=\"\([^\"]* \)\?$region\( [^\"]*\)\?\""
    want="$(count_in_report li chip "$pattern")"
    want_map="$(count_in_report circle mk "$pattern")"
    page="$(filtered "region=$region")"
    got="$(attr drills-shown "$page")"
    [ "$got" = "$want" ] || fail "[$lang] the region filter ($region) shows ${got:-nothing} drills, expected $want"
    got="$(attr map-shown "$page")"
    [ "$got" = "$want_map" ] || fail "[$lang] under the region filter ($region) the map shows ${got:-no} markers, expected $want_map"
  fi

  chrome "$report" "" --screenshot="$shot" --window-size=1400,2400 2>>"$log" >/dev/null \
    || fail "[$lang] chromium could not take a screenshot (see $log)"
  [ -f "$shot" ] || fail "[$lang] no screenshot at $shot"
  local size
  size="$(stat -c %s "$shot")"
  # A blank 1400x2400 page compresses to a few KB; a rendered calendar and lanes are far larger.
  [ "$size" -gt 50000 ] || fail "[$lang] the screenshot is only $size bytes: the page looks empty"

  echo "check-report [$lang]: OK: $shown drills shown, $drawn map markers at $drawn_units units, no script error, no untranslated text; screenshot $shot ($size bytes)"
}

problem=""
schedule=""
if [ $# -eq 2 ]; then
  problem="$1"
  schedule="$2"
fi
for lang in zh en; do
  check "$lang"
done
