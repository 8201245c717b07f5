import { useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Form, Input, List, Radio, Result, Row, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { Dayjs } from 'dayjs';
import { useApi } from '../api/ApiContext';
import { must, type Schemas } from '../api/client';
import { ApiError } from '../api/problem';
import { formatInstant } from '../lib/time';
import { useWorkspace } from '../workspace/WorkspaceContext';

type Receipt = Schemas['IntakeReceipt'];

interface IntakeForm {
  consumerName: string;
  phone?: string;
  email?: string;
  address?: string;
  regionCode?: string;
  regionName?: string;
  subjectType: 'PRODUCT' | 'SERVICE';
  subjectName: string;
  reference?: string;
  description: string;
  expectedResolution?: string;
  occurredAt?: Dayjs;
}

const blank = (s?: string) => (s && s.trim() ? s : undefined);

/**
 * Staff intake: the phone form (the caller's number filled in from a ringing CTI call, `?call=`), and the reception
 * desk's form with a printable receipt. Each submit carries an Idempotency-Key, so a double click takes one complaint.
 */
export default function IntakePage({ kind }: { kind: 'phone' | 'reception' }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const { tenant } = useWorkspace();
  const [params] = useSearchParams();
  const callId = params.get('call');
  const [form] = Form.useForm<IntakeForm>();
  const [receipt, setReceipt] = useState<Receipt>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [key, setKey] = useState(() => crypto.randomUUID());

  const call = useQuery({
    queryKey: ['call', callId],
    enabled: !!callId,
    queryFn: () => must(api.GET('/api/v1/calls/{id}', { params: { path: { id: callId! } } })),
  });

  async function submit(v: IntakeForm) {
    setBusy(true);
    setError(undefined);
    const body = {
      channel: kind === 'phone' ? 'phone' : 'onsite',
      consumer: { name: v.consumerName, phone: blank(v.phone) ?? call.data?.callerNumber, email: blank(v.email),
        address: blank(v.address), regionCode: blank(v.regionCode), regionName: blank(v.regionName) },
      subject: { type: v.subjectType, name: v.subjectName, reference: blank(v.reference) },
      description: v.description, expectedResolution: blank(v.expectedResolution),
      occurredAt: v.occurredAt?.toISOString(),
    };
    try {
      const created = callId
        ? await must(api.POST('/api/v1/calls/{id}/complaint', { params: { path: { id: callId }, header: { 'Idempotency-Key': key } as never }, body: body as never }))
        : await must(api.POST('/api/v1/complaints', { params: { header: { 'Idempotency-Key': key } as never }, body: body as never }));
      setReceipt(created);
    } catch (e) {
      if (e instanceof ApiError) {
        form.setFields(e.formFields((field) => fieldName(field) as keyof IntakeForm));
        setError(e.message);
      } else {
        setError(String(e));
      }
    } finally {
      setBusy(false);
    }
  }

  if (receipt) {
    return (
      <Result className="receipt-page" status="success" title={t('intake.created', { caseNumber: receipt.caseNumber })}
        subTitle={<span>{t('intake.accessCode')}: <Typography.Text code copyable data-testid="access-code">{receipt.accessCode}</Typography.Text></span>}
        extra={[
          <Button type="primary" key="open" onClick={() => navigate(`/cases/${receipt.id}`)}>{t('intake.open')}</Button>,
          kind === 'reception' && <Button key="print" onClick={() => window.print()}>{t('common.print')}</Button>,
          <Button key="another" onClick={() => { setReceipt(undefined); setKey(crypto.randomUUID()); form.resetFields(); }}>{t('intake.another')}</Button>,
        ]}>
        {receipt.possibleDuplicates.length > 0 && (
          <List className="no-print" size="small" header={t('intake.duplicates')} dataSource={receipt.possibleDuplicates}
            renderItem={(d) => <List.Item><a onClick={() => navigate(`/cases/${d.id}`)}>{d.caseNumber}</a></List.Item>} />
        )}
        {kind === 'reception' && (
          <Card className="receipt" title={`${tenant.displayName} · ${t('intake.receipt')}`} size="small">
            <p>{t('list.caseNumber')}: <strong>{receipt.caseNumber}</strong></p>
            <p>{t('intake.accessCode')}: <strong>{receipt.accessCode}</strong></p>
            <p>{t('case.received')}: {formatInstant(receipt.receivedAt, tenant.timeZone, i18n.language)}</p>
            <p>{t('intake.receiptText')}</p>
          </Card>
        )}
      </Result>
    );
  }

  return (
    <Card title={<h4 className="card-heading">{kind === 'phone' ? t('intake.phoneTitle') : t('intake.receptionTitle')}</h4>}>
      {call.data && <Alert type="info" showIcon title={t('intake.ringing', { number: call.data.callerNumber })} style={{ marginBottom: 12 }} />}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ subjectType: 'PRODUCT' }}
        requiredMark="optional" scrollToFirstError>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="consumerName" label={t('intake.consumerName')} rules={[{ required: true, message: t('common.required') }]}>
              <Input maxLength={100} autoFocus />
            </Form.Item>
            <Space.Compact block>
              <Form.Item name="phone" label={t('intake.phone')} style={{ flex: 1 }}>
                <Input placeholder={call.data?.callerNumber} inputMode="tel" />
              </Form.Item>
              <Form.Item name="email" label={t('intake.email')} style={{ flex: 1 }}><Input type="email" /></Form.Item>
            </Space.Compact>
            <Form.Item name="address" label={t('intake.address')}><Input maxLength={500} /></Form.Item>
            <Space.Compact block>
              <Form.Item name="regionCode" label={t('intake.regionCode')} style={{ flex: 1 }}><Input placeholder="310115" /></Form.Item>
              <Form.Item name="regionName" label={t('intake.regionName')} style={{ flex: 2 }}><Input /></Form.Item>
            </Space.Compact>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="subjectType" label={t('intake.subjectType')}>
              <Radio.Group optionType="button" options={['PRODUCT', 'SERVICE'].map((s) => ({ value: s, label: t(`subjectType.${s}`) }))} />
            </Form.Item>
            <Form.Item name="subjectName" label={t('intake.subjectName')} rules={[{ required: true, message: t('common.required') }]}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="reference" label={t('intake.reference')}><Input maxLength={100} /></Form.Item>
            <Form.Item name="occurredAt" label={t('intake.occurredAt')}><DatePicker showTime style={{ width: '100%' }} /></Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={t('intake.description')} rules={[{ required: true, message: t('common.required') }]}>
          <Input.TextArea rows={4} maxLength={5000} showCount />
        </Form.Item>
        <Form.Item name="expectedResolution" label={t('intake.expected')}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>{t('intake.submit')}</Button>
      </Form>
    </Card>
  );
}

