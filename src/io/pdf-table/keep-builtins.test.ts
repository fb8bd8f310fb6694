import { describe, expect, it } from 'vitest';
import { keepingBuiltins } from './keep-builtins.ts';
import { pdfPageContent } from './pdf-page-content-loader.ts';

describe('keepingBuiltins', () => {
  it('puts back a property the load replaced and keeps the ones it added', async () => {
    const target: Record<string, unknown> = { push: 'native' };
    const loaded = await keepingBuiltins(async () => {
      target.push = 'polyfill';
      target.withResolvers = 'added';
      return 'module';
    }, [target]);
    expect(loaded).toBe('module');
    expect(target).toEqual({ push: 'native', withResolvers: 'added' });
  });

  it('puts them back when the load fails too', async () => {
    const target: Record<string, unknown> = { parse: 'native' };
    await expect(
      keepingBuiltins(async () => {
        target.parse = 'polyfill';
        throw new Error('no such module');
      }, [target]),
    ).rejects.toThrow('no such module');
    expect(target.parse).toBe('native');
  });

  it('leaves the natives pdfjs-dist would replace (push, JSON) when it loads for a PDF', async () => {
    const natives = [Array.prototype.push, JSON.parse, JSON.stringify];
    const { readPdfPages } = await pdfPageContent();
    expect(typeof readPdfPages).toBe('function');
    expect([Array.prototype.push, JSON.parse, JSON.stringify]).toEqual(natives);
    for (const f of natives) expect(Function.prototype.toString.call(f)).toContain('[native code]');
    // What it adds and needs on Node 20 stays.
    expect(typeof (Promise as { withResolvers?: unknown }).withResolvers).toBe('function');
  });
});
