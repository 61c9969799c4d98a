// A small static file server for the release site: correct MIME types (application/wasm), optional
// sub-path (to prove relative URLs work), and a log of every request (tests assert nothing leaves the origin).
// CLI: node tests/server.mjs DIR [PORT] [BASE] [--compress]  — prints the address.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
};

// With `compress`, text and wasm go out with brotli (else gzip) when the client accepts it, as a real host
// serves them: the benchmark's byte and timing figures depend on it.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.txt', '.csv', '.xml']);

/** Serves `dir` under `base` ("/" or "/some/path/"). Resolves to { url, close, requests }. */
export function serve(dir, { port = 0, base = '/', host = '127.0.0.1', compress = false } = {}) {
  const root = resolve(dir);
  const requests = [];
  const packed = new Map();
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    try {
      const url = new URL(req.url, 'http://x');
      if (!url.pathname.startsWith(base)) {
        res.writeHead(404).end('not under ' + base);
        return;
      }
      let rel = decodeURIComponent(url.pathname.slice(base.length));
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      const file = normalize(join(root, rel));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      const s = await stat(file).catch(() => null);
      if (!s || !s.isFile()) {
        res.writeHead(404).end('not found');
        return;
      }
      let body = await readFile(file);
      const immutable = /-[0-9a-f]{16}[._]/.test(rel);
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const encoding = !compress || !COMPRESSIBLE.has(extname(file)) ? null : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
      if (encoding) {
        const key = `${encoding}:${file}:${s.mtimeMs}`;
        if (!packed.has(key)) {
          packed.set(key, encoding === 'br'
            ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
            : gzipSync(body, { level: 9 }));
        }
        body = packed.get(key);
        headers['content-encoding'] = encoding;
        headers.vary = 'accept-encoding';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  return new Promise((ok) => {
    server.listen(port, host, () => {
      const { port: p } = server.address();
      ok({ url: `http://${host}:${p}${base}`, requests, close: () => new Promise((c) => server.close(c)) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2).filter((a) => a !== '--compress');
  const [dir = 'dist', port = '8080', base = '/'] = args;
  const { url } = await serve(dir, { port: Number(port), base, compress: process.argv.includes('--compress') });
  console.log(`\nServing ${dir}/ at ${url}  (Ctrl-C to stop)\n`);
}
