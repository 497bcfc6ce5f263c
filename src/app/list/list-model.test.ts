import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { integration } from '../../../test/app/fixtures';
import { createListModel, searchIndex } from './list-model';

describe('createListModel', () => {
  const items = signal([integration('hubspot', 'hubspot', 'HubSpot CRM'), integration('gh', 'github-app', 'GitHub'), integration('zd', 'zendesk', 'Zendesk Support')]);

  it('matches every word on display name, integration key and provider key, ignoring case and accents', () => {
    const list = createListModel(items);
    list.setQuery('crm hub');
    expect(list.matches.value.map((item) => item.unique_key)).toEqual(['hubspot']);
    list.setQuery('GITHUB-APP');
    expect(list.matches.value.map((item) => item.unique_key)).toEqual(['gh']);
    list.setQuery('zéndesk');
    expect(list.matches.value.map((item) => item.unique_key)).toEqual(['zd']);
  });

  it('matches the whole list when the query is empty or only spaces', () => {
    const list = createListModel(items);
    list.setQuery('   ');
    expect(list.matches.value).toBe(items.value);
  });

  const many = () => signal(Array.from({ length: 5000 }, (_, index) => integration(`svc-${index}`, index % 2 ? 'openai' : 'hubspot', `Service ${index}`)));

  it('searches all 5,000 integrations, also when a longer query narrows a shorter one and when it widens again', () => {
    const source = many();
    const list = createListModel(source);
    // What a plain scan of every integration finds, to compare the incremental search with.
    const scan = (query: string) => {
      const words = query.toLowerCase().split(' ').filter(Boolean);
      return source.value.filter((item) => words.every((word) => `${item.display_name} ${item.unique_key} ${item.provider}`.toLowerCase().includes(word)));
    };
    for (const query of ['service 49', 'service 499', 'service 4999 hub', 'service 4999 open', 'service 4', 'svc-12 ', 'svc-12 hub', '']) {
      list.setQuery(query);
      expect(list.matches.value, query).toEqual(scan(query));
    }
    list.setQuery('service 4999 open');
    expect(list.matches.value.map((item) => item.unique_key)).toEqual(['svc-4999']);
  });

  it('starts over on a new list of integrations', () => {
    const source = many();
    const list = createListModel(source);
    list.setQuery('service 4999');
    expect(list.matches.value).toHaveLength(1);
    source.value = [integration('other', 'other', 'Service 4999 too')];
    expect(list.matches.value.map((item) => item.unique_key)).toEqual(['other']);
  });

  it('folds each name once, whatever the number of keys typed', () => {
    const source = many();
    const list = createListModel(source);
    let reads = 0;
    const counted = source.value.map((item) => new Proxy(item, { get: (target, key, receiver) => (key === 'display_name' && reads++, Reflect.get(target, key, receiver)) }));
    source.value = counted;
    for (const query of ['s', 'se', 'ser', 'serv', 'servi', 'service 1', 'service 12', 'x']) {
      list.setQuery(query);
      void list.matches.value;
    }
    expect(reads).toBe(5000);
  });
});

describe('searchIndex', () => {
  it('keeps the matching positions in list order', () => {
    const index = searchIndex(['alpha beta', 'beta', 'gamma alpha']);
    expect(index.search(['alpha'])).toEqual([0, 2]);
    expect(index.search(['alpha', 'gam'], [0, 2])).toEqual([2]);
  });
});
