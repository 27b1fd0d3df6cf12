// Text spacing (WCAG 1.4.12): with line height 1.5, paragraph spacing 2em, letter spacing 0.12em and word
// spacing 0.16em forced on every element (the W3C's test bookmarklet), no field, button or text is cut off
// and the page does not scroll sideways, in every language, at 390 px and 1280 px wide, on every question
// page of a complaint with its answers filled in, check your answers and the start page.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { LANGS, answerJourney, complaintForMyself, launch, newContext, open, stepPath } from './helpers.mjs';

const SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

const WIDTHS = [390, 1280];

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/** The controls whose own text no longer fits them, and whether the page scrolls sideways. */
function clipped(page) {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const out = [];
    for (const el of document.querySelectorAll('input:not([type=hidden]):not([type=radio]):not([type=checkbox]), textarea, button, select')) {
      const over = el.scrollWidth - el.clientWidth;
      if (el.clientWidth > 0 && over > 1) out.push({ field: el.id || el.name || el.textContent.trim().slice(0, 30), by: over });
    }
    return { out, sideways: document.documentElement.scrollWidth - window.innerWidth };
  });
}

describe('text spacing', { concurrency: 2 }, () => {
  for (const { tag } of LANGS) {
    test(`${tag}: nothing is cut off with WCAG 1.4.12 text spacing`, async () => {
      const problems = [];
      let checked = 0;
      for (const width of WIDTHS) {
        // The spacing is a user style sheet, as the bookmarklet's is: the site's CSP rightly refuses inline styles.
        const context = await newContext(browser, { viewport: { width, height: 900 }, bypassCSP: true });
        try {
          const page = await context.newPage();
          const plan = complaintForMyself();
          await open(page, stepPath(tag, plan.journey, plan.steps[0].step));
          await answerJourney(page, tag, plan);
          const paths = [`/${tag}/`, ...plan.steps.map((s) => stepPath(tag, plan.journey, s.step)), `/${tag}/${plan.journey}/check`];
          for (const path of paths) {
            await open(page, path);
            await page.addStyleTag({ content: SPACING });
            const r = await clipped(page);
            checked += 1;
            for (const c of r.out) problems.push(`${path} at ${width}px: ${c.field} cuts off its text by ${c.by}px`);
            if (r.sideways > 0) problems.push(`${path} at ${width}px: scrolls sideways by ${r.sideways}px`);
          }
        } finally {
          await context.close();
        }
      }
      assert.ok(checked >= 2 * 12, `pages checked: ${checked}`);
      assert.deepEqual(problems, []);
    });
  }
});
