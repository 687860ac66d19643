import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route, showsApp } from '../../../src/nav/route';

describe('hash routes', () => {
  it('round-trips every route through its hash', () => {
    const routes: Route[] = [
      { page: 'app' },
      { page: 'review' },
      { page: 'review', session: 'a b/ü' },
      { page: 'data' },
      { page: 'history' },
      { page: 'print', session: '3f2b0c1e-9a7d-4c55-8e21-0f6a1b2c3d4e' },
    ];
    for (const route of routes) expect(parseRoute(hrefOf(route))).toEqual(route);
  });

  it('reads the hashes the app has always written', () => {
    expect(hrefOf({ page: 'data' })).toBe('#/data');
    expect(hrefOf({ page: 'app' })).toBe('#/');
    expect(parseRoute('#/review?session=abc')).toEqual({ page: 'review', session: 'abc' });
    expect(parseRoute('#review')).toEqual({ page: 'review' });
    expect(parseRoute('')).toEqual({ page: 'app' });
    expect(parseRoute('#/nowhere')).toEqual({ page: 'app' });
  });

  it('treats a print link without a readable id as the app', () => {
    expect(parseRoute('#/print/')).toEqual({ page: 'app' });
    expect(parseRoute('#/print/%E0%A4%A')).toEqual({ page: 'app' });
  });

  it('shows the app under the print page but not under the other pages', () => {
    expect(showsApp(parseRoute('#/print/x'))).toBe(true);
    expect(showsApp(parseRoute('#/'))).toBe(true);
    expect(showsApp(parseRoute('#/history'))).toBe(false);
  });
});
