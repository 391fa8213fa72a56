// QH: drag and drop in the resume builder. Sections, and the entries inside each section, are reordered with
// SortableJS by their handle; the hidden inputs move with their rows, so the form posts the new order and the
// preview follows (a 'change' on the form is what htmx listens for). The arrow buttons stay for the keyboard.
// Pointer events (forceFallback) rather than the browser's HTML5 drag, so a finger on a phone drags too.
(function () {
  'use strict';

  function announce(list, item) {
    var status = document.getElementById('dnd-status');
    if (!status) {
      return;
    }
    var rows = Array.prototype.filter.call(list.children, function (row) { return row.tagName === 'LI'; });
    var place = rows.indexOf(item) + 1;
    status.textContent = (status.getAttribute('data-moved') || '')
      .replace('{0}', item.getAttribute('data-name') || '')
      .replace('{1}', String(place))
      .replace('{2}', String(rows.length));
  }

  // The first row's "up" and the last row's "down" go nowhere.
  function settleButtons(list) {
    var rows = Array.prototype.filter.call(list.children, function (row) { return row.tagName === 'LI'; });
    rows.forEach(function (row, index) {
      var move = row.querySelector(':scope > .move');
      if (!move) {
        return;
      }
      var buttons = move.querySelectorAll('button');
      buttons.forEach(function (button) { button.removeAttribute('aria-disabled'); });
      if (index === 0 && buttons[0]) {
        buttons[0].setAttribute('aria-disabled', 'true');
      }
      if (index === rows.length - 1 && buttons[1]) {
        buttons[1].setAttribute('aria-disabled', 'true');
      }
    });
  }

  function init(root) {
    if (!window.Sortable) {
      return;
    }
    var lists = root.querySelectorAll ? root.querySelectorAll('[data-sortable]') : [];
    Array.prototype.forEach.call(lists, function (list) {
      if (list.getAttribute('data-sortable-ready')) {
        return;
      }
      list.setAttribute('data-sortable-ready', 'true');
      window.Sortable.create(list, {
        handle: '.drag-handle',
        draggable: '> li',
        animation: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 150,
        forceFallback: true,
        fallbackOnBody: true,
        ghostClass: 'dragging-ghost',
        chosenClass: 'dragging',
        onEnd: function (event) {
          if (event.oldIndex === event.newIndex) {
            return;
          }
          settleButtons(list);
          announce(list, event.item);
          var form = list.closest('form');
          if (form) {
            form.dispatchEvent(new Event('change', { bubbles: true }));
          }
        }
      });
    });
  }

  // A switched-off row looks switched off at once, before the preview comes back.
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input && input.getAttribute && input.getAttribute('role') === 'switch') {
      var row = input.closest('.section-row, .entry-row');
      if (row && row.contains(input) && input.closest('li') === row) {
        row.classList.toggle('off', !input.checked);
      }
    }
  });

  function start() {
    init(document);
    // The arrow buttons swap the builder in anew; its lists need their drag and drop again.
    document.body.addEventListener('htmx:afterSettle', function (event) {
      init(event.detail && event.detail.elt ? event.detail.elt.ownerDocument : document);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
}());
