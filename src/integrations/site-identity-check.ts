/**
 * Checks content/site.yaml before every build and dev server, with the reports' own parser and
 * message format: a file that cannot be used stops the build with its file, line and field; in
 * a production build (SITE_URL set) each optional setting still empty is a warning, never a
 * made-up value.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblemList } from '../lib/content/print-problems.ts';
import { missingFieldWarning, missingIdentityFields, readSiteIdentity } from '../lib/site/identity.ts';

export default function siteIdentity(env: NodeJS.ProcessEnv = process.env): AstroIntegration {
  return {
    name: 'site-identity',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { identity, problems } = readSiteIdentity(fileURLToPath(config.root));
        if (!identity) {
          console.error(formatProblemList(problems).join('\n'));
          const error = new Error('网站信息设置有误，见上方说明。Site settings are invalid: see above.');
          // The list says everything: where in this integration it was thrown would only distract staff.
          error.stack = error.message;
          throw error;
        }
        if (command !== 'build' || !(env.SITE_URL?.trim() || identity.siteUrl)) return;
        for (const field of missingIdentityFields(identity)) logger.warn(missingFieldWarning(field));
      },
    },
  };
}
