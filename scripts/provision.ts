/**
 * `npm test`'s first step (the `pretest` script): makes sure the machine has what the browser
 * tests need — Debian's Chromium, nginx and nginx's brotli_static module — and the CJK font the
 * share images are drawn with (fonts-noto-cjk), before anything runs.
 *
 *  - all present: says so in one line;
 *  - some missing, running as root with apt-get: installs exactly the missing packages (as CI does);
 *  - otherwise: stops at once, naming what is missing and the command that installs it.
 *
 * The paths are the ones the tests use (CHROMIUM_PATH, NGINX_PATH, NGINX_BROTLI_MODULE and SHARE_FONT
 * override them), so no test can depend on something this step did not see.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM } from './lib/chromium.ts';
import { BROTLI_MODULE, NGINX } from './lib/nginx.ts';
import { formatMessage } from '../src/lib/content/print-problems.ts';
import { SHARE_FONT_CANDIDATES, shareFontFile } from '../src/lib/site/share-font.ts';

interface Requirement {
  /** What it is, for the message. */
  what: string;
  /** The file the tests use. */
  file: string;
  /** The Debian package that provides it. */
  pkg: string;
}

const REQUIREMENTS: Requirement[] = [
  { what: 'Chromium（浏览器测试 browser tests）', file: CHROMIUM, pkg: 'chromium' },
  { what: 'nginx（以生产配置提供网站 serves the site with the production rules）', file: NGINX, pkg: 'nginx' },
  { what: 'nginx brotli_static 模块 module', file: BROTLI_MODULE, pkg: 'libnginx-mod-http-brotli-static' },
  {
    what: '中文字体 Noto Sans CJK（分享图 share images）',
    file: shareFontFile() ?? (process.env.SHARE_FONT || SHARE_FONT_CANDIDATES[0]),
    pkg: 'fonts-noto-cjk',
  },
];

const missing = () => REQUIREMENTS.filter((r) => !existsSync(r.file));

/** apt-get on PATH, if any: the only installer this step uses. */
function aptGet(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, 'apt-get'))) return path.join(dir, 'apt-get');
  }
  return undefined;
}

const list = (items: Requirement[]) => items.map((r) => `  - ${r.what}: ${r.file}（${r.pkg}）`).join('\n');

function install(apt: string, packages: string[]): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  console.log(formatMessage({ zh: `正在安装：${packages.join(' ')}`, en: `Installing: ${packages.join(' ')}` }));
  const update = spawnSync(apt, ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status !== 0) return false;
  const result = spawnSync(apt, ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env,
  });
  return result.status === 0;
}

function main(): number {
  let absent = missing();
  if (absent.length === 0) {
    console.log(
      formatMessage({
        zh: '测试所需软件齐全：Chromium、nginx、brotli_static、Noto Sans CJK。',
        en: 'Test requirements present: Chromium, nginx, brotli_static, Noto Sans CJK.',
      }),
    );
    return 0;
  }
  const packages = absent.map((r) => r.pkg);
  const command = `apt-get install -y --no-install-recommends ${packages.join(' ')}`;
  const apt = aptGet();
  const root = process.getuid?.() === 0;
  if (apt && root) {
    if (install(apt, packages)) absent = missing();
    if (absent.length === 0) return 0;
    const still = {
      zh: '安装后仍缺少以下软件，请手动运行下面的命令：',
      en: 'Still missing after installing; run by hand:',
    };
    console.error(`\n${formatMessage(still)}\n${list(absent)}\n  ${command}`);
    return 1;
  }
  const need = { zh: '测试需要以下软件，本机缺少：', en: 'The tests need these, missing on this machine:' };
  const why = !apt
    ? { zh: '找不到 apt-get，无法自动安装。请运行：', en: 'apt-get not found: cannot install automatically. Run:' }
    : { zh: '不是 root 用户，无法自动安装。请运行：', en: 'Not root: cannot install automatically. Run:' };
  const or = {
    zh: '或用 CHROMIUM_PATH、NGINX_PATH、NGINX_BROTLI_MODULE、SHARE_FONT 指向已安装的文件。',
    en: 'Or point CHROMIUM_PATH, NGINX_PATH, NGINX_BROTLI_MODULE, SHARE_FONT at installed ones.',
  };
  console.error(
    `\n${formatMessage(need)}\n${list(absent)}\n\n${formatMessage(why)}\n  sudo ${command}\n${formatMessage(or)}`,
  );
  return 1;
}

process.exit(main());
