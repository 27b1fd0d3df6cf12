// Small screens and zoom (WCAG 1.4.10 Reflow): no horizontal scrolling at 320 CSS px wide, on a phone-sized
// screen (with the standard, large and very large text settings) and on a 1280 px wide desktop zoomed to 400% (which lays out as 320 by 256 CSS px with four device
// pixels to each CSS pixel), in every language, on the start page, a question with radios, the date question,
// check your answers, the confirmation and the policy page.
//
// The journey is answered once per language in a desktop-sized context; the small contexts share its session
// cookie, so they see the same check answers and confirmation.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  BASE,
  LANGS,
  answerJourney,
  complaintForMyself,
  launch,
  newContext,
  oneLine,
  open,
  sendAndReadReference,
  stepPath,
  writeArtifact,
} from './helpers.mjs';

const PHONE = { viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const SCREENS = [
  { name: '320 px wide phone', options: PHONE },
  { name: '1280 px wide at 400% zoom', options: { viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 } },
  // The site's own text sizes (the display settings' cookie), on the narrowest screen.
  { name: '320 px wide phone, large text', options: PHONE, display: 'large.standard' },
  { name: '320 px wide phone, very large text', options: PHONE, display: 'very-large.standard' },
];

let browser;
const allOverflows = [];

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
  writeArtifact('reflow-problems.json', allOverflows);
});

/** Whether the page scrolls sideways, and if so the elements that stick out (innermost first). */
function measure(page) {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const width = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    const out = [];
    if (scrollWidth > width) {
      const rtl = document.documentElement.dir === 'rtl';
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        if (getComputedStyle(el).position === 'absolute' && r.right < 0) continue; // the hidden skip link
        const beyond = rtl ? -r.left : r.right - width;
        if (beyond > 0.5) out.push({ el, beyond });
      }
    }
    const path = (el) => {
      const parts = [];
      for (let e = el; e && e !== document.body; e = e.parentElement) {
        let p = e.tagName.toLowerCase();
        if (e.id) p += `#${e.id}`;
        else if (typeof e.className === 'string' && e.className.trim()) p += `.${e.className.trim().split(/\s+/).join('.')}`;
        parts.unshift(p);
      }
      return parts.join(' > ');
    };
    // Report the innermost elements that stick out: those with no child that also sticks out.
    const sticking = new Set(out.map((o) => o.el));
    const innermost = out.filter((o) => ![...o.el.children].some((c) => sticking.has(c)));
    return {
      width,
      scrollWidth,
      culprits: innermost.slice(0, 6).map((o) => ({
        selector: path(o.el),
        by: Math.round(o.beyond),
        html: o.el.outerHTML.slice(0, 240),
      })),
    };
  });
}

// Two languages at a time, each in its own contexts of the one browser.
describe('reflow', { concurrency: 2 }, () => {
  for (const { tag } of LANGS) {
    describe(`reflow, ${tag}`, () => {
      test(`${tag}: no horizontal scrolling at 320 CSS px (phone, and 1280 px at 400% zoom)`, async () => {
        const desktop = await newContext(browser);
        const small = [];
        const problems = [];
        let checked = 0;
        try {
          const page = await desktop.newPage();
          const plan = complaintForMyself();
          await open(page, stepPath(tag, 'complaint', 'who'));
          await answerJourney(page, tag, plan);
          const state = await desktop.storageState();
          for (const screen of SCREENS) {
            const context = await newContext(browser, { ...screen.options, storageState: state });
            if (screen.display) await context.addCookies([{ name: 'ttu_display', value: screen.display, url: BASE }]);
            small.push({ screen, page: await context.newPage(), context });
          }

          const checkAll = async (paths) => {
            for (const { screen, page: p } of small) {
              for (const path of paths) {
                await open(p, path);
                const m = await measure(p);
                checked += 1;
                if (m.scrollWidth > m.width) problems.push({ lang: tag, screen: screen.name, path, ...m });
              }
            }
          };
          await checkAll([
            `/${tag}/`,
            stepPath(tag, 'complaint', 'who'),
            stepPath(tag, 'complaint', 'when'),
            `/${tag}/complaint/check`,
            `/${tag}/policy`,
          ]);
          await sendAndReadReference(page, tag, plan);
          await checkAll([`/${tag}/complaint/confirmation`]);
        } finally {
          for (const { context } of small) await context.close();
          await desktop.close();
          allOverflows.push(...problems);
        }
        assert.equal(checked, SCREENS.length * 6);
        assert.deepEqual(
          problems,
          [],
          `${problems.length} page(s) scroll sideways:\n${problems
            .map(
              (p) =>
                `  ${p.path} (${p.screen}): ${p.scrollWidth}px of content in ${p.width}px\n${p.culprits
                  .map((c) => `    ${c.by}px too wide: ${c.selector}\n      ${oneLine(c.html, 200)}`)
                  .join('\n')}`,
            )
            .join('\n')}`,
        );
      });
    });
  }
});
