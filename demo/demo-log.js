// The partner's analytics hook: every widget event bubbles out of shadow DOM.
for (const type of [
  'related-articles-load', 'related-articles-error',
  'support-banner-view', 'support-banner-click', 'support-banner-dismiss', 'support-banner-skip',
]) {
  document.addEventListener(type, (e) => console.info(`[demo] ${type}`, e.detail));
}
document.getElementById('forget')?.addEventListener('click', () => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('newsroom-widgets:')) localStorage.removeItem(key);
  location.reload();
});
