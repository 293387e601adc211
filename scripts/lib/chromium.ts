/**
 * Debian's Chromium, as the browser tests and the Lighthouse run start it. The flags keep it
 * from calling home: this machine's network is closed, and the site must make no request
 * to any other host anyway.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
