// "Manage notifications for this issue": be told of every update of one incident.
import { useAction } from '../../components/ui';
import { api } from '../../lib/api';
import { useT } from '../../lib/i18n';
import type { Incident } from '../../lib/types';

export function FollowButton({ incident, onChange }: { incident: Incident; onChange: () => void }) {
  const t = useT();
  const toggle = useAction(
    async () => {
      if (incident.following) await api.delete(`/api/incidents/${incident.id}/following`);
      else await api.put(`/api/incidents/${incident.id}/following`, {});
      onChange();
    },
    t(incident.following ? 'console.incidents.follow.stopped' : 'console.incidents.follow.started'),
  );
  return (
    <button
      className="btn"
      type="button"
      aria-pressed={incident.following}
      disabled={toggle.busy}
      onClick={() => void toggle.run()}
      title={toggle.error?.message}
    >
      {t(incident.following ? 'console.incidents.follow.following' : 'console.incidents.follow.follow')}
    </button>
  );
}
