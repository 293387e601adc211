/**
 * Checks content/site.yaml before every build and dev server: a malformed file stops the
 * build with the file, line and field; in a production build (SITE_URL set) each identifier
 * still empty is a warning, never a made-up value.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  loadSiteIdentity,
  missingFieldWarning,
  missingIdentityFields,
  SiteIdentityError,
} from '../lib/site-identity.ts';

export default function siteIdentity(env: NodeJS.ProcessEnv = process.env): AstroIntegration {
  return {
    name: 'site-identity',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        let identity;
        try {
          identity = loadSiteIdentity(fileURLToPath(config.root));
        } catch (error) {
          if (!(error instanceof SiteIdentityError)) throw error;
          console.error(error.message);
          throw new Error('网站信息设置有误，见上方说明。Site settings are invalid: see above.', { cause: error });
        }
        if (command !== 'build' || !(env.SITE_URL?.trim() || identity.siteUrl)) return;
        for (const field of missingIdentityFields(identity)) logger.warn(missingFieldWarning(field));
      },
    },
  };
}
