// @ts-check
// Where a RIS URL lives in the mirror, and the rewriting of every OParl URL in an object to the mirror's base.
import { createHash } from 'node:crypto';

/** Keys whose URLs are not OParl objects (documents, web pages, licences): they keep pointing where they point. */
export const KEEP_KEYS = new Set(['accessUrl', 'downloadUrl', 'externalServiceUrl', 'web', 'website', 'license', 'oparlVersion', 'vendor', 'product', 'otherOparlVersions', 'type', 'geojson']);

/** A path segment that every file system and static host keeps as it is; others become a short hash. @param {string} segment */
export function safeSegment(segment) {
  if (/^[\w.=-]{1,100}$/.test(segment) && segment !== '.' && segment !== '..') return segment;
  return `_${createHash('sha256').update(segment).digest('hex').slice(0, 16)}`;
}

/**
 * The mirror path of a RIS URL: host, path segments and query, with ".json" so that every static host sends the
 * JSON content type and an object (".../body/1.json") never collides with its lists (".../body/1/meeting.json").
 * @param {string} url
 */
export function mirrorPath(url) {
  const parsed = new URL(url);
  const segments = parsed.pathname.split('/').filter(Boolean).map((segment) => safeSegment(decodeURIComponent(segment)));
  if (segments.length === 0) segments.push('index');
  const query = parsed.search.slice(1);
  if (query) segments[segments.length - 1] += `~${query.split('&').map((pair) => safeSegment(decodeURIComponent(pair))).join('~')}`;
  return [safeSegment(parsed.host.replace(':', '_')), ...segments].join('/') + '.json';
}

/** The `<org-key>` of the index contract: the last path segment of the organisation's id, filename-safe. @param {string} id */
export function organizationKey(id) {
  const segments = new URL(id).pathname.split('/').filter(Boolean);
  return safeSegment(decodeURIComponent(segments.at(-1) ?? 'organization'));
}

/**
 * @param {{ base: string, origins: Set<string>, persons: boolean }} options
 * @returns {((value: unknown) => unknown) & { url: (value: string) => string, isMirrored: (url: string) => boolean }}
 *   a deep copy of `value` with its OParl URLs on the mirror; `url` rewrites one URL, `isMirrored` tells whether it would
 */
export function createRewriter({ base, origins, persons }) {
  const root = base.endsWith('/') ? base : `${base}/`;
  /** @param {string} url */
  const isMirrored = (url) => {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (!origins.has(parsed.origin)) return false;
    // Persons and memberships are mirrored only with --persons; without it their URLs keep pointing to the RIS.
    if (!persons && /\/(person|persons|membership|memberships)(\/|$|\?)/i.test(parsed.pathname)) return false;
    return true;
  };
  /** @param {unknown} value @param {string | undefined} key @returns {unknown} */
  const rewrite = (value, key) => {
    if (typeof value === 'string') return key !== undefined && KEEP_KEYS.has(key) ? value : rewriteUrl(value);
    if (Array.isArray(value)) return value.map((item) => rewrite(item, key));
    if (value && typeof value === 'object') {
      if (key !== undefined && KEEP_KEYS.has(key)) return value;
      /** @type {Record<string, unknown>} */
      const copy = {};
      for (const [name, item] of Object.entries(value)) copy[name] = rewrite(item, name);
      return copy;
    }
    return value;
  };
  /** @param {string} value */
  const rewriteUrl = (value) => (/^https?:\/\//.test(value) && isMirrored(value) ? root + mirrorPath(value) : value);
  return Object.assign((/** @type {unknown} */ value) => rewrite(value, undefined), { url: rewriteUrl, isMirrored });
}
