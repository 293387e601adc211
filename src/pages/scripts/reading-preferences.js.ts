/**
 * /scripts/reading-preferences.js, where the reading preferences script lived before it was
 * inlined in every page's <head>: pages saved or cached from then still load it, so the address
 * keeps answering with the same script.
 */
import type { APIRoute } from 'astro';
import { READING_PREFERENCES_SCRIPT } from '../../lib/site/reading-preferences.ts';

export const GET: APIRoute = () =>
  new Response(READING_PREFERENCES_SCRIPT, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
