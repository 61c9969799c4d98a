// Before the first paint: show the language the link names (#/en/…), else the page's on the English page (en/,
// `<html data-page="en">`), else the browser's, as the app will; and
// for an embed link (#/…/embed/…), show nothing but what the app mounts. Until the app starts, following a plain
// language or chapter link (#/ja/…) switches the language too. Without JavaScript, CSS shows Japanese unless a
// link to an English place is followed (`:target`).
(() => {
  const root = document.documentElement;
  function apply() {
    const m = /^#\/(ja|en)(\/|$|\?)/.exec(location.hash);
    const lang = m ? m[1] : root.dataset.page === 'en' || !(navigator.language || '').toLowerCase().startsWith('ja') ? 'en' : 'ja';
    root.lang = lang;
    root.dataset.lang = lang;
    if (/^#\/[^/?]*\/embed\//.test(location.hash)) root.dataset.embed = '';
  }
  apply();
  addEventListener('hashchange', () => {
    if (performance.getEntriesByName('wasm-start').length === 0) apply();
  });
})();
