// Shared pieces of the browser tests: the site's address, Debian's Chromium, axe, the six languages and the
// answers that complete each journey (copied from tests/api/journeys.rs).
//
// The base URL comes from TTU_BASE_URL. A missing variable or a server that does not answer stops every test
// file at once with a message: nothing is ever skipped.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));

// ---- the site ---------------------------------------------------------------------------------------------

const rawBase = process.env.TTU_BASE_URL;
if (!rawBase) {
  throw new Error(
    'TTU_BASE_URL is not set. Start the site and run, for example:\n' +
      '  TTU_BASE_URL=http://127.0.0.1:8080 node --test --test-concurrency=1 ./*.test.mjs',
  );
}
export const BASE = rawBase.replace(/\/+$/, '');

{
  let answer;
  try {
    answer = await fetch(`${BASE}/health`, { signal: AbortSignal.timeout(10_000) });
  } catch (e) {
    throw new Error(`The site at TTU_BASE_URL=${BASE} does not answer: ${e.cause?.message ?? e.message}`);
  }
  const body = (await answer.text()).trim();
  if (!answer.ok || body !== 'ok') {
    throw new Error(`${BASE}/health answered ${answer.status} "${body.slice(0, 80)}", not 200 "ok"`);
  }
}

/** The path part of a page's URL, with its query: `/en/complaint/who`. */
export function pathOf(page) {
  const u = new URL(page.url());
  return u.pathname + u.search;
}

// ---- the languages ----------------------------------------------------------------------------------------

/** URL tag, the `lang` the page must carry, and its direction. */
export const ALL_LANGS = [
  { tag: 'en', lang: 'en-GB', dir: 'ltr' },
  { tag: 'bn', lang: 'bn', dir: 'ltr' },
  { tag: 'hi', lang: 'hi', dir: 'ltr' },
  { tag: 'ur', lang: 'ur', dir: 'rtl' },
  { tag: 'zh-hant', lang: 'zh-Hant', dir: 'ltr' },
  { tag: 'pl', lang: 'pl', dir: 'ltr' },
];

// TTU_LANGS=en,ur narrows a run while developing; unset (as in tests/run and CI) means all six.
const only = (process.env.TTU_LANGS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
for (const tag of only) {
  if (!ALL_LANGS.some((l) => l.tag === tag)) throw new Error(`TTU_LANGS names an unknown language: ${tag}`);
}
export const LANGS = only.length ? ALL_LANGS.filter((l) => only.includes(l.tag)) : ALL_LANGS;

// ---- the browser ------------------------------------------------------------------------------------------

export const CHROMIUM = process.env.TTU_CHROMIUM ?? '/usr/bin/chromium';

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A new context (its own cookies, so its own session) with a sensible default viewport. */
export async function newContext(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, ...options });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(20_000);
  return context;
}

const RATE_LIMIT_HINT = (status) =>
  status === 429 ? ' (the site limits form posts: start it with TTU_POSTS_PER_MINUTE=0 for these tests)' : '';

/** Opens a path of the site and checks it was served (404 only where asked for). */
export async function open(page, path, { status = 200 } = {}) {
  const response = await page.goto(BASE + path, { waitUntil: 'load' });
  if (!response) throw new Error(`no response for ${path}`);
  if (response.status() !== status) {
    throw new Error(`${path} answered ${response.status()}, expected ${status}${RATE_LIMIT_HINT(response.status())}`);
  }
  return response;
}

/** Clicks a submit button (or link) and waits for the page that follows, even when it is the same URL. */
export async function submitWith(page, locator) {
  const navigation = page.waitForNavigation({ waitUntil: 'load' });
  await locator.click();
  return checkResponse(page, await navigation);
}

/** Fails on a response that is not a page of the journey (a 429 from the form-post limit, a 500…). */
export function checkResponse(page, response) {
  const status = response?.status() ?? 0;
  if (status >= 400 && status !== 404) {
    throw new Error(`${pathOf(page)} answered ${status}${RATE_LIMIT_HINT(status)}`);
  }
  return response;
}

/** The Continue / Send / Save button of the page's form. */
export function submitButton(page) {
  return page.locator('main form button[type="submit"]');
}

// ---- axe --------------------------------------------------------------------------------------------------

// WCAG 2.0 to 2.2 A and AA, and axe's best practices (landmarks, headings, regions).
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// axe-core as @axe-core/playwright would inject it, but run only once per page: in legacy mode AxeBuilder
// evaluates the source twice before each analysis, and a second run of its 580 kB costs a fifth of the time.
// The axe-core that @axe-core/playwright itself depends on.
const axeCore = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const AXE_VERSION = JSON.parse(readFileSync(axeCore.resolve('axe-core/package.json'), 'utf8')).version;
const AXE_SOURCE = `if (!window.axe) {\n${readFileSync(axeCore.resolve('axe-core/axe.min.js'), 'utf8')}\n}`;

