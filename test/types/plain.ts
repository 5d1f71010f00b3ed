// A TypeScript app that imports the package with a bundler.
import 'newsroom-widgets/define';
import {RelatedArticles, type RelatedArticlesLoadDetail} from 'newsroom-widgets';

const list = document.createElement('related-articles');
const isClass: RelatedArticles = list;
isClass.limit = 3;
// @ts-expect-error `limit` is a number
list.limit = 'three';

list.addEventListener('related-articles-load', (e) => {
  const detail: RelatedArticlesLoadDetail = e.detail;
  console.log(detail.count, detail.total);
});

// One listener on document (or window) sees every widget's events, typed.
document.addEventListener('support-banner-click', (e) => console.log(e.detail.href, e.detail.campaign));
window.addEventListener('related-articles-error', (e) => console.log(e.detail.kind, e.detail.status));
document.addEventListener('support-banner-dismiss', (e) => {
  const reason: 'close' | 'escape' | 'remind-later' | 'already-support' = e.detail.reason;
  console.log(reason);
  // @ts-expect-error a dismiss event has no `href`
  console.log(e.detail.href);
});

const banner = document.querySelector('support-banner');
if (banner) banner.placement = 'bottom';
// @ts-expect-error `placement` is 'inline' or 'bottom'
if (banner) banner.placement = 'top';

// Present when the script-tag file is also on the page.
console.log(window.NewsroomWidgets?.version);
