// Display settings without JavaScript: in every language, with scripts off, "Very large" text and "High
// contrast" are chosen on the settings page (reached from the footer link) and saved; the next page, and every
// page after it, has <html class="text-very-large contrast-high">, and the larger text really applies.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { LANGS, launch, newContext, open, submitButton, submitWith } from './helpers.mjs';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

async function classesOf(page) {
  return ((await page.locator('html').getAttribute('class')) ?? '').split(/\s+/).filter(Boolean).sort();
}

for (const { tag } of LANGS) {
  describe(`display settings, ${tag}`, () => {
    test(`${tag}: "Very large" and "High contrast" saved with scripts off apply to the next pages`, async () => {
      const context = await newContext(browser, { javaScriptEnabled: false });
      const page = await context.newPage();
      try {
        await open(page, `/${tag}/complaint/who`);
        assert.deepEqual(await classesOf(page), ['text-standard'], 'the standard display to begin with');
        const standardSize = await page.locator('html').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));

        await submitWith(page, page.locator(`footer a[href^="/${tag}/display"]`));
        assert.equal(new URL(page.url()).pathname, `/${tag}/display`);
        assert.equal(new URL(page.url()).searchParams.get('return'), '/complaint/who');
        await page.locator('input[name="text-size"][value="very-large"]').check();
        await page.locator('input[name="contrast"][value="high"]').check();
        await submitWith(page, submitButton(page));

        // The next page: the settings page again, saying they are saved.
        assert.equal(new URL(page.url()).pathname, `/${tag}/display`);
        assert.deepEqual(await classesOf(page), ['contrast-high', 'text-very-large']);
        // The outcome takes focus, as GOV.UK's success banner does, with no script: keyboard and screen-reader
        // users land on it.
        assert.equal(
          await page.evaluate(() => document.activeElement?.getAttribute('role')),
          'alert',
          'the "saved" banner has focus',
        );
        assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('notification-success')), true);
        assert.equal(await page.locator('input[name="text-size"][value="very-large"]').isChecked(), true);
        assert.equal(await page.locator('input[name="contrast"][value="high"]').isChecked(), true);
        const size = await page.locator('html').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
        assert.equal(size, standardSize * 1.5, 'very large text is 150% of the standard size');

        // "Go back to where you were", and the pages after it.
        await submitWith(page, page.locator(`main a:not(.back-link)[href="/${tag}/complaint/who"]`));
        assert.equal(new URL(page.url()).pathname, `/${tag}/complaint/who`);
        assert.deepEqual(await classesOf(page), ['contrast-high', 'text-very-large']);
        await open(page, `/${tag}/`);
        assert.deepEqual(await classesOf(page), ['contrast-high', 'text-very-large']);
        const background = await page.locator('header.header').evaluate((e) => getComputedStyle(e).backgroundColor);
        assert.equal(background, 'rgb(0, 0, 0)', 'high contrast: the header is black');
      } finally {
        await context.close();
      }
    });
  });
}
