// If the app cannot start (no WebAssembly, an old browser, the wasm blocked or broken), show the prerendered text
// that sits in the page's <noscript> instead of a loading line that never ends, with one line saying that the
// interactive charts need a newer browser. A failure after the app has started is the app's own error view.
(() => {
  let done = false;
  const started = () => performance.getEntriesByName('wasm-start').length > 0;
  function fallBack() {
    if (done || started()) return;
    const app = document.getElementById('app');
    const text = app && app.querySelector('noscript');
    if (!text) return;
    done = true;
    document.documentElement.dataset.fallback = 'true';
    app.querySelectorAll('.boot').forEach((b) => b.remove());
    text.insertAdjacentHTML('afterend', text.textContent);
    const lang = /^#\/en\b/.test(location.hash) ? 'en' : /^#\/ja\b/.test(location.hash) ? 'ja' : null;
    const article = lang && document.getElementById(`text-${lang}`);
    if (article) article.scrollIntoView();
  }
  addEventListener('error', fallBack);
  addEventListener('unhandledrejection', fallBack);
  if (typeof WebAssembly !== 'object') addEventListener('DOMContentLoaded', fallBack);
})();
