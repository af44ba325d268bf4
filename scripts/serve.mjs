#!/usr/bin/env node
// @ts-check
// A plain static file server for the built site, behaving like the simplest
// static hosts (GitHub Pages, a bare nginx): files as they are, `index.html`
// for a directory, a redirect to add a missing trailing slash, and the site's
// own 404.html for anything else. No rewrites, so what works here works there.
//
//   node scripts/serve.mjs [--dir dist] [--base /] [--port 4321] [--host 127.0.0.1]
//
// Defaults come from SITE_OUT, SITE_BASE and PORT, as the build uses them.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import { headersFor, parseHeaders } from '../src/lib/headers.ts';
import { normaliseBase } from '../src/lib/urls.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.SITE_OUT ?? 'dist' },
    base: { type: 'string', default: process.env.SITE_BASE ?? '/' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const root = resolve(values.dir);
const base = normaliseBase(values.base);
// The headers the build asks hosts to send (_headers, as Netlify and Cloudflare Pages read it), sent as they would.
const headerRules = existsSync(join(root, '_headers')) ? parseHeaders(readFileSync(join(root, '_headers'), 'utf8')) : [];

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.zip': 'application/zip',
};

/** @param {string} path */
async function fileAt(path) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} path
 * @param {number} size
 * @param {string | undefined} method
 * @param {string} [urlPath] the address asked for, which _headers rules match
 */
function send(res, status, path, size, method, urlPath) {
  res.writeHead(status, {
    ...(urlPath ? headersFor(headerRules, urlPath) : {}),
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'content-length': size,
  });
  if (method === 'HEAD') res.end();
  else createReadStream(path).pipe(res);
}

/** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
async function notFound(req, res) {
  const page = join(root, '404.html');
  const info = await fileAt(page);
  if (info) return send(res, 404, page, info.size, req.method, new URL(req.url ?? '/', 'http://localhost').pathname);
  res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
}

const server = createServer(async (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return notFound(req, res);
  }
  if (`${pathname}/` === base) {
    res.writeHead(301, { location: base + url.search }).end();
    return;
  }
  if (!pathname.startsWith(base)) return notFound(req, res);
  const path = normalize(join(root, pathname.slice(base.length)));
  if (path !== root && !path.startsWith(root + sep)) return notFound(req, res);

  const info = await fileAt(path);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const index = join(path, 'index.html');
    const indexInfo = await fileAt(index);
    if (indexInfo) return send(res, 200, index, indexInfo.size, req.method, pathname);
    return notFound(req, res);
  }
  if (info?.isFile()) return send(res, 200, path, info.size, req.method, pathname);
  return notFound(req, res);
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${values.dir} at http://${values.host === '0.0.0.0' ? 'localhost' : values.host}:${values.port}${base}`);
});
