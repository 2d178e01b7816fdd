// The cross-engine checks in WebKit: WebKitGTK's MiniBrowser driven by WebKitWebDriver over
// classic WebDriver, under an Xvfb display (the driver is in drivers.mjs).
// Run: node --test --test-concurrency=1 --test-timeout=180000 e2e/engines/webkit.mjs
import { startWebKitDriver, stopWebKitDriver, launchWebKit } from './drivers.mjs';
import { defineEngineSuite } from './suite.mjs';

defineEngineSuite({ name: 'WebKit', launch: launchWebKit, start: startWebKitDriver, stop: stopWebKitDriver });
