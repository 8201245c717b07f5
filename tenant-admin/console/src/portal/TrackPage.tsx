import { useMemo, useState } from 'react';
import { Alert, Button, Card, Form, Input, List, Result, Space, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { createApi, must } from '../api/client';
import { ApiError } from '../api/problem';
import { StatusTag } from '../workspace/StatusTag';

/**
 * The consumer's page (no sign-in): the progress of their complaint with its access code, and their answer to a
 * proposed solution. `/console/track/{tenant}/{caseNumber}?code=…` is the link a notification can carry.
 */
export default function TrackPage() {
  const { tenant = '', caseNumber = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const api = useMemo(() => createApi({ token: () => undefined, language: () => i18n.language, onUnauthorized: () => {} }), [i18n]);
  const code = params.get('code') ?? '';
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const key = ['track', tenant, caseNumber, code];
  const view = useQuery({
    queryKey: key,
    enabled: !!code,
    retry: false,
    queryFn: () => must(api.GET('/public/{tenant}/complaints/{caseNumber}', { params: { path: { tenant, caseNumber }, query: { code } } })),
  });

  const decide = async (solutionId: string, accept: boolean) => {
    setError(undefined);
    try {
      const path = { tenant, caseNumber, solutionId };
      const after = accept
        ? await must(api.POST('/public/{tenant}/complaints/{caseNumber}/solutions/{solutionId}/accept', { params: { path }, body: { code } }))
        : await must(api.POST('/public/{tenant}/complaints/{caseNumber}/solutions/{solutionId}/reject', { params: { path }, body: { code, reason } }));
      queryClient.setQueryData(key, after);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  if (!code || view.error) {
    return (
      <Card title={t('track.title', { caseNumber })} style={{ maxWidth: 520, margin: '0 auto' }}>
        {view.error && <Alert type="error" showIcon title={t('track.notFound')} style={{ marginBottom: 12 }} />}
        <Form layout="vertical" onFinish={(v: { code: string }) => setParams({ code: v.code.trim() })}>
          <Form.Item name="code" label={t('track.code')} rules={[{ required: true, message: t('common.required') }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Button type="primary" htmlType="submit">{t('track.show')}</Button>
        </Form>
      </Card>
    );
  }
  if (!view.data) return null;
  const c = view.data;
  const open = c.solutions.filter((s) => s.status === 'PROPOSED');
  return (
    <Space direction="vertical" style={{ maxWidth: 720, margin: '0 auto', display: 'flex' }}>
      <Card title={t('track.title', { caseNumber: c.caseNumber })} extra={<StatusTag status={c.status} />}>
        <Typography.Paragraph>{t('case.department')}: {i18n.language === 'en' ? c.departmentNameEn ?? '—' : c.departmentNameZh ?? '—'}</Typography.Paragraph>
        {c.resolution && <Typography.Paragraph>{t('case.resolution')}: {c.resolution}</Typography.Paragraph>}
        <List header={t('case.progress')} dataSource={c.progress} locale={{ emptyText: '—' }}
          renderItem={(p) => <List.Item>{p.message}</List.Item>} />
      </Card>
      {error && <Alert type="error" showIcon title={error} />}
      {open.map((s) => (
        <Card key={s.id} title={t('track.solution')}>
          <Typography.Paragraph>{s.text}</Typography.Paragraph>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Button type="primary" onClick={() => decide(s.id, true)}>{t('track.accept')}</Button>
            <Input.TextArea aria-label={t('form.reason')} placeholder={t('form.reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
            <Button danger disabled={!reason.trim()} onClick={() => decide(s.id, false)}>{t('track.reject')}</Button>
          </Space>
        </Card>
      ))}
      {c.status === 'RESOLVED' && <Result status="success" title={t('track.thanks')} />}
    </Space>
  );
}
