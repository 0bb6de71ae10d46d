import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiServer, startApiServer } from '../../functions/local/serve-api.ts';
import { buildListing, buildPaidListing } from '../factories/postings.ts';
import { type ApiHarness, createHarness, startBackend, stopBackend } from '../unit/http/api-harness.ts';
import { type Browser, launchChromium } from './chromium.ts';

const posting = (name: string) =>
  readFileSync(new URL(`../fixtures/postings/${name}`, import.meta.url), 'utf8');
const hour = (n: number) => new Date(Date.UTC(2026, 9, 20) + n * 3_600_000).toISOString();

describe('the recruiters page in chromium', () => {
  let h: ApiHarness;
  let server: ApiServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    await startBackend();
    h = await createHarness();
    await h.put([
      buildPaidListing(180_000, { postedAt: hour(1), company: 'Saltmarsh Software' }),
      buildPaidListing(200_000, { postedAt: hour(2), company: 'Evergreen Health' }),
      buildPaidListing(215_000, { postedAt: hour(3), company: 'SALTMARSH SOFTWARE' }),
      buildPaidListing(120_000, {
        postedAt: hour(4),
        company: 'Aire Valley Housing',
        role: { ...buildListing().role, tier: 'head-of-it' },
        location: { text: 'Leeds, United Kingdom', country: 'GB', remote: false },
      }),
    ]);
    server = await startApiServer({ app: h.app, port: 0 });
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await stopBackend();
  });

  const shot = (name: string) =>
    page.screenshot({ path: join(browser.shots, `${name}.png`), fullPage: true });

  it('benchmarks a pasted posting: what was found, a named chart with the marker inside the band', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('textbox', { name: 'Posting' }).fill(posting('director-it-ops-seattle.txt'));
    await page.getByRole('button', { name: 'Benchmark' }).click();
    await page.waitForSelector('#result-heading');

    const chart = page.getByRole('img', { name: /band/ });
    await expect.poll(() => chart.count()).toBe(1);
    expect(await chart.getAttribute('aria-labelledby')).toBeTruthy();
    const name = await page.locator('svg[role=img] title').textContent();
    expect(name).toContain('band USD 175,000–240,000+');
    expect(await page.locator('#verdict').textContent()).toContain(
      'within the Director / Senior Director band',
    );
    expect(await page.locator('#tier').textContent()).toBe('Director / Senior Director');
    expect(await page.locator('#pay-written').textContent()).toBe('USD 190,000–230,000 per year');
    expect(await page.locator('#market-verdict').textContent()).toContain('3 stored');
    // The result heading takes focus, so a screen reader or keyboard user lands on it.
    expect(await page.evaluate('document.activeElement?.id')).toBe('result-heading');

    const band = await page.locator('[data-row=band] rect.span').boundingBox();
    const marker = await page.locator('path.marker').boundingBox();
    if (!band || !marker) throw new Error('band or marker not drawn');
    const along = (marker.x + marker.width / 2 - band.x) / band.width;
    // 210,000 in a 175,000–240,000 band.
    expect(along).toBeCloseTo(35 / 65, 1);
    await shot('1-us-posting');
  });

  it('says why a UK posting in pounds is not set against the US band, on the chart too', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('textbox', { name: 'Posting' }).fill(posting('head-of-it-leeds.txt'));
    await page.getByRole('button', { name: 'Benchmark' }).click();
    await page.waitForSelector('#result-heading');

    expect(await page.locator('#verdict').textContent()).toContain('not compared');
    expect(await page.getByRole('img', { name: /band not compared \(country\)/ }).count()).toBe(1);
    expect(await page.locator('[data-row=band]').count()).toBe(0);
    expect(await page.locator('[data-row=market]').count()).toBe(1);
    await shot('2-uk-posting');
  });

  it('can be used with the keyboard alone', async () => {
    await page.goto(`${server.url}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Skip to content');
    const focused: string[] = [];
    for (let i = 0; i < 8 && !focused.includes('posting'); i++) {
      await page.keyboard.press('Tab');
      focused.push(await page.evaluate("document.activeElement?.id ?? ''"));
    }
    expect(focused).toContain('posting');
    await page.keyboard.insertText(posting('director-it-ops-seattle.txt'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Benchmark');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#result-heading');
    expect(await page.locator('#verdict').textContent()).toContain('within');
  });

  it('filters stored listings, keeps the CSV link in step with the filters, and the CSV answers', async () => {
    await page.goto(`${server.url}/page/listings`);
    expect(await page.locator('#listings tbody tr').count()).toBe(4);

    await page.getByLabel('Company').fill('saltmarsh software');
    await page.getByLabel('Pay at least (USD a year)').fill('200000');
    const href = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    expect(href).toBe('/page/listings.csv?company=saltmarsh+software&payMin=200000');

    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/payMin=200000/);
    expect(await page.locator('#listings tbody tr').count()).toBe(1);
    expect(await page.locator('#listings tbody tr td').nth(1).textContent()).toBe('SALTMARSH SOFTWARE');

    const csv = await (await page.request.get(`${server.url}${href}`)).text();
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);

    await page.getByLabel('Tier').selectOption('head-of-it');
    await page.getByLabel('Country (ISO code)').fill('GB');
    await page.getByLabel('Company').fill('');
    await page.getByLabel('Pay at least (USD a year)').fill('');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/country=GB/);
    expect(await page.locator('#listings tbody tr').count()).toBe(1);
    await shot('3-listings');
  });

  it('lists every posting of a pasted feed and shows the report of the one chosen', async () => {
    const feed = readFileSync(new URL('../fixtures/feeds/cascade-it-careers.rss', import.meta.url), 'utf8');
    await page.goto(`${server.url}/`);
    await page.getByRole('textbox', { name: 'Posting' }).fill(feed);
    await page.getByRole('button', { name: 'Benchmark' }).click();
    await page.waitForSelector('#result-heading');

    expect(await page.locator('#postings-heading').textContent()).toBe('5 postings found');
    const choices = page.locator('#postings tbody button');
    expect(await choices.allTextContents()).toEqual([
      '1. Director of IT Operations',
      '2. IT Manager, Infrastructure',
      '3. Vice President of Information Technology',
      '4. IT Service Desk Supervisor',
      '5. Senior Marketing Director',
    ]);
    expect(await page.locator('#result-heading').textContent()).toBe('Result: Director of IT Operations');
    expect(await page.locator('#report-of').textContent()).toBe('Report of posting 1 of 5.');

    // The third one, by keyboard: its report replaces the first, and the list stays.
    await page.getByRole('button', { name: '3. Vice President of Information Technology' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#report-of:has-text("posting 3 of 5")');
    expect(await page.locator('#result-heading').textContent()).toBe(
      'Result: Vice President of Information Technology',
    );
    expect(await page.locator('#tier').textContent()).toContain('VP');
    expect(await page.getByRole('button', { name: /^3\. / }).getAttribute('aria-current')).toBe('true');
    expect(await page.getByRole('textbox', { name: 'Posting' }).inputValue()).toBe(feed);

    // The one out of scope says so in the list and in its report.
    await page.getByRole('button', { name: '5. Senior Marketing Director' }).click();
    await page.waitForSelector('#report-of:has-text("posting 5 of 5")');
    expect(await page.locator('#postings tbody tr').nth(4).locator('td[data-label=Tier]').textContent()).toBe(
      'not in scope',
    );
    expect(await page.locator('#in-scope').textContent()).toMatch(/^No/);
    await shot('3b-several-postings');
  });

  it('shows a tier benchmark with n and the low-confidence flag', async () => {
    await page.goto(`${server.url}/page/benchmarks`);
    await page.getByLabel('Tier').selectOption('director');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/tier=director/);

    expect(await page.getByRole('img', { name: /band/ }).count()).toBe(1);
    expect(await page.locator('.verdict').textContent()).toContain('3 Director / Senior Director listings');
    expect(await page.locator('.verdict').textContent()).toContain('low confidence');
    await shot('4-benchmarks');
  });

  it('fits a 390 px phone without horizontal scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['/', '/page/listings?tier=director', '/page/benchmarks?tier=cio']) {
      await page.goto(`${server.url}${path}`);
      const overflow = await page.evaluate<number>(
        'document.documentElement.scrollWidth - window.innerWidth',
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.goto(`${server.url}/`);
    await page.getByRole('textbox', { name: 'Posting' }).fill(posting('director-it-ops-seattle.txt'));
    await page.getByRole('button', { name: 'Benchmark' }).click();
    await page.waitForSelector('#result-heading');
    expect(
      await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'),
    ).toBeLessThanOrEqual(0);
    await shot('5-phone-result');
    await page.goto(`${server.url}/page/listings`);
    await shot('6-phone-listings');
  });

  it('the API reference renders from the local assets', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/docs`);
    await page.waitForSelector('.swagger-ui .opblock', { timeout: 15_000 });
    expect(await page.locator('.opblock').count()).toBeGreaterThan(5);
    await shot('7-docs');
  });

  it('logged no console errors on any page', () => {
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
