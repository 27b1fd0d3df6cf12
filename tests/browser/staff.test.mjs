// The back office's door, in a browser: a person invited from the command line sets a password, sets up an
// authenticator by typing the key (no camera), signs in and out, all with the keyboard; axe (WCAG A/AA and
// best practices) runs on every staff page and error state; the timeout warning opens two minutes before the
// session would end, takes focus, and "Stay signed in" extends the session without leaving the page.
//
// Staff accounts are made with the built binary against the server's own database, as an operator would:
// TTU_DATABASE_URL, TTU_DATA_DIR and TTU_PUBLIC_URL must name the running server's (tests/run sets them).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';

import { axe, formatViolations, launch, newContext, open, pathOf, writeArtifact } from './helpers.mjs';

const BIN = process.env.TTU_BIN ?? new URL('../../target/debug/talk-to-us', import.meta.url).pathname;
for (const name of ['TTU_DATABASE_URL', 'TTU_DATA_DIR', 'TTU_PUBLIC_URL']) {
  if (!process.env[name]) {
    throw new Error(`${name} is not set: the staff tests make accounts in the running server's database (see tests/run)`);
  }
}
const PASSWORD = 'copper kettle under the stairs';

let browser;
const violations = [];

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
  writeArtifact('staff-axe-violations.json', violations);
});

/** `talk-to-us staff …`; the link it prints, as a path of this site. */
function invite(email, roles = ['handler', 'manager']) {
  const out = execFileSync(BIN, ['staff', 'add', '--email', email, '--name', 'Kay Patel', ...roles.flatMap((r) => ['--role', r])], {
    env: process.env,
    encoding: 'utf8',
  });
  const link = out.trim().split('\n').pop();
  assert.ok(link.startsWith(process.env.TTU_PUBLIC_URL), out);
  return new URL(link).pathname;
}

/** A fresh address, so the tests can run again against the same server. */
function newEmail(what) {
  return `${what}-${randomBytes(4).toString('hex')}@example.org`;
}

/** RFC 4648 base32, as the set-up page shows the key. */
function fromBase32(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out = [];
  for (const c of text.replace(/\s+/g, '')) {
    value = (value << 5) | alphabet.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >>> bits) & 0xff);
    }
  }
  return Buffer.from(out);
}

/** The TOTP code (RFC 6238, SHA-1, 6 digits, 30 s) of `secret` for the step `offset` steps from now. */
function totp(secret, offset = 0) {
  const step = Math.floor(Date.now() / 30_000) + offset;
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const digest = createHmac('sha1', secret).update(counter).digest();
  const at = digest[19] & 0x0f;
  const binary = ((digest[at] & 0x7f) << 24) | (digest[at + 1] << 16) | (digest[at + 2] << 8) | digest[at + 3];
  return String(binary % 1_000_000).padStart(6, '0');
}

/** Presses Tab until `selector` has focus (failing after 60 presses), so every step is reached by keyboard. */
async function tabTo(page, selector) {
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`${selector} was never reached with Tab on ${pathOf(page)}`);
}

/** Types into a field reached with Tab. */
async function typeInto(page, selector, text) {
  await tabTo(page, selector);
  await page.keyboard.type(text);
}

/** Presses Enter and waits for the page that follows. */
async function enter(page) {
  const navigation = page.waitForNavigation({ waitUntil: 'load' });
  await page.keyboard.press('Enter');
  return navigation;
}

async function check(page, label) {
  await axe(page, `staff: ${label}`, violations);
}

/** Sets the password of a new account and signs in fully; the page is left on the staff home page. */
async function signedIn(page, email, roles = undefined) {
  await open(page, invite(email, roles));
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#again').fill(PASSWORD);
  await Promise.all([page.waitForNavigation(), page.locator('main form button').click()]);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(PASSWORD);
  await Promise.all([page.waitForNavigation(), page.locator('main form button').click()]);
  const secret = fromBase32(await page.locator('.secret-key code').innerText());
  await page.locator('#code').fill(totp(secret));
  await Promise.all([page.waitForNavigation(), page.locator('main form button').click()]);
  await open(page, '/staff/');
}

