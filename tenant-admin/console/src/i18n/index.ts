import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zhCN } from './zh-CN';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'console.language';

/** The language a reader chose before (remembered per user in this browser), if any. */
export function rememberedLanguage(user: string | undefined): Language | undefined {
  try {
    const stored = localStorage.getItem(`${STORAGE_KEY}.${user ?? ''}`);
    return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : undefined;
  } catch {
    return undefined;
  }
}

export function rememberLanguage(user: string | undefined, language: Language): void {
  try {
    localStorage.setItem(`${STORAGE_KEY}.${user ?? ''}`, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

/** The browser's language when it is one of ours, else Chinese. */
export function browserLanguage(): Language {
  return navigator.language?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  lng: rememberedLanguage(undefined) ?? browserLanguage(),
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  saveMissing: true,
  missingKeyHandler: (_lngs, _ns, key) => {
    console.error(`untranslated key: ${key}`);
  },
});

export default i18n;
