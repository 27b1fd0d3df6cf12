// Direction and language: every page says its language and direction on <html> (Urdu right to left, the
// others left to right); the language navigation marks each language's name with `lang` and its link with
// `hreflang`, and leads to the same page in that language; and changing language in the middle of a journey,
// by clicking the language's link, keeps every answer already given. On the right-to-left (Urdu) pages,
// answers typed left to right keep their own direction in the text boxes and on check answers.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  ALL_LANGS,
  LANGS,
  answerJourney,
  complaintForMyself,
  launch,
  newContext,
  open,
  stepPath,
  submitWith,
} from './helpers.mjs';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

async function htmlAttributes(page) {
  const html = page.locator('html');
  return { lang: await html.getAttribute('lang'), dir: await html.getAttribute('dir') };
}

/** The language navigation: one current language (not a link) and a link to each of the others. */
async function checkLanguageNav(page, current, pathAfterLang) {
  const nav = page.locator('nav.language-nav');
  assert.equal(await nav.count(), 1, `one language navigation on ${page.url()}`);
  const links = await nav.locator('a').evaluateAll((as) =>
    as.map((a) => ({ href: a.getAttribute('href'), lang: a.getAttribute('lang'), hreflang: a.getAttribute('hreflang'), text: a.textContent.trim() })),
  );
  const others = ALL_LANGS.filter((l) => l.tag !== current.tag);
  assert.deepEqual(
    links.map(({ href, lang, hreflang }) => ({ href, lang, hreflang })),
    others.map((l) => ({ href: `/${l.tag}${pathAfterLang}`, lang: l.lang, hreflang: l.lang })),
    `the language links on ${page.url()} carry lang and hreflang and lead to the same page`,
  );
  for (const link of links) assert.ok(link.text.length > 0, `the link to ${link.lang} has text`);
  const here = nav.locator('[aria-current]');
  assert.equal(await here.count(), 1, 'the current language is marked aria-current');
  assert.equal(await here.evaluate((e) => e.tagName), 'SPAN', 'the current language is not a link');
  assert.equal(await here.getAttribute('lang'), current.lang, 'the current language name carries its lang');
}

