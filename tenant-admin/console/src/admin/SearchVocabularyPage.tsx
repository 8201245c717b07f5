import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, Form, Row, Segmented, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { must, type Schemas } from '../api/client';
import { ApiError } from '../api/problem';
import { AdminNav } from './AdminNav';

type Vocabulary = Schemas['VocabularyEdit'];
type Language = 'zh' | 'en' | 'mixed';
const LANGUAGES: Language[] = ['zh', 'en', 'mixed'];
const SEPARATORS = [',', '，', '、', ';', '；'];

/** An API field ("synonyms[2].terms[1]", "words[0]") as the form's field name (["synonyms", 2, "terms"], "words"). */
export function formField(field: string): (string | number)[] {
  const group = /^synonyms\[(\d+)]\.(terms|language)/.exec(field);
  if (group) return ['synonyms', Number(group[1]), group[2]];
  return [field.replace(/\[\d+]$/, '')];
}

/**
 * Search words and synonyms: the tenant's own words for the Chinese segmenter (product and brand names kept whole)
 * and its synonym groups (any word of a group finds the others). A change of the words analyses every case again;
 * synonyms apply to the next search.
 */
export default function SearchVocabularyPage() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const vocabulary = useQuery({ queryKey: ['admin', 'search-vocabulary'], queryFn: async () => {
    const answer = await api.GET('/api/v1/admin/search-vocabulary');
    if (!answer.data) throw new ApiError({ status: answer.response.status });
    return { vocabulary: answer.data, etag: answer.response.headers.get('ETag') ?? undefined };
  } });
  const [form] = Form.useForm<Vocabulary>();
  const [shown, setShown] = useState<Language | 'all'>('all');
  const [message, setMessage] = useState<{ type: 'success' | 'error' | 'info'; text: string }>();
  useEffect(() => {
    if (vocabulary.data) form.setFieldsValue({ words: vocabulary.data.vocabulary.words, synonyms: vocabulary.data.vocabulary.synonyms });
  }, [vocabulary.data, form]);

  const save = async () => {
    setMessage(undefined);
    form.setFields(form.getFieldsError().filter((f) => f.errors.length).map((f) => ({ name: f.name as never, errors: [] })));
    try {
      const values = form.getFieldsValue(true) as Vocabulary;
      await must(api.PUT('/api/v1/admin/search-vocabulary', {
        params: { header: vocabulary.data?.etag ? { 'If-Match': vocabulary.data.etag } : undefined } as never,
        body: { words: values.words ?? [], synonyms: (values.synonyms ?? []).filter(Boolean) } }));
      setMessage({ type: 'success', text: t('vocabulary.saved') });
      await queryClient.invalidateQueries({ queryKey: ['admin', 'search-vocabulary'] });
    } catch (e) {
      if (e instanceof ApiError) {
        form.setFields(Object.entries(e.fieldErrors()).map(([field, error]) => ({ name: formField(field) as never, errors: [error] })));
        setMessage({ type: 'error', text: e.status === 412 ? t('vocabulary.stale') : e.message });
      }
    }
  };
  const restoreDefaults = async () => {
    const defaults = await must(api.GET('/api/v1/admin/search-vocabulary/defaults'));
    form.setFieldsValue({ words: defaults.words, synonyms: defaults.synonyms });
    setMessage({ type: 'info', text: t('vocabulary.defaultsLoaded') });
  };
  const revision = vocabulary.data?.vocabulary.revision ?? 0;

  return (
    <section aria-labelledby="vocabulary-title">
      <AdminNav />
      <Space wrap align="baseline" style={{ marginBottom: 8 }}>
        <Typography.Title level={4} id="vocabulary-title" style={{ margin: 0 }}>{t('vocabulary.title')}</Typography.Title>
        <span className="tag" data-testid="vocabulary-revision">
          {revision ? t('vocabulary.revision', { revision }) : t('vocabulary.defaults')}
        </span>
      </Space>
      <Typography.Paragraph type="secondary">{t('vocabulary.text')}</Typography.Paragraph>
      {message && <Alert type={message.type} showIcon title={message.text} style={{ marginBottom: 12 }} />}
      <Form form={form} name="search-vocabulary" layout="vertical">
        <Row gutter={[12, 12]}>
          <Col xs={24} xl={8}>
            <Card size="small" title={t('vocabulary.words')}>
              <Typography.Paragraph type="secondary">{t('vocabulary.wordsText')}</Typography.Paragraph>
              <Form.Item name="words" label={t('vocabulary.wordsLabel')} extra={t('vocabulary.wordsHelp')}>
                <Select mode="tags" tokenSeparators={SEPARATORS} open={false} suffixIcon={null} data-testid="vocabulary-words" />
              </Form.Item>
            </Card>
          </Col>
          <Col xs={24} xl={16}>
            <Card size="small" title={t('vocabulary.synonyms')}
              extra={<Segmented size="small" value={shown} aria-label={t('vocabulary.show')} onChange={(v) => setShown(v as Language | 'all')}
                options={(['all', ...LANGUAGES] as const).map((l) => ({ value: l, label: t(`vocabulary.languages.${l}`) }))} />}>
              <Typography.Paragraph type="secondary">{t('vocabulary.synonymsText')}</Typography.Paragraph>
              <Form.List name="synonyms">
                {(fields, { add, remove }) => (
                  <>
                    <ol className="synonym-groups" aria-label={t('vocabulary.synonyms')}>
                      {fields.map((field) => (
                        <Form.Item key={field.key} noStyle shouldUpdate={(a, b) => a.synonyms?.[field.name]?.language !== b.synonyms?.[field.name]?.language}>
                          {() => {
                            const language = form.getFieldValue(['synonyms', field.name, 'language']) as Language;
                            return (
                              <li hidden={shown !== 'all' && language !== shown} data-testid="synonym-group">
                                <div className="synonym-group">
                                  <Form.Item name={[field.name, 'language']} noStyle>
                                    <Select size="small" style={{ width: 96 }} aria-label={t('vocabulary.language')}
                                      options={LANGUAGES.map((l) => ({ value: l, label: t(`vocabulary.languages.${l}`) }))} />
                                  </Form.Item>
                                  <Form.Item name={[field.name, 'terms']} style={{ marginBottom: 8 }}>
                                    <Select mode="tags" size="small" tokenSeparators={SEPARATORS} open={false} suffixIcon={null}
                                      aria-label={t('vocabulary.terms')} placeholder={t('vocabulary.termsPlaceholder')} />
                                  </Form.Item>
                                  <Button size="small" type="text" icon={<DeleteOutlined />} aria-label={t('vocabulary.removeGroup')}
                                    onClick={() => remove(field.name)} />
                                </div>
                              </li>
                            );
                          }}
                        </Form.Item>
                      ))}
                    </ol>
                    <Button size="small" icon={<PlusOutlined />} data-testid="synonym-add"
                      onClick={() => add({ language: shown === 'all' ? 'zh' : shown, terms: [] }, 0)}>{t('vocabulary.addGroup')}</Button>
                  </>
                )}
              </Form.List>
            </Card>
          </Col>
        </Row>
      </Form>
      <Space style={{ marginTop: 12 }}>
        <Button type="primary" onClick={() => void save()} data-testid="vocabulary-save">{t('vocabulary.save')}</Button>
        <Button onClick={() => void restoreDefaults()} data-testid="vocabulary-defaults">{t('vocabulary.restoreDefaults')}</Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>{t('vocabulary.note')}</Typography.Paragraph>
    </section>
  );
}
