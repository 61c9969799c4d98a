// If the app cannot start (no WebAssembly, an old browser, the wasm blocked or broken), the prerendered page stays
// as it is, fully readable, and one line says that the interactive charts need a newer browser. A failure after the
// app has started is the app's own error view.
(() => {
  const started = () => performance.getEntriesByName('wasm-start').length > 0;
  function fallBack() {
    if (started()) return;
    const root = document.documentElement;
    root.dataset.fallback = 'true';
    // An embed link has nothing else to show: show the page.
    delete root.dataset.embed;
  }
  addEventListener('error', fallBack);
  addEventListener('unhandledrejection', fallBack);
  if (typeof WebAssembly !== 'object') addEventListener('DOMContentLoaded', fallBack);
})();
