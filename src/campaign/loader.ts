import {createLoader} from '../feed/load.js';
import {FeedError} from '../feed/model.js';
import {parseConfig, type CampaignConfig} from './model.js';

/** The page-wide loader for campaign configs; every <support-banner> shares it. */
export const campaignLoader = createLoader<CampaignConfig>({
  storageKey: 'newsroom-widgets:campaign',
  parse: (text, url) => {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new FeedError('parse', `${url} is not valid JSON`, url);
    }
    return parseConfig(data, url);
  },
  // The model is plain JSON already (times are epoch ms).
  serialize: (config) => config,
  revive: (data) => (Array.isArray((data as CampaignConfig | null)?.campaigns) ? (data as CampaignConfig) : undefined),
});
