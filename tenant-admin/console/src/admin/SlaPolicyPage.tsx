import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Form, InputNumber, Row, Space, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { AdminNav } from './AdminNav';
import { ifMatch, must, type Schemas } from '../api/client';
import { ApiError } from '../api/problem';
import { formatInstant, wallClock, zonedInstant } from '../lib/time';
import { DeadlinePreviewTable } from './DeadlinePreviewTable';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { fromHours, toHours } from './durations';

type Targets = Schemas['SlaTargets'];
/** The form's values: days as numbers, durations in hours, the warning share in percent. */
type Values = Omit<Targets, 'urgentFirstContact' | 'handoverAcknowledgement' | 'secondLevelAfter' | 'warningShare'> & {
  urgentFirstContact: number; handoverAcknowledgement: number; secondLevelAfter: number; warningShare: number;
};

const DAYS: (keyof Targets)[] = ['generalResolutionDays', 'complexFirstFeedbackDays', 'complexFeedbackIntervalDays',
  'complexResolutionDays', 'urgentResolutionDays', 'followUpDays'];

function toValues(t: Targets): Values {
  return { ...t, urgentFirstContact: toHours(t.urgentFirstContact), handoverAcknowledgement: toHours(t.handoverAcknowledgement),
    secondLevelAfter: toHours(t.secondLevelAfter), warningShare: Math.round(t.warningShare * 100) };
}

function toTargets(v: Values): Targets {
  return { ...v, urgentFirstContact: fromHours(v.urgentFirstContact), handoverAcknowledgement: fromHours(v.handoverAcknowledgement),
    secondLevelAfter: fromHours(v.secondLevelAfter), warningShare: (v.warningShare ?? 0) / 100 };
}

/**
 * The deadline policy: every target of the policy, with the server's preview of when a complaint received at a chosen
 * moment would be due under the targets as typed (before saving), and the version history. Saving makes a new
 * version; cases keep the version their clocks started with.
 */
