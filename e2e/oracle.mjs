// An independent JavaScript re-implementation of the projection, written from the model's
// documented formulas, so browser tests compare the app against arithmetic, not against itself.

export const DAYS_PER_MONTH = 365.2425 / 12;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

const toDay = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const fromDay = (day) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/**
 * Formats like the app (`model::format::number`): at most `decimals` decimals, trailing zeros
 * dropped, rounded half to even on the double's exact value (20.25 → "20.2"). `toFixed` alone
 * rounds a tie up, so it reads the exact expansion and rounds the digits itself.
 */
export function fmt(value, decimals) {
  const finite = Number.isFinite(value) ? value : 0;
  // Exact for every double with under 100 binary fraction digits: all values the app shows.
  const [whole, fraction] = Math.abs(finite).toFixed(100).split('.');
  let scaled = BigInt(whole + fraction.slice(0, decimals));
  const rest = fraction.slice(decimals).replace(/0+$/, '');
  if (rest > '5' || (rest === '5' && scaled % 2n === 1n)) scaled += 1n;
  const digits = scaled.toString().padStart(decimals + 1, '0');
  const cut = digits.length - decimals;
  const decimalsShown = digits.slice(cut).replace(/0+$/, '');
  const sign = finite < 0 && scaled !== 0n ? '-' : '';
  return sign + digits.slice(0, cut) + (decimalsShown ? `.${decimalsShown}` : '');
}

/** Pace between the two latest observations, rounded to the slider's 0.1 step. */
export function defaultPace(dataset) {
  const [a, b] = dataset.progress.slice(-2);
  const months = (toDay(b.date) - toDay(a.date)) / DAYS_PER_MONTH;
  return Math.round(((b.percent - a.percent) / months) * 10) / 10;
}

/** Completion without slowdown: months, ISO date and the scenario sentence. */
export function completion(dataset, pace) {
  const last = dataset.progress.at(-1);
  const remaining = 100 - last.percent;
  const months = remaining / pace;
  const iso = fromDay(toDay(last.date) + Math.round(months * DAYS_PER_MONTH));
  const [year, month] = iso.split('-').map(Number);
  const when = `${MONTHS[month - 1]} ${year}`;
  const duration = months < 24 ? `about ${fmt(months, 1)} months` : `about ${fmt(months / 12, 1)} years`;
  const sentence = `At ${fmt(pace, 1)} points a month, the remaining ${fmt(remaining, 1)} points take ` +
    `${duration}: all ${dataset.programs.count} programs would be done around ${when}.`;
  return { months, iso, when, sentence };
}

/** Projected level one calendar month after the latest observation, without slowdown. */
export function levelAfterOneMonth(dataset, pace) {
  const last = dataset.progress.at(-1);
  const start = new Date(`${last.date}T00:00:00Z`);
  const next = new Date(start);
  next.setUTCMonth(start.getUTCMonth() + 1);
  const months = (next - start) / 86_400_000 / DAYS_PER_MONTH;
  return Math.min(100, last.percent + pace * months);
}

/** Average pace from the first observation to the last, rounded to the slider's 0.1 step. */
export function firstToLastPace(dataset) {
  const [a, b] = [dataset.progress[0], dataset.progress.at(-1)];
  const months = (toDay(b.date) - toDay(a.date)) / DAYS_PER_MONTH;
  return Math.round(((b.percent - a.percent) / months) * 10) / 10;
}

/**
 * The backtest as of `asOf` (ISO), from its documented rule (issue #19): the article's
 * observations and the later percentages (a range by its midpoint) dated on or before `asOf`,
 * one per day (the article's, else the first listed), at the pace between the latest two and no
 * slowdown (`articleOnly`: the article's observations alone, as with no as-of date chosen); then
 * the projected level and its error at every reported percentage after the start.
 */
