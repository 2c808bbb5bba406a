// The region and exercise-type filters of the report: they act on the calendar, the team lanes
// and the map alike and keep their state in the page address. The map's own controls switch its
// colours between exercise type and date and show or hide the service radii.
(function () {
  'use strict';
  var region = document.getElementById('filter-region');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name="type"]'));
  var items = Array.prototype.slice.call(document.querySelectorAll('[data-drill]'));
  var days = Array.prototype.slice.call(document.querySelectorAll('.day[data-date]'));
  var markers = items.filter(function (el) { return el.classList.contains('mk'); });
  var bases = Array.prototype.slice.call(document.querySelectorAll('#map .base'));
  var map = document.getElementById('map');
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
    // The map: markers left by the filters, their units, and the bases of the teams guiding them.
    var mapShown = 0;
    var units = {};
    var unitCount = 0;
    var busy = {};
    markers.forEach(function (m) {
      if (m.classList.contains('off')) { return; }
      mapShown++;
      var u = m.getAttribute('data-unit');
      if (!units[u]) { units[u] = true; unitCount++; }
      (m.getAttribute('data-teams') || '').split(' ').forEach(function (t) { if (t) { busy[t] = true; } });
    });
    bases.forEach(function (b) { b.classList.toggle('dim', !busy[b.getAttribute('data-team')]); });
    document.body.setAttribute('data-map-shown', String(mapShown));
    document.body.setAttribute('data-map-units-shown', String(unitCount));
  }
  function mapControls() {
    if (!map) { return; }
    var colour = map.querySelector('input[name="map-colour"]:checked');
    map.classList.toggle('date-mode', colour !== null && colour.value === 'date');
    var reach = document.getElementById('map-reach');
    map.classList.toggle('no-reach', reach !== null && !reach.checked);
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
  Array.prototype.forEach.call(document.querySelectorAll('.map-controls input'), function (i) {
    i.addEventListener('change', mapControls);
  });
  fromHash();
  apply();
  mapControls();
  document.body.setAttribute('data-script-errors', String(window.drillScriptErrors));
})();
