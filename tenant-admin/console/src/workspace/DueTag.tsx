import { useTranslation } from 'react-i18next';
import { countdown, formatInstant, shortDuration } from '../lib/time';
import { useNow } from '../lib/useNow';
import { useWorkspace } from './WorkspaceContext';

const COLOURS: Record<string, string> = { BREACHED: 'red', AT_RISK: 'orange', PAUSED: 'grey', RUNNING: 'green' };

/** A clock's countdown, coloured by its state: running, at risk, breached (counting up) or paused. */
export function DueTag({ dueAt, state, metric }: { dueAt: string; state: string; metric: string }) {
  const { t, i18n } = useTranslation();
  const { tenant } = useWorkspace();
  const now = useNow();
  const c = countdown(dueAt, now);
  const time = shortDuration(c, i18n.language);
  const text = state === 'PAUSED' ? t('list.paused') : c.overdue ? t('list.overdue', { time }) : t('list.dueIn', { time });
  // a native title, not a Tooltip: fifty of them in a list page cost more to render than the rows themselves
  return (
    <span className={`tag tag-${COLOURS[state] ?? 'grey'}`} data-due-state={state}
      title={`${t(`metric.${metric}`)} · ${t(`clockState.${state}`)} · ${formatInstant(dueAt, tenant.timeZone, i18n.language)}`}>
      {text}
    </span>
  );
}
