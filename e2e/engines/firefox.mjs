// The cross-engine checks in Firefox ESR: puppeteer-core over WebDriver BiDi, no geckodriver
// (the driver is in drivers.mjs).
// Run: node --test --test-concurrency=1 --test-timeout=180000 e2e/engines/firefox.mjs
import { launchFirefox } from './drivers.mjs';
import { defineEngineSuite } from './suite.mjs';

defineEngineSuite({ name: 'Firefox', launch: launchFirefox });
