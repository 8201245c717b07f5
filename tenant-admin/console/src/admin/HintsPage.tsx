import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, Form, Row, Select, Space, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { must, type Schemas } from '../api/client';
import { ApiError } from '../api/problem';
import { AdminNav } from './AdminNav';

type Lexicons = Schemas['HintLexicons'];
const LISTS: (keyof Lexicons)[] = ['urgency', 'legal', 'negativeEmotion'];

/**
 * The words behind the triage hints (urgent, legal, upset consumer) and how well the hints did: how often agents
 * followed a hint, overruled it, or decided so without one, as precision and recall.
 */
export default function HintsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const lexicons = useQuery({ queryKey: ['admin', 'hint-lexicons'], queryFn: async () => {
    const answer = await api.GET('/api/v1/admin/hint-lexicons');
    if (!answer.data) throw new ApiError({ status: answer.response.status });
    return { lexicons: answer.data, etag: answer.response.headers.get('ETag') ?? undefined };
  } });
  const quality = useQuery({ queryKey: ['admin', 'hint-quality'], queryFn: () => must(api.GET('/api/v1/admin/hint-quality')) });
  const [form] = Form.useForm<Lexicons>();
  const [message, setMessage] = useState<{ type: 'success' | 'error'; text: string }>();
  useEffect(() => { if (lexicons.data) form.setFieldsValue(lexicons.data.lexicons); }, [lexicons.data, form]);

  const save = async () => {
    setMessage(undefined);
    try {
      const values = form.getFieldsValue();
      await must(api.PUT('/api/v1/admin/hint-lexicons', {
        params: { header: lexicons.data?.etag ? { 'If-Match': lexicons.data.etag } : undefined } as never, body: values }));
      setMessage({ type: 'success', text: t('hints.saved') });
      await queryClient.invalidateQueries({ queryKey: ['admin', 'hint-lexicons'] });
    } catch (e) {
      if (e instanceof ApiError) {
        form.setFields(e.formFields((f) => f.replace(/\[\d+]$/, '') as keyof Lexicons));
        setMessage({ type: 'error', text: e.status === 412 ? t('hints.stale') : e.message });
      }
    }
  };
  const percent = (v?: number | null) => (v === null || v === undefined ? '–' : `${Math.round(v * 100)}%`);

  return (
    <section aria-labelledby="hints-title">
      <AdminNav />
      <Typography.Title level={4} id="hints-title" style={{ marginTop: 0 }}>{t('hints.title')}</Typography.Title>
      {message && <Alert type={message.type} showIcon title={message.text} style={{ marginBottom: 12 }} />}
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('hints.lexicons')} extra={<Button size="small" type="primary" onClick={() => void save()} data-testid="hints-save">{t('hints.save')}</Button>}>
            <Typography.Paragraph type="secondary">{t('hints.lexiconsText')}</Typography.Paragraph>
            <Form form={form} name="hint-lexicons" layout="vertical">
              {LISTS.map((list) => (
                <Form.Item key={list} name={list} label={t(`hints.lists.${list}`)} extra={t(`hints.listHelp.${list}`)}>
                  <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} suffixIcon={null} />
                </Form.Item>
              ))}
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('hints.quality')}>
            <Typography.Paragraph type="secondary">{t('hints.qualityText')}</Typography.Paragraph>
            {quality.data && !quality.data.length && <Typography.Text type="secondary">{t('hints.noQuality')}</Typography.Text>}
            {!!quality.data?.length && (
              <div className="case-table-wrap">
                <table className="case-table" data-testid="hint-quality">
                  <thead><tr><th>{t('hints.hint')}</th><th>{t('hints.followed')}</th><th>{t('hints.overruled')}</th><th>{t('hints.missed')}</th>
                    <th>{t('hints.precision')}</th><th>{t('hints.recall')}</th></tr></thead>
                  <tbody>
                    {quality.data.map((q) => (
                      <tr key={q.hint} data-hint={q.hint}>
                        <td>{t(`hints.kinds.${q.hint}`, { defaultValue: q.hint })}</td><td>{q.followed}</td><td>{q.overruled}</td><td>{q.missed}</td>
                        <td>{percent(q.precision)}</td><td>{percent(q.recall)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <Space style={{ marginTop: 8 }}><Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('hints.qualityNote')}</Typography.Text></Space>
          </Card>
        </Col>
      </Row>
    </section>
  );
}
