// Touch targets (WCAG 2.2, 2.5.8 Target Size (Minimum)): on the start page and on a question page with
// radios, in every language, every link, button, radio and checkbox is at least 24 by 24 CSS px. The one
// exception taken is inline text: a link that sits inside a sentence (an inline box whose block also holds
// other text), whose size the line of text decides. Everything else is measured, at a desktop width and at
// 320 px.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { LANGS, launch, newContext, oneLine, open, writeArtifact } from './helpers.mjs';

const MIN = 24;

const SCREENS = [
  { name: 'desktop', options: { viewport: { width: 1024, height: 768 } } },
  { name: '320 px', options: { viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } },
];

let browser;
const allSmall = [];

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
  writeArtifact('touch-target-problems.json', allSmall);
});

/** Every link, button, radio and checkbox with its size, and whether it is a link inside a sentence. */
function targets(page) {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const blockOf = (el) => {
      for (let e = el.parentElement; e; e = e.parentElement) {
        if (!getComputedStyle(e).display.startsWith('inline')) return e;
      }
      return document.body;
    };
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
    const out = [];
    for (const el of document.querySelectorAll('a[href], button, input[type="radio"], input[type="checkbox"]')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      // The skip link is measured as it is when it has focus and can be seen.
      if (el.classList.contains('skip-link')) el.focus();
      const r = el.getBoundingClientRect();
      const inline = el.tagName === 'A' && style.display === 'inline';
      let inSentence = false;
      if (inline) {
        const block = blockOf(el);
        const all = block.textContent.replace(/\s+/g, ' ').trim();
        const own = el.textContent.replace(/\s+/g, ' ').trim();
        inSentence = all.length > own.length && all.replace(own, '').replace(/[\s.,;:()–-]/g, '').length > 0;
      }
      out.push({
        selector: path(el),
        text: el.textContent.replace(/\s+/g, ' ').trim().slice(0, 60),
        width: Math.round(r.width * 10) / 10,
        height: Math.round(r.height * 10) / 10,
        display: style.display,
        inSentence,
        html: el.outerHTML.slice(0, 200),
      });
      if (el.classList.contains('skip-link')) el.blur();
    }
    return out;
  });
}

for (const { tag } of LANGS) {
  describe(`touch targets, ${tag}`, () => {
    test(`${tag}: links, buttons, radios and checkboxes are at least ${MIN}×${MIN} CSS px (start page, a radio question)`, async (t) => {
      const small = [];
      const inlineSmall = new Set();
      let measured = 0;
      let exempt = 0;
      for (const screen of SCREENS) {
        const context = await newContext(browser, screen.options);
        const page = await context.newPage();
        try {
          for (const path of [`/${tag}/`, `/${tag}/complaint/who`]) {
            await open(page, path);
            const found = await targets(page);
            assert.ok(found.length > 10, `${path} has links and buttons to measure`);
            for (const target of found) {
              if (target.inSentence) {
                exempt += 1;
                if (target.width < MIN || target.height < MIN) {
                  inlineSmall.add(`${target.width}×${target.height} "${target.text}" in ${target.selector}`);
                }
                continue;
              }
              measured += 1;
              if (target.width < MIN || target.height < MIN) small.push({ lang: tag, screen: screen.name, path, ...target });
            }
          }
        } finally {
          await context.close();
        }
      }
      allSmall.push(...small);
      t.diagnostic(`${measured} targets measured, ${exempt} links inside sentences left out`);
      for (const line of inlineSmall) t.diagnostic(`inline, so allowed though under ${MIN} px: ${line}`);
      assert.deepEqual(
        small,
        [],
        `${small.length} target(s) smaller than ${MIN}×${MIN} CSS px:\n${small
          .map((s) => `  ${s.path} (${s.screen}): ${s.width}×${s.height} ${s.display} "${s.text}"\n    ${s.selector}\n    ${oneLine(s.html)}`)
          .join('\n')}`,
      );
    });
  });
}
