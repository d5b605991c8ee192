import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../settings/schema';
import { loadSettings } from '../settings/store';
import { ProfileForm } from './ProfileForm';
import { RosterSummary } from './RosterSummary';
import { localArea } from './storage';

export function App() {
  const [loaded, setLoaded] = useState<{ settings: Settings; problems: string[] } | null>(null);
  useEffect(() => {
    void loadSettings(localArea).then(setLoaded);
  }, []);

  return (
    <main>
      <h1>Case Manager Check: settings</h1>
      <p class="muted">
        Your profile and your district's roster stay in this browser. Student information is never
        saved here.
      </p>
      {loaded?.problems.map((problem) => (
        <p role="alert" key={problem}>
          {problem}
        </p>
      ))}
      {loaded && (
        <>
          <ProfileForm initial={loaded.settings.profile} />
          <RosterSummary roster={loaded.settings.roster} />
        </>
      )}
    </main>
  );
}
