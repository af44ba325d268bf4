import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { crc32, createZip, readZip } from './zip';

const files = [
  { name: 'october-1917/index.html', data: Buffer.from('<!doctype html><p>Октябрь 1917</p>'.repeat(50)) },
  { name: 'october-1917/favicon.svg', data: Buffer.from('<svg/>') },
  { name: 'october-1917/empty.txt', data: Buffer.alloc(0) },
];

describe('crc32()', () => {
  test('matches the standard check value', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});

describe('createZip() and readZip()', () => {
  test('round-trip names (UTF-8) and contents, compressed or stored', () => {
    const zip = createZip([...files, { name: 'ё.txt', data: Buffer.from('x') }]);
    expect(readZip(zip).map((f) => [f.name, Buffer.from(f.data).toString()])).toEqual(
      [...files, { name: 'ё.txt', data: Buffer.from('x') }].map((f) => [f.name, f.data.toString()]),
    );
  });

  test('compresses text', () => {
    expect(createZip(files.slice(0, 1)).length).toBeLessThan(files[0]!.data.length / 5);
  });

  test('reading refuses what is not a ZIP, and a damaged file', () => {
    expect(() => readZip(Buffer.from('not a zip'))).toThrow(/not a ZIP/);
    const zip = createZip([{ name: 'a.txt', data: Buffer.from('hello') }]);
    const at = 30 + 'a.txt'.length; // the stored "hello"
    zip.writeUInt8(zip.readUInt8(at) ^ 0xff, at);
    expect(() => readZip(zip)).toThrow(/a\.txt fails its CRC check/);
  });

  // Another implementation agrees, where one is installed (Python's zipfile is on most machines).
  const python = spawnSync('python3', ['--version']).status === 0;
  test.skipIf(!python)('is read by Python’s zipfile', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    writeFileSync(join(dir, 'a.zip'), createZip(files));
    const out = execFileSync('python3', ['-c', 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(",".join(z.namelist()))', join(dir, 'a.zip')], { encoding: 'utf8' });
    expect(out.trim()).toBe(files.map((f) => f.name).join(','));
    expect(readFileSync(join(dir, 'a.zip')).length).toBeGreaterThan(0);
  });
});
