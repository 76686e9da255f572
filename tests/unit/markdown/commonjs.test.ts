import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/**
 * Strapi plugins are compiled to CommonJS; the forum will render posts with this package. Node
 * ≥ 20.19 require()s an ES module that has no top-level await: this loads the built package
 * (packages/markdown/dist, as npm install builds it) from a CommonJS script.
 */
describe('the Markdown package from CommonJS', () => {
  it('should load with require() and render', () => {
    const script = "const { renderMarkdown } = require('@reseau-epn/markdown'); process.stdout.write(renderMarkdown('# Bonjour <script>x()</script>').html);";

    const output = execFileSync(process.execPath, ['--no-warnings', '-e', script], { cwd: ROOT, encoding: 'utf8' });

    expect(output).toBe('<h1 id="bonjour-x">Bonjour x()</h1>');
  });
});
