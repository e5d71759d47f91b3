// Request pieces the service health routes share.
import { Type, type TSchema } from 'typebox';
import { MAX_OFFSET } from '../../../app/directory/paging.js';

export const IncidentParams = Type.Object({
  id: Type.String({ pattern: '^HR[0-9]{6}$', description: 'an incident id such as HR123456' }),
});
export const TenantParams = Type.Object({ tenantId: Type.String({ minLength: 1 }) });
export const IdParams = Type.Object({ id: Type.String({ minLength: 1 }) });

export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, description: 'page size (default 100)' })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET })),
};

export const ListOf = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item), total: Type.Integer() });
