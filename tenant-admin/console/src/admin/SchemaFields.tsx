import { Form, Input, InputNumber, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { humanize, type SchemaField } from './schemaForm';

/**
 * The form items of a plugin's settings schema. A `writeOnly` secret is never shown: the field is empty, and says
 * "set" when the server holds a value (left empty, the value is kept).
 */
export function SchemaFields({ fields, secretsSet, idPrefix }: { fields: SchemaField[]; secretsSet: string[]; idPrefix: string }) {
  const { t } = useTranslation();
  return (
    <>
      {fields.map((f) => {
        const s = f.schema;
        const label = t(`pluginField.${f.key}`, { defaultValue: s.title ?? humanize(f.key) });
        const isSet = f.kind === 'secret' && secretsSet.includes(f.key);
        const required = f.required && !isSet;
        const rules = [
          ...(required ? [{ required: true, message: t('common.required') }] : []),
          ...(s.minLength && f.kind !== 'tags' ? [{ min: s.minLength, message: t('plugins.minLength', { count: s.minLength }) }] : []),
          ...(s.pattern && f.kind === 'text' ? [{ pattern: new RegExp(s.pattern), message: t('plugins.pattern', { pattern: s.pattern }) }] : []),
        ];
        const id = `${idPrefix}-${f.key}`;
        const extra = isSet ? t('plugins.secretSet') : s.description;
        return (
          <Form.Item key={f.key} name={f.key} label={label} required={required} rules={rules} extra={extra} htmlFor={id}
            valuePropName={f.kind === 'boolean' ? 'checked' : 'value'}>
            {f.kind === 'secret' ? <Input.Password id={id} autoComplete="new-password" maxLength={s.maxLength}
              placeholder={isSet ? t('plugins.secretKeep') : undefined} visibilityToggle={false} data-secret={f.key} />
              : f.kind === 'number' ? <InputNumber id={id} min={s.minimum} max={s.maximum} style={{ width: 160 }} />
                : f.kind === 'boolean' ? <Switch id={id} />
                  : f.kind === 'select' ? <Select id={id} allowClear={!f.required} options={(s.enum ?? []).map((v) => ({ value: v as string, label: String(v) }))} />
                    : f.kind === 'tags' ? <Select id={id} mode="tags" tokenSeparators={[',', '，']} />
                      : f.kind === 'textarea' ? <Input.TextArea id={id} rows={3} maxLength={s.maxLength} />
                        : <Input id={id} maxLength={s.maxLength} type={s.format === 'email' ? 'email' : 'text'}
                          placeholder={s.format === 'uri' ? 'https://' : undefined} />}
          </Form.Item>
        );
      })}
    </>
  );
}
