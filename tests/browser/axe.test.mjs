// axe-core (WCAG 2.0, 2.1 and 2.2 A and AA rules) on every page a person can reach, in all six languages:
// the start page, the published pages, display settings before and after saving, the 404 page, every
// question page of every journey with its error state, check answers, confirmation and the printable record.
// A page whose DOM is the same as one already checked in that language, but for link targets and the form
// tokens (complaint/who and enquiry/who, for example), has the same results and is not checked twice.
// Every violation is printed with its rule, impact, help and the elements it found, so the markup or CSS
// can be fixed; the findings are also written to artifacts/axe-violations.json.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  LANGS,
  answerJourney,
  axe,
  complaintForMyself,
  complaintForSomeoneElse,
  compliment,
  enquiryFromAnMp,
  formatRequest,
  formatViolations,
  launch,
  newContext,
  open,
  sendAndReadReference,
  stepPath,
  submitButton,
  submitWith,
  writeArtifact,
} from './helpers.mjs';

let browser;
const everything = [];
let pagesChecked = 0;
let pagesIdentical = 0;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
  writeArtifact('axe-violations.json', { pagesChecked, pagesIdentical, violations: everything });
});

/**
 * The page's DOM as axe sees it, less what cannot change axe's results: link targets and the form tokens.
 * Two pages with the same DOM but for those (complaint/who and enquiry/who, say) get the same results.
 */
function sameness(page) {
  return page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true);
    for (const el of copy.querySelectorAll('[href]')) el.setAttribute('href', '');
    for (const el of copy.querySelectorAll('input[name="csrf"], input[name="draft"]')) el.setAttribute('value', '');
    return `${document.documentElement.className}|${copy.outerHTML}`;
  });
}

/**
 * Runs `body(page, check)` in a fresh context; `check(label)` runs axe on the page as it is, unless this
 * language already had an identical page checked; the test fails with every violation at the end.
 */
async function withAxe(seen, options, body) {
  const context = await newContext(browser, options);
  const page = await context.newPage();
  const found = [];
  const check = async (label) => {
    const key = await sameness(page);
    if (seen.has(key)) {
      pagesIdentical += 1;
      return;
    }
    seen.add(key);
    pagesChecked += 1;
    await axe(page, label, found);
  };
  try {
    await body(page, check);
  } finally {
    await context.close();
    everything.push(...found);
  }
  assert.equal(found.length, 0, `axe found ${found.length} violation(s):\n${formatViolations(found)}`);
}

/**
 * Goes through a journey from its first page: on each page axe runs on the page as it arrives, then (where
 * the page has required answers) on its error state after an empty Continue, then the page is answered.
 * Then check answers, Send, the confirmation, and the record linked from it.
 */
async function journeyWithAxe(page, check, tag, plan) {
  await open(page, stepPath(tag, plan.journey, plan.steps[0].step));
  await answerJourney(page, tag, plan, {
    onPage: async (step) => {
      await check(`${plan.journey} question "${step.step}"`);
      if (step.required) {
        await submitWith(page, submitButton(page));
        assert.equal(
          await page.locator('.error-summary').count(),
          1,
          `an empty ${step.step} page shows the error summary (${page.url()})`,
        );
        await check(`${plan.journey} question "${step.step}", error state (submitted empty)`);
      }
    },
  });
  await check(`${plan.journey} check answers`);
  await sendAndReadReference(page, tag, plan);
  await check(`${plan.journey} confirmation (${plan.kind})`);
  await submitWith(page, page.locator(`main a[href="/${tag}/${plan.journey}/record"]`));
  assert.equal(new URL(page.url()).pathname, `/${tag}/${plan.journey}/record`);
  await check(`${plan.journey} printable record`);
}

// Two languages at a time, each in its own contexts of the one browser: axe waits more than it works.
describe('axe', { concurrency: Number(process.env.TTU_AXE_CONCURRENCY ?? 2) }, () => {
  for (const { tag } of LANGS) {
    describe(`axe, ${tag}`, () => {
      const seen = new Set();
      test(`${tag}: start, policy, accessibility, privacy, display settings and the 404 page`, async () => {
        await withAxe(seen, {}, async (page, check) => {
          await open(page, `/${tag}/`);
          await check('start');
          for (const name of ['policy', 'accessibility', 'privacy']) {
            await open(page, `/${tag}/${name}`);
            await check(name);
          }
          await open(page, `/${tag}/no-such-page`, { status: 404 });
          await check('404 (unknown page)');
          await open(page, `/${tag}/complaint/no-such-step`, { status: 404 });
          await check('404 (unknown question)');

          await open(page, `/${tag}/display?return=/`);
          await check('display settings');
          await page.locator('#text-size-2').check(); // Large
          await page.locator('#contrast-2').check(); // High contrast
          await submitWith(page, submitButton(page));
          const classes = await page.locator('html').getAttribute('class');
          assert.match(classes ?? '', /\btext-large\b/, 'large text saved');
          assert.match(classes ?? '', /\bcontrast-high\b/, 'high contrast saved');
          await check('display settings, saved (large text, high contrast)');
          await open(page, `/${tag}/`);
          await check('start (large text, high contrast)');
          await open(page, `/${tag}/complaint/who`);
          await check('complaint question "who" (large text, high contrast)');
          await submitWith(page, submitButton(page));
          await check('complaint question "who", error state (large text, high contrast)');
        });
      });

      test(`${tag}: complaint for someone else, every page and error state (representative, consent, older, route)`, async () => {
        await withAxe(seen, {}, (page, check) => journeyWithAxe(page, check, tag, complaintForSomeoneElse()));
      });

      test(`${tag}: complaint for myself (the customer, tenure and contact pages' wording for oneself)`, async () => {
        await withAxe(seen, {}, (page, check) => journeyWithAxe(page, check, tag, complaintForMyself()));
      });

      test(`${tag}: enquiry as an MP, every page and error state (official, consent)`, async () => {
        await withAxe(seen, {}, (page, check) => journeyWithAxe(page, check, tag, enquiryFromAnMp()));
      });

      test(`${tag}: compliment, every page and error state`, async () => {
        await withAxe(seen, {}, (page, check) => journeyWithAxe(page, check, tag, compliment()));
      });

      test(`${tag}: format request, every page and error state`, async () => {
        await withAxe(seen, {}, (page, check) => journeyWithAxe(page, check, tag, formatRequest()));
      });
    });
  }
});
