/**
 * The optional enhancement script (plain ES2017, no dependencies, no network). Everything
 * works without it; with it:
 *
 * - hovering or focusing a highlight, a note reference or a note outlines every fragment
 *   of that annotation and its note (and scrolls the margin column to the note);
 * - keys `n` / `p` move to the next / previous annotation, `Shift` + `n` / `p` to the
 *   next / previous of the same kind, `Enter` on a highlight moves to its note; kinds
 *   switched off by the filters are skipped; a live region says where you are. The
 *   single-key shortcuts can be switched off with a checkbox (WCAG 2.1.4).
 *
 * Include it after the edition in the page of a fragment; standalone pages inline it.
 *
 * @example
 * ```ts
 * import { editionScript } from '@scholion/html'
 *
 * const script = `<script>${editionScript}</script>`
 * ```
 */
export const editionScript: string = `(function () {
  'use strict';
  var editions = document.querySelectorAll('.scholion-edition');
  for (var e = 0; e < editions.length; e++) enhance(editions[e], e === 0);

  function enhance(root, primary) {
    var keys = root.querySelector('.scholion-keys');
    if (keys) keys.hidden = false;
    var status = root.querySelector('.scholion-status');
    var toggle = root.querySelector('.scholion-shortcuts');
    var notesColumn = root.querySelector('.scholion-notes');
    var index = new Map();
    var linked = root.querySelectorAll('[data-annotations],[data-annotation]');
    for (var i = 0; i < linked.length; i++) {
      var ids = idsOf(linked[i]);
      for (var j = 0; j < ids.length; j++) {
        if (!index.has(ids[j])) index.set(ids[j], []);
        index.get(ids[j]).push(linked[i]);
      }
    }
    var starts = root.querySelectorAll('mark[data-scholion-start]');
    var current = [];

    function idsOf(element) {
      var value = element.getAttribute('data-annotations');
      if (value === null) value = element.getAttribute('data-annotation') || '';
      return value.split(' ').filter(Boolean);
    }
    function owner(target) {
      if (!target || !target.closest) return null;
      var element = target.closest('mark[data-annotations],.scholion-ref,.scholion-note');
      return element && root.contains(element) ? idsOf(element)[0] || null : null;
    }
    function clear() {
      for (var i = 0; i < current.length; i++) current[i].classList.remove('is-active');
      current = [];
    }
    function activate(id, scrollNote) {
      clear();
      current = index.get(id) || [];
      for (var i = 0; i < current.length; i++) current[i].classList.add('is-active');
      if (scrollNote && notesColumn && notesColumn.scrollHeight > notesColumn.clientHeight + 1) {
        for (var k = 0; k < current.length; k++) {
          var note = current[k];
          if (note.classList.contains('scholion-note') && notesColumn.contains(note)) {
            notesColumn.scrollTop = note.offsetTop - notesColumn.offsetTop - 16;
          }
        }
      }
    }
    root.addEventListener('mouseover', function (event) {
      var id = owner(event.target);
      if (id) activate(id, !(event.target.closest && event.target.closest('.scholion-notes')));
    });
    root.addEventListener('mouseout', function () { clear(); });
    root.addEventListener('focusin', function (event) {
      var id = owner(event.target);
      if (id) activate(id, !(event.target.closest && event.target.closest('.scholion-notes')));
    });
    root.addEventListener('focusout', function () { clear(); });

    function kindToken(mark) {
      var names = mark.className.split(' ');
      for (var i = 0; i < names.length; i++) {
        if (names[i].indexOf('scholion-kind-') === 0) return names[i].slice(14);
      }
      return '';
    }
    function shown(mark) {
      var filter = root.querySelector('.scholion-filter-' + kindToken(mark));
      // Skip kinds switched off and marks in collapsed site furniture (not rendered).
      return (!filter || filter.checked) && mark.getClientRects().length > 0;
    }
    function move(forward, sameKind) {
      var active = document.activeElement;
      var from = active && active.closest ? active.closest('mark[data-annotations]') : null;
      if (!from && active && active.matches && active.matches('a[href],button,summary,label')) {
        from = active.querySelector('mark[data-scholion-start]');
      }
      if (from && !root.contains(from)) from = null;
      var token = from ? kindToken(from) : '';
      var list = [];
      for (var i = 0; i < starts.length; i++) {
        if (shown(starts[i]) && (!sameKind || !token || kindToken(starts[i]) === token)) list.push(starts[i]);
      }
      if (list.length === 0) return;
      var target = null;
      if (!from) target = forward ? list[0] : list[list.length - 1];
      else if (forward) {
        for (var f = 0; f < list.length && !target; f++) {
          if (list[f] !== from && (from.compareDocumentPosition(list[f]) & 4)) target = list[f];
        }
      } else {
        for (var b = list.length - 1; b >= 0 && !target; b--) {
          if (list[b] !== from && (from.compareDocumentPosition(list[b]) & 2)) target = list[b];
        }
      }
      if (!target) {
        if (status) status.textContent = forward ? 'No further annotation.' : 'No earlier annotation.';
        return;
      }
      var control = target.hasAttribute('tabindex') ? null : target.closest('a[href],button,summary,label');
      (control || target).focus({ preventScroll: true });
      target.scrollIntoView({ block: 'center' });
      var position = list.indexOf(target) + 1;
      var note = document.getElementById(target.getAttribute('aria-details') || '');
      var badge = note ? note.querySelector('.scholion-badge') : null;
      var label = badge ? badge.textContent : 'Annotation';
      if (status) status.textContent = label + ', ' + position + ' of ' + list.length + ': ' + (target.textContent || '').slice(0, 80);
    }
    document.addEventListener('keydown', function (event) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (toggle && !toggle.checked) return;
      var target = event.target;
      var inside = target && root.contains(target);
      if (!inside && !(primary && (target === document.body || target === document.documentElement))) return;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName))) return;
      var key = event.key;
      if (key === 'n' || key === 'N' || key === 'p' || key === 'P') {
        event.preventDefault();
        move(key === 'n' || key === 'N', event.shiftKey);
      } else if (key === 'Enter' && target && target.matches && target.matches('mark[aria-details]')) {
        var note = document.getElementById(target.getAttribute('aria-details') || '');
        if (note) {
          event.preventDefault();
          note.tabIndex = -1;
          note.focus();
        }
      }
    });
  }
})();
`
