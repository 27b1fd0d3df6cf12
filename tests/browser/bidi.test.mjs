// Numbers and addresses in right-to-left text (WCAG 1.3.2 Meaningful Sequence): on Urdu pages every
// telephone number, email address and reference must be shown in its own left-to-right order, not with its
// groups of digits reversed by the bidirectional algorithm ("0303 333 0101" seen as "0101 333 0303"). The
// test reads the rendered order back from the browser: the position of each character on the screen, line by
// line and left to right, must spell the number as it is written. It runs on the start page, the published
// pages, a phone error (whose message gives example numbers) and check your answers, and first proves it can
// fail on a number put into the page without isolation.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import {
  ALL_LANGS,
  answerJourney,
  complaintForMyself,
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

/** The HTML part of an email file, decoded (Python's email package reads the MIME). */
function htmlOf(file) {
  const script = [
    'import email, sys',
    'from email import policy',
    'm = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=policy.default)',
    'print(m.get_body(preferencelist=("html",)).get_content())',
  ].join('\n');
  return execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
}

test("ur: an Urdu letter's HTML shows numbers and addresses in their own order", async () => {
  const folder = process.env.TTU_DATA_DIR && join(process.env.TTU_DATA_DIR, 'mail');
  assert.ok(folder, 'TTU_DATA_DIR names the running server\'s data folder, where its email is written (see tests/run)');
  const context = await newContext(browser, { viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    const plan = complaintForMyself();
    plan.steps.find((s) => s.step === 'letters').fields[0].value = 'ur';
    await open(page, stepPath(ur.tag, plan.journey, plan.steps[0].step));
    await answerJourney(page, ur.tag, plan);
    const reference = await sendAndReadReference(page, ur.tag, plan);
    const { found: onPage } = await misordered(page);
    assert.deepEqual(onPage, [], 'the confirmation page');
    // The receipt, written by the server's mail worker to its folder within a few seconds.
    let file;
    for (let i = 0; i < 100 && !file; i += 1) {
      const names = readdirSync(folder).filter((n) => n.endsWith('.eml'));
      file = names
        .map((n) => join(folder, n))
        .find((f) => {
          const html = htmlOf(f);
          return html.includes(reference) && html.includes('dir="rtl"');
        });
      if (!file) await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(file, `an Urdu letter for ${reference} in ${folder}`);
    await page.setContent(htmlOf(file));
    const { seen, found } = await misordered(page);
    assert.ok(seen >= 3, `numbers and addresses were found to read in the letter (${seen})`);
    assert.deepEqual(found, [], `shown in the wrong order in the letter:\n${found.map((f) => `  "${f.written}" shown as "${f.shown}" in ${f.in}`).join('\n')}`);
  } finally {
    await context.close();
  }
});