/**
 * Runs axe on the page as it is now and adds every violation to `found`, labelled with the page. Never
 * throws for violations, so one test can check many pages and report them all.
 */
export async function axe(page, label, found) {
  // Legacy mode runs axe.run() in the page itself. The site has no frames, so it checks exactly what the
  // default (runPartial in each frame, then finishRun in a new blank page) checks, in half the time.
  // Only violations are reported element by element (passes and the rest are summed up by rule). options()
  // replaces all options, so it comes before withTags().
  const results = await new AxeBuilder({ page, axeSource: AXE_SOURCE })
    .options({ resultTypes: ['violations'] })
    .withTags(AXE_TAGS)
    .setLegacyMode(true)
    .analyze();
  // A check that the run was the one asked for: this axe-core, only the tags asked for, WCAG 2.2 (target-size)
  // and the best practices (region) among them.
  const rules = [...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable];
  if (
    results.testEngine?.version !== AXE_VERSION ||
    !rules.some((r) => r.id === 'target-size') ||
    !rules.some((r) => r.id === 'region') ||
    !rules.every((r) => r.tags.some((t) => AXE_TAGS.includes(t)))
  ) {
    throw new Error(`axe ${results.testEngine?.version} did not run the WCAG rules asked for on ${pathOf(page)}`);
  }
  for (const v of results.violations) {
    found.push({
      page: label,
      url: pathOf(page),
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target.join(' '),
        html: n.html,
        summary: n.failureSummary,
      })),
    });
  }
  return results;
}

/** The violations as text: rule, impact, help, and the first few elements with their HTML. */
export function formatViolations(found, { nodesPerViolation = 4 } = {}) {
  return found
    .map((v) => {
      const nodes = v.nodes
        .slice(0, nodesPerViolation)
        .map((n) => `      - ${n.target}\n        ${oneLine(n.html, 300)}\n        ${oneLine(n.summary ?? '', 400)}`)
        .join('\n');
      const more = v.nodes.length > nodesPerViolation ? `\n      … and ${v.nodes.length - nodesPerViolation} more` : '';
      return `  [${v.id}] (${v.impact}) ${v.help}\n    on ${v.page}: ${v.url}  (${v.helpUrl})\n${nodes}${more}`;
    })
    .join('\n');
}

export function oneLine(text, max = 200) {
  const s = String(text).replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

// ---- artifacts (gitignored): machine-readable findings for the people fixing them ------------------------------

export const ARTIFACTS = join(here, 'artifacts');

export function writeArtifact(name, data) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, name);
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data, null, 2));
  return file;
}

// ---- the journeys' answers ---------------------------------------------------------------------------------

/** A date `days` ago as the three boxes want it. */
export function daysAgo(days) {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return { day: String(d.getDate()), month: String(d.getMonth() + 1), year: String(d.getFullYear()) };
}

const radio = (name, value) => ({ kind: 'radio', name, value });
const checkboxes = (name, values) => ({ kind: 'checkboxes', name, values });
const text = (name, value) => ({ kind: 'text', name, value });
const date = (name, value) => ({ kind: 'date', name, value });

/**
 * Each journey as the pages a person sees, in order, with what they answer. `options` lists a radio or
 * checkbox group's values in page order, so the keyboard test knows how far to move. `required` says whether
 * an empty page is refused (its error state).
 */
export const OPTIONS = {
  who: ['myself', 'someone-else', 'official'],
  'rep-role': ['family-friend', 'advocate', 'support-worker', 'solicitor', 'other'],
  'official-role': ['mp', 'councillor', 'board-member'],
  consent: ['written', 'verbal', 'legal-authority', 'constituent'],
  'send-to': ['customer', 'representative', 'both'],
  tenure: ['tenant', 'leaseholder', 'shared-owner', 'other'],
  'asked-before': ['yes', 'no'],
  route: ['service-request', 'complaint'],
  'contact-methods': ['email', 'phone', 'letter', 'text'],
  'update-frequency': ['weekly', 'fortnightly', 'when-news'],
  'letter-language': ['en', 'bn', 'hi', 'ur', 'zh-hant', 'pl'],
  'letter-format': ['standard', 'large-print', 'braille', 'audio', 'easy-read'],
  document: ['policy', 'my-case', 'all-letters'],
  named: ['yes', 'no'],
  'send-by': ['email', 'post'],
};

