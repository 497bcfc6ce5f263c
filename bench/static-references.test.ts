import { describe, expect, it } from 'vitest';
import { cssImports, htmlPreloads, htmlReferences, resolveReference, staticImports } from './static-references';

describe('htmlReferences', () => {
  it('finds scripts and stylesheets whatever the attribute order, and the module preloads apart', () => {
    const html = `<!doctype html><head>
      <script type="module" crossorigin src="./assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/shared-b.js">
      <link href='./assets/index-c.css' rel=stylesheet>
      <link rel="icon" href="./favicon.svg">
      <script src="https://cdn.example/tracker.js"></script>
    </head>`;
    expect(htmlReferences(html)).toEqual(['./assets/index-a.js', './assets/index-c.css']);
    expect(htmlPreloads(html)).toEqual(['./assets/shared-b.js']);
  });
});

describe('staticImports', () => {
  it('follows minified static imports and re-exports but not import() or import.meta', () => {
    const js = [
      'import{a as e,t}from"./shared-b.js";import"./side-c.js";',
      'import*as n from"./ns-d.js";',
      'const l=()=>import("./lazy-e.js"),u=import.meta.url;',
      'const m=["assets/preloaded-f.js"];',
      'export{x as y}from"./reexport-g.js";export{l as default};',
    ].join('\n');
    expect(staticImports(js)).toEqual(['./shared-b.js', './side-c.js', './ns-d.js', './reexport-g.js']);
  });

  it('ignores bare and absolute specifiers', () => {
    expect(staticImports('import"preact";import{a}from"https://cdn.example/x.js";')).toEqual([]);
  });
});

describe('cssImports', () => {
  it('follows @import with and without url()', () => {
    expect(cssImports('@import "./a.css";@import url(./b.css);body{background:url(./c.png)}')).toEqual(['./a.css', './b.css']);
  });
});

describe('resolveReference', () => {
  it('resolves relative to the referencing file and drops queries', () => {
    expect(resolveReference('index.html', './assets/a.js')).toBe('assets/a.js');
    expect(resolveReference('assets/a.js', './b.js?v=1')).toBe('assets/b.js');
    expect(resolveReference('assets/a.js', '/assets/c.css')).toBe('assets/c.css');
  });
});
