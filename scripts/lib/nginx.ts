/**
 * Debian's nginx serving a built site with the production rules (deploy/nginx/site.conf),
 * for the browser tests and the Lighthouse run,
 * on a free loopback port, as an unprivileged process with its files in a temp folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const DEPLOY = path.resolve('deploy/nginx');
/** Debian's brotli_static module (libnginx-mod-http-brotli-static): required, `npm test` installs it (scripts/provision.ts). */
export const BROTLI_MODULE =
  process.env.NGINX_BROTLI_MODULE ?? '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

export interface RunningNginx {
  origin: string;
  stop: () => Promise<void>;
}

/** Starts nginx over `root` and resolves once it answers. */
export async function startNginx(root: string): Promise<RunningNginx> {
  // Never a silent downgrade: without the module the brotli rule would be dropped and a test would fail for no clear reason.
  for (const [file, pkg] of [
    [NGINX, 'nginx'],
    [BROTLI_MODULE, 'libnginx-mod-http-brotli-static'],
  ]) {
    if (!existsSync(file!))
      throw new Error(`${file} not found: run \`npm test\` (it installs it as root) or apt-get install ${pkg}.`);
  }
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'report-nginx-'));
  writeFileSync(path.join(dir, 'site.conf'), readFileSync(path.join(DEPLOY, 'site.conf')));
  writeFileSync(path.join(dir, 'security-headers.conf'), readFileSync(path.join(DEPLOY, 'security-headers.conf')));
  writeFileSync(path.join(dir, 'http.conf'), readFileSync(path.join(DEPLOY, 'http.conf')));
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `load_module ${BROTLI_MODULE};
daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/http.conf;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${root};
    include ${dir}/site.conf;
  }
}
`,
  );
  const test = spawnSync(NGINX, ['-t', '-c', conf, '-p', dir], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx configuration is invalid:\n${test.stderr}`);
  const child = spawn(NGINX, ['-c', conf, '-p', dir], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await fetch(`${origin}/`);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    origin,
    // Stopped, its configuration, logs and temporary files go too.
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGQUIT');
      }).then(() => rmSync(dir, { recursive: true, force: true })),
  };
}
