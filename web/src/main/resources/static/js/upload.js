// QH: an upload's progress. htmx sends a form marked data-upload and reports how much is sent; its <progress> shows it.
document.addEventListener('htmx:xhr:progress', function (event) {
  var form = event.target.closest && event.target.closest('form[data-upload]');
  if (!form || !event.detail.total) {
    return;
  }
  var bar = form.querySelector('progress');
  var percent = Math.round(event.detail.loaded / event.detail.total * 100);
  if (bar) {
    bar.hidden = false;
    bar.value = percent;
    bar.textContent = percent + '%';
  }
});
