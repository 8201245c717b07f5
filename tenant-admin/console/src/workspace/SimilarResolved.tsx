import { Card, List, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApi } from '../api/ApiContext';
import { must } from '../api/client';
import { formatInstant } from '../lib/time';
import { useDepartmentName, useWorkspace } from './WorkspaceContext';

/**
 * Similar resolved cases: closed cases like this one whose consumer was satisfied, with the solution that worked and
 * the department that gave it, the words the two share and how alike they are. Loaded with its texts, apart from
 * the case page's own.
 */
export default function SimilarResolved({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const { tenant } = useWorkspace();
  const departmentName = useDepartmentName();
  const similar = useQuery({
    queryKey: ['complaint', id, 'similar-resolved'],
    queryFn: () => must(api.GET('/api/v1/complaints/{id}/similar-resolved', { params: { path: { id }, query: { limit: 3 } } })),
    staleTime: 60_000,
  });
  return (
    <Card title={t('similar.title')} size="small" data-testid="similar-resolved">
      <List size="small" loading={similar.isLoading} dataSource={similar.data ?? []} locale={{ emptyText: t('similar.none') }}
        renderItem={(s) => (
          <List.Item data-case={s.caseNumber}>
            <List.Item.Meta
              title={<a onClick={() => navigate(`/cases/${s.id}`)}>{s.caseNumber}</a>}
              description={
                <>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {[s.product, s.departmentId ? departmentName(s.departmentId) : undefined,
                      s.closedAt ? t('similar.closed', { date: formatInstant(s.closedAt, tenant.timeZone, i18n.language) }) : undefined,
                      s.satisfaction ? t('similar.satisfaction', { score: s.satisfaction }) : undefined,
                      t('similar.similarity', { percent: Math.round(s.similarity * 100) })].filter(Boolean).join(' · ')}
                  </Typography.Text>
                  {s.solution && (
                    <p className="similar-solution"><Typography.Text strong>{t('similar.solution')}</Typography.Text> {s.solution}</p>
                  )}
                  {!!s.sharedWords.length && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('similar.shared', { words: s.sharedWords.join(i18n.language.startsWith('zh') ? '、' : ', ') })}
                    </Typography.Text>
                  )}
                </>
              } />
          </List.Item>
        )} />
    </Card>
  );
}
