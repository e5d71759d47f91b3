// The tenant a tenant admin is looking at. Most admins have one; someone who administers several
// picks one in the header, and the choice is remembered on this device.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useT } from './i18n';
import { useMe, tenantIdsOf } from './session';
import type { Page, Tenant } from './types';
import { useApi } from './useApi';

interface TenantValue {
  tenantId: string;
  tenants: Tenant[];
  choose(id: string): void;
  /** Whether the person is an org admin of the current tenant (manages recipients, early access, claims). */
  isOrgAdmin: boolean;
  nameOf(id: string): string;
}

const TenantContext = createContext<TenantValue | null>(null);
const KEY = 'herald.tenant';

export function TenantProvider({ children }: { children: ReactNode }) {
  const me = useMe();
  const ids = tenantIdsOf(me);
  const list = useApi<Page<Tenant>>('/api/tenants?limit=1000', ['directory']);
  const [chosen, setChosen] = useState(() => localStorage.getItem(KEY));
  const tenantId = chosen && ids.includes(chosen) ? chosen : (ids[0] ?? '');
  const value = useMemo<TenantValue>(() => {
    const tenants = list.data?.items ?? [];
    return {
      tenantId,
      tenants,
      isOrgAdmin: me.orgAdminOf.includes(tenantId),
      nameOf: (id) => tenants.find((t) => t.id === id)?.name ?? '…',
      choose(id) {
        localStorage.setItem(KEY, id);
        setChosen(id);
      },
    };
  }, [tenantId, list.data, me.orgAdminOf]);
  return <TenantContext.Provider value={value}>{children}</TenantContext.Provider>;
}

export function useTenant(): TenantValue {
  const value = useContext(TenantContext);
  if (!value) throw new Error('useTenant outside TenantProvider');
  return value;
}

/** The header's choice of tenant, shown only to people with more than one. */
export function TenantSwitcher() {
  const { tenantId, tenants, choose } = useTenant();
  const t = useT();
  if (tenants.length < 2) return tenants[0] ? <span className="tenant-name">{tenants[0].name}</span> : null;
  return (
    <label className="tenant-switch">
      <span className="sr-only">{t('console.shell.organization')}</span>
      <select value={tenantId} onChange={(e) => choose(e.target.value)}>
        {tenants.map((tenant) => (
          <option key={tenant.id} value={tenant.id}>
            {tenant.name}
          </option>
        ))}
      </select>
    </label>
  );
}
