// Herald's mark: an H on the accent colour; it follows the theme.
export function Logo() {
  return (
    <svg className="logo" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="var(--accent)" />
      <path d="M9 22V10m0 6h14m0-6v12" stroke="var(--on-accent)" strokeWidth="3.2" strokeLinecap="round" fill="none" />
    </svg>
  );
}
