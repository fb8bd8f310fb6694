import type { Language } from '../../domain/language.ts';
import { en } from './messages-en.ts';
import type { MessageKey } from './messages-ja.ts';
import { ja } from './messages-ja.ts';

export type Lang = Language;

export const LANGS: readonly Lang[] = ['ja', 'en'];

export function parseLang(text: string | null): Lang {
  return text === 'en' ? 'en' : 'ja';
}

export type Params = Readonly<Record<string, string | number>>;

/** A catalog text with its `{name}` placeholders filled in. */
export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  const text: string = lang === 'en' ? en[key] : ja[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export type Translate = (key: MessageKey, params?: Params) => string;
