// The classroom copy as both engines' tests open it (e2e/classroom.test.mjs in Chromium,
// e2e/engines/classroom-firefox.mjs in Firefox): alone in a folder, as on a USB stick.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { distDir } from './harness.mjs';
import { OFFLINE_FILE } from '../scripts/offline-copy.mjs';

/** The copy the build wrote. */
export const builtPath = path.join(distDir, OFFLINE_FILE);

/** The charts and sections the copy must show, as the full page does. */
export const CHARTS = ['completion-chart', 'trade-chart', 'balance-chart', 'timeline-chart', 'after-chart', 'programs-chart'];
export const SECTIONS = ['progress', 'trade', 'balance', 'timeline', 'treaty', 'after', 'sources'];

/**
 * Copies the built file into a new, otherwise empty folder and gives its path and file:// URL:
 * beside the build's other files, a page that still loaded one of them could pass in an engine
 * that allows that from disk.
 */
export function copyAlone() {
  assert.ok(fs.existsSync(builtPath), `${builtPath} is missing: run "trunk build --release" first`);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'use-classroom-')), OFFLINE_FILE);
  fs.copyFileSync(builtPath, file);
  return { file, url: pathToFileURL(file).href };
}

/** Removes the folder `copyAlone` made. */
export function removeCopy(file) {
  if (file) fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
