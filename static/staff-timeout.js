// The back office's timeout warning (GOV.UK's pattern, WCAG 2.2.1). Two minutes before the session would
// end, a dialog opens, takes focus and is announced; "Stay signed in" extends the session in the background,
// so nothing typed on the page is lost. Without this script every staff page still says when the person will
// be signed out, and has its own "Stay signed in" button.
(function () {
  'use strict';
  var box = document.querySelector('[data-signs-out-at]');
  var dialog = document.querySelector('dialog.timeout-dialog');
  if (!box || !dialog || typeof dialog.showModal !== 'function' || !window.fetch) return;
  var WARN_BEFORE_MS = 2 * 60 * 1000;
  var timers = [];
  var form = dialog.querySelector('form');

  function endsAt() {
    return Date.parse(box.getAttribute('data-signs-out-at'));
  }

  function schedule() {
    timers.forEach(clearTimeout);
    var left = endsAt() - Date.now();
    timers = [
      setTimeout(warn, Math.max(left - WARN_BEFORE_MS, 0)),
      setTimeout(signedOut, Math.max(left, 0) + 1000),
    ];
  }

  function warn() {
    if (!dialog.open) dialog.showModal();
    var button = form.querySelector('button');
    if (button) button.focus();
  }

  function signedOut() {
    window.location.href = '/staff/sign-in?next=' + encodeURIComponent(window.location.pathname + window.location.search);
  }

  function timeText(at) {
    return new Date(at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var before = timeText(endsAt());
    fetch(form.action, {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      headers: { 'X-Requested-With': 'fetch' },
      credentials: 'same-origin',
    })
      .then(function (response) {
        var ends = response.headers.get('X-Signs-Out-At');
        if (response.status !== 204 || !ends) {
          form.submit();
          return;
        }
        box.setAttribute('data-signs-out-at', ends);
        var after = timeText(Date.parse(ends));
        document.querySelectorAll('.staff-timeout p, #timeout-text').forEach(function (p) {
          p.textContent = p.textContent.replace(before, after);
        });
        dialog.close();
        schedule();
      })
      .catch(function () {
        form.submit();
      });
  });

  var signOut = dialog.querySelector('[data-sign-out]');
  if (signOut) {
    signOut.addEventListener('click', function (event) {
      event.preventDefault();
      var header = document.querySelector('.staff-account form');
      if (header) header.submit();
    });
  }

  schedule();
})();
