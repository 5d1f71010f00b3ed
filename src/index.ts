/**
 * The package's main entry: classes and types, nothing registered, no side
 * effects, safe to import on a server (no DOM access at module load).
 * Register with `import 'newsroom-widgets/define'` or `RelatedArticles.define('my-tag')`.
 */
export {ArticleCard, type ArticleCardEventMap, type ArticleCardClickDetail} from './components/article-card/article-card.js';
export {
  RelatedArticles,
  type RelatedArticlesEventMap,
  type RelatedArticlesLoadDetail,
  type RelatedArticlesErrorDetail,
  type RelatedArticlesClickDetail,
  type RelatedArticlesViewDetail,
  type RelatedArticlesState,
} from './components/related-articles/related-articles.js';
export {
  SupportBanner,
  type SupportBannerEventMap,
  type SupportBannerDetail,
  type SupportBannerClickDetail,
  type SupportBannerDismissDetail,
  type SupportBannerSkipDetail,
  type DismissReason,
  type SkipReason,
} from './components/support-banner/support-banner.js';
export type {CampaignConfig, Campaign, CampaignVariant, CampaignGoal, ConfigErrorKind} from './campaign/model.js';
export {parseConfig, ConfigError} from './campaign/model.js';
export {campaignLoader} from './campaign/loader.js';
export type {Feed, FeedItem, FeedImage, FeedFormat, FeedErrorKind} from './feed/model.js';
export {FeedError} from './feed/model.js';
export {LoadError, type TransportErrorKind} from './data/load-error.js';
export {selectItems, type SelectOptions} from './feed/select.js';
export {parseFeed} from './feed/parse.js';
export {feedLoader} from './feed/index.js';
export {VERSION} from './internal/version.js';
