/**
 * Global setup of the site tests: serves dist/ on loopback and tells the tests where.
 * The site must have been built first (`npm run build`; `npm test` does it).
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './static-server.ts';

export default async function setup(project: TestProject) {
  const dist = path.resolve('dist');
  await access(path.join(dist, 'index.html')).catch(() => {
    throw new Error('dist/ has no site: run `npm run build` before the site tests.');
  });
  const { server, origin } = await startStaticServer(dist);
  project.provide('origin', origin);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}
