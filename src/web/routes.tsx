// Which screens a person has, and where: one table for the URL, the navigation and the role.
// Operators run the service; tenant admins read about theirs. A screen appears in the navigation
// when it has a label.
import type { ReactNode } from 'react';
import type { NavItem } from './components/Shell';
import { Empty, Page } from './components/ui';
import { matchPath } from './lib/router';
import type { Me } from './lib/session';
import { Profile } from './screens/Profile';

/** Who a screen is for. */
type Audience = 'operator' | 'tenant' | 'orgAdmin' | 'everyone';

interface Screen {
  path: string;
  for: Audience;
  nav?: { label: string; group: string };
  render(params: Record<string, string>): ReactNode;
}

const SCREENS: Screen[] = [
  { path: '/profile', for: 'everyone', render: () => <Profile /> },
];

function fits(me: Me, audience: Audience): boolean {
  switch (audience) {
    case 'operator':
      return me.isOperator;
    case 'tenant':
      return !me.isOperator;
    case 'orgAdmin':
      return !me.isOperator && me.orgAdminOf.length > 0;
    case 'everyone':
      return true;
  }
}

export function navFor(me: Me): NavItem[] {
  return SCREENS.filter((s) => s.nav && fits(me, s.for)).map((s) => ({ path: s.path, label: s.nav!.label, group: s.nav!.group }));
}

export function resolveScreen(me: Me, path: string): ReactNode {
  for (const s of SCREENS) {
    if (!fits(me, s.for)) continue;
    const params = matchPath(s.path, path);
    if (params) return s.render(params);
  }
  return (
    <Page title="Page not found">
      <Empty>There is no such page in the console, or it is not one of yours. Pick a page from the menu.</Empty>
    </Page>
  );
}
