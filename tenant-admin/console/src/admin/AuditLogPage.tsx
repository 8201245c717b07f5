import { useState } from 'react';
import { Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { must } from '../api/client';
import { formatInstant } from '../lib/time';
import { Pager } from '../workspace/Pager';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { AdminNav } from './AdminNav';

const PAGE_SIZE = 50;

/** What admins and staff changed in the tenant's settings (and who revealed a consumer's contact details), newest first. */
export default function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { tenant } = useWorkspace();
  const [page, setPage] = useState(0);
  const log = useQuery({
    queryKey: ['admin', 'audit', page],
    placeholderData: keepPreviousData,
    queryFn: () => must(api.GET('/api/v1/admin/audit-log', { params: { query: { page, size: PAGE_SIZE } } })),
  });
  return (
    <section aria-labelledby="audit-title">
      <AdminNav />
      <Typography.Title level={4} id="audit-title" style={{ marginTop: 0 }}>{t('audit.title')}</Typography.Title>
      <div className="case-table-wrap">
        <table className="case-table audit" data-testid="audit-log">
          <thead><tr><th>{t('audit.when')}</th><th>{t('audit.who')}</th><th>{t('audit.what')}</th><th>{t('audit.subject')}</th><th>{t('audit.details')}</th></tr></thead>
          <tbody>
            {log.data?.items.length === 0 && <tr className="empty"><td colSpan={5}>{t('audit.empty')}</td></tr>}
            {log.data?.items.map((e) => (
              <tr key={e.id} data-action={e.action}>
                <td className="nowrap">{formatInstant(e.recordedAt, tenant.timeZone, i18n.language)}</td>
                <td>{e.actor}</td>
                <td>{t(`audit.actions.${e.action}`, { defaultValue: e.action })}</td>
                <td>{e.subject}</td>
                <td className="audit-details">{e.details}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager page={page} pageSize={PAGE_SIZE} total={log.data?.totalItems ?? 0} onPage={setPage} />
    </section>
  );
}
