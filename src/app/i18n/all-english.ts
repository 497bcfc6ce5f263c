import { en, type MessageKey } from './en';
import { enConnect } from './en-connect';

/** Every English string, for checks over the whole catalogue; the app loads the two parts apart. */
export const allEnglish: Record<MessageKey, string> = { ...en, ...enConnect };
