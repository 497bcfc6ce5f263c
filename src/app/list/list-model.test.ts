import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { integration } from '../../../test/app/fixtures';
import { createListModel, pageSize } from './list-model';

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

  it('renders a page at a time and starts over on a new query', () => {
    const many = signal(Array.from({ length: 500 }, (_, index) => integration(`s${index}`)));
    const list = createListModel(many);
    expect(list.shown.value).toHaveLength(pageSize);
    list.showMore();
    expect(list.shown.value).toHaveLength(pageSize * 3);
    list.setQuery('s4');
    expect(list.shown.value).toHaveLength(pageSize);
  });
});
