import { NowProvider } from './lib/useNow';
import { LiveProvider } from './live/LiveContext';
import { Shell } from './Shell';
import { WorkspaceProvider } from './workspace/WorkspaceContext';

/** Everything behind the sign-in: who the reader is, the live stream, the screens. */
export default function SignedIn() {
  return (
    <WorkspaceProvider>
      <LiveProvider>
        <NowProvider>
          <Shell />
        </NowProvider>
      </LiveProvider>
    </WorkspaceProvider>
  );
}
