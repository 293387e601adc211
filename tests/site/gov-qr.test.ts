/**
 * 手机扫码阅读: every report page shows a QR code that decodes (jsQR, from the image as the
 * browser draws it) to the page's own address, on screen and in print, with a text alternative.
 */
import jsQR from 'jsqr';
import { describe, expect, inject, it } from 'vitest';
import { reportAddress } from '../../src/lib/site/gov-meta.ts';
import { openPage, useBrowser } from '../support/browser.ts';
import { builtPages, configuredOrigin } from '../support/site-files.ts';

const origin = inject('origin');
/** The site's address; without it no QR code is made (tests/build/site-url.test.ts decodes them then). */
const site = configuredOrigin();
const reportPages = builtPages().filter((page) => reportAddress(page));
const browser = useBrowser();

it('report pages are read from the built site', () => {
  expect(reportPages.length).toBeGreaterThan(0);
});

it('other pages have no QR code', async () => {
  const { page, context } = await openPage(browser(), origin);
  for (const path of ['/', '/data/', '/figures/']) {
    await page.goto(origin + path);
    expect(await page.locator('[data-page-qr]').count(), path).toBe(0);
  }
  await context.close();
});

it('without the site address, no page shows a QR code (it could only open a wrong address)', async () => {
  if (site) return;
  const { page, context } = await openPage(browser(), origin);
  for (const path of reportPages) {
    await page.goto(origin + path);
    expect(await page.locator('[data-page-qr]').count(), path).toBe(0);
  }
  await context.close();
});

describe.each(site ? reportPages : [])('%s', (path) => {
  it('shows a QR code of its own address, on screen and in print', async () => {
    const { page, context, errors } = await openPage(browser(), origin);
    await page.goto(origin + path);
    const canonical = await page.getAttribute('link[rel="canonical"]', 'href');
    const image = page.locator('[data-page-qr] img');
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await image.getAttribute('alt')).toBe(`本页二维码：${canonical}`);
    const box = await image.boundingBox();
    // Big enough for a phone to read from a screen: at least 100 CSS pixels.
    expect(box!.width).toBeGreaterThanOrEqual(100);
    // Draw it as the browser decodes it (four pixels a module), and read it.
    const { width, height, data } = await image.evaluate((img: HTMLImageElement) => {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = img.naturalWidth;
      const context2d = canvas.getContext('2d')!;
      context2d.drawImage(img, 0, 0);
      const pixels = context2d.getImageData(0, 0, canvas.width, canvas.height);
      let binary = '';
      for (let i = 0; i < pixels.data.length; i += 8192)
        binary += String.fromCharCode(...pixels.data.subarray(i, i + 8192));
      return { width: pixels.width, height: pixels.height, data: btoa(binary) };
    });
    expect(jsQR(new Uint8ClampedArray(Buffer.from(data, 'base64')), width, height)?.data).toBe(canonical);
    await page.emulateMedia({ media: 'print' });
    expect(await image.isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
