import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<string, string> = {
  RECEIVED: 'blue', TRIAGED: 'cyan', ASSIGNED: 'purple', IN_PROGRESS: 'geekblue', SOLUTION_PROPOSED: 'gold',
  RESOLVED: 'green', FOLLOW_UP_PENDING: 'lime', CLOSED: 'default', REOPENED: 'volcano', REJECTED: 'default',
  WITHDRAWN: 'default', MERGED: 'default',
};

export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={COLOURS[status]} data-status={status}>{t(`status.${status}`)}</Tag>;
}
