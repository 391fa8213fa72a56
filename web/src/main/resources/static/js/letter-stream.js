// QH: a cover letter's draft shown as it is written. A form marked data-stream posts to its data-stream-action,
// which answers server-sent events: "text" pieces are appended to the section named by data-stream, "done" opens the
// editor once the answer has ended, "error" says the draft broke off. Without fetch streaming, or when the answer is not a stream (a refusal),
// the form is posted as usual, so the page works the same without this script.
(function () {
  'use strict';

  function supported() {
    return window.fetch && window.ReadableStream && window.TextDecoder && window.URLSearchParams && window.FormData;
  }

  function postAsUsual(form) {
    form.dataset.streaming = 'off';
    if (form.requestSubmit) {
      form.requestSubmit();
    } else {
      form.submit();
    }
  }

  function setBusy(form, busy) {
    form.querySelectorAll('button').forEach(function (button) {
      button.disabled = busy;
    });
    form.setAttribute('aria-busy', busy ? 'true' : 'false');
  }

  function stream(form) {
    var output = document.getElementById(form.dataset.stream);
    var text = output.querySelector('[data-stream-text]');
    var status = output.querySelector('[data-stream-status]');
    var started = false;
    setBusy(form, true);
    fetch(form.dataset.streamAction, {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      headers: { 'Accept': 'text/event-stream' },
      credentials: 'same-origin'
    }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (!response.ok || type.indexOf('text/event-stream') !== 0 || !response.body) {
        setBusy(form, false);
        postAsUsual(form);
        return null;
      }
      text.textContent = '';
      output.hidden = false;
      output.scrollIntoView({ block: 'nearest' });
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var buffer = '';
      var finished = false;
      var editor = null;

      function openEditor() {
        if (editor) {
          var to = editor;
          editor = null;
          window.location.assign(to);
        }
      }

      function handle(block) {
        var name = 'message';
        var data = '';
        block.split('\n').forEach(function (line) {
          if (line.indexOf('event:') === 0) {
            name = line.slice(6).trim();
          } else if (line.indexOf('data:') === 0) {
            data += (data ? '\n' : '') + line.slice(5).replace(/^ /, '');
          }
        });
        if (!data) {
          return;
        }
        var payload = JSON.parse(data);
        started = true;
        if (name === 'text') {
          text.textContent += payload.text;
        } else if (name === 'done') {
          finished = true;
          status.textContent = output.dataset.done;
          // The editor opens when the answer has ended, not at this event: the server keeps the editor's notice in
          // the session as its answer ends, and a browser that asked for the editor sooner could miss it. Three
          // seconds at most, should the answer be held open by something in between.
          editor = payload.editor;
          window.setTimeout(openEditor, 3000);
        } else if (name === 'error') {
          finished = true;
          status.textContent = payload.message;
          setBusy(form, false);
        }
      }

      function pump() {
        return reader.read().then(function (chunk) {
          if (chunk.done) {
            openEditor();
            if (!finished) {
              status.textContent = output.dataset.failed;
              setBusy(form, false);
            }
            return null;
          }
          buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r\n/g, '\n');
          var end = buffer.indexOf('\n\n');
          while (end >= 0) {
            handle(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
            end = buffer.indexOf('\n\n');
          }
          return pump();
        });
      }
      return pump();
    }).catch(function () {
      setBusy(form, false);
      if (started) {
        status.textContent = output.dataset.failed;
      } else {
        postAsUsual(form);
      }
    });
  }

  // Capture phase, on the document: runs before htmx's own handler on the form and keeps it from posting too.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.matches || !form.matches('form[data-stream]') || form.dataset.streaming === 'off' || !supported()) {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    stream(form);
  }, true);
}());
