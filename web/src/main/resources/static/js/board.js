// QH: the tracker board's drag and drop. A card dropped in another column sets its own form's status to that
// column and sends the form through htmx; the server answers with the whole board as the vacancy service now holds
// it, so a refused move puts the card back with the reason. Without this script (or by keyboard) each card's form
// moves it. Pointer events (forceFallback), so a finger drags on a phone too.
(function () {
  'use strict';

  function send(card, status) {
    var form = card.querySelector('form.board-move');
    var select = form && form.querySelector('select[name=status]');
    if (!select || !window.htmx) {
      return;
    }
    if (!Array.prototype.some.call(select.options, function (o) { return o.value === status; })) {
      // A move the page does not offer still goes to the service, which decides and says why not.
      var option = document.createElement('option');
      option.value = status;
      select.appendChild(option);
    }
    select.value = status;
    var board = document.getElementById('board');
    var live = document.getElementById('board-status');
    if (board && live) {
      live.textContent = (board.getAttribute('data-moved-text') || '')
        .replace('{0}', card.getAttribute('data-name') || '')
        .replace('{1}', status);
    }
    window.htmx.trigger(form, 'submit');
  }

  function init(root) {
    if (!window.Sortable) {
      return;
    }
    var lists = root.querySelectorAll ? root.querySelectorAll('.board-cards') : [];
    Array.prototype.forEach.call(lists, function (list) {
      if (list.getAttribute('data-sortable-ready')) {
        return;
      }
      list.setAttribute('data-sortable-ready', 'true');
      window.Sortable.create(list, {
        group: 'board',
        handle: '.board-card-head',
        filter: 'a, select, button',
        preventOnFilter: false,
        draggable: '> li',
        sort: false,
        animation: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 150,
        forceFallback: true,
        fallbackOnBody: true,
        ghostClass: 'dragging-ghost',
        chosenClass: 'dragging',
        onEnd: function (event) {
          if (event.from === event.to) {
            return;
          }
          send(event.item, event.to.getAttribute('data-status'));
        }
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () { init(document); });
  document.addEventListener('htmx:afterSettle', function (event) { init(document); });
}());
