import { describe, expect, it } from 'vitest';
import { goalTable, requestTable, scaleTable } from './table';

describe('goalTable', () => {
  it('prints each goal with what was measured, its limit, and a failure in bold', () => {
    const table = goalTable([
      { goal: 'open() → list ÷ floor', measured: '1.58×', limit: '≤ 1.25×', verdict: 'FAIL' },
      { goal: 'search key → results painted, largest session', measured: '8 ms', limit: '≤ 33 ms', verdict: 'PASS' },
      { goal: 'JS heap after the list', measured: 'n/a', limit: '≤ 1.20 MiB', verdict: 'n/a' },
    ]);
    expect(table.split('\n')).toEqual([
      '| goal | measured | limit |  |',
      '| --- | ---: | ---: | ---: |',
      '| open() → list ÷ floor | 1.58× | ≤ 1.25× | **FAIL** |',
      '| search key → results painted, largest session | 8 ms | ≤ 33 ms | PASS |',
      '| JS heap after the list | n/a | ≤ 1.20 MiB | n/a |',
    ]);
  });
});

describe('scaleTable', () => {
  it('prints each session size over the smallest, and the search keys', () => {
    const stats = (median: number) => ({ n: 3, min: median - 10, median, max: median + 10 });
    const table = scaleTable({
      sizes: [{ size: 50, openToList: stats(400), tokenToList: stats(200) }, { size: 5000, openToList: stats(500), tokenToList: null }],
      searchKey: { n: 16, min: 6, median: 8, max: 24 },
    });
    expect(table).toContain('| 50 integrations | 400 ms (390–410) | 200 ms (190–210) | 1.00× |');
    expect(table).toContain('| 5,000 integrations | 500 ms (490–510) | n/a | 1.25× |');
    expect(table).toContain('Search with 5,000 integrations, key pressed → filtered list painted: 8 ms median over 16 keys (6–24).');
  });
});

describe('requestTable', () => {
  it('names the widget and the API by role, in the order sent', () => {
    const table = requestTable(
      [{ method: 'GET', type: 'Document', url: 'http://127.0.0.1:5000/?apiURL=x' }, { method: 'OPTIONS', type: 'Other', url: 'http://127.0.0.1:3003/connect/session' }],
      { 'http://127.0.0.1:5000': 'widget', 'http://127.0.0.1:3003': 'API' },
    );
    expect(table.split('\n').slice(2)).toEqual(['| 1 | GET | Document | widget / |', '| 2 | OPTIONS | Other | API /connect/session |']);
  });
});
