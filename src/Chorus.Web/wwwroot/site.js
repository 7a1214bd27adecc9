// Chorus reader: keyboard navigation and small enhancements. Every page works without this file.
(function () {
  'use strict';

  var items = function () { return Array.prototype.slice.call(document.querySelectorAll('[data-nav="item"]')); };
  var current = -1;
  var pendingG = false;

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  function move(step) {
    var list = items();
    if (list.length === 0) { return; }
    var focused = list.indexOf(document.activeElement);
    if (focused >= 0) { current = focused; }
    current = Math.max(0, Math.min(list.length - 1, current + step));
    list.forEach(function (item, i) { item.classList.toggle('current', i === current); });
    list[current].focus({ preventScroll: true });
    list[current].scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }

  function openCurrent() {
    var item = document.activeElement;
    if (!item || item.getAttribute('data-nav') !== 'item') { return false; }
    var details = item.querySelector('details.evidence');
    if (details) {
      details.open = !details.open;
      return true;
    }
    var link = item.querySelector('a[href]');
    if (link) { link.click(); return true; }
    return false;
  }

  function showShortcuts() {
    var dialog = document.getElementById('shortcuts');
    if (dialog && typeof dialog.showModal === 'function' && !dialog.open) { dialog.showModal(); }
  }

  // A source chip opens its sentence's sources in context and moves focus there.
  document.addEventListener('click', function (event) {
    var cite = event.target.closest && event.target.closest('a.cite');
    if (!cite) { return; }
    var details = document.getElementById(cite.getAttribute('aria-controls'));
    if (!details) { return; }
    event.preventDefault();
    details.open = !details.open;
    cite.setAttribute('aria-expanded', String(details.open));
    if (details.open) {
      var first = details.querySelector('.match a');
      if (first) { first.focus({ preventScroll: true }); }
      details.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
  });

  document.addEventListener('toggle', function (event) {
    var details = event.target;
    if (!details.classList || !details.classList.contains('evidence')) { return; }
    var cite = document.querySelector('a.cite[aria-controls="' + details.id + '"]');
    if (cite) { cite.setAttribute('aria-expanded', String(details.open)); }
  }, true);

  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) { return; }
    var key = event.key;
    if (pendingG) {
      pendingG = false;
      if (key === 'h') { window.location.href = '/'; event.preventDefault(); }
      return;
    }
    if (key === 'j') { move(1); event.preventDefault(); }
    else if (key === 'k') { move(-1); event.preventDefault(); }
    else if (key === 'o' || (key === 'Enter' && document.activeElement && document.activeElement.getAttribute('data-nav') === 'item')) {
      if (openCurrent()) { event.preventDefault(); }
    }
    else if (key === '?') { showShortcuts(); event.preventDefault(); }
    else if (key === '/') {
      var search = document.getElementById('q') || document.querySelector('[data-shortcut-search]');
      if (search) { search.focus(); search.select(); event.preventDefault(); }
    }
    else if (key === 'g') { pendingG = true; }
  });

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-open-shortcuts]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', showShortcuts);
    });
    document.querySelectorAll('a.cite').forEach(function (cite) { cite.setAttribute('aria-expanded', 'false'); });
    // Arriving at a sentence's sources by address (#c3-sources) opens them.
    if (location.hash) {
      var target = document.getElementById(location.hash.slice(1));
      var details = target && target.closest('details');
      if (details) { details.open = true; }
    }
  });
})();