// Two languages at a time, each in its own contexts of the one browser.
describe('direction and language', { concurrency: 2 }, () => {
  for (const current of LANGS) {
    const { tag } = current;
    describe(`direction and language, ${tag}`, () => {
      test(`${tag}: <html lang="${current.lang}" dir="${current.dir}"> on every kind of page, and the language links`, async () => {
        const context = await newContext(browser);
        const page = await context.newPage();
        try {
          const pages = [
            ['/', 200],
            ['/policy', 200],
            ['/accessibility', 200],
            ['/privacy', 200],
            ['/display', 200],
            ['/complaint/who', 200],
            ['/enquiry/who', 200],
            ['/compliment/compliment-about', 200],
            ['/format/document', 200],
            ['/no-such-page', 404],
          ];
          for (const [path, status] of pages) {
            await open(page, `/${tag}${path}`, { status });
            assert.deepEqual(await htmlAttributes(page), { lang: current.lang, dir: current.dir }, `/${tag}${path}`);
            if (status === 200) await checkLanguageNav(page, current, path);
          }
          // An error state, check answers, the confirmation and the record too.
          await open(page, `/${tag}/compliment/compliment-about`);
          await submitWith(page, page.locator('main form button[type="submit"]'));
          assert.deepEqual(await htmlAttributes(page), { lang: current.lang, dir: current.dir }, 'error state');
          await page.locator('[id="compliment-about"]').fill('Ekipa remontowa');
          await submitWith(page, page.locator('main form button[type="submit"]'));
          await page.locator('[id="compliment-what"]').fill('Szybko naprawili dach.');
          await submitWith(page, page.locator('main form button[type="submit"]'));
          await page.locator('#named').check();
          await submitWith(page, page.locator('main form button[type="submit"]'));
          await page.locator('[id="customer-name"]').fill('Łukasz Żółć');
          await submitWith(page, page.locator('main form button[type="submit"]'));
          assert.equal(new URL(page.url()).pathname, `/${tag}/compliment/check`);
          assert.deepEqual(await htmlAttributes(page), { lang: current.lang, dir: current.dir }, 'check answers');
          await checkLanguageNav(page, current, '/compliment/check');
          await submitWith(page, page.locator('main form button[type="submit"]'));
          assert.equal(new URL(page.url()).pathname, `/${tag}/compliment/confirmation`);
          assert.deepEqual(await htmlAttributes(page), { lang: current.lang, dir: current.dir }, 'confirmation');
          await open(page, `/${tag}/compliment/record`);
          assert.deepEqual(await htmlAttributes(page), { lang: current.lang, dir: current.dir }, 'record');
        } finally {
          await context.close();
        }
      });

      // Switch to the next language in the list (Urdu for Hindi, so right to left is covered both ways).
      const other = ALL_LANGS[(ALL_LANGS.findIndex((l) => l.tag === tag) + 1) % ALL_LANGS.length];
      test(`${tag}: switching to ${other.tag} by its link in the middle of a complaint keeps the answers`, async () => {
        const context = await newContext(browser);
        const page = await context.newPage();
        try {
          const plan = complaintForMyself();
          await open(page, stepPath(tag, 'complaint', 'who'));
          await answerJourney(page, tag, plan, { to: 2 }); // who and customer
          assert.equal(new URL(page.url()).pathname, stepPath(tag, 'complaint', 'tenure'));
          await page.locator('#tenure-2').check(); // chosen but not sent: only sent answers are kept

          await submitWith(page, page.locator(`nav.language-nav a[hreflang="${other.lang}"]`));
          assert.equal(new URL(page.url()).pathname, stepPath(other.tag, 'complaint', 'tenure'), 'the same page');
          assert.deepEqual(await htmlAttributes(page), { lang: other.lang, dir: other.dir });

          // Back to the pages already answered, in the new language.
          await submitWith(page, page.locator('a.back-link'));
          assert.equal(new URL(page.url()).pathname, stepPath(other.tag, 'complaint', 'customer'));
          assert.equal(await page.locator('[id="customer-name"]').inputValue(), 'Zofia Wójcik');
          assert.equal(await page.locator('[id="customer-address"]').inputValue(), '1 Main Street\nWidnes');
          assert.equal(await page.locator('[id="customer-postcode"]').inputValue(), 'wa8 7qx', 'as it was typed');
          await submitWith(page, page.locator('a.back-link'));
          assert.equal(new URL(page.url()).pathname, stepPath(other.tag, 'complaint', 'who'));
          assert.equal(await page.locator('#who').isChecked(), true, '"For myself" is still chosen');

          // Continue without touching anything: the kept answers are accepted. Then carry on in the new language
          // to check answers, where everything given before the switch is shown.
          await submitWith(page, page.locator('main form button[type="submit"]'));
          assert.equal(new URL(page.url()).pathname, stepPath(other.tag, 'complaint', 'customer'));
          await submitWith(page, page.locator('main form button[type="submit"]'));
          assert.equal(new URL(page.url()).pathname, stepPath(other.tag, 'complaint', 'tenure'));
          await answerJourney(page, other.tag, plan, { from: 2 });
          const summary = await page.locator('main').innerText();
          for (const answer of ['Zofia Wójcik', 'Widnes', 'WA8 7QX', 'zofia@example.org']) {
            assert.ok(summary.toUpperCase().includes(answer.toUpperCase()), `check answers in ${other.tag} shows ${answer}`);
          }
        } finally {
          await context.close();
        }
      });

      if (current.dir === 'rtl') {
        test(`${tag}: answers typed left to right keep their own direction on a right-to-left page`, async () => {
          // "The boiler broke in October." must not show as ".The boiler broke in October", nor "1 Main Street" as
          // "Main Street 1": each answer is its own bidi paragraph. The W3C's advice for right-to-left pages is
          // dir="auto" on text boxes whose text may run either way (or dir="ltr" on e-mail and telephone boxes),
          // and on answers shown back (unicode-bidi: plaintext does the same in CSS).
          const context = await newContext(browser);
          const page = await context.newPage();
          const problems = [];
          try {
            const plan = complaintForMyself();
            await open(page, stepPath(tag, 'complaint', 'who'));
            await answerJourney(page, tag, plan, { to: 4 }); // up to what-happened, answered
            for (const step of ['customer', 'what-happened']) {
              await open(page, stepPath(tag, 'complaint', step));
              const fields = await page.locator('main input[type="text"], main input[type="email"], main input[type="tel"], main textarea').evaluateAll((els) =>
                els.map((el) => ({
                  id: el.id,
                  dir: el.getAttribute('dir'),
                  direction: getComputedStyle(el).direction,
                  unicodeBidi: getComputedStyle(el).unicodeBidi,
                  html: el.outerHTML.slice(0, 160),
                })),
              );
              for (const f of fields) {
                const own = f.dir === 'auto' || f.unicodeBidi === 'plaintext' || f.direction === 'ltr';
                if (!own) problems.push(`${stepPath(tag, 'complaint', step)}: #${f.id} is laid out right to left whatever is typed (${f.html})`);
              }
            }
            await open(page, stepPath(tag, 'complaint', plan.steps[4].step));
            await answerJourney(page, tag, plan, { from: 4 });
            // In check answers, the full stop after "October" must be to the right of "The", and "1" left of "Main".
            const order = await page.locator('main .summary-value .answer').evaluateAll((spans) => {
              const x = (node, i) => {
                const r = document.createRange();
                r.setStart(node, i);
                r.setEnd(node, i + 1);
                return r.getBoundingClientRect().left;
              };
              const out = [];
              for (const span of spans) {
                const node = span.firstChild;
                if (!node || node.nodeType !== Node.TEXT_NODE) continue;
                const text = node.textContent;
                for (const [first, after] of [['The boiler broke in October', '.'], ['1 Main Street', 'M']]) {
                  const at = text.indexOf(first);
                  if (at < 0) continue;
                  const last = first === '1 Main Street' ? at + 2 : at + first.length;
                  out.push({ text: first, leftToRight: x(node, last) > x(node, at), html: span.outerHTML.slice(0, 160) });
                }
              }
              return out;
            });
            assert.equal(order.length, 2, 'both answers are on check answers');
            for (const o of order) {
              if (!o.leftToRight) problems.push(`/${tag}/complaint/check: "${o.text}…" is shown right to left (${o.html})`);
            }
          } finally {
            await context.close();
          }
          assert.deepEqual(problems, [], `answers lose their direction:\n  ${problems.join('\n  ')}`);
        });
      }
    });
  }
});
