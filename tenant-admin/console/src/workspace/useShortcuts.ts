import { useEffect } from 'react';

/** Whether a key press is typing into a field (shortcuts stay out of its way). */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable;
}

/**
 * Single-key shortcuts (no modifier, so no clash with the browser's own): each key maps to an action; ignored
 * while typing in a field or with Ctrl, Alt or Meta held.
 */
export function useShortcuts(keys: Record<string, () => void>, enabled = true): void {
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey || isTyping(e.target)) return;
      const action = keys[e.key];
      if (action) {
        e.preventDefault();
        action();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [keys, enabled]);
}
