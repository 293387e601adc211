import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const [,, path, out, w = '390', full = '1'] = process.argv;
const p = await b.newPage({ viewport: { width: Number(w), height: 844 }, deviceScaleFactor: 1 });
await p.goto('http://127.0.0.1:4400' + path);
await p.screenshot({ path: out, fullPage: full === '1' });
await b.close();
