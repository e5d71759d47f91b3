// Chat messages from a rendered notice (render.ts `card`): a Slack incoming webhook's Block Kit
// message and a Microsoft Teams workflow's Adaptive Card ("post to a channel when a webhook
// request is received"). Pure functions of the card, so tenant admins' endpoints and, later,
// public subscribers send the same shapes. Each product's documented limits are kept by cutting
// text (with an ellipsis), never by dropping the message; each product's markup is escaped.
import type { NoticeCard } from './render.js';

/** Slack's Block Kit limits (docs.slack.dev, reference/block-kit/blocks). */
export const SLACK_LIMITS = {
  headerText: 150,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  buttonText: 75,
  buttonUrl: 3000,
  contextText: 3000,
  blocks: 50,
  /** The top-level `text` is the notification's and screen readers' fallback. */
  fallbackText: 3000,
} as const;

const ELLIPSIS = '…';

/** Cuts plain text to `max` characters (code points), ending with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + ELLIPSIS;
}

/** Slack mrkdwn: &, < and > are control characters and must be sent as entities. */
export function escapeSlack(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Escaped mrkdwn cut to `max` without leaving half an entity at the end. */
function slackText(text: string, max: number): string {
  const escaped = escapeSlack(text);
  if ([...escaped].length <= max) return escaped;
  return (
    [...escaped]
      .slice(0, max - 1)
      .join('')
      .replace(/&[a-z]{0,3}$/, '') + ELLIPSIS
  );
}

const headline = (card: NoticeCard): string => (card.title ? `${card.heading}: ${card.title}` : card.heading);

export interface SlackMessage {
  text: string;
  blocks: Record<string, unknown>[];
}

/**
 * A Slack incoming-webhook message: `text` as the fallback, then a header (the heading and
 * title), the summary, the facts as section fields, a button to the notice's page and a context
 * line naming where it came from.
 */
export function slackMessage(card: NoticeCard, context: string): SlackMessage {
  const header = { type: 'plain_text', text: clip(headline(card), SLACK_LIMITS.headerText), emoji: false };
  const blocks: Record<string, unknown>[] = [{ type: 'header', text: header }];
  if (card.summary) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: slackText(card.summary, SLACK_LIMITS.sectionText) } });
  }
  for (let i = 0; i < card.facts.length && blocks.length < SLACK_LIMITS.blocks - 2; i += SLACK_LIMITS.sectionFields) {
    const fields = card.facts.slice(i, i + SLACK_LIMITS.sectionFields).map((f) => ({
      type: 'mrkdwn',
      text: `*${slackText(f.label, 100)}*\n${slackText(f.value, SLACK_LIMITS.fieldText - 110)}`,
    }));
    blocks.push({ type: 'section', fields });
  }
  if (/^https?:\/\//.test(card.open.url) && card.open.url.length <= SLACK_LIMITS.buttonUrl) {
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: 'open',
          text: { type: 'plain_text', text: clip(card.open.label, SLACK_LIMITS.buttonText) },
          url: card.open.url,
        },
      ],
    });
  }
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: slackText(context, SLACK_LIMITS.contextText) }] });
  const fallback = [headline(card), card.summary].filter(Boolean).join('\n');
  return { text: slackText(fallback, SLACK_LIMITS.fallbackText), blocks };
}

/**
 * Adaptive Card TextBlocks and facts render a subset of Markdown: characters that would start
 * emphasis, a link or code are escaped with a backslash so an operator's words read as written.
 */
export function escapeTeams(text: string): string {
  return text.replace(/[\\*_[\]`~]/g, (c) => `\\${c}`);
}

export const ADAPTIVE_CARD_VERSION = '1.4';
export const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export interface TeamsMessage {
  type: 'message';
  attachments: { contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE; contentUrl: null; content: Record<string, unknown> }[];
}

/**
 * What a Teams workflow's "When a Teams webhook request is received" trigger accepts: a message
 * with one Adaptive Card attachment (heading, summary, facts, a context line, an Open button).
 */
export function teamsMessage(card: NoticeCard, context: string): TeamsMessage {
  const body: Record<string, unknown>[] = [
    {
      type: 'TextBlock',
      text: escapeTeams(headline(card)),
      weight: 'Bolder',
      size: 'Medium',
      style: 'heading',
      wrap: true,
    },
  ];
  if (card.summary) body.push({ type: 'TextBlock', text: escapeTeams(card.summary), wrap: true });
  if (card.facts.length) {
    const facts = card.facts.map((f) => ({ title: escapeTeams(f.label), value: escapeTeams(f.value) }));
    body.push({ type: 'FactSet', facts });
  }
  body.push({ type: 'TextBlock', text: escapeTeams(context), isSubtle: true, size: 'Small', wrap: true });
  const open = { type: 'Action.OpenUrl', title: card.open.label, url: card.open.url };
  const actions = /^https?:\/\//.test(card.open.url) ? [open] : [];
  return {
    type: 'message',
    attachments: [
      {
        contentType: ADAPTIVE_CARD_CONTENT_TYPE,
        contentUrl: null,
        content: { $schema: ADAPTIVE_CARD_SCHEMA, type: 'AdaptiveCard', version: ADAPTIVE_CARD_VERSION, body, actions },
      },
    ],
  };
}