test('keyboard: set a password, set up an authenticator by typing its key, sign in and out; axe on every page', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  try {
    const email = newEmail('kay');
    const link = invite(email);
    await open(page, link);
    assert.match(await page.locator('h1').innerText(), /Create a password/);
    await check(page, 'create a password');

    // A common password: refused, said why, focus on the error summary.
    await typeInto(page, '#password', 'password1');
    await typeInto(page, '#again', 'password1');
    await enter(page);
    assert.match(await page.locator('.error-summary').innerText(), /one of the most common/);
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')), true);
    assert.equal(await page.locator('#password').inputValue(), '', 'a password is never shown back');
    await check(page, 'create a password, refused');

    await typeInto(page, '#password', PASSWORD);
    await typeInto(page, '#again', PASSWORD);
    await enter(page);
    assert.equal(new URL(page.url()).pathname, '/staff/sign-in');
    assert.match(await page.locator('.notification').innerText(), /Your password is set/);
    await check(page, 'sign in, password set');

    await typeInto(page, '#email', email);
    await typeInto(page, '#password', PASSWORD);
    await enter(page);
    assert.equal(new URL(page.url()).pathname, '/staff/two-factor/set-up');
    assert.equal(await page.locator('svg.qr-code').count(), 1, 'the QR code is inline SVG');
    await check(page, 'set up the authenticator');
    const secret = fromBase32(await page.locator('.secret-key code').innerText());

    await typeInto(page, '#code', '123');
    await enter(page);
    assert.match(await page.locator('.error-summary').innerText(), /Enter the 6 numbers/);
    await check(page, 'set up the authenticator, refused');

    await typeInto(page, '#code', totp(secret));
    await enter(page);
    assert.match(await page.locator('h1').innerText(), /Save your recovery codes/);
    assert.equal(await page.locator('.recovery-codes li').count(), 10);
    await check(page, 'recovery codes');

    await tabTo(page, 'main a.button');
    await enter(page);
    assert.equal(new URL(page.url()).pathname, '/staff/');
    assert.match((await page.locator('main').innerText()).replace(/[\u2068\u2069]/g, ''), /You are signed in as Kay Patel/);
    await check(page, 'home');

    await tabTo(page, 'a[href="/staff/sessions"]');
    await enter(page);
    assert.match(await page.locator('h1').innerText(), /Where you are signed in/);
    await check(page, 'sessions');

    await tabTo(page, 'header form button');
    await enter(page);
    assert.match(await page.locator('.notification').innerText(), /You have signed out/);

    // Signing in again: the code is asked for.
    await typeInto(page, '#email', email);
    await typeInto(page, '#password', PASSWORD);
    await enter(page);
    assert.equal(new URL(page.url()).pathname, '/staff/two-factor');
    await check(page, 'the code');
    await typeInto(page, '#code', '000000');
    await enter(page);
    assert.match(await page.locator('.error-summary').innerText(), /This code is not right/);
    await check(page, 'the code, refused');
    await typeInto(page, '#code', totp(secret, 1));
    await enter(page);
    assert.equal(new URL(page.url()).pathname, '/staff/');
  } finally {
    await context.close();
  }
  assert.deepEqual(violations, [], `axe found problems:\n${formatViolations(violations)}`);
});

test('axe: the sign-in refusal, a used link and the locked page', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const found = [];
  try {
    await open(page, '/staff/sign-in');
    await check(page, 'sign in');
    const email = newEmail('nobody');
    for (let i = 0; i < 7; i += 1) {
      await page.locator('#email').fill(email);
      await page.locator('#password').fill('not the password');
      const response = await Promise.all([page.waitForNavigation(), page.locator('main form button').click()]);
      if (i === 0) {
        assert.match(await page.locator('.error-summary').innerText(), /email address or password is not right/);
        await axe(page, 'staff: sign in, refused', found);
      }
      if (i === 6) assert.equal(response[0].status(), 429);
    }
    assert.match(await page.locator('h1').innerText(), /Too many tries/);
    await axe(page, 'staff: locked', found);
    await open(page, `/staff/password/${'ab'.repeat(32)}`, { status: 404 });
    await axe(page, 'staff: a link that is not right', found);
  } finally {
    await context.close();
  }
  violations.push(...found);
  assert.deepEqual(found, [], `axe found problems:\n${formatViolations(found)}`);
});

