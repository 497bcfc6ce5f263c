import { enConnect } from '../../src/app/i18n/en-connect';
import { addEnglish } from '../../src/app/i18n/translate';

// Component tests render the lazy half's screens without loading that half through its entry
// (connect/index.ts), which is what adds their English strings in the app; add them here instead.
addEnglish(enConnect);
