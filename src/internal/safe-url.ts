/**
 * The one gate every URL from a feed or config passes before it reaches an
 * `href` or `src`: only http(s) survives, relative URLs are resolved against
 * the document they came from. Anything else (javascript:, data:, vbscript:,
 * garbage) yields undefined so the caller renders no link at all.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > 2048) return undefined;
  let parsed: URL;
  try {
    parsed = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  return parsed.href;
}