/** The API names nested fields `consumer.name`; the form's are flat. */
function fieldName(apiField: string): string {
  const map: Record<string, string> = {
    'consumer.name': 'consumerName', 'consumer.phone': 'phone', 'consumer.email': 'email', 'consumer.address': 'address',
    'consumer.regionCode': 'regionCode', 'consumer.regionName': 'regionName', 'subject.name': 'subjectName',
    'subject.reference': 'reference', 'subject.type': 'subjectType', consumer: 'phone',
  };
  return map[apiField] ?? apiField;
}

/** Telephone calls from the CTI channel: a ringing or answered call opens the phone form with its number. */
export function CallsPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const { tenant } = useWorkspace();
  const calls = useQuery({ queryKey: ['calls'], queryFn: () => must(api.GET('/api/v1/calls')), refetchInterval: 5_000 });
  return (
    <Card title={<h4 className="card-heading">{t('calls.title')}</h4>}>
      <List dataSource={calls.data?.items ?? []} locale={{ emptyText: t('calls.none') }} renderItem={(c) => (
        <List.Item actions={c.complaintId ? [<a key="open" onClick={() => navigate(`/cases/${c.complaintId}`)}>{t('intake.open')}</a>]
          : [<Button key="take" type="primary" size="small" onClick={() => navigate(`/intake/phone?call=${c.id}`)}>{t('calls.take')}</Button>]}>
          <List.Item.Meta title={c.callerNumber}
            description={`${formatInstant(c.ringingAt, tenant.timeZone, i18n.language)} · ${t('calls.rings')} ${c.ringCount}`} />
        </List.Item>
      )} />
    </Card>
  );
}