/** A complaint for oneself (tests/api/journeys.rs `answer_complaint`), leaseholder so an arrow key is used. */
export function complaintForMyself() {
  return {
    journey: 'complaint',
    steps: [
      { step: 'who', required: true, fields: [radio('who', 'myself')] },
      {
        step: 'customer',
        required: true,
        fields: [
          text('customer-name', 'Zofia Wójcik'),
          text('customer-address', '1 Main Street\nWidnes'),
          text('customer-postcode', 'wa8 7qx'),
        ],
      },
      { step: 'tenure', required: true, fields: [radio('tenure', 'leaseholder')] },
      { step: 'what-happened', required: true, fields: [text('what-happened', 'The boiler broke in October.\nNobody came.')] },
      { step: 'when', required: true, fields: [date('when', daysAgo(20))] },
      { step: 'outcome', required: true, fields: [text('outcome', 'Fix the boiler and say sorry')] },
      { step: 'asked-before', required: true, fields: [radio('asked-before', 'yes')] },
      {
        step: 'contact',
        required: true,
        fields: [checkboxes('contact-methods', ['email', 'letter']), text('email', 'zofia@example.org')],
      },
      {
        step: 'updates',
        required: true,
        fields: [radio('update-frequency', 'weekly'), text('avoid-times', 'Not on Fridays')],
      },
      {
        step: 'letters',
        required: true,
        fields: [radio('letter-language', 'pl'), radio('letter-format', 'large-print')],
      },
      {
        step: 'adjustments',
        required: false,
        fields: [text('adjustments', 'Please call after 10am'), text('disability', 'I am partially sighted')],
      },
    ],
    kind: 'complaint',
  };
}

/**
 * A complaint made for someone else (tests/api/journeys.rs, on someone's behalf), through every page a
 * complaint can show: representative and consent, a date over 12 months ago (the "older" page), and "No, this
 * is the first time" (the "route" page). `route` chooses what the case becomes.
 */
export function complaintForSomeoneElse({ route = 'complaint' } = {}) {
  return {
    journey: 'complaint',
    steps: [
      { step: 'who', required: true, fields: [radio('who', 'someone-else')] },
      {
        step: 'representative',
        required: true,
        fields: [
          radio('rep-role', 'advocate'),
          text('rep-name', 'Asha Begum'),
          text('rep-organisation', 'Halton Advocacy'),
          text('rep-email', 'asha@advocacy.example'),
        ],
      },
      { step: 'consent', required: true, fields: [radio('consent', 'written'), radio('send-to', 'both')] },
      { step: 'customer', required: true, fields: [text('customer-name', 'রহিম উদ্দিন')] },
      { step: 'tenure', required: true, fields: [radio('tenure', 'leaseholder')] },
      { step: 'what-happened', required: true, fields: [text('what-happened', 'ছাদ থেকে পানি পড়ছে')] },
      { step: 'when', required: true, fields: [date('when', { day: '1', month: '1', year: '2020' })] },
      { step: 'older', required: false, fields: [] },
      { step: 'outcome', required: true, fields: [text('outcome', 'মেরামত')] },
      { step: 'asked-before', required: true, fields: [radio('asked-before', 'no')] },
      { step: 'route', required: true, fields: [radio('route', route)] },
      { step: 'contact', required: true, fields: [checkboxes('contact-methods', ['phone']), text('phone', '07700 900123')] },
      { step: 'updates', required: true, fields: [radio('update-frequency', 'when-news')] },
      { step: 'letters', required: true, fields: [radio('letter-language', 'bn'), radio('letter-format', 'standard')] },
      { step: 'adjustments', required: false, fields: [] },
    ],
    kind: route === 'service-request' ? 'service-request' : 'complaint',
  };
}

/** An enquiry from an MP (tests/api/journeys.rs `an_enquiry_from_an_mp_is_a_formal_enquiry`). */
export function enquiryFromAnMp() {
  return {
    journey: 'enquiry',
    steps: [
      { step: 'who', required: true, fields: [radio('who', 'official')] },
      {
        step: 'official',
        required: true,
        fields: [
          radio('official-role', 'mp'),
          text('rep-name', 'Jane Member MP'),
          text('rep-email', 'jane.member@parliament.example'),
        ],
      },
      { step: 'consent', required: true, fields: [radio('consent', 'constituent'), radio('send-to', 'representative')] },
      { step: 'customer', required: true, fields: [text('customer-name', 'Li Wei')] },
      {
        step: 'request',
        required: true,
        fields: [text('request', 'My constituent has waited 3 months for a transfer decision.')],
      },
      {
        step: 'contact',
        required: true,
        fields: [checkboxes('contact-methods', ['email']), text('email', 'li.wei@example.org')],
      },
      {
        step: 'letters',
        required: true,
        fields: [radio('letter-language', 'zh-hant'), radio('letter-format', 'standard')],
      },
    ],
    kind: 'formal-enquiry',
  };
}

