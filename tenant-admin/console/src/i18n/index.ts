import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

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

/** Each language's texts, loaded when first needed: a reader downloads one language, not both. */
const TEXTS: Record<Language, () => Promise<object>> = {
  en: () => import('./en').then((m) => m.en),
  'zh-CN': () => import('./zh-CN').then((m) => m.zhCN),
};

/** The texts of the supervisors', admins' and operators' screens, kept out of the first screens' download. */
const SCREEN_TEXTS: Record<Language, () => Promise<object>> = {
  en: () => import('./en-screens').then((m) => m.enScreens),
  'zh-CN': () => import('./zh-CN-screens').then((m) => m.zhCNScreens),
};

/** Whether a language's screen texts are there (one of their namespaces stands for all). */
function hasScreenTexts(language: string): boolean {
  return i18n.getResource(language, 'translation', 'sla') !== undefined;
}

async function loadScreenTexts(language: Language): Promise<void> {
  if (!hasScreenTexts(language)) {
    i18n.addResourceBundle(language, 'translation', await SCREEN_TEXTS[language](), true, false);
  }
}

/**
 * A lazy screen's module, resolved once the screen texts of the reader's language are loaded too: wrap the import of
 * any screen that uses them (`lazy(() => withScreenTexts(import('./admin/CalendarsPage')))`).
 */
export async function withScreenTexts<T>(module: Promise<T>): Promise<T> {
  const [loaded] = await Promise.all([module, loadScreenTexts(i18n.language as Language)]);
  return loaded;
}

/** Switches to a language, loading its texts first if this page has not yet (its screen texts too, if in use). */
export async function switchLanguage(language: Language): Promise<void> {
  const screens = hasScreenTexts(i18n.language);
  if (!i18n.hasResourceBundle(language, 'translation')) {
    i18n.addResourceBundle(language, 'translation', await TEXTS[language]());
  }
  if (screens) await loadScreenTexts(language);
  await i18n.changeLanguage(language);
}

/** Resolves once the first language's texts are there (the console renders after it). */
export const i18nReady: Promise<unknown> = (async () => {
  const language = rememberedLanguage(undefined) ?? browserLanguage();
  return i18n.use(initReactI18next).init({
    resources: { [language]: { translation: await TEXTS[language]() } },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (_lngs, _ns, key) => {
      console.error(`untranslated key: ${key}`);
    },
  });
})();

export default i18n;
