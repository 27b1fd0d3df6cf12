// Numbers and addresses in right-to-left text (WCAG 1.3.2 Meaningful Sequence): on Urdu pages every
// telephone number, email address and reference must be shown in its own left-to-right order, not with its
// groups of digits reversed by the bidirectional algorithm ("0303 333 0101" seen as "0101 333 0303"). The
// test reads the rendered order back from the browser: the position of each character on the screen, line by
// line and left to right, must spell the number as it is written. It runs on the start page, the published
// pages, a phone error (whose message gives example numbers) and check your answers, and first proves it can
// fail on a number put into the page without isolation.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { ALL_LANGS, answerJourney, complaintForMyself, launch, newContext, open, stepPath, submitButton, submitWith } from './helpers.mjs';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/** Every phone number, email address and reference on the page whose characters are not shown in order. */
function misordered(page) {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const pattern = /\+?\d[\d ]{7,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[A-Z0-9]{2,6}-[A-Z0-9]{4}-[A-Z0-9]{4}\b/g;
    const found = [];
    let seen = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.data.matchAll(pattern)) {
        const chars = [];
        for (let i = m.index; i < m.index + m[0].length; i += 1) {
          if (node.data[i] === ' ') continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const r = range.getBoundingClientRect();
          if (r.width < 1 || r.height < 1) continue; // visually hidden text has no visual order
          chars.push({ c: node.data[i], x: r.left + r.width / 2, y: r.top + r.height / 2, h: r.height });
        }
        if (chars.length === 0) continue;
        seen += 1;
        // Lines from the top; on each line, left to right.
        const lineOf = (ch) => Math.round(ch.y / (chars[0].h * 0.75));
        chars.sort((a, b) => lineOf(a) - lineOf(b) || a.x - b.x);
        const shown = chars.map((ch) => ch.c).join('');
        const written = m[0].replace(/ /g, '');
        if (shown !== written) found.push({ written: m[0], shown, in: node.parentElement.outerHTML.slice(0, 160) });
      }
    }
    return { seen, found };
  });
}

const ur = ALL_LANGS.find((l) => l.tag === 'ur');

test('ur: the check reads a number shown in the wrong order as wrong', async () => {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await open(page, `/${ur.tag}/`);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'unisolated';
      p.textContent = 'فون کریں 0303 333 0101 آج';
      document.querySelector('main').append(p);
    });
    const { found } = await misordered(page);
    assert.ok(
      found.some((f) => f.written === '0303 333 0101' && f.in.includes('unisolated')),
      `a number without isolation is found reversed: ${JSON.stringify(found)}`,
    );
  } finally {
    await context.close();
  }
});

test('ur: phone numbers, email addresses and references read in their own order on every kind of page', async () => {
  const context = await newContext(browser, { viewport: { width: 390, height: 844 } });
  const problems = [];
  let seen = 0;
  const check = async (page, label) => {
    const r = await misordered(page);
    seen += r.seen;
    for (const f of r.found) problems.push({ page: label, ...f });
  };
  try {
    const page = await context.newPage();
    for (const path of ['/', '/policy', '/privacy', '/accessibility']) {
      await open(page, `/${ur.tag}${path}`);
      await check(page, path);
    }
    // A phone number that is not one: the error gives two example numbers.
    const plan = complaintForMyself();
    const contact = plan.steps.findIndex((s) => s.step === 'contact');
    await open(page, stepPath(ur.tag, plan.journey, plan.steps[0].step));
    await answerJourney(page, ur.tag, plan, { to: contact });
    await page.locator('input[name="contact-methods"][value="phone"]').check();
    await page.locator('[id="phone"]').fill('12');
    await submitWith(page, submitButton(page));
    assert.ok(await page.locator('.error-summary').count(), 'the phone error is shown');
    await check(page, 'contact, phone error');
    await page.locator('[id="phone"]').fill('0151 510 5000');
    await submitWith(page, submitButton(page));
    await answerJourney(page, ur.tag, plan, { from: contact + 1 });
    await check(page, 'check your answers');
  } finally {
    await context.close();
  }
  assert.ok(seen >= 10, `numbers and addresses were found to read (${seen})`);
  assert.deepEqual(problems, [], `shown in the wrong order:\n${problems.map((p) => `  ${p.page}: "${p.written}" shown as "${p.shown}" in ${p.in}`).join('\n')}`);
});
