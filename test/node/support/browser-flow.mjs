// Drives an example app in headless Chromium as a user would: create an account, confirm it with
// the code from the local server's mailbox, see the app show the user's name, sign out.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../support/chrome.mjs';

export const PASSWORD = 'Passw0rd!';

export function launchBrowser() {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('no Chromium: apt-get install -y chromium');
  return puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
}

/** The text the app itself renders from the events (`data-testid="status"`). */
const status = (page) => page.$eval('[data-testid=status]', (el) => el.textContent?.trim() ?? '');

async function waitForStatus(page, expected) {
  await page.waitForFunction(
    (text) => document.querySelector('[data-testid=status]')?.textContent?.trim() === text,
    { timeout: 15_000 },
    expected,
  ).catch(async () => assert.fail(`status is "${await status(page).catch(() => '?')}", expected "${expected}"`));
}

async function codeFor(cognito, username) {
  for (let i = 0; i < 100; i++) {
    const [message] = cognito.messages(username);
    if (message) return message.code;
    await sleep(100);
  }
  throw new Error(`no code was sent to ${username}`);
}

/**
 * Signs up, confirms, checks the framework rendered "Signed in as <name>", signs out.
 * Page errors fail the run: a framework that throws is not "working".
 */
export async function signUpConfirmSignOut(browser, url, cognito, username) {
  const page = await browser.newPage();
  const marks = [];
  let last = Date.now();
  const mark = (step) => {
    marks.push(`${step} ${((Date.now() - last) / 1000).toFixed(1)}s`);
    last = Date.now();
  };
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await page.goto(url);
    await waitForStatus(page, 'Signed out');
    mark('load');
    await page.locator('button[role=tab]::-p-text(Create Account)').click();
    await page.waitForSelector('input[name=email]');
    // formFields reached the element as a property: its placeholders are on the inputs.
    assert.equal(await page.$eval('input[name=email]', (el) => el.placeholder), 'you@example.com');
    assert.equal(await page.$eval('input[name=username]', (el) => el.placeholder), 'Pick a username');
    await page.locator('input[name=username]').fill(username);
    await page.locator('input[name=email]').fill(`${username}@example.com`);
    await page.locator('input[name=password]').fill(PASSWORD);
    await page.locator('input[name=confirm_password]').fill(PASSWORD);
    await page.locator('form button[type=submit]').click();

    await page.waitForSelector('input[name=code]');
    mark('sign up');
    await page.locator('input[name=code]').fill(await codeFor(cognito, username));
    await page.locator('form button[type=submit]').click();
    await waitForStatus(page, `Signed in as ${username}`);
    mark('confirm');

    await page.locator('auth-sign-out button').click();
    await waitForStatus(page, 'Signed out');
    await page.waitForSelector('button[role=tab]::-p-text(Create Account)');
    mark('sign out');
    assert.deepEqual(errors, []);
    return marks.join(', ');
  } catch (error) {
    // A step that timed out usually has its cause in the page.
    if (errors.length && error instanceof Error) error.message += `\npage errors:\n${errors.join('\n')}`;
    throw error;
  } finally {
    await page.close();
  }
}
