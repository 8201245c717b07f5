import { useEffect, useState } from 'react';
import { Alert, Button, Card, Form, Input, Select, Tag, Typography } from 'antd';
import { CheckCircleTwoTone, CloseCircleOutlined, MinusCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { must, type Schemas } from '../api/client';
import { ApiError } from '../api/problem';
import { FIELD_VALUES, toRules, type DraftRule } from './routingDraft';

type Sample = Schemas['RoutingSample'];

/**
 * A sample complaint routed by the rules as they are in the editor (not saved yet): where it would go, by which rule,
 * and the trace — every rule looked at, in order, with each condition and the values that matched.
 */
export function RoutingDryRun({ draft, departments, onErrors }: {
  draft: DraftRule[]; departments: Schemas['DepartmentView'][]; onErrors: (fields: Record<string, string>) => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [form] = Form.useForm<Sample>();
  const [decision, setDecision] = useState<Schemas['RoutingDecision']>();
  const [error, setError] = useState<string>();
  // a result belongs to the rules it was computed with: an edit makes it stale
  useEffect(() => {
    setDecision(undefined);
    setError(undefined);
  }, [draft]);
  const departmentName = (id?: string) => {
    const d = departments.find((x) => x.id === id);
    return d ? (i18n.language.startsWith('zh') ? d.nameZh : d.nameEn) : id;
  };
  const run = async () => {
    setError(undefined);
    const sample = Object.fromEntries(Object.entries(form.getFieldsValue()).filter(([, v]) => v)) as Sample;
    try {
      setDecision(await must(api.POST('/api/v1/admin/routing-rules/draft/dry-run', { body: { rules: toRules(draft), sample } })));
      onErrors({});
    } catch (e) {
      setDecision(undefined);
      if (e instanceof ApiError) {
        onErrors(e.fieldErrors());
        setError(e.message);
      }
    }
  };
  const choices = (field: keyof typeof FIELD_VALUES) => FIELD_VALUES[field]!.values.map((v) => ({ value: v, label: t(`${FIELD_VALUES[field]!.i18n}.${v}`) }));

  return (
    <Card size="small" title={t('routing.dryRun')}>
      <Typography.Paragraph type="secondary">{t('routing.dryRunText')}</Typography.Paragraph>
      <Form form={form} name="routing-sample" layout="vertical" initialValues={{ subjectType: 'PRODUCT', channel: 'web' }}>
        <Form.Item name="description" label={t('routing.sample.description')}><Input.TextArea rows={2} /></Form.Item>
        <div className="form-row">
          <Form.Item name="subjectType" label={t('routing.fields.SUBJECT_TYPE')}><Select options={choices('SUBJECT_TYPE')} /></Form.Item>
          <Form.Item name="subjectName" label={t('routing.sample.subjectName')}><Input /></Form.Item>
        </div>
        <div className="form-row">
          <Form.Item name="category" label={t('routing.fields.CATEGORY')}><Select allowClear options={choices('CATEGORY')} /></Form.Item>
          <Form.Item name="channel" label={t('routing.fields.CHANNEL')}><Select allowClear options={choices('CHANNEL')} /></Form.Item>
        </div>
        <div className="form-row">
          <Form.Item name="regionCode" label={t('routing.sample.regionCode')}><Input placeholder="310115" /></Form.Item>
          <Form.Item name="urgency" label={t('routing.fields.URGENCY')}><Select allowClear options={choices('URGENCY')} /></Form.Item>
        </div>
        <Button onClick={() => void run()} data-testid="routing-dry-run">{t('routing.runSample')}</Button>
      </Form>
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
      {decision && (
        <div data-testid="routing-decision" data-department={decision.departmentId} style={{ marginTop: 12 }}>
          <Alert type={decision.defaulted ? 'info' : 'success'} showIcon
            title={decision.defaulted ? t('routing.defaulted', { department: departmentName(decision.departmentId) })
              : t('routing.routed', { department: departmentName(decision.departmentId), rule: decision.ruleName })}
            description={[decision.userId && t('routing.toAgent', { user: decision.userId }),
              decision.priority && t('routing.withPriority', { priority: decision.priority })].filter(Boolean).join(' · ') || undefined} />
          <ol className="routing-trace">
            {decision.trace.map((r) => (
              <li key={r.ruleId} data-trace={r.name} data-matched={r.matched}>
                {!r.enabled ? <MinusCircleOutlined aria-hidden /> : r.matched ? <CheckCircleTwoTone twoToneColor="#389e0d" aria-hidden />
                  : <CloseCircleOutlined aria-hidden style={{ color: '#cf1322' }} />}
                {' '}<strong>{r.name}</strong>{' '}
                <Typography.Text type="secondary">{!r.enabled ? t('routing.traceOff') : r.matched ? t('routing.traceMatched') : t('routing.traceNot')}</Typography.Text>
                <ul>
                  {r.conditions.map((c, j) => (
                    <li key={j}>
                      {t(`routing.fields.${c.field}`)}: {c.matched
                        ? <>{c.evidence.map((e) => <Tag key={e} color="green">{e}</Tag>)}</>
                        : <Typography.Text type="secondary">{t('routing.noMatch')}</Typography.Text>}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </div>
      )}
    </Card>
  );
}
