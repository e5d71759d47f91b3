// The public page's branding, for operators: read it, replace it. A colour that would make the
// page unreadable is a 422 HERALD_LOW_CONTRAST naming the field and its contrast ratio.
import type { AppContext } from '../../../app/context.js';
import { readBranding, saveBranding } from '../../../app/branding.js';
import type { HeraldServer } from '../../types.js';
import { BrandingInput, BrandingSchema } from '../../../shared/contracts/serviceHealth.js';

const tags = ['public status (branding)'];
export function registerBrandingRoutes(app: HeraldServer, ctx: AppContext): void {
  app.get(
    '/api/branding',
    {
      schema: { tags, summary: 'The status page’s branding in effect (operators)', response: { 200: BrandingSchema } },
    },
    async (request) => readBranding(ctx, request.actor),
  );
  app.put(
    '/api/branding',
    {
      schema: {
        tags,
        summary: 'Replace the branding of the status page, backup site, badge, embed and subscriber emails (operators)',
        body: BrandingInput,
        response: { 200: BrandingSchema },
      },
    },
    async (request) => saveBranding(ctx, request.actor, request.body),
  );
}
