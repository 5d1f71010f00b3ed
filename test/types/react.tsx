// React 19: the elements in JSX, with properties, attributes and event handlers typed.
import type {} from 'newsroom-widgets/react';
import 'newsroom-widgets/define';
import type {RelatedArticlesLoadDetail, SupportBannerClickDetail} from 'newsroom-widgets';

export function Sidebar({onLoad}: {onLoad: (detail: RelatedArticlesLoadDetail) => void}) {
  return (
    <aside className="sidebar">
      <related-articles
        src="https://ostrov.example/feeds/articles.json"
        limit={3}
        heading-level="3"
        time-zone="Europe/Kyiv"
        images
        loading="lazy"
        onrelated-articles-load={(e) => onLoad(e.detail)}
        onrelated-articles-error={(e) => console.warn(e.detail.error)}
      >
        <a href="https://ostrov.example/articles/">Статті ОстроВ</a>
      </related-articles>
      {/* @ts-expect-error `limit` is a number, not a string */}
      <related-articles limit="three" />
      {/* @ts-expect-error `loading` is 'eager' or 'lazy' */}
      <related-articles loading="soon" />
      <article-card heading="Заголовок" href="https://ostrov.example/a" datetime="2026-01-29T14:00:00+02:00" sponsored />
      <support-banner
        src="https://ostrov.example/feeds/banner.json"
        reserve="14rem"
        placement="inline"
        onsupport-banner-click={(e: CustomEvent<SupportBannerClickDetail>) => console.log(e.detail.href)}
        onsupport-banner-dismiss={(e) => console.log(e.detail.reason)}
        // @ts-expect-error a view's detail has no `href`
        onsupport-banner-view={(e) => console.log(e.detail.href)}
      />
    </aside>
  );
}
