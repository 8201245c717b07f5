import { useEffect, useState } from 'react';
import { Alert, Button, Card, Form, InputNumber, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { ifMatch, must, type Schemas } from '../api/client';
import { ApiError } from '../api/problem';
import { AdminNav } from './AdminNav';

type Settings = Schemas['FollowUpSettings'];

/** The follow-up policy: what score counts as dissatisfied, how long a survey link is valid, how many tries to reach. */
export default function FollowUpSettingsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const current = useQuery({ queryKey: ['admin', 'follow-up'], queryFn: () => must(api.GET('/api/v1/admin/follow-up-settings')) });
  const [form] = Form.useForm<Settings>();
  const [message, setMessage] = useState<{ type: 'success' | 'error'; text: string }>();
  useEffect(() => { if (current.data) form.setFieldsValue(current.data); }, [current.data, form]);
  const save = async () => {
    setMessage(undefined);
    try {
      const values = await form.validateFields();
      await must(api.PUT('/api/v1/admin/follow-up-settings', {
        params: { header: current.data ? ifMatch(current.data.version) : undefined } as never, body: values }));
      setMessage({ type: 'success', text: t('followUp.saved') });
      await queryClient.invalidateQueries({ queryKey: ['admin', 'follow-up'] });
    } catch (e) {
      if (e instanceof ApiError) {
        form.setFields(e.formFields((f) => f as keyof Settings));
        setMessage({ type: 'error', text: e.status === 412 ? t('followUp.stale') : e.message });
      }
    }
  };
  const number = (name: keyof Settings, min: number, max: number, unit?: string) => (
    <Form.Item name={name} label={t(`followUp.${name}`)} extra={t(`followUp.${name}Help`)} rules={[{ required: true, message: t('common.required') }]}>
      <InputNumber min={min} max={max} addonAfter={unit} style={{ width: 200 }} />
    </Form.Item>
  );
  return (
    <section aria-labelledby="follow-up-title">
      <AdminNav />
      <Typography.Title level={4} id="follow-up-title" style={{ marginTop: 0 }}>{t('followUp.title')}</Typography.Title>
      {message && <Alert type={message.type} showIcon title={message.text} style={{ marginBottom: 12 }} />}
      <Card size="small" style={{ maxWidth: 720 }} extra={<Button type="primary" size="small" onClick={() => void save()} data-testid="follow-up-save">{t('followUp.save')}</Button>}
        title={t('followUp.policy')}>
        <Typography.Paragraph type="secondary">{t('followUp.text')}</Typography.Paragraph>
        <Form form={form} name="follow-up" layout="vertical">
          {number('dissatisfiedAtMost', 1, 4, t('followUp.points'))}
          {number('surveyValidityDays', 1, 90, t('followUp.days'))}
          {number('maxUnreachable', 1, 10, t('followUp.times'))}
        </Form>
      </Card>
    </section>
  );
}