export default function SlaPolicyPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const { tenant } = useWorkspace();
  const [form] = Form.useForm<Values>();
  const [targets, setTargets] = useState<Targets>();
  // now, as the tenant's clocks on the wall show it
  const [receivedAt, setReceivedAt] = useState<Dayjs>(() => dayjs(wallClock(tenant.timeZone)));
  const [message, setMessage] = useState<{ type: 'success' | 'error'; text: string }>();
  const current = useQuery({ queryKey: ['admin', 'sla', 'current'], queryFn: () => must(api.GET('/api/v1/admin/sla-policies/current')) });
  const history = useQuery({ queryKey: ['admin', 'sla', 'history'], queryFn: () => must(api.GET('/api/v1/admin/sla-policies')) });

  useEffect(() => {
    if (current.data) {
      form.setFieldsValue(toValues(current.data.targets));
      setTargets(current.data.targets);
    }
  }, [current.data, form]);

  // the wall-clock time chosen is the tenant's, whatever the browser's zone
  const at = zonedInstant(receivedAt.format('YYYY-MM-DD'), receivedAt.format('HH:mm'), tenant.timeZone);
  const preview = useQuery({
    queryKey: ['admin', 'sla', 'preview', targets, at],
    enabled: !!targets,
    retry: false,
    queryFn: async () => {
      try {
        const answer = await must(api.POST('/api/v1/admin/sla-policies/preview', { body: { targets, receivedAt: at } }));
        form.setFields(DAYS.concat(['urgentFirstContact', 'handoverAcknowledgement', 'secondLevelAfter', 'warningShare'])
          .map((name) => ({ name: name as keyof Values, errors: [] })));
        return answer;
      } catch (e) {
        if (e instanceof ApiError) form.setFields(e.formFields((field) => field as keyof Values));
        throw e;
      }
    },
  });

  const save = async () => {
    setMessage(undefined);
    try {
      const values = await form.validateFields();
      const saved = await must(api.POST('/api/v1/admin/sla-policies', {
        params: { header: current.data ? ifMatch(current.data.version) : undefined } as never, body: toTargets(values) }));
      setMessage({ type: 'success', text: t('sla.saved', { version: saved.version }) });
      void queryClient.invalidateQueries({ queryKey: ['admin', 'sla'] });
    } catch (e) {
      if (e instanceof ApiError) {
        form.setFields(e.formFields((field) => field as keyof Values));
        setMessage({ type: 'error', text: e.status === 412 ? t('sla.stale') : e.message });
      }
    }
  };

  const hours = (name: keyof Values, label: string) => (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('common.required') }]}>
      <InputNumber min={0} step={0.5} addonAfter={t('sla.hours')} style={{ width: '100%' }} />
    </Form.Item>
  );
  const days = (name: keyof Values, label: string) => (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('common.required') }]}>
      <InputNumber min={1} max={365} addonAfter={t('sla.workingDays')} style={{ width: '100%' }} />
    </Form.Item>
  );

  return (
    <section aria-labelledby="sla-title">
      <AdminNav />
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} id="sla-title" style={{ margin: 0 }}>
          {t('sla.title')} {current.data && <Typography.Text type="secondary">{t('sla.version', { version: current.data.version })}</Typography.Text>}
        </Typography.Title>
        <Button type="primary" onClick={() => void save()} data-testid="sla-save">{t('sla.save')}</Button>
      </Space>
      {message && <Alert type={message.type} showIcon title={message.text} style={{ marginBottom: 12 }} />}
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('sla.targets')}>
            <Form form={form} layout="vertical" onValuesChange={(_, all) => setTargets(toTargets(all as Values))}>
              <Typography.Text strong>{t('sla.general')}</Typography.Text>
              <Row gutter={12}><Col span={12}>{days('generalResolutionDays', t('sla.resolution'))}</Col></Row>
              <Typography.Text strong>{t('sla.complex')}</Typography.Text>
              <Row gutter={12}>
                <Col span={8}>{days('complexFirstFeedbackDays', t('sla.firstFeedback'))}</Col>
                <Col span={8}>{days('complexFeedbackIntervalDays', t('sla.feedbackInterval'))}</Col>
                <Col span={8}>{days('complexResolutionDays', t('sla.resolution'))}</Col>
              </Row>
              <Typography.Text strong>{t('sla.urgent')}</Typography.Text>
              <Row gutter={12}>
                <Col span={8}>{hours('urgentFirstContact', t('sla.firstContact'))}</Col>
                <Col span={8}>
                  <Form.Item name="urgentFirstContactCalendarTime" label={t('sla.roundTheClock')} valuePropName="checked"><Switch /></Form.Item>
                </Col>
                <Col span={8}>{days('urgentResolutionDays', t('sla.resolution'))}</Col>
              </Row>
              <Typography.Text strong>{t('sla.everyCase')}</Typography.Text>
              <Row gutter={12}>
                <Col span={8}>{days('followUpDays', t('sla.followUp'))}</Col>
                <Col span={8}>{hours('handoverAcknowledgement', t('sla.handover'))}</Col>
                <Col span={8}>
                  <Form.Item name="warningShare" label={t('sla.warningShare')} rules={[{ required: true, message: t('common.required') }]}>
                    <InputNumber min={1} max={99} addonAfter="%" style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={8}>{hours('secondLevelAfter', t('sla.secondLevel'))}</Col>
                <Col span={16}>
                  <Form.Item name="raiseUrgencyOnSecondLevel" label={t('sla.raiseUrgency')} valuePropName="checked"><Switch /></Form.Item>
                </Col>
              </Row>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('sla.preview')}>
            <Space wrap style={{ marginBottom: 8 }}>
              <label htmlFor="sla-received">{t('sla.receivedAt', { zone: tenant.timeZone })}</label>
              <DatePicker id="sla-received" showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" value={receivedAt}
                allowClear={false} onChange={(v) => v && setReceivedAt(v)} />
            </Space>
            {preview.isError && <Alert type="warning" showIcon title={t('sla.previewInvalid')} style={{ marginBottom: 8 }} />}
            {preview.data && <DeadlinePreviewTable preview={preview.data} />}
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>{t('sla.previewNote')}</Typography.Paragraph>
          </Card>
          <Card size="small" title={t('sla.history')} style={{ marginTop: 12 }}>
            <ul className="archive">
              {history.data?.slice().reverse().map((v) => (
                <li key={v.version} data-version={v.version}>
                  <span>{t('sla.version', { version: v.version })} · {v.createdBy} · {formatInstant(v.createdAt, tenant.timeZone, i18n.language)}</span>
                  <span>{t('sla.resolutionShort', { general: v.targets.generalResolutionDays, complex: v.targets.complexResolutionDays,
                    urgent: v.targets.urgentResolutionDays })}</span>
                </li>
              ))}
            </ul>
          </Card>
        </Col>
      </Row>
    </section>
  );
}
