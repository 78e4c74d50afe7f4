// Checks what `npm run zip` made, as a store reviewer would receive it:
//  - one zip per target (chrome-mv3, firefox-mv2, firefox-mv3) with manifest.json at its root;
//  - the sources zip holds what a reviewer needs to rebuild (lock file, configs, code, locales, icons, README)
//    and nothing they must not get (node_modules, .output, tests, hidden files);
//  - the inline warning's shadow root is closed and no script opens one (scripts/shipped-warning.ts);
//  - rebuilding the Firefox packages from the unpacked sources zip gives the same files, byte for byte.
// Usage: npx tsx scripts/check-packages.ts  (after npm run zip)
import JSZip from 'jszip'; // WXT's own zip library (a dependency of wxt), used here to read what WXT wrote.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { shippedWarningProblems } from './shipped-warning';

const root = path.resolve(import.meta.dirname, '..');
const output = path.join(root, '.output');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const stem = `${pkg.name}-${pkg.version}`;

const TARGETS = [
  { zip: `${stem}-chrome-mv3.zip`, build: [] as string[], dir: 'chrome-mv3' },
  { zip: `${stem}-firefox-mv2.zip`, build: ['-b', 'firefox'], dir: 'firefox-mv2' },
  { zip: `${stem}-firefox-mv3.zip`, build: ['-b', 'firefox', '--mv3'], dir: 'firefox-mv3' },
];
const SOURCES_ZIP = `${stem}-sources.zip`;
const SOURCES_MUST_HAVE = ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'LICENSE'];
const SOURCES_MUST_HAVE_DIRS = ['entrypoints/', 'lib/', 'public/_locales/'];
const SOURCES_MUST_NOT = [/^node_modules\//, /\/node_modules\//, /^\.output\//, /^test\//, /(^|\/)\.[^/]/, /\.(test|spec)\.[cm]?[jt]sx?$/];

const problems: string[] = [];
const fail = (message: string) => problems.push(message);

async function readZip(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  }
  return files;
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

async function main(): Promise<void> {
  const packages = new Map<string, Map<string, Buffer>>();
  for (const target of [...TARGETS.map((t) => t.zip), SOURCES_ZIP]) {
    const file = path.join(output, target);
    if (!existsSync(file)) {
      fail(`${target} is missing: run npm run zip`);
      continue;
    }
    const files = await readZip(file);
    packages.set(target, files);
    console.log(`${target}: ${files.size} files, ${kib(readFileSync(file).length)} zipped`);
  }

  for (const target of TARGETS) {
    const files = packages.get(target.zip);
    if (!files) continue;
    const manifest = files.get('manifest.json');
    if (!manifest) fail(`${target.zip}: no manifest.json at the root`);
    else {
      const parsed = JSON.parse(manifest.toString('utf8')) as { manifest_version: number; version: string };
      const wanted = target.dir.endsWith('mv2') ? 2 : 3;
      if (parsed.manifest_version !== wanted) fail(`${target.zip}: manifest_version ${parsed.manifest_version}, want ${wanted}`);
      if (parsed.version !== pkg.version) fail(`${target.zip}: version ${parsed.version}, package.json says ${pkg.version}`);
    }
    for (const name of files.keys()) {
      if (name.endsWith('.map')) fail(`${target.zip}: ships a source map (${name})`);
    }
    const texts = new Map([...files].filter(([name]) => name.endsWith('.js')).map(([name, bytes]) => [name, bytes.toString('utf8')]));
    for (const problem of shippedWarningProblems(texts, target.zip)) fail(problem);
  }

  const sources = packages.get(SOURCES_ZIP);
  if (sources) {
    const names = [...sources.keys()];
    for (const must of SOURCES_MUST_HAVE) if (!sources.has(must)) fail(`${SOURCES_ZIP}: ${must} is missing`);
    for (const dir of SOURCES_MUST_HAVE_DIRS) if (!names.some((n) => n.startsWith(dir))) fail(`${SOURCES_ZIP}: nothing under ${dir}`);
    for (const name of names) {
      if (SOURCES_MUST_NOT.some((re) => re.test(name))) fail(`${SOURCES_ZIP}: must not contain ${name}`);
    }
    rebuildFromSources(sources, packages);
  }

  if (problems.length > 0) {
    console.error(`check-packages: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('check-packages: all packages are store-ready, and the Firefox packages rebuild identically from the sources zip');
}

/** Unpack the sources zip, reuse this checkout's node_modules (a reviewer runs `npm ci`), build, compare. */
function rebuildFromSources(sources: Map<string, Buffer>, packages: Map<string, Map<string, Buffer>>): void {
  const work = mkdtempSync(path.join(tmpdir(), 'jla-sources-'));
  try {
    for (const [name, content] of sources) {
      mkdirSync(path.dirname(path.join(work, name)), { recursive: true });
      writeFileSync(path.join(work, name), content);
    }
    symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'), 'dir');
    const wxt = path.join(root, 'node_modules', '.bin', 'wxt');
    for (const target of TARGETS.filter((t) => t.dir.startsWith('firefox'))) {
      execFileSync(wxt, ['build', ...target.build], { cwd: work, stdio: 'pipe' });
      const rebuilt = listFiles(path.join(work, '.output', target.dir));
      const shipped = packages.get(target.zip);
      if (!shipped) continue;
      for (const [name, content] of shipped) {
        const again = rebuilt.get(name);
        if (!again) fail(`rebuild of ${target.dir} from sources lacks ${name}`);
        else if (!again.equals(content)) fail(`rebuild of ${target.dir} from sources differs in ${name}`);
      }
      for (const name of rebuilt.keys()) if (!shipped.has(name)) fail(`rebuild of ${target.dir} from sources adds ${name}`);
      console.log(`rebuilt ${target.dir} from ${SOURCES_ZIP}: ${rebuilt.size} files compared`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function listFiles(dir: string, prefix = ''): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [k, v] of listFiles(dir, relative)) files.set(k, v);
    else files.set(relative, readFileSync(path.join(dir, relative)));
  }
  return files;
}

await main();