export function backtest(dataset, asOf, { articleOnly = false } = {}) {
  const figure = (r) => (r.value ?? (r.min !== undefined ? (r.min + r.max) / 2 : undefined));
  const later = (dataset.later?.reports ?? [])
    .filter((r) => r.counts === 'measures' && figure(r) !== undefined)
    .map((r) => ({ id: r.id, date: r.date, percent: figure(r), low: r.min ?? r.value, high: r.max ?? r.value }));
  const article = dataset.progress.map((o) => ({ ...o, low: o.percent, high: o.percent }));
  const byDate = (list) => list.map((x, i) => [x, i]).sort((a, b) => (a[0].date < b[0].date ? -1 : a[0].date > b[0].date ? 1 : a[1] - b[1])).map(([x]) => x);
  // Without an as-of date the app projects from the article's figures alone.
  const basis = byDate([...article, ...(articleOnly ? [] : later)].filter((o) => o.date <= asOf))
    .filter((o, i, all) => i === 0 || all[i - 1].date !== o.date);
  const [a, b] = basis.slice(-2);
  const raw = (b.percent - a.percent) / ((toDay(b.date) - toDay(a.date)) / DAYS_PER_MONTH);
  const pace = Math.round(Math.min(15, Math.max(0, raw)) * 10) / 10;
  const reported = byDate([...article.filter((o) => o.kind === 'reported'), ...later]);
  const checks = reported.filter((r) => r.date > b.date).map((r) => {
    const projected = Math.min(100, b.percent + pace * (toDay(r.date) - toDay(b.date)) / DAYS_PER_MONTH);
    return { id: r.id, projected, error: projected - r.percent };
  });
  return { start: b, pace, checks };
}

/** "September 2023", as the English page writes a month. */
export const monthYear = (iso) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/** "March 20, 2023", as the English page writes a date. */
export const longDate = (iso) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}`;

/** A later report's date as precisely as its source gives it ("November 2023", "first half of 2022"). */
export function reportWhen(report) {
  if (report.precision === 'month') return monthYear(report.date);
  if (report.precision === 'half') return `${Number(report.date.slice(5, 7)) <= 6 ? 'first' : 'second'} half of ${report.date.slice(0, 4)}`;
  return longDate(report.date);
}

/** The dates "What happened next" may project as of: every report date from 2022 on, once. */
export function asOfChoices(dataset) {
  const dates = [
    ...dataset.progress.filter((o) => o.kind === 'reported').map((o) => o.date),
    ...(dataset.later?.reports ?? []).map((r) => r.date),
  ].filter((d) => d >= '2022-01-01');
  return [...new Set(dates)].sort();
}

/** Every reported percentage, the article's and the later ones with a figure, by date (the article's first on a day). */
export function allReported(dataset) {
  const article = dataset.progress.filter((o) => o.kind === 'reported')
    .map((o) => ({ date: o.date, when: longDate(o.date), low: o.percent, high: o.percent, wording: o.wording, citedAs: o.source.cited_as }));
  const later = (dataset.later?.reports ?? []).filter((r) => r.counts === 'measures' && (r.value ?? r.min) !== undefined)
    .map((r) => ({ date: r.date, when: reportWhen(r), low: r.min ?? r.value, high: r.max ?? r.value, wording: r.wording, citedAs: r.source.cited_as }));
  return [...article, ...later].map((r, i) => [r, i]).sort((a, b) => (a[0].date < b[0].date ? -1 : a[0].date > b[0].date ? 1 : a[1] - b[1])).map(([r]) => r);
}

/**
 * The fate sentence of "What happened next" for a projection from `start` (ISO) at `level`
 * percent and `pace` without slowdown: the first report on or after the due date, else the latest.
 */
export function fate(dataset, start, level, pace) {
  const months = (100 - level) / pace;
  const due = fromDay(toDay(start) + Math.round(months * DAYS_PER_MONTH));
  const reported = allReported(dataset);
  const head = `At ${fmt(pace, 1)} points a month from ${monthYear(start)}, all ${dataset.programs.count} programs`;
  const after = reported.find((r) => r.date >= due && r.date > start);
  if (after) {
    return `${head} were due around ${monthYear(due)}; in ${monthYear(after.date)} officials reported “${after.wording}” (${after.citedAs}).`;
  }
  const latest = reported.at(-1);
  return `${head} would be done around ${monthYear(due)}; no report in this dataset comes after that date (the latest, ${latest.when}: “${latest.wording}”).`;
}

/** The programs axis's tick step: a whole number dividing the count in 4, 3, 5 or 2 parts, else the count. */
export function programTick(count) {
  const parts = [4, 3, 5, 2].find((n) => count >= n && count % n === 0);
  return parts ? count / parts : Math.max(count, 1);
}
