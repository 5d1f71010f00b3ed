/** Why a request for a document failed before its content could be read. */
export type TransportErrorKind =
  | 'network' // fetch rejected: offline, DNS, or a CORS refusal (the browser does not say which)
  | 'timeout'
  | 'http' // non-2xx status
  | 'too-large'
  | 'aborted';

/**
 * The data layer's error: a document (a feed, a campaign config) could not be
 * loaded or read. `kind` says why; the transport kinds come from the data layer,
 * and each kind of document adds the ones its parser needs (`Kind`).
 */
export class LoadError<Kind extends string = TransportErrorKind | 'parse'> extends Error {
  override name = 'LoadError';
  constructor(
    readonly kind: Kind | TransportErrorKind,
    message: string,
    readonly url: string,
    /** The HTTP status, when the server answered. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** The error of a request its caller gave up on (its element left, or its URL changed): never shown. */
export function abortedError(url: string): LoadError {
  return new LoadError('aborted', `${url} was aborted`, url);
}
