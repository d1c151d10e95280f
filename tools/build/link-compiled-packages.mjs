/**
 * After `tsc -p tsconfig.build.json`: the workspace packages that compiled code imports by name
 * (`@rebound/domain`, `@rebound/api/database`) point at TypeScript sources, which Node does not run.
 * This writes dist/node_modules/<name>/ with the same exports re-exporting the compiled files, so Node's
 * lookup from dist/ finds the JavaScript first. Plain JavaScript: it runs where only Node is.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const PACKAGES = ['libs/domain', 'apps/api'];
const dist = 'dist';

for (const packageDirectory of PACKAGES) {
  const manifest = JSON.parse(readFileSync(join(packageDirectory, 'package.json'), 'utf8'));
  const exportsMap = typeof manifest.exports === 'string' ? { '.': manifest.exports } : manifest.exports;
  const linkDirectory = join(dist, 'node_modules', manifest.name);
  rmSync(linkDirectory, { recursive: true, force: true });
  mkdirSync(linkDirectory, { recursive: true });
  const linkExports = {};
  for (const [subpath, source] of Object.entries(exportsMap)) {
    const compiled = join(dist, packageDirectory, source).replace(/\.ts$/, '.js');
    const file = `${subpath === '.' ? 'index' : subpath.slice(2).replaceAll('/', '-')}.js`;
    const target = relative(linkDirectory, compiled);
    writeFileSync(join(linkDirectory, file), `export * from '${target}';\n`);
    linkExports[subpath] = `./${file}`;
  }
  writeFileSync(
    join(linkDirectory, 'package.json'),
    `${JSON.stringify({ name: manifest.name, private: true, type: 'module', exports: linkExports }, null, 2)}\n`,
  );
  console.log(`${manifest.name} → ${join(dist, packageDirectory)}`);
}
