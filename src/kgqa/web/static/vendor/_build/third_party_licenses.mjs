// Write the licence texts of every npm package bundled into a minified build,
// as listed by the build's own source map.
// usage: node third_party_licenses.mjs NODE_MODULES MAP_FILE TITLE > OUT.txt
import fs from 'node:fs';
import path from 'node:path';

const [nm, mapFile, title] = process.argv.slice(2);
const map = JSON.parse(fs.readFileSync(mapFile, 'utf8'));
const pkgs = new Set();
for (const s of map.sources) {
  const m = s.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/g);
  if (m) pkgs.add(m[m.length - 1].replace('node_modules/', ''));
}

const MIT = `Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;

function findPkgDir(name) {
  const direct = path.join(nm, name);
  if (fs.existsSync(path.join(direct, 'package.json'))) return direct;
  // nested copies, e.g. node_modules/@zazuko/yasr/node_modules/<name>
  const stack = [nm];
  while (stack.length) {
    const d = stack.pop();
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      const p = path.join(d, e.name);
      if (p.endsWith(path.join('node_modules', name)) && fs.existsSync(path.join(p, 'package.json'))) return p;
      if (e.name === 'node_modules' || e.name.startsWith('@') || d.endsWith('node_modules') || path.basename(path.dirname(p)).startsWith('@')) stack.push(p);
    }
  }
  return null;
}

let out = `Third-party software bundled in ${title}\n`;
out += `(package list taken from the build's source map; versions are those resolved\n`;
out += `by _build/package-lock.json)\n`;
for (const name of [...pkgs].sort()) {
  const dir = findPkgDir(name);
  out += `\n${'='.repeat(78)}\n`;
  if (!dir) { out += `${name}: package not found in node_modules\n`; continue; }
  const pj = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const lic = pj.license || (pj.licenses || []).map(l => l.type || l).join(' OR ') || 'see text';
  out += `${name} ${pj.version} -- ${typeof lic === 'string' ? lic : JSON.stringify(lic)}\n`;
  out += `${'='.repeat(78)}\n`;
  const files = fs.readdirSync(dir).filter(f => /^(licen[cs]e|copying|notice)/i.test(f)).sort();
  if (files.length) {
    for (const f of files) out += `--- ${f}\n` + fs.readFileSync(path.join(dir, f), 'utf8').trimEnd() + '\n';
  } else {
    const author = typeof pj.author === 'object' ? pj.author.name : (pj.author || 'its authors');
    out += `(the npm package ships no licence file; package.json declares "${lic}", author ${author})\n`;
    if (lic === 'MIT') out += `\nCopyright (c) ${author}\n\n${MIT}`;
  }
}
process.stdout.write(out);