/** A compliment (tests/api/journeys.rs `a_compliment_is_recorded_and_thanked`). */
export function compliment() {
  return {
    journey: 'compliment',
    steps: [
      { step: 'compliment-about', required: true, fields: [text('compliment-about', 'Ekipa remontowa')] },
      { step: 'compliment-what', required: true, fields: [text('compliment-what', 'Szybko naprawili dach.')] },
      { step: 'named', required: true, fields: [radio('named', 'yes')] },
      { step: 'compliment-you', required: true, fields: [text('customer-name', 'Łukasz Żółć')] },
    ],
    kind: 'compliment',
  };
}

/** A format request sent by post (tests/api/journeys.rs `a_format_request_is_recorded_as_a_standing_preference`). */
export function formatRequest() {
  return {
    journey: 'format',
    steps: [
      { step: 'document', required: true, fields: [radio('document', 'all-letters')] },
      { step: 'letters', required: true, fields: [radio('letter-language', 'ur'), radio('letter-format', 'audio')] },
      { step: 'format-you', required: true, fields: [text('customer-name', 'عائشہ خان')] },
      {
        step: 'send',
        required: true,
        fields: [radio('send-by', 'post'), text('customer-address', '2 Park Road, Widnes')],
      },
    ],
    kind: 'format-request',
  };
}

export const REFERENCE = /[A-Z0-9]{2,6}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}/;

export function stepPath(tag, journey, step) {
  return `/${tag}/${journey}/${step}`;
}

/** Where a step's Continue leads: the next step, or "check your answers" after the last. */
export function nextPath(tag, plan, index) {
  const next = plan.steps[index + 1];
  return next ? stepPath(tag, plan.journey, next.step) : `/${tag}/${plan.journey}/check`;
}

/** Fills a question page with the mouse-free Playwright actions (fill, check): for the non-keyboard tests. */
export async function fillStep(page, step) {
  for (const f of step.fields) {
    switch (f.kind) {
      case 'radio':
        await page.locator(`input[type="radio"][name="${f.name}"][value="${f.value}"]`).check();
        break;
      case 'checkboxes':
        for (const value of f.values) {
          await page.locator(`input[type="checkbox"][name="${f.name}"][value="${value}"]`).check();
        }
        break;
      case 'text':
        await page.locator(`[id="${f.name}"]`).fill(f.value);
        break;
      case 'date':
        await page.locator(`[id="${f.name}-day"]`).fill(f.value.day);
        await page.locator(`[id="${f.name}-month"]`).fill(f.value.month);
        await page.locator(`[id="${f.name}-year"]`).fill(f.value.year);
        break;
      default:
        throw new Error(`unknown field kind ${f.kind}`);
    }
  }
}

/**
 * Answers a journey's question pages from the current page (which must be its first step) to "check your
 * answers", asserting each Continue leads where it should. `onPage(step, index)` runs on each page before it
 * is answered (axe, an empty submit…). `from` and `to` answer only the steps from index `from` up to `to`.
 */
export async function answerJourney(page, tag, plan, { onPage, from = 0, to = plan.steps.length } = {}) {
  for (let i = from; i < to; i += 1) {
    const step = plan.steps[i];
    const expected = stepPath(tag, plan.journey, step.step);
    if (new URL(page.url()).pathname !== expected) {
      throw new Error(`expected to be on ${expected}, but the browser is on ${pathOf(page)}`);
    }
    if (onPage) await onPage(step, i);
    await fillStep(page, step);
    await submitWith(page, submitButton(page));
    const want = nextPath(tag, plan, i);
    const now = new URL(page.url()).pathname;
    if (now !== want) {
      const problems = await page.locator('.error-summary').innerText().catch(() => '');
      throw new Error(`Continue on ${expected} led to ${now}, expected ${want}. ${oneLine(problems)}`);
    }
  }
}

/** Presses Send on "check your answers" and returns the reference shown on the confirmation. */
export async function sendAndReadReference(page, tag, plan) {
  await submitWith(page, submitButton(page));
  const want = `/${tag}/${plan.journey}/confirmation`;
  const now = new URL(page.url()).pathname;
  if (now !== want) throw new Error(`Send led to ${now}, expected ${want}`);
  const reference = (await page.locator('.reference').innerText()).trim();
  if (!REFERENCE.test(reference)) throw new Error(`the confirmation shows "${reference}", not a reference`);
  return reference;
}
