// Keyboard only: in each language, a complaint for oneself from the start page to the confirmation with
// nothing but keys. Tab and Shift+Tab move; text is typed into the focused box; Space chooses radios and
// checkboxes and arrow keys move within a radio group; Enter or Space presses the focused link or button.
// There is no click, no fill, and no page.goto after the first page.
//
// On every page the first Tab stop must be the skip link, which must move focus to <main>. Every element
// focus lands on must show it: an outline that is not "none", zero or transparent, or a box-shadow or
// background colour that differs from the element's unfocused style; and it must be on screen.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  LANGS,
  OPTIONS,
  REFERENCE,
  checkResponse,
  complaintForMyself,
  launch,
  newContext,
  nextPath,
  oneLine,
  open,
  pathOf,
  stepPath,
  writeArtifact,
} from './helpers.mjs';

let browser;
const allProblems = [];

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
  writeArtifact('keyboard-focus-problems.json', allProblems);
});

const MAX_TABS = 120;

/** Remembers every focusable element's unfocused style, to tell a focus style from the normal one. */
async function rememberUnfocusedStyles(page) {
  await page.evaluate(() => {
    const styles = new WeakMap();
    for (const el of document.querySelectorAll('a[href], button, input, textarea, select, [tabindex]')) {
      const s = getComputedStyle(el);
      styles.set(el, { boxShadow: s.boxShadow, backgroundColor: s.backgroundColor });
    }
    window.__ttuUnfocused = styles;
  });
}

/** What has focus now, whether it matches `selector`, and whether its focus can be seen. */
function focusState(page, selector) {
  return page.evaluate((sel) => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return { none: true };
    const s = getComputedStyle(el);
    const before = window.__ttuUnfocused?.get(el);
    const transparent = (c) => c === 'transparent' || /^rgba\(.*,\s*0\)$/.test(c);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !transparent(s.outlineColor);
    const shadow = s.boxShadow !== 'none' && (!before || s.boxShadow !== before.boxShadow);
    const background = !!before && s.backgroundColor !== before.backgroundColor;
    const r = el.getBoundingClientRect();
    const onScreen =
      r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
    const describe = () => {
      let d = el.tagName.toLowerCase();
      if (el.id) d += `#${el.id}`;
      if (el.className && typeof el.className === 'string') d += `.${el.className.trim().split(/\s+/).join('.')}`;
      for (const a of ['name', 'value', 'href', 'type']) if (el.getAttribute(a)) d += `[${a}="${el.getAttribute(a)}"]`;
      return d;
    };
    return {
      none: false,
      matches: sel ? el.matches(sel) : false,
      visible: (outline || shadow || background) && onScreen,
      onScreen,
      element: describe(),
      html: el.outerHTML.slice(0, 300),
      style: { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, boxShadow: s.boxShadow, backgroundColor: s.backgroundColor },
    };
  }, selector ?? null);
}

/** A keyboard walk through one browser tab, collecting focus problems rather than stopping at the first. */
class Keyboard {
  constructor(page, tag) {
    this.page = page;
    this.tag = tag;
    this.problems = [];
    this.stops = 0;
  }

  async checkFocus(state) {
    this.stops += 1;
    if (!state.visible) {
      this.problems.push({
        lang: this.tag,
        url: pathOf(this.page),
        element: state.element,
        html: state.html,
        problem: state.onScreen ? 'focus is not visible' : 'the focused element is not on screen',
        style: state.style,
      });
    }
  }

  /** Presses Tab (or Shift+Tab) until focus is on an element matching `selector`. */
  async tabTo(selector, { reverse = false } = {}) {
    const key = reverse ? 'Shift+Tab' : 'Tab';
    const passed = [];
    for (let i = 0; i < MAX_TABS; i += 1) {
      await this.page.keyboard.press(key);
      const state = await focusState(this.page, selector);
      if (state.none) {
        passed.push('(nothing: focus left the page)');
        continue;
      }
      await this.checkFocus(state);
      if (state.matches) return state;
      passed.push(state.element);
    }
    throw new Error(
      `${key} never reached ${selector} on ${pathOf(this.page)} in ${MAX_TABS} presses; it passed:\n  ${[
        ...new Set(passed),
      ].join('\n  ')}`,
    );
  }

  /** Presses a key that should load a new page, and waits for it. */
  async pressAndWait(key, expectedPath) {
    const navigation = this.page.waitForNavigation({ waitUntil: 'load' });
    await this.page.keyboard.press(key);
    checkResponse(this.page, await navigation);
    const now = new URL(this.page.url()).pathname;
    if (now !== expectedPath) {
      const problems = await this.page.locator('.error-summary').innerText().catch(() => '');
      throw new Error(`${key} led to ${now}, expected ${expectedPath}. ${oneLine(problems)}`);
    }
    await rememberUnfocusedStyles(this.page);
  }

  /** The first Tab stop on the page is the skip link. */
  async firstStopIsSkipLink() {
    await this.page.keyboard.press('Tab');
    const first = await focusState(this.page, 'a.skip-link[href="#main"]');
    assert.ok(!first.none && first.matches, `the first Tab stop on ${pathOf(this.page)} is the skip link, not ${first.element}`);
    await this.checkFocus(first);
  }

