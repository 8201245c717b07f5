import { useTranslation } from 'react-i18next';

const COLOURS: Record<string, string> = {
  RECEIVED: 'blue', TRIAGED: 'cyan', ASSIGNED: 'purple', IN_PROGRESS: 'geekblue', SOLUTION_PROPOSED: 'gold',
  RESOLVED: 'green', FOLLOW_UP_PENDING: 'lime', CLOSED: 'grey', REOPENED: 'volcano', REJECTED: 'grey',
  WITHDRAWN: 'grey', MERGED: 'grey',
};

/** A case's status as a coloured tag (a plain span: a list page shows fifty of them). */
export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`tag tag-${COLOURS[status] ?? 'grey'}`} data-status={status}>{t(`status.${status}`)}</span>;
}
