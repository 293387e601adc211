/**
 * Global setup of the site tests: Debian's nginx serves dist/ with the production rules
 * (deploy/nginx/), and the tests learn its address through inject('origin').
 * The site must have been built first (`npm run build`; `npm test` does it).
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startNginx } from '../../scripts/lib/nginx.ts';

export default async function setup(project: TestProject) {
  const dist = path.resolve('dist');
  await access(path.join(dist, 'index.html')).catch(() => {
    throw new Error('dist/ has no site: run `npm run build` before the site tests.');
  });
  const { origin, stop } = await startNginx(dist);
  project.provide('origin', origin);
  return stop;
}

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}
