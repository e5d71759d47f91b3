// Light and dark: the system's choice (prefers-color-scheme) unless the person picks one; the
// pick is remembered on this device. The colours themselves are in styles.css (light-dark()).
import { useState } from 'react';

export type Theme = 'system' | 'light' | 'dark';
const KEY = 'herald.theme';

function apply(theme: Theme) {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

export function initialTheme(): Theme {
  const saved = localStorage.getItem(KEY);
  const theme: Theme = saved === 'light' || saved === 'dark' ? saved : 'system';
  apply(theme);
  return theme;
}

export function useTheme(): [Theme, (t: Theme) => void] {
  const [theme, setTheme] = useState<Theme>(initialTheme);
  return [
    theme,
    (t) => {
      if (t === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, t);
      apply(t);
      setTheme(t);
    },
  ];
}
