import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { formatDue } from '../lib/time';
import { toHours } from './durations';

/** The server's deadline preview: for each class and deadline, its target and when it would be due. */
export function DeadlinePreviewTable({ preview, only }: { preview: Schemas['Preview']; only?: (d: Schemas['Preview']['deadlines'][number]) => boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="case-table-wrap">
      <table className="case-table sla-preview" data-testid="sla-preview">
        <thead><tr><th>{t('sla.class')}</th><th>{t('sla.deadline')}</th><th>{t('sla.target')}</th><th>{t('sla.dueAt')}</th></tr></thead>
        <tbody>
          {preview.deadlines.filter(only ?? (() => true)).map((d) => (
            <tr key={`${d.caseClass}-${d.metric}`} data-deadline={`${d.caseClass}-${d.metric}`} data-due={d.dueAt}>
              <td>{t(`sla.classes.${d.caseClass}`)}</td>
              <td>{t(`metric.${d.metric}`)}</td>
              <td>{d.workingDays ? t('sla.withinDays', { count: d.workingDays })
                : t(d.businessTime ? 'sla.withinWorkingHours' : 'sla.withinHours', { hours: toHours(d.duration) })}</td>
              <td>{formatDue(d.dueAt, preview.timeZone, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
