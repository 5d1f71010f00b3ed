// React 19: the components (camelCase props, typed handlers; they also hydrate after server
// rendering) and the bare tags in JSX, with properties, attributes and event handlers typed.
import {ArticleCard, RelatedArticles, SupportBanner} from 'newsroom-widgets/react';
import 'newsroom-widgets/define';
import type {FeedItem, RelatedArticlesLoadDetail, SupportBannerClickDetail} from 'newsroom-widgets';

export function Related({item, onLoad}: {item: FeedItem; onLoad: (detail: RelatedArticlesLoadDetail) => void}) {
  return (
    <>
      <RelatedArticles
        src="https://ostrov.example/feeds/articles.json"
        limit={3}
        headingLevel={3}
        timeZone="Europe/Kyiv"
        allHref="https://ostrov.example/articles/"
        onRelatedArticlesLoad={(e) => onLoad(e.detail)}
        onRelatedArticlesClick={(e) => console.log(e.detail.position, e.detail.url)}
      >
        <a href="https://ostrov.example/articles/">Статті ОстроВ</a>
      </RelatedArticles>
      <ArticleCard item={item} headingLevel={4} onArticleCardClick={(e) => console.log(e.detail.id)} />
      <SupportBanner src="https://ostrov.example/feeds/banner.json" onSupportBannerDismiss={(e) => console.log(e.detail.reason)} />
      {/* @ts-expect-error `headingLevel` is a number */}
      <RelatedArticles headingLevel="3" />
      {/* @ts-expect-error a load's detail has no `href` */}
      <RelatedArticles onRelatedArticlesLoad={(e) => console.log(e.detail.href)} />
      {/* @ts-expect-error handlers are camelCase: `onSupportBannerClick` */}
      <SupportBanner onsupportbannerclick={() => {}} />
    </>
  );
}

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
