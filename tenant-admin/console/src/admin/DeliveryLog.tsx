import { useState } from 'react';
import { Button, Card, Radio, Space, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { must } from '../api/client';
import { formatInstant } from '../lib/time';
import { useWorkspace } from '../workspace/WorkspaceContext';

const COLOR: Record<string, string> = { DELIVERED: 'green', PENDING: 'blue', IN_FLIGHT: 'blue', DEAD: 'red' };

/** The notifications sent (or being sent) and the dead letters, newest first, with "send again" for a dead one. */
export function DeliveryLog() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const { tenant } = useWorkspace();
  const [status, setStatus] = useState<'ALL' | 'DEAD'>('ALL');
  const deliveries = useQuery({
    queryKey: ['admin', 'notifiers', 'deliveries', status],
    refetchInterval: 5000,
    queryFn: () => must(status === 'DEAD'
      ? api.GET('/api/v1/admin/notifiers/dead-letters', { params: { query: { size: 50 } } })
      : api.GET('/api/v1/admin/notifiers/deliveries', { params: { query: { size: 50 } } })),
  });
  const retry = async (id: string) => {
    await must(api.POST('/api/v1/admin/notifiers/dead-letters/{deliveryId}/retry', { params: { path: { deliveryId: id } } }));
    await queryClient.invalidateQueries({ queryKey: ['admin', 'notifiers', 'deliveries'] });
  };
  const at = (instant?: string) => (instant ? formatInstant(instant, tenant.timeZone, i18n.language) : '');

  return (
    <Card size="small" title={t('plugins.deliveries')} style={{ marginTop: 12 }}
      extra={<Radio.Group size="small" optionType="button" value={status} onChange={(e) => setStatus(e.target.value as 'ALL' | 'DEAD')}
        options={[{ value: 'ALL', label: t('plugins.allDeliveries') }, { value: 'DEAD', label: t('plugins.deadLetters') }]} />}>
      {deliveries.data && !deliveries.data.items.length
        ? <Typography.Text type="secondary">{t(status === 'DEAD' ? 'plugins.noDeadLetters' : 'plugins.noDeliveries')}</Typography.Text>
        : (
          <div className="case-table-wrap">
            <table className="case-table" data-testid="deliveries">
              <thead><tr>
                <th>{t('plugins.when')}</th><th>{t('plugins.event')}</th><th>{t('plugins.notifier')}</th><th>{t('plugins.recipient')}</th>
                <th>{t('plugins.status')}</th><th>{t('plugins.attempts')}</th><th>{t('plugins.lastError')}</th><th><span className="sr-only">{t('plugins.actions')}</span></th>
              </tr></thead>
              <tbody>
                {deliveries.data?.items.map((d) => (
                  <tr key={d.id} data-delivery={d.id} data-status={d.status} data-notifier={d.notifier} data-event={d.event}>
                    <td>{at(d.createdAt)}{d.finishedAt && <div className="muted">{t('plugins.finished', { at: at(d.finishedAt) })}</div>}</td>
                    <td>{t(`notificationEvent.${d.event}`, { defaultValue: d.event })}</td>
                    <td>{d.notifier}</td>
                    <td>{d.recipient}</td>
                    <td><Tag color={COLOR[d.status]}>{t(`plugins.deliveryStatus.${d.status}`)}</Tag>
                      {d.status === 'PENDING' && d.nextAttemptAt && <div className="muted">{t('plugins.nextAttempt', { at: at(d.nextAttemptAt) })}</div>}</td>
                    <td>{d.attempts}</td>
                    <td className="plugin-problem">{d.lastError}</td>
                    <td>{d.status === 'DEAD' && (
                      <Space><Button size="small" onClick={() => void retry(d.id)}>{t('plugins.retry')}</Button></Space>
                    )}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
    </Card>
  );
}
