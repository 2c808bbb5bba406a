// Runs first, in the page's head, so that errors in any later script are counted.
window.drillScriptErrors = 0;
window.addEventListener('error', function () {
  window.drillScriptErrors++;
  if (document.body) {
    document.body.setAttribute('data-script-errors', String(window.drillScriptErrors));
  }
});
