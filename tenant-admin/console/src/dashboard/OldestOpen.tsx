import { Card, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../api/ApiContext';
import { must } from '../api/client';
import { useNow } from '../lib/useNow';
import { StatusTag } from '../workspace/StatusTag';
import { useDepartmentName } from '../workspace/WorkspaceContext';

const OPEN = ['RECEIVED', 'TRIAGED', 'ASSIGNED', 'IN_PROGRESS', 'SOLUTION_PROPOSED', 'RESOLVED', 'FOLLOW_UP_PENDING', 'REOPENED'] as const;

/** The open cases waiting longest, oldest first, with how long they have been open and where they are. */
export function OldestOpen() {
  const { t } = useTranslation();
  const api = useApi();
  const now = useNow();
  const departmentName = useDepartmentName();
  const oldest = useQuery({ queryKey: ['complaints', 'dashboard', 'oldest'],
    queryFn: () => must(api.GET('/api/v1/complaints', { params: { query: { queue: '', status: [...OPEN], sort: 'receivedAt,asc', size: 5 } as never } })) });
  return (
    <Card size="small" style={{ marginTop: 12 }} title={t('dashboard.oldest')}
      extra={<Link to={`/cases?queue=&${OPEN.map((s) => `status=${s}`).join('&')}&sort=receivedAt,asc`}>{t('dashboard.allOpen')}</Link>}>
      {oldest.data && !oldest.data.items.length && <Typography.Text type="secondary">{t('dashboard.noOpen')}</Typography.Text>}
      <ol className="oldest" data-testid="oldest">
        {oldest.data?.items.map((c) => (
          <li key={c.id} data-case-number={c.caseNumber}>
            <Link to={`/cases/${c.id}`}>{c.caseNumber}</Link>
            <span className="oldest-subject">{c.subjectName}</span>
            <StatusTag status={c.status} />
            <span className="muted">{c.departmentId ? departmentName(c.departmentId) : t('dashboard.noDepartment')}</span>
            <span className="oldest-age">{t('dashboard.openFor', { count: Math.floor(Math.max(0, (now - Date.parse(c.receivedAt)) / 86_400_000)) })}</span>
          </li>
        ))}
      </ol>
    </Card>
  );
}
