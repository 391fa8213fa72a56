// QH: uploads. htmx sends a form marked data-upload and reports how much is sent; its <progress> shows it (and a
// .upload-percent, when the form has one). A form marked data-drop also takes a file dragged onto it: the file goes
// into its file input and the form is sent at once, as if chosen and submitted.
// The bar shows as soon as the upload starts (a small file may report its progress only once, at the end).
document.addEventListener('htmx:beforeSend', function (event) {
  var form = event.target.closest && event.target.closest('form[data-upload]');
  var status = form && form.querySelector('.upload-status');
  if (status) {
    status.hidden = false;
  }
});

document.addEventListener('htmx:xhr:progress', function (event) {
  var form = event.target.closest && event.target.closest('form[data-upload]');
  if (!form || !event.detail.total) {
    return;
  }
  var bar = form.querySelector('progress');
  var percent = Math.round(event.detail.loaded / event.detail.total * 100);
  var status = form.querySelector('.upload-status');
  var text = form.querySelector('.upload-percent');
  if (status) {
    status.hidden = false;
  }
  if (text) {
    text.textContent = percent + '%';
  }
  if (bar) {
    bar.hidden = false;
    bar.value = percent;
    bar.textContent = percent + '%';
  }
});

(function () {
  'use strict';

  function withFiles(event) {
    return event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types || [], 'Files') >= 0;
  }

  function setUp() {
    var form = document.querySelector('form[data-drop]');
    if (!form) {
      return;
    }
    var input = form.querySelector('input[type=file]');
    var depth = 0;
    form.addEventListener('dragenter', function (event) {
      if (!withFiles(event)) {
        return;
      }
      event.preventDefault();
      depth++;
      form.classList.add('dragging');
    });
    form.addEventListener('dragover', function (event) {
      if (withFiles(event)) {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }
    });
    form.addEventListener('dragleave', function () {
      depth = Math.max(0, depth - 1);
      if (depth === 0) {
        form.classList.remove('dragging');
      }
    });
    form.addEventListener('drop', function (event) {
      if (!withFiles(event)) {
        return;
      }
      event.preventDefault();
      depth = 0;
      form.classList.remove('dragging');
      var files = event.dataTransfer.files;
      if (!files || files.length === 0 || !input) {
        return;
      }
      var one = new DataTransfer();
      one.items.add(files[0]);
      input.files = one.files;
      if (form.requestSubmit) {
        form.requestSubmit();
      } else {
        form.submit();
      }
    });
    // A file dropped beside the zone would otherwise replace the page with the file.
    document.addEventListener('dragover', function (event) {
      if (withFiles(event)) {
        event.preventDefault();
      }
    });
    document.addEventListener('drop', function (event) {
      if (withFiles(event) && !form.contains(event.target)) {
        event.preventDefault();
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUp);
  } else {
    setUp();
  }
}());
