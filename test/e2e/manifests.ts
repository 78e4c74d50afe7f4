// Reading the built manifests and judging their permissions: shared by the privacy and Firefox tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type BuildTarget = 'chrome-mv3' | 'firefox-mv2' | 'firefox-mv3';

export interface BuiltManifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[]; exclude_matches?: string[] }[];
  web_accessible_resources?: (string | { resources: string[]; matches?: string[] })[];
  content_security_policy?: string | { extension_pages?: string };
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
  };
}

export function readBuiltManifest(dir: string): BuiltManifest {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as BuiltManifest;
}

/** Is `entry` a host pattern (rather than an API permission such as "storage")? */
export function isHostPattern(entry: string): boolean {
  return entry === '<all_urls>' || entry.includes('://');
}

/**
 * Does this match pattern reach every site (or every site of a scheme, or a whole top-level domain)?
 * `<all_urls>`, `*://*\/*`, `https://*\/*`, `http://*\/path`, `https://*.com/*` all do.
 */
export function reachesAllSites(pattern: string): boolean {
  if (pattern === '<all_urls>') return true;
  const match = /^([^:]+):\/\/([^/]*)(\/.*)?$/.exec(pattern);
  if (!match) return true; // not a pattern we can read: treat it as the worst case
  const host = match[2] ?? '';
  if (host === '' || host === '*') return true;
  // "*.com", "*.co.uk": every site under a public suffix.
  if (host.startsWith('*.') && host.split('.').length <= 3 && /^\*\.[a-z]{2,3}(\.[a-z]{2})?$/.test(host)) return true;
  return false;
}

/** Every host pattern the manifest grants at install: host permissions, host-like permissions, content scripts. */
export function installTimeHostPatterns(manifest: BuiltManifest): { where: string; pattern: string }[] {
  const found: { where: string; pattern: string }[] = [];
  for (const p of manifest.permissions ?? []) if (isHostPattern(p)) found.push({ where: 'permissions', pattern: p });
  for (const p of manifest.host_permissions ?? []) found.push({ where: 'host_permissions', pattern: p });
  for (const script of manifest.content_scripts ?? []) {
    for (const p of script.matches ?? []) found.push({ where: 'content_scripts.matches', pattern: p });
  }
  return found;
}

/** The API permissions (not hosts) asked at install. */
export function apiPermissions(manifest: BuiltManifest): string[] {
  return (manifest.permissions ?? []).filter((p) => !isHostPattern(p));
}

/** Optional host patterns, where each manifest version keeps them. */
export function optionalHostPatterns(manifest: BuiltManifest): string[] {
  return [...(manifest.optional_host_permissions ?? []), ...(manifest.optional_permissions ?? []).filter(isHostPattern)];
}

export function extensionPagesCsp(manifest: BuiltManifest): string {
  const csp = manifest.content_security_policy;
  return (typeof csp === 'string' ? csp : csp?.extension_pages) ?? '';
}
