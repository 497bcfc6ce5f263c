import { t } from '../i18n';
import { SearchIcon } from '../shell/icons';

export interface SearchBoxProps {
  value: string;
  onInput: (value: string) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  isAutofocus: boolean;
}

export function SearchBox({ value, onInput, onKeyDown, isAutofocus }: SearchBoxProps) {
  return (
    <div class="pb-search">
      <label for="pb-search" class="pb-visually-hidden">
        {t('list.search')}
      </label>
      <SearchIcon />
      <input
        id="pb-search"
        class="pb-input pb-search-input"
        type="search"
        autoComplete="off"
        spellcheck={false}
        placeholder={t('list.searchPlaceholder')}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        data-autofocus={isAutofocus ? '' : undefined}
      />
    </div>
  );
}
