// Autosave for the result card: posts the form a moment after typing stops and shows "saved".
// Without this script the Save button does the same.
(function () {
  // After a post, the focus goes to what it did (errors first, then the warnings that held back
  // the hand-in), so that a screen reader reads it and the next Tab goes on from there instead of
  // from the top of the page.
  var outcome = document.getElementById('error-summary') ||
    document.getElementById('warning-summary') || document.getElementById('card-notice');
  if (outcome) { outcome.focus(); }
  var form = document.getElementById('card-form');
  if (!form || !window.fetch) { return; }
  var state = document.getElementById('autosave-state');
  var version = document.getElementById('card-version');
  var timer = null;
  function save() {
    var data = new URLSearchParams(new FormData(form));
    data.set('action', 'autosave');
    // Not form.action: the buttons named "action" hide that property.
    fetch(form.getAttribute('action'), { method: 'POST', body: data, credentials: 'omit' })
      .then(function (response) {
        if (response.status === 409) {
          // Handed in meanwhile, or saved from another window: nothing here was stored.
          return response.json().then(function (body) {
            state.textContent = body && body.locked ? form.dataset.locked : form.dataset.conflict;
            return null;
          }, function () { state.textContent = form.dataset.conflict; return null; });
        }
        // The launch session ran out: the draft stays as last saved; say so, keep the text.
        if (response.status === 401) { state.textContent = form.dataset.expired; return null; }
        return response.ok ? response.json() : null;
      })
      .then(function (body) {
        if (body && body.version) { version.value = body.version; state.textContent = form.dataset.saved; }
      })
      .catch(function () { /* the Save button still works */ });
  }
  form.addEventListener('input', function () {
    state.textContent = '';
    clearTimeout(timer);
    timer = setTimeout(save, 1500);
  });
})();