test('the timeout warning opens two minutes before, takes focus, and Stay signed in extends the session', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  try {
    await signedIn(page, newEmail('tim'));

    // The staff home page, as if the session had 2 minutes and 3 seconds left: the warning is due in 3 seconds.
    const soon = new Date(Date.now() + 123_000).toISOString().replace(/\.\d+Z$/, 'Z');
    await page.route('**/staff/', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/data-signs-out-at="[^"]+"/, `data-signs-out-at="${soon}"`);
      const headers = { ...response.headers() };
      delete headers['content-encoding'];
      delete headers['content-length'];
      await route.fulfill({ response, body, headers });
    });
    await open(page, '/staff/');
    const dialog = page.locator('dialog.timeout-dialog');
    assert.equal(await dialog.isVisible(), false, 'no warning yet');
    await dialog.waitFor({ state: 'visible', timeout: 10_000 });
    assert.equal(await page.evaluate(() => document.activeElement?.closest('dialog') !== null), true, 'focus is in the dialog');
    assert.equal(await dialog.getAttribute('aria-labelledby'), 'timeout-title');
    const found = [];
    await axe(page, 'staff: timeout warning', found);
    violations.push(...found);
    assert.deepEqual(found, [], `axe found problems:\n${formatViolations(found)}`);
    const endsBefore = Date.parse(soon);

    const extended = page.waitForResponse((r) => r.url().endsWith('/staff/stay-signed-in'));
    await page.keyboard.press('Enter');
    assert.equal((await extended).status(), 204);
    await dialog.waitFor({ state: 'hidden' });
    const endsAfter = Date.parse(await page.locator('[data-signs-out-at]').getAttribute('data-signs-out-at'));
    assert.ok(endsAfter - endsBefore > 25 * 60_000, `the session was extended: ${new Date(endsBefore).toISOString()} → ${new Date(endsAfter).toISOString()}`);
    assert.equal(new URL(page.url()).pathname, '/staff/', 'the page was not left');
  } finally {
    await context.close();
  }
});

test('axe: the staff accounts pages, with an invitation refused and made', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const found = [];
  try {
    await signedIn(page, newEmail('admin'), ['administrator']);
    await open(page, '/staff/people');
    await axe(page, 'staff: people', found);
    await open(page, '/staff/people/invite');
    await axe(page, 'staff: invite', found);
    await page.locator('#name').fill('Lee Chan');
    await page.locator('#email').fill('lee@');
    await Promise.all([page.waitForNavigation(), page.locator('form[action="/staff/people/invite"] button').click()]);
    assert.ok(await page.locator('.error-summary').count(), 'the refusal is shown');
    await axe(page, 'staff: invite, refused', found);
    await page.locator('#email').fill(newEmail('lee'));
    await page.locator('input[name="roles"][value="handler"]').check();
    await Promise.all([page.waitForNavigation(), page.locator('form[action="/staff/people/invite"] button').click()]);
    assert.match(await page.locator('h1').innerText(), /Send them this link/);
    await axe(page, 'staff: link made', found);
    await open(page, '/staff/people');
    await Promise.all([page.waitForNavigation(), page.locator('main table a', { hasText: 'Lee Chan' }).click()]);
    await axe(page, 'staff: a person', found);
    await open(page, '/staff/password');
    await axe(page, 'staff: change your password', found);
    await page.locator('#current').fill('not my password');
    await page.locator('#password').fill('yellow kite over the roof');
    await page.locator('#again').fill('yellow kite over the roof');
    await Promise.all([page.waitForNavigation(), page.locator('form[action="/staff/password"] button').click()]);
    assert.match(await page.locator('.error-summary').innerText(), /current password is not right/);
    await axe(page, 'staff: change your password, refused', found);
  } finally {
    await context.close();
  }
  violations.push(...found);
  assert.deepEqual(found, [], `axe found problems:\n${formatViolations(found)}`);
});

test('at 400% zoom (320 CSS px wide) no staff page scrolls sideways', async () => {
  const context = await newContext(browser, { viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 });
  const page = await context.newPage();
  const problems = [];
  try {
    await open(page, '/staff/sign-in');
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if ((await sideways()) > 0) problems.push(`/staff/sign-in by ${await sideways()}px`);
    await signedIn(page, newEmail('zoom'), ['administrator']);
    for (const path of ['/staff/', '/staff/sessions', '/staff/people', '/staff/people/invite', '/staff/password']) {
      await open(page, path);
      const by = await sideways();
      if (by > 0) problems.push(`${path} by ${by}px`);
    }
  } finally {
    await context.close();
  }
  assert.deepEqual(problems, [], 'pages that scroll sideways');
});

test('without JavaScript, every staff page says when it signs out and has a Stay signed in button', async () => {
  const context = await newContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await signedIn(page, newEmail('nojs'));
    await open(page, '/staff/sessions');
    assert.match(await page.locator('.staff-timeout').innerText(), /we will sign you out at \u2068?\d\d:\d\d/);
    await Promise.all([page.waitForNavigation(), page.locator('.staff-timeout button').click()]);
    assert.equal(new URL(page.url()).pathname, '/staff/sessions', 'back where they were');
  } finally {
    await context.close();
  }
});

