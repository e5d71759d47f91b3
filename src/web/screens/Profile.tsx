// The signed-in person: who they are, their roles, and the time zone every time is shown in.
import { Page } from '../components/ui';
import { useMe } from '../lib/session';
import { useTime } from '../lib/time';

export function Profile() {
  const me = useMe();
  const time = useTime();
  return (
    <Page title="Profile">
      <dl className="facts">
        <dt>Name</dt>
        <dd>{me.name}</dd>
        <dt>Email</dt>
        <dd>{me.email}</dd>
        <dt>Time zone</dt>
        <dd>
          {me.timeZone} (now {time.time(new Date().toISOString())})
        </dd>
        <dt>Language and formats</dt>
        <dd>{me.locale}</dd>
        <dt>Roles</dt>
        <dd>
          {[
            me.isOperator ? 'operator' : null,
            me.orgAdminOf.length ? `org admin of ${me.orgAdminOf.length} tenant${me.orgAdminOf.length > 1 ? 's' : ''}` : null,
            me.systemAdminOf.length ? `system admin of ${me.systemAdminOf.length} environment${me.systemAdminOf.length > 1 ? 's' : ''}` : null,
          ]
            .filter(Boolean)
            .join(', ')}
        </dd>
      </dl>
    </Page>
  );
}
