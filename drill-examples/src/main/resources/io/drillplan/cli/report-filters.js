// The region and exercise-type filters of the report: they act on the calendar and the
// team lanes alike and keep their state in the page address.
(function () {
  'use strict';
  var region = document.getElementById('filter-region');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name="type"]'));
  var items = Array.prototype.slice.call(document.querySelectorAll('[data-drill]'));
  var days = Array.prototype.slice.call(document.querySelectorAll('.day[data-date]'));
  function apply() {
    var wanted = {};
    boxes.forEach(function (b) { wanted[b.value] = b.checked; });
    var r = region.value;
    var shown = {};
    var count = 0;
    items.forEach(function (el) {
      var regions = ' ' + (el.getAttribute('data-regions') || '') + ' ';
      var ok = wanted[el.getAttribute('data-type')] !== false && (r === '' || regions.indexOf(' ' + r + ' ') >= 0);
      el.classList.toggle('off', !ok);
      if (ok && el.classList.contains('chip')) {
        var id = el.getAttribute('data-drill');
        if (!shown[id]) { shown[id] = true; count++; }
      }
    });
    days.forEach(function (day) {
      var visible = day.querySelectorAll('.chip:not(.off)');
      day.querySelector('.cnt').textContent = visible.length > 0 ? String(visible.length) : '';
      var perType = {};
      Array.prototype.forEach.call(visible, function (c) {
        var t = c.getAttribute('data-type');
        perType[t] = (perType[t] || 0) + 1;
      });
      Array.prototype.forEach.call(day.querySelectorAll('.mix i'), function (seg) {
        var k = perType[seg.getAttribute('data-type')] || 0;
        seg.style.width = visible.length > 0 ? (100 * k / visible.length) + '%' : '0';
      });
    });
    document.getElementById('shown-count').textContent = String(count);
    document.body.setAttribute('data-drills-shown', String(count));
  }
  // The filters live in the address too (#region=taiyuan&types=DIGITAL_DEDUCTION), so a
  // filtered view can be bookmarked or sent on.
  function fromHash() {
    var params = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (kv) {
      var i = kv.indexOf('=');
      if (i > 0) { params[kv.slice(0, i)] = decodeURIComponent(kv.slice(i + 1)); }
    });
    if (params.region !== undefined) {
      var known = Array.prototype.some.call(region.options, function (o) { return o.value === params.region; });
      region.value = known ? params.region : '';
    }
    if (params.types !== undefined) {
      var on = params.types.split(',');
      boxes.forEach(function (b) { b.checked = on.indexOf(b.value) >= 0; });
    }
  }
  function toHash() {
    var on = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    var parts = [];
    if (region.value !== '') { parts.push('region=' + encodeURIComponent(region.value)); }
    if (on.length !== boxes.length) { parts.push('types=' + on.join(',')); }
    try {
      history.replaceState(null, '', parts.length ? '#' + parts.join('&') : location.pathname + location.search);
    } catch (e) {
      // Some browsers refuse to touch the address of a local file; the filters work regardless.
    }
  }
  function changed() { apply(); toHash(); }
  region.addEventListener('change', changed);
  boxes.forEach(function (b) { b.addEventListener('change', changed); });
  window.addEventListener('hashchange', function () { fromHash(); apply(); });
  fromHash();
  apply();
  document.body.setAttribute('data-script-errors', String(window.drillScriptErrors));
})();
