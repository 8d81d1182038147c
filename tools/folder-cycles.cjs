#!/usr/bin/env node
// Folder-level import cycles: every source file belongs to one folder "unit" (a feature folder such
// as apps/api/src/modules/auth, or a top-level folder such as apps/api/src/common); an import from a
// file of unit A to a file of unit B is an edge A → B. A cycle between units (auth → accounts → auth)
// means the folders cannot be understood, tested or split on their own, so it fails the lint target.
//
// Imports are read with the TypeScript compiler's pre-processor (static imports, re-exports,
// `import()` and `require`), type-only imports included: they couple folders just the same.
//
//   node tools/folder-cycles.cjs [api|web]   checks the API and/or the web app, exits 1 on a cycle
// (run by the `lint` targets of both apps and by apps/api/src/folder-cycles.spec.ts)
'use strict';

const { existsSync, readdirSync, readFileSync, statSync } = require('node:fs');
const { dirname, join, relative, resolve, sep } = require('node:path');
const ts = require('typescript');

const SOURCE = /\.(ts|tsx|mts|cts)$/;
/** Tests and test helpers may reach across folders (a spec seeds data through another feature). */
const TEST_FILE = /[.-]spec\.(ts|tsx)$|\.e2e\.ts$/;
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.d.ts', '/index.ts', '/index.tsx'];

/**
 * The checked layouts. `units` lists folders whose sub-folders are units of their own
 * (apps/api/src/modules/<feature>); every other top-level folder under `root` is one unit;
 * `skip` lists top-level folders left out. Spec files are left out everywhere.
 */
const LAYOUTS = [
  { name: 'api', root: 'apps/api/src', units: ['modules'], skip: [] },
  // testing/ holds the spec helpers (render the whole app, mock the API): test code, like the specs.
  { name: 'web', root: 'apps/web/src', units: ['features'], skip: ['testing'] },
];

function listSources(dir, skip = []) {
  const out = [];
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry.startsWith('.') || skip.includes(entry)) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...listSources(path));
    else if (SOURCE.test(entry) && !TEST_FILE.test(entry)) out.push(path);
  }
  return out;
}

/** The unit a file belongs to, or undefined for a file directly in the root (main.ts, app.module.ts). */
function unitOf(root, file, unitParents) {
  const parts = relative(root, file).split(sep);
  if (parts.length < 2 || parts[0] === '..') return undefined;
  if (unitParents.includes(parts[0])) return parts.length > 2 ? `${parts[0]}/${parts[1]}` : undefined;
  return parts[0];
}

function resolveImport(fromFile, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(fromFile), specifier);
  // `./x.js` written for ESM output still means `./x.ts`.
  const stripped = base.replace(/\.(c|m)?js$/, '');
  for (const candidate of [base, ...EXTENSIONS.map((ext) => stripped + ext)]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/**
 * The folder-level import graph of one layout: unit → (unit → the first file-level import that
 * makes the edge, for the error message).
 */
function folderGraph(root, unitParents = [], skip = []) {
  const graph = new Map();
  for (const file of listSources(root, skip)) {
    const from = unitOf(root, file, unitParents);
    if (!from) continue;
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of info.importedFiles) {
      const target = resolveImport(file, fileName);
      if (!target) continue;
      const to = unitOf(root, target, unitParents);
      if (!to || to === from) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      const edges = graph.get(from);
      if (!edges.has(to)) edges.set(to, `${relative(root, file)} → ${fileName}`);
    }
  }
  return graph;
}

/** Every strongly connected component with more than one unit (Tarjan), each as a sorted list. */
function findCycles(graph) {
  let index = 0;
  const indices = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  const nodes = new Set(graph.keys());
  for (const edges of graph.values()) for (const to of edges.keys()) nodes.add(to);

  function connect(node) {
    indices.set(node, index);
    low.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of (graph.get(node) ?? new Map()).keys()) {
      if (!indices.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node), indices.get(next)));
      }
    }
    if (low.get(node) === indices.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) cycles.push(component.sort());
    }
  }

  for (const node of [...nodes].sort()) if (!indices.has(node)) connect(node);
  return cycles.sort((a, b) => a[0].localeCompare(b[0]));
}

/** Human-readable lines: each cycle with the imports that close it. */
function describeCycles(graph, cycles) {
  return cycles.map((members) => {
    const inCycle = new Set(members);
    const edges = [];
    for (const from of members) {
      for (const [to, example] of graph.get(from) ?? []) {
        if (inCycle.has(to)) edges.push(`    ${from} → ${to}  (${example})`);
      }
    }
    return `  cycle between ${members.join(', ')}:\n${edges.join('\n')}`;
  });
}

/** Checks one folder; returns the cycle descriptions (empty when there are none). */
function checkFolder(root, unitParents = [], skip = []) {
  const graph = folderGraph(root, unitParents, skip);
  return describeCycles(graph, findCycles(graph));
}

function main(names) {
  const workspace = resolve(__dirname, '..');
  let failed = false;
  for (const layout of LAYOUTS.filter((l) => names.length === 0 || names.includes(l.name))) {
    const problems = checkFolder(join(workspace, layout.root), layout.units, layout.skip);
    if (problems.length === 0) continue;
    failed = true;
    console.error(`folder import cycles in ${layout.root}:\n${problems.join('\n')}`);
  }
  if (failed) process.exit(1);
}

module.exports = { LAYOUTS, folderGraph, findCycles, checkFolder };

if (require.main === module) main(process.argv.slice(2));
