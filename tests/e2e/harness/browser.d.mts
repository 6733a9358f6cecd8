import type { BrowserContext } from 'playwright-core';

export declare const CHROMIUM_PATH: string;

export interface LaunchOptions {
  /** An unpacked MV3 build (e.g. `.output/chrome-mv3`) to load. */
  extensionDir?: string;
  headless?: boolean;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** Host of the extension's service worker URL; set when an extension was loaded. */
  extensionId?: string;
  close(): Promise<void>;
}

/** Launch Debian's Chromium with a fresh profile, optionally with the extension loaded. */
export declare function launchChromium(opts?: LaunchOptions): Promise<LaunchedBrowser>;
