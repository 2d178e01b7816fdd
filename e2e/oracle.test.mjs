// The oracle's own arithmetic, checked without a browser: if it rounded differently from the
// app, every comparison built on it would test the oracle instead of the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fmt } from './oracle.mjs';

test('fmt rounds half to even on the exact value, as model::format::number does', () => {
  // The same cases as the Rust test numbers_match_rusts_own_rounding: exact binary ties go to
  // even; 3.35 is a hair above its tie, 0.35 a hair below.
  const cases = [
    [20.25, 1, '20.2'], [20.75, 1, '20.8'], [0.125, 2, '0.12'], [0.375, 2, '0.38'],
    [2.5, 0, '2'], [1.5, 0, '2'], [3.35, 1, '3.4'], [0.35, 1, '0.3'], [-0.25, 1, '-0.2'],
    [-0.01, 1, '0'], [-0, 0, '0'], [20, 1, '20'], [3.7, 1, '3.7'], [5.4, 1, '5.4'],
    [99_999.995, 2, '99999.99'], [1e-300, 2, '0'], [NaN, 1, '0'], [123.456, 6, '123.456'],
  ];
  for (const [value, decimals, expected] of cases) {
    assert.equal(fmt(value, decimals), expected, `${value} to ${decimals}`);
  }
});
