import { en, type MessageKey } from './en';
import type { LanguageCode } from './language';

export type Messages = Partial<Record<MessageKey, string>>;

type Loader = () => Promise<{ default: Messages }>;

// One dynamic import per language: Vite emits each as its own chunk, so only English (static,
// above) is in the first screen and a language costs bytes only for the users who read it.
const loaders: Record<Exclude<LanguageCode, 'en'>, Loader> = {
  fr: () => import('./messages/fr'),
  de: () => import('./messages/de'),
  es: () => import('./messages/es'),
  ja: () => import('./messages/ja'),
  pt: () => import('./messages/pt'),
  it: () => import('./messages/it'),
  nl: () => import('./messages/nl'),
  zh: () => import('./messages/zh'),
  ar: () => import('./messages/ar'),
};

export async function loadMessages(code: LanguageCode): Promise<Messages> {
  if (code === 'en') return en;
  const module = await loaders[code]();
  return module.default;
}
