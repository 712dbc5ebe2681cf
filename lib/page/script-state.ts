import { isOrphaned, pageRuntime } from '../messaging/page-runtime';

/**
 * What the gate and the extractor share in the tab: both run in the extension's isolated world of the page's top
 * frame (the page's own scripts cannot see it), so a property of that world's global is theirs alone.
 */
export interface ScriptState {
  /** This document's token: sent with every message, so the background binds a report to this document. */
  token: string;
  gate?: Running;
  extractor?: Running & {
    /** Extract and report the article (merged with a check already waiting). */
    request: (opts?: { force?: boolean }) => void;
    /** The page is no longer a candidate: remove the pill and the highlights. */
    reset: () => void;
    /** The address (without #fragment) the reader asked to analyse ("Analyze this page"), which the gate must not overrule. */
    forcedUrl: string | null;
  };
}

export interface Running {
  /** The runtime this copy was started by: once it has no id, this copy is orphaned. */
  runtime: ReturnType<typeof pageRuntime>;
  stop: () => void;
}

const KEY = Symbol.for('putin-2020-source-check');

export function scriptState(): ScriptState {
  const g = globalThis as unknown as Record<symbol, ScriptState | undefined>;
  return (g[KEY] ??= { token: newToken() });
}

/** A copy still running for the extension that is loaded now (not one orphaned by a reload or update). */
export function isLive(running: Running | undefined): boolean {
  return !!running && !isOrphaned(running.runtime);
}

function newToken(): string {
  // crypto.randomUUID exists only in secure contexts; news pages are sometimes plain http.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
