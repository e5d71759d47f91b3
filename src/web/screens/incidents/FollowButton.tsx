// "Manage notifications for this issue": be told of every update of one incident.
import { useAction } from '../../components/ui';
import { api } from '../../lib/api';
import type { Incident } from '../../lib/types';

export function FollowButton({ incident, onChange }: { incident: Incident; onChange: () => void }) {
  const toggle = useAction(
    async () => {
      if (incident.following) await api.delete(`/api/incidents/${incident.id}/following`);
      else await api.put(`/api/incidents/${incident.id}/following`, {});
      onChange();
    },
    incident.following ? 'You will no longer be told of each update' : 'You will be told of every update',
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
      {incident.following ? 'Following' : 'Follow updates'}
    </button>
  );
}
