// No JavaScript: with scripts turned off in the browser, every journey can be completed in every language
// (a complaint for someone else, an enquiry from an MP, a compliment, a format request), ending on the
// confirmation with a reference; and a page sent empty shows the error summary and "Error:" in the title.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  LANGS,
  answerJourney,
  complaintForSomeoneElse,
  compliment,
  enquiryFromAnMp,
  formatRequest,
  launch,
  newContext,
  open,
  sendAndReadReference,
  stepPath,
  submitButton,
  submitWith,
} from './helpers.mjs';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

async function withoutJavaScript(body) {
  const context = await newContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    return await body(page);
  } finally {
    await context.close();
  }
}

/** The page's <title> as the browser has it (read without running script in the page). */
async function titleOf(page) {
  return (await page.locator('head > title').textContent()).trim();
}

// A complaint for someone else that becomes a service request: "No, this is the first time", then the
// service-request route. The axe test sends the complaint route.
const PLANS = [
  ['a complaint on someone\'s behalf', () => complaintForSomeoneElse({ route: 'service-request' })],
  ['an enquiry as an MP', enquiryFromAnMp],
  ['a compliment', compliment],
  ['a format request', formatRequest],
];

test('scripts really are off in these contexts', async () => {
  await withoutJavaScript(async (page) => {
    await page.goto('data:text/html,<title>before</title><script>document.title = "ran"</script>');
    assert.equal(await titleOf(page), 'before');
  });
});

// Two languages at a time, each in its own contexts of the one browser.
describe('no JavaScript', { concurrency: 2 }, () => {
  for (const { tag } of LANGS) {
    describe(`no JavaScript, ${tag}`, () => {
      for (const [name, makePlan] of PLANS) {
        test(`${tag}: ${name}, from the first question to the confirmation, with an empty page refused first`, async () => {
          await withoutJavaScript(async (page) => {
            const plan = makePlan();
            const first = plan.steps[0];
            await open(page, stepPath(tag, plan.journey, first.step));
            const title = await titleOf(page);

            // An empty required page: error summary at the top, linked to the field, and the title marked.
            await submitWith(page, submitButton(page));
            assert.equal(new URL(page.url()).pathname, stepPath(tag, plan.journey, first.step), 'stays on the page');
            const summary = page.locator('main .error-summary');
            assert.equal(await summary.count(), 1, 'the error summary is shown');
            assert.ok(
              await page.evaluate(() => document.querySelector('main > .error-summary, main form')?.matches('.error-summary')),
              'the error summary is the first thing in <main>',
            );
            const field = first.fields[0];
            const anchor = field.kind === 'date' ? `#${field.name}-day` : `#${field.name}`;
            assert.equal(await summary.locator(`a[href="${anchor}"]`).count(), 1, `the summary links to ${anchor}`);
            assert.equal(await page.locator(anchor).count(), 1, `${anchor} exists to be linked to`);
            const errorTitle = await titleOf(page);
            assert.notEqual(errorTitle, title, 'the title changes on error');
            assert.ok(errorTitle.endsWith(` ${title}`), `"${errorTitle}" is a prefix and then "${title}"`);
            const prefix = errorTitle.slice(0, errorTitle.length - title.length - 1);
            assert.ok(prefix.trim().length > 0, 'the error prefix is not empty');
            if (tag === 'en') assert.equal(prefix, 'Error:');
            assert.equal(
              await page.evaluate(() => document.activeElement?.classList.contains('error-summary')),
              true,
              'the error summary has focus when the page loads (autofocus, no script)',
            );

            await answerJourney(page, tag, plan);
            const reference = await sendAndReadReference(page, tag, plan);
            assert.ok(reference.length > 0);
          });
        });
      }
    });
  }
});
