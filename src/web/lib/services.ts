// Service names by id, for the screens that receive only ids.
import type { Service } from './types';
import { useApi } from './useApi';

export function useServiceNames(): (id: string) => string {
  const services = useApi<Service[]>('/api/services', ['services']);
  return (id) => services.data?.find((s) => s.id === id)?.name ?? id;
}