  /** The first Tab stop is the skip link, and Enter on it puts focus on <main>. */
  async skipToMain() {
    await this.firstStopIsSkipLink();
    await this.page.keyboard.press('Enter');
    const main = await this.page.evaluate(() => document.activeElement?.tagName === 'MAIN' && document.activeElement.id === 'main');
    assert.ok(main, `Enter on the skip link moves focus to <main id="main"> on ${pathOf(this.page)}`);
  }

  /** Chooses a radio button: Tab into the group, arrow keys to the option, Space to choose it. */
  async radio(name, value) {
    const state = await this.tabTo(`input[type="radio"][name="${name}"]`);
    const options = OPTIONS[name];
    let at = options.indexOf(await this.page.evaluate(() => document.activeElement.value));
    const want = options.indexOf(value);
    assert.ok(at >= 0 && want >= 0, `${name}: focus on ${state.element}, want ${value}`);
    while (at < want) {
      await this.page.keyboard.press('ArrowDown');
      at += 1;
    }
    while (at > want) {
      await this.page.keyboard.press('ArrowUp');
      at -= 1;
    }
    const focused = await focusState(this.page, `input[type="radio"][name="${name}"][value="${value}"]`);
    assert.ok(focused.matches, `arrow keys moved focus to ${name}=${value}, not ${focused.element}`);
    await this.checkFocus(focused);
    await this.page.keyboard.press('Space');
    assert.ok(await this.page.evaluate(() => document.activeElement.checked), `Space chose ${name}=${value}`);
  }

  async checkbox(name, value) {
    await this.tabTo(`input[type="checkbox"][name="${name}"][value="${value}"]`);
    await this.page.keyboard.press('Space');
    assert.ok(await this.page.evaluate(() => document.activeElement.checked), `Space ticked ${name}=${value}`);
  }

  async type(id, text) {
    await this.tabTo(`[id="${id}"]`);
    await this.page.keyboard.type(text);
    const value = await this.page.evaluate(() => document.activeElement.value);
    assert.equal(value.replace(/\r\n/g, '\n'), text, `typed into #${id}`);
  }

  /** The date boxes: Tab to the day, then Tab moves straight to month and year. */
  async date(name, { day, month, year }) {
    await this.type(`${name}-day`, day);
    for (const [part, text] of [['month', month], ['year', year]]) {
      await this.page.keyboard.press('Tab');
      const state = await focusState(this.page, `[id="${name}-${part}"]`);
      assert.ok(state.matches, `Tab from the ${name} boxes goes to ${name}-${part}, not ${state.element}`);
      await this.checkFocus(state);
      await this.page.keyboard.type(text);
    }
  }
}

for (const { tag } of LANGS) {
  describe(`keyboard only, ${tag}`, () => {
    test(`${tag}: a complaint for myself from the start page to the confirmation with the keyboard alone`, async (t) => {
      const context = await newContext(browser);
      const page = await context.newPage();
      const kb = new Keyboard(page, tag);
      const plan = complaintForMyself();
      try {
        await open(page, `/${tag}/`);
        await rememberUnfocusedStyles(page);
        await kb.skipToMain();
        await kb.tabTo(`a[href="/${tag}/complaint/who"]`);
        await kb.pressAndWait('Enter', stepPath(tag, 'complaint', 'who'));

        // On the question pages the skip link is not used: the browser keeps a page's #main through the form
        // post and its redirect, so the next page would open with focus already starting in <main>. Tab goes
        // on from the skip link through the header and the back link, each of which must show focus.
        for (let i = 0; i < plan.steps.length; i += 1) {
          const step = plan.steps[i];
          await kb.firstStopIsSkipLink();
          for (const f of step.fields) {
            if (f.kind === 'radio') await kb.radio(f.name, f.value);
            else if (f.kind === 'checkboxes') for (const v of f.values) await kb.checkbox(f.name, v);
            else if (f.kind === 'text') await kb.type(f.name, f.value);
            else if (f.kind === 'date') await kb.date(f.name, f.value);
          }
          await kb.tabTo('main form button[type="submit"]');
          // Enter on most pages, Space on every third: both must press a button.
          await kb.pressAndWait(i % 3 === 2 ? 'Space' : 'Enter', nextPath(tag, plan, i));
        }

        // Check your answers: skip to main, Tab through the Change links to Send, one Tab too far (into the
        // footer) and Shift+Tab back to Send, then Space.
        await kb.skipToMain();
        await kb.tabTo('main form button[type="submit"]');
        await page.keyboard.press('Tab');
        await kb.tabTo('main form button[type="submit"]', { reverse: true });
        await kb.pressAndWait('Space', `/${tag}/complaint/confirmation`);
        const reference = (await page.locator('.reference').innerText()).trim();
        assert.match(reference, REFERENCE, 'the confirmation shows a reference');
      } finally {
        allProblems.push(...kb.problems);
        await context.close();
      }
      t.diagnostic(`${kb.stops} Tab stops checked for visible focus`);
      assert.ok(kb.stops > 20, `focus stopped on ${kb.stops} elements`);
      assert.deepEqual(
        kb.problems,
        [],
        `focus could not be seen on ${kb.problems.length} of ${kb.stops} Tab stops:\n${kb.problems
          .map((p) => `  ${p.url}: ${p.problem}: ${p.element}\n    ${oneLine(p.html)}\n    ${JSON.stringify(p.style)}`)
          .join('\n')}`,
      );
    });
  });
}
