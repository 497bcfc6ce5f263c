import { afterEach, describe, expect, it } from 'vitest';
import { __vitePreload } from './load-chunk';

const base = 'https://widget.example/assets/index.js';
const sheetLinks = () => Array.from(document.head.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]'));
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => sheetLinks().forEach((link) => link.remove()));

describe('loading a lazy chunk', () => {
  it('links its stylesheet and resolves only once the stylesheet has loaded, once per stylesheet', async () => {
    let isDone = false;
    const chunk = { name: 'connect' };
    const loading = __vitePreload(() => Promise.resolve(chunk), ['./connect-a.js', './connect-a.css'], base).then((module) => {
      isDone = true;
      return module;
    });
    await settle();
    expect(sheetLinks().map((link) => link.href)).toEqual(['https://widget.example/assets/connect-a.css']);
    expect(isDone).toBe(false); // the chunk is there, its styles are not yet
    sheetLinks()[0]?.dispatchEvent(new Event('load'));
    await expect(loading).resolves.toBe(chunk);
    await __vitePreload(() => Promise.resolve(chunk), ['./connect-a.css'], base);
    expect(sheetLinks()).toHaveLength(1);
  });

  it('asks for the chunk before it links the chunk\'s stylesheet: the script is what a form waits on', async () => {
    let linkedBeforeImport: string[] | null = null;
    const loading = __vitePreload(() => ((linkedBeforeImport = sheetLinks().map((link) => link.href)), Promise.resolve('chunk')), ['./connect-c.css'], base);
    expect(linkedBeforeImport).toEqual([]);
    expect(sheetLinks().map((link) => link.href)).toEqual(['https://widget.example/assets/connect-c.css']);
    sheetLinks()[0]?.dispatchEvent(new Event('load'));
    await expect(loading).resolves.toBe('chunk');
  });

  it('fails when the stylesheet cannot load, and links it afresh on the next try', async () => {
    const first = __vitePreload(() => Promise.resolve('chunk'), ['./connect-b.css'], base);
    await settle();
    sheetLinks()[0]?.dispatchEvent(new Event('error'));
    await expect(first).rejects.toThrow('Unable to load https://widget.example/assets/connect-b.css');
    expect(sheetLinks()).toEqual([]);
    const second = __vitePreload(() => Promise.resolve('chunk'), ['./connect-b.css'], base);
    await settle();
    expect(sheetLinks()).toHaveLength(1);
    sheetLinks()[0]?.dispatchEvent(new Event('load'));
    await expect(second).resolves.toBe('chunk');
  });

  it('fails when the chunk itself cannot load; a chunk without stylesheets is just imported', async () => {
    await expect(__vitePreload(() => Promise.reject(new Error('offline')), [], base)).rejects.toThrow('offline');
    await expect(__vitePreload(() => Promise.resolve('fr'), [], base)).resolves.toBe('fr');
    expect(sheetLinks()).toEqual([]);
  });
});
