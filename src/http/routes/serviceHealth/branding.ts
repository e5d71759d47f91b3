// The public page's branding, for operators: read it, replace it. A colour that would make the
// page unreadable is a 422 HERALD_LOW_CONTRAST naming the field and its contrast ratio.
import { Type } from 'typebox';
import type { AppContext } from '../../../app/context.js';
import { readBranding, saveBranding } from '../../../app/branding.js';
import type { HeraldServer } from '../../types.js';

const tags = ['public status (branding)'];
const Color = (description: string) =>
  Type.String({ pattern: '^#[0-9a-fA-F]{6}$', description: `#rrggbb. ${description}`, examples: ['#24292f'] });
// Checked by the use case: https only for the logo, https or mailto for the support link.
const Url = Type.String({ minLength: 1, maxLength: 2000 });

const BrandingInput = Type.Object(
  {
    pageName: Type.String({
      minLength: 1,
      maxLength: 80,
      pattern: '\\S',
      description: 'Shown as the page’s title, the badge’s label and in emails',
    }),
    logoUrl: Type.Union([Url, Type.Null()], {
      description: 'An https address of the logo (shown at most 36 px high), or null',
    }),
    primaryColor: Color('Background of white text (page header, badge label): contrast at least 4.5:1 with white'),
    accentColor: Color('Headings and links on the page background: contrast at least 4.5:1 with #f6f7f9 and white'),
    supportUrl: Type.Union([Url, Type.Null()], {
      description: 'An https or mailto address of the provider’s support, or null',
    }),
  },
  { additionalProperties: false },
);
const BrandingSchema = Type.Object({
  ...BrandingInput.properties,
  updatedAt: Type.Union([Type.String(), Type.Null()], { description: 'null while the defaults are in use' }),
});

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
