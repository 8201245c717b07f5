import { useEffect, useState } from 'react';
import { Alert, Button, Card, Select, Space, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { must } from '../api/client';
import { ApiError } from '../api/problem';

/** Who receives the monthly and quarterly reports by e-mail (tenant admins). */
export function ReportSubscribers() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const subscribers = useQuery({ queryKey: ['reports', 'subscribers'], queryFn: () => must(api.GET('/api/v1/admin/reports/subscribers')) });
  const [emails, setEmails] = useState<string[]>([]);
  const [message, setMessage] = useState<{ type: 'success' | 'error'; text: string }>();
  useEffect(() => { if (subscribers.data) setEmails(subscribers.data.emails); }, [subscribers.data]);
  const save = async () => {
    setMessage(undefined);
    try {
      await must(api.PUT('/api/v1/admin/reports/subscribers', { body: { emails } }));
      void queryClient.invalidateQueries({ queryKey: ['reports', 'subscribers'] });
      setMessage({ type: 'success', text: t('reports.subscribersSaved') });
    } catch (e) {
      const fields = e instanceof ApiError ? Object.values(e.fieldErrors()) : [];
      setMessage({ type: 'error', text: fields.length ? fields.join('; ') : e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <Card size="small" style={{ marginTop: 12 }} title={t('reports.subscribers')}>
      <Typography.Paragraph type="secondary">{t('reports.subscribersText')}</Typography.Paragraph>
      <Space.Compact style={{ width: '100%', maxWidth: 640 }}>
        <Select mode="tags" value={emails} onChange={setEmails} style={{ width: '100%' }} tokenSeparators={[',', ' ', ';']}
          aria-label={t('reports.subscribers')} placeholder="name@example.com" open={false} />
        <Button type="primary" onClick={() => void save()}>{t('common.save')}</Button>
      </Space.Compact>
      {message && <Alert type={message.type} showIcon title={message.text} style={{ marginTop: 8 }} />}
    </Card>
  );
}
