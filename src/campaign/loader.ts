import {parseJson} from '../data/json.js';
import {createLoader} from '../data/loader.js';
import {ConfigError, parseConfig, type CampaignConfig} from './model.js';

/** The page-wide loader for campaign configs; every <support-banner> shares it. */
export const campaignLoader = createLoader<CampaignConfig>({
  storageKey: 'newsroom-widgets:campaign',
  parse: (text, url) => parseConfig(parseJson(text, url, ConfigError), url),
  revive: (data) => (Array.isArray((data as CampaignConfig | null)?.campaigns) ? (data as CampaignConfig) : undefined),
});
