import { useNavigate, useParams } from 'react-router-dom';
import { useSession } from '../../features/auth/session/session-context';
import { AcceptInvitation } from '../../features/invitations/components/accept-invitation';

export function InvitationRoute() {
  const { token = '' } = useParams();
  const session = useSession();
  const navigate = useNavigate();
  return (
    <AcceptInvitation
      token={token}
      onAccepted={(answer) => {
        session.signedIn(answer);
        navigate('/account', { replace: true });
      }}
    />
  );
}
