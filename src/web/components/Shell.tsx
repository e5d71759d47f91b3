// The frame around every screen: a skip link, the header (tenant, live indicator, notifications,
// the person's menu with the colour theme), the navigation for the person's role (a drawer on a phone) and the main area.
import { useEffect, useState, type ReactNode } from 'react';
import { useT } from '../lib/i18n';
import { useLiveConnected } from '../lib/live';
import { Link, useLocation } from '../lib/router';
import { isMemberOnly, useMe, useSession } from '../lib/session';
import { TenantSwitcher } from '../lib/tenant';
import { useTheme, type Theme } from '../lib/theme';
import { Logo } from './Logo';
import { NotificationBell } from './NotificationBell';

/** A screen in the navigation, its words in the person's language. */
export interface NavItem {
  path: string;
  label: string;
  /** The heading it is listed under; null for the first, untitled group. */
  group: string | null;
}

export function Shell({ nav, children }: { nav: NavItem[]; children: ReactNode }) {
  const me = useMe();
  const { signOut } = useSession();
  const { path } = useLocation();
  const [open, setOpen] = useState(false);
  const [theme, setTheme] = useTheme();
  const live = useLiveConnected();
  const t = useT();

  // Leaving a screen closes the drawer on a phone.
  useEffect(() => setOpen(false), [path]);

  const groups = [...new Set(nav.map((n) => n.group))];
  const isCurrent = (p: string) => (p === '/' ? path === '/' : path === p || path.startsWith(`${p}/`));

  return (
    <div className={`shell${open ? ' nav-open' : ''}`}>
      <a className="skip" href="#main">
        {t('console.shell.skipToContent')}
      </a>
      <header className="top">
        <button
          className="btn icon menu"
          type="button"
          aria-expanded={open}
          aria-controls="nav"
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">☰</span>
          <span className="sr-only">{t('console.shell.menu')}</span>
        </button>
        <Link to="/" className="brand" aria-label={t('console.shell.home')}>
          <Logo /> <span className="brand-name">Herald</span>
        </Link>
        <span className="role-chip">
          {t('console.shell.roleChip', {
            role: me.isOperator
              ? 'operator'
              : me.orgAdminOf.length
                ? 'tenantAdmin'
                : me.systemAdminOf.length
                  ? 'systemAdmin'
                  : 'member',
          })}
        </span>
        {me.isOperator || isMemberOnly(me) ? null : <TenantSwitcher />}
        <span className="spacer" />
        <span
          className={`live ${live ? 'on' : 'off'}`}
          title={t(live ? 'console.shell.liveOn' : 'console.shell.liveReconnecting')}
        >
          <span className="dot" aria-hidden="true" />
          <span className="live-label">{t(live ? 'console.shell.live' : 'console.shell.offline')}</span>
        </span>
        <NotificationBell />
        <details className="person">
          <summary>
            <span className="sr-only">{t('console.shell.account')}</span>
            <span className="avatar" aria-hidden="true">
              {initials(me.name)}
            </span>
            <span className="person-name">{me.name}</span>
          </summary>
          <div className="menu-panel">
            <div>
              <strong>{me.name}</strong>
              <div className="muted">{me.email}</div>
              <div className="muted">{t('console.shell.timesIn', { zone: me.timeZone })}</div>
            </div>
            <label className="theme">
              {t('console.shell.theme')}
              <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
                <option value="system">{t('console.shell.themeSystem')}</option>
                <option value="light">{t('console.shell.themeLight')}</option>
                <option value="dark">{t('console.shell.themeDark')}</option>
              </select>
            </label>
            <Link to="/profile">{t('console.shell.profileLink')}</Link>
            <Link to="/preferences">{t('console.shell.preferencesLink')}</Link>
            <button className="btn" type="button" onClick={() => void signOut()}>
              {t('console.shell.signOut')}
            </button>
          </div>
        </details>
      </header>
      <nav id="nav" className="side" aria-label={t('console.shell.mainNav')}>
        {groups.map((g) => (
          <div key={g ?? ''} className="nav-group">
            {g ? <div className="nav-title">{g}</div> : null}
            <ul>
              {nav
                .filter((n) => n.group === g)
                .map((n) => (
                  <li key={n.path}>
                    <Link to={n.path} aria-current={isCurrent(n.path) ? 'page' : undefined}>
                      {n.label}
                    </Link>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </nav>
      <div className="scrim" aria-hidden="true" onClick={() => setOpen(false)} />
      <main id="main" className="main">
        {children}
      </main>
    </div>
  );
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
